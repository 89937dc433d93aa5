"""Typed, frozen models of everything in data/. Validation rules live here, next to the fields."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Strict,
    StringConstraints,
    Tag,
    ValidationInfo,
    model_validator,
)

from .languages import Languages
from .yamlfile import YamlDoc

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Str = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Unknown = Literal["unknown"]

_URL = re.compile(r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?(/\S*)?$")


def _url(value: str) -> str:
    if not isinstance(value, str) or not _URL.match(value):
        raise ValueError("must be a full web address starting with https://")
    return value


def _date(value: object) -> dt.date:
    # YAML gives a date for 2026-11-25 but a string for "2026-11-25" or "25/11/2026".
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError("must be a date written YYYY-MM-DD") from None
    if not isinstance(value, dt.date):
        raise ValueError("must be a date written YYYY-MM-DD")
    if value > dt.date.today():
        raise ValueError(f"is in the future ({value.isoformat()})")
    return value


def _partial_date(value: object) -> str:
    if isinstance(value, dt.date):
        value = value.isoformat()
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?|undated", value):
        raise ValueError('must be "YYYY", "YYYY-MM", "YYYY-MM-DD" or "undated"')
    if value != "undated":
        parts = [int(p) for p in value.split("-")] + [1, 1]
        try:
            day = dt.date(parts[0], parts[1], parts[2])
        except ValueError:
            raise ValueError(f"is not a real date ({value})") from None
        if day > dt.date.today():
            raise ValueError(f"is in the future ({value})")
    return value


def or_unknown(tp: object) -> object:
    """`tp`, or the literal string "unknown" for a fact nobody could confirm.

    A discriminator picks the branch first, so an error speaks about the value the author
    wrote instead of listing every branch of the union.
    """
    return Annotated[
        Annotated[tp, Tag("known")] | Annotated[Unknown, Tag("unknown")],
        Discriminator(lambda v: "unknown" if v == "unknown" else "known"),
    ]


# Union branch tags, dropped from error locations.
UNION_TAGS = {"known", "unknown", "list", "none", "ref", "form", "table"}

Url = Annotated[str, AfterValidator(_url)]
PastDate = Annotated[dt.date, BeforeValidator(_date)]
PartialDate = Annotated[str, BeforeValidator(_partial_date)]


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=False)


# --- texts in every language -----------------------------------------------------------------
# Data writes a text once per language, under the language's code (`en:`, `es:`). Which codes
# exist comes from mkdocs.yml (guide/languages.py), passed to validation as its context.


def _languages(info: ValidationInfo) -> Languages:
    languages = (info.context or {}).get("languages")
    if languages is None:  # a programming error, not an author's: say how to call it
        raise RuntimeError("validate data with context={'languages': ...} (guide/loader.py)")
    return languages


def _every_language(value: dict, info: ValidationInfo) -> dict:
    languages = _languages(info)
    missing = [code for code in languages.codes if code not in value]
    if missing:
        raise ValueError(
            f"has no '{missing[0]}' text: every language the site is built in "
            f"({', '.join(languages.codes)}) needs one"
        )
    return value


def _language_key(value: str, info: ValidationInfo) -> str:
    languages = _languages(info)
    if value not in languages.allowed:
        raise ValueError(
            f"'{value}' is not a language of the site (mkdocs.yml lists "
            f"{', '.join(sorted(languages.allowed))})"
        )
    return value


LangCode = Annotated[str, AfterValidator(_language_key)]


def per_language(tp: object) -> object:
    """`tp` written once for each language of the site: {'en': …, 'es': …}."""
    return Annotated[dict[LangCode, tp], AfterValidator(_every_language)]


Text = per_language(Str)  # a short text in every language


def _need_language() -> list:
    raise ValueError("must list at least one language code")


class Localized(Model):
    """A model whose texts sit beside its other fields, one block per language (`en:`, `es:`).

    Before validation they are gathered into `texts`, keyed by language, which each subclass
    types with per_language(...). `item[lang]` reads them.
    """

    texts: dict

    @model_validator(mode="before")
    @classmethod
    def _gather(cls, data: object, info: ValidationInfo) -> object:
        if not isinstance(data, dict):
            return data
        allowed = _languages(info).allowed
        texts = {k: v for k, v in data.items() if k in allowed and k not in cls.model_fields}
        rest = {k: v for k, v in data.items() if k not in texts}
        return {**rest, "texts": texts}

    def __getitem__(self, lang: str) -> Any:
        return self.texts[lang]


# --- status.yml -----------------------------------------------------------------------------

STATES = ("open", "halted", "ended")  # halted: reported stopped, never announced


class StateTexts(Model):
    """One phrase, written for every state the policy can be in, in both languages; a phrase that
    does not depend on the state is written once, under `every:`."""

    open: Text
    halted: Text
    ended: Text
    every: Text | None = None  # kept, so that errors name the lines as written

    @model_validator(mode="before")
    @classmethod
    def _every(cls, data: object) -> object:
        if not isinstance(data, dict) or "every" not in data:
            return data
        if len(data) > 1:
            raise ValueError("must be `every:` alone, or one text per state (open, halted, ended)")
        return {**dict.fromkeys(STATES, data["every"]), "every": data["every"]}

    def as_written(self) -> dict[str, dict[str, str]]:
        """The texts as status.yml writes them: by state, or once under `every`."""
        if self.every is not None:
            return {"every": self.every}
        return {state: getattr(self, state) for state in STATES}


class Status(Model):
    state: Literal["open", "halted", "ended"]
    last_checked: PastDate
    sources: list[Id]
    phrases: dict[Id, StateTexts]


# --- sources/<id>.yml -----------------------------------------------------------------------


class Source(Model):
    id: Id
    title: Str
    # When `title` is a description the project wrote (the source has no usable title of its
    # own), its version in other languages: their pages show it. A real title is never translated.
    title_translated: dict[LangCode, Str] = {}
    publisher: Str
    publisher_translated: dict[LangCode, Str] = {}  # for a note the project added to the publisher
    kind: Literal["agency", "law", "court", "advocacy", "news"]
    date: PartialDate
    url: Url
    languages: Annotated[list[LangCode], AfterValidator(lambda v: v or _need_language())]
    # Where we read the text when `url`, the original, could not be opened: a copy. Pages say
    # the text was read in a copy; delete this line once someone has read the original.
    read_in: Url | None = None

    def title_in(self, lang: str) -> str:
        return self.title_translated.get(lang, self.title)

    def title_stop(self, lang: str) -> str:
        """The full stop after the title in a citation, unless the title ends with its own."""
        return "" if self.title_in(lang)[-1:] in ".?!" else "."

    def publisher_in(self, lang: str) -> str:
        return self.publisher_translated.get(lang, self.publisher)


# --- timeline.yml ---------------------------------------------------------------------------


class TitledText(Model):
    title: Str
    text: Str


class Event(Localized):
    id: Id
    date: PartialDate
    certainty: Literal["confirmed", "reported", "unclear"]
    texts: per_language(TitledText)
    sources: list[Id]


class Timeline(Model):
    events: list[Event]


# --- changes.yml ----------------------------------------------------------------------------


class Change(Localized):
    id: Id
    date: PastDate
    kind: Literal["correction", "policy", "addition"]
    texts: per_language(TitledText)
    pages: Annotated[list[Str], AfterValidator(lambda p: p or _need_page())]


def _need_page() -> list:
    raise ValueError("must list at least one page the change touched")


class Changes(Model):
    entries: list[Change]


# --- glossary.yml ---------------------------------------------------------------------------


class TermText(Model):
    term: Str
    definition: Str


class Term(Localized):
    id: Id
    abbr: Text | None = None
    texts: per_language(TermText)


class Glossary(Model):
    terms: list[Term]


# --- steps.yml ------------------------------------------------------------------------------


class StepText(Model):
    title: Str
    summary: Str


class Step(Localized):
    id: Id
    page: Str
    texts: per_language(StepText)


class Steps(Model):
    steps: list[Step]


# --- checklists/<id>.yml --------------------------------------------------------------------

Role = Literal["worker-leader", "organizer", "lawyer", "immigration-practitioner"]


class ItemText(Model):
    text: Str
    hint: Str | None = None


class Item(Localized):
    id: Id
    role: Role | None = None
    renamed_from: list[Id] = []  # former ids: readers' ticks saved under them move to this one
    texts: per_language(ItemText)


class Checklist(Model):
    id: Id
    title: Text
    items: list[Item]
    retired: list[Id] = []  # ids removed on purpose: their saved ticks are no longer shown


# --- checklist_ids.yml: every item id ever published (readers' ticks are stored under them) --


class ChecklistIds(Model):
    checklists: dict[Id, list[Id]]


# --- violations.yml -------------------------------------------------------------------------


class Label(Model):
    label: Str


class Violation(Localized):
    id: Id
    texts: per_language(Label)


class Violations(Model):
    violations: list[Violation]


# --- agencies/<id>.yml ----------------------------------------------------------------------


class Filing(Model):
    web: or_unknown(Url)
    phone: Str
    languages: or_unknown(Text)
    asks_status: Literal["yes", "no", "unknown"]
    sources: list[Id]  # required when any of the above is known
    verified: PastDate  # when a person last checked these details against the sources

    @property
    def dial(self) -> str | None:
        """The phone number as a tel: link dials it (a phone reader taps rather than copies):
        the first U.S. number written, e.g. "1-800-321-6742 (1-800-321-OSHA)" -> "+18003216742"."""
        found = _US_PHONE.search(self.phone)
        return "+1" + "".join(found.groups()) if found else None


_US_PHONE = re.compile(r"(?<!\d)(?:1-)?(\d{3})-(\d{3})-(\d{4})(?!\d)")


Unit = Literal["days", "months", "years"]
# Only for ordering deadlines (finder, triage): a month counts as its average length.
APPROX_DAYS = {"days": 1.0, "months": 30.4375, "years": 365.25}


class Length(Model):
    # Strict: YAML's `true` or "6" must not pass for a number of days.
    amount: Annotated[int, Strict(), AfterValidator(lambda n: n if n > 0 else _positive())]
    unit: Unit

    @property
    def approx_days(self) -> float:
        return self.amount * APPROX_DAYS[self.unit]


class Deadline(Model):
    id: Id
    claim: Text
    label: Text | None = None  # a few words for the triage on a phone; the claim when absent
    length: Length
    runs_from: Text  # what starts the clock: "the retaliation", "the last unpaid payday"
    tolling: Text | None = None  # what pauses or extends it, where a source says so
    sources: Annotated[list[Id], AfterValidator(lambda s: s or _need_source())]
    verified: PastDate


class NoDeadline(Model):
    """Said instead of a list when no deadline applies or none could be found."""

    reason: Literal["none-fixed", "not-found"]
    note: Text
    sources: list[Id]  # required for none-fixed: a source that says so
    verified: PastDate


def _positive() -> int:
    raise ValueError("must be a whole number above 0")


def _need_source() -> list:
    raise ValueError("needs at least one source")


def _deadlines_shape(value: object) -> object:
    if not isinstance(value, (list, dict)):
        raise ValueError(
            "must list the deadlines, or say why there are none "
            "(reason: none-fixed or not-found, with note, sources and verified)"
        )
    return value


Deadlines = Annotated[
    Annotated[list[Deadline], Tag("list")] | Annotated[NoDeadline, Tag("none")],
    Discriminator(lambda v: "list" if isinstance(v, list) else "none"),
    BeforeValidator(_deadlines_shape),
]


class UtCertification(Model):
    certifies: Literal["yes", "no", "unknown"]
    visas: list[Literal["u", "t"]] = []
    channel: Text | None = None  # how to ask
    activities: Text | None = None  # qualifying criminal activities it has said it certifies
    law: Id | None = None  # the state law on answering requests (data/ut_laws.yml), written once
    timing: Text | None = None  # what only this agency's sources say about timing
    sources: list[Id]  # required unless certifies is unknown
    verified: PastDate


class Disclosure(Localized):
    """What the agency tells the employer (or the public) about the worker who complained."""

    texts: per_language(Str)
    sources: list[Id]

    def get(self, lang: str) -> str:
        return self.texts[lang]


class Soi(Model):
    status: Literal["published", "none-published"]
    where: Text | None = None
    include: Text | None = None
    sources: list[Id]  # required when published
    verified: PastDate


class Agency(Model):
    id: Id
    short_name: Str
    level: Literal["federal", "state", "local"]
    state: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None
    name: Text
    # The languages in which the agency itself publishes its name; elsewhere the page says the
    # name is the project's translation.
    official_names: Annotated[list[LangCode], AfterValidator(lambda v: v or _need_language())]
    violations: list[Id]
    website: or_unknown(Url)
    filing: Filing
    deadlines: Deadlines
    disclosure: or_unknown(Disclosure)
    soi: Soi
    ut_certification: UtCertification
    sources: list[Id]
    last_reviewed: PastDate


# --- state_laws.yml -------------------------------------------------------------------------


class LawText(Model):
    name: Str  # a plain name: "Unfair immigration-related practices"
    forbids: Str


class AgencyDeadline(Model):
    """A law whose complaints are filed under an agency's own deadline names it, never copies it."""

    agency: Id
    deadline: Id


def _law_deadlines_kind(value: object) -> str:
    if isinstance(value, list):
        return "list"
    return "ref" if isinstance(value, dict) and "agency" in value else "none"


LawDeadlines = Annotated[
    Annotated[list[Deadline], Tag("list")]
    | Annotated[NoDeadline, Tag("none")]
    | Annotated[AgencyDeadline, Tag("ref")],
    Discriminator(_law_deadlines_kind),
    BeforeValidator(_deadlines_shape),
]


class StateLaw(Localized):
    id: Id
    state: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    citation: Str  # as courts cite it: "Cal. Lab. Code § 1019"
    # The act that changed it, cited as is ("P.A. 104-0455"); the words around it ("as amended
    # by") are interface text, in each language (SiteData.law_citation).
    amended_by: Str | None = None
    texts: per_language(LawText)
    violations: list[Id]  # problems it covers; joins the law's agencies into the finder
    agencies: list[Id]  # who enforces it
    deadlines: LawDeadlines
    sources: Annotated[list[Id], AfterValidator(lambda s: s or _need_source())]
    verified: PastDate


class StateLaws(Model):
    laws: list[StateLaw]


# --- ut_laws.yml ----------------------------------------------------------------------------


class UtLaw(Model):
    """A state's law on how certifying agencies answer U and T visa requests: the agencies of
    that state name it (`ut_certification.law`), so a change in the law is one edit."""

    id: Id
    state: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    timing: Text  # how fast, and what an agency must do; what our sources say, as they say it
    sources: Annotated[list[Id], AfterValidator(lambda s: s or _need_source())]
    verified: PastDate


class UtLaws(Model):
    laws: list[UtLaw]

    def get(self, law_id: str | None) -> UtLaw | None:
        return next((law for law in self.laws if law.id == law_id), None)


# --- triage.yml -----------------------------------------------------------------------------


class ClockRef(Model):
    """A deadline shown in the triage, named by its owner and its id (never copied)."""

    agency: Id | None = None
    law: Id | None = None
    deadline: Id


class SituationText(Model):
    title: Str
    summary: Str
    actions: list[Str]


class Situation(Localized):
    id: Id
    texts: per_language(SituationText)
    clocks: list[ClockRef] = []
    more: list[Str]  # pages that go deeper, as paths in a language folder (step-1.md)


class Triage(Model):
    situations: list[Situation]


# --- roles.yml ------------------------------------------------------------------------------


class RoleText(Model):
    title: Str
    intro: Str


class RolePage(Localized):
    id: Id
    checklist_role: Role | None = None  # whose checklist items the page gathers
    texts: per_language(RoleText)
    read_first: list[Str]  # pages, as paths in a language folder (step-1.md)


class Roles(Model):
    roles: list[RolePage]


# --- referrals.yml --------------------------------------------------------------------------


class ReferralText(Model):
    name: Str
    what: Str


class Referral(Localized):
    id: Id
    kind: Literal["verify", "directory"]
    source: Id  # its address and publisher live in sources/<id>.yml
    texts: per_language(ReferralText)
    verified: PastDate


class Referrals(Model):
    referrals: list[Referral]


# --- notes.yml ------------------------------------------------------------------------------


class Note(Localized):
    """A caveat several pages need, written once: <!-- note: id -->."""

    id: Id
    kind: Literal["warning", "info"]
    texts: per_language(TitledText)
    sources: list[Id]


class Notes(Model):
    notes: list[Note]


# --- never_collect.yml ----------------------------------------------------------------------


class NeverText(Model):
    label: Str  # as printed on an intake form's "never ask" list
    patterns: list[Str]  # lowercase words that show a checklist item is about it


class NeverItem(Localized):
    id: Id
    texts: per_language(NeverText)


Words = per_language(list[Str])


class NeverCollect(Model):
    roles: list[Role]  # items for these roles, or for no role, may not ask to collect these
    asks: Words  # words that ask the reader to gather something
    negations: Words  # a sentence with one of these words warns instead of asking
    items: list[NeverItem]


# --- ui.yml ---------------------------------------------------------------------------------


# --- tools: templates/<id>.yml, meeting.yml, decision.yml -----------------------------------


class FieldText(Model):
    label: Str  # printed on the form and used as the CSV column
    why: Str | None = None  # "why we ask", printed under the label


class Field(Localized):
    id: Id
    # never_collect.yml items this field names without asking for them ("threats about
    # immigration status" asks about the threat): an explicit exception, for a reviewer to see.
    mentions: list[Id] = []
    lines: Annotated[int, Strict(), AfterValidator(lambda n: n if 1 <= n <= 8 else _lines())] = 1
    texts: per_language(FieldText)


def _lines() -> int:
    raise ValueError("must be a whole number from 1 to 8 (writing lines on paper)")


class SectionTitle(Model):
    title: Str


class TemplateSection(Localized):
    id: Id
    texts: per_language(SectionTitle)
    fields: Annotated[list[Field], AfterValidator(lambda f: f or _need_field())]


def _need_section() -> list:
    raise ValueError("must list at least one section")


def _need_field() -> list:
    raise ValueError("must list at least one field")


Sheets = Annotated[int, Strict(), AfterValidator(lambda n: n if n in (1, 2) else _sheets())]


def _sheets() -> int:
    raise ValueError("must be 1 or 2 (the most sheets the blank form may print on)")


class FormTemplate(Model):
    """A form filled once per case or worker: sections of labelled fields."""

    id: Id
    layout: Literal["form"]
    sheets: Sheets
    never_ask: Annotated[bool, Strict()] = False  # print data/never_collect.yml on the form
    sections: Annotated[list[TemplateSection], AfterValidator(lambda s: s or _need_section())]


class TableTemplate(Model):
    """A log filled one row at a time: columns, and how many blank rows to print."""

    id: Id
    layout: Literal["table"]
    sheets: Sheets
    never_ask: Annotated[bool, Strict()] = False
    rows: Annotated[int, Strict(), AfterValidator(lambda n: n if 1 <= n <= 40 else _rows())]
    columns: Annotated[list[Field], AfterValidator(lambda f: f or _need_field())]


def _rows() -> int:
    raise ValueError("must be a whole number from 1 to 40")


def _layout(value: object) -> str:
    return "table" if isinstance(value, dict) and value.get("layout") == "table" else "form"


AnyTemplate = FormTemplate | TableTemplate
Template = Annotated[  # what a file in data/templates/ is read as
    Annotated[FormTemplate, Tag("form")] | Annotated[TableTemplate, Tag("table")],
    Discriminator(_layout),
]


class AgendaText(Model):
    title: Str
    what: Str


class AgendaItem(Localized):
    id: Id
    minutes: Annotated[int, Strict(), AfterValidator(lambda n: n if n > 0 else _positive())]
    chair: Role  # who leads this part: worker leaders chair the meeting
    texts: per_language(AgendaText)


class ScriptPart(Localized):
    id: Id
    texts: per_language(TitledText)


class QuestionText(Model):
    question: Str
    answer: Str


class HardQuestion(Localized):
    id: Id
    texts: per_language(QuestionText)
    sources: Annotated[list[Id], AfterValidator(lambda s: s or _need_source())]


class Meeting(Model):
    agenda: list[AgendaItem]
    script: list[ScriptPart]
    questions: list[HardQuestion]


class ChoiceText(Model):
    label: Str


class Choice(Localized):
    id: Id
    then: Id  # the next question's id, or an outcome's id
    texts: per_language(ChoiceText)


class AskText(Model):
    question: Str
    help: Str | None = None


class Ask(Localized):
    id: Id
    texts: per_language(AskText)
    choices: Annotated[list[Choice], AfterValidator(lambda c: c if len(c) >= 2 else _two())]


def _two() -> list:
    raise ValueError("must list at least two choices")


class OutcomeText(Model):
    title: Str
    why: Str


class Outcome(Localized):
    id: Id
    texts: per_language(OutcomeText)
    pages: list[Str]  # pages that matter for this outcome, as paths in a language folder
    sources: list[Id] = []


class Decision(Model):
    """A yes/no path: the first question starts; every choice leads to a question or an outcome."""

    questions: Annotated[list[Ask], AfterValidator(lambda q: q or _need_question())]
    outcomes: list[Outcome]


def _need_question() -> list:
    raise ValueError("must list at least one question")


# --- terms.yml: one term per concept, and what to avoid ----------------------------------------


class TermWords(Model):
    use: Str
    avoid: list[Str] = []


class TermEntry(Localized):
    id: Id
    texts: per_language(TermWords)


class Calque(Model):
    avoid: list[Str]
    use: Str


class TermException(Model):
    file: Str  # as the check names it: docs/es/step-1.md, data/glossary.yml
    text: Str  # the exact words allowed there (a quotation, an official name)
    why: Str


class MidSentence(Model):
    """A word written in lower case mid-sentence: "el paso 3", never "el Paso 3"."""

    word: Str  # as wrongly capitalized
    after: list[Str]  # the words that show it is mid-sentence


class Grammar(Model):
    """Rules of one language's grammar and usage, beyond its list of terms."""

    calques: list[Calque] = []
    articles: dict[Str, list[Str]] = {}  # article -> acronyms that take it ("la": [OSHA])
    article_after: list[Str] = []  # words after which an acronym needs its article
    contractions: dict[Str, Str] = {}  # "a el" -> "al"
    mid_sentence: MidSentence | None = None


class Terms(Model):
    terms: list[TermEntry]
    grammar: dict[LangCode, Grammar] = {}
    exceptions: list[TermException] = []


# --- search.yml: how pages rank, and the queries search must answer --------------------------


def _boost(value: float) -> float:
    if not 0.1 <= value <= 10:
        raise ValueError("must be between 0.1 and 10 (1 is normal)")
    return value


def _within(value: int) -> int:
    if not 1 <= value <= 10:
        raise ValueError("must be a whole number from 1 to 10")
    return value


class SearchQuery(Model):
    lang: LangCode
    query: Str  # as a reader types it
    page: Str  # docs/en path of the page expected first…
    within: Annotated[int, Strict(), AfterValidator(_within)] = 1  # …or among the first `within`


def _word(value: str) -> str:
    if not re.fullmatch(r"[a-záéíóúüñ]+", value):
        raise ValueError(f"must be one word in lowercase letters, got {value!r}")
    return value


Word = Annotated[str, AfterValidator(_word)]


SkipWords = per_language(list[Word])


class Search(Model):
    skip: SkipWords  # words a search leaves out, per language
    boost: dict[Str, Annotated[float, Strict(), AfterValidator(_boost)]] = {}  # docs/en path
    queries: list[SearchQuery]


# --- everything in data/, loaded and checked (guide/loader.py) -------------------------------


@dataclass(frozen=True)
class SiteData:
    languages: Languages
    status: Status
    timeline: Timeline
    changes: Changes
    glossary: Glossary
    steps: Steps
    violations: Violations
    state_laws: StateLaws
    ut_laws: UtLaws
    triage: Triage
    roles: Roles
    referrals: Referrals
    notes: Notes
    never_collect: NeverCollect
    checklist_ids: ChecklistIds
    meeting: Meeting
    decision: Decision
    terms: Terms
    search: Search
    ui: dict[str, Text]
    sources: dict[str, Source]
    checklists: dict[str, Checklist]
    agencies: dict[str, Agency]
    templates: dict[str, AnyTemplate]
    # Every data file as parsed, by its path from the root ("data/agencies/nlrb.yml"): reports
    # that name a field's line (guide/review.py) find it here instead of reading the file again.
    docs: dict[str, YamlDoc] = field(default_factory=dict, repr=False, compare=False)

    def text(self, key: str, lang: str, **fill: object) -> str:
        """An interface string in `lang`; with keywords, its {placeholders} filled in."""
        text = self.ui[key][lang]
        return text.format(**fill) if fill else text

    def law_citation(self, law: StateLaw, lang: str) -> str:
        """A state law as pages cite it: its citation, and the act that amended it if any."""
        if law.amended_by is None:
            return law.citation
        return self.text("law_amended_by", lang, citation=law.citation, law=law.amended_by)

    def violation_labels(self, lang: str) -> dict[str, str]:
        return {v.id: v[lang].label for v in self.violations.violations}
