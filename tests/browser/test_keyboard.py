"""Keyboard use: every stop in the header can be seen, and a long page's checklist is a few key
presses away (skip link, then the link at the top that says where the checklist is)."""

import pytest

from tests.browser.conftest import DESKTOP, NO_WORKER, PHONE
from tests.paths import LANGS, PREFIXES

pytestmark = pytest.mark.browser

# What has focus, and whether a sighted keyboard user can see where it is.
FOCUS = """() => {
  const e = document.activeElement;
  const seen = el => { const r = el.getBoundingClientRect(), s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && +s.opacity > 0; };
  // A visually hidden radio shows its focus on the button (label) that follows it.
  const shown = e.matches('.md-option') ? e.nextElementSibling : e;
  const ring = shown && getComputedStyle(shown).outlineStyle !== 'none';
  return {what: e.outerHTML.slice(0, 90), inHeader: !!e.closest('.md-header, .md-skip'),
          seen: !!shown && seen(shown) && (e === shown || ring)};
}"""


@pytest.mark.parametrize("prefix", PREFIXES, ids=LANGS)
def test_every_stop_in_the_header_is_visible(page, base_url, prefix):
    page.goto(f"{base_url}{prefix}step-3/")
    page.keyboard.press("Tab")  # the skip link, shown when focused
    stops = 0
    while True:
        page.wait_for_timeout(250)  # the skip link fades in
        focus = page.evaluate(FOCUS)
        if not focus["inHeader"]:
            break
        assert focus["seen"], focus["what"]
        stops += 1
        page.keyboard.press("Tab")
    assert stops >= 5  # skip link, home, light/dark, language, search, quick exit…


@pytest.mark.parametrize("prefix", PREFIXES, ids=LANGS)
def test_the_checklist_of_a_long_page_is_a_few_key_presses_away(browser, base_url, prefix):
    context = browser.new_context(viewport=DESKTOP, **NO_WORKER)
    page = context.new_page()
    page.goto(f"{base_url}{prefix}step-3/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # skip to content
    presses = 2
    while not page.evaluate("document.activeElement.matches('a[href^=\"#checklist-\"]')"):
        page.keyboard.press("Tab")
        presses += 1
        assert presses < 10, page.evaluate("document.activeElement.outerHTML.slice(0, 90)")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    presses += 2
    assert page.evaluate("document.activeElement.type") == "checkbox"
    assert page.evaluate("!!document.activeElement.closest('[data-checklist]')")
    assert presses <= 12
    context.close()


# How far below the sticky header bar the focused element's top is (negative: under the bar),
# or None for a stop in the bar itself or in a side menu (they scroll on their own).
BELOW_BAR = """() => {
  const e = document.activeElement;
  if (!e || e === document.body || e.closest('.md-header, .md-skip, .md-sidebar')) return null;
  const bar = document.querySelector('.md-header').getBoundingClientRect();
  return {what: e.outerHTML.slice(0, 90), gap: e.getBoundingClientRect().top - bar.bottom};
}"""


@pytest.mark.parametrize("size", ["phone", "desktop"])
@pytest.mark.parametrize("prefix", PREFIXES, ids=LANGS)
def test_focus_going_back_up_a_page_never_hides_under_the_header(browser, base_url, prefix, size):
    # WCAG 2.4.11: Shift+Tab scrolls each stop into view at the top edge, where the bar is.
    viewport = DESKTOP if size == "desktop" else PHONE
    context = browser.new_context(viewport=viewport, **NO_WORKER)
    page = context.new_page()
    page.goto(f"{base_url}{prefix}step-1/")
    page.locator(".md-footer a").last.focus()
    checked = 0
    for _ in range(40):
        page.keyboard.press("Shift+Tab")
        place = page.evaluate(BELOW_BAR)
        if place is not None:
            assert place["gap"] >= -1, place["what"]
            checked += 1
    assert checked >= 20  # the walk went through the page, not only the bar and the menus
    context.close()


@pytest.mark.parametrize("prefix", PREFIXES, ids=LANGS)
def test_the_menu_opens_from_the_keyboard_where_it_is_folded_away(browser, base_url, prefix):
    # A 1024 x 768 projector: the menu is behind the header's button (WCAG 2.1.1).
    context = browser.new_context(viewport={"width": 1024, "height": 768}, **NO_WORKER)
    page = context.new_page()
    page.goto(f"{base_url}{prefix}step-2/")
    button = page.locator("button.guide-menu-button")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('button.guide-menu-button')"):
            break
    else:
        raise AssertionError("Tab never reaches the menu button")
    assert button.get_attribute("aria-label") and button.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    assert page.evaluate("document.getElementById('__drawer').checked")
    assert button.get_attribute("aria-expanded") == "true"
    page.keyboard.press(" ")
    assert not page.evaluate("document.getElementById('__drawer').checked")
    context.close()
