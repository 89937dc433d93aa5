"""Checklists in a real browser: saved on the device, shared across languages, robust storage."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from tests.browser.axe import violations_at
from tests.browser.conftest import DESKTOP, NO_WORKER, PHONE
from tests.paths import LANG_PREFIXES, LANGS, PREFIXES
from tests.sitedata import site_data

pytestmark = pytest.mark.browser

KEY = "dale-guide:checklists"
DATA = site_data()
STEP1 = DATA.checklists["step-1"]
FIRST, SECOND = STEP1.items[0].id, STEP1.items[1].id


def box(page: Page, item: str, checklist: str = "step-1"):
    return page.locator(f"#cl-{checklist}-{item}")


def stored(page: Page):
    raw = page.evaluate(f"localStorage.getItem('{KEY}')")
    return json.loads(raw) if raw else None


def progress(page: Page) -> str:
    return page.locator("#checklist-step-1 .guide-checklist__progress").inner_text()


def collect_errors(page: Page) -> list[str]:
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return errors


def test_tick_survives_a_reload_and_is_stored_by_id(page, base_url):
    page.goto(base_url + "step-1/")
    total = len(STEP1.items)
    assert progress(page) == DATA.text("checklist_progress", LANGS[0], done=0, total=total)
    box(page, SECOND).check()
    assert progress(page) == DATA.text("checklist_progress", LANGS[0], done=1, total=total)
    assert stored(page) == {"version": 1, "lists": {"step-1": {SECOND: True}}}
    page.reload()
    assert box(page, SECOND).is_checked()
    assert not box(page, FIRST).is_checked()
    assert progress(page) == DATA.text("checklist_progress", LANGS[0], done=1, total=total)


def test_tick_in_a_translation_shows_ticked_in_english(page, base_url, other_lang):
    prefix, lang = other_lang
    page.goto(f"{base_url}{prefix}step-1/")
    box(page, FIRST).check()
    assert progress(page) == DATA.text("checklist_progress", lang, done=1, total=len(STEP1.items))
    page.goto(base_url + "step-1/")
    assert box(page, FIRST).is_checked()


def test_reset_asks_first_and_clears_only_that_checklist(page, base_url):
    page.goto(base_url + "step-2/")
    step2_first = site_data().checklists["step-2"].items[0].id
    box(page, step2_first, "step-2").check()
    page.goto(base_url + "step-1/")
    box(page, FIRST).check()
    reset = page.locator("#checklist-step-1 [data-action=reset]")
    page.once("dialog", lambda d: d.dismiss())
    reset.click()
    assert box(page, FIRST).is_checked()  # cancelled: nothing cleared
    page.once("dialog", lambda d: d.accept())
    reset.click()
    assert not box(page, FIRST).is_checked()
    assert stored(page)["lists"] == {"step-2": {step2_first: True}}


def test_keyboard_only_tab_and_space(page, base_url):
    page.goto(base_url + "step-1/")
    page.locator("#checklist-step-1-title").scroll_into_view_if_needed()
    page.evaluate("document.querySelector('#checklist-step-1-title').setAttribute('tabindex','-1')")
    page.focus("#checklist-step-1-title")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == f"cl-step-1-{FIRST}"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # a visible focus ring
    page.keyboard.press("Space")
    assert box(page, FIRST).is_checked()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == f"cl-step-1-{SECOND}"


def test_touch_targets_are_at_least_44px(phone, base_url):
    phone.goto(base_url + "step-1/")
    label = phone.locator(f"label[for=cl-step-1-{FIRST}]").bounding_box()
    assert label["height"] >= 44


def test_without_javascript_the_list_reads_with_empty_boxes(browser, base_url, other_lang):
    prefix, lang = other_lang
    context = browser.new_context(java_script_enabled=False, viewport=DESKTOP)
    page = context.new_page()
    page.goto(f"{base_url}{prefix}step-1/")
    boxes = page.locator("#checklist-step-1 input[type=checkbox]")
    assert boxes.count() == len(STEP1.items)
    assert all(not boxes.nth(i).is_checked() for i in range(boxes.count()))
    assert (
        page.locator(f"label[for=cl-step-1-{FIRST}]")
        .inner_text()
        .startswith(STEP1.items[0][lang].text)
    )
    assert not page.locator("#checklist-step-1 .guide-checklist__actions").is_visible()
    assert not page.locator("#checklist-step-1 .guide-checklist__progress").is_visible()
    context.close()


BLOCKED = """Object.defineProperty(window, 'localStorage', {
  get() { throw new DOMException('blocked', 'SecurityError'); } });"""
FULL = """Storage.prototype.setItem = function () {
  throw new DOMException('full', 'QuotaExceededError'); };"""


@pytest.mark.parametrize("script", [BLOCKED, FULL], ids=["blocked", "full"])
def test_blocked_or_full_storage_still_works_for_the_visit(browser, base_url, script):
    context = browser.new_context(viewport=DESKTOP)
    context.add_init_script(script)
    page = context.new_page()
    errors = collect_errors(page)
    page.goto(base_url + "step-1/")
    box(page, FIRST).check()
    assert box(page, FIRST).is_checked()
    assert progress(page).startswith("1 of")
    warning = page.locator("#checklist-step-1 .guide-checklist__storage")
    assert warning.is_visible()
    expect(warning).to_have_text(DATA.text("checklist_storage_unavailable", LANGS[0]))
    assert errors == []
    context.close()


@pytest.mark.parametrize(
    "raw",
    ["{not json", json.dumps({"version": 2, "lists": {"step-1": {"x": True}}}), "[1, 2]"],
    ids=["invalid-json", "newer-version", "wrong-shape"],
)
def test_corrupt_storage_gives_no_error_and_is_not_overwritten(page, base_url, raw):
    errors = collect_errors(page)
    page.goto(base_url + "step-1/")
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, raw])
    page.reload()
    warning = page.locator("#checklist-step-1 .guide-checklist__storage")
    assert warning.is_visible()
    # Damaged ticks: the reader is told that clearing mends them. A newer page's ticks: left be.
    why = "checklist_storage_unavailable" if "version" in raw else "checklist_storage_unreadable"
    expect(warning).to_have_text(DATA.text(why, LANGS[0]))
    box(page, FIRST).check()
    assert box(page, FIRST).is_checked()
    assert page.evaluate(f"localStorage.getItem('{KEY}')") == raw  # nothing lost
    assert errors == []


def test_a_malformed_list_is_kept_and_warned_until_that_checklist_is_cleared(page, base_url):
    page.goto(base_url + "step-1/")
    mixed = {"version": 1, "lists": {"step-1": "oops", "step-2": {"a": True, "b": "yes"}}}
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, json.dumps(mixed)])
    page.reload()
    # Ticking cannot be saved without replacing what is stored for this list: say so, keep it.
    assert page.locator("#checklist-step-1 .guide-checklist__storage").is_visible()
    box(page, FIRST).check()
    assert box(page, FIRST).is_checked()
    assert stored(page) == mixed
    # Clearing this checklist is the reader's own choice to drop what it held; then ticks save.
    page.once("dialog", lambda d: d.accept())
    page.locator("#checklist-step-1 [data-action=reset]").click()
    assert stored(page)["lists"] == {"step-2": {"a": True, "b": "yes"}}
    page.reload()
    assert not page.locator("#checklist-step-1 .guide-checklist__storage").is_visible()
    box(page, FIRST).check()
    assert stored(page)["lists"] == {"step-1": {FIRST: True}, "step-2": {"a": True, "b": "yes"}}


def test_progress_page_lists_and_clears_everything(page, base_url):
    page.goto(base_url + "step-1/")
    box(page, FIRST).check()
    box(page, SECOND).check()
    page.locator(".guide-progress-link a").click()
    assert page.url == base_url + "progress/"
    row = page.locator('[data-checklist-summary="step-1"]')
    expect(row).to_contain_text(f": 2 of {len(STEP1.items)} done")
    page.once("dialog", lambda d: d.accept())
    page.locator("[data-action=clear-all]").click()
    expect(row).to_contain_text(f": 0 of {len(STEP1.items)} done")
    assert stored(page) is None
    assert "cleared" in page.locator(".guide-progress__status").inner_text()


def test_clear_all_recovers_a_corrupt_store(page, base_url, other_lang):
    prefix, lang = other_lang
    page.goto(f"{base_url}{prefix}progress/")
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, "{broken"])
    page.reload()
    warning = page.locator(".guide-progress .guide-checklist__storage")
    expect(warning).to_have_text(DATA.text("checklist_storage_unreadable", lang))
    page.once("dialog", lambda d: d.accept())
    page.locator("[data-action=clear-all]").click()
    assert stored(page) is None
    assert not page.locator(".guide-progress .guide-checklist__storage").is_visible()


def test_print_shows_hints_but_no_chrome(page, base_url):
    # Whether ticks show on paper is tested in test_print.py (blank unless asked).
    page.goto(base_url + "step-1/")
    page.emulate_media(media="print")
    hinted = next(i for i in STEP1.items if i[LANGS[0]].hint)
    assert page.locator(f"#cl-step-1-{hinted.id}-hint").is_visible()
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", "[data-action=reset]"):
        assert page.locator(chrome).count() >= 1, f"{chrome} is not on the page at all"
        assert not page.locator(chrome).first.is_visible(), chrome


def test_print_this_checklist_prints_only_that_checklist(browser, base_url):
    context = browser.new_context(viewport=DESKTOP, **NO_WORKER)
    context.add_init_script("window.print = () => { window.__printed = true; };")
    page = context.new_page()
    page.goto(base_url + "step-1/")
    page.locator("#checklist-step-1 [data-action=print]").click()
    assert page.evaluate("window.__printed") is True
    page.emulate_media(media="print")
    assert page.locator("#checklist-step-1").is_visible()
    assert not page.locator(".md-content__inner > p:not(.guide-jump)").first.is_visible()
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.locator(".md-content__inner > p:not(.guide-jump)").first.is_visible()
    context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("prefix", PREFIXES, ids=LANGS)
def test_checklist_page_has_no_axe_violations(browser, base_url, viewport, prefix):
    # A ticked box and the shown progress line are checked too.
    assert (
        violations_at(
            browser, f"{base_url}{prefix}step-1/", viewport, lambda page: box(page, FIRST).check()
        )
        == []
    )


# Some apps' built-in browsers block "are you sure?" boxes: confirm() answers no at once.
NO_BOXES = "window.confirm = () => false;"


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_clearing_asks_on_the_button_where_the_browser_blocks_confirm_boxes(
    page, base_url, prefix, lang
):
    again = DATA.text("confirm_press_again", lang)
    page.add_init_script(NO_BOXES)
    page.goto(f"{base_url}{prefix}step-1/")
    box(page, FIRST).check()
    reset = page.locator("#checklist-step-1 [data-action=reset]")
    reset.click()
    expect(reset).to_have_text(again)  # the button asks; nothing is cleared yet
    assert stored(page)["lists"]["step-1"]
    reset.click()
    assert not box(page, FIRST).is_checked() and "step-1" not in stored(page)["lists"]
    expect(reset).to_have_text(DATA.text("checklist_reset", lang))
    box(page, FIRST).check()
    page.goto(f"{base_url}{prefix}progress/")
    clear = page.locator("[data-action=clear-all]")
    clear.click()
    expect(clear).to_have_text(again)
    assert stored(page) is not None
    clear.click()
    assert stored(page) is None
    expect(page.locator(".guide-progress__status")).to_have_text(
        DATA.text("progress_cleared", lang)
    )
