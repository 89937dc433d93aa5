"""The other campaign tools in a real browser: the decision aid reaches every outcome, templates
print within their sheet counts and download a CSV of their fields, the meeting kit presents, and
nothing chosen is kept."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from playwright.sync_api import expect

from guide.status import phrase
from scripts.printing import PAPERS, pdf_sheets
from tests.browser.axe import violations_at
from tests.browser.conftest import DESKTOP, PHONE, offline_after_visiting
from tests.paths import LANG_PREFIXES, LANGS, PREFIXES
from tests.sitedata import site_data

pytestmark = pytest.mark.browser

DATA = site_data()
DECISION = DATA.decision


def paths_to_outcomes() -> dict[str, list[tuple[str, str]]]:
    """For each outcome, one path of (question, choice) from the first question, walked here."""
    questions = {q.id: q for q in DECISION.questions}
    found: dict[str, list[tuple[str, str]]] = {}

    def walk(ident: str, path: list[tuple[str, str]]) -> None:
        if ident not in questions:
            found.setdefault(ident, path)
            return
        for choice in questions[ident].choices:
            walk(choice.then, [*path, (ident, choice.id)])

    walk(DECISION.questions[0].id, [])
    return found


PATHS = paths_to_outcomes()


def test_every_outcome_in_the_data_has_a_path():
    assert set(PATHS) == {o.id for o in DECISION.outcomes}


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
@pytest.mark.parametrize("outcome", sorted(PATHS))
def test_decision_aid_reaches_each_outcome(page, base_url, prefix, lang, outcome):
    page.goto(f"{base_url}{prefix}tools/named-or-anonymous/")
    visible = page.locator(".guide-decision__question:visible")
    expect(visible).to_have_count(1)  # one question at a time, starting with the first
    for question, choice in PATHS[outcome]:
        page.locator(f"label[for='step-{question}-{choice}']").click()
    shown = page.locator(".guide-decision__outcome:visible")
    expect(shown).to_have_count(1)
    expect(shown).to_have_attribute("data-outcome", outcome)
    title = next(o for o in DECISION.outcomes if o.id == outcome)[lang].title
    expect(page.locator(".guide-decision__status")).to_have_text(title)
    # Numbered as the reader meets them, not by their place in the whole tree (1, 2, 5).
    numbers = page.locator(".guide-decision__question:visible .guide-decision__n")
    expect(numbers).to_have_text([f"{n}." for n in range(1, len(PATHS[outcome]) + 1)])


def test_changing_an_earlier_answer_drops_the_later_ones(page, base_url):
    longest = max(PATHS.values(), key=len)
    assert len(longest) >= 2, "the aid needs at least two questions on one path"
    page.goto(base_url + "tools/named-or-anonymous/")
    for question, choice in longest:
        page.locator(f"label[for='step-{question}-{choice}']").click()
    first_question, first_choice = longest[0]
    other = next(c for c in DECISION.questions[0].choices if c.id != first_choice)
    page.locator(f"label[for='step-{first_question}-{other.id}']").click()
    for question, choice in longest[1:]:
        assert not page.locator(f"#step-{question}-{choice}").is_checked()
    page.click("[data-action=decision-restart]")
    expect(page.locator(".guide-decision input:checked")).to_have_count(0)
    expect(page.locator(".guide-decision__outcome:visible")).to_have_count(0)


def test_decision_aid_keeps_nothing_after_a_reload(page, base_url):
    page.goto(base_url + "tools/named-or-anonymous/")
    question, choice = PATHS[sorted(PATHS)[0]][0]
    page.locator(f"label[for='step-{question}-{choice}']").click()
    page.reload()
    expect(page.locator(".guide-decision input:checked")).to_have_count(0)
    assert "?" not in page.url
    stored = page.evaluate(
        "() => [localStorage, sessionStorage].flatMap(s => Object.keys(s).map(k => k + s[k]))"
    )
    assert not [item for item in stored if question in item]


def test_without_javascript_every_step_and_outcome_reads_as_a_list(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "tools/named-or-anonymous/")
    expect(page.locator(".guide-decision__question:visible")).to_have_count(len(DECISION.questions))
    numbers = page.locator(".guide-decision__n")  # "go to question 5" means the fifth here
    expect(numbers).to_have_text([f"{n}." for n in range(1, len(DECISION.questions) + 1)])
    expect(page.locator(".guide-decision__outcome:visible")).to_have_count(len(DECISION.outcomes))
    for link in page.locator(".guide-decision__then").all():
        target = link.get_attribute("href")
        assert page.locator(target).count() == 1, f"{target} leads nowhere"
    context.close()


TEMPLATES = sorted(DATA.templates.values(), key=lambda t: t.id)


def _labels(template, lang: str) -> list[str]:
    if template.layout == "table":
        return [c[lang].label for c in template.columns]
    return [f[lang].label for s in template.sections for f in s.fields]


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
def test_template_prints_within_its_sheets(page, base_url, prefix, lang, template):
    page.goto(f"{base_url}{prefix}tools/{template.id}/")
    page.emulate_media(media="print")
    expect(page.locator(".guide-status__headline")).to_be_visible()
    expect(page.locator(".guide-print-footer")).to_be_visible()  # a handout names its page
    if template.never_ask:
        never = page.locator(".guide-template__never")
        for item in DATA.never_collect.items:
            expect(never).to_contain_text(item[lang].label)
    for paper in PAPERS:
        sheets = pdf_sheets(page.pdf(format=paper))
        assert sheets <= template.sheets, f"{template.id} prints on {sheets} {paper} sheets"


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
def test_template_csv_has_its_fields_in_order(page, base_url, prefix, lang, template):
    page.goto(f"{base_url}{prefix}tools/{template.id}/")
    # The words shown, without the screen-reader expansions of abbreviations (DHS, ICE).
    shown = page.eval_on_selector_all(
        ".guide-form__label, .guide-form-table th",
        "els => els.map(e => { const c = e.cloneNode(true);"
        " c.querySelectorAll('.guide-sr').forEach(s => s.remove()); return c.textContent; })",
    )
    assert shown == _labels(template, lang)
    with page.expect_download() as info:
        page.locator(".guide-template__actions a[download]").click()
    raw = Path(info.value.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "without a BOM, spreadsheets garble the accents"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows == [_labels(template, lang)]


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_meeting_script_speaks_the_status_data_and_presents(page, base_url, prefix, lang):
    page.goto(f"{base_url}{prefix}tools/first-meeting/")
    script = page.eval_on_selector(  # without the screen-reader expansions of abbreviations
        ".guide-script",
        "e => { const c = e.cloneNode(true);"
        " c.querySelectorAll('.guide-sr').forEach(s => s.remove()); return c.textContent; }",
    )
    assert phrase(DATA.status, "now", lang) in " ".join(script.split())
    minutes = sum(item.minutes for item in DATA.meeting.agenda)
    expect(page.locator(".guide-agenda__total")).to_contain_text(str(minutes))
    expect(page.locator(".guide-questions__item")).to_have_count(len(DATA.meeting.questions))
    page.keyboard.press("Shift+P")
    expect(page.locator("body.guide-presenting")).to_have_count(1)
    seen = []
    for _ in range(20):
        seen.append(page.locator(".md-content__inner > h2:visible").all_inner_texts())
        page.keyboard.press("PageDown")
    headings = [h for slide in seen for h in slide]
    for section in ("agenda", "script", "hard-questions"):
        title = page.locator(f"h2#{section}").inner_text()
        assert title in headings, f"presentation never shows '{title}'"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("prefix", PREFIXES, ids=LANGS)
@pytest.mark.parametrize(
    "slug", ["index", "named-or-anonymous", "first-meeting", "intake-form", "agency-log"]
)
def test_tool_pages_have_no_axe_violations(browser, base_url, viewport, prefix, slug):
    def outcome_shown(page):  # with the answers that led there
        for question, choice in PATHS[sorted(PATHS)[0]]:
            page.locator(f"label[for='step-{question}-{choice}']").click()

    url = f"{base_url}{prefix}tools/{'' if slug == 'index' else slug + '/'}"
    prepare = outcome_shown if slug == "named-or-anonymous" else None
    assert violations_at(browser, url, viewport, prepare) == []


def test_tools_work_offline_after_a_first_visit(browser, base_url, other_lang):
    prefix, _ = other_lang
    visited = (f"{prefix}tools/named-or-anonymous/", f"{prefix}tools/intake-form/")
    with offline_after_visiting(browser, base_url, *visited) as page:
        page.goto(base_url + visited[0])
        outcome = sorted(PATHS)[0]
        for question, choice in PATHS[outcome]:
            page.locator(f"label[for='step-{question}-{choice}']").click()
        expect(page.locator(".guide-decision__outcome:visible")).to_have_attribute(
            "data-outcome", outcome
        )
        page.goto(base_url + visited[1])
        expect(page.locator(".guide-template__never")).to_be_visible()


@pytest.mark.parametrize("prefix", PREFIXES, ids=LANGS)
def test_tools_are_linked_from_the_first_screen_of_the_home_page(browser, base_url, prefix):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(base_url + prefix)
    link = page.locator("article a[href='tools/deadlines/']").first
    box = link.bounding_box()
    assert box and box["y"] + box["height"] <= 844, "the calculator is below the first screen"
    context.close()
