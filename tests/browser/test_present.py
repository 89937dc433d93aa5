"""Presentation mode: one section at a time, keyboard, clicker and on-screen buttons to move, a tall
slide a screen at a time, Escape to leave where you were, readable from the back of a room, offered
only where it can be driven, and printing shows the whole page."""

import pytest
from playwright.sync_api import expect

from tests.browser.axe import violations, violations_at
from tests.browser.conftest import NO_WORKER
from tests.paths import LANG_PREFIXES, LANGS, OTHER_LANG_PREFIXES, PREFIXES
from tests.sitedata import site_data

pytestmark = pytest.mark.browser

PROJECTOR = {"width": 1280, "height": 720}
FULL_HD = {"width": 1920, "height": 1080}
TABLET = {"width": 1024, "height": 768}
UI = site_data().ui

POSITION = "document.querySelector('.guide-present-position').textContent"
PRESENTING = "document.body.classList.contains('guide-presenting')"

# The smallest computed font size of any visible element with text of its own on the slide.
SMALLEST_TEXT = """() => {
  let smallest = [Infinity, ''];
  for (const el of document.querySelectorAll('.md-content *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.checkVisibility({visibilityProperty: true})) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < smallest[0]) smallest = [size, el.tagName + '.' + el.className + ': '
                                               + el.textContent.trim().slice(0, 40)];
  }
  return smallest;
}"""

# Where the current slide's blocks are, in page coordinates, and the band of the page on screen
# (below the controls, which stay at the top of the screen).
VIEW = """() => {
  const bar = document.querySelector('.guide-present-bar');
  const blocks = [...document.querySelector('.md-content__inner').children].filter(el =>
    el !== bar && el.tagName !== 'H1' && !el.classList.contains('guide-status')
    && el.checkVisibility() && el.getBoundingClientRect().height > 0);
  return {
    position: document.querySelector('.guide-present-position').textContent,
    seen: [scrollY + bar.getBoundingClientRect().bottom, scrollY + innerHeight],
    blocks: blocks.map(el => {
      const r = el.getBoundingClientRect();
      return [el.tagName + '#' + el.id, scrollY + r.top, scrollY + r.bottom];
    }),
  };
}"""

# Words of the five-steps figure drawn on more than one line (hyphen-joined parts count apart).
SPLIT_WORDS = """fig => {
  const split = [];
  const walker = document.createTreeWalker(fig, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    for (const m of node.data.matchAll(/[^\\s\\-\u2010-\u2014\\/]+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const lines = new Set([...range.getClientRects()].filter(r => r.width > 0)
                                                       .map(r => Math.round(r.top)));
      if (lines.size > 1) split.push(m[0]);
    }
  }
  return split;
}"""

OVERFLOWING = """fig => [fig, ...fig.querySelectorAll('*')]
  .filter(el => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0
                || el.getBoundingClientRect().right > innerWidth)
  .map(el => el.tagName + '.' + el.className)"""

BREAKING = """fig => [fig, ...fig.querySelectorAll('*')].map(el => getComputedStyle(el))
  .filter(s => s.hyphens === 'auto' || s.overflowWrap === 'anywhere' || s.wordBreak === 'break-all')
  .length"""


def _visible_h2(page) -> list[str]:
    return page.eval_on_selector_all(
        "article > h2", "els => els.filter(h => h.offsetParent !== null).map(h => h.id)"
    )


def _context(browser, viewport, **options):
    context = browser.new_context(viewport=viewport, **options, **NO_WORKER)
    return context, context.new_page()


@pytest.fixture
def projector(browser):
    context, page = _context(browser, PROJECTOR)
    yield page
    context.close()


@pytest.fixture
def full_hd(browser):
    context, page = _context(browser, FULL_HD)
    yield page
    context.close()


@pytest.fixture
def tablet(browser):
    context, page = _context(browser, TABLET, is_mobile=True, has_touch=True)
    yield page
    context.close()


def _walk(page, key: str = "PageDown", also: str | None = None) -> list[dict]:
    """Press `key` until nothing moves any more; what was on screen before each press (with
    what the script `also` returns there)."""

    def look():
        return {**page.evaluate(VIEW), "also": page.evaluate(also) if also else None}

    views = [look()]
    for _ in range(200):
        page.keyboard.press(key)
        view = look()
        if view["position"] == views[-1]["position"] and view["seen"] == views[-1]["seen"]:
            return views
        views.append(view)
    raise AssertionError(f"{key} never reached the end")


def _next_slide(page, press) -> None:
    """Press (a key or a button) until the next slide shows: a tall one scrolls first."""
    before = page.evaluate(POSITION)
    for _ in range(20):
        press()
        if page.evaluate(POSITION) != before:
            return
    raise AssertionError(f"still on {before}")


def _uncovered(blocks: list, windows: list) -> list[str]:
    """The blocks some part of which never was on screen in any of `windows`."""
    missed = []
    for name, top, bottom in blocks:
        reach = top
        for seen_top, seen_bottom in sorted(windows):
            if seen_top <= reach + 1:
                reach = max(reach, seen_bottom)
        if reach < bottom - 1:
            missed.append(name)
    return missed


def _to_first_tall_slide(page) -> dict:
    for _ in range(30):
        view = page.evaluate(VIEW)
        if view["blocks"][-1][2] > view["seen"][1]:
            return view
        page.locator(".guide-present-next").click()
    raise AssertionError("no slide taller than the screen")


def _a_link_on_a_slide(page):
    links = page.locator(
        "article > :not(.guide-present-bar):not(.guide-status) "
        "a[href]:not([href^='#']):not(.headerlink):visible"
    )
    for _ in range(30):
        if links.count():
            return links.first
        page.locator(".guide-present-next").click()
    raise AssertionError("no slide with a link")


@pytest.mark.parametrize("prefix", PREFIXES, ids=LANGS)
def test_keyboard_flow_moves_focus_section_by_section(projector, base_url, prefix):
    page = projector
    page.goto(f"{base_url}{prefix}step-2/")
    all_ids = page.eval_on_selector_all("article > h2", "els => els.map(h => h.id)")
    page.keyboard.press("Shift+P")
    assert page.evaluate(PRESENTING)
    assert _visible_h2(page) == []  # the first slide is the introduction
    assert not page.locator(".md-header").is_visible()
    # A slide taller than the screen scrolls before the next one comes.
    _next_slide(page, lambda: page.keyboard.press("ArrowRight"))
    assert _visible_h2(page) == [all_ids[0]]
    assert page.evaluate("document.activeElement.id") == all_ids[0]
    assert page.locator(".guide-status__headline").is_visible()  # where the policy stands
    _next_slide(page, lambda: page.keyboard.press("PageDown"))
    assert _visible_h2(page) == [all_ids[1]]
    page.keyboard.press("ArrowLeft")
    assert page.evaluate("document.activeElement.id") == all_ids[0]
    size = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector("
        "'article > p:not(.guide-slide-hidden)')).fontSize)"
    )
    assert size >= 28  # readable from the back of a room
    assert violations(page) == []
    page.keyboard.press("Escape")
    assert _visible_h2(page) == all_ids
    # Back in the page at the section that was shown, for the eye and for screen readers.
    assert page.evaluate("document.activeElement.id") == all_ids[0]


def test_button_toggles_and_printing_shows_every_section(projector, base_url):
    page = projector
    page.goto(base_url + "step-3/")
    page.locator(".guide-present-toggle").click()
    assert page.locator(".guide-present-toggle").inner_text() == UI["present_leave"][LANGS[0]]
    page.emulate_media(media="print")
    hidden = page.eval_on_selector_all(
        "article > h2", "els => els.filter(h => !h.offsetParent).length"
    )
    assert hidden == 0


def test_nothing_is_remembered_after_the_visit(projector, base_url):
    page = projector
    snapshot = "JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])"
    page.goto(base_url + "step-1/")
    page.keyboard.press("Shift")  # a first move starts Material, which saves its palette
    expect(page.locator("html[data-guide-theme=started]")).to_have_count(1)
    before = page.evaluate(snapshot)
    page.keyboard.press("Shift+P")
    page.keyboard.press("ArrowRight")
    assert page.evaluate(snapshot) == before  # nothing written
    page.reload()
    assert not page.evaluate(PRESENTING)


@pytest.mark.parametrize(
    ("viewport", "floor"), [(FULL_HD, 24), (PROJECTOR, 18)], ids=["1080p", "720p"]
)
@pytest.mark.parametrize(
    "path",
    [
        "",
        "step-3/",
        *(f"{prefix}step-3/" for prefix, _ in OTHER_LANG_PREFIXES),
        "what-still-works/",
    ],
)
def test_everything_on_every_slide_is_readable_from_the_back(
    browser, base_url, viewport, floor, path
):
    context, page = _context(browser, viewport)
    try:
        page.goto(base_url + path)
        page.keyboard.press("Shift+P")
        size, where = min(view["also"] for view in _walk(page, also=SMALLEST_TEXT))
        assert size >= floor, f"{path}: {where} is {size}px"
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [FULL_HD, PROJECTOR], ids=["1080p", "720p"])
def test_the_five_steps_keep_their_words_whole_and_on_screen(browser, base_url, viewport):
    context, page = _context(browser, viewport)
    try:
        page.goto(base_url)
        page.keyboard.press("Shift+P")
        figure = page.locator("figure.guide-steps")
        for _ in range(40):
            if figure.is_visible():
                break
            page.locator(".guide-present-next").click()
        assert figure.is_visible()
        assert figure.evaluate(SPLIT_WORDS) == []
        assert figure.evaluate(OVERFLOWING) == []
        assert figure.evaluate(BREAKING) == 0
    finally:
        context.close()


def test_a_slide_taller_than_the_screen_is_shown_whole_before_the_next(full_hd, base_url):
    page = full_hd
    page.goto(base_url + "step-3/")
    page.keyboard.press("Shift+P")
    views = _walk(page)
    slides = list(dict.fromkeys(v["position"] for v in views))
    assert len(views) - 1 >= len(slides)  # presses: every slide, and more for the tall ones
    tall = 0
    for slide in slides:
        shown = [v for v in views if v["position"] == slide]
        blocks = shown[0]["blocks"]
        tall += blocks[-1][2] > shown[0]["seen"][1]
        assert _uncovered(blocks, [v["seen"] for v in shown]) == [], slide
    assert tall, "step-3 should have a slide taller than 1080 px to test this"


def test_page_up_climbs_a_tall_slide_before_going_back(full_hd, base_url):
    page = full_hd
    page.goto(base_url + "step-3/")
    page.keyboard.press("Shift+P")
    top = _to_first_tall_slide(page)
    page.keyboard.press("PageDown")
    lower = page.evaluate(VIEW)
    assert lower["position"] == top["position"] and lower["seen"][0] > top["seen"][0]
    page.keyboard.press("PageUp")
    assert page.evaluate(VIEW)["seen"] == top["seen"]
    page.keyboard.press("PageUp")
    assert page.evaluate(VIEW)["position"] != top["position"]


@pytest.mark.parametrize("key", ["ArrowDown", "ArrowRight", "Space"])
def test_every_forward_key_reveals_a_tall_slide_before_moving_on(full_hd, base_url, key):
    page = full_hd
    page.goto(base_url + "step-3/")
    page.keyboard.press("Shift+P")
    start = _to_first_tall_slide(page)
    windows = [start["seen"]]
    for _ in range(20):
        page.keyboard.press(key)
        view = page.evaluate(VIEW)
        if view["position"] != start["position"]:
            break
        windows.append(view["seen"])
    assert view["position"] != start["position"], f"{key} never moved to the next slide"
    assert len(windows) > 1 and _uncovered(start["blocks"], windows) == []


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_on_screen_buttons_move_and_links_still_work(projector, base_url, lang, prefix):
    page = projector
    page.goto(f"{base_url}{prefix}step-2/")
    page.locator(".guide-present-toggle").click()
    buttons = {
        name: page.locator(f"button.guide-present-{name}") for name in ("prev", "next", "toggle")
    }
    labels = {
        "prev": UI["present_previous"],
        "next": UI["present_next"],
        "toggle": UI["present_leave"],
    }
    for name, button in buttons.items():
        assert labels[name][lang] in button.inner_text()
        box = button.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, name
    first = page.evaluate(POSITION)
    assert first == UI["present_position"][lang].format(n=1, total=first.split()[-1])
    _next_slide(page, buttons["next"].click)
    assert page.evaluate("document.activeElement.classList.contains('guide-present-next')")
    second = page.evaluate(POSITION)
    page.locator("article > h2:visible").click(position={"x": 5, "y": 5})  # does not move it
    assert page.evaluate(POSITION) == second
    buttons["prev"].click()
    assert page.evaluate(POSITION) == first
    # Keyboard focus on a control shows; the slide's heading, focused by the script, has no box.
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    focused = page.evaluate(
        "[document.activeElement.tagName, getComputedStyle(document.activeElement).outlineStyle]"
    )
    assert focused[0] == "BUTTON" and focused[1] != "none"
    _next_slide(page, lambda: page.keyboard.press("ArrowRight"))
    heading = page.evaluate(
        "[document.activeElement.tagName, getComputedStyle(document.activeElement).outlineStyle]"
    )
    assert heading == ["H2", "none"]
    # Links on a slide still go where they say.
    link = _a_link_on_a_slide(page)
    href = link.evaluate("a => a.href")
    link.click()
    page.wait_for_url(href)


@pytest.mark.parametrize("leave", ["Escape", "toggle"])
def test_leaving_returns_to_the_section_that_was_shown(projector, base_url, leave):
    page = projector
    page.goto(base_url + "step-3/")
    page.keyboard.press("Shift+P")
    for _ in range(5):
        page.locator(".guide-present-next").click()
    shown = _visible_h2(page)[0]
    if leave == "Escape":
        page.keyboard.press("Escape")
    else:
        page.locator(".guide-present-toggle").click()
    assert not page.evaluate(PRESENTING)
    top, bottom, header = page.evaluate(
        "id => { const r = document.getElementById(id).getBoundingClientRect();"
        " return [r.top, r.bottom, document.querySelector('.md-header').getBoundingClientRect()"
        ".bottom]; }",
        shown,
    )
    assert header <= top and bottom <= PROJECTOR["height"], (shown, top, bottom)
    assert page.evaluate("document.activeElement.id") == shown


def test_a_phone_is_not_offered_slides_and_starts_with_the_page(phone, base_url):
    phone.goto(base_url + "step-3/")
    assert not phone.locator(".guide-present-toggle").is_visible()
    top = phone.evaluate("document.querySelector('article h1').getBoundingClientRect().top")
    assert top < 300


@pytest.mark.parametrize("width", [853, 683], ids=["1280-at-150", "1024-at-150"])
def test_a_projector_with_large_text_is_still_offered_slides(browser, base_url, width):
    context = browser.new_context(viewport={"width": width, "height": 480})
    page = context.new_page()
    page.goto(base_url + "step-3/")
    assert page.locator(".guide-present-toggle").is_visible()
    context.close()


def test_a_touch_tablet_gets_the_button_after_the_page_and_buttons_to_drive(tablet, base_url):
    page = tablet
    page.goto(base_url + "step-2/")
    toggle = page.locator(".guide-present-toggle")
    toggle.scroll_into_view_if_needed()
    assert toggle.is_visible()
    # Not above the page's own heading, and no key hints on a screen without keys.
    assert page.evaluate(
        "document.querySelector('article h1').compareDocumentPosition("
        "document.querySelector('.guide-present-toggle')) & 4"
    )
    assert not page.locator(".guide-present-keys").is_visible()
    toggle.tap()
    assert page.evaluate(PRESENTING)
    first = page.evaluate(POSITION)
    page.locator(".guide-present-next").tap()
    assert page.evaluate(POSITION) != first
    assert page.locator(".guide-present-prev").is_visible()
    assert not page.locator(".guide-present-keys").is_visible()


def test_the_page_does_not_move_when_the_script_starts(browser, base_url):
    tops = {}
    for script in (False, True):
        context, page = _context(
            browser, {"width": 1280, "height": 800}, java_script_enabled=script
        )
        try:
            page.goto(base_url + "step-3/")
            tops[script] = page.locator("article h1").bounding_box()["y"]
            if not script:  # nothing to press without the script
                assert not page.locator(".guide-present-toggle").is_visible()
        finally:
            context.close()
    assert tops[False] == tops[True]


@pytest.mark.parametrize("viewport", [FULL_HD, TABLET], ids=["1080p", "1024"])
def test_slides_have_no_axe_violations(browser, base_url, viewport):
    def presenting(page):
        page.keyboard.press("Shift+P")
        page.keyboard.press("ArrowRight")

    assert violations_at(browser, base_url + "step-3/", viewport, presenting) == []


def test_slides_in_the_dark_scheme_keep_their_contrast(browser, base_url):
    context, page = _context(browser, FULL_HD, color_scheme="dark")
    try:
        page.goto(base_url + "step-3/")
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
        page.keyboard.press("Shift+P")
        page.keyboard.press("ArrowRight")
        assert violations(page) == []
    finally:
        context.close()
