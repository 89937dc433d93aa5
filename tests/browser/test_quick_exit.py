"""Quick exit: a click or Shift x3 leaves for a neutral site and takes this page out of history."""

import pytest

from tests.browser.conftest import NO_WORKER
from tests.paths import LANG_PREFIXES, LANGS, OTHER_LANG_PREFIXES
from tests.sitedata import site_data

pytestmark = pytest.mark.browser

DATA = site_data()
NEUTRAL = DATA.text("quick_exit_url", LANGS[0])


def answer_neutral_sites(page):
    # Answer for every language's neutral site inside the browser: no test reaches the network.
    for url in {DATA.text("quick_exit_url", lang) for lang in LANGS}:
        page.route(
            url + "**",
            lambda route: route.fulfill(body="<title>Weather</title>", content_type="text/html"),
        )
    return page


@pytest.fixture
def neutral(page):
    return answer_neutral_sites(page)


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_button_leaves_and_back_does_not_return_to_the_page(neutral, base_url, prefix, lang):
    page = neutral
    page.goto(f"{base_url}{prefix}overview/")
    page.goto(f"{base_url}{prefix}confidentiality/")
    page.locator("[data-quick-exit-link]").click()
    page.wait_for_url(DATA.text("quick_exit_url", lang))
    page.go_back()
    assert page.url == f"{base_url}{prefix}overview/"  # confidentiality/ was replaced


def test_pressing_shift_three_times_leaves(neutral, base_url):
    page = neutral
    page.goto(base_url + "step-4/")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL)


def test_two_shift_presses_do_nothing(neutral, base_url):
    page = neutral
    page.goto(base_url + "step-4/")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    assert page.evaluate("document.body.style.display") != "none"  # leaving hides it at once
    assert page.url == base_url + "step-4/"


def test_typing_capitals_with_shift_does_not_leave(neutral, base_url):
    page = neutral
    page.goto(base_url + "step-4/")
    page.click(".md-search__input")
    for letter in "ICE":
        page.keyboard.press(f"Shift+{letter}")
    assert page.evaluate("document.body.style.display") != "none"
    assert page.locator(".md-search__input").input_value() == "ICE"
    assert page.url == base_url + "step-4/"


def test_every_page_has_the_button_and_a_link_to_what_it_does(page, base_url):
    for path in (
        "404.html",
        "",
        *(f"{p}step-2/" for p, _ in OTHER_LANG_PREFIXES),
        "agencies/nlrb/",
    ):
        page.goto(base_url + path)
        assert page.locator("[data-quick-exit-link]").is_visible(), path
    page.locator(".guide-exit__about").click()
    assert page.url.endswith("quick-exit/")


# Where the button is against the header bar and what is under its middle, at this scroll.
PLACE = """() => {
  const exit = document.querySelector('.guide-exit__button').getBoundingClientRect();
  const bar = document.querySelector('.md-header').getBoundingClientRect();
  const label = document.querySelector('.guide-exit__label').getBoundingClientRect();
  const under = document.elementFromPoint(exit.left + exit.width / 2, exit.top + exit.height / 2);
  return {inBar: exit.top >= bar.top && exit.bottom <= bar.bottom && exit.left >= bar.left
            && exit.right <= bar.right && bar.top === 0,
          onTop: !!under && !!under.closest('[data-quick-exit-link]'),
          dx: Math.abs((label.left + label.right - exit.left - exit.right) / 2),
          dy: Math.abs((label.top + label.bottom - exit.top - exit.bottom) / 2)};
}"""

# A phone, and a 1280-pixel screen at 200% zoom (what the page gets is half as many pixels).
SCREENS = {"phone": {"width": 390, "height": 844}, "zoom-200": {"width": 640, "height": 400}}


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize(
    "path",
    [
        "step-3/",
        *(
            prefix + path
            for prefix, _ in OTHER_LANG_PREFIXES
            for path in ("agencies/nlrb/", "progress/")
        ),
    ],
)
def test_the_button_sits_in_the_header_and_covers_nothing_at_any_scroll(
    browser, base_url, screen, path
):
    context = browser.new_context(
        viewport=SCREENS[screen], has_touch=screen == "phone", **NO_WORKER
    )
    page = context.new_page()
    page.goto(base_url + path)
    height = page.evaluate("document.documentElement.scrollHeight")
    for y in (0, height // 3, 2 * height // 3, height):
        page.evaluate(f"window.scrollTo(0, {y})")
        place = page.evaluate(PLACE)
        # Inside the opaque bar that nothing is drawn over: no text, label or cell beneath it.
        assert place["inBar"] and place["onTop"], (path, screen, y)
        assert place["dx"] <= 2 and place["dy"] <= 2, f"label off centre: {place}"
    context.close()


# The header's search button, and the menu button menu-key.js puts in place of the theme's label.
OPENERS = {
    "search": 'label.md-header__button[for="__search"]',
    "drawer": "button.guide-menu-button",
}


# The smallest phone the guide is read on, with nothing open, or with search or the menu opened
# by its header button: the whole button is on the screen, and one tap on it leaves.
@pytest.mark.parametrize("opened", [None, "search", "drawer"], ids=["closed", "search", "menu"])
@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_one_tap_leaves_a_narrow_phone_even_with_search_or_the_menu_open(
    browser, base_url, prefix, lang, opened
):
    context = browser.new_context(
        viewport={"width": 320, "height": 640}, has_touch=True, **NO_WORKER
    )
    page = answer_neutral_sites(context.new_page())
    page.goto(f"{base_url}{prefix}step-1/")
    if opened:
        page.locator(OPENERS[opened]).tap()
        page.wait_for_function(f"document.getElementById('__{opened}').checked")
        page.wait_for_timeout(400)  # the theme's opening transition (0.25-0.3 s)
    box = page.locator("[data-quick-exit-link]").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320, f"cut off: {box}"
    page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(DATA.text("quick_exit_url", lang) + "**")
    context.close()
