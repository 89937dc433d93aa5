"""The guide's content as built: citations, headings that match across languages, figures."""

from __future__ import annotations

import html as htmllib
import re

import pytest

from guide.pages import written_paths
from guide.sortkey import sort_key
from tests.paths import LANG_PREFIXES, LANGS, OTHER_LANG_PREFIXES, OTHER_LANGS, PREFIX_OF, ROOT
from tests.sitedata import site_data

pytestmark = pytest.mark.build

DATA = site_data()
STEPS = [s.page.removesuffix(".md") for s in DATA.steps.steps]


def _html(built, lang: str, slug: str) -> str:
    prefix = PREFIX_OF[lang]
    return (built.site / f"{prefix}{slug}" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("slug", STEPS)
@pytest.mark.parametrize("lang", LANGS)
def test_each_step_cites_at_least_three_sources_and_shows_its_checklist(built, lang, slug):
    html = _html(built, lang, slug)
    assert len(re.findall(r'<li id="ref-\d+">', html)) >= 3
    assert f'data-checklist="{slug}"' in html


def _heading_ids(html: str) -> list[str]:
    article = html.split("<article", 1)[1].split("</article>", 1)[0]
    return re.findall(r'<h[23] id="([^"]+)"', article)


@pytest.mark.parametrize("src", sorted(written_paths(ROOT / "docs", LANGS[0])))
@pytest.mark.parametrize("lang", OTHER_LANGS)
def test_a_translated_page_has_the_heading_ids_of_the_original(built, lang, src):
    slug = src.removesuffix(".md").removesuffix("index").rstrip("/")
    assert _heading_ids(_html(built, LANGS[0], slug)) == _heading_ids(_html(built, lang, slug))


def test_figures_follow_the_step_data(built):
    for lang in LANGS:
        html = _html(built, lang, "")
        titles = re.findall(r'<span class="guide-steps__title">([^<]+)</span>', html)
        expected = [s[lang].title for s in DATA.steps.steps]
        assert [htmllib.unescape(t) for t in titles] == expected
        overview = _html(built, lang, "overview")
        assert overview.count('class="guide-flow__stage"') == len(expected)


def test_status_page_shows_the_timeline_in_date_order(built):
    for lang in LANGS:
        html = _html(built, lang, "policy-status")
        timeline = html.split('class="guide-timeline"')[1].split("</ol>")[0]
        dates = re.findall(r'<time datetime="([0-9-]+)">', timeline)
        assert len(dates) == len(DATA.timeline.events), lang
        assert dates == sorted(dates), lang


def test_each_page_heading_is_its_own_title_not_its_menu_label(built):
    from ruamel.yaml import YAML

    from guide.pages import split_front_matter

    for lang in LANGS:
        for src in ("index.md", "step-1.md", "agencies/index.md"):
            head, _, _ = split_front_matter((ROOT / "docs" / lang / src).read_text("utf-8"))
            title = YAML(typ="safe").load(head)["title"]
            slug = src.removesuffix(".md").removesuffix("index").rstrip("/")
            h1 = re.search(r"<h1[^>]*>([^<]*)</h1>", _html(built, lang, slug)).group(1)
            assert htmllib.unescape(h1) == title


def _checklist_heading(lang: str) -> str:
    """The title of step 1's checklist section, as the page in `lang` writes it."""
    text = (ROOT / "docs" / lang / "step-1.md").read_text("utf-8")
    return re.search(r"^## (.+) \{ #checklist \}$", text, re.M).group(1)


def test_each_language_has_its_own_search_index(built):
    import json

    index = {
        lang: json.loads((built.site / prefix / "search" / "search_index.json").read_text("utf-8"))
        for prefix, lang in LANG_PREFIXES
    }
    for lang, own in index.items():
        assert own["config"]["lang"] == [lang]
    translated = tuple(prefix for prefix, _ in OTHER_LANG_PREFIXES)
    assert not any(d["location"].startswith(translated) for d in index[LANGS[0]]["docs"])
    for lang in OTHER_LANGS:  # a translation's index has its own section titles, not the original's
        titles = {d["title"] for d in index[lang]["docs"]}
        assert _checklist_heading(lang) in titles
        assert _checklist_heading(LANGS[0]) not in titles


@pytest.mark.parametrize("lang", LANGS)
def test_sources_are_listed_by_the_publisher_and_title_each_language_shows(built, lang):
    """Alphabetical as the reader sees the list: a translated publisher note or title sorts where
    its own words put it, accents and case aside (guide/sortkey.py)."""
    listed = re.findall(r'<li id="src-([^"]+)">', _html(built, lang, "sources"))
    assert sorted(listed) == sorted(DATA.sources)
    for kind in {s.kind for s in DATA.sources.values()}:
        shown = [i for i in listed if DATA.sources[i].kind == kind]
        sources = [DATA.sources[i] for i in shown]
        keys = [(sort_key(s.publisher_in(lang)), sort_key(s.title_in(lang))) for s in sources]
        assert keys == sorted(keys), kind
