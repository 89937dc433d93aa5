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
    # A negation after both the asking word and the thing refuses neither.
    assert asks_to_collect(f"{ask} {pattern} {negation}.", RULE, lang) == item[lang].label


# Sentences a volunteer could write: (language, sentence, the item it asks for or None).
WRITTEN = [
    ("en", "Record each worker's immigration status so no one is missed.", "immigration-status"),
    ("en", "Keep a list of who has deferred action, and nothing else.", "reliance"),
    ("en", "Write down who has a work permit.", "reliance"),
    ("en", "Never write down who has deferred action.", None),
    ("en", "Record hours and pay, not immigration status.", None),
    ("en", "Immigration status is not something to ask about.", None),
    # "record" in "criminal record" names the thing; it does not ask for it.
    ("en", "A criminal record can make being named much riskier.", None),
    ("en", "Record whether each worker has a criminal record.", "criminal-removal-history"),
    (
        "es",
        "Anote el estatus migratorio de cada trabajador para que nadie quede fuera.",
        "immigration-status",
    ),
    ("es", "Haga una lista de quiénes recibieron acción diferida.", "reliance"),
    ("es", "Haga una lista de quienes recibieron acción diferida.", "reliance"),
    ("es", "Anote las horas y el pago, nunca el estatus migratorio.", None),
]


@pytest.mark.parametrize(("lang", "sentence", "item_id"), [w for w in WRITTEN if w[0] in LANGS])
def test_a_negation_counts_only_before_what_it_refuses(lang, sentence, item_id):
    label = next((i[lang].label for i in RULE.items if i.id == item_id), None)
    assert asks_to_collect(sentence, RULE, lang) == label
