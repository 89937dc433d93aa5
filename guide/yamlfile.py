"""Read YAML keeping line numbers, so every error can name the line it is about."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor, SafeConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.scanner import ScannerError

from .errors import DataError, NotUtf8, read_utf8

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class YamlDoc:
    path: str  # as shown in messages
    data: Any

    def line(self, loc: Loc) -> int:
        """1-based line of the deepest part of `loc` that exists in the file."""
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


def dotted(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def read_yaml(path: Path, shown_as: str) -> YamlDoc | DataError:
    """Parse one file; a syntax error or an impossible date comes back as a DataError."""
    try:
        text = read_utf8(path)
    except NotUtf8 as exc:
        return DataError(shown_as, exc.line, "", str(exc))
    try:
        data = yaml_loader("rt").load(text)
    except YAMLError as exc:
        line, problem = syntax_error(exc, text)
        return DataError(shown_as, line + 1, "", f"is not valid YAML: {problem}")
    impossible = next(not_dates(data), None)  # the first; the others once it is fixed
    if impossible:
        loc, value = impossible
        return DataError(shown_as, value.line + 1, dotted(loc), f"is not a real date ({value})")
    return YamlDoc(shown_as, data)


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


def yaml_loader(typ: str) -> YAML:
    """A ruamel loader ("rt" keeps line numbers, "safe" is plain) that never fails on a date."""
    yaml = YAML(typ=typ)
    yaml.Constructor = _CONSTRUCTORS[typ]
    return yaml


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
    return line, problem


def _unbalanced_quote(text: str, before: int) -> int | None:
    """The last line before `before` with an odd number of unescaped double quotes outside a
    comment: a quoted text that was meant to end on that line."""
    found = None
    for number, line in enumerate(text.splitlines()[:before]):
        code = re.sub(r'\\.', "", line)
        code = re.sub(r"'[^']*'", "", code)  # quotes inside single-quoted text do not count
        if code.split(" #", 1)[0].count('"') % 2:
            found = number
    return found
