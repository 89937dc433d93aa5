"""Which facts a person should re-check first: those whose last verification is oldest.

A report, never a failure: an old date is a reminder, not an error. `python3 tasks.py check`
prints it after the checks, naming the file and line where the date is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .models import SiteData
from .pages import FrontMatterError, page_text, read_front_matter, written_paths
from .yamlfile import Loc, YamlDoc

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


def dated_facts(root: Path, data: SiteData) -> Iterator[DatedFact]:
    """Every verification date in the data and the pages, with where it is written."""
    status = data.docs["data/status.yml"]
    yield DatedFact(
        data.status.last_checked, status.path, status.line(("last_checked",)), "the policy status"
    )
    for agency in data.agencies.values():
        doc = data.docs[f"data/agencies/{agency.id}.yml"]

        def fact(day: dt.date, loc: Loc, what: str, doc: YamlDoc = doc) -> DatedFact:
            return DatedFact(day, doc.path, doc.line(loc), what)

        yield fact(agency.filing.verified, ("filing", "verified"), "filing details")
        if isinstance(agency.deadlines, list):
            for i, deadline in enumerate(agency.deadlines):
                yield fact(
                    deadline.verified,
                    ("deadlines", i, "verified"),
                    f"deadline '{deadline.claim[data.languages.default]}'",
                )
        yield fact(agency.soi.verified, ("soi", "verified"), "the SOI process")
    for lang in data.languages.codes:
        for rel in sorted(written_paths(root / "docs", lang)):  # agency pages' facts: above
            path = f"docs/{lang}/{rel}"
            text = page_text(root / path)  # "" when not UTF-8: the page checks say so
            try:
                meta = read_front_matter(text)[0]
            except FrontMatterError:  # reported by the page checks
                continue
            reviewed = meta.get("last_reviewed")
            if isinstance(reviewed, dt.date):
                line = next(
                    (
                        n
                        for n, ln in enumerate(text.splitlines(), 1)
                        if ln.startswith("last_reviewed:")
                    ),
                    1,
                )
                yield DatedFact(reviewed, path, line, "the page")


def review_report(root: Path, data: SiteData, today: dt.date, max_age_days: int) -> list[str]:
    """Lines naming each fact verified more than `max_age_days` ago, oldest first."""
    limit = today - dt.timedelta(days=max_age_days)
    stale = sorted(f for f in dated_facts(root, data) if f.verified < limit)
    if not stale:
        return [f"Review report: every fact was verified in the last {max_age_days} days."]
    return [
        f"Review report: {len(stale)} fact(s) last verified more than {max_age_days} days ago "
        "(oldest first; re-check them against their sources, then update the date):",
        *(f.line_for(today) for f in stale),
    ]
