"""What the browser's axe sweep of some pages (tests/sweep.py) relies on, checked on every page
of the build: each page is swept or is a chapter of the swept whole guide, is made of components
a swept page shows, and what is particular to it (its ids, headings, link names, images) passes
axe's rules for them."""

from __future__ import annotations

import itertools
from collections import Counter
from html.parser import HTMLParser

import pytest

from guide.pages import expected_outputs, output_path, written_paths
from guide.wholeguide import CHAPTERS
from tests.paths import LANGS, ROOT
from tests.sitedata import site_data
from tests.sweep import swept_pages

pytestmark = pytest.mark.build

ALL_PAGES = sorted(expected_outputs(ROOT, set(site_data().agencies)))
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Attributes whose value makes a different component for axe: a role, an input type, a language.
KIND_VALUES = ("role", "type", "lang")


class _Page(HTMLParser):
    """One pass over a page: its components, and what axe checks element by element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.kinds: set[str] = set()
        self.ids: Counter[str] = Counter()
        self.headings: list[int] = []
        self.problems: list[str] = []
        self._links: list[tuple[str, list[str]]] = []  # open <a href>: its href, its name so far

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.kinds.add(tag)
        self.kinds.update(f"{tag}.{c}" for c in (a.get("class") or "").split())
        self.kinds.update(
            f"{tag}[{k}={v if k in KIND_VALUES else ''}]"
            for k, v in attrs
            if k in KIND_VALUES or k.startswith("aria-") or k == "tabindex"
        )
        if "id" in a:
            self.ids[a["id"]] += 1
        if tag in HEADINGS:
            self.headings.append(int(tag[1]))
        if tag == "img" and a.get("alt") is None:
            self.problems.append(f"an image without alt text: {a.get('src')}")
        if tag == "img" and a.get("alt"):
            for _, name in self._links:
                name.append(a["alt"])
        if tag == "a" and "href" in a:
            label = a.get("aria-label") or a.get("aria-labelledby") or a.get("title") or ""
            self._links.append((a["href"], [label]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._links:
            href, name = self._links.pop()
            if not "".join(name).strip():
                self.problems.append(f"a link without a name: {href}")

    def handle_data(self, data: str) -> None:
        for _, name in self._links:
            name.append(data)


def _read(site, rel: str) -> _Page:
    page = _Page()
    page.feed((site / rel).read_text(encoding="utf-8"))
    return page


@pytest.fixture(scope="module")
def pages(built) -> dict[str, _Page]:
    return {rel: _read(built.site, rel) for rel in ALL_PAGES}


def test_every_swept_page_is_built(pages):
    assert set(swept_pages()) <= set(pages)


def test_every_written_page_is_swept_or_a_chapter_of_the_whole_guide():
    swept = set(swept_pages())
    for lang in LANGS:
        for src in written_paths(ROOT / "docs", lang) - set(CHAPTERS):
            assert output_path(src, lang, LANGS[0]) in swept, f"add {src} to tests/sweep.py"


def test_every_component_of_any_page_is_on_a_page_axe_sweeps(pages):
    swept = set().union(*(pages[rel].kinds for rel in swept_pages()))
    unswept = {rel: sorted(page.kinds - swept) for rel, page in pages.items() if page.kinds - swept}
    assert unswept == {}, "add a page showing these to tests/sweep.py"


def test_every_page_has_unique_ids_one_h1_and_no_skipped_heading_level(pages):
    for rel, page in pages.items():
        assert [i for i, n in page.ids.items() if n > 1] == [], rel
        assert page.headings.count(1) == 1, rel
        skips = [(a, b) for a, b in itertools.pairwise(page.headings) if b > a + 1]
        assert skips == [], f"{rel}: heading levels jump {skips}"


def test_every_link_has_a_name_and_every_image_a_text(pages):
    for rel, page in pages.items():
        assert page.problems == [], rel
