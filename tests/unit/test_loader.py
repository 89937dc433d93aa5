"""The loader: valid data loads into typed models; each broken file gives its exact message."""

import datetime as dt
from pathlib import Path

import pytest
from pydantic import ValidationError

from guide.errors import DataErrors
from guide.loader import load_site_data
from guide.models import STATES, Agency, Checklist
from tests.paths import FIXTURES
from tests.sitedata import site_data

BROKEN = sorted((FIXTURES / "broken").glob("*.yml"))


def _header(path: Path, key: str) -> list[str]:
    prefix = f"# {key}: "
    return [ln[len(prefix) :] for ln in path.read_text().splitlines() if ln.startswith(prefix)]


def test_valid_fixture_loads_into_typed_models(data_root):
    data = load_site_data(data_root)
    assert isinstance(data.agencies["dol-whd"], Agency)
    assert isinstance(data.checklists["step-1"], Checklist)
    assert data.status.last_checked == dt.date(2026, 11, 1)
    assert [i.id for i in data.checklists["step-1"].items] == ["list-problems", "check-deadlines"]
    assert data.text("status_label", "es") == "Situación de la política"


def test_models_are_frozen(data_root):
    data = load_site_data(data_root)
    with pytest.raises(ValidationError):
        data.status.state = "open"


@pytest.mark.parametrize("case", BROKEN, ids=lambda p: p.stem)
def test_broken_file_reports_exact_error(data_root, case):
    (target,) = _header(case, "target")
    expected = _header(case, "expect")
    assert expected, f"{case.name} must say what it expects"
    (data_root / "data" / target).write_text(case.read_text())
    with pytest.raises(DataErrors) as info:
        load_site_data(data_root)
    assert [str(e) for e in info.value.errors] == expected  # in report order: by line


def test_all_errors_are_reported_together(data_root):
    for name in ("bad-url.yml", "missing-spanish.yml", "wrong-type.yml"):
        case = FIXTURES / "broken" / name
        (target,) = _header(case, "target")
        (data_root / "data" / target).write_text(case.read_text())
    with pytest.raises(DataErrors) as info:
        load_site_data(data_root)
    report = info.value.report()
    assert len(info.value.errors) == 3
    assert report.endswith("3 data error(s) found.")
    for line in report.splitlines()[:3]:
        assert line.startswith("data/") and ": field '" in line


def test_a_source_on_a_copy_site_that_says_it_is_a_copy_loads(data_root):
    case = FIXTURES / "broken" / "source-on-a-copy-site.yml"
    (target,) = _header(case, "target")
    text = case.read_text().replace("publisher: LawServer", "publisher: LawServer (copy of a law)")
    (data_root / "data" / target).write_text(text)
    assert load_site_data(data_root).sources["law-copy"].publisher == "LawServer (copy of a law)"


def test_missing_file_is_named(data_root):
    (data_root / "data" / "glossary.yml").unlink()
    with pytest.raises(DataErrors) as info:
        load_site_data(data_root)
    assert [str(e) for e in info.value.errors] == ["data/glossary.yml:1: is missing"]


def test_real_data_is_valid():

    data = site_data()
    assert data.status.state in STATES


def test_deadline_markers_in_data_texts_take_the_length_from_the_agency(data_root):
    (data_root / "data" / "checklists" / "step-1.yml").write_text(
        "id: step-1\ntitle: {en: T, es: T}\nitems:\n  - id: list-problems\n"
        '    en: {text: "File within [](deadline:dol-whd/federal-wage-claim)."}\n'
        '    es: {text: "Presente dentro de [](deadline:dol-whd/federal-wage-claim)."}\n'
        "  - id: check-deadlines\n    en: {text: Check.}\n    es: {text: Revise.}\n"
    )
    item = load_site_data(data_root).checklists["step-1"].items[0]
    assert (item["en"].text, item["es"].text) == (
        "File within 2 years.",
        "Presente dentro de 2 años.",
    )
