"""The built site in a real Chromium: language switch, status notice, phone layout, privacy."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from guide.status import phrase
from tests.browser.axe import violations
from tests.browser.conftest import DESKTOP, PHONE
from tests.paths import LANG_PREFIXES, LANGS, OTHER_LANG_PREFIXES, OTHER_LANGS, PREFIXES, lang_of
from tests.sitedata import site_data
from tests.sweep import KINDS

pytestmark = pytest.mark.browser

SAMPLE = ["", "policy-status/", "step-1/", "step-3/", "confidentiality/", "glossary/", "sources/"]


def _switch_language(page, lang: str) -> None:
    page.locator(".md-header__option .md-select").hover()
    page.locator(f'.md-select__link[hreflang="{lang}"]').click()
    page.wait_for_load_state()


@pytest.mark.parametrize("path", ["", "step-2/", "confidentiality/", "agencies/"])
def test_language_switch_keeps_the_page(page, base_url, path, other_lang):
    prefix, lang = other_lang
    page.goto(base_url + path)
    _switch_language(page, lang)
    assert page.url == f"{base_url}{prefix}{path}"
    assert page.locator("html").get_attribute("lang") == lang
    _switch_language(page, LANGS[0])
    assert page.url == base_url + path
    assert page.locator("html").get_attribute("lang") == LANGS[0]


# From each translation to the default language, and from the default language to each.
SWITCHES = [
    *((prefix, LANGS[0]) for prefix, _ in OTHER_LANG_PREFIXES),
    *(("", lang) for lang in OTHER_LANGS),
]


@pytest.mark.parametrize(
    ("start", "other"), SWITCHES, ids=[f"{lang_of(start)}-to-{other}" for start, other in SWITCHES]
)
def test_language_switch_keeps_the_section_being_read(page, base_url, start, other):
    page.goto(f"{base_url}{start}step-3/")
    # A section taller than the screen, so that no other heading is in view while reading it.
    section = page.evaluate("""() => {
      const heads = [...document.querySelectorAll('article h2[id], article h3[id]')];
      return heads.slice(1, -1).find((h, i) => heads[i + 2].offsetTop - h.offsetTop
                                               > 1.5 * innerHeight).id; }""")
    # Material's script starts on the first move; let it, so the scroll below is the last one.
    page.keyboard.press("Shift")
    expect(page.locator("html[data-guide-theme=started]")).to_have_count(1)
    # A little way into the section, instantly (a smooth scroll can still be moving when the link
    # is clicked), and again until the place holds for a moment: under load the theme can still be
    # laying the page out when the first scroll lands.
    page.wait_for_function(
        """(id) => {
          const top = document.getElementById(id).getBoundingClientRect().top;
          if (Math.abs(top + 40) < 2) return true;
          window.scrollBy({top: top + 40, behavior: 'instant'});
          return false; }""",
        arg=section,
        polling=100,
    )
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if r.resource_type == "document" else None)
    # By keyboard, from the language menu, without moving the page: a pointer click lets the
    # browser driver scroll to reach the link (while the menu animates it retries at other scroll
    # positions), which took the reader away from the section put on screen (it failed in CI).
    link = page.locator(f'.md-select__link[hreflang="{other}"]')
    link.evaluate("el => el.focus({preventScroll: true})")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).fragment == section
    # The twin itself, in one request (not its address without the slash, then a redirect).
    assert [urlsplit(u).path for u in asked] == [urlsplit(page.url).path]
    top = page.evaluate(f"document.getElementById('{section}').getBoundingClientRect().top")
    assert 0 <= top < DESKTOP["height"] / 2
    # At the top of the page, no section: the other language opens at its top too.
    page.goto(f"{base_url}{start}step-3/")
    _switch_language(page, other)
    assert urlsplit(page.url).fragment == ""


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_status_notice_shows_in_the_page_language(page, base_url, prefix, lang):
    data = site_data()
    for path in ("", "step-4/"):
        for link_key, target in (("status_more", "policy-status/"), ("changes_link", "changes/")):
            page.goto(f"{base_url}{prefix}{path}")
            notice = page.locator(".guide-status")
            assert notice.is_visible()
            assert phrase(data.status, "headline", lang) in notice.inner_text()
            notice.get_by_role("link", name=data.text(link_key, lang)).click()
            assert page.url == f"{base_url}{prefix}{target}"


@pytest.mark.parametrize("prefix", PREFIXES, ids=LANGS)
def test_phone_has_no_horizontal_scrolling(phone, base_url, prefix):
    for path in SAMPLE:
        phone.goto(f"{base_url}{prefix}{path}")
        overflow = phone.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{prefix}{path} scrolls sideways by {overflow}px"


def test_pages_request_nothing_elsewhere_fail_nothing_and_set_no_cookies(reader_page, base_url):
    """One walk for the three properties: the sample in every language, each page until the
    network is idle and with its language menu opened, with the service worker."""
    page, context = reader_page, reader_page.context
    seen: list[str] = []
    failed: list[str] = []
    context.on("request", lambda r: seen.append(r.url))
    context.on("response", lambda r: r.status >= 400 and failed.append(f"{r.status} {r.url}"))
    page.on("console", lambda m: m.type == "error" and failed.append(m.text))
    page.on("pageerror", lambda e: failed.append(str(e)))
    for prefix, _ in LANG_PREFIXES:
        for path in SAMPLE:
            page.goto(f"{base_url}{prefix}{path}", wait_until="networkidle")
            page.locator(".md-header__option .md-select").hover()  # the language menu opens
    worker = page.evaluate("navigator.serviceWorker.ready.then(r => r.active.scriptURL)")
    assert worker.endswith("/sw.js")  # the walk ran with the worker, and saw what it fetched
    assert len(seen) > len(SAMPLE) * len(LANGS)  # the listener did see the pages and their assets
    own = urlsplit(base_url).netloc
    foreign = [
        u for u in seen if urlsplit(u).scheme in ("http", "https") and urlsplit(u).netloc != own
    ]
    assert foreign == [], "requests to another host"
    assert failed == [], "failed requests or console errors"
    assert context.cookies() == []


@pytest.fixture(scope="module", params=[DESKTOP, PHONE], ids=["desktop", "phone"])
def sized_page(browser, request):
    """One tab per screen size, reused across pages."""
    context = browser.new_context(viewport=request.param)
    yield context.new_page()
    context.close()


SWEEP = [f"{prefix}{path}" for prefix, _ in LANG_PREFIXES for path in KINDS]


@pytest.mark.parametrize("path", SWEEP, ids=[p or "home" for p in SWEEP])
def test_every_kind_of_page_has_no_axe_violations(sized_page, base_url, path):
    sized_page.goto(base_url + path)
    assert violations(sized_page) == []


def test_the_404_page_speaks_every_language_and_links_every_home(page, base_url):
    ui = site_data().ui
    page.goto(base_url + "404.html")
    heading = page.locator("h1#not-found").inner_text()
    for prefix, lang in LANG_PREFIXES:
        assert ui["not_found_title"][lang] in heading
        home = page.locator(f'.guide-not-found[lang="{lang}"] a')
        assert urlsplit(home.get_attribute("href")).path == f"/{prefix}"
        # Where the policy stands, dated, in each language, as on every other page.
        status = page.locator(f'.guide-status [lang="{lang}"]')
        expect(status).to_contain_text(phrase(site_data().status, "headline", lang))
        policy = status.get_by_role("link").get_attribute("href")
        assert urlsplit(policy).path == f"/{prefix}policy-status/"
    for prefix, lang in OTHER_LANG_PREFIXES:
        switch = page.locator(f'.md-select__link[hreflang="{lang}"]').get_attribute("href")
        assert urlsplit(switch).path == f"/{prefix}"  # not a leftover link to the last page built
    assert violations(page) == []
