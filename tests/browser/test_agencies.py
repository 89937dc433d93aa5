"""Agency directory filters and the finder in a real browser, with and without JavaScript."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from guide.agencies import handled, match_agencies
from tests.browser.conftest import DESKTOP, NO_WORKER
from tests.paths import LANG_PREFIXES, LANGS, PREFIX_OF
from tests.sitedata import site_data

pytestmark = pytest.mark.browser

DATA = site_data()
# Spanish says "Se muestra 1" but "Se muestran 2": the singular of its count is a fact of Spanish,
# tested on its own below.
SPANISH = "es"


def visible_agencies(page) -> set[str]:
    return set(
        page.eval_on_selector_all(
            ".guide-agencies li[data-state]:not([hidden]) a",
            "els => els.map(a => a.getAttribute('href').replace('/', ''))",
        )
    )


def test_index_filters_by_state_and_problem_and_keeps_them_out_of_the_url(page, base_url):
    page.goto(base_url + "agencies/")
    assert visible_agencies(page) == set(DATA.agencies)
    page.select_option("#filter-state", "CA")
    page.select_option("#filter-problem", "unpaid-wages")
    expected = {
        a.id
        for a in DATA.agencies.values()
        if (a.level == "federal" or a.state == "CA") and "unpaid-wages" in handled(DATA, a)
    }
    assert expected and visible_agencies(page) == expected
    assert urlsplit(page.url).query == ""  # history must not record what a worker looked for
    expect(page.locator(".guide-filter__count")).to_have_text(
        DATA.text("agencies_shown_other", LANGS[0], shown=len(expected), total=len(DATA.agencies))
    )
    page.goto(base_url + "agencies/?state=CA&problem=unpaid-wages")  # a link still preselects
    assert page.input_value("#filter-state") == "CA"
    assert visible_agencies(page) == expected
    empty_groups = page.locator(".guide-agencies__group[data-group=NY]")
    assert not empty_groups.is_visible()


@pytest.mark.skipif(SPANISH not in LANGS, reason="the site is not built in Spanish")
def test_a_count_of_one_is_singular_in_spanish(page, base_url):
    # The first state and problem that leave exactly one agency, found from the data.
    state, problem = next(
        (s, p)
        for s in sorted({a.state for a in DATA.agencies.values() if a.state})
        for p in sorted({p for a in DATA.agencies.values() for p in handled(DATA, a)})
        if len(
            [
                a
                for a in DATA.agencies.values()
                if (a.level == "federal" or a.state == s) and p in handled(DATA, a)
            ]
        )
        == 1
    )
    prefix = PREFIX_OF[SPANISH]
    page.goto(f"{base_url}{prefix}agencies/?state={state}&problem={problem}")
    assert len(visible_agencies(page)) == 1
    expect(page.locator(".guide-filter__count")).to_have_text(
        DATA.text("agencies_shown_one", SPANISH, shown=1, total=len(DATA.agencies))
    )
    assert page.locator(".guide-filter__count").inner_text().startswith("Se muestra 1 ")


def test_finder_lists_matches_soonest_first_and_keeps_choices_out_of_the_address(
    page, base_url, other_lang
):
    prefix, lang = other_lang
    page.goto(f"{base_url}{prefix}agencies/finder/")
    page.check("#problem-unpaid-wages")
    page.check("#problem-child-labor")
    page.select_option("#finder-state", "WA")
    expected = [
        m.agency.name[lang]
        for m in match_agencies(DATA, {"unpaid-wages", "child-labor"}, "WA", lang)
    ]
    names = page.locator(".guide-finder__name a")
    expect(names).to_have_text(expected)
    # The browser's history keeps addresses: what a worker looked for must not be in them.
    assert urlsplit(page.url).query == ""


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_finder_breaks_a_tie_by_the_name_in_the_page_language(page, base_url, prefix, lang):
    # Colorado's labor department and the federal WHD both give 2 years for unpaid wages: in
    # English "Colorado…" comes first, in Spanish «División de Horas…» before «División de Normas…».
    matches = {code: match_agencies(DATA, {"unpaid-wages"}, "CO", code) for code in LANGS}
    tied = [m for m in matches[lang] if m.soonest == matches[lang][0].soonest]
    assert len(tied) >= 2, "the data no longer has the tie this test is about"
    orders = {tuple(m.agency.id for m in found) for found in matches.values()}
    assert len(orders) > 1, "every language breaks the tie alike: a wrong one would go unseen"
    page.goto(f"{base_url}{prefix}agencies/finder/?problems=unpaid-wages&state=CO")
    expect(page.locator(".guide-finder__name a")).to_have_text(
        [m.agency.name.get(lang) for m in matches[lang]]
    )


@pytest.mark.parametrize("state", ["CA", "NY"])
def test_finder_shows_a_state_agency_for_immigration_threats(page, base_url, state):
    page.goto(base_url + f"agencies/finder/?problems=immigration-threats&state={state}")
    expected = match_agencies(DATA, {"immigration-threats"}, state, LANGS[0])
    local = [m.agency.name[LANGS[0]] for m in expected if m.agency.state == state]
    assert local, f"no {state} agency handles immigration threats in the data"
    names = page.locator(".guide-finder__name a")
    expect(names).to_have_text([m.agency.name[LANGS[0]] for m in expected])
    for name in local:
        expect(page.locator(".guide-finder__agency", has_text=name)).to_be_visible()
    certifying = [m.agency for m in expected if m.agency.ut_certification.certifies == "yes"]
    assert certifying
    expect(page.locator(".guide-finder__ut")).to_have_count(len(certifying))
    first = page.locator(".guide-finder__agency", has_text=certifying[0].name[LANGS[0]])
    expect(first.locator(".guide-finder__ut")).to_contain_text("Signs certifications for")


def test_finder_without_problems_asks_for_one(page, base_url):
    page.goto(base_url + "agencies/finder/")
    expect(page.locator(".guide-finder__status")).to_have_text(DATA.ui["finder_pick"][LANGS[0]])
    # The summary line is announced; the list itself is not re-read after every change.
    assert page.locator(".guide-finder__status").get_attribute("role") == "status"
    assert page.locator(".guide-finder__results").get_attribute("aria-live") is None


def test_without_javascript_index_and_finder_read_as_lists_and_tables(
    browser, base_url, other_lang
):
    prefix, lang = other_lang
    context = browser.new_context(java_script_enabled=False, viewport=DESKTOP)
    page = context.new_page()
    page.goto(f"{base_url}{prefix}agencies/")
    assert not page.locator(".guide-filter").is_visible()
    assert page.locator(".guide-agencies li[data-state]").count() == len(DATA.agencies)
    page.goto(f"{base_url}{prefix}agencies/finder/")
    assert not page.locator(".guide-finder__form").is_visible()
    rows = page.locator(".guide-finder__table tbody tr")
    assert rows.count() == len(DATA.violations.violations)
    table = page.locator(".guide-finder__table").inner_text()
    assert DATA.violation_labels(lang)["unpaid-wages"] in table
    context.close()


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_a_deadline_table_scrolls_inside_a_narrow_phone(browser, base_url, prefix, lang):
    # Its last column says when the clock starts: clipped, a worker could not read it.
    context = browser.new_context(viewport={"width": 320, "height": 640}, **NO_WORKER)
    page = context.new_page()
    for agency in ("nlrb", "eeoc"):
        page.goto(f"{base_url}{prefix}agencies/{agency}/")
        box = page.locator("article table").first.evaluate(
            """t => { const w = t.closest('.md-typeset__scrollwrap');
                      return w && {overflow: getComputedStyle(w).overflowX,
                                   right: w.getBoundingClientRect().right,
                                   fits: w.scrollWidth >= t.getBoundingClientRect().width}; }"""
        )
        assert box and box["overflow"] == "auto" and box["fits"], (agency, box)
        assert box["right"] <= 320, (agency, box)
    context.close()


def test_a_filter_that_shows_no_agency_says_where_else_to_turn(page, base_url):
    problem = next(
        v.id
        for v in DATA.violations.violations
        if not any(
            v.id in handled(DATA, a) for a in DATA.agencies.values() if a.state in (None, "NJ")
        )
    )
    page.goto(f"{base_url}agencies/?state=NJ&problem={problem}")
    expect(page.locator(".guide-filter__count")).to_contain_text(DATA.text("finder_none", LANGS[0]))
