"""The dark scheme: it follows the device, the header's button switches it (remembered on this
device only), and every kind of page passes axe in it, status and checklist colours included."""

import pytest

from tests.browser.axe import violations_at
from tests.browser.conftest import DESKTOP, NO_WORKER, PHONE
from tests.browser.test_calculator import fill
from tests.paths import LANG_PREFIXES, LANGS
from tests.sitedata import site_data

pytestmark = pytest.mark.browser

UI = site_data().ui
SCHEME = "document.body.getAttribute('data-md-color-scheme')"


@pytest.mark.parametrize(("device", "scheme"), [("dark", "slate"), ("light", "default")])
def test_the_scheme_follows_the_device(browser, base_url, device, scheme):
    context = browser.new_context(viewport=DESKTOP, color_scheme=device, **NO_WORKER)
    page = context.new_page()
    page.goto(base_url + "step-2/")
    assert page.evaluate(SCHEME) == scheme
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert (background != "rgb(255, 255, 255)") == (device == "dark")
    context.close()


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_the_header_button_switches_and_is_remembered(browser, base_url, prefix, lang):
    context = browser.new_context(viewport=DESKTOP, color_scheme="light", **NO_WORKER)
    page = context.new_page()
    page.goto(f"{base_url}{prefix}step-2/")
    page.get_by_title(UI["palette_default"].get(lang)).click()
    assert page.evaluate(SCHEME) == "slate"
    page.reload()
    assert page.evaluate(SCHEME) == "slate"
    page.get_by_title(UI["palette_slate"].get(lang)).click()
    assert page.evaluate(SCHEME) == "default"
    context.close()


def _ticked(page):
    page.locator(".guide-checklist input[type=checkbox]").first.check()


def _results(page):
    fill(page, "2019-03-15", "NY", ["unpaid-wages", "organizing-retaliation"])


def _matched(page):
    page.check("#problem-unpaid-wages")


# Every kind of page, in the state where its own colours show.
PAGES = [
    ("", None),
    ("policy-status/", None),
    ("step-3/", _ticked),
    ("progress/", None),
    ("agencies/finder/", _matched),
    ("agencies/nlrb/", None),
    ("tools/deadlines/", _results),
    ("tools/intake-form/", None),
    ("tools/named-or-anonymous/", None),
    ("glossary/", None),
    ("changes/", None),
]
# Every language of each, and the 404 page (one page in every language).
SWEEP = [(prefix, path, prepare) for prefix, _ in LANG_PREFIXES for path, prepare in PAGES]
SWEEP.append(("", "404.html", None))


@pytest.mark.parametrize(
    ("prefix", "path", "prepare"), SWEEP, ids=[prefix + path or "home" for prefix, path, _ in SWEEP]
)
def test_every_kind_of_page_passes_axe_in_the_dark(browser, base_url, prefix, path, prepare):
    viewport = PHONE if path in ("", "step-3/") else DESKTOP
    url = base_url + prefix + path
    assert violations_at(browser, url, viewport, prepare, color_scheme="dark") == []
