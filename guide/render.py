"""Turn data into HTML for one page in one language. Markup lives in overrides/components/."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from jinja2 import (
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    select_autoescape,
)
from markupsafe import Markup, escape

from .agencies import (
    Clock,
    UnknownDeadline,
    agency_deadline,
    certainty,
    clocks,
    finder_order,
    handled,
    own_deadlines,
    states,
)
from .changes import anchor, newest_first
from .dates import duration, long_date, partial_date
from .markers import Renderer, UnknownName, find_markers
from .models import Agency, Deadline, NoDeadline, SiteData, Situation
from .sortkey import sort_key
from .status import UnknownPhrase, phrase
from .tools import csv_name
from .urls import agency_of, relative_file, relative_url

SOURCE_KINDS = ("agency", "law", "court", "advocacy", "news")
FIGURES = ("five-steps", "soi-flow")
# Characters of Markdown before a page's checklist past which the page says, at its top, where
# the checklist is: about two phone screens of text.
CHECKLIST_FAR_DOWN = 2500


def compiled_templates_cache() -> FileSystemBytecodeCache:
    """Compiled templates kept between runs (in the system's temporary folder, per user): a
    template is compiled again only when its text changes. A build compiles ~120 templates; this
    saves about a tenth of a build, and most of `tasks.py check`'s page checks."""
    return FileSystemBytecodeCache()


def make_env(components: Path) -> Environment:
    # The generated agency page (.md) is mostly HTML too: every value in it is escaped.
    env = Environment(
        loader=FileSystemLoader(components),
        bytecode_cache=compiled_templates_cache(),
        autoescape=select_autoescape(["html", "md"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = markdown_text
    # Data for scripts (|tojson) in UTF-8, not \u escapes: smaller pages in Spanish. The filter
    # still escapes <, >, & and ' so the data cannot close its <script> element.
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": True}
    return env


_MARKDOWN_SIGNS = re.compile(r"([\\`*_{}\[\]()#+!|~-])")


def markdown_text(value: object) -> Markup:
    """A data value placed where Markdown is read: escaped for HTML, and with every Markdown sign
    backslashed, so a text can never become a heading, a link or an image."""
    return Markup(_MARKDOWN_SIGNS.sub(r"\\\1", str(escape(value))))


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
        *,
        names_only: bool = False,
        memo: dict | None = None,
    ):
        self.env, self.data, self.lang, self.src = env, data, lang, src
        # Markup that depends only on its arguments, shared by the pages of one build pass (a
        # page at 1,000 agencies renders the same few citations thousands of times).
        self.memo = {} if memo is None else memo
        # For `tasks.py check`, which needs the names markers give, not the page: a marker without
        # arguments lists data that loading has already checked, so it is not rendered (at 1,000
        # agencies those lists were a fifth of the check).
        self.names_only = names_only
        self.checklist_pages = checklist_pages or {}  # checklist id -> page that shows it
        self.titles = titles or {}  # page path -> its title in this language
        self.cited: list[str] = []  # source ids in order of first citation
        # Scripts under assets/javascripts/ that this page's markers need (not every page loads
        # them): the calculator, the decision aid and the templates' print button.
        self.scripts: list[str] = []

    def need_script(self, name: str) -> None:
        if name not in self.scripts:
            self.scripts.append(name)

    # -- helpers ----------------------------------------------------------------------------

    def t(self, key: str, **kw: str) -> str:
        """An interface string; with keywords, its {placeholders} filled in."""
        return self.data.text(key, self.lang, **kw)

    def url(self, page: str, anchor: str = "") -> str:
        return relative_url(self.src, page, anchor)

    def _render(self, name: str, **ctx: object) -> str:
        ctx.setdefault("t", self.t)
        ctx.setdefault("lang", self.lang)
        ctx.setdefault("languages", self.data.languages)
        return self.env.get_template(name).render(**ctx).strip()

    def renderers(self) -> dict[str, Renderer]:
        return {
            "cite": self.cite,
            "agency": self.agency,
            "status": self.status_phrase,
            "deadline": self.deadline_length,
            "phone": self.agency_phone,
            "sources": self._no_args(self.sources),
            "timeline": self._no_args(self.timeline),
            "changes": self._no_args(self.changes),
            "glossary": self._no_args(self.glossary),
            "checklist": self.checklist,
            "progress": self._no_args(self.progress),
            "agency-index": self._no_args(self.agency_index),
            "agency-finder": self._no_args(self.agency_finder),
            "figure": self.figure,
            "triage": self._no_args(self.triage),
            "clocks": self.clocks,
            "state-laws": self._no_args(self.state_laws),
            "ut-agencies": self._no_args(self.ut_agencies),
            "ut-laws": self._no_args(self.ut_laws),
            "referrals": self._no_args(self.referrals),
            "note": self.note,
            "role": self.role,
            "never-collect": self._no_args(self.never_collect),
            "disclosure-table": self._no_args(self.disclosure_table),
            "deadline-calculator": self._no_args(self.deadline_calculator),
            "deadline-rules": self._no_args(self.deadline_rules),
            "template": self.template,
            "meeting-agenda": self._no_args(self.meeting_agenda),
            "meeting-script": self._no_args(self.meeting_script),
            "hard-questions": self._no_args(self.hard_questions),
            "decision": self._no_args(self.decision),
        }

    def _no_args(self, fn: Callable[[], str]) -> Renderer:
        def wrapped(args: tuple[str, ...]) -> str:
            if args:
                raise UnknownName(f"argument '{args[0]}' (this marker takes none)")
            return "" if self.names_only else fn()

        return wrapped

    def date(self, value: str) -> str:
        return partial_date(value, self.lang, self.t("undated"))

    # -- markers ----------------------------------------------------------------------------

    def cite(self, ids: tuple[str, ...]) -> str:
        numbers = tuple(self._number(i) for i in ids)
        key = ("cite.html", self.lang, numbers)
        if key not in self.memo:
            self.memo[key] = self._render("cite.html", numbers=numbers)
        return self.memo[key]

    def _number(self, ident: str) -> int:
        """A source's number in this page's source list, numbering it if it is new."""
        if ident not in self.data.sources:
            raise UnknownName(f"source '{ident}'")
        if ident not in self.cited:
            self.cited.append(ident)
        return self.cited.index(ident) + 1

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

    def deadline_length(self, args: tuple[str, ...]) -> str:
        """'30 days' / '30 días' for [](deadline:osha/retaliation-complaint), never typed."""
        try:
            deadline = agency_deadline(self.data.agencies, *args)
        except UnknownDeadline as exc:
            raise UnknownName(exc.args[0]) from None
        return str(escape(self.length(deadline)))

    def agency_phone(self, args: tuple[str, ...]) -> str:
        """The agency's phone number as its page shows it, never typed in a page."""
        agency = self.data.agencies.get(args[0])
        if agency is None:
            raise UnknownName(f"agency '{args[0]}'")
        if agency.filing.phone == "unknown":
            raise UnknownName(f"phone of agency '{args[0]}' (its filing.phone is unknown)")
        return self._render("agency_phone.html", filing=agency.filing)

    def agency_url(self, ident: str) -> str:
        return self.url(f"agencies/{ident}.md")

    def _by_name(self, agencies: Iterable[Agency]) -> list[tuple[Agency, str]]:
        ordered = sorted(agencies, key=lambda a: sort_key(a.name.get(self.lang)))
        return [(a, self.agency_url(a.id)) for a in ordered]

    def _by_place(self, agencies: Iterable[Agency]) -> list[tuple[str, str, list]]:
        """Agencies as the agency index and the rules table group them: the federal ones, then
        each state's (states by name), each group by name. (code or "federal", title, [(agency,
        href)]). The calculator keeps this order on a tie."""
        agencies = list(agencies)
        groups = [
            (
                "federal",
                self.t("agencies_federal"),
                self._by_name(a for a in agencies if a.level == "federal"),
            )
        ]
        for code in self._state_codes():
            groups.append(
                (
                    code,
                    self.t(f"state_{code}"),
                    self._by_name(a for a in agencies if a.state == code),
                )
            )
        return groups

    def agency_index(self) -> str:
        agencies = self.data.agencies.values()
        groups = self._by_place(agencies)
        codes = self._state_codes()
        return self._render(
            "agency_index.html",
            groups=groups,
            states=codes,
            labels=self.data.violation_labels(self.lang),
            handles={a.id: self._handled_in_order(a) for a in agencies},
            violations=self.data.violations.violations,
        )

    def ut_summary(self, agency: Agency) -> str:
        """One line for the finder when an agency signs U or T certifications; else nothing."""
        ut = agency.ut_certification
        if ut.certifies != "yes":
            return ""
        return self.t("finder_ut", visas=self.t("ut_visas_" + "-".join(sorted(ut.visas))))

    def _handled_in_order(self, agency: Agency) -> list[str]:
        """The problems an agency handles (its own and its state laws'), in violations.yml order."""
        found = handled(self.data, agency)
        return [v.id for v in self.data.violations.violations if v.id in found]

    def _state_codes(self) -> list[str]:
        """States that have agencies, in the alphabetical order of their names in this language."""
        return sorted(states(self.data), key=lambda c: sort_key(self.t(f"state_{c}")))

    def agency_finder(self) -> str:
        agencies = self.data.agencies.values()
        table = []
        for v in self.data.violations.violations:
            handling = [a for a in agencies if v.id in handled(self.data, a)]
            table.append(
                (
                    v,
                    self._by_name(a for a in handling if a.level == "federal"),
                    self._by_name(a for a in handling if a.level != "federal"),
                )
            )
        # Already in the finder's order (guide.agencies.finder_order): the script only filters.
        payload = [
            {
                "name": m.agency.name.get(self.lang),
                "short": m.agency.short_name,
                "url": self.agency_url(m.agency.id),
                "state": m.agency.state or "",
                "problems": self._handled_in_order(m.agency),
                "ut": self.ut_summary(m.agency),
                "deadlines": [
                    {"claim": self.clock_claim(c), "period": self.length(c.deadline)}
                    for c in m.clocks
                ],
            }
            for m in finder_order(self.data, self.lang)
        ]
        codes = self._state_codes()
        return self._render(
            "agency_finder.html",
            table=table,
            states=codes,
            payload=payload,
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
            (
                kind,
                sorted(
                    (s for s in self.data.sources.values() if s.kind == kind),
                    key=lambda s: (
                        sort_key(s.publisher_in(self.lang)),
                        sort_key(s.title_in(self.lang)),
                    ),
                ),
            )
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
        return self._render(
            "changes.html",
            entries=entries,
            anchor=anchor,
            feed_url=relative_file(self.src, "feed.xml"),
            date=lambda d: long_date(d, self.lang),
        )

    def page_title(self, page: str) -> str:
        agency = self.data.agencies.get(agency_of(page) or "")
        if agency is not None:
            return agency.name.get(self.lang)
        return self.titles.get(page, page)

    def glossary(self) -> str:
        terms = sorted(self.data.glossary.terms, key=lambda t: sort_key(t[self.lang].term))
        return self._render("glossary.html", terms=terms)

    def checklist_jump(self, markdown: str) -> str:
        """A line for the top of a page whose checklist comes after a few screens of text,
        linking down to it (empty otherwise). Goes before the page's first paragraph."""
        if "checklist" not in markdown:  # most pages: no marker scan
            return ""
        first = next((m for m in find_markers(markdown) if m.kind == "checklist" and m.args), None)
        if first is None or first.start < CHECKLIST_FAR_DOWN:
            return ""
        checklist = self.data.checklists.get(first.args[0])
        if checklist is None:
            return ""  # the marker itself reports the unknown id
        return self._render("checklist_jump.html", checklist=checklist)

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

    # -- what still protects workers (issue 16) ----------------------------------------------

    def length(self, deadline: Deadline) -> str:
        return duration(deadline.length.amount, deadline.length.unit, self.lang)

    def clock_claim(self, clock: Clock) -> str:
        claim = clock.deadline.claim.get(self.lang)
        return f"{claim} ({self.data.law_citation(clock.law, self.lang)})" if clock.law else claim

    def _clock_rows(self, situation: Situation) -> list[dict]:
        """A situation's deadlines, shortest first, with who takes the complaint.

        `who` names agencies in full (tables); `short` uses short names and, for a state law,
        its state and citation linked to the state-laws page (the triage, read on a phone).
        """
        laws = {law.id: law for law in self.data.state_laws.laws}
        rows = []
        for ref in situation.clocks:
            law = laws.get(ref.law or "")
            agency = self.data.agencies[ref.agency] if ref.agency else None
            owner = agency or law
            deadline = next(d for d in own_deadlines(self.data, owner) if d.id == ref.deadline)
            takers = [agency] if agency else [self.data.agencies[a] for a in law.agencies]
            links = [(a, self.agency_url(a.id)) for a in takers]
            row = {
                "deadline": deadline,
                "length": self.length(deadline),
                "links": links,
                "law": law,
                "cite": Markup(self.cite(tuple(deadline.sources))),
            }
            if law is not None:
                row["law_name"] = (
                    f"{self.t('state_' + law.state)}, {self.data.law_citation(law, self.lang)}"
                )
                row["law_url"] = self.url("state-laws.md", f"law-{law.id}")
            rows.append(row)
        return sorted(rows, key=lambda r: r["deadline"].length.approx_days)

    def triage(self) -> str:
        situations = [
            (s, self._clock_rows(s), [(self.page_title(p), self.url(p)) for p in s.more])
            for s in self.data.triage.situations
        ]
        return self._render("triage.html", situations=situations)

    def clocks(self, args: tuple[str, ...]) -> str:
        found = {s.id: s for s in self.data.triage.situations}
        if not args or args[0] not in found:
            raise UnknownName(
                f"triage situation '{args[0] if args else ''}' (known: {', '.join(found)})"
            )
        return self._render("clocks.html", rows=self._clock_rows(found[args[0]]))

    def state_laws(self) -> str:
        codes = sorted(
            {law.state for law in self.data.state_laws.laws}, key=lambda c: self.t(f"state_{c}")
        )
        groups = []
        for code in codes:
            laws = []
            for law in sorted(
                (x for x in self.data.state_laws.laws if x.state == code), key=lambda x: x.citation
            ):
                laws.append(
                    {
                        "law": law,
                        "citation": self.data.law_citation(law, self.lang),
                        # Cited in the order state_laws.html shows them: sources are numbered
                        # as they are first cited.
                        "cite": Markup(self.cite(tuple(law.sources))),
                        "agencies": [Markup(self.agency((a,))) for a in law.agencies],
                        "deadlines": [
                            (d, self.length(d), Markup(self.cite(tuple(d.sources))))
                            for d in own_deadlines(self.data, law)
                        ],
                        "none": law.deadlines if isinstance(law.deadlines, NoDeadline) else None,
                        "checked": self.t("fact_verified", date=long_date(law.verified, self.lang)),
                    }
                )
            groups.append((code, self.t(f"state_{code}"), laws))
        return self._render(
            "state_laws.html", groups=groups, finder_url=self.url("agencies/finder.md")
        )

    def ut_agencies(self) -> str:
        order = {"yes": 0, "unknown": 1, "no": 2}
        rows = sorted(
            self.data.agencies.values(),
            key=lambda a: (order[a.ut_certification.certifies], sort_key(a.name.get(self.lang))),
        )
        return self._render(
            "ut_agencies.html",
            rows=[(a, Markup(self.agency((a.id,))), self.agency_url(a.id)) for a in rows],
        )

    def ut_laws(self) -> str:
        """Each state's law on how fast its certifying agencies answer, with those agencies."""
        laws = self.data.ut_laws.laws
        named = sorted(((self.t(f"state_{law.state}"), law) for law in laws), key=lambda s: s[0])
        rows = [
            (
                law,
                state,
                Markup(self.cite(tuple(law.sources))),
                self._by_name(
                    a for a in self.data.agencies.values() if a.ut_certification.law == law.id
                ),
            )
            for state, law in named
        ]
        return self._render("ut_laws.html", rows=rows)

    def referrals(self) -> str:
        groups = [
            (
                kind,
                [
                    (r, self.data.sources[r.source])
                    for r in self.data.referrals.referrals
                    if r.kind == kind
                ],
            )
            for kind in ("verify", "directory")
        ]
        return self._render(
            "referrals.html",
            groups=[g for g in groups if g[1]],
            date=lambda d: long_date(d, self.lang),
        )

    def note(self, args: tuple[str, ...]) -> str:
        found = {n.id: n for n in self.data.notes.notes}
        if not args or args[0] not in found:
            raise UnknownName(f"note '{args[0] if args else ''}' (known: {', '.join(found)})")
        note = found[args[0]]
        cite = self.cite(tuple(note.sources)) if note.sources else ""
        return self._render("note.html", note=note, cite=Markup(cite))

    def role(self, args: tuple[str, ...]) -> str:
        found = {r.id: r for r in self.data.roles.roles}
        if not args or args[0] not in found:
            raise UnknownName(f"role '{args[0] if args else ''}' (known: {', '.join(found)})")
        role = found[args[0]]
        reading = [(self.page_title(p), self.url(p)) for p in role.read_first]
        tasks = []
        if role.checklist_role:
            for cid, page in self.checklist_pages.items():
                checklist = self.data.checklists.get(cid)
                if checklist is None:
                    continue
                items = [i for i in checklist.items if i.role == role.checklist_role]
                if items:
                    tasks.append((checklist, self.url(page), items))
        return self._render("role.html", role=role, reading=reading, tasks=tasks)

    def never_collect(self) -> str:
        return self._render("never_collect.html", items=self.data.never_collect.items)

    def disclosure_table(self) -> str:
        rows = [
            (
                a,
                self.agency_url(a.id),
                a.disclosure.get(self.lang),
                Markup(self.cite(tuple(a.disclosure.sources))) if a.disclosure.sources else "",
            )
            for a, _ in self._by_name(self.data.agencies.values())
            if a.disclosure != "unknown"
        ]
        return self._render("disclosure_table.html", rows=rows)

    # -- campaign tools (issue 17) -------------------------------------------------------------

    def rule(self, deadline: Deadline) -> str:
        """'6 months from the date of the unfair labor practice', in the page's language."""
        return self.t(
            "calc_rule", length=self.length(deadline), runs_from=deadline.runs_from.get(self.lang)
        )

    def _cite_numbers(self, ids: list[str]) -> list[int]:
        return [self._number(i) for i in ids]

    def _deadline_row(self, a: Agency, href: str) -> dict:
        """An agency with its filing deadlines (its own and its state laws'): a body of the rules
        table, which the calculator reads."""
        deadlines = []
        for c in clocks(self.data, a):
            d = c.deadline
            deadlines.append(
                {
                    "id": d.id,
                    "label": (d.label or d.claim).get(self.lang),
                    "claim": self.clock_claim(c),
                    "amount": d.length.amount,
                    "unit": d.length.unit,
                    "rule": self.rule(d),
                    "tolling": d.tolling.get(self.lang) if d.tolling else "",
                    "certainty": certainty(d, self.data),
                    "checked": self.t("fact_verified", date=long_date(d.verified, self.lang)),
                    "refs": self._cite_numbers(d.sources),
                }
            )
        none = a.deadlines if isinstance(a.deadlines, NoDeadline) else None
        return {
            "id": a.id,
            "name": a.name.get(self.lang),
            "short": a.short_name,
            "url": href,
            "state": a.state or "",
            "problems": self._handled_in_order(a),
            "deadlines": deadlines,
            "none": none.note.get(self.lang) if none else "",
            "none_refs": self._cite_numbers(none.sources) if none and none.sources else [],
        }

    def deadline_calculator(self) -> str:
        # The script reads its rules from the rules table (deadline_rules), on the same page.
        self.need_script("calculator.js")
        return self._render(
            "calculator.html",
            locale=self.lang,
            states=self._state_codes(),
            violations=self.data.violations.violations,
        )

    def deadline_rules(self) -> str:
        # Rows in the tables' order, so the page's source numbers rise down the tables.
        groups = [
            (title, [self._deadline_row(a, href) for a, href in items])
            for _, title, items in self._by_place(self.data.agencies.values())
        ]
        return self._render("deadline_rules.html", groups=groups)

    def template(self, args: tuple[str, ...]) -> str:
        found = self.data.templates
        if not args or args[0] not in found:
            raise UnknownName(f"template '{args[0] if args else ''}' (known: {', '.join(found)})")
        t = found[args[0]]
        self.need_script("tools.js")  # its print button
        return self._render(
            "template.html",
            template=t,
            csv_url=relative_file(self.src, f"tools/{csv_name(t)}"),
            never=self.data.never_collect.items if t.never_ask else [],
        )

    def meeting_agenda(self) -> str:
        rows, start = [], 0
        for item in self.data.meeting.agenda:
            rows.append((item, start))
            start += item.minutes
        return self._render("meeting_agenda.html", rows=rows, total=start)

    def meeting_script(self) -> str:
        return self._render("meeting_script.html", parts=self.data.meeting.script)

    def hard_questions(self) -> str:
        questions = [(q, Markup(self.cite(tuple(q.sources)))) for q in self.data.meeting.questions]
        return self._render("hard_questions.html", questions=questions)

    def decision(self) -> str:
        self.need_script("tools.js")
        d = self.data.decision
        number = {q.id: n for n, q in enumerate(d.questions, 1)}
        outcomes = {o.id: o for o in d.outcomes}

        def then(ident: str) -> tuple[str, str]:
            """Where a choice leads, in words and as the anchor the page gives it."""
            if ident in number:
                return self.t("decision_go_question", n=str(number[ident])), f"#step-{ident}"
            title = outcomes[ident][self.lang].title
            return self.t("decision_go_outcome", name=title), f"#outcome-{ident}"

        rows = [
            (
                o,
                [(self.page_title(p), self.url(p)) for p in o.pages],
                Markup(self.cite(tuple(o.sources))) if o.sources else "",
            )
            for o in d.outcomes
        ]
        return self._render(
            "decision.html", questions=d.questions, outcomes=rows, then=then, number=number
        )
