"""Agency pages and the finder's matching rule, on small fixture data."""

from pathlib import Path

import pytest

from guide.agencies import match_agencies, own_deadlines, write_pages
from guide.loader import load_site_data
from guide.render import make_env
from guide.sortkey import sort_key
from tests.paths import ROOT

AGENCY = """id: {id}
short_name: {short}
level: {level}
state: {state}
name: {{en: {name}, es: {name} ES}}
official_names: [en]
violations: [{problems}]
website: https://example.gov/{id}
filing: {{web: unknown, phone: unknown, languages: unknown, asks_status: unknown,
         sources: [], verified: 2026-01-01}}
deadlines: {deadlines}
disclosure: unknown
soi: {{status: none-published, sources: [], verified: 2026-01-01}}
ut_certification: {{certifies: unknown, sources: [], verified: 2026-01-01}}
sources: [agency-page]
last_reviewed: 2026-01-01
"""


def _deadline(amount: int, unit: str = "days") -> str:
    return (
        f"[{{id: claim, claim: {{en: c, es: c}}, length: {{amount: {amount}, unit: {unit}}}, "
        "runs_from: {en: the firing, es: el despido}, sources: [agency-page], "
        "verified: 2026-01-01}]"
    )


NOT_FOUND = (
    "{reason: not-found, note: {en: Nothing found., es: Nada.}, sources: [], verified: 2026-01-01}"
)


@pytest.fixture
def data(data_root):
    folder = data_root / "data"
    (folder / "violations.yml").write_text(
        "violations:\n"
        "  - {id: unpaid-wages, en: {label: Unpaid wages}, es: {label: Salarios}}\n"
        "  - {id: child-labor, en: {label: Child labor}, es: {label: Trabajo infantil}}\n"
    )
    rows = [
        ("ca-fast", "CAF", "state", "CA", "Alpha California", "unpaid-wages", _deadline(30)),
        ("ca-slow", "CAS", "state", "CA", "Beta California", "unpaid-wages", _deadline(3, "years")),
        ("ny-any", "NYA", "state", "NY", "New York office", "unpaid-wages", _deadline(10)),
        ("fed-unknown", "FU", "federal", "null", "Federal unknown", "unpaid-wages", NOT_FOUND),
        ("fed-child", "FC", "federal", "null", "Federal child", "child-labor", _deadline(5)),
    ]
    for ident, short, level, state, name, problems, deadlines in rows:
        (folder / "agencies" / f"{ident}.yml").write_text(
            AGENCY.format(
                id=ident,
                short=short,
                level=level,
                state=state,
                name=name,
                problems=problems,
                deadlines=deadlines,
            )
        )
    return load_site_data(data_root)


def _ids(matches):
    return [m.agency.id for m in matches]


def test_federal_agencies_and_the_chosen_state_only_soonest_first(data):
    # dol-whd (fixture) has a 730-day deadline; fed-unknown has none, so it comes last.
    assert _ids(match_agencies(data, {"unpaid-wages"}, "CA", "en")) == [
        "ca-fast",
        "dol-whd",
        "ca-slow",
        "fed-unknown",
    ]


def test_no_state_means_federal_agencies_only(data):
    assert _ids(match_agencies(data, {"unpaid-wages"}, None, "en")) == ["dol-whd", "fed-unknown"]


def test_any_of_several_problems_matches(data):
    assert _ids(match_agencies(data, {"unpaid-wages", "child-labor"}, "NY", "en")) == [
        "fed-child",
        "ny-any",
        "dol-whd",
        "fed-unknown",
    ]


def test_no_problem_matches_nothing(data):
    assert match_agencies(data, set(), "CA", "en") == []


def test_pages_are_written_per_language_idempotently_and_pruned(data, tmp_path: Path):
    env = make_env(ROOT / "overrides" / "components")
    handwritten = tmp_path / "docs" / "en" / "agencies" / "index.md"
    handwritten.parent.mkdir(parents=True)
    handwritten.write_text("---\ntitle: Index\n---\n")
    written = write_pages(tmp_path, env, data)
    assert len(written) == 2 * len(data.agencies)
    page = (tmp_path / "docs" / "es" / "agencies" / "ca-fast.md").read_text()
    assert page.startswith('---\ntitle: "Alpha California ES (CAF)"')
    assert "generated_from: data/agencies/ca-fast.yml" in page
    assert "## Plazos para presentar { #deadlines }" in page
    assert "30 días [@agency-page]" in page and "el despido" in page
    assert write_pages(tmp_path, env, data) == []  # nothing changed, nothing written

    stale = tmp_path / "docs" / "en" / "agencies" / "gone.md"
    stale.write_text("---\ngenerated_from: data/agencies/gone.yml\n---\n")
    assert write_pages(tmp_path, env, data) == [stale]
    assert not stale.exists() and handwritten.exists()


def test_unknown_facts_are_said_to_be_unknown(data, tmp_path: Path):
    write_pages(tmp_path, make_env(ROOT / "overrides" / "components"), data)
    page = (tmp_path / "docs" / "en" / "agencies" / "fed-unknown.md").read_text()
    assert "We did not find this agency&#39;s filing deadlines." in page
    assert "Nothing found." in page
    assert page.count("Not known — our sources do not say.") >= 3  # address, phone, languages
    assert "Not known — our sources do not say, or do not confirm it still holds." in page  # status
    assert "Our sources do not say whether this agency signs U or T visa certifications." in page


LAW = """laws:
  - id: ca-threats
    state: CA
    citation: "Cal. Lab. Code § 1019"
    en: {name: Threats, forbids: Threats.}
    es: {name: Amenazas, forbids: Amenazas.}
    violations: [child-labor]
    agencies: [ca-slow]
    deadlines: [{id: complaint, claim: {en: Law complaint, es: Queja},
                 length: {amount: 6, unit: months}, runs_from: {en: the threat, es: la amenaza},
                 sources: [agency-page], verified: 2026-01-01}]
    sources: [agency-page]
    verified: 2026-01-01
"""


def test_a_state_law_adds_its_agency_and_its_deadline_to_the_finder(data_root, data):
    (data_root / "data" / "state_laws.yml").write_text(LAW)
    data = load_site_data(data_root)
    found = match_agencies(data, {"child-labor"}, "CA", "en")
    assert _ids(found) == ["fed-child", "ca-slow"]
    clocks = found[1].clocks
    assert [(c.deadline.claim["en"], c.law.id if c.law else None) for c in clocks] == [
        ("Law complaint", "ca-threats"),
        ("c", None),
    ]  # 6 months before 3 years
    assert _ids(match_agencies(data, {"child-labor"}, "NY", "en")) == ["fed-child"]


def test_months_and_years_sort_by_their_length_in_days(data_root):
    folder = data_root / "data" / "agencies"
    for ident, amount, unit in (
        ("x-months", 6, "months"),
        ("x-days", 200, "days"),
        ("x-year", 1, "years"),
    ):
        (folder / f"{ident}.yml").write_text(
            AGENCY.format(
                id=ident,
                short=ident,
                level="federal",
                state="null",
                name=ident,
                problems="unpaid-wages",
                deadlines=_deadline(amount, unit),
            )
        )
    data = load_site_data(data_root)
    assert _ids(match_agencies(data, {"unpaid-wages"}, None, "en")) == [
        "x-months",
        "x-days",
        "x-year",
        "dol-whd",
    ]


def test_a_law_filed_under_its_agencys_deadline_names_it_once(data_root, data):
    start, end = LAW.index("    deadlines:"), LAW.index("\n    sources:") + 1
    law = LAW[:start] + "    deadlines: {agency: ca-slow, deadline: claim}\n" + LAW[end:]
    assert law != LAW
    (data_root / "data" / "state_laws.yml").write_text(law)
    data = load_site_data(data_root)
    (match,) = [
        m for m in match_agencies(data, {"child-labor"}, "CA", "en") if m.agency.id == "ca-slow"
    ]
    assert [(c.deadline.id, c.law) for c in match.clocks] == [("claim", None)]
    assert [d.id for d in own_deadlines(data, data.state_laws.laws[0])] == ["claim"]


def test_any_legal_name_makes_valid_front_matter_and_data_never_becomes_markdown(
    data_root, tmp_path: Path
):
    from guide.pages import read_front_matter

    folder = data_root / "data" / "agencies"
    text = AGENCY.format(
        id="quoted",
        short="'Q: \"Q\"'",
        level="federal",
        state="null",
        name="N",
        problems="unpaid-wages",
        deadlines=NOT_FOUND,
    )
    text = text.replace(
        "name: {en: N, es: N ES}", "name: {en: 'The \"Best\" Office: #1', es: 'La \"Mejor\"'}"
    )
    text = text.replace(
        "disclosure: unknown",
        'disclosure: {en: "# Big [x] (https://a.example) *b*", '
        'es: "# Gran [x] (https://a.example)", sources: [agency-page]}',
    )
    (folder / "quoted.yml").write_text(text)
    data = load_site_data(data_root)
    write_pages(tmp_path, make_env(ROOT / "overrides" / "components"), data)
    page = (tmp_path / "docs" / "en" / "agencies" / "quoted.md").read_text()
    meta, body, _ = read_front_matter(page)
    assert meta["title"] == 'The "Best" Office: #1 (Q: "Q")'
    assert r"\# Big \[x\] \(https://a.example\) \*b\*" in body


def test_names_sort_without_regard_to_accents_or_case():
    names = ["zona", "Área de salud", "Auto", "ética"]
    assert sorted(names, key=sort_key) == ["Área de salud", "Auto", "ética", "zona"]
