"""The agency directory: one generated page per agency per language, and the finder's matching.

Generated pages are real Markdown files written into docs/<lang>/agencies/ before MkDocs reads the
docs folder, so the language switcher, search, sitemap and link checks treat them like any page.
They are git-ignored and rewritten from data/agencies/ on every build; never edit them by hand.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment

from .dates import duration, long_date
from .markers import DEADLINE
from .models import Agency, AgencyDeadline, Deadline, SiteData, StateLaw
from .pages import AGENCY_TEMPLATE, HANDWRITTEN_AGENCY_PAGES
from .sortkey import sort_key

GENERATED_MARK = "generated_from: data/agencies/"


@dataclass(frozen=True)
class Clock:
    """A filing deadline, with the state law it comes from when it is not the agency's own."""

    deadline: Deadline
    law: StateLaw | None = None


@dataclass(frozen=True)
class Match:
    agency: Agency
    clocks: tuple[Clock, ...]  # soonest first; empty when none is known

    @property
    def soonest(self) -> float:
        return self.clocks[0].deadline.length.approx_days if self.clocks else float("inf")


def own_deadlines(data: SiteData, owner: Agency | StateLaw) -> tuple[Deadline, ...]:
    """An agency's or a law's deadlines, soonest first; none when it gives a reason instead.

    A law filed under an agency's deadline (`deadlines: {agency, deadline}`) gets that deadline.
    """
    found = owner.deadlines
    if isinstance(found, AgencyDeadline):
        agency = data.agencies.get(found.agency)
        found = [d for d in own_deadlines(data, agency) if d.id == found.deadline] if agency else []
    if not isinstance(found, list):
        return ()
    return tuple(sorted(found, key=lambda d: d.length.approx_days))


class UnknownDeadline(KeyError):
    """A `[](deadline:AGENCY/ID)` naming an agency or a deadline that does not exist."""


def agency_deadline(agencies: Mapping[str, Agency], agency_id: str, deadline_id: str) -> Deadline:
    agency = agencies.get(agency_id)
    if agency is None:
        raise UnknownDeadline(f"agency '{agency_id}'")
    found = {d.id: d for d in agency.deadlines} if isinstance(agency.deadlines, list) else {}
    if deadline_id not in found:
        known = ", ".join(found) or "none"
        raise UnknownDeadline(f"deadline '{deadline_id}' of '{agency_id}' (known: {known})")
    return found[deadline_id]


def expand_deadlines(text: str, agencies: Mapping[str, Agency], lang: str) -> str:
    """Replace every `[](deadline:AGENCY/ID)` in `text` with that deadline's length in `lang`."""

    def length(m: re.Match) -> str:
        d = agency_deadline(agencies, m.group(1), m.group(2))
        return duration(d.length.amount, d.length.unit, lang)

    return DEADLINE.sub(length, text)


PRIMARY_KINDS = ("agency", "law", "court")
CERTAINTIES = ("confirmed", "secondary", "unknown")


def certainty(deadline: Deadline, data: SiteData) -> str:
    """'confirmed' when an official source (agency, statute, court) backs the deadline, else
    'secondary' (only advocates' or news pages). An agency without deadlines is 'unknown'."""
    kinds = {data.sources[s].kind for s in deadline.sources if s in data.sources}
    return "confirmed" if kinds & set(PRIMARY_KINDS) else "secondary"


def enforced_laws(data: SiteData, agency: Agency) -> list[StateLaw]:
    return [law for law in data.state_laws.laws if agency.id in law.agencies]


def handled(data: SiteData, agency: Agency) -> set[str]:
    """The problems an agency handles: its own list, plus those of the state laws it enforces."""
    found = set(agency.violations)
    for law in enforced_laws(data, agency):
        found.update(law.violations)
    return found


def clocks(data: SiteData, agency: Agency) -> tuple[Clock, ...]:
    """Every deadline for filing with an agency, its own and its state laws', soonest first."""
    found = [Clock(d) for d in own_deadlines(data, agency)]
    for law in enforced_laws(data, agency):
        ref = law.deadlines
        if isinstance(ref, AgencyDeadline) and ref.agency == agency.id:
            continue  # the agency's own deadline, listed already
        found.extend(Clock(d, law) for d in own_deadlines(data, law))
    return tuple(sorted(found, key=lambda c: c.deadline.length.approx_days))


def finder_order(data: SiteData, lang: str) -> list[Match]:
    """Every agency in the finder's order: soonest filing deadline first (unknown deadlines
    last), then by name in `lang`. The finder page lists its agencies in this order and
    assets/javascripts/agencies.js only filters them, so the order is decided here alone."""
    every = [Match(a, clocks(data, a)) for a in data.agencies.values()]
    return sorted(every, key=lambda m: (m.soonest, sort_key(m.agency.name.get(lang))))


def match_agencies(data: SiteData, problems: set[str], state: str | None, lang: str) -> list[Match]:
    """Agencies that handle any of `problems` (federal ones, plus those of `state`), in the
    finder's order for `lang`."""
    return [
        m
        for m in finder_order(data, lang)
        if problems & handled(data, m.agency)
        and (m.agency.level == "federal" or m.agency.state == state)
    ]


def states(data: SiteData) -> list[str]:
    return sorted({a.state for a in data.agencies.values() if a.state})


def page_markdown(env: Environment, data: SiteData, agency: Agency, lang: str) -> str:
    return env.get_template(AGENCY_TEMPLATE).render(
        a=agency,
        lang=lang,
        t=lambda key, **kw: data.text(key, lang, **kw),
        labels=data.violation_labels(lang),
        deadlines=own_deadlines(data, agency),
        laws=enforced_laws(data, agency),
        ut_law=data.ut_laws.get(agency.ut_certification.law),
        cited=lambda law: data.law_citation(law, lang),
        certainty=lambda d: certainty(d, data),  # the calculator's mark, on the page too
        length=lambda d: duration(d.length.amount, d.length.unit, lang),
        checked=lambda day: data.text("fact_verified", lang, date=long_date(day, lang)),
    )


def write_pages(root: Path, env: Environment, data: SiteData) -> list[Path]:
    """Write every agency page that changed, delete generated pages of removed agencies.

    Idempotent: a second run writes nothing, so `mkdocs serve` does not rebuild in a loop.
    """
    changed: list[Path] = []
    for lang in data.languages.codes:
        folder = root / "docs" / lang / "agencies"
        folder.mkdir(parents=True, exist_ok=True)
        wanted = {f"{a.id}.md": page_markdown(env, data, a, lang) for a in data.agencies.values()}
        for name, text in wanted.items():
            path = folder / name
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
                changed.append(path)
        for path in folder.glob("*.md"):
            stale = path.name not in wanted and path.name not in HANDWRITTEN_AGENCY_PAGES
            if stale and GENERATED_MARK in path.read_text(encoding="utf-8"):
                path.unlink()
                changed.append(path)
    return changed
