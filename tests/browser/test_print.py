"""Print media: a handout with no page chrome, blank checklists unless the reader asks for the
ticks, link addresses written out, and a footer line."""

import pytest

from guide.dates import long_date
from guide.pages import expected_outputs, page_titles
from guide.status import phrase
from scripts.printing import A4_PRINTABLE_PX, PAPERS, pdf_sheets, pdf_text, squashed
from tests.browser.conftest import DESKTOP, NO_WORKER
from tests.paths import LANG_PREFIXES, LANGS, PREFIXES, ROOT
from tests.sitedata import site_data

pytestmark = pytest.mark.browser
DATA = site_data()

CHROME = [
    ".md-header",
    ".md-sidebar--primary",
    ".md-sidebar--secondary",
    ".md-footer",
    ".md-search",
    ".guide-exit",
    ".guide-checklist__actions",
    ".guide-progress-link",
]


@pytest.mark.parametrize("prefix", PREFIXES, ids=LANGS)
def test_print_hides_chrome_and_keeps_content_status_and_checklist(page, base_url, prefix):
    page.goto(f"{base_url}{prefix}step-2/")
    assert page.locator(".guide-exit").is_visible()  # on screen, before printing
    page.emulate_media(media="print")
    for chrome in CHROME:
        assert page.locator(chrome).count() >= 1, f"{chrome} is not on the page at all"
        assert not page.locator(chrome).first.is_visible(), chrome
    for kept in (".guide-status", "article h1", "#checklist-step-2", ".guide-page-sources"):
        assert page.locator(kept).first.is_visible(), kept


def test_external_links_print_their_address_and_the_footer_names_the_page(
    page, base_url, other_lang
):
    prefix, lang = other_lang
    page.goto(f"{base_url}{prefix}step-1/")
    page.emulate_media(media="print")
    link = page.locator('.guide-page-sources a[href^="http"]').first
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert link.get_attribute("href") in after
    footer = page.locator(".guide-print-footer")
    assert footer.is_visible()
    text = footer.inner_text()
    assert text.startswith(page_titles(ROOT / "docs", lang)["step-1.md"])
    assert f"/{prefix}step-1/" in text
    assert DATA.text("last_reviewed", lang, date="").strip() in text
    # ...and the version it was printed from, with where to look for what changed since.
    version = long_date(max(c.date for c in DATA.changes.entries), lang)
    expected = DATA.text("print_version", lang, date=version, url=f"/{prefix}changes/")
    assert expected in text


def test_on_screen_the_print_footer_is_hidden(page, base_url):
    page.goto(base_url + "step-1/")
    assert not page.locator(".guide-print-footer").is_visible()


ALL_PAGES = sorted(expected_outputs(ROOT, set(DATA.agencies)))

# What every element's box and every scroll box is checked against, in print media.
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.querySelectorAll('article *')) {
    if (getComputedStyle(el).display === 'none' || el.clientWidth <= 1) continue;  // sr-only
    const right = el.getBoundingClientRect().right;
    if (right > width + 1) out.push(`${el.tagName}.${el.className} ends at ${Math.round(right)}px`);
    else if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
      out.push(`${el.tagName}.${el.className} hides ${el.scrollWidth - el.clientWidth}px`);
  }
  return out;
}"""


@pytest.fixture(scope="module")
def sheet(browser):
    """One tab as wide as an A4 sheet's printable area, in print media."""
    context = browser.new_context(viewport={"width": A4_PRINTABLE_PX, "height": 1000})
    tab = context.new_page()
    tab.emulate_media(media="print")
    yield tab
    context.close()


@pytest.mark.parametrize("rel", ALL_PAGES)
def test_printed_content_fits_the_width_of_a4_and_letter(sheet, base_url, rel):
    sheet.goto(base_url + rel.removesuffix("index.html"))
    assert sheet.locator("article h1").is_visible()  # the check below looked at a real page
    assert sheet.evaluate(OVERFLOW) == []


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("prefix", PREFIXES, ids=LANGS)
def test_a_step_chapter_prints_on_a_handful_of_sheets(page, base_url, prefix, paper):
    # Today 6-8 sheets; more than 10 means page chrome or a layout fault is being printed.
    for step in DATA.steps.steps:
        path = prefix + step.page.removesuffix(".md") + "/"
        page.goto(base_url + path)
        sheets = pdf_sheets(page.pdf(format=paper))
        assert 3 <= sheets <= 10, f"{path} prints on {sheets} {paper} sheets"


def printed_text(pdf: bytes) -> str:
    return squashed("\n".join(pdf_text(pdf)))


@pytest.fixture
def printing(browser):
    """A desktop tab whose print dialog is a stub that counts the times it was opened."""
    context = browser.new_context(viewport=DESKTOP, **NO_WORKER)
    context.add_init_script("window.print = () => { window.__printed = (window.__printed|0) + 1 }")
    yield context.new_page()
    context.close()


def drawn_ticked(box) -> bool:
    """Whether the ticked box looks different from the same box unticked (no event is sent, so
    nothing is saved)."""
    ticked = box.screenshot()
    box.evaluate("b => { b.checked = false; }")
    empty = box.screenshot()
    box.evaluate("b => { b.checked = true; }")
    return ticked != empty


def test_checklists_print_blank_unless_printed_with_my_ticks(printing, base_url):
    page = printing
    page.goto(base_url + "step-2/")
    boxes = page.locator("#checklist-step-2 input[type=checkbox]")
    boxes.nth(0).check()
    boxes.nth(2).check()
    progress = page.locator("#checklist-step-2 .guide-checklist__progress")
    assert drawn_ticked(boxes.nth(0)) and progress.is_visible()  # on screen
    # The browser's own print (menu, Ctrl+P): a handout, whatever was ticked on this device.
    page.emulate_media(media="print")
    assert not drawn_ticked(boxes.nth(0)) and not drawn_ticked(boxes.nth(2))
    assert not progress.is_visible()
    # "Print with my ticks": the saved ticks and the progress line, until the print is done.
    page.emulate_media(media="screen")
    page.locator("#checklist-step-2 [data-action=print-ticks]").click()
    assert page.evaluate("window.__printed") == 1
    page.emulate_media(media="print")
    assert drawn_ticked(boxes.nth(0)) and drawn_ticked(boxes.nth(2))
    assert progress.is_visible() and progress.inner_text().startswith("2 ")
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert not drawn_ticked(boxes.nth(0)) and not progress.is_visible()


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
@pytest.mark.parametrize("step", ["step-2", "step-3"])
def test_one_checklist_prints_on_one_sheet_with_the_status_its_date_and_the_address(
    printing, base_url, step, prefix, lang, paper
):
    page = printing
    page.goto(f"{base_url}{prefix}{step}/")
    page.locator(f"#checklist-{step} [data-action=print]").click()
    pdf = page.pdf(format=paper)  # Chromium sends afterprint once the PDF is made
    text = printed_text(pdf)
    status, checklist = DATA.status, DATA.checklists[step]
    for expected in (
        phrase(status, "headline", lang),
        DATA.text("status_last_checked", lang, date=long_date(status.last_checked, lang)),
        f"/{prefix}{step}/",
        checklist.title.get(lang),
        checklist.items[-1][lang].text,
    ):
        assert squashed(expected) in text, expected
    # Before issue 13 the last items of these lists spilled onto a second A4 sheet.
    assert pdf_sheets(pdf) == 1


@pytest.mark.parametrize("prefix", PREFIXES, ids=LANGS)
def test_links_to_other_pages_print_where_they_go_and_no_local_address(page, base_url, prefix):
    page.goto(f"{base_url}{prefix}step-2/")
    link = page.locator('article a[href^="../step-1/"]').first
    words = link.inner_text()
    text = printed_text(page.pdf(format="A4"))
    # Built without SITE_URL: the path from the site's root (tests/unit/test_printlinks.py
    # covers the full address when SITE_URL is given).
    assert squashed(f"{words} (/{prefix}step-1/)") in text
    assert squashed(f"· /{prefix}step-2/ ·") in text  # the footer line
    assert "127.0.0.1" not in text and "localhost" not in text
