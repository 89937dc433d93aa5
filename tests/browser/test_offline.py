"""Offline: pages visited once still open without a connection; others show a bilingual notice."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.axe import violations
from tests.browser.conftest import offline_after_visiting
from tests.browser.test_offline_cache import eventually
from tests.sitedata import site_data

UI = site_data().ui
NEUTRAL = UI["quick_exit_url"]["en"]
SAVED = "url => caches.match(url).then(Boolean)"

pytestmark = pytest.mark.browser


@pytest.fixture
def visited(browser, base_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "es/step-1/")
    page.evaluate("navigator.serviceWorker.ready")  # installed and active
    page.reload()  # now controlled by the worker, which saves the page and its assets
    page.wait_for_load_state("networkidle")
    yield context, page
    context.close()


def test_a_visited_page_reloads_offline(visited, base_url):
    context, page = visited
    context.set_offline(True)
    page.reload()
    expect(page.locator("article h1")).to_contain_text("Paso 1")
    assert page.locator("#checklist-step-1 input[type=checkbox]").count() == len(
        site_data().checklists["step-1"].items
    )
    context.set_offline(False)


TODAY = (
    "",
    "what-still-works/",
    "retaliation/",
    "u-t-visas/",
    "state-laws/",
    "legal-help/",
    "grant-holders/",
    "for-organizers/",
    "for-lawyers/",
    "for-trainers/",
)


@pytest.mark.parametrize("prefix", ["", "es/"])
def test_the_pages_for_today_reload_offline_once_visited(browser, base_url, prefix):
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + prefix)
    page.evaluate("navigator.serviceWorker.ready")
    titles = {}
    for slug in TODAY:
        page.goto(base_url + prefix + slug)
        page.wait_for_load_state("networkidle")
        titles[slug] = page.locator("article h1").inner_text()
    context.set_offline(True)
    for slug in TODAY:
        page.goto(base_url + prefix + slug)
        expect(page.locator("article h1")).to_have_text(titles[slug])
    expect(page.locator(".guide-triage")).to_have_count(0)  # the last one is a role page
    page.goto(base_url + prefix)
    expect(page.locator(".guide-triage__case").first).to_be_visible()
    context.close()


def test_an_unvisited_page_offline_shows_the_bilingual_notice(visited, base_url):
    context, page = visited
    context.set_offline(True)
    page.goto(base_url + "step-5/")
    expect(page.locator("h1")).to_contain_text("You are offline")
    expect(page.locator("h1")).to_contain_text("No tiene conexión")
    expect(page.locator("#saved-pages a", has_text="Paso 1")).to_be_visible()
    assert violations(page) == []
    page.route(
        NEUTRAL + "**",
        lambda route: route.fulfill(body="<title>Weather</title>", content_type="text/html"),
    )
    for _ in range(3):
        page.keyboard.press("Shift")  # quick exit works here too
    page.wait_for_url(NEUTRAL)
    context.set_offline(False)


def test_saved_pages_can_be_deleted_and_pages_opened_afterwards_are_saved_again(visited, base_url):
    context, page = visited
    page.goto(base_url + "es/progress/")
    page.locator("[data-action=forget-offline]").click()
    cleared = site_data().ui["offline_cleared"]["es"]
    expect(page.locator(".guide-offline-copies [role=status]")).to_have_text(cleared)
    # Everything the worker kept is gone, the worker too (tests/browser/test_offline_cache.py);
    # the next page opened registers it again, with the offline notice.
    page.goto(base_url + "es/")
    page.evaluate("navigator.serviceWorker.ready")
    eventually(page, "caches.match('/offline.html').then(Boolean)")
    eventually(page, SAVED, base_url + "es/")
    context.set_offline(True)
    page.goto(base_url + "es/step-1/")  # saved before, deleted now
    expect(page.locator("h1")).to_contain_text("No tiene conexión")
    expect(page.locator("#saved-pages")).to_have_attribute("data-listed", "true")  # cache read
    # Only the page opened since: the Spanish home page.
    expect(page.locator("#saved-pages a")).to_have_count(1)
    assert page.locator("#saved-pages a").get_attribute("href") == base_url + "es/"
    context.set_offline(False)


def test_the_first_page_opened_is_saved_with_its_files(browser, base_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "step-3/")  # a shared link, opened once
    heading = page.locator("article h1").inner_text()
    page.evaluate("navigator.serviceWorker.ready")
    eventually(page, SAVED, base_url + "step-3/")
    context.set_offline(True)
    page.reload()
    expect(page.locator("article h1")).to_have_text(heading)
    # With the files it uses, saved with it: the theme's styles apply.
    assert page.locator(".md-header").evaluate("e => getComputedStyle(e).position") == "sticky"
    context.close()


def test_the_first_page_saved_is_deleted_with_everything_else(browser, base_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "progress/")
    page.evaluate("navigator.serviceWorker.ready")
    eventually(page, SAVED, base_url + "progress/")
    page.locator("[data-action=forget-offline]").click()
    expect(page.locator(".guide-offline-copies [role=status]")).to_have_text(
        UI["offline_cleared"]["en"]
    )
    page.wait_for_timeout(300)  # nothing the worker was doing puts a copy back
    assert page.evaluate("caches.keys()") == []
    context.close()


def _heading(page, url: str) -> str:
    page.goto(url)
    return page.locator("article h1").text_content().strip()


def test_the_offline_notice_lists_saved_pages_by_title_and_date(browser, page, base_url):
    english, spanish = _heading(page, base_url + "step-1/"), _heading(page, base_url + "es/step-2/")
    with offline_after_visiting(browser, base_url, "step-1/", "es/step-2/") as reader:
        reader.goto(base_url + "es/step-5/")  # never opened: the notice, for a Spanish reader
        expect(reader.locator("#saved-pages")).to_have_attribute("data-listed", "true")
        items = reader.locator("#saved-pages li")
        expect(items.first).to_contain_text(spanish)  # the reader's language first
        expect(items.first).to_have_attribute("lang", "es")
        expect(items.first).to_contain_text(re.compile(r"guardada el \d{1,2} de [a-z]+ de \d{4}"))
        english_item = items.filter(has=reader.get_by_role("link", name=english, exact=True))
        expect(english_item).to_have_attribute("lang", "en")
        expect(english_item).to_contain_text(re.compile(r"saved [A-Z][a-z]+ \d{1,2}, \d{4}"))
        expect(reader.get_by_text(UI["offline_stale"]["en"])).to_be_visible()
        expect(reader.get_by_text(UI["offline_stale"]["es"])).to_be_visible()
        assert violations(reader) == []


def test_search_offline_says_it_needs_a_connection(browser, base_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "es/step-1/")  # search never opened: its index was never downloaded
    page.evaluate("navigator.serviceWorker.ready")
    context.set_offline(True)
    page.click(".md-search__input")
    page.locator(".md-search__input").press_sequentially("represalias")
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_have_text(UI["search_offline"]["es"], timeout=3000)
    expect(meta).to_be_visible()
    assert violations(page) == []
    context.close()


def test_the_cache_name_carries_the_build_version(built):
    worker = (built.site / "sw.js").read_text(encoding="utf-8")
    assert re.search(r'var CACHE = "dale-guide-[0-9a-f]{12}";', worker)
