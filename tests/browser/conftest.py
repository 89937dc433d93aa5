"""A real Chromium driven by Playwright: the one tasks.py found, or one found here."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from scripts.sitebuild import (  # Chromium must not reach Google's services
    QUIET_FLAGS,
    SYSTEM_CHROMIUMS,
)
from tests.paths import OTHER_LANG_PREFIXES, OTHER_LANGS
from tests.sitedata import site_data

HOW_TO_GET_ONE = (
    "No Chromium found for the browser tests. Install one (Debian: apt-get install "
    "chromium-headless-shell, or chromium; "
    "anywhere: .venv/bin/python -m playwright install chromium) or set GUIDE_CHROMIUM=/path. "
    "Running through `python3 tasks.py test` finds it for you."
)

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}


def _executable(managed: str) -> str | None:
    chosen = os.environ.get("GUIDE_CHROMIUM")
    if chosen:
        return chosen
    if managed and Path(managed).exists():
        return None  # Playwright's own browser: no path needed
    for name in SYSTEM_CHROMIUMS:
        if shutil.which(name):
            return shutil.which(name)
    pytest.exit(HOW_TO_GET_ONE, returncode=3)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        path = _executable(p.chromium.executable_path)
        launched = p.chromium.launch(executable_path=path, args=QUIET_FLAGS)
        yield launched
        launched.close()


# A tab for a test that is not about the service worker runs without it: installing it in every
# test's fresh context cost about 0.3 s a test (a sixth of the browser tests' time). The tests
# that are about it, or about what pages ask the network for (offline, deploy, CSP, requests to
# other hosts, what search downloads), have it, as a reader's browser has it (reader_page).
NO_WORKER = {"service_workers": "block"}


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=DESKTOP, **NO_WORKER)
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture
def reader_page(browser: Browser) -> Iterator[Page]:
    """A desktop tab with the service worker, as a reader's browser has it: for tests of what
    pages ask the network for (listen on its context: the worker's requests are not the page's)."""
    context = browser.new_context(viewport=DESKTOP)
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, **NO_WORKER)
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture(params=OTHER_LANG_PREFIXES, ids=OTHER_LANGS)
def other_lang(request) -> tuple[str, str]:
    """(URL prefix, language) of a translation: a test or fixture using it runs once for each."""
    return request.param


def search_word(lang: str) -> str:
    """What a reader of `lang` types to find the retaliation page (data/search.yml)."""
    return next(
        q.query for q in site_data().search.queries if q.lang == lang and q.page == "retaliation.md"
    )


def run_search(page: Page, url: str, query: str) -> list[str]:
    """Search from `url` once the index is ready; the paths of the results."""
    page.goto(url)
    page.click(".md-search__input")
    # Type only once the search worker has built its index (the theme then swaps "Initializing
    # search" for its placeholder, in the page's language); earlier keystrokes are not replayed.
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " const t = JSON.parse(document.getElementById('__config').textContent).translations;"
        " return m && m.textContent.trim() === t['search.result.placeholder']; }",
        timeout=30000,
    )
    # The whole query at once: typed key by key, results for "I-7" could be read as "I-765"'s.
    page.locator(".md-search__input").fill(query)
    page.locator(".md-search__input").press("End")
    results = page.locator(".md-search-result__item a")
    expect(results.first).to_be_visible(timeout=15000)
    return results.evaluate_all("els => els.map(a => new URL(a.href).pathname)")


def eventually(page, expression: str, arg=None, seconds: float = 5) -> None:
    """Wait until `expression` (which may return a promise) gives a truthy value."""
    for _ in range(int(seconds * 10)):
        if page.evaluate(expression, arg):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"still false after {seconds} s: {expression}")


# The open page and every file it loaded from this site are in the service worker's caches: what a
# reader who loses the signal now finds. Asked of the caches themselves, so a test waits as long
# as saving takes and no longer (waiting for the network to be idle took half a second a page and
# did not prove the copies were written).
ALL_SAVED = """async () => {
  const own = [location.href.split('#')[0],
               ...performance.getEntriesByType('resource').map(e => e.name)]
    .filter(url => url.startsWith(location.origin + '/'));
  return (await Promise.all(own.map(url => caches.match(url)))).every(Boolean);
}"""


def wait_until_saved(page: Page) -> None:
    # Not page.wait_for_function: it does not wait for a promise, which is truthy at once.
    eventually(page, ALL_SAVED, seconds=15)


def open_controlled(page: Page, url: str) -> None:
    """Open `url` as a returning reader finds it: once for the worker to install, then again
    under its control, which saves the page and the files it uses."""
    page.goto(url)
    page.evaluate("navigator.serviceWorker.ready")
    page.reload()
    wait_until_saved(page)


@pytest.fixture
def controlled(browser: Browser, base_url: str, other_lang) -> Iterator[tuple]:
    """(context, page): a reader who opened Step 1 in a translation once the worker ran."""
    context = browser.new_context()
    page = context.new_page()
    open_controlled(page, f"{base_url}{other_lang[0]}step-1/")
    yield context, page
    context.close()


@contextmanager
def offline_after_visiting(browser: Browser, base_url: str, *paths: str) -> Iterator[Page]:
    """A reader whose worker is running opened `paths` once; then the connection drops."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url)
    page.evaluate("navigator.serviceWorker.ready")
    for path in paths:
        page.goto(base_url + path)
        wait_until_saved(page)
    context.set_offline(True)
    try:
        yield page
    finally:
        context.close()
