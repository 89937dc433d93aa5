"""Abbreviations explain themselves on focus and tap, in the page's language."""

import pytest

from tests.paths import LANG_PREFIXES, LANGS
from tests.sitedata import site_data

pytestmark = pytest.mark.browser

DHS = next(t for t in site_data().glossary.terms if t.id == "dhs")
AFTER = "e => getComputedStyle(e, '::after').content"


def _shown(expansion: str) -> str:
    # The computed value of `content: attr(data-expansion) / ""` once resolved.
    return f'"{expansion}" / ""'


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_focus_shows_the_expansion_and_escape_hides_it(page, base_url, prefix, lang):
    expansion = DHS[lang].term
    page.goto(f"{base_url}{prefix}overview/")
    abbr = page.locator("article abbr.guide-abbr", has_text="DHS").first
    assert abbr.evaluate(AFTER) == "none"
    abbr.focus()
    assert abbr.evaluate(AFTER) == _shown(expansion)
    assert expansion in abbr.text_content()  # what a screen reader reads, once
    page.keyboard.press("Escape")
    assert abbr.evaluate(AFTER) == "none"
    assert abbr.evaluate("e => e === document.activeElement")  # focus stays put
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    assert abbr.evaluate(AFTER) == _shown(expansion)  # back again on the next visit


def test_tap_on_a_phone_shows_the_expansion(phone, base_url, other_lang):
    prefix, _ = other_lang
    phone.goto(f"{base_url}{prefix}step-3/")
    abbr = phone.locator("article abbr.guide-abbr").first
    assert abbr.evaluate(AFTER) == "none"
    abbr.tap()
    assert abbr.evaluate(AFTER) == _shown(abbr.get_attribute("data-expansion"))
