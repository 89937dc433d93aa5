"""Search in a real browser: Spanish finds only Spanish pages, English only English."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def _search(page, url: str, query: str) -> list[str]:
    page.goto(url)
    page.click(".md-search__input")
    # Type only once the search worker has built its index; earlier keystrokes are not replayed.
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && m.textContent.trim() && !/Initializ|Inicializ/.test(m.textContent); }",
        timeout=30000,
    )
    page.locator(".md-search__input").press_sequentially(query)
    results = page.locator(".md-search-result__item a")
    expect(results.first).to_be_visible(timeout=15000)
    return results.evaluate_all("els => els.map(a => new URL(a.href).pathname)")


def test_spanish_search_returns_only_spanish_pages(page, base_url):
    found = _search(page, base_url + "es/step-1/", "represalias")
    assert found and all(path.startswith("/es/") for path in found)


def test_english_search_returns_only_english_pages(page, base_url):
    found = _search(page, base_url + "step-1/", "retaliation")
    assert found and not any(path.startswith("/es/") for path in found)


def test_search_data_and_worker_are_not_downloaded_until_search_is_opened(page, base_url):
    asked: list[str] = []
    wanted = ("search_index.json", "/workers/search.")
    page.context.on("request", lambda r: asked.append(r.url) if any(
        w in r.url for w in wanted) else None)
    page.goto(base_url + "es/step-2/", wait_until="networkidle")
    assert asked == []
    page.click(".md-search__input")
    page.wait_for_timeout(500)
    assert base_url + "es/search/search_index.json" in asked
    assert any("/workers/search." in url for url in asked)


def test_a_page_opened_from_a_search_result_highlights_the_term(page, base_url):
    assert _search(page, base_url + "es/step-1/", "represalias")
    page.locator(".md-search-result__item a").first.click()
    assert "h=represalias" in page.url
    expect(page.locator("article mark").first).to_be_visible(timeout=15000)
    assert page.locator("article mark").first.inner_text().lower() == "represalias"
