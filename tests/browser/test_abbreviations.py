"""Abbreviations explain themselves on focus and tap, in the page's language."""

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("lang", "expansion"), [
    ("", "Department of Homeland Security"),
    ("es/", "Departamento de Seguridad Nacional"),
])
def test_focus_shows_the_expansion(page, base_url, lang, expansion):
    page.goto(f"{base_url}{lang}overview/")
    abbr = page.locator("article abbr.guide-abbr", has_text="DHS").first
    before = abbr.evaluate("e => getComputedStyle(e, '::after').content")
    abbr.focus()
    after = abbr.evaluate("e => getComputedStyle(e, '::after').content")
    assert before == "none"
    assert after == f'"{expansion}"'
    assert expansion in abbr.text_content()  # what a screen reader reads


def test_tap_on_a_phone_shows_the_expansion(phone, base_url):
    phone.goto(base_url + "es/step-3/")
    abbr = phone.locator("article abbr.guide-abbr").first
    abbr.tap()
    assert abbr.evaluate("e => getComputedStyle(e, '::after').content") != "none"
