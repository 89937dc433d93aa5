"""Citations: on the whole-guide page, made from the chapters' built pages, each chapter's
citations still point at the sources its own page cites, numbered once for the whole guide; on
every page, sources are numbered in the order a reader meets them."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from guide.wholeguide import CHAPTERS, chapter_slug
from tests.paths import PREFIXES

pytestmark = pytest.mark.build


def _tree(built, path: str) -> LexborHTMLParser:
    return LexborHTMLParser((built.site / path / "index.html").read_text(encoding="utf-8"))


def _cited(node) -> list[str]:
    """Citation numbers in reading order."""
    return [a.text() for a in node.css("sup.guide-cite a")]


def _addresses(tree) -> dict[str, str]:
    return {
        li.attributes["id"].removeprefix("ref-"): li.css_first("a").attributes["href"]
        for li in tree.css(".guide-page-sources li")
    }


@pytest.mark.parametrize("prefix", PREFIXES)
def test_each_chapters_citations_point_at_the_sources_its_own_page_cites(built, prefix):
    whole = _tree(built, f"{prefix}print")
    listed = _addresses(whole)
    for src in CHAPTERS:
        slug = chapter_slug(src)
        own = _tree(built, f"{prefix}{slug}")
        own_sources = _addresses(own)
        expected = [own_sources[n] for n in _cited(own.css_first("article"))]
        cited = _chapter_citations(whole, slug)
        assert [listed[n] for n in cited] == expected, src


def _chapter_citations(whole, slug: str) -> list[str]:
    """Citation numbers between the chapter's heading and the next chapter's."""
    numbers, inside = [], False
    for node in whole.css_first("article").traverse(include_text=False):
        if node.tag == "h2" and "guide-chapter" in (node.attributes.get("class") or ""):
            inside = node.attributes["id"] == slug
        elif inside and node.tag == "a" and node.parent.tag == "sup":
            numbers.append(node.text())
    return numbers


@pytest.mark.parametrize("prefix", PREFIXES)
def test_the_whole_guide_numbers_its_sources_once_in_reading_order(built, prefix):
    whole = _tree(built, f"{prefix}print")
    first_seen = list(dict.fromkeys(_cited(whole.css_first("article"))))
    assert first_seen == [str(n) for n in range(1, len(first_seen) + 1)]
    assert list(_addresses(whole)) == first_seen  # one list, every source cited, none extra


# The deadline calculator numbers the sources of every agency's deadlines in its data first (its
# results cite them), so its rules table below cites them out of reading order, by design.
NUMBERED_BY_DATA = {"tools/deadlines/index.html"}


def test_every_page_numbers_its_sources_in_reading_order(built):
    for page in sorted(built.site.rglob("index.html")):
        shown = page.relative_to(built.site).as_posix()
        if any(shown.endswith(path) for path in NUMBERED_BY_DATA):  # in every language
            continue
        article = LexborHTMLParser(page.read_text(encoding="utf-8")).css_first("article")
        first_seen = list(dict.fromkeys(_cited(article))) if article else []
        assert first_seen == [str(n) for n in range(1, len(first_seen) + 1)], shown
