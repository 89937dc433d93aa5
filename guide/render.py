"""Turn data into HTML for one page in one language. Markup lives in overrides/components/."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import escape

from .agencies import sorted_deadlines, states
from .changes import anchor, newest_first
from .dates import long_date, partial_date
from .loader import SiteData
from .markers import Renderer, UnknownName
from .models import Agency
from .status import UnknownPhrase, phrase
from .urls import agency_of, relative_file, relative_url

SOURCE_KINDS = ("agency", "law", "court", "advocacy", "news")
FIGURES = ("five-steps", "soi-flow")


def make_env(components: Path) -> Environment:
    return Environment(
        loader=FileSystemLoader(components),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


class PageRenderer:
    """Renders the markers of one page; keeps that page's citation numbering."""

    def __init__(
        self,
        env: Environment,
        data: SiteData,
        lang: str,
        src: str,
        checklist_pages: dict[str, str] | None = None,
        titles: dict[str, str] | None = None,
    ):
        self.env, self.data, self.lang, self.src = env, data, lang, src
        self.checklist_pages = checklist_pages or {}  # checklist id -> page that shows it
        self.titles = titles or {}  # page path -> its title in this language
        self.cited: list[str] = []  # source ids in order of first citation

    # -- helpers ----------------------------------------------------------------------------

    def t(self, key: str, **kw: str) -> str:
        """An interface string; with keywords, its {placeholders} filled in."""
        return self.data.text(key, self.lang, **kw)

    def url(self, page: str, anchor: str = "") -> str:
        return relative_url(self.src, page, anchor)

    def _render(self, name: str, **ctx: object) -> str:
        ctx.setdefault("t", self.t)
        ctx.setdefault("lang", self.lang)
        return self.env.get_template(name).render(**ctx).strip()

    def renderers(self) -> dict[str, Renderer]:
        return {
            "cite": self.cite,
            "agency": self.agency,
            "status": self.status_phrase,
            "sources": self._no_args(self.sources),
            "timeline": self._no_args(self.timeline),
            "changes": self._no_args(self.changes),
            "glossary": self._no_args(self.glossary),
            "checklist": self.checklist,
            "progress": self._no_args(self.progress),
            "agency-index": self._no_args(self.agency_index),
            "agency-finder": self._no_args(self.agency_finder),
            "figure": self.figure,
        }

    def _no_args(self, fn: Callable[[], str]) -> Renderer:
        def wrapped(args: tuple[str, ...]) -> str:
            if args:
                raise UnknownName(f"argument '{args[0]}' (this marker takes none)")
            return fn()

        return wrapped

    def date(self, value: str) -> str:
        return partial_date(value, self.lang, self.t("undated"))

    # -- markers ----------------------------------------------------------------------------

    def cite(self, ids: tuple[str, ...]) -> str:
        numbers = []
        for ident in ids:
            if ident not in self.data.sources:
                raise UnknownName(f"source '{ident}'")
            if ident not in self.cited:
                self.cited.append(ident)
            numbers.append(self.cited.index(ident) + 1)
        return self._render("cite.html", numbers=numbers)

    def agency(self, args: tuple[str, ...]) -> str:
        agency = self.data.agencies.get(args[0])
        if agency is None:
            raise UnknownName(f"agency '{args[0]}'")
        return self._render("agency_link.html", agency=agency, href=self.agency_url(agency.id))

    def status_phrase(self, args: tuple[str, ...]) -> str:
        try:
            return str(escape(phrase(self.data.status, args[0], self.lang)))
        except UnknownPhrase as exc:
            raise UnknownName(exc.args[0]) from None

    def agency_url(self, ident: str) -> str:
        return self.url(f"agencies/{ident}.md")

    def _by_name(self, agencies: Iterable[Agency]) -> list[tuple[Agency, str]]:
        ordered = sorted(agencies, key=lambda a: a.name.get(self.lang).lower())
        return [(a, self.agency_url(a.id)) for a in ordered]

    def agency_index(self) -> str:
        agencies = self.data.agencies.values()
        groups = [("federal", self.t("agencies_federal"),
                   self._by_name(a for a in agencies if a.level == "federal"))]
        codes = self._state_codes()
        for code in codes:
            groups.append((code, self.t(f"state_{code}"),
                           self._by_name(a for a in agencies if a.state == code)))
        return self._render(
            "agency_index.html", groups=groups, states=codes,
            labels=self.data.violation_labels(self.lang),
            violations=self.data.violations.violations,
        )

    def _state_codes(self) -> list[str]:
        """States that have agencies, in the alphabetical order of their names in this language."""
        return sorted(states(self.data), key=lambda c: self.t(f"state_{c}"))

    def agency_finder(self) -> str:
        agencies = self.data.agencies.values()
        table = []
        for v in self.data.violations.violations:
            handling = [a for a in agencies if v.id in a.violations]
            table.append((
                v,
                self._by_name(a for a in handling if a.level == "federal"),
                self._by_name(a for a in handling if a.level != "federal"),
            ))
        payload = [
            {
                "name": a.name.get(self.lang),
                "short": a.short_name,
                "url": href,
                "state": a.state or "",
                "problems": list(a.violations),
                "deadlines": [
                    {"claim": d.claim.get(self.lang), "period": d.period.get(self.lang),
                     "days": d.days}
                    for d in sorted_deadlines(a)
                ],
            }
            for a, href in self._by_name(agencies)
        ]
        codes = self._state_codes()
        return self._render(
            "agency_finder.html", table=table, states=codes, payload=payload,
            violations=self.data.violations.violations,
        )

    def page_sources(self) -> str:
        """The numbered list appended to a page that cites anything."""
        if not self.cited:
            return ""
        sources = [self.data.sources[i] for i in self.cited]
        return self._render(
            "page_sources.html", sources=sources, all_url=self.url("sources.md"), date=self.date
        )

    def sources(self) -> str:
        groups = [
            (kind, sorted((s for s in self.data.sources.values() if s.kind == kind),
                          key=lambda s: (s.publisher.lower(), s.title.lower())))
            for kind in SOURCE_KINDS
        ]
        return self._render("sources.html", groups=[g for g in groups if g[1]], date=self.date)

    def timeline(self) -> str:
        events = sorted(self.data.timeline.events, key=lambda e: e.date)
        return self._render(
            "timeline.html",
            events=events,
            date=self.date,
            sources=self.data.sources,
            src_url=lambda i: self.url("sources.md", f"src-{i}"),
        )

    def changes(self) -> str:
        entries = [
            (change, [(self.page_title(page), self.url(page)) for page in change.pages])
            for change in newest_first(self.data.changes)
        ]
        return self._render("changes.html", entries=entries, anchor=anchor,
                            feed_url=relative_file(self.src, "feed.xml"),
                            date=lambda d: long_date(d, self.lang))

    def page_title(self, page: str) -> str:
        agency = self.data.agencies.get(agency_of(page) or "")
        if agency is not None:
            return agency.name.get(self.lang)
        return self.titles.get(page, page)

    def glossary(self) -> str:
        terms = sorted(self.data.glossary.terms, key=lambda t: getattr(t, self.lang).term.lower())
        return self._render("glossary.html", terms=terms)

    def checklist(self, args: tuple[str, ...]) -> str:
        if not args:
            raise UnknownName("checklist (write <!-- checklist: id -->)")
        checklist = self.data.checklists.get(args[0])
        if checklist is None:
            raise UnknownName(f"checklist '{args[0]}'")
        return self._render("checklist.html", checklist=checklist)

    def progress(self) -> str:
        placed = [
            (self.data.checklists[cid], self.url(page))
            for cid, page in self.checklist_pages.items()
            if cid in self.data.checklists
        ]
        return self._render("progress.html", checklists=placed)

    def figure(self, args: tuple[str, ...]) -> str:
        if not args or args[0] not in FIGURES:
            raise UnknownName(f"figure '{args[0] if args else ''}' (known: {', '.join(FIGURES)})")
        if args[0] == "five-steps":
            steps = [(s, self.url(s.page)) for s in self.data.steps.steps]
            return self._render("figure_five_steps.html", steps=steps)
        return self._render("figure_soi_flow.html")

    def reviewed(self, day: object) -> str:
        return self.t("last_reviewed", date=long_date(day, self.lang))  # type: ignore[arg-type]
