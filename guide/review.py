"""Which facts a person should re-check first: those whose last verification is oldest.

A report, never a failure: an old date is a reminder, not an error. `python3 tasks.py check`
prints it after the checks, naming the file and line where the date is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .models import SiteData
from .pages import FrontMatterError, page_text, read_front_matter, written_paths
from .yamlfile import Loc, children

DEFAULT_MAX_AGE_DAYS = 365


@dataclass(frozen=True, order=True)
class DatedFact:
    verified: dt.date
    path: str
    line: int
    what: str

    def line_for(self, today: dt.date) -> str:
        age = (today - self.verified).days
        where = f"{self.path}:{self.line}:"
        return f"{where} {self.what} last verified {self.verified} ({age} days ago)"


# Keys that hold the date a person last checked what sits beside them, wherever they are written
# in data/ (a new file or field that uses one is in the report without a change here).
DATE_KEYS = ("verified", "last_reviewed")
# How the report names what a dated part of the data is about, by the key that holds it.
PARTS = {
    "filing": "filing details",
    "soi": "the SOI process",
    "ut_certification": "U and T visa certification",
    "deadlines": "why no deadline is listed",
}
# How it names an item of a file's list by its id: "state law 'ca-labor-code-244'" (by file:
# state_laws.yml and ut_laws.yml both hold a list named `laws`).
ITEMS = {
    "data/state_laws.yml": "state law",
    "data/ut_laws.yml": "U and T certification law",
    "data/referrals.yml": "referral",
}


def dated_facts(root: Path, data: SiteData, before: dt.date) -> Iterator[DatedFact]:
    """Every verification date older than `before`, in the data and the pages, with where it is
    written (found for these only: most dates are recent, and finding a line takes time)."""
    status = data.docs["data/status.yml"]
    if data.status.last_checked < before:
        yield DatedFact(
            data.status.last_checked,
            status.path,
            status.line(("last_checked",)),
            "the policy status",
        )
    for shown in sorted(data.docs):
        doc = data.docs[shown]
        for loc, day in _dates(doc.data):
            if day < before:
                what = _what(doc.data, loc, data.languages.default, ITEMS.get(shown, "item"))
                yield DatedFact(day, doc.path, doc.line(loc), what)
    for lang in data.languages.codes:
        for rel in sorted(written_paths(root / "docs", lang)):  # agency pages' facts: above
            path = f"docs/{lang}/{rel}"
            text = page_text(root / path)  # "" when not UTF-8: the page checks say so
            try:
                meta = read_front_matter(text)[0]
            except FrontMatterError:  # reported by the page checks
                continue
            reviewed = meta.get("last_reviewed")
            if isinstance(reviewed, dt.date) and reviewed < before:
                line = next(
                    (
                        n
                        for n, ln in enumerate(text.splitlines(), 1)
                        if ln.startswith("last_reviewed:")
                    ),
                    1,
                )
                yield DatedFact(reviewed, path, line, "the page")


def _dates(node: Any, loc: Loc = ()) -> Iterator[tuple[Loc, dt.date]]:
    """(where, date) for each verification date in loaded YAML, in file order."""
    for key, value in children(node):
        if isinstance(value, (dict, list)):  # not down into each text: half the time
            yield from _dates(value, (*loc, key))
        elif key in DATE_KEYS and isinstance(value, dt.date):
            yield (*loc, key), value


def _what(root: Any, loc: Loc, default: str, item: str) -> str:
    """What a date at `loc` is about: a deadline by its claim; otherwise the ids of the items it
    sits in (the file names the agency; `item` says what the file's items are) and the part of
    the data (filing, the SOI process…)."""
    node, names = root, []
    for key in loc[:-1]:
        node = node[key]
        if isinstance(node, dict) and "claim" in node:
            return f"deadline '{node['claim'].get(default, '')}'"
        if key in PARTS:
            names.append(PARTS[key])
        elif isinstance(node, dict) and "id" in node:
            names.append(f"{item} '{node['id']}'")
    if not names:
        return "the page" if loc[-1] == "last_reviewed" else "this file"
    return ", ".join(names)


def review_report(root: Path, data: SiteData, today: dt.date, max_age_days: int) -> list[str]:
    """Lines naming each fact verified more than `max_age_days` ago, oldest first."""
    stale = sorted(dated_facts(root, data, today - dt.timedelta(days=max_age_days)))
    if not stale:
        return [f"Review report: every fact was verified in the last {max_age_days} days."]
    return [
        f"Review report: {len(stale)} fact(s) last verified more than {max_age_days} days ago "
        "(oldest first; re-check them against their sources, then update the date):",
        *(f.line_for(today) for f in stale),
    ]
