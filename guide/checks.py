"""Rules that span files: unique ids, known references, paired fields.

Each rule yields (file inside data/, location, message); the loader turns that into a line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .yamlfile import Loc

if TYPE_CHECKING:
    from .loader import SiteData

Problem = tuple[str, Loc, str]
NEED_SOURCE = "needs at least one source"


def all_problems(d: SiteData) -> Iterator[Problem]:
    yield from _duplicates("timeline.yml", "events", [e.id for e in d.timeline.events])
    yield from _duplicates("changes.yml", "entries", [e.id for e in d.changes.entries])
    yield from _duplicates("glossary.yml", "terms", [t.id for t in d.glossary.terms])
    yield from _duplicates("steps.yml", "steps", [s.id for s in d.steps.steps])
    yield from _duplicates("violations.yml", "violations", [v.id for v in d.violations.violations])
    yield from _source_urls(d)
    yield from _abbreviations(d)
    yield from _checklists(d)
    yield from _agencies(d)

    known = d.sources
    yield from _refs("status.yml", ("sources",), d.status.sources, known, "source")
    for i, event in enumerate(d.timeline.events):
        yield from _refs("timeline.yml", ("events", i, "sources"), event.sources, known, "source")


def _duplicates(path: str, key: str, ids: list[str]) -> Iterator[Problem]:
    first: dict[str, int] = {}
    for i, ident in enumerate(ids):
        if ident in first:
            message = f"repeats id '{ident}' (first used by {key}[{first[ident]}])"
            yield path, (key, i, "id"), message
        else:
            first[ident] = i


def _refs(path: str, loc: Loc, refs: Iterable[str], known: dict, what: str) -> Iterator[Problem]:
    for i, ref in enumerate(refs):
        if ref not in known:
            yield path, (*loc, i), f"names unknown {what} '{ref}'"


def _source_urls(d: SiteData) -> Iterator[Problem]:
    by_url: dict[str, str] = {}
    for source in d.sources.values():
        other = by_url.setdefault(source.url, source.id)
        if other != source.id:
            yield (
                f"sources/{source.id}.yml",
                ("url",),
                f"is already the URL of source '{other}'; cite that id instead",
            )


def _abbreviations(d: SiteData) -> Iterator[Problem]:
    for lang in ("en", "es"):
        seen: dict[str, str] = {}
        for i, term in enumerate(d.glossary.terms):
            if term.abbr is None:
                continue
            abbr = term.abbr.get(lang)
            if abbr in seen:
                yield (
                    "glossary.yml",
                    ("terms", i, "abbr", lang),
                    f"repeats abbreviation '{abbr}' of term '{seen[abbr]}'",
                )
            seen[abbr] = term.id


def _checklists(d: SiteData) -> Iterator[Problem]:
    for cl in d.checklists.values():
        path = f"checklists/{cl.id}.yml"
        if not cl.items:
            yield path, ("items",), "must list at least one item"
        yield from _duplicates(path, "items", [item.id for item in cl.items])
        for i, item in enumerate(cl.items):
            for lang, other in (("en", "es"), ("es", "en")):
                if getattr(item, lang).hint and not getattr(item, other).hint:
                    yield path, ("items", i, other, "hint"), f"is missing (the {lang} item has one)"


def _agencies(d: SiteData) -> Iterator[Problem]:
    violations = {v.id for v in d.violations.violations}
    for a in d.agencies.values():
        path = f"agencies/{a.id}.yml"
        if a.level == "federal" and a.state:
            yield path, ("state",), "must be empty for a federal agency"
        if a.level != "federal" and not a.state:
            yield path, ("state",), f"is missing (a {a.level} agency needs its state code)"
        if a.state and f"state_{a.state}" not in d.ui:
            yield path, ("state",), (f"'{a.state}' has no name yet: add 'state_{a.state}' "
                                     "with en and es to data/ui.yml")
        for i, ref in enumerate(a.violations):
            if ref not in violations:
                yield path, ("violations", i), f"names unknown violation type '{ref}'"
        if a.soi.status == "published":
            for key in ("where", "include"):
                if getattr(a.soi, key) is None:
                    yield path, ("soi", key), "is missing (the SOI process is 'published')"
            if not a.soi.sources:
                yield path, ("soi", "sources"), NEED_SOURCE + " (the SOI process is 'published')"
        f = a.filing
        if not f.sources and {f.web, f.phone, f.languages, f.asks_status} != {"unknown"}:
            yield path, ("filing", "sources"), NEED_SOURCE + " (some filing details are known)"
        yield from _refs(path, ("filing", "sources"), f.sources, d.sources, "source")
        yield from _refs(path, ("soi", "sources"), a.soi.sources, d.sources, "source")
        yield from _refs(path, ("sources",), a.sources, d.sources, "source")
        if isinstance(a.deadlines, list):
            for i, deadline in enumerate(a.deadlines):
                loc = ("deadlines", i, "sources")
                yield from _refs(path, loc, deadline.sources, d.sources, "source")
