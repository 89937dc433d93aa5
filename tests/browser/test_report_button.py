"""The "report a mistake" button of the published site, in a real Chromium: it has a name in the
page's language, takes keyboard focus, and leaves the page without axe violations."""

from __future__ import annotations

import pytest

from scripts.sitebuild import serve
from tests.browser.axe import violations
from tests.paths import LANG_PREFIXES, LANGS
from tests.sitedata import site_data

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def public_url(built_public):
    with serve(built_public.site) as url:
        yield url


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_the_report_button_is_named_reachable_and_clean(phone, public_url, prefix, lang):
    phone.goto(f"{public_url}{prefix}step-1/")
    button = phone.get_by_role("link", name=site_data().ui["report_mistake"][lang])
    button.focus()
    assert button.evaluate("el => el === document.activeElement")
    assert violations(phone) == []
