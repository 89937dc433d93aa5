"""The guide's content as built: citations, headings that match across languages, figures."""

from __future__ import annotations

import html as htmllib
import re

import pytest

from guide.pages import written_paths
from tests.paths import ROOT
from tests.sitedata import site_data

pytestmark = pytest.mark.build

DATA = site_data()
STEPS = [s.page.removesuffix(".md") for s in DATA.steps.steps]


def _html(built, lang: str, slug: str) -> str:
    prefix = "" if lang == "en" else "es/"
    return (built.site / f"{prefix}{slug}" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("slug", STEPS)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_step_cites_at_least_three_sources_and_shows_its_checklist(built, lang, slug):
    html = _html(built, lang, slug)
    assert len(re.findall(r'<li id="ref-\d+">', html)) >= 3
    assert f'data-checklist="{slug}"' in html


def _heading_ids(html: str) -> list[str]:
    article = html.split("<article", 1)[1].split("</article>", 1)[0]
    return re.findall(r'<h[23] id="([^"]+)"', article)


@pytest.mark.parametrize("src", sorted(written_paths(ROOT / "docs", "en")))
def test_english_and_spanish_pages_have_the_same_heading_ids(built, src):
    slug = src.removesuffix(".md").removesuffix("index").rstrip("/")
    en, es = _html(built, "en", slug), _html(built, "es", slug)
    assert _heading_ids(en) == _heading_ids(es)


def test_figures_follow_the_step_data(built):
    for lang in ("en", "es"):
        html = _html(built, lang, "")
        titles = re.findall(r'<span class="guide-steps__title">([^<]+)</span>', html)
        expected = [s[lang].title for s in DATA.steps.steps]
        assert [htmllib.unescape(t) for t in titles] == expected
        assert len(DATA.steps.steps) == 5
        overview = _html(built, lang, "overview")
        assert overview.count('class="guide-flow__stage"') == 5


def test_status_page_shows_the_timeline_in_date_order(built):
    html = _html(built, "es", "policy-status")
    timeline = html.split('class="guide-timeline"')[1].split("</ol>")[0]
    dates = re.findall(r'<time datetime="([0-9-]+)">', timeline)
    assert len(dates) == len(DATA.timeline.events)
    assert dates == sorted(dates)


def test_each_page_heading_is_its_own_title_not_its_menu_label(built):
    from ruamel.yaml import YAML

    from guide.pages import split_front_matter

    for lang in ("en", "es"):
        for src in ("index.md", "step-1.md", "agencies/index.md"):
            head, _, _ = split_front_matter((ROOT / "docs" / lang / src).read_text("utf-8"))
            title = YAML(typ="safe").load(head)["title"]
            slug = src.removesuffix(".md").removesuffix("index").rstrip("/")
            h1 = re.search(r"<h1[^>]*>([^<]*)</h1>", _html(built, lang, slug)).group(1)
            assert htmllib.unescape(h1) == title


def test_each_language_has_its_own_search_index(built):
    import json

    en = json.loads((built.site / "search" / "search_index.json").read_text("utf-8"))
    es = json.loads((built.site / "es" / "search" / "search_index.json").read_text("utf-8"))
    assert en["config"]["lang"] == ["en"] and es["config"]["lang"] == ["es"]
    assert not any(d["location"].startswith("es/") for d in en["docs"])
    spanish_titles = {d["title"] for d in es["docs"]}
    assert "Lista de verificación" in spanish_titles
    assert "Checklist" not in spanish_titles
