"""Offline: pages visited once still open without a connection; others show a notice in every
language."""

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from guide.dates import long_date
from guide.pages import page_titles
from guide.status import phrase
from tests.browser.axe import violations
from tests.browser.conftest import (
    eventually,
    offline_after_visiting,
    search_word,
    wait_until_saved,
)
from tests.paths import LANGS, PREFIXES, ROOT
from tests.sitedata import site_data

UI = site_data().ui
NEUTRAL = UI["quick_exit_url"][LANGS[0]]
SAVED = "url => caches.match(url).then(Boolean)"
STEP1_TITLE = {lang: page_titles(ROOT / "docs", lang)["step-1.md"] for lang in LANGS}

pytestmark = pytest.mark.browser


def _saved_lately(lang: str) -> re.Pattern:
    """How the notice dates a page saved today in `lang` (or a day either side: the browser's
    clock, not this process's, says when)."""
    days = [dt.date.today() + dt.timedelta(days=n) for n in (-1, 0, 1)]
    said = [UI["offline_saved_on"][lang].format(date=long_date(day, lang)) for day in days]
    return re.compile("|".join(map(re.escape, said)))


def test_a_visited_page_reloads_offline(controlled, base_url, other_lang):
    _, lang = other_lang
    context, page = controlled
    context.set_offline(True)
    page.reload()
    expect(page.locator("article h1")).to_contain_text(STEP1_TITLE[lang])
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


@pytest.mark.parametrize("prefix", PREFIXES, ids=LANGS)
def test_the_pages_for_today_reload_offline_once_visited(browser, base_url, prefix):
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + prefix)
    page.evaluate("navigator.serviceWorker.ready")
    titles = {}
    for slug in TODAY:
        page.goto(base_url + prefix + slug)
        wait_until_saved(page)
        titles[slug] = page.locator("article h1").inner_text()
    context.set_offline(True)
    for slug in TODAY:
        page.goto(base_url + prefix + slug)
        expect(page.locator("article h1")).to_have_text(titles[slug])
    expect(page.locator(".guide-triage")).to_have_count(0)  # the last one is a role page
    page.goto(base_url + prefix)
    expect(page.locator(".guide-triage__case").first).to_be_visible()
    context.close()


def test_an_unvisited_page_offline_shows_the_notice_in_every_language(
    controlled, base_url, other_lang
):
    prefix, lang = other_lang
    context, page = controlled
    context.set_offline(True)
    page.goto(f"{base_url}{prefix}step-5/")  # never opened
    for code in LANGS:
        expect(page.locator("h1")).to_contain_text(UI["offline_title"][code])
        # Where the policy stands, as of this build, in every language.
        expect(page.locator(".guide-status")).to_contain_text(
            phrase(site_data().status, "headline", code)
        )
    # The reader's language (the address asked for) first: title, texts and status line.
    expect(page.locator("html")).to_have_attribute("lang", lang)
    assert page.title().startswith(UI["offline_title"][lang])
    for run in ("h1 > [lang]", ".guide-status > [lang]", "main > p[lang]"):
        expect(page.locator(run).first).to_have_attribute("lang", lang)
    expect(page.locator("#saved-pages a", has_text=STEP1_TITLE[lang])).to_be_visible()
    assert violations(page) == []
    page.route(
        NEUTRAL + "**",
        lambda route: route.fulfill(body="<title>Weather</title>", content_type="text/html"),
    )
    for _ in range(3):
        page.keyboard.press("Shift")  # quick exit works here too
    page.wait_for_url(NEUTRAL)
    context.set_offline(False)


def test_saved_pages_can_be_deleted_and_pages_opened_afterwards_are_saved_again(
    controlled, base_url, other_lang
):
    prefix, lang = other_lang
    context, page = controlled
    page.goto(f"{base_url}{prefix}progress/")
    page.locator("[data-action=forget-offline]").click()
    cleared = UI["offline_cleared"][lang]
    expect(page.locator(".guide-offline-copies [role=status]")).to_have_text(cleared)
    # Everything the worker kept is gone, the worker too (tests/browser/test_offline_cache.py);
    # the next page opened registers it again, with the offline notice.
    page.goto(base_url + prefix)
    page.evaluate("navigator.serviceWorker.ready")
    eventually(page, "caches.match('/offline.html').then(Boolean)")
    eventually(page, SAVED, base_url + prefix)
    context.set_offline(True)
    page.goto(f"{base_url}{prefix}step-1/")  # saved before, deleted now
    expect(page.locator("h1")).to_contain_text(UI["offline_title"][lang])
    expect(page.locator("#saved-pages")).to_have_attribute("data-listed", "true")  # cache read
    # Only the page opened since: that language's home page.
    expect(page.locator("#saved-pages a")).to_have_count(1)
    assert page.locator("#saved-pages a").get_attribute("href") == base_url + prefix
    context.set_offline(False)


# The logo's width as drawn: 0 when the icons file it is drawn from did not load.
LOGO_WIDTH = "document.querySelector('.md-header .md-logo use').getBBox().width"
ICONS_FILE = "new URL(document.querySelector('use').getAttribute('href'), location.href).href"


def test_the_first_page_opened_is_saved_with_its_files(browser, base_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "step-3/")  # a shared link, opened once
    heading = page.locator("article h1").inner_text()
    page.evaluate("navigator.serviceWorker.ready")
    eventually(page, SAVED, base_url + "step-3/")
    eventually(page, SAVED, page.evaluate(ICONS_FILE).split("#")[0])
    assert page.evaluate(LOGO_WIDTH) > 10
    context.set_offline(True)
    page.reload()
    expect(page.locator("article h1")).to_have_text(heading)
    # With the files it uses, saved with it: the theme's styles apply, its icons draw.
    assert page.locator(".md-header").evaluate("e => getComputedStyle(e).position") == "sticky"
    eventually(page, LOGO_WIDTH)
    context.close()


def test_the_first_page_saved_is_deleted_with_everything_else(browser, base_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "progress/")
    page.evaluate("navigator.serviceWorker.ready")
    eventually(page, SAVED, base_url + "progress/")
    page.locator("[data-action=forget-offline]").click()
    expect(page.locator(".guide-offline-copies [role=status]")).to_have_text(
        UI["offline_cleared"][LANGS[0]]
    )
    page.wait_for_timeout(300)  # nothing the worker was doing puts a copy back
    assert page.evaluate("caches.keys()") == []
    context.close()


def _heading(page, url: str) -> str:
    page.goto(url)
    return page.locator("article h1").text_content().strip()


def test_the_offline_notice_lists_saved_pages_by_title_and_date(
    browser, page, base_url, other_lang
):
    prefix, lang = other_lang
    english = _heading(page, base_url + "step-1/")
    translated = _heading(page, f"{base_url}{prefix}step-2/")
    with offline_after_visiting(browser, base_url, "step-1/", f"{prefix}step-2/") as reader:
        reader.goto(f"{base_url}{prefix}step-5/")  # never opened: the notice, for its reader
        expect(reader.locator("#saved-pages")).to_have_attribute("data-listed", "true")
        items = reader.locator("#saved-pages li")
        expect(items.first).to_contain_text(translated)  # the reader's language first
        expect(items.first).to_have_attribute("lang", lang)
        expect(items.first).to_contain_text(_saved_lately(lang))
        english_item = items.filter(has=reader.get_by_role("link", name=english, exact=True))
        expect(english_item).to_have_attribute("lang", LANGS[0])
        expect(english_item).to_contain_text(_saved_lately(LANGS[0]))
        for code in LANGS:
            expect(reader.get_by_text(UI["offline_stale"][code])).to_be_visible()
        assert violations(reader) == []


def test_search_offline_says_it_needs_a_connection(browser, base_url, other_lang):
    prefix, lang = other_lang
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{base_url}{prefix}step-1/")  # search never opened: its index was never downloaded
    page.evaluate("navigator.serviceWorker.ready")
    context.set_offline(True)
    page.click(".md-search__input")
    page.locator(".md-search__input").press_sequentially(search_word(lang))
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_have_text(UI["search_offline"][lang], timeout=3000)
    expect(meta).to_be_visible()
    assert violations(page) == []
    context.close()


def test_the_cache_name_carries_the_build_version(built):
    worker = (built.site / "sw.js").read_text(encoding="utf-8")
    assert re.search(r'var CACHE = "dale-guide-[0-9a-f]{12}";', worker)


def test_once_the_worker_runs_the_next_chapter_fetches_only_its_html(browser, base_url):
    """The worker saves the chapters' scripts when it installs: a chapter opened next downloads
    its HTML alone, even one using a script the first page did not (Step 1's checklist, after the
    home page), and asks the network for none of its scripts."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url)
    assert page.locator("script[src*='/checklist.js']").count() == 0
    page.evaluate("navigator.serviceWorker.ready")
    finished = []
    context.on("requestfinished", lambda request: finished.append(request))
    page.goto(base_url + "step-1/")
    scripts = set(page.eval_on_selector_all("script[src]", "tags => tags.map(t => t.src)"))
    assert any("/checklist.js?v=" in src for src in scripts)
    served = {
        r.url for r in finished if r.service_worker is None and r.response().from_service_worker
    }
    fetched = {r.url for r in finished if r.service_worker is not None}
    assert scripts <= served
    assert not scripts & fetched
    context.close()


def test_a_script_the_worker_cannot_fetch_still_leaves_the_offline_notice_saved(
    browser, base_url, built
):
    worker = (built.site / "sw.js").read_text(encoding="utf-8")
    checklist = re.search(r'"(assets/javascripts/checklist\.js\?v=[0-9a-f]+)"', worker)[1]
    context = browser.new_context()
    context.route("**/" + checklist, lambda route: route.abort())  # the signal drops it
    page = context.new_page()
    page.goto(base_url)
    page.evaluate("navigator.serviceWorker.ready")
    eventually(page, SAVED, base_url + "offline.html")
    assert page.evaluate(SAVED, base_url + checklist) is False
    context.close()
