"""Nothing moves while a page loads (CLS 0) on a phone: the controls scripts enable (the
presentation bar, the light/dark button, the search box) have their room from the first paint.
Measured with a PerformanceObserver in Chromium, in every language. And on a desktop, nothing
jumps when the theme's script starts on the reader's first move."""

import pytest

from tests.paths import LANG_PREFIXES

pytestmark = pytest.mark.browser

# Every layout shift not caused by the reader, from the first paint on (buffered), with the
# elements that moved, once the page has settled.
SHIFTS = """() => new Promise(done => {
  const shifts = [];
  new PerformanceObserver(list => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) shifts.push({value: e.value, moved: e.sources.map(
        s => s.node ? (s.node.className || s.node.nodeName) : "?")});
    }
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => done(shifts), 1500);
})"""


# A chapter and the home page in every language; the agency pages once.
PATHS = [
    *(prefix + path for path in ("step-3/", "") for prefix, _ in LANG_PREFIXES),
    "agencies/",
    "agencies/nlrb/",
]


@pytest.mark.parametrize("path", PATHS)
def test_nothing_shifts_while_a_page_loads(phone, base_url, path):
    phone.goto(base_url + path, wait_until="networkidle")
    shifts = phone.evaluate(SHIFTS)
    assert sum(s["value"] for s in shifts) == 0, shifts


# The theme's script loads on the reader's first move (theme-on-demand.js) and then sizes the side
# menus to the window. Until then a menu longer than the page made the page longer: a reader who
# had scrolled to the end saw it jump up when the theme started, and a tap could miss its button.
# A page shorter than the menu (the saved-progress page) and a chapter, in every language, in a
# laptop window and in a tall one (where the page is barely longer than the window).
WINDOWS = {"laptop": {"width": 1280, "height": 800}, "tall": {"width": 1280, "height": 1400}}


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize(
    "path", [prefix + path for path in ("progress/", "step-3/") for prefix, _ in LANG_PREFIXES]
)
def test_the_theme_starting_moves_nothing_under_a_reader_at_the_end_of_a_page(
    browser, base_url, path, window
):
    context = browser.new_context(viewport=WINDOWS[window])
    try:
        page = context.new_page()
        page.goto(base_url + path, wait_until="networkidle")
        before = page.evaluate(
            "() => { scrollTo(0, document.documentElement.scrollHeight);"  # the first move
            " return [document.documentElement.scrollHeight, scrollY]; }"
        )
        page.keyboard.press("Control")  # a first move where the page is too short to scroll
        page.wait_for_selector("html[data-guide-theme]", state="attached")
        # The theme has sized both menus (its own inline heights).
        page.wait_for_function(
            "() => [...document.querySelectorAll('.md-sidebar__scrollwrap')]"
            ".every(e => e.style.height)"
        )
        after = page.evaluate("() => [document.documentElement.scrollHeight, scrollY]")
    finally:
        context.close()
    assert after == before
