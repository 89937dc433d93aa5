"""What the build's speed-ups must not cost: mkdocs-static-i18n's search de-duplication is off
(`reconfigure_search: false`, quadratic in the number of pages), and hooks/search.py's index per
language still holds every section of every page."""

from __future__ import annotations

import json

import pytest

from tests.paths import LANG_PREFIXES

pytestmark = pytest.mark.build


def _locations(path) -> set[str]:
    return {doc["location"] for doc in json.loads(path.read_text(encoding="utf-8"))["docs"]}


def test_each_language_index_holds_every_section(built):
    """Pages have the same sections in every language, so every index has the same entries.
    The plugin's de-duplication dropped Spanish entries whose title and text equal the English
    ones (a section titled "California"), leaving Spanish readers without them."""
    default, *others = (
        _locations(built.site / prefix / "search" / "search_index.json")
        for prefix, _ in LANG_PREFIXES
    )
    assert default and all(index == default for index in others)
