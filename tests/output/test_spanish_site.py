"""No English the project wrote shows on the Spanish site: the theme's footer, the descriptions we
gave sources, and the 404 page's quick exit (issue 14, from the Spanish review)."""

from __future__ import annotations

import re

import pytest

from tests.paths import LANGS

pytestmark = pytest.mark.build

# This file checks what the Spanish review found (issue 14): Spanish wording, not every language's.
SPANISH = "es"

# English the review found on Spanish pages, all of it the project's own words or the theme's.
LEFTOVERS = (
    "Made with",
    "Material for MkDocs",
    "Press release on",
    "Fact sheet on",
    "City Bureau report on",
    "(law firm blog)",
    "(law-firm post)",
    "(issue page)",
    "(copy on",
    "Spanish name",
    "as amended by",
)


def test_no_known_english_leftovers_on_any_spanish_page(built):
    pages = sorted((built.site / SPANISH).rglob("*.html"))
    assert len(pages) > 50
    found = []
    for page in pages:
        text = re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))
        found += [
            f"{page.relative_to(built.site)}: {words}" for words in LEFTOVERS if words in text
        ]
    assert found == []


def test_the_404_page_marks_each_language_and_has_a_title_in_both(built):
    html = (built.site / "404.html").read_text(encoding="utf-8")
    title = re.search(r"<title>([^<]*)</title>", html).group(1)
    assert "·" in title and "Página" in title
    exit_link = html.split("data-quick-exit-link>", 1)[1].split("</a>", 1)[0]
    for lang in LANGS:
        assert f'<span lang="{lang}">' in exit_link, lang
