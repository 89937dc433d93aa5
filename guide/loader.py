"""Load every file in data/, validate it, and cross-check references between files.

All problems are collected and raised together as DataErrors, each naming file, line and field.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from . import checks
from .agencies import UnknownDeadline, expand_deadlines
from .errors import DataError, DataErrors
from .fork import both, forks
from .languages import Languages, english_name, project_languages
from .markers import DEADLINE
from .models import (
    UNION_TAGS,
    Agency,
    Changes,
    Checklist,
    ChecklistIds,
    Decision,
    Glossary,
    Meeting,
    NeverCollect,
    Notes,
    Referrals,
    Roles,
    Search,
    SiteData,
    Source,
    StateLaws,
    Status,
    Steps,
    Template,
    Terms,
    Text,
    Timeline,
    Triage,
    UtLaws,
    Violations,
)
from .pages import missing_page
from .safety import MARKUP_IN_DATA, html_tags, markdown_markup, unsafe_html
from .search import query_problems
from .status import MARK, UnknownPhrase, expand, hand_dated, phrase_problems
from .structure import differences
from .terms import texts_term_problems
from .uicheck import ui_problems
from .yamlfile import Loc, YamlDoc, children, dotted, read_yaml

M = TypeVar("M", bound=BaseModel)

UI_STRINGS = TypeAdapter(dict[str, Text])
# Dropped from error locations: union branch tags; `texts`, where a model gathers its `en:`/`es:`
# blocks (the author wrote them beside the other fields); and "[key]", pydantic's mark for an
# error in a mapping's key rather than its value (the key's own line is the one to show).
HIDDEN = UNION_TAGS | {"texts", "[key]"}
TEMPLATE = TypeAdapter(Template)
TextAt = tuple[Any, Any, Loc, str | None]  # container, key, location, language
# Work split between two processor cores (guide/fork.py) from this size: a folder of this many
# files (`_Collector.read_all`), and this many texts to screen for terms (`_term_check`). At 1,000
# agencies, reading and screening are most of `tasks.py check`; at today's size, too little to
# pay for starting a process.
READ_IN_TWO_FROM = 300
SCREEN_IN_TWO_FROM = 20_000


class _Collector:
    """Reads files relative to the repository root and gathers errors as it goes."""

    def __init__(self, root: Path, languages: Languages):
        self.root = root
        self.languages = languages
        self.errors: list[DataError] = []
        self.docs: dict[str, YamlDoc] = {}
        # Every text of each file, found once for the three checks that read them all.
        self.texts: dict[str, list[TextAt]] = {}
        self.status: Status | None = None  # once read, its phrases fill [](status:KEY) in texts
        self.agencies: dict[str, Agency] | None = None  # once sound, [](deadline:…) in texts
        # Once read: a folder read in two (`read_all`) has its texts screened for avoided terms
        # by each process as it reads, on both cores at once; what they found is kept here for
        # the cross-checks, which report terms, and the forked one sends it instead of its texts.
        self.terms: Terms | None = None
        self.screened: list[DataError] = []

    def shown(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def read(self, path: Path, model: Any) -> Any | None:
        shown = self.shown(path)
        if not path.is_file():
            self.errors.append(DataError(shown, 1, "", "is missing"))
            return None
        doc = read_yaml(path, shown)
        if isinstance(doc, DataError):
            self.errors.append(doc)
            return None
        if doc.data is None:
            self.errors.append(DataError(shown, 1, "", "is empty"))
            return None
        self.docs[shown] = doc
        texts = self.texts[shown] = list(_texts(doc.data, self.languages))
        plain = dict(_plain_text_problems(doc, texts))
        self.errors.extend(plain.values())
        # A text already refused is not compared with its twin: one mistake, one message.
        self.errors.extend(_translation_problems(doc, texts, self.languages, set(plain)))
        if self.status is not None:  # status.yml itself is read (and checked) before it is set
            self.errors.extend(
                doc.error(here, message)
                for node, key, here, lang in texts
                if lang in self.languages.codes  # a language not built yet has no date format
                for _, message in hand_dated(node[key], self.status, lang)
            )
            self.errors.extend(_expand(doc, texts, self.fill, self.languages))
        adapter = model if isinstance(model, TypeAdapter) else TypeAdapter(model)
        try:
            return adapter.validate_python(doc.data, context={"languages": self.languages})
        except ValidationError as exc:
            self.errors.extend(_convert(doc, exc))
            return None

    def fill(self, text: str, lang: str) -> str:
        """A data text with its status phrases and, once agencies are read, deadline lengths."""
        text = expand(text, self.status, lang)
        if self.agencies is not None:
            text = expand_deadlines(text, self.agencies, lang)
        return text

    def read_folder(self, folder: Path, model: type[M]) -> dict[str, M]:
        out: dict[str, M] = {}
        if not folder.is_dir():
            self.errors.append(DataError(self.shown(folder), 1, "", "folder is missing"))
            return out
        paths = sorted(folder.glob("*.yml"))
        for path, item in zip(paths, self.read_all(paths, model), strict=True):
            if item is None:
                continue
            if item.id != path.stem:
                self.fail(path, ("id",), f"'{item.id}' must match the file name '{path.stem}'")
            out[item.id] = item
        return out

    def read_all(self, paths: list[Path], model: Any) -> list[Any]:
        """`read` of each path; a long list is read half here, half in a forked process."""
        if len(paths) < READ_IN_TWO_FROM or not forks():
            return [self.read(path, model) for path in paths]
        half = len(paths) // 2
        mine, (theirs, errors, docs, texts, screened) = both(
            lambda: self._read_and_screen(paths[:half], model),
            lambda: self._read_to_send(paths[half:], model),
        )
        self.errors += errors
        self.docs.update(docs)
        self.texts.update(texts)
        self.screened += screened
        return mine + theirs

    def _read_and_screen(self, paths: list[Path], model: Any) -> list[Any]:
        """`read` of each path, and once terms.yml is read, their texts screened for avoided
        terms at once, as the forked reader screens its share meanwhile (`_read_to_send`)."""
        items = [self.read(path, model) for path in paths]
        if self.terms is not None:
            read = [shown for shown in map(self.shown, paths) if shown in self.texts]
            texts = {shown: self.texts.pop(shown) for shown in read}
            self.screened += _screened(_by_language(texts), self.docs, self.terms)
        return items

    def _read_to_send(self, paths: list[Path], model: Any) -> tuple:
        """What `_read_and_screen` of `paths` found, to send to the process that asked: the
        items, the errors, each file's data (without libyaml's nodes, read again if a line is
        asked for), the texts it did not screen (all of them before terms.yml is read) and the
        avoided terms it found."""
        kept = self.errors, self.docs, self.texts, self.screened
        self.errors, self.docs, self.texts, self.screened = [], {}, {}, []
        try:
            items = self._read_and_screen(paths, model)
            docs = {shown: doc.without_nodes(self.root / shown) for shown, doc in self.docs.items()}
            return items, self.errors, docs, self.texts, self.screened
        finally:
            self.errors, self.docs, self.texts, self.screened = kept

    def fail(self, path: Path | str, loc: Loc, message: str) -> None:
        shown = path if isinstance(path, str) else self.shown(path)
        doc = self.docs.get(shown)
        line = doc.line(loc) if doc else 1
        self.errors.append(DataError(shown, line, dotted(loc), message))


def load_site_data(root: Path, data_dir: str = "data") -> SiteData:
    """Load and check everything under root/data_dir against the languages of root/mkdocs.yml;
    raise DataErrors listing every problem."""
    # A load keeps nearly everything it makes: the cycle collector would walk it again and again
    # to free almost nothing (40% of the load at 1,000 agencies: 2.9 s instead of 1.7).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load(root, data_dir)
    finally:
        if collecting:
            gc.enable()


def _load(root: Path, data_dir: str) -> SiteData:
    c = _Collector(root, project_languages(root))
    base = root / data_dir
    single = {
        "timeline": Timeline,
        "changes": Changes,
        "glossary": Glossary,
        "steps": Steps,
        "violations": Violations,
        "state_laws": StateLaws,
        "ut_laws": UtLaws,
        "triage": Triage,
        "roles": Roles,
        "referrals": Referrals,
        "notes": Notes,
        "never_collect": NeverCollect,
        "checklist_ids": ChecklistIds,
        "meeting": Meeting,
        "decision": Decision,
        "search": Search,
        "ui": UI_STRINGS,
    }
    for path in sorted(base.rglob("*.yaml")):  # it would be ignored, silently
        c.fail(path, (), f"must end in .yml, not .yaml: rename it to {path.stem}.yml")
    c.status = c.read(base / "status.yml", Status)
    if c.status is not None:
        for loc, message in phrase_problems(c.status):
            c.fail(base / "status.yml", loc, message)
        if c.errors:  # other files' phrases cannot be filled from a broken status.yml
            c.status = None
    c.terms = terms = c.read(base / "terms.yml", Terms)  # before the folders (_Collector.terms)
    sources = c.read_folder(base / "sources", Source)
    agencies = c.read_folder(base / "agencies", Agency)
    if not c.errors:  # texts read from here on may name an agency's deadline
        c.agencies = agencies
    loaded = {name: c.read(base / f"{name}.yml", model) for name, model in single.items()}
    checklists = c.read_folder(base / "checklists", Checklist)
    templates = c.read_folder(base / "templates", TEMPLATE)
    if c.errors:  # cross-checks only make sense on files that parsed
        raise DataErrors(c.errors)
    data = SiteData(
        languages=c.languages,
        status=c.status,
        sources=sources,
        checklists=checklists,
        agencies=agencies,
        templates=templates,
        docs=c.docs,
        terms=terms,
        **loaded,
    )
    _cross_check(c, base, data)
    if c.errors:
        raise DataErrors(c.errors)
    return data


# Lists of pages in data files, each checked to exist: (file and SiteData field, list, field of
# each item that lists pages).
PAGE_LISTS = (
    ("changes", "entries", "pages"),
    ("triage", "situations", "more"),
    ("roles", "roles", "read_first"),
    ("decision", "outcomes", "pages"),
)


def _cross_check(c: _Collector, base: Path, d: SiteData) -> None:
    for path, loc, message in checks.all_problems(d):
        c.fail(base / path, loc, message)
    docs = base.parent / "docs" / d.languages.default
    pages = (
        [
            (f"{part}.yml", (items, i, field, j), page)
            for part, items, field in PAGE_LISTS
            for i, item in enumerate(getattr(getattr(d, part), items))
            for j, page in enumerate(getattr(item, field))
        ]
        + [("search.yml", ("boost", page), page) for page in d.search.boost]
        + [("search.yml", ("queries", i, "page"), q.page) for i, q in enumerate(d.search.queries)]
    )
    # A state without its name is named once, at the agency (checks.py), not again per template.
    states = {a.state for a in d.agencies.values() if a.state and f"state_{a.state}" in d.ui}
    for loc, message in ui_problems(base.parent, d.ui, states, d.languages):
        c.fail(base / "ui.yml", loc, message)
    for path, loc, page in pages:
        message = missing_page(docs, page, d.agencies)
        if message:
            c.fail(base / path, loc, message)
    for loc, message in query_problems(d.search):
        c.fail(base / "search.yml", loc, message)
    _term_check(c, d.terms)


def _term_check(c: _Collector, terms: Terms) -> None:
    """The term list (data/terms.yml) applied to every text of the data written under a language
    not screened as it was read (`_Collector.terms`); with many texts, every other one in a
    forked process (guide/fork.py)."""
    c.errors += c.screened
    by_lang = _by_language(c.texts)
    if sum(map(len, by_lang.values())) < SCREEN_IN_TWO_FROM:
        c.errors += _screened(by_lang, c.docs, terms)
    else:
        halves = both(
            lambda: _screened(by_lang, c.docs, terms, 0, 2),
            lambda: _screened(by_lang, c.docs, terms, 1, 2),
        )
        c.errors += [e for half in halves for e in half]


def _by_language(texts_of: dict[str, list[TextAt]]) -> dict[str, list[tuple[str, str, Loc]]]:
    """(text, file, where) of each text written under a language, by language."""
    by_lang: dict[str, list[tuple[str, str, Loc]]] = {}
    for shown, texts in texts_of.items():
        if shown.endswith("/terms.yml"):
            continue  # it names the words to avoid
        for node, key, here, lang in texts:
            if lang is not None:
                by_lang.setdefault(lang, []).append((node[key], shown, here))
    return by_lang


def _screened(
    by_lang: dict[str, list[tuple[str, str, Loc]]],
    docs: dict[str, YamlDoc],
    terms: Terms,
    start: int = 0,
    step: int = 1,
) -> list[DataError]:
    """The avoided terms in every `step`th text of each language from `start`, all texts of one
    language screened together (guide/terms.py)."""
    found = []
    for lang, items in by_lang.items():
        share = items[start::step]
        texts = [(text, shown) for text, shown, _ in share]
        for i, _, message in texts_term_problems(texts, lang, terms):
            _, shown, here = share[i]
            found.append(docs[shown].error(here, message))
    return found


def _texts(
    node: Any, languages: Languages, loc: Loc = (), lang: str | None = None
) -> Iterator[TextAt]:
    """Every text in loaded YAML, in file order, with the language of the nearest language key
    (`en:`, `es:`) above it (None outside one)."""
    for key, value in children(node):
        here, text_lang = (*loc, key), key if key in languages.allowed else lang
        if isinstance(value, str):
            yield node, key, here, text_lang
        else:
            yield from _texts(value, languages, here, text_lang)


def _translation_problems(
    doc: YamlDoc, texts: list[TextAt], languages: Languages, refused: set[Loc]
) -> Iterator[DataError]:
    """Each translated text against its original, by the rule pages follow (guide/structure.py):
    the same markers, and as many links, list items… It runs before [](status:…) markers are
    filled, on the texts as written. Generated pages are built from these texts, so their
    translations match when these do. Texts in `refused` (already reported) are left out."""
    written = {here: (node[key], lang) for node, key, here, lang in texts if lang is not None}
    default = languages.default
    for here, (text, lang) in written.items():
        if lang == default or here in refused:
            continue
        where = len(here) - 1 - here[::-1].index(lang)  # the nearest language key (`_texts`)
        twin = (*here[:where], default, *here[where + 1 :])
        original = written.get(twin)
        if original is not None and twin not in refused:
            names = (english_name(default), english_name(lang))
            for difference in differences(original[0], text, names):
                yield doc.error(here, difference)


def _expand(
    doc: YamlDoc, texts: list[TextAt], fill: Callable[[str, str], str], languages: Languages
) -> Iterator[DataError]:
    """Fill every [](status:KEY) and [](deadline:…) in the texts of `doc`, in place."""
    for node, key, here, lang in texts:
        value = node[key]
        if not (MARK.search(value) or DEADLINE.search(value)):
            continue
        if lang is None:
            yield doc.error(
                here,
                "uses a [](status:…) or [](deadline:…) marker outside a text "
                f"written under a language ({', '.join(f'{c}:' for c in languages.codes)})",
            )
            continue
        try:
            node[key] = fill(value, lang)
        except (UnknownPhrase, UnknownDeadline) as exc:
            yield doc.error(here, f"names unknown {exc.args[0]}")


def _plain_text_problems(doc: YamlDoc, texts: list[TextAt]) -> Iterator[tuple[Loc, DataError]]:
    """Data texts are plain text: no HTML tag, no Markdown link or marker (but the two the
    loader fills), nothing that could run in a reader's browser. The first problem of each."""
    for node, key, here, _ in texts:
        tags = html_tags(node[key])
        if tags:
            yield here, doc.error(here, f"must be plain text: remove the HTML tag {tags[0]!r}")
            continue
        markup = markdown_markup(node[key])
        if markup:
            yield (
                here,
                doc.error(
                    here,
                    f"must be plain text: remove {markup[0]!r} ({MARKUP_IN_DATA})",
                ),
            )
            continue
        for _, message in unsafe_html(node[key]):
            yield here, doc.error(here, message)
            break


def _convert(doc: YamlDoc, exc: ValidationError) -> Iterable[DataError]:
    for err in exc.errors():
        loc = tuple(p for p in err["loc"] if p not in HIDDEN)
        yield doc.error(loc, _message(err))


_MESSAGES: dict[str, Callable[[dict], str]] = {
    "missing": lambda e: "is missing",
    "extra_forbidden": lambda e: "is not a known field (check its spelling and indentation)",
    "string_too_short": lambda e: "must not be empty",
    "string_type": lambda e: (
        "must be text"
        + (": put it in double quotes" if isinstance(e.get("input"), (int, float)) else "")
    ),
    "list_type": lambda e: "must be a list",
    "model_type": lambda e: "must be a set of fields (key: value lines)",
    "dict_type": lambda e: "must be a set of fields (key: value lines)",
    "model_attributes_type": lambda e: "must be a set of fields (key: value lines)",
    "bool_type": lambda e: "must be true or false",
    "bool_parsing": lambda e: "must be true or false",
    "int_type": lambda e: "must be a whole number",
    "int_parsing": lambda e: "must be a whole number",
    "int_from_float": lambda e: "must be a whole number",
}


def _message(err: dict) -> str:
    kind = err["type"]
    if kind in _MESSAGES:
        return _MESSAGES[kind](err)
    if kind == "string_pattern_mismatch":
        pattern = err["ctx"]["pattern"]
        if "A-Z" in pattern:
            return f"must be a two-letter state code such as CA, got {err['input']!r}"
        return f"must be lowercase letters, digits and dashes (like 'step-1'), got {err['input']!r}"
    msg = err["msg"]
    if msg.startswith("Value error, "):
        return msg.removeprefix("Value error, ")
    return msg.replace("Input should be", "must be")
