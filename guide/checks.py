"""Rules that span files: unique ids, known references, paired fields.

Each rule yields (file inside data/, location, message); the loader turns that into a line.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from .agencies import own_deadlines
from .models import AgencyDeadline, NeverCollect, SiteData
from .tools import decision_problems, located_fields
from .yamlfile import Loc

Problem = tuple[str, Loc, str]
NEED_SOURCE = "needs at least one source"


def all_problems(d: SiteData) -> Iterator[Problem]:
    yield from _duplicates("timeline.yml", "events", [e.id for e in d.timeline.events])
    yield from _duplicates("changes.yml", "entries", [e.id for e in d.changes.entries])
    yield from _duplicates("glossary.yml", "terms", [t.id for t in d.glossary.terms])
    yield from _duplicates("steps.yml", "steps", [s.id for s in d.steps.steps])
    yield from _duplicates("violations.yml", "violations", [v.id for v in d.violations.violations])
    yield from _source_urls(d)
    yield from _copies(d)
    yield from _abbreviations(d)
    yield from _checklists(d)
    yield from _published_ids(d)
    yield from _never_collect(d)
    yield from _templates(d)
    yield from _meeting(d)
    yield from _decision(d)
    yield from _agencies(d)
    yield from _state_laws(d)
    yield from _ut_laws(d)
    yield from _triage(d)
    yield from _duplicates("roles.yml", "roles", [r.id for r in d.roles.roles])
    yield from _duplicates("referrals.yml", "referrals", [r.id for r in d.referrals.referrals])
    for i, ref in enumerate(d.referrals.referrals):
        yield from _refs(
            "referrals.yml", ("referrals", i, "source"), [ref.source], d.sources, "source"
        )
    yield from _duplicates("notes.yml", "notes", [n.id for n in d.notes.notes])
    for i, note in enumerate(d.notes.notes):
        yield from _refs("notes.yml", ("notes", i, "sources"), note.sources, d.sources, "source")

    known = d.sources
    yield from _refs("status.yml", ("sources",), d.status.sources, known, "source")
    for i, event in enumerate(d.timeline.events):
        yield from _refs("timeline.yml", ("events", i, "sources"), event.sources, known, "source")


def _duplicates(path: str, key: str | Loc, ids: list[str]) -> Iterator[Problem]:
    loc = (key,) if isinstance(key, str) else tuple(key)
    first: dict[str, int] = {}
    for i, ident in enumerate(ids):
        if ident in first:
            message = f"repeats id '{ident}' (first used by {loc[-1]}[{first[ident]}])"
            yield path, (*loc, i, "id"), message
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


# Sites that republish laws, rules, court opinions and agency forms. A source there is a copy: the
# original publisher's page is cited instead, and when only the copy could be read, the source says
# so (CONVENTIONS.md, data/sources), so readers know what they are reading.
COPY_SITES = (
    "casetext.com",
    "documentine.com",
    "findlaw.com",
    "instalawyer.io",
    "jurris.com",
    "justia.com",
    "law.cornell.edu",
    "lawserver.com",
    "legalfix.com",
    "public.law",
)


def _copies(d: SiteData) -> Iterator[Problem]:
    for source in d.sources.values():
        host = (urlsplit(source.url).hostname or "").removeprefix("www.")
        site = next((c for c in COPY_SITES if host == c or host.endswith("." + c)), None)
        if site and "copy" not in f"{source.title} {source.publisher}".lower():
            yield (
                f"sources/{source.id}.yml",
                ("url",),
                f"is on {site}, which republishes texts from their original publishers: cite "
                "the original page, or, when only this copy could be read, say so in the title "
                "or the publisher, as '… (copy of …)'",
            )


def _abbreviations(d: SiteData) -> Iterator[Problem]:
    for lang in d.languages.codes:
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
            hinted = [lang for lang in d.languages.codes if item[lang].hint]
            for lang in d.languages.codes:
                if hinted and not item[lang].hint:
                    yield (
                        path,
                        ("items", i, lang, "hint"),
                        (f"is missing (the {hinted[0]} item has one)"),
                    )


def _agencies(d: SiteData) -> Iterator[Problem]:
    violations = {v.id for v in d.violations.violations}
    for a in d.agencies.values():
        path = f"agencies/{a.id}.yml"
        if a.level == "federal" and a.state:
            yield path, ("state",), "must be empty for a federal agency"
        if a.level != "federal" and not a.state:
            yield path, ("state",), f"is missing (a {a.level} agency needs its state code)"
        if a.state and f"state_{a.state}" not in d.ui:
            yield (
                path,
                ("state",),
                (
                    f"'{a.state}' has no name yet: add 'state_{a.state}' "
                    "with en and es to data/ui.yml"
                ),
            )
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
        if a.disclosure != "unknown":
            if not a.disclosure.sources:
                yield path, ("disclosure", "sources"), NEED_SOURCE
            yield from _refs(
                path, ("disclosure", "sources"), a.disclosure.sources, d.sources, "source"
            )
        yield from _deadlines(path, (), a.deadlines, d)
        ut = a.ut_certification
        if ut.certifies == "yes" and not ut.visas:
            yield path, ("ut_certification", "visas"), "must name u, t or both (it certifies)"
        if ut.certifies != "unknown" and not ut.sources:
            yield (
                path,
                ("ut_certification", "sources"),
                (NEED_SOURCE + f" (certifies is '{ut.certifies}')"),
            )
        yield from _refs(path, ("ut_certification", "sources"), ut.sources, d.sources, "source")


def _deadlines(path: str, loc: Loc, deadlines: object, d: SiteData) -> Iterator[Problem]:
    """Deadlines of an agency or a state law: known sources, unique ids, a sourced 'none'."""
    here = (*loc, "deadlines")
    if isinstance(deadlines, list):
        yield from _duplicates(path, here, [x.id for x in deadlines])
        for i, deadline in enumerate(deadlines):
            yield from _refs(path, (*here, i, "sources"), deadline.sources, d.sources, "source")
        return
    if deadlines.reason == "none-fixed" and not deadlines.sources:
        yield path, (*here, "sources"), NEED_SOURCE + " (a source must say no deadline applies)"
    yield from _refs(path, (*here, "sources"), deadlines.sources, d.sources, "source")


def _state_laws(d: SiteData) -> Iterator[Problem]:
    path = "state_laws.yml"
    yield from _duplicates(path, "laws", [law.id for law in d.state_laws.laws])
    violations = {v.id for v in d.violations.violations}
    for i, law in enumerate(d.state_laws.laws):
        at = ("laws", i)
        if f"state_{law.state}" not in d.ui:
            yield (
                path,
                (*at, "state"),
                (
                    f"'{law.state}' has no name yet: add 'state_{law.state}' "
                    "with en and es to data/ui.yml"
                ),
            )
        for j, ref in enumerate(law.violations):
            if ref not in violations:
                yield path, (*at, "violations", j), f"names unknown violation type '{ref}'"
        for j, ref in enumerate(law.agencies):
            agency = d.agencies.get(ref)
            if agency is None:
                yield path, (*at, "agencies", j), f"names unknown agency '{ref}'"
            elif agency.state not in (None, law.state):
                yield (
                    path,
                    (*at, "agencies", j),
                    (f"names '{ref}', an agency of {agency.state}, for a law of {law.state}"),
                )
        ref = law.deadlines
        if isinstance(ref, AgencyDeadline):
            if ref.agency not in law.agencies:
                yield (
                    path,
                    (*at, "deadlines", "agency"),
                    (f"names '{ref.agency}', which is not in this law's agencies"),
                )
            elif ref.agency in d.agencies and not own_deadlines(d, law):
                known = ", ".join(x.id for x in own_deadlines(d, d.agencies[ref.agency]))
                yield (
                    path,
                    (*at, "deadlines", "deadline"),
                    (
                        f"names unknown deadline '{ref.deadline}' of '{ref.agency}' "
                        f"(known: {known or 'none'})"
                    ),
                )
        else:
            yield from _deadlines(path, at, law.deadlines, d)
        yield from _refs(path, (*at, "sources"), law.sources, d.sources, "source")


def _ut_laws(d: SiteData) -> Iterator[Problem]:
    """Each U and T certification law is sourced and named by agencies of its own state."""
    path = "ut_laws.yml"
    yield from _duplicates(path, "laws", [law.id for law in d.ut_laws.laws])
    for i, law in enumerate(d.ut_laws.laws):
        yield from _refs(path, ("laws", i, "sources"), law.sources, d.sources, "source")
    for a in d.agencies.values():
        named = a.ut_certification.law
        if named is None:
            continue
        law, at = d.ut_laws.get(named), ("ut_certification", "law")
        if law is None:
            yield f"agencies/{a.id}.yml", at, f"names unknown U and T law '{named}' ({path})"
        elif law.state != a.state:
            where = f"an agency of {a.state}" if a.state else "a federal agency"
            yield f"agencies/{a.id}.yml", at, f"names '{named}', a law of {law.state}, for {where}"


def _triage(d: SiteData) -> Iterator[Problem]:
    path = "triage.yml"
    yield from _duplicates(path, "situations", [s.id for s in d.triage.situations])
    laws = {law.id: law for law in d.state_laws.laws}
    for i, situation in enumerate(d.triage.situations):
        at = ("situations", i)
        first, *others = d.languages.codes
        for lang in others:
            if len(situation[lang].actions) != len(situation[first].actions):
                yield (
                    path,
                    (*at, lang, "actions"),
                    (
                        f"has {len(situation[lang].actions)} actions; {first} has "
                        f"{len(situation[first].actions)}"
                    ),
                )
        for j, clock in enumerate(situation.clocks):
            here = (*at, "clocks", j)
            if (clock.agency is None) == (clock.law is None):
                yield path, here, "must name either an agency or a law"
                continue
            owner = d.agencies.get(clock.agency) if clock.agency else laws.get(clock.law)
            if owner is None:
                what = f"agency '{clock.agency}'" if clock.agency else f"law '{clock.law}'"
                yield path, (*here, "agency" if clock.agency else "law"), f"names unknown {what}"
                continue
            ids = [x.id for x in own_deadlines(d, owner)]
            if clock.deadline not in ids:
                known = ", ".join(ids) or "none"
                yield (
                    path,
                    (*here, "deadline"),
                    (f"names unknown deadline '{clock.deadline}' of '{owner.id}' (known: {known})"),
                )


def _published_ids(d: SiteData) -> Iterator[Problem]:
    """Readers' ticks are stored under item ids: a published id never just disappears. It stays,
    or names its new item (`renamed_from`), or is retired on purpose (`retired`); a new id is
    recorded in checklist_ids.yml, so the next change is held to the same rule."""
    manifest = d.checklist_ids.checklists
    for cid, ids in manifest.items():
        cl = d.checklists.get(cid)
        if cl is None:
            yield (
                "checklist_ids.yml",
                ("checklists", cid),
                f"names checklist '{cid}', which has "
                f"no file: keep data/checklists/{cid}.yml with its ids under 'retired:'",
            )
            continue
        accounted = {i.id for i in cl.items} | set(cl.retired)
        accounted |= {old for i in cl.items for old in i.renamed_from}
        for j, ident in enumerate(ids):
            if ident not in accounted:
                yield (
                    "checklist_ids.yml",
                    ("checklists", cid, j),
                    (
                        f"'{ident}' was published and is gone from checklists/{cid}.yml: add "
                        f"'renamed_from: [{ident}]' to the item that replaces it, or list it under "
                        "'retired:' there, so readers' saved ticks are not lost silently"
                    ),
                )
    for cl in d.checklists.values():
        path, known = f"checklists/{cl.id}.yml", set(manifest.get(cl.id, []))
        current = {i.id for i in cl.items}
        for i, item in enumerate(cl.items):
            if item.id not in known:
                yield (
                    path,
                    ("items", i, "id"),
                    (f"'{item.id}' is new: add it under '{cl.id}' in data/checklist_ids.yml"),
                )
            for j, old in enumerate(item.renamed_from):
                if old in current:
                    yield (
                        path,
                        ("items", i, "renamed_from", j),
                        f"'{old}' is still an item here; an id can be renamed only once it is gone",
                    )


def _never_collect(d: SiteData) -> Iterator[Problem]:
    """No checklist item for organizers or worker leaders may ask them to collect what workers
    must never be asked (data/never_collect.yml): a sentence that names such a thing together
    with an asking word ("ask", "record") must also hold a negation ("never", "do not")."""
    rule = d.never_collect
    for cl in d.checklists.values():
        path = f"checklists/{cl.id}.yml"
        for i, item in enumerate(cl.items):
            if item.role is not None and item.role not in rule.roles:
                continue
            for lang in d.languages.codes:
                for field in ("text", "hint"):
                    text = getattr(item[lang], field)
                    found = asks_to_collect(text or "", rule, lang)
                    if found:
                        who = item.role or "everyone"
                        yield (
                            path,
                            ("items", i, lang, field),
                            f"asks {who} to collect '{found}'; say what not to collect, or "
                            "give the item to a lawyer (rule: data/never_collect.yml)",
                        )


def _templates(d: SiteData) -> Iterator[Problem]:
    """A field's id names it in the data, so it is unique in its template. A field asks for what
    it names: none may name what workers are never asked (data/never_collect.yml) unless it says
    not to; its `why` is read like a checklist item."""
    never = {i.id: i for i in d.never_collect.items}
    for t in d.templates.values():
        path = f"templates/{t.id}.yml"
        if t.layout == "form":
            yield from _duplicates(path, "sections", [s.id for s in t.sections])
        first: dict[str, Loc] = {}
        for loc, field in located_fields(t):
            if field.id in first:
                yield (
                    path,
                    (*loc, "id"),
                    f"repeats id '{field.id}' (each field's id is used once in a template)",
                )
            first.setdefault(field.id, loc)
            yield from _refs(path, (*loc, "mentions"), field.mentions, never, "never_collect item")
            rule = d.never_collect.model_copy(
                update={"items": [i for i in d.never_collect.items if i.id not in field.mentions]}
            )
            for lang in d.languages.codes:
                text = field[lang]
                for name, asking in (("label", False), ("why", True)):
                    found = asks_to_collect(getattr(text, name) or "", rule, lang, asking=asking)
                    if found:
                        yield (
                            path,
                            (*loc, lang, name),
                            (
                                f"asks for '{found}', which workers are never asked; say what not "
                                "to collect instead (rule: data/never_collect.yml)"
                            ),
                        )


def _meeting(d: SiteData) -> Iterator[Problem]:
    m = d.meeting
    yield from _duplicates("meeting.yml", "agenda", [a.id for a in m.agenda])
    yield from _duplicates("meeting.yml", "script", [p.id for p in m.script])
    yield from _duplicates("meeting.yml", "questions", [q.id for q in m.questions])
    for i, q in enumerate(m.questions):
        yield from _refs("meeting.yml", ("questions", i, "sources"), q.sources, d.sources, "source")


def _decision(d: SiteData) -> Iterator[Problem]:
    for loc, message in decision_problems(d.decision):
        yield "decision.yml", loc, message
    for i, outcome in enumerate(d.decision.outcomes):
        yield from _refs(
            "decision.yml", ("outcomes", i, "sources"), outcome.sources, d.sources, "source"
        )


def asks_to_collect(text: str, rule: NeverCollect, lang: str, *, asking: bool = True) -> str | None:
    """The never-collect label a sentence of `text` asks about without a negation, if any.

    A negation counts only if it comes before the asking word or the thing named: in "record
    each worker's immigration status so no one is missed" the "no" refuses nothing. An asking
    word inside the thing's own name ("record" in "criminal record") does not ask.
    `asking=False` is for a form's field, which asks by being there: naming the thing is enough.
    """
    asks, negations = rule.asks[lang], rule.negations[lang]
    for sentence in re.split(r"(?<=[.;:!?])\s+", text.lower()):
        asked = _found(sentence, asks, whole_words=True)
        if asking and not asked:
            continue
        refused_at = min(
            (at for at, _ in _found(sentence, negations, whole_words=True)), default=len(sentence)
        )
        for item in rule.items:
            named = _found(sentence, item[lang].patterns, whole_words=False)
            if not named:
                continue
            asked_here = [a for a, _ in asked if not any(n <= a < end for n, end in named)]
            if asking and not asked_here:
                continue
            if refused_at > max(asked_here + [n for n, _ in named]):
                return item[lang].label
    return None


def _found(sentence: str, terms: list[str], *, whole_words: bool) -> list[tuple[int, int]]:
    """(start, end) of each place where one of the terms begins in `sentence`."""
    return [
        (m.start(), m.start() + len(m[1]))
        for m in _term_starts(tuple(terms), whole_words).finditer(sentence)
    ]


@functools.cache
def _term_starts(terms: tuple[str, ...], whole_words: bool) -> re.Pattern[str]:
    """A term starts a word ("itin" is not in "writing"); with `whole_words` a one-word term must
    also end one ("no" is not in "know"). Zero-width, so terms that overlap are all found; the
    longest term found at a place is the one captured."""
    ends = r"(?![\w'’-])"
    longest_first = sorted(terms, key=len, reverse=True)
    either = "|".join(
        re.escape(t) + (ends if whole_words and " " not in t else "") for t in longest_first
    )
    return re.compile(r"(?<![\w'’-])(?=(" + either + "))")
