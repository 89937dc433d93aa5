"""The generated agency pages behave like written pages in the built site."""

from __future__ import annotations

import json
import re

import pytest

from guide.agencies import certainty, own_deadlines
from guide.status import phrase
from tests.pagetext import visible_text
from tests.paths import LANG_PREFIXES, LANGS, OTHER_LANG_PREFIXES
from tests.sitedata import site_data

pytestmark = pytest.mark.build

DATA = site_data()


def test_one_page_per_agency_per_language_with_its_names(built):
    assert len(DATA.agencies) >= 22
    for a in DATA.agencies.values():
        for prefix, lang in LANG_PREFIXES:
            page = built.site / prefix / "agencies" / a.id / "index.html"
            html = page.read_text(encoding="utf-8")
            assert a.name[lang] in html and 'id="deadlines"' in html, (a.id, lang)
            if lang == LANGS[0]:  # its language switch links each translation
                for twin_prefix, twin in OTHER_LANG_PREFIXES:
                    assert f'href="../../{twin_prefix}agencies/{a.id}/" hreflang="{twin}"' in html


def test_index_lists_every_agency_in_every_language(built):
    for prefix, _ in LANG_PREFIXES:
        html = (built.site / prefix / "agencies" / "index.html").read_text(encoding="utf-8")
        item = r'<li data-state="[A-Z]*" data-problems="[^"]*"><a [^>]*\bhref="([a-z0-9-]+)/"'
        listed = set(re.findall(item, html))
        assert listed == set(DATA.agencies)


def test_agency_pages_are_in_the_sitemap_and_the_search_index(built):
    sitemap = (built.site / "sitemap.xml").read_text(encoding="utf-8")

    def locations(prefix: str) -> set[str]:
        path = built.site / prefix / "search" / "search_index.json"
        return {doc["location"] for doc in json.loads(path.read_text(encoding="utf-8"))["docs"]}

    for prefix, _ in LANG_PREFIXES:
        located = locations(prefix)
        for ident in DATA.agencies:
            assert f"/{prefix}agencies/{ident}/</loc>" in sitemap
            assert f"agencies/{ident}/" in located, (prefix, ident)


def test_every_agency_link_in_any_page_resolves(built):
    link = re.compile(r'href="((?:\.\./)*(?:agencies/)?)([a-z0-9-]+)/"')
    checked = 0
    for page in built.site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        for prefix, ident in link.findall(html):
            if ident in DATA.agencies:
                target = (page.parent / prefix / ident / "index.html").resolve()
                assert target.exists(), f"{page}: {prefix}{ident}/"
                checked += 1
    assert checked > 100  # chapters, the index and the finder all link agencies


def test_chapters_name_agencies_in_their_language(built):
    for prefix, lang in LANG_PREFIXES:
        html = (built.site / prefix / "step-1" / "index.html").read_text(encoding="utf-8")
        name = re.escape(DATA.agencies["nlrb"].name[lang])
        assert re.search(rf'<a [^>]*\bhref="../agencies/nlrb/"[^>]*>{name}</a>', html), lang


def test_a_deadline_backed_only_by_secondary_sources_says_so_on_its_agency_page(built):
    """The calculator marks such a deadline; its agency page, where an advocate may read it
    first, carries the same words once per such deadline (guide/agencies.py `certainty`)."""
    marked = 0
    for a in DATA.agencies.values():
        secondary = sum(certainty(d, DATA) == "secondary" for d in own_deadlines(DATA, a))
        for prefix, lang in LANG_PREFIXES:
            html = (built.site / prefix / "agencies" / a.id / "index.html").read_text("utf-8")
            mark = DATA.text("calc_certainty_secondary", lang)
            assert html.count(mark) == secondary, (a.id, lang)
        marked += secondary
    assert marked > 0  # the data has such deadlines, so the rule above was exercised


def test_agencies_that_name_a_ut_law_all_print_its_one_text(built):
    # data/ut_laws.yml holds each state's certification timing once; its agencies render it.
    named = [a for a in DATA.agencies.values() if a.ut_certification.law]
    assert len({a.state for a in named}) >= 2
    for a in named:
        law = DATA.ut_laws.get(a.ut_certification.law)
        for prefix, lang in LANG_PREFIXES:
            page = built.site / prefix / "agencies" / a.id / "index.html"
            section = page.read_text(encoding="utf-8").split('id="ut-visa"', 1)[1]
            assert visible_text(law.timing[lang]) in visible_text(section), (a.id, lang)


def test_the_u_t_page_gives_each_state_law_on_response_times_with_its_agencies(built):
    # A lawyer asking "how fast must they answer?" finds every state's law on one page.
    assert len(DATA.ut_laws.laws) >= 3
    for prefix, lang in LANG_PREFIXES:
        html = (built.site / prefix / "u-t-visas" / "index.html").read_text(encoding="utf-8")
        section = html.split('id="response-times"', 1)[1].split("<h2", 1)[0]
        for law in DATA.ut_laws.laws:
            assert visible_text(law.timing[lang]) in visible_text(section), (law.id, lang)
            for a in DATA.agencies.values():
                if a.ut_certification.law == law.id:
                    assert f'href="../agencies/{a.id}/"' in section, (a.id, lang)


def test_every_agency_that_certifies_says_a_denial_can_lead_to_removal(built):
    # A certification supports an application to USCIS: where a reader learns to ask for one,
    # the risk of that application is said too (status.yml's phrase, whatever the state).
    certifying = [a for a in DATA.agencies.values() if a.ut_certification.certifies == "yes"]
    assert len(certifying) >= 5
    for a in certifying:
        for prefix, lang in LANG_PREFIXES:
            page = built.site / prefix / "agencies" / a.id / "index.html"
            section = page.read_text(encoding="utf-8").split('id="ut-visa"', 1)[1]
            section = section.split('id="sources"', 1)[0]
            risk = phrase(DATA.status, "denial-risk", lang)
            assert visible_text(risk) in visible_text(section), (a.id, lang)


def test_an_agency_phone_number_can_be_tapped_to_call(built):
    # On a phone at a worksite a number is tapped, not copied. "1-800-321-6742 (1-800-321-OSHA)"
    # dials its first number.
    dialed = 0
    for a in DATA.agencies.values():
        written = a.filing.phone.split("(")[0]  # the number, not its spelling in letters after it
        digits = "".join(re.findall(r"\d", written))
        if len(digits) < 10:
            continue  # "unknown"
        number = "+1" + digits[-10:]
        for prefix, _ in LANG_PREFIXES:
            html = (built.site / prefix / "agencies" / a.id / "index.html").read_text("utf-8")
            assert f'href="tel:{number}"' in html, (a.id, prefix)
        dialed += 1
    assert dialed >= 10
