"""What the service worker keeps: deleting it from the progress page leaves nothing behind, and
the offline notice comes back when its cached copy is missing."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import eventually
from tests.sitedata import site_data

pytestmark = pytest.mark.browser

STEP1_FIRST = site_data().checklists["step-1"].items[0].id

CACHED_URLS = """caches.keys().then(names => Promise.all(names.map(n =>
  caches.open(n).then(c => c.keys()).then(keys => keys.map(k => new URL(k.url).pathname)))))
  .then(groups => [].concat(...groups))"""
REGISTRATIONS = "navigator.serviceWorker.getRegistrations().then(rs => rs.map(r => r.scope))"
THEME_KEYS = """[localStorage, sessionStorage].flatMap(s => Object.keys(s))
  .filter(k => k.includes('.__'))"""


def test_deleting_saved_pages_and_clearing_progress_leave_nothing_behind(
    controlled, base_url, other_lang
):
    prefix, lang = other_lang
    index = f"{prefix}search/search_index.json"
    context, page = controlled
    page.locator(f"#cl-step-1-{STEP1_FIRST}").check()
    # What a search in that language fetches through the worker (its index and its stemmer).
    page.evaluate(
        """([base, index, lang]) => Promise.all([fetch(base + index),
      fetch(base + 'assets/javascripts/lunr/min/lunr.' + lang + '.min.js')])""",
        [base_url, index, lang],
    )
    page.evaluate("sessionStorage.setItem(__md_scope.pathname + '.__source', '{}')")
    eventually(page, f"{CACHED_URLS}.then(urls => urls.includes('/{index}'))")
    assert page.evaluate(THEME_KEYS)  # the theme's palette at least

    page.goto(f"{base_url}{prefix}progress/")
    page.once("dialog", lambda d: d.accept())
    page.locator("[data-action=clear-all]").click()
    expect(page.locator(".guide-progress__status")).not_to_be_empty()
    page.locator("[data-action=forget-offline]").click()
    cleared = site_data().ui["offline_cleared"][lang]
    expect(page.locator(".guide-offline-copies [role=status]")).to_have_text(cleared)

    assert page.evaluate("caches.keys()") == []
    assert page.evaluate(REGISTRATIONS) == []
    assert page.evaluate(THEME_KEYS) == []
    assert page.evaluate("Object.keys(localStorage)") == []
    # This page is still open and still served by the worker it was loaded with: what it fetches
    # now must not fill a cache again.
    page.evaluate("url => fetch(url)", base_url + index)
    page.wait_for_timeout(300)
    assert page.evaluate("caches.keys()") == []


def test_the_offline_notice_is_cached_again_when_missing(controlled, base_url, other_lang):
    prefix, lang = other_lang
    context, page = controlled
    page.evaluate("""() => caches.keys().then(names => Promise.all(names.map(n =>
      caches.open(n).then(c => c.delete(new URL('/offline.html', location).href)))))""")
    assert page.evaluate("caches.match('/offline.html').then(Boolean)") is False
    page.goto(f"{base_url}{prefix}step-2/")  # any page opened with a signal puts it back
    eventually(page, "caches.match('/offline.html').then(Boolean)")
    context.set_offline(True)
    page.goto(f"{base_url}{prefix}step-5/")  # never opened
    expect(page.locator("h1")).to_contain_text(site_data().ui["offline_title"][lang])
    # The notice stands in for any page, with the same policy: own origin only, no Referer.
    policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'self'" and directives["script-src"] == "'self'"
    assert page.locator('meta[name="referrer"]').get_attribute("content") == "no-referrer"
    context.set_offline(False)
