"""The Content-Security-Policy allows only our own origin, and nothing the site does breaks it."""

import pytest

from tests.browser.conftest import run_search, search_word
from tests.paths import LANG_PREFIXES, LANGS

pytestmark = pytest.mark.browser

LISTEN = """window.__csp = [];
document.addEventListener('securitypolicyviolation',
  e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"""


def test_policy_names_no_other_origin_and_no_unsafe_inline_script(page, base_url):
    page.goto(base_url + "step-1/")
    policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert "unsafe-inline" not in directives["script-src"]
    assert "http" not in policy


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_pages_scripts_search_and_checklists_run_without_violations(
    browser, base_url, prefix, lang
):
    context = browser.new_context()
    context.add_init_script(LISTEN)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    for path in (
        "",
        "step-1/",
        "agencies/finder/?problems=unpaid-wages&state=CA",
        "progress/",
        "print/",
    ):
        page.goto(f"{base_url}{prefix}{path}", wait_until="networkidle")
        assert page.evaluate("window.__csp") == [], path
    page.goto(f"{base_url}{prefix}step-1/")
    page.locator("[data-checklist] input[type=checkbox]").first.check()
    assert page.evaluate("window.__csp") == []
    # A word of the page's language: the search worker really ran.
    assert run_search(page, f"{base_url}{prefix}step-1/", search_word(lang))
    assert page.evaluate("window.__csp") == []
    assert errors == []
    context.close()
