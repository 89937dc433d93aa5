"""Print media: a handout with no page chrome, link addresses written out, and a footer line."""

import pytest

from guide.dates import long_date
from guide.loader import load_site_data
from guide.pages import expected_outputs
from tests.browser.printing import A4_PRINTABLE_PX, PAPERS, pdf_sheets
from tests.paths import ROOT

pytestmark = pytest.mark.browser

CHROME = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer",
          ".md-search", ".guide-exit", ".guide-checklist__actions", ".guide-progress-link"]


@pytest.mark.parametrize("lang", ["", "es/"])
def test_print_hides_chrome_and_keeps_content_status_and_checklist(page, base_url, lang):
    page.goto(f"{base_url}{lang}step-2/")
    assert page.locator(".guide-exit").is_visible()  # on screen, before printing
    page.emulate_media(media="print")
    for chrome in CHROME:
        assert page.locator(chrome).count() >= 1, f"{chrome} is not on the page at all"
        assert not page.locator(chrome).first.is_visible(), chrome
    for kept in (".guide-status", "article h1", "#checklist-step-2", ".guide-page-sources"):
        assert page.locator(kept).first.is_visible(), kept


def test_external_links_print_their_address_and_the_footer_names_the_page(page, base_url):
    page.goto(base_url + "es/step-1/")
    page.emulate_media(media="print")
    link = page.locator('.guide-page-sources a[href^="http"]').first
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert link.get_attribute("href") in after
    footer = page.locator(".guide-print-footer")
    assert footer.is_visible()
    text = footer.inner_text()
    assert text.startswith("Paso 1") and "/es/step-1/" in text and "Revisado por última vez" in text
    # ...and the version it was printed from, with where to look for what changed since.
    data = load_site_data(ROOT)
    version = long_date(max(c.date for c in data.changes.entries), "es")
    expected = data.text("print_version", "es", date=version, url="/es/changes/")
    assert expected in text


def test_on_screen_the_print_footer_is_hidden(page, base_url):
    page.goto(base_url + "step-1/")
    assert not page.locator(".guide-print-footer").is_visible()


ALL_PAGES = sorted(expected_outputs(ROOT, set(load_site_data(ROOT).agencies)))

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
@pytest.mark.parametrize("lang", ["", "es/"], ids=["en", "es"])
def test_a_step_chapter_prints_on_a_handful_of_sheets(page, base_url, lang, paper):
    # Today 6-8 sheets; more than 10 means page chrome or a layout fault is being printed.
    for step in load_site_data(ROOT).steps.steps:
        path = lang + step.page.removesuffix(".md") + "/"
        page.goto(base_url + path)
        sheets = pdf_sheets(page.pdf(format=paper))
        assert 3 <= sheets <= 10, f"{path} prints on {sheets} {paper} sheets"
