"""The real never-collect rule (data/never_collect.yml) finds every thing it lists: each pattern, in
each language, is reported in a sentence that asks for it, and not in one that says not to."""

from __future__ import annotations

import pytest

from guide.checks import asks_to_collect
from tests.paths import LANGS
from tests.sitedata import site_data

RULE = site_data().never_collect
CASES = [
    (item, lang, pattern)
    for item in RULE.items
    for lang in LANGS
    for pattern in item[lang].patterns
]


@pytest.mark.parametrize(
    ("item", "lang", "pattern"), CASES, ids=[f"{i.id}-{lang}-{p}" for i, lang, p in CASES]
)
def test_each_pattern_is_caught_when_asked_and_passed_when_refused(item, lang, pattern):
    ask, negation = RULE.asks[lang][0], RULE.negations[lang][0]
    assert asks_to_collect(f"{ask} {pattern}.", RULE, lang) == item[lang].label
    assert asks_to_collect(f"{negation} {ask} {pattern}.", RULE, lang) is None
