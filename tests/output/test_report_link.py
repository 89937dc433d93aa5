"""Every page of the published site offers the repository's "wrong fact" issue form, opened with
the page's own address filled in and labelled in the page's language; a site built without a
repository shows no such button."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from guide.reports import FORM
from tests.conftest import REPO_URL
from tests.paths import ROOT
from tests.sitedata import site_data

pytestmark = pytest.mark.build

REPORT = re.compile(r'<a href="([^"]+)" title="([^"]+)"[^>]*class="[^"]*guide-report')


def _pages(site):
    return sorted(p for p in site.rglob("index.html") if "assets" not in p.parts)


def test_each_page_opens_the_wrong_fact_form_with_its_own_address(built_public):
    form = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / FORM).read_text("utf-8"))
    fields = {item["id"] for item in form["body"] if "id" in item}
    ui = site_data().ui["report_mistake"]
    checked = 0
    for path in _pages(built_public.site):
        page = path.read_text("utf-8")
        if 'rel="edit"' not in page:
            continue
        found = REPORT.findall(page)
        assert len(found) == 1, path
        href, title = (html.unescape(part) for part in found[0])
        address = urlsplit(href)
        assert f"{address.scheme}://{address.netloc}{address.path}" == f"{REPO_URL}/issues/new"
        query = {name: values[0] for name, values in parse_qs(address.query).items()}
        assert query.pop("template") == FORM
        assert set(query) <= fields, f"{path}: the form has no field {set(query) - fields}"
        canonical = re.search(r'<link rel="canonical" href="([^"]+)">', page).group(1)
        assert list(query.values()) == [canonical], path
        lang = re.search(r'<html lang="([a-z-]+)"', page).group(1)
        assert title == ui[lang], path
        checked += 1
    assert checked > 100  # every page a reader opens, in every language


def test_without_a_repository_no_page_offers_the_form(built):
    for path in _pages(built.site):
        assert "guide-report" not in path.read_text("utf-8"), path
