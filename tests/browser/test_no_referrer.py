"""No request that leaves the guide says where it came from: the quick exit, a source link,
and the 404 page (reviews/security.md S3, S4)."""

import pytest

from tests.paths import LANGS, OTHER_LANG_PREFIXES
from tests.sitedata import site_data

pytestmark = pytest.mark.browser

DATA = site_data()
NEUTRAL = DATA.ui["quick_exit_url"][LANGS[0]]


def _capture(page, prefix: str) -> list[dict]:
    """Answer requests to another site inside the browser, keeping the headers they carried."""
    seen: list[dict] = []

    def answer(route):
        seen.append(route.request.headers)
        route.fulfill(body="<title>Elsewhere</title>", content_type="text/html")

    page.route(prefix + "**", answer)
    return seen


@pytest.mark.parametrize("how", ["click", "keys"])
def test_quick_exit_sends_no_referrer(page, base_url, how, other_lang):
    prefix, lang = other_lang
    neutral = DATA.text("quick_exit_url", lang)
    seen = _capture(page, neutral)
    page.goto(f"{base_url}{prefix}step-2/")
    if how == "click":
        page.locator("[data-quick-exit-link]").click()
    else:
        for _ in range(3):
            page.keyboard.press("Shift")
    page.wait_for_url(neutral)
    assert seen and all("referer" not in headers for headers in seen)


def test_a_source_link_sends_no_referrer(page, base_url):
    page.goto(base_url + "retaliation/")
    link = page.locator("a[href^='https://']").filter(
        has_not=page.locator("[data-quick-exit-link]")
    )
    href = next(
        h for h in link.evaluate_all("els => els.map(e => e.href)") if not h.startswith(NEUTRAL)
    )
    host = href.split("/", 3)[:3]
    seen = _capture(page, "/".join(host) + "/")
    page.locator(f"a[href='{href}']").first.click()
    page.wait_for_url(href + "**")
    assert seen and all("referer" not in headers for headers in seen)


@pytest.mark.parametrize(
    "path", ["", *(f"{prefix}agencies/nlrb/" for prefix, _ in OTHER_LANG_PREFIXES), "404.html"]
)
def test_every_page_declares_the_no_referrer_policy(page, base_url, path):
    page.goto(base_url + path)
    assert page.locator('meta[name="referrer"]').get_attribute("content") == "no-referrer"
