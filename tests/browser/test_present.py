"""Presentation mode: one section at a time, keyboard to move, Escape to leave, prints whole."""

import pytest

from guide.loader import load_site_data
from tests.browser.axe import violations
from tests.paths import ROOT

pytestmark = pytest.mark.browser

PROJECTOR = {"width": 1280, "height": 720}
UI = load_site_data(ROOT).ui


def _visible_h2(page) -> list[str]:
    return page.eval_on_selector_all(
        "article > h2", "els => els.filter(h => h.offsetParent !== null).map(h => h.id)")


@pytest.fixture
def projector(browser):
    context = browser.new_context(viewport=PROJECTOR)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("lang", ["", "es/"])
def test_keyboard_flow_moves_focus_section_by_section(projector, base_url, lang):
    page = projector
    page.goto(f"{base_url}{lang}step-2/")
    all_ids = page.eval_on_selector_all("article > h2", "els => els.map(h => h.id)")
    page.keyboard.press("Shift+P")
    assert page.evaluate("document.body.classList.contains('guide-presenting')")
    assert _visible_h2(page) == []  # the first slide is the introduction
    assert not page.locator(".md-header").is_visible()
    page.keyboard.press("ArrowRight")
    assert _visible_h2(page) == [all_ids[0]]
    assert page.evaluate("document.activeElement.id") == all_ids[0]
    assert page.locator(".guide-status__headline").is_visible()  # where the policy stands
    page.keyboard.press("PageDown")
    assert _visible_h2(page) == [all_ids[1]]
    page.keyboard.press("ArrowLeft")
    assert page.evaluate("document.activeElement.id") == all_ids[0]
    size = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('article p')).fontSize)")
    assert size >= 28  # readable from the back of a room
    assert violations(page) == []
    page.keyboard.press("Escape")
    assert _visible_h2(page) == all_ids
    assert page.evaluate("document.activeElement.className").find("guide-present-toggle") >= 0


def test_button_toggles_and_printing_shows_every_section(projector, base_url):
    page = projector
    page.goto(base_url + "step-3/")
    page.locator(".guide-present-toggle").click()
    assert page.locator(".guide-present-toggle").inner_text() == UI["present_leave"].en
    page.emulate_media(media="print")
    hidden = page.eval_on_selector_all(
        "article > h2", "els => els.filter(h => !h.offsetParent).length")
    assert hidden == 0


def test_nothing_is_remembered_after_the_visit(projector, base_url):
    page = projector
    snapshot = "JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])"
    page.goto(base_url + "step-1/")
    before = page.evaluate(snapshot)
    page.keyboard.press("Shift+P")
    page.keyboard.press("ArrowRight")
    assert page.evaluate(snapshot) == before  # nothing written
    page.reload()
    assert not page.evaluate("document.body.classList.contains('guide-presenting')")
