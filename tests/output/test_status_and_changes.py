"""The policy state and the check date live in data/status.yml only; what changed has a page and
an Atom feed per language."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import feedparser
import pytest

from guide.dates import long_date
from guide.models import STATES
from guide.pages import expected_outputs
from scripts.sitebuild import build_site, copy_project
from tests.pagetext import visible_text
from tests.paths import LANGS, PREFIX_OF, ROOT, lang_of
from tests.sitedata import site_data

pytestmark = pytest.mark.build

NEW_DATE = dt.date(2026, 1, 2)  # before every real date, so it appears nowhere else


def _text(page: Path) -> str:
    """What a reader sees of a built page (abbreviation marks would split words)."""
    return visible_text(page.read_text(encoding="utf-8"))


def _written_forms(day: dt.date, lang: str) -> set[str]:
    forms = {long_date(day, lang)}
    if lang == "en":  # English only: the day-first form authors sometimes type, "2 January 2026"
        forms.add(f"{day.day} {day.strftime('%B')} {day.year}")
    return forms


def _fragments(text: str) -> list[str]:
    """The fixed parts of a phrase around {checked}, long enough to be that phrase's own words."""
    return [part.strip() for part in text.split("{checked}") if len(part.strip()) >= 20]


@pytest.mark.parametrize("state", [s for s in STATES if s != site_data().status.state])
def test_a_new_state_and_check_date_leave_no_trace_of_the_old_ones(tmp_path, state):
    data = site_data()
    old_day, old_state = data.status.last_checked, data.status.state
    project = copy_project(tmp_path / "project")
    # Every ISO copy of the old date (status, review and verification dates, changes) moves to the
    # new one; what can remain is only the date written by hand in prose, which must not exist.
    for path in [*project.joinpath("data").rglob("*.yml"), *project.joinpath("docs").rglob("*.md")]:
        text = path.read_text(encoding="utf-8")
        if old_day.isoformat() in text:
            path.write_text(text.replace(old_day.isoformat(), NEW_DATE.isoformat()), "utf-8")
    status = project / "data" / "status.yml"
    status.write_text(
        status.read_text("utf-8").replace(f"state: {old_state}", f"state: {state}"), "utf-8"
    )
    site = build_site(project, tmp_path / "site").site

    pages = expected_outputs(project, set(data.agencies))
    assert len(pages) > 40
    for rel in sorted(pages):
        lang = lang_of(rel)
        seen = _text(site / rel)
        for form in _written_forms(old_day, lang):
            assert form not in seen, f"{rel} still shows the old check date '{form}'"
        assert long_date(NEW_DATE, lang) in seen, rel
        for key, texts in data.status.phrases.items():
            old_text = getattr(texts, old_state)[lang]
            new_text = getattr(texts, state)[lang]
            for fragment in _fragments(old_text):
                if fragment not in new_text:
                    assert fragment not in seen, f"{rel} still says the '{old_state}' {key}"
        headline = getattr(data.status.phrases["headline"], state).get(lang)
        assert headline in seen, rel
    for rel in ("404.html", "offline.html"):  # they speak every language
        seen = _text(site / rel)
        for lang in LANGS:
            for form in _written_forms(old_day, lang):
                assert form not in seen, f"{rel} still shows the old check date '{form}'"
            assert long_date(NEW_DATE, lang) in seen, rel
            assert getattr(data.status.phrases["headline"], state)[lang] in seen, rel


def test_changes_page_lists_every_entry_newest_first_with_links_in_each_language(built):
    data = site_data()
    for lang in LANGS:
        prefix = PREFIX_OF[lang]
        path = built.site / prefix / "changes" / "index.html"
        page = path.read_text(encoding="utf-8")
        ids = re.findall(r'id="change-([a-z0-9-]+)"', page)
        assert sorted(ids) == sorted(c.id for c in data.changes.entries)
        dates = [
            dt.date.fromisoformat(d)
            for d in re.findall(r'class="guide-changes__date"><time datetime="([0-9-]+)"', page)
        ]
        assert dates == sorted(dates, reverse=True)
        shown = _text(path)  # a title may hold a quote, which the page escapes, or an acronym
        for change in data.changes.entries:
            assert change[lang].title in shown
        assert 'href="../feed.xml"' in page


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_a_valid_atom_feed_linked_from_every_page_head(built, lang):
    data = site_data()
    prefix = PREFIX_OF[lang]
    feed = feedparser.parse((built.site / prefix / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == data.text("changes_feed_title", lang)
    assert len(feed.entries) == len(data.changes.entries)
    first = feed.entries[0]
    newest = max(c.date for c in data.changes.entries)
    assert first.updated.startswith(newest.isoformat())
    assert first.link.startswith("changes/#change-")
    for rel in ("", "step-3/", "agencies/nlrb/"):
        head = (built.site / prefix / rel / "index.html").read_text(encoding="utf-8")
        link = re.search(
            r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"', head
        )
        assert link, rel
        assert (built.site / prefix / rel / link.group(1)).resolve() == (
            built.site / prefix / "feed.xml"
        ).resolve()


def test_every_page_links_the_changes_and_prints_its_version(built):
    data = site_data()
    version = max(c.date for c in data.changes.entries)
    for rel in sorted(expected_outputs(ROOT, set(data.agencies))):
        lang = lang_of(rel)
        page = (built.site / rel).read_text(encoding="utf-8")
        start = page.index('class="guide-status')
        notice = page[start : page.index("</aside>", start)]
        assert data.text("changes_link", lang) in notice, rel
        footer = re.search(r'guide-print-footer__version">([^<]+)<', page).group(1)
        assert long_date(version, lang) in html.unescape(footer), rel
        assert "127.0.0.1" not in footer, rel
