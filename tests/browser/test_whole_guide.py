"""The print-the-whole-guide page: every chapter, in order, each on a new sheet when printed."""

import pytest

from guide.loader import load_site_data
from guide.pages import checklist_pages
from guide.wholeguide import CHAPTERS
from tests.paths import ROOT

pytestmark = pytest.mark.browser

SLUGS = [c.removesuffix(".md") for c in CHAPTERS]


@pytest.mark.parametrize("lang", ["", "es/"])
def test_every_chapter_and_checklist_is_on_the_page_in_order(page, base_url, lang):
    page.goto(f"{base_url}{lang}print/")
    chapters = page.eval_on_selector_all("h2.guide-chapter", "els => els.map(h => h.id)")
    assert chapters == SLUGS
    checklists = page.eval_on_selector_all(
        "[data-checklist]", "els => els.map(e => e.dataset.checklist)")
    placed = checklist_pages(ROOT / "docs", "en")  # checklist id -> the chapter that shows it
    in_order = [c for chapter in CHAPTERS for c, page in placed.items() if page == chapter]
    assert checklists == in_order
    assert len(checklists) == len(load_site_data(ROOT).checklists)
    page.emulate_media(media="print")
    breaks = page.eval_on_selector_all(
        "h2.guide-chapter", "els => els.map(h => getComputedStyle(h).breakBefore)")
    assert set(breaks) == {"page"}


def test_ticks_saved_on_a_chapter_print_on_the_whole_guide(page, base_url):
    page.goto(base_url + "step-3/")
    first = page.locator("#checklist-step-3 input[type=checkbox]").first
    first.check()
    ident = first.get_attribute("id")
    page.goto(base_url + "print/")
    assert page.locator(f"#{ident}").is_checked()
