"""The deadline calculator against a reference computed here with dateutil, its calendar file read
back with the icalendar library, its one-sheet print, and what it keeps (nothing)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from icalendar import Calendar
from playwright.sync_api import expect

from guide.agencies import clocks, match_agencies
from guide.dates import long_date
from guide.sortkey import sort_key
from scripts.printing import PAPERS, pdf_sheets
from tests.browser.axe import violations_at
from tests.browser.conftest import DESKTOP, NO_WORKER, PHONE, offline_after_visiting
from tests.paths import LANG_PREFIXES, LANGS, PREFIXES
from tests.sitedata import site_data

pytestmark = pytest.mark.browser

DATA = site_data()
ALL_PROBLEMS = [v.id for v in DATA.violations.violations]

# Event dates where calendar arithmetic goes wrong: month ends, leap days, a year's last day.
CASES = [
    ("2024-01-31", "CA", ALL_PROBLEMS),  # + 1 month: Feb 29 (leap year)
    ("2023-01-31", "NY", ALL_PROBLEMS),  # + 1 month: Feb 28
    ("2024-02-29", "WA", ALL_PROBLEMS),  # + 1 year: Feb 28, 2025; + 4 years: Feb 29, 2028
    ("2025-08-31", "IL", ALL_PROBLEMS),  # + 6 months: Feb 28, 2026
    ("2026-12-31", "", ALL_PROBLEMS),  # federal only; + 30 days crosses the year
    ("2026-03-31", "CO", ["unpaid-wages", "immigration-threats"]),  # + 6 months: Sep 30
]


def expected(event: str, state: str, problems: list[str]) -> list[tuple[str, str, dt.date]]:
    """(agency, deadline, last day) for every deadline the page should list, by dateutil."""
    day = dt.date.fromisoformat(event)
    rows = []
    for match in match_agencies(DATA, set(problems), state or None, LANGS[0]):
        for clock in clocks(DATA, match.agency):
            length = clock.deadline.length
            rows.append(
                (
                    match.agency.id,
                    clock.deadline.id,
                    day + relativedelta(**{length.unit: length.amount}),
                )
            )
    return rows


def fill(page, event: str, state: str, problems: list[str]) -> None:
    page.fill("#calc-date", event)
    page.select_option("#calc-state", state)
    if problems:
        # Each box activated as a tap does (click, input and change events), in one call: one
        # page.check per box took 1.3 s for all 17, a third of this file's time.
        page.locator(", ".join(f"#calc-problem-{p}" for p in problems)).evaluate_all(
            "boxes => boxes.forEach(box => box.checked || box.click())"
        )
        assert page.locator("input[name=problem]:checked").count() == len(problems)


def shown(page) -> list[tuple[str, str, dt.date]]:
    return [
        (row["agency"], row["deadline"], dt.date.fromisoformat(row["day"]))
        for row in page.eval_on_selector_all(
            ".guide-calc__row", "rows => rows.map(r => ({...r.dataset}))"
        )
    ]


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
@pytest.mark.parametrize(("event", "state", "problems"), CASES, ids=[c[0] for c in CASES])
def test_last_days_match_the_reference_soonest_first(
    page, base_url, prefix, lang, event, state, problems
):
    page.goto(f"{base_url}{prefix}tools/deadlines/")
    fill(page, event, state, problems)
    rows = shown(page)
    want = expected(event, state, problems)
    assert want, "a case with no deadline tests nothing"
    assert sorted(rows) == sorted(want)
    days = [day for _, _, day in rows]
    assert days == sorted(days), "not soonest first"
    # Each day is written as the rest of the site writes dates in this language.
    first = page.locator(".guide-calc__row time").first
    assert first.inner_text() == long_date(rows[0][2], lang)


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_deadlines_on_one_day_keep_the_rules_tables_order(page, base_url, prefix, lang):
    """The script reads its rules from the table and never sorts by name itself: on a tie, the
    table's order (federal agencies, then the state's, each by name in the page's language)."""
    page.goto(f"{base_url}{prefix}tools/deadlines/")
    fill(page, "2024-01-31", "CA", ALL_PROBLEMS)
    rows = shown(page)
    days = [day for _, _, day in rows]
    assert len(set(days)) < len(days), "no two deadlines fall on one day: this tests no tie"
    table = page.eval_on_selector_all(
        ".guide-rules tr[data-deadline]",
        "rows => rows.map(r => r.closest('tbody').dataset.agency + ' ' + r.dataset.deadline)",
    )
    assert rows == sorted(rows, key=lambda r: (r[2], table.index(f"{r[0]} {r[1]}")))

    def by_name(agencies):
        return sorted(agencies, key=lambda a: sort_key(a.name.get(lang)))

    every = DATA.agencies.values()
    want = by_name(a for a in every if a.level == "federal") + by_name(
        a for a in every if a.state == "CA"
    )
    bodies = page.eval_on_selector_all(".guide-rules tbody", "bs => bs.map(b => b.dataset.agency)")
    assert [i for i in bodies if i in {a.id for a in want}] == [a.id for a in want]


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_past_days_are_shown_as_past_not_hidden(page, base_url, prefix, lang):
    page.goto(f"{base_url}{prefix}tools/deadlines/")
    fill(page, "2019-03-15", "CA", ["unpaid-wages", "immigration-threats"])
    want = expected("2019-03-15", "CA", ["unpaid-wages", "immigration-threats"])
    past = page.locator(".guide-calc__row--past")
    assert past.count() == len(want) == page.locator(".guide-calc__row").count()
    expect(past.first.locator(".guide-calc__flag")).to_have_text(DATA.text("calc_past", lang))
    expect(page.locator(".guide-calc__status")).to_contain_text(str(len(want)))


def test_the_date_field_looks_like_a_field(page, base_url):
    # The theme takes borders off inputs: without one, the first field reads as plain text.
    page.goto(base_url + "tools/deadlines/")
    border = page.locator('.guide-calc input[type="date"]').evaluate(
        "e => [getComputedStyle(e).borderTopWidth, getComputedStyle(e).borderBottomStyle]"
    )
    assert border[0] != "0px" and border[1] == "solid"


def test_agencies_without_a_known_deadline_are_listed_as_unknown(page, base_url):
    page.goto(base_url + "tools/deadlines/")
    blank = [a for a in DATA.agencies.values() if not clocks(DATA, a)]
    assert blank, "every agency has deadlines now: this test needs another example"
    agency = blank[0]
    fill(page, "2026-06-01", agency.state or "", list(agency.violations))
    unknown = page.locator(".guide-calc__unknown-list li", has_text=agency.short_name)
    expect(unknown).to_have_count(1)
    expect(unknown).to_contain_text(DATA.text("calc_certainty_unknown", LANGS[0]))


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_calendar_file_parses_with_one_event_per_deadline(page, base_url, prefix, lang):
    page.goto(f"{base_url}{prefix}tools/deadlines/")
    fill(page, "2024-01-31", "CA", ALL_PROBLEMS)
    rows = shown(page)
    with page.expect_download() as info:
        page.click("[data-action=calc-ics]")
    download = info.value
    assert download.suggested_filename == DATA.text("calc_file_name", lang) + ".ics"
    raw = Path(download.path()).read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "lines must be folded at 75 bytes"
    calendar = Calendar.from_ical(raw)
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == len(rows)
    assert sorted(e.decoded("DTSTART") for e in events) == sorted(day for _, _, day in rows)
    assert len({str(e["UID"]) for e in events}) == len(events)
    agency = DATA.agencies[rows[0][0]]
    first = min(events, key=lambda e: e.decoded("DTSTART"))
    assert agency.short_name in str(first["SUMMARY"])
    assert DATA.text("calc_warning", lang) in str(first["DESCRIPTION"])


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_print_these_dates_is_one_sheet_with_inputs_and_status(browser, base_url, prefix, lang):
    context = browser.new_context(viewport=DESKTOP, **NO_WORKER)
    context.add_init_script("window.print = () => { window.__printed = true; };")
    page = context.new_page()
    page.goto(f"{base_url}{prefix}tools/deadlines/")
    fill(page, "2026-10-01", "CA", ["unpaid-wages", "immigration-threats"])
    page.click("[data-action=calc-print]")
    assert page.evaluate("window.__printed") is True
    page.emulate_media(media="print")
    for selector in (".guide-status", ".guide-calc__inputs", ".guide-calc__list"):
        assert page.locator(selector).is_visible(), selector
    assert not page.locator(".guide-calc__form").is_visible()
    assert not page.locator(".guide-rules").first.is_visible()
    inputs = page.locator(".guide-calc__inputs").inner_text()
    assert long_date(dt.date(2026, 10, 1), lang) in inputs
    for paper in PAPERS:
        # Making a PDF ends the print ("afterprint"); the reader would press the button again.
        page.locator("[data-action=calc-print]").dispatch_event("click")
        assert pdf_sheets(page.pdf(format=paper)) == 1, paper
    context.close()


def test_nothing_typed_is_kept_after_a_reload(page, base_url):
    page.goto(base_url + "tools/deadlines/")
    fill(page, "2024-02-29", "WA", ["unpaid-wages"])
    expect(page.locator(".guide-calc__row").first).to_be_visible()
    assert "2024" not in page.url and "?" not in page.url
    page.reload()
    assert page.input_value("#calc-date") == ""
    assert page.input_value("#calc-state") == ""
    assert page.locator("input[name=problem]:checked").count() == 0
    stored = page.evaluate(
        "() => [localStorage, sessionStorage].flatMap(s => Object.keys(s).map(k => k + s[k]))"
    )
    assert not [item for item in stored if "2024-02-29" in item or "unpaid-wages" in item]


def test_without_javascript_the_rules_table_shows_every_deadline(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "tools/deadlines/")
    assert not page.locator(".guide-calc__form").is_visible()
    rows = sum(max(len(clocks(DATA, a)), 1) for a in DATA.agencies.values())
    assert page.locator(".guide-rules tbody tr").count() == rows
    nlrb = page.locator(".guide-rules tbody tr", has_text="NLRB").first
    expect(nlrb).to_contain_text("6 months from")
    context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("prefix", PREFIXES, ids=LANGS)
def test_calculator_with_results_has_no_axe_violations(browser, base_url, viewport, prefix):
    def with_results(page):  # past days too
        fill(page, "2019-03-15", "NY", ["unpaid-wages", "organizing-retaliation"])

    assert (
        violations_at(browser, f"{base_url}{prefix}tools/deadlines/", viewport, with_results) == []
    )


def test_calculator_works_offline_after_a_first_visit(browser, base_url, other_lang):
    prefix, _ = other_lang
    with offline_after_visiting(browser, base_url, f"{prefix}tools/deadlines/") as page:
        page.reload()
        fill(page, "2024-01-31", "CA", ["unpaid-wages"])
        assert sorted(shown(page)) == sorted(expected("2024-01-31", "CA", ["unpaid-wages"]))
