"""The page buttons of the published site ("edit", "report a mistake") in a real Chromium: the
report button has a name in the page's language and takes keyboard focus, the page has no axe
violations, both icons keep 3:1 contrast in the light and dark schemes (WCAG 1.4.11, which axe
does not check for icons), and neither shows on a projected slide."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from scripts.sitebuild import serve
from tests.browser.axe import violations
from tests.browser.conftest import NO_WORKER
from tests.paths import LANG_PREFIXES, LANGS
from tests.sitedata import site_data

pytestmark = pytest.mark.browser

# The icon's colour, and the colour behind it: the nearest ancestor that paints a background.
COLOURS = """el => {
  let bg = el;
  while (bg && ['rgba(0, 0, 0, 0)', 'transparent'].includes(getComputedStyle(bg).backgroundColor))
    bg = bg.parentElement;
  return [getComputedStyle(el).color, getComputedStyle(bg || document.body).backgroundColor];
}"""


@pytest.fixture(scope="module")
def public_url(built_public):
    with serve(built_public.site) as url:
        yield url


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_the_report_button_is_named_reachable_and_clean(phone, public_url, prefix, lang):
    phone.goto(f"{public_url}{prefix}step-1/")
    button = phone.get_by_role("link", name=site_data().ui["report_mistake"][lang])
    button.focus()
    assert button.evaluate("el => el === document.activeElement")
    assert violations(phone) == []


def _rgba(css: str) -> tuple[float, ...]:
    parts = [float(n) for n in re.findall(r"[\d.]+", css)]
    return (*parts[:3], parts[3] if len(parts) > 3 else 1.0)


def _luminance(rgb: tuple[float, ...]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg_css: str, bg_css: str) -> float:
    """WCAG contrast ratio of a colour (its alpha laid over the background) on the background."""
    fg, bg = _rgba(fg_css), _rgba(bg_css)
    alpha = fg[3]
    shown = tuple(alpha * f + (1 - alpha) * b for f, b in zip(fg[:3], bg[:3], strict=True))
    light, dark = sorted((_luminance(shown), _luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_wcag_examples():
    assert contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)") == pytest.approx(21)
    assert contrast("rgb(118, 118, 118)", "rgb(255, 255, 255)") == pytest.approx(4.54, abs=0.01)
    assert contrast("rgba(0, 0, 0, 0.32)", "rgb(255, 255, 255)") < 3  # the theme's own grey


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_page_buttons_keep_their_contrast(browser, public_url, scheme):
    context = browser.new_context(color_scheme=scheme, **NO_WORKER)
    try:
        page = context.new_page()
        page.goto(public_url + "step-1/")
        buttons = page.locator(".md-content__button")
        assert buttons.count() == 2  # edit, report
        for i in range(2):
            fg, bg = buttons.nth(i).evaluate(COLOURS)
            assert contrast(fg, bg) >= 3, (scheme, i, fg, bg)
    finally:
        context.close()


def test_a_projected_slide_shows_neither_button(page, public_url):
    page.goto(public_url + "step-1/")
    buttons = page.locator(".md-content__button")
    expect(buttons.first).to_be_visible()
    page.keyboard.press("Shift+P")  # presentation mode (present.js)
    expect(page.locator("body.guide-presenting")).to_have_count(1)
    for i in range(buttons.count()):
        expect(buttons.nth(i)).to_be_hidden()
