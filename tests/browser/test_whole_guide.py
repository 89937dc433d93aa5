"""The print-the-whole-guide page: the contents, then every chapter in order, on numbered sheets
and on fewer of them than before issue 13."""

import pytest

from guide.pages import checklist_pages
from guide.status import phrase
from guide.wholeguide import CHAPTERS, chapter_slug
from scripts.printing import PAPERS, pdf_sheets, pdf_text, squashed
from tests.paths import LANG_PREFIXES, LANGS, ROOT
from tests.sitedata import site_data

pytestmark = pytest.mark.browser

SLUGS = [chapter_slug(c) for c in CHAPTERS]
DATA = site_data()
# Sheets the whole guide took before issue 13 (Chromium's page.pdf, December 2026), when every
# chapter started a new sheet: it must now take at least 15% fewer, with type no smaller.
BEFORE = {("en", "Letter"): 80, ("en", "A4"): 77, ("es", "Letter"): 84, ("es", "A4"): 82}
MOST = {key: sheets * 85 // 100 for key, sheets in BEFORE.items()}  # 68, 65, 71, 69

# Fewer lines than this on a sheet that is not the last: a spilled status box or list end.
FEWEST_LINES = 20


def most_sheets(lang: str, paper: str) -> int:
    """A language added since issue 13 had no "before": it gets the largest allowance."""
    return MOST.get((lang, paper), max(n for (_, p), n in MOST.items() if p == paper))


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_every_chapter_and_checklist_is_on_the_page_in_order(page, base_url, prefix, lang):
    page.goto(f"{base_url}{prefix}print/")
    chapters = page.eval_on_selector_all("h2.guide-chapter", "els => els.map(h => h.id)")
    assert chapters == SLUGS
    checklists = page.eval_on_selector_all(
        "[data-checklist]", "els => els.map(e => e.dataset.checklist)"
    )
    placed = checklist_pages(ROOT / "docs", lang)  # checklist id -> the chapter that shows it
    in_order = [c for chapter in CHAPTERS for c, page in placed.items() if page == chapter]
    assert checklists == in_order
    assert len(checklists) == len(DATA.checklists)
    # The contents list each chapter by its heading, linked to it.
    contents = page.eval_on_selector_all(
        "ol.guide-contents a", "els => els.map(a => [a.getAttribute('href'), a.textContent])"
    )
    headings = page.eval_on_selector_all(
        "h2.guide-chapter", "els => els.map(h => ['#' + h.id, h.textContent])"
    )
    assert contents == headings


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_the_whole_guide_prints_numbered_with_its_contents_first_on_fewer_sheets(
    page, base_url, prefix, lang, paper
):
    page.goto(f"{base_url}{prefix}print/")
    title = page.locator("article h1").inner_text()
    chapters = page.eval_on_selector_all("h2.guide-chapter", "els => els.map(h => h.textContent)")
    pdf = page.pdf(format=paper)
    sheets = pdf_text(pdf)
    assert len(sheets) == pdf_sheets(pdf) <= most_sheets(lang, paper)
    # The first sheet carries the title, the status and the whole contents together.
    first = squashed(sheets[0])
    for expected in [title, phrase(DATA.status, "headline", lang), *chapters]:
        assert squashed(expected) in first, expected
    for number, text in enumerate(sheets, 1):
        assert f"{number}/{len(sheets)}" in squashed(text), f"sheet {number} has no number"
    nearly_empty = [
        n for n, text in enumerate(sheets[:-1], 1) if len(text.splitlines()) < FEWEST_LINES
    ]
    assert nearly_empty == []


def test_ticks_saved_on_a_chapter_show_on_the_whole_guide(page, base_url):
    page.goto(base_url + "step-3/")
    first = page.locator("#checklist-step-3 input[type=checkbox]").first
    first.check()
    ident = first.get_attribute("id")
    page.goto(base_url + "print/")
    assert page.locator(f"#{ident}").is_checked()
