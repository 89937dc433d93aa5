"""Ticks saved from several tabs or pages, malformed stores and renamed items: no tick is lost.

Every write reads the store afresh and changes one item; open pages follow other tabs' changes.
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import DESKTOP
from tests.paths import LANGS, OTHER_LANG_PREFIXES, lang_of
from tests.sitedata import site_data

pytestmark = pytest.mark.browser

KEY = "dale-guide:checklists"
DATA = site_data()
STEP1 = DATA.checklists["step-1"]
FIRST, SECOND, THIRD = (item.id for item in STEP1.items[:3])
TOTAL = len(STEP1.items)


def box(page: Page, item: str, checklist: str = "step-1"):
    return page.locator(f"#cl-{checklist}-{item}")


def stored(page: Page):
    raw = page.evaluate(f"localStorage.getItem('{KEY}')")
    return json.loads(raw) if raw else None


def put(page: Page, value) -> None:
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, json.dumps(value)])


def progress(page: Page, lang: str = LANGS[0], done: int = 0) -> str:
    return DATA.text("checklist_progress", lang, done=done, total=TOTAL)


@pytest.fixture
def two_pages(browser):
    """Two tabs of one browser (they share localStorage and get each other's storage events)."""
    context = browser.new_context(viewport=DESKTOP)
    yield context.new_page(), context.new_page()
    context.close()


# Two tabs of one page, the whole guide and a chapter, and a chapter with each translation's
# whole guide.
PAIRS = {
    "two-tabs": ("step-1/", "step-1/"),
    "print-and-step": ("print/", "step-1/"),
    **{
        f"step-and-{lang}-print": ("step-1/", f"{prefix}print/")
        for prefix, lang in OTHER_LANG_PREFIXES
    },
}


@pytest.mark.parametrize("first_path, second_path", PAIRS.values(), ids=PAIRS.keys())
def test_two_open_pages_ticking_one_list_keep_both_ticks(
    two_pages, base_url, first_path, second_path
):
    older, newer = two_pages
    older.goto(base_url + first_path)  # opened first: its memory knows no tick
    newer.goto(base_url + second_path)
    box(newer, FIRST).check()
    box(older, SECOND).check()  # must not erase the other page's tick
    assert stored(older) == {"version": 1, "lists": {"step-1": {FIRST: True, SECOND: True}}}
    # Each page shows the other's tick without a reload.
    expect(box(older, FIRST)).to_be_checked()
    expect(box(newer, SECOND)).to_be_checked()
    lang = lang_of(second_path)
    expect(newer.locator("#checklist-step-1 .guide-checklist__progress")).to_have_text(
        progress(newer, lang, done=2)
    )
    # Unticking is one item too.
    box(newer, FIRST).uncheck()
    expect(box(older, FIRST)).not_to_be_checked()
    assert stored(newer)["lists"] == {"step-1": {SECOND: True}}
    older.reload()
    assert box(older, SECOND).is_checked() and not box(older, FIRST).is_checked()


def test_reset_in_one_tab_clears_that_list_everywhere_and_keeps_the_others(
    browser, base_url, other_lang
):
    prefix, _ = other_lang
    context = browser.new_context(viewport=DESKTOP)
    step1, other_step1, step2 = context.new_page(), context.new_page(), context.new_page()
    step2_first = DATA.checklists["step-2"].items[0].id
    for page, path in ((step1, "step-1/"), (other_step1, f"{prefix}step-1/"), (step2, "step-2/")):
        page.goto(base_url + path)
    box(step1, FIRST).check()
    box(step2, step2_first, "step-2").check()
    expect(box(other_step1, FIRST)).to_be_checked()
    step1.once("dialog", lambda d: d.accept())
    step1.locator("#checklist-step-1 [data-action=reset]").click()
    assert stored(step2)["lists"] == {"step-2": {step2_first: True}}
    expect(box(other_step1, FIRST)).not_to_be_checked()
    expect(box(step2, step2_first, "step-2")).to_be_checked()
    context.close()


def test_the_progress_page_follows_ticks_made_in_another_tab(two_pages, base_url):
    summary, checklist = two_pages
    summary.goto(base_url + "progress/")
    checklist.goto(base_url + "step-1/")
    row = summary.locator('[data-checklist-summary="step-1"] .guide-progress__count')
    expect(row).to_have_text(progress(summary))
    box(checklist, THIRD).check()
    expect(row).to_have_text(progress(summary, done=1))


MALFORMED = {
    "version": 1,
    "note": {"kept": ["as", "is"]},  # an unknown top-level key
    "lists": {
        "step-1": {FIRST: "yes", "not-an-item": 3},  # values other than true
        "step-2": "garbage",  # a list that is not a list
        "step-9": [1, 2],
    },
}


def test_a_tick_changes_only_its_own_item_and_keeps_malformed_parts(page, base_url):
    page.goto(base_url + "step-1/")
    put(page, MALFORMED)
    page.reload()
    assert not page.locator("#checklist-step-1 .guide-checklist__storage").is_visible()
    assert not box(page, FIRST).is_checked()  # "yes" is not a tick
    box(page, THIRD).check()
    expected = json.loads(json.dumps(MALFORMED))
    expected["lists"]["step-1"][THIRD] = True
    assert stored(page) == expected
    box(page, THIRD).uncheck()
    assert stored(page) == MALFORMED
    # A store of another version stays read-only, as before (tests/browser/test_checklists.py).
    newer = {**MALFORMED, "version": 2}
    put(page, newer)
    page.reload()
    assert page.locator("#checklist-step-1 .guide-checklist__storage").is_visible()
    box(page, SECOND).check()
    assert stored(page) == newer


def _with_renamed(route, renamed: dict[str, str]) -> None:
    """Serve the real page with data-renamed-from on some items, as the checklist markup will."""
    html = route.fetch().text()
    for new, old in renamed.items():
        item = f'data-item="{new}"'
        html = html.replace(f"{item}>", f'{item} data-renamed-from="{old}">', 1)
    route.fulfill(body=html, content_type="text/html; charset=utf-8")


@pytest.fixture
def no_worker(browser):
    """A page whose requests page.route sees: no service worker answers them first."""
    context = browser.new_context(viewport=DESKTOP, service_workers="block")
    yield context.new_page()
    context.close()


def test_a_renamed_item_keeps_its_tick(no_worker, base_url):
    page = no_worker
    page.route(
        base_url + "step-1/",
        lambda route: _with_renamed(route, {FIRST: "old-first older-first", SECOND: "old-second"}),
    )
    page.goto(base_url + "quick-exit/")
    put(
        page,
        {
            "version": 1,
            "other": True,
            "lists": {
                "step-1": {"older-first": True, THIRD: True, "gone": True, "old-second": "yes"},
                "step-2": {"x": True},
            },
        },
    )
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(base_url + "step-1/")
    assert box(page, FIRST).is_checked()  # ticked under a former id
    assert not box(page, SECOND).is_checked()  # its former id held no tick
    assert box(page, THIRD).is_checked()
    expect(page.locator("#checklist-step-1 .guide-checklist__progress")).to_have_text(
        progress(page, done=2)
    )
    # Moved in one write: the new id ticked, the former id gone, everything else as it was.
    assert stored(page) == {
        "version": 1,
        "other": True,
        "lists": {
            "step-1": {FIRST: True, THIRD: True, "gone": True, "old-second": "yes"},
            "step-2": {"x": True},
        },
    }
    page.reload()
    assert box(page, FIRST).is_checked()
    box(page, FIRST).uncheck()
    assert FIRST not in stored(page)["lists"]["step-1"]
    assert errors == []


def test_the_progress_page_counts_a_renamed_item_and_moves_its_tick(no_worker, base_url):
    page = no_worker

    def renamed(route):
        html = route.fetch().text()
        row = 'data-checklist-summary="step-1"'
        assert row in html
        route.fulfill(
            body=html.replace(row, f'{row} data-renamed="{SECOND}:old-second"', 1),
            content_type="text/html; charset=utf-8",
        )

    page.route(base_url + "progress/", renamed)
    page.goto(base_url + "quick-exit/")
    put(page, {"version": 1, "lists": {"step-1": {"old-second": True, FIRST: True}}})
    page.goto(base_url + "progress/")
    expect(page.locator('[data-checklist-summary="step-1"] .guide-progress__count')).to_have_text(
        progress(page, done=2)
    )
    assert stored(page) == {"version": 1, "lists": {"step-1": {SECOND: True, FIRST: True}}}


def test_a_rename_that_cannot_be_saved_still_shows_the_tick(browser, base_url):
    context = browser.new_context(viewport=DESKTOP, service_workers="block")
    # A full store: the page can read but not write (the test keeps a way to fill it).
    context.add_init_script("""Storage.prototype.fill = Storage.prototype.setItem;
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError'); };""")
    page = context.new_page()
    page.route(base_url + "step-1/", lambda route: _with_renamed(route, {FIRST: "old-first"}))
    page.goto(base_url + "quick-exit/")
    raw = json.dumps({"version": 1, "lists": {"step-1": {"old-first": True}}})
    page.evaluate("([k, v]) => localStorage.fill(k, v)", [KEY, raw])
    page.goto(base_url + "step-1/")
    assert box(page, FIRST).is_checked()
    assert page.evaluate(f"localStorage.getItem('{KEY}')") == raw
    context.close()


RENAMED = [
    (cl.id, item.id, item.renamed_from[0])
    for cl in DATA.checklists.values()
    for item in cl.items
    if getattr(item, "renamed_from", None)
]


@pytest.mark.skipif(not RENAMED, reason="no item of the data names a former id")
def test_the_progress_page_counts_ticks_under_former_ids_from_the_data(page, base_url, other_lang):
    prefix, lang = other_lang
    checklist, new, old = RENAMED[0]
    total = len(DATA.checklists[checklist].items)
    page.goto(f"{base_url}{prefix}progress/")
    put(page, {"version": 1, "lists": {checklist: {old: True}}})
    page.reload()
    count = page.locator(f'[data-checklist-summary="{checklist}"] .guide-progress__count')
    expect(count).to_have_text(DATA.text("checklist_progress", lang, done=1, total=total))
    assert stored(page)["lists"][checklist] == {new: True}
