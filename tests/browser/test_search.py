"""Search in a real browser: Spanish finds only Spanish pages, English only English."""

from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from guide.urls import language_prefix, page_dir
from tests.browser.conftest import run_search
from tests.sitedata import site_data

pytestmark = pytest.mark.browser


def test_spanish_search_returns_only_spanish_pages(page, base_url):
    found = run_search(page, base_url + "es/step-1/", "represalias")
    assert found and all(path.startswith("/es/") for path in found)


def test_english_search_returns_only_english_pages(page, base_url):
    found = run_search(page, base_url + "step-1/", "retaliation")
    assert found and not any(path.startswith("/es/") for path in found)


def test_search_data_and_worker_are_not_downloaded_until_search_is_opened(page, base_url):
    asked: list[str] = []
    wanted = ("search_index.json", "/workers/search.")
    page.context.on(
        "request", lambda r: asked.append(r.url) if any(w in r.url for w in wanted) else None
    )
    page.goto(base_url + "es/step-2/", wait_until="networkidle")
    assert asked == []
    with page.expect_request(base_url + "es/search/search_index.json"):
        page.click(".md-search__input")
    assert base_url + "es/search/search_index.json" in asked
    assert any("/workers/search." in url for url in asked)


def test_a_page_opened_from_a_search_result_highlights_the_term(page, base_url):
    assert run_search(page, base_url + "es/step-1/", "represalias")
    page.locator(".md-search-result__item a").first.click()
    assert "h=represalias" in page.url
    expect(page.locator("article mark").first).to_be_visible(timeout=15000)
    assert page.locator("article mark").first.inner_text().lower() == "represalias"


QUERIES = site_data().search.queries


def pages_found(page, url: str, query: str) -> list[str]:
    """The pages found for the whole of `query`, best first, each once (its sections follow it).
    Opened as Material's search link (?q=), so one search runs, on the whole query: typed a key at
    a time (run_search), each key runs one, and the first results shown may answer "I-7"."""
    page.goto(url + "?q=" + quote(query))
    results = page.locator(".md-search-result__item a")
    expect(results.first).to_be_visible(timeout=30000)
    found = results.evaluate_all("els => els.map(a => new URL(a.href).pathname)")
    return list(dict.fromkeys(found))


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: f"{q.lang}:{q.query}")
def test_each_query_of_the_table_finds_its_page(page, base_url, query):
    """data/search.yml: what a reader types finds the page expected, first or among the first
    `within`, in the search of that language's pages."""
    prefix = language_prefix(query.lang, "en")
    found = pages_found(page, base_url + prefix + "step-1/", query.query)
    expected = "/" + prefix + page_dir(query.page)
    assert expected in found[: query.within], f"{query.query!r} found {found[:5]}"
