"""A status phrase that does not depend on the policy's state is written once, under `every:`:
each state renders it, and its texts are checked like any other phrase's."""

import pytest

from guide.errors import DataErrors
from guide.loader import load_site_data
from guide.models import STATES
from guide.status import phrase


def _add_phrase(data_root, es: str) -> None:
    status = data_root / "data" / "status.yml"
    status.write_text(
        status.read_text()
        + f'  last-check:\n    every:\n      en: "Checked {{checked}}."\n      es: "{es}"\n'
    )


def _errors(data_root) -> list[str]:
    with pytest.raises(DataErrors) as info:
        load_site_data(data_root)
    return [str(e) for e in info.value.errors]


def _line(data_root, needle: str) -> int:
    lines = (data_root / "data" / "status.yml").read_text().splitlines()
    return next(i for i, ln in enumerate(lines, 1) if needle in ln)


def test_a_phrase_written_once_renders_in_every_state(data_root):
    _add_phrase(data_root, "Revisado el {checked}.")
    status = load_site_data(data_root).status
    for state in STATES:
        now = status.model_copy(update={"state": state})
        assert phrase(now, "last-check", "en") == "Checked November 1, 2026."
        assert phrase(now, "last-check", "es") == "Revisado el 1 de noviembre de 2026."


def test_a_phrase_written_once_is_checked_where_it_is_written(data_root):
    _add_phrase(data_root, "Revisado el {fecha}.")
    line = _line(data_root, "{fecha}")
    assert _errors(data_root) == [
        f"data/status.yml:{line}: field 'phrases.last-check.every.es' uses {{fecha}}; "
        "the only placeholder is {checked}"
    ]


def test_every_may_not_be_mixed_with_states(data_root):
    status = data_root / "data" / "status.yml"
    status.write_text(
        status.read_text() + '  last-check:\n    every: {en: "A.", es: "A."}\n'
        '    open: {en: "B.", es: "B."}\n'
    )
    line = _line(data_root, "last-check:")
    assert _errors(data_root) == [
        f"data/status.yml:{line}: field 'phrases.last-check' must be `every:` alone, or one text "
        "per state (open, halted, ended)"
    ]


def test_the_check_date_written_by_hand_is_named_in_pages_and_data(data_root):
    # It belongs in a [](status:KEY) phrase: typed, it would stay behind at the next check.
    from guide.dates import long_date
    from guide.status import hand_dated_problems

    data = load_site_data(data_root)
    written = long_date(data.status.last_checked, "en")
    said = f"writes the date of the last check ('{written}') by hand"
    page = f"Intro.\n\nAs of {written}, nothing changed.\n"
    assert hand_dated_problems(page, data.status, "en", "docs/en/x.md") == [
        f"docs/en/x.md:3: {said}: use a [](status:KEY) phrase (data/status.yml)"
    ]
    other_day = page.replace(str(data.status.last_checked.year), "1999")
    assert hand_dated_problems(other_day, data.status, "en", "docs/en/x.md") == []
    timeline = data_root / "data" / "timeline.yml"
    text = timeline.read_text(encoding="utf-8")
    old = "text: DHS opens the process.}"
    line = text[: text.index(old)].count("\n") + 1
    timeline.write_text(text.replace(old, f'text: "As of {written}, DHS opens the process."}}'))
    with pytest.raises(DataErrors) as info:
        load_site_data(data_root)
    assert [str(e) for e in info.value.errors] == [
        f"data/timeline.yml:{line}: field 'events[0].en.text' {said}: use a [](status:KEY) "
        "phrase (data/status.yml)"
    ]
