"""Read YAML keeping line numbers, so every error can name the line it is about.

Fast by default: libyaml (PyYAML's C parser) reads every file, with YAML 1.2 rules taken from
ruamel so that `no`, `on` and `yes` stay text. Anything it does not read the way ruamel would
(a syntax error, a duplicate key, a merge, an octal number, a time of day) is read again by
ruamel, whose messages name the line, so every error reads as it always has.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml as libyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor, SafeConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.resolver import implicit_resolvers as RUAMEL_RESOLVERS
from ruamel.yaml.scanner import ScannerError
from yaml.composer import Composer
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.scanner import Scanner

from .errors import DataError, NotUtf8, read_utf8

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class YamlDoc:
    path: str  # as shown in messages
    data: Any
    # The parsed nodes, which know their lines, when libyaml read the file; None when ruamel
    # did (then `data` carries the lines itself).
    nodes: Node | None = field(default=None, repr=False, compare=False)
    # The file, read again for its nodes when a line is asked for (`without_nodes`).
    source: Path | None = field(default=None, repr=False, compare=False)

    def without_nodes(self, source: Path) -> YamlDoc:
        """This doc, light enough to send to another process: libyaml's nodes (most of its
        weight) are read again from `source` if a line is ever asked for."""
        return self if self.nodes is None else YamlDoc(self.path, self.data, source=source)

    def line(self, loc: Loc) -> int:
        """1-based line of the deepest part of `loc` that exists in the file."""
        if self.source is not None:
            return _node_line(_nodes_of(self.source), loc)
        if self.nodes is not None:
            return _node_line(self.nodes, loc)
        node, line = self.data, 1
        if isinstance(node, CommentedMap | CommentedSeq):
            line = node.lc.line + 1
        for part in loc:
            if isinstance(node, CommentedMap) and part in node:
                line = node.lc.key(part)[0] + 1
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line = node.lc.item(part)[0] + 1
                node = node[part]
            else:
                break
        return line

    def error(self, loc: Loc, message: str) -> DataError:
        return DataError(self.path, self.line(loc), dotted(loc), message)


@functools.lru_cache(maxsize=64)
def _nodes_of(source: Path) -> Node:
    fast = fast_parse(read_utf8(source))
    assert fast is not None and fast[1] is not None  # it was read this way once already
    return fast[1]


def dotted(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _node_line(root: Node, loc: Loc) -> int:
    """As YamlDoc.line, on libyaml's nodes: a key's line, or a list item's first line."""
    node = root
    line = root.start_mark.line + 1 if isinstance(root, MappingNode | SequenceNode) else 1
    for part in loc:
        if isinstance(node, MappingNode):
            pair = next(
                (
                    (k, v)
                    for k, v in node.value
                    if isinstance(k, ScalarNode) and k.value == str(part)
                ),
                None,
            )
            if pair is None:
                break
            line, node = pair[0].start_mark.line + 1, pair[1]
        elif isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def read_yaml(path: Path, shown_as: str) -> YamlDoc | DataError:
    """Parse one file; a syntax error or an impossible date comes back as a DataError."""
    try:
        text = read_utf8(path)
    except NotUtf8 as exc:
        return DataError(shown_as, exc.line, "", str(exc))
    fast = _fast_read(text)
    if fast is not None:
        data, nodes, impossible_dates = fast
        doc = YamlDoc(shown_as, data, nodes)
        cut = _cut_by_note(doc, text)
        if cut is not None:
            return cut
        return _checked_dates(doc) if impossible_dates else doc
    try:
        data = yaml_loader("rt").load(text)
    except YAMLError as exc:
        line, problem = syntax_error(exc, text)
        return DataError(shown_as, line + 1, "", f"is not valid YAML: {problem}")
    return _checked_dates(YamlDoc(shown_as, data))


# A line with " #" after something: YAML reads the rest as a note to editors. After an id, a
# date or a quoted text that is the intent; after a plain text of several words ("Fact Sheet
# #77A"), or with the "#" against a word, the text was silently cut there.
_NOTE_AFTER = re.compile(r"[ \t]#")  # a line holding only a note has no value before it
_LINE_PARTS = re.compile(r"[ \t]*(?:-[ \t]+)*(?:[^\s#\"'][^:#]*?:(?:[ \t]+|$))?(?P<value>.*)$")


def text_cut_by_note(text: str) -> DataError | None:
    """As `read_yaml` finds it in a data file, the first plain text in `text` (a page's front
    matter) that a " #" cuts short; None when there is none, or when libyaml cannot read it."""
    if not _NOTE_AFTER.search(text):
        return None  # nothing to read again: most front matter has no " #"
    fast = _fast_read(text)
    return None if fast is None else _cut_by_note(YamlDoc("", fast[0], fast[1]), text)


def _cut_by_note(doc: YamlDoc, text: str) -> DataError | None:
    """The first plain text that a " #" on its line cuts short, as an error naming it."""
    if doc.nodes is None:
        return None
    for m in _NOTE_AFTER.finditer(text):
        sign = m.end() - 1
        start = text.rfind("\n", 0, sign) + 1
        value = _LINE_PARTS.match(text, start, sign).group("value").strip()
        if not value or value[0] in "\"'[{|>&*!%@`":
            continue  # a note after a key, a quoted text, a list or a block: meant as a note
        if " " not in value and text[sign + 1 : sign + 2] in ("", " ", "\n"):
            continue  # a note after an id, a date or an address
        found = _plain_ending_on(doc.nodes, text.count("\n", 0, sign))
        if found is not None:
            return doc.error(
                found,
                f"is cut at '#' (YAML reads ' #' as the start of a note to editors, so the text "
                f"ends at '{value}'): put the whole text in double quotes",
            )
    return None


def _plain_ending_on(node: Node, line: int, loc: Loc = ()) -> Loc | None:
    """Where the unquoted text that ends on `line` (0-based) sits, if one does."""
    if isinstance(node, ScalarNode):
        plain = not node.style  # None from the Python parser, "" from libyaml
        return loc if plain and node.end_mark.line == line else None
    if node.start_mark.line > line or node.end_mark.line < line:
        return None
    if isinstance(node, MappingNode):
        pairs = ((k.value if isinstance(k, ScalarNode) else "?", v) for k, v in node.value)
    else:
        pairs = enumerate(node.value)
    for key, child in pairs:
        found = _plain_ending_on(child, line, (*loc, key))
        if found is not None:
            return found
    return None


def _checked_dates(doc: YamlDoc) -> YamlDoc | DataError:
    impossible = next(not_dates(doc.data), None)  # the first; the others once it is fixed
    if impossible:
        loc, value = impossible
        return DataError(doc.path, value.line + 1, dotted(loc), f"is not a real date ({value})")
    return doc


class NotADate(str):
    """A value written like a date that names no real day (2023-02-30, 2023-13-01).

    YAML turns an unquoted 2023-02-28 into a date while parsing, and an impossible one into a
    ValueError without a line. Kept as text instead, it can be reported by field and line."""

    line: int  # 0-based, in the YAML text


TIMESTAMP = "tag:yaml.org,2002:timestamp"


def _lenient(base: type) -> type:
    """`base` constructor, except that an impossible date becomes a NotADate."""

    class Lenient(base):
        def timestamp_or_text(self, node: Any, values: Any = None) -> Any:
            try:
                return base.construct_yaml_timestamp(self, node, values)
            except ValueError:
                value = NotADate(node.value)
                value.line = node.start_mark.line
                return value

    # A subclass, so the constructors of other YAML readers (MkDocs, plugins) are untouched.
    Lenient.add_constructor(TIMESTAMP, Lenient.timestamp_or_text)
    return Lenient


_CONSTRUCTORS = {"rt": _lenient(RoundTripConstructor), "safe": _lenient(SafeConstructor)}


def yaml_loader(typ: str) -> YAML | FastSafeLoader:
    """A loader that never fails on a date: "rt" is ruamel's, keeping line numbers; "safe" is
    plain, read by libyaml when it can and by ruamel (with ruamel's errors) when it cannot."""
    if typ == "safe":
        return FastSafeLoader()
    return _ruamel(typ)


def _ruamel(typ: str) -> YAML:
    yaml = YAML(typ=typ)
    yaml.Constructor = _CONSTRUCTORS[typ]
    return yaml


class FastSafeLoader:
    """`.load(text)` like ruamel's safe loader, at libyaml's speed (front matter, read per page)."""

    def load(self, text: str) -> Any:
        fast = _fast_parse_once(text)
        # A copy: the same text is parsed once for every check that reads it, and none of them
        # may change what the next one reads.
        return copy.deepcopy(fast[0]) if fast is not None else _ruamel("safe").load(text)


@functools.lru_cache(maxsize=8192)  # a page's front matter, read by several checks per page
def _fast_parse_once(text: str) -> tuple[Any, Node | None] | None:
    return fast_parse(text)


class _NotLikeRuamel(Exception):
    """libyaml would read this differently from ruamel (or not at all): ask ruamel."""


class _Rules12(libyaml.resolver.BaseResolver):
    """Which plain scalars are booleans, numbers, dates or null: ruamel's YAML 1.2 rules."""

    yaml_implicit_resolvers: dict = {}


for _versions, _tag, _regexp, _first in RUAMEL_RESOLVERS:
    if (1, 2) in _versions:
        # The compiled pattern itself: ruamel's lazy wrapper costs an attribute look-up per use.
        _Rules12.add_implicit_resolver(_tag, re.compile(_regexp.pattern, _regexp.flags), _first)

_RULES12 = _Rules12()


class _Resolver12(_Rules12):
    """The same rules, with the tags of plain scalars kept (see `_plain_tag`)."""

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode and implicit[0]:
            return _plain_tag(value, implicit)
        return super().resolve(kind, value, implicit)


@functools.lru_cache(maxsize=4096)
def _plain_tag(value: str, implicit: tuple[bool, bool]) -> str:
    """A plain scalar's tag depends on its text alone (no path resolvers here), and the same
    keys and words come back in every file: each is matched against the rules once."""
    return _RULES12.resolve(ScalarNode, value, implicit)


MERGE = "tag:yaml.org,2002:merge"
STR = "tag:yaml.org,2002:str"
PLAIN_INT = re.compile(r"[-+]?(0|[1-9][0-9_]*)")
PLAIN_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class _Constructor(libyaml.constructor.SafeConstructor):
    """PyYAML's safe constructor, refusing (for ruamel to read) what the two read differently."""

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict:
        keys = [k.value for k, _ in node.value if isinstance(k, ScalarNode)]
        if len(set(keys)) < len(keys) or any(k.tag == MERGE for k, _ in node.value):
            raise _NotLikeRuamel  # ruamel rejects a repeated key, and merges its own way
        return super().construct_mapping(node, deep)

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        # Most keys and values are text: the scalar's value as it is, without the generic steps
        # (which would give the same string; what they record only serves anchors and aliases,
        # and an alias to a text gets an equal string this way).
        if node.tag == STR and type(node) is ScalarNode:
            return node.value
        return super().construct_object(node, deep)

    def construct_yaml_int(self, node: ScalarNode) -> int:
        if not PLAIN_INT.fullmatch(node.value):  # 0o17, 0x1f, 017: rules differ by version
            raise _NotLikeRuamel
        return super().construct_yaml_int(node)

    def timestamp_or_text(self, node: ScalarNode) -> Any:
        if not PLAIN_DATE.fullmatch(node.value):  # a time of day: ruamel has its own type
            raise _NotLikeRuamel
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            value = NotADate(node.value)
            value.line = node.start_mark.line
            return value


_Constructor.add_constructor("tag:yaml.org,2002:int", _Constructor.construct_yaml_int)
_Constructor.add_constructor(TIMESTAMP, _Constructor.timestamp_or_text)


try:
    from yaml.cyaml import CParser as _Parser
except ImportError:  # a PyYAML built without libyaml: slower, the same values and lines

    class _Parser(Reader, Scanner, Parser, Composer):
        def __init__(self, text: str):
            Reader.__init__(self, text)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)


class _FastLoader(_Parser, _Constructor, _Resolver12):
    def __init__(self, text: str):
        _Parser.__init__(self, text)
        _Constructor.__init__(self)
        _Resolver12.__init__(self)


def fast_parse(text: str) -> tuple[Any, Node | None] | None:
    """(data, nodes) read by libyaml, or None when ruamel must read the text (see above)."""
    fast = _fast_read(text)
    return None if fast is None else fast[:2]


def _fast_read(text: str) -> tuple[Any, Node | None, bool] | None:
    """As `fast_parse`, and whether an impossible date was read (a NotADate is in the data)."""
    loader = _FastLoader(text)
    try:
        nodes = loader.get_single_node()
        build = _Build(loader)
        data = build.value(nodes) if nodes is not None else None
    except (libyaml.YAMLError, _NotLikeRuamel, ValueError, TypeError, RecursionError):
        return None
    finally:
        loader.dispose()
    return data, nodes, build.impossible_dates


MAP, SEQ = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"


class _Build:
    """Nodes to values, as `_Constructor` builds them, without its generic steps for the plain
    mappings, lists and texts that make up nearly all of the data (building takes about half the
    time; reading the 1,267 files of a 1,000-agency copy, 0.44 s instead of 0.53)."""

    def __init__(self, loader: _FastLoader):
        self.loader = loader
        self.done: dict[int, Any] = {}  # an alias is the same node: built once, like PyYAML
        self.impossible_dates = False

    def value(self, node: Node) -> Any:
        kind, tag = type(node), node.tag
        if kind is ScalarNode:
            if tag == STR:
                return node.value
            made = self.loader.construct_object(node, deep=True)
            self.impossible_dates |= type(made) is NotADate
            return made
        made = self.done.get(id(node))
        if made is not None:
            return made
        if kind is SequenceNode and tag == SEQ:
            made = self.done[id(node)] = []
            made.extend(self.value(item) for item in node.value)
        elif kind is MappingNode and tag == MAP:
            keys = [k.value for k, _ in node.value if type(k) is ScalarNode]
            if len(set(keys)) < len(keys) or any(k.tag == MERGE for k, _ in node.value):
                raise _NotLikeRuamel  # ruamel rejects a repeated key, and merges its own way
            made = self.done[id(node)] = {}
            for k, v in node.value:
                made[self.value(k)] = self.value(v)
        else:  # another tag (a set, an ordered map): the constructor's own way
            made = self.done[id(node)] = self.loader.construct_object(node, deep=True)
            self.impossible_dates = True  # not looked into here: the walk will look
        return made


def children(node: Any) -> list[tuple[Any, Any]]:
    """(key, value) of a mapping, (index, item) of a list; nothing for a scalar: one step down
    loaded YAML, for whoever walks it."""
    if isinstance(node, dict):
        return list(node.items())
    if isinstance(node, list):
        return list(enumerate(node))
    return []


def not_dates(data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, NotADate]]:
    """Where impossible dates sit in loaded YAML, in file order."""
    if isinstance(data, NotADate):
        yield loc, data
    elif isinstance(data, dict):
        for key, value in data.items():
            if isinstance(key, NotADate):
                yield loc, key
            yield from not_dates(value, (*loc, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from not_dates(value, (*loc, i))


# Scanner problems that the scanner only notices later, often at the end of the file: the
# context mark is where the trouble starts, so that is the line to name.
FRIENDLIER = {
    "while scanning a quoted scalar": "a quote opens here but is never closed",
}
# What a first-time editor most often did, after the parser's words (which start with these).
ADVICE = (
    ("found character '\\t'", "a tab is used here: indent with spaces only"),
    (
        "mapping values are not allowed",
        "a text holds ': ' (a colon and a space): put the whole text in double quotes",
    ),
    (
        "expected <block end>, but found",
        "the text goes on after a closing quote: a quote inside a quoted text ends it; "
        'inside double quotes, write \\" for a double quote',
    ),
)


def syntax_error(exc: YAMLError, text: str) -> tuple[int, str]:
    """(0-based line where the problem starts, what is wrong) for YAML that cannot be parsed."""
    if isinstance(exc, ReaderError) and isinstance(exc.character, int):
        # A control character, often pasted from a PDF or a word processor: invisible in editors.
        line = text.count("\n", 0, exc.position)
        return line, f"contains an invisible control character (#x{exc.character:04x}); delete it"
    if not isinstance(exc, MarkedYAMLError):
        return 0, str(exc).splitlines()[0]
    starts_earlier = isinstance(exc, ScannerError) and exc.context_mark is not None
    mark = exc.context_mark if starts_earlier else (exc.problem_mark or exc.context_mark)
    problem = exc.problem or exc.context or "cannot be parsed"
    if starts_earlier:
        problem = FRIENDLIER.get(exc.context or "", problem)
    line = mark.line if mark else 0
    opened = _unbalanced_quote(text, line)
    if opened is not None:  # a quote left open swallows the lines below it; name where it opened
        return opened, f"{problem} (a double quote opened on this line is not closed on it)"
    advice = next((words for start, words in ADVICE if problem.startswith(start)), None)
    return line, f"{problem} ({advice})" if advice else problem


def _unbalanced_quote(text: str, before: int) -> int | None:
    """The last line before `before` with an odd number of unescaped double quotes outside a
    comment: a quoted text that was meant to end on that line."""
    found = None
    for number, line in enumerate(text.splitlines()[:before]):
        code = re.sub(r"\\.", "", line)
        code = re.sub(r"'[^']*'", "", code)  # quotes inside single-quoted text do not count
        if code.split(" #", 1)[0].count('"') % 2:
            found = number
    return found
