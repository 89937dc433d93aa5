"""Quick exit: a click or Shift x3 leaves for a neutral site and takes this page out of history."""

import pytest

from guide.loader import load_site_data
from tests.paths import ROOT

pytestmark = pytest.mark.browser

NEUTRAL = load_site_data(ROOT).ui["quick_exit_url"].en


@pytest.fixture
def neutral(page):
    # Answer for the neutral site inside the browser: the test never reaches the real network.
    page.route(NEUTRAL + "**", lambda route: route.fulfill(body="<title>Weather</title>",
                                                          content_type="text/html"))
    return page


@pytest.mark.parametrize("lang", ["", "es/"])
def test_button_leaves_and_back_does_not_return_to_the_page(neutral, base_url, lang):
    page = neutral
    page.goto(f"{base_url}{lang}overview/")
    page.goto(f"{base_url}{lang}confidentiality/")
    page.locator("[data-quick-exit-link]").click()
    page.wait_for_url(NEUTRAL)
    page.go_back()
    assert page.url == f"{base_url}{lang}overview/"  # confidentiality/ was replaced


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
    for path in ("404.html", "", "es/step-2/", "agencies/nlrb/"):
        page.goto(base_url + path)
        assert page.locator("[data-quick-exit-link]").is_visible(), path
    page.locator(".guide-exit__about").click()
    assert page.url.endswith("quick-exit/")


COVERED = """() => {
  const exit = document.querySelector('.guide-exit').getBoundingClientRect();
  const hit = r => r.width && r.height && r.left < exit.right && r.right > exit.left
    && r.top < exit.bottom && r.bottom > exit.top;
  return [...document.querySelectorAll('a[href], button, input')]
    // The menu drawer is closed (off screen) on a phone, so its links are left out.
    .filter(el => !el.closest('.guide-exit, .md-sidebar') && el.offsetParent !== null)
    .filter(el => hit(el.getBoundingClientRect()))
    .map(el => el.outerHTML.slice(0, 80));
}"""


@pytest.mark.parametrize("path", ["step-2/", "es/progress/"])
def test_at_the_bottom_of_a_page_the_button_covers_no_link(phone, base_url, path):
    phone.goto(base_url + path)
    phone.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    assert phone.locator(".md-footer__link--next").is_visible()  # really at the bottom
    assert phone.evaluate(COVERED) == []
