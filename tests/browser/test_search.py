"""Search in a real browser: each language's search finds only that language's pages."""

from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Page, expect

from guide.urls import page_dir
from tests.browser.conftest import DESKTOP, run_search, search_word
from tests.paths import LANG_PREFIXES, LANGS, PREFIX_OF, lang_of
from tests.sitedata import site_data

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_search_returns_only_pages_in_its_language(page, base_url, prefix, lang):
    found = run_search(page, f"{base_url}{prefix}step-1/", search_word(lang))
    assert found and all(lang_of(path) == lang for path in found), found


def test_search_data_and_worker_are_not_downloaded_until_search_is_opened(
    reader_page, base_url, other_lang
):
    page, (prefix, _) = reader_page, other_lang  # the service worker must not fetch them either
    asked: list[str] = []
    wanted = ("search_index.json", "/workers/search.")
    page.context.on(
        "request", lambda r: asked.append(r.url) if any(w in r.url for w in wanted) else None
    )
    page.goto(f"{base_url}{prefix}step-2/", wait_until="networkidle")
    assert asked == []
    index = f"{base_url}{prefix}search/search_index.json"  # this language's own
    # Both asked for once search opens, in either order (the index can come first).
    worker = page.context.expect_event("request", lambda r: "/workers/search." in r.url)
    with page.expect_request(index), worker:
        page.click(".md-search__input")
    assert index in asked
    assert any("/workers/search." in url for url in asked)


def test_a_search_result_opens_without_the_words_searched_for(page, base_url, other_lang):
    # What a reader searched for must not be left in the address, where the browser's history
    # and address bar would show it to whoever picks up the phone next.
    prefix, lang = other_lang
    word = search_word(lang)
    assert run_search(page, f"{base_url}{prefix}step-1/", word)
    link = page.locator(".md-search-result__item a").first
    assert word.lower() not in unquote(link.get_attribute("href")).lower()
    link.click()
    page.wait_for_load_state()
    assert urlsplit(page.url).query == ""


QUERIES = site_data().search.queries


@pytest.fixture(scope="module")
def search_in(browser, base_url):
    """search_in(lang, query): the pages found for the whole of `query` in that language's
    search, best first, each once (its sections follow it). One tab per language, whose search
    builds its index once for every query of the table (building it was most of each query's
    time). The box is emptied first, so the results read are the new query's own; the query is
    put in whole, as one search: typed a key at a time, each key runs one, and the first results
    shown may answer "I-7" for "I-765"."""
    context = browser.new_context(viewport=DESKTOP)
    tabs: dict[str, Page] = {}

    def search(lang: str, query: str) -> list[str]:
        if lang not in tabs:
            tabs[lang] = context.new_page()
            run_search(tabs[lang], base_url + PREFIX_OF[lang] + "step-1/", query)
        box, results = tabs[lang].locator(".md-search__input"), tabs[lang].locator(RESULT)
        box.fill("")
        box.press("End")
        expect(results).to_have_count(0)
        box.fill(query)
        box.press("End")
        expect(results.first).to_be_visible(timeout=30000)
        found = results.evaluate_all("els => els.map(a => new URL(a.href).pathname)")
        return list(dict.fromkeys(found))

    yield search
    context.close()


RESULT = ".md-search-result__item a"


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: f"{q.lang}:{q.query}")
def test_each_query_of_the_table_finds_its_page(search_in, query):
    """data/search.yml: what a reader types finds the page expected, first or among the first
    `within`, in the search of that language's pages."""
    found = search_in(query.lang, query.query)
    expected = "/" + PREFIX_OF[query.lang] + page_dir(query.page)
    assert expected in found[: query.within], f"{query.query!r} found {found[:5]}"
