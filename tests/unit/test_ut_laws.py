"""A U and T certification law (data/ut_laws.yml) is written once and named by the agencies of its
own state: a name that is unknown, or a law of another state, is an error at the agency's line."""

import pytest

from guide.errors import DataErrors
from guide.loader import load_site_data

LAW = """laws:
  - id: ca-law
    state: CA
    timing: {en: Thirty days., es: Treinta días.}
    sources: [agency-page]
    verified: 2026-11-01
"""
UT = (
    'ut_certification: {certifies: "yes", visas: [u], sources: [agency-page], verified: 2026-11-01}'
)


def _name_law(data_root, law: str) -> None:
    (data_root / "data" / "ut_laws.yml").write_text(LAW)
    agency = data_root / "data" / "agencies" / "dol-whd.yml"
    text = agency.read_text()
    assert UT in text
    agency.write_text(text.replace(UT, UT.replace("sources:", f"law: {law}, sources:")))


@pytest.mark.parametrize(
    ("law", "message"),
    [
        ("nope", "names unknown U and T law 'nope' (ut_laws.yml)"),
        ("ca-law", "names 'ca-law', a law of CA, for a federal agency"),
    ],
)
def test_an_agency_may_name_only_a_known_law_of_its_own_state(data_root, law, message):
    _name_law(data_root, law)
    with pytest.raises(DataErrors) as info:
        load_site_data(data_root)
    assert [str(e) for e in info.value.errors] == [
        f"data/agencies/dol-whd.yml:30: field 'ut_certification.law' {message}"
    ]


def test_a_law_of_the_agency_state_loads(data_root):
    _name_law(data_root, "ca-law")
    agency = data_root / "data" / "agencies" / "dol-whd.yml"
    text = agency.read_text().replace("level: federal\nstate: null", "level: state\nstate: CA")
    agency.write_text(text)
    data = load_site_data(data_root)
    assert data.ut_laws.get(data.agencies["dol-whd"].ut_certification.law).timing["es"] == (
        "Treinta días."
    )
