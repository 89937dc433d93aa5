"""Print media: a handout with no page chrome, link addresses written out, and a footer line."""

import pytest

pytestmark = pytest.mark.browser

CHROME = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer",
          ".md-search", ".guide-exit", ".guide-checklist__actions", ".guide-progress-link"]


@pytest.mark.parametrize("lang", ["", "es/"])
def test_print_hides_chrome_and_keeps_content_status_and_checklist(page, base_url, lang):
    page.goto(f"{base_url}{lang}step-2/")
    assert page.locator(".guide-exit").is_visible()  # on screen, before printing
    page.emulate_media(media="print")
    for chrome in CHROME:
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


def test_on_screen_the_print_footer_is_hidden(page, base_url):
    page.goto(base_url + "step-1/")
    assert not page.locator(".guide-print-footer").is_visible()
