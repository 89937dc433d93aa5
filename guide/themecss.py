"""The theme's stylesheets cut down to the rules this site can use, parsed with tinycss2 (a real
CSS parser: selectors, nested @media and strings are read as CSS, never matched with patterns).

A selector is kept when every class, id, attribute (with its value, when it names one) and
element it requires is among `known`: the names the built pages hold plus every name the
site's scripts could set at run time (`script_names`). Negations (`:not(…)`) and selector
lists in functions (`:is`, `:where`, `:has`) never make a rule go: they are kept as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import tinycss2
from tinycss2 import ast

# Rules inside these at-rules are purged too; any other at-rule (@keyframes, @page, @font-face,
# @charset) is kept whole.
NESTED = {"media", "supports", "layer", "container"}
# A word a script could use as a class, id, attribute, element or value: the theme's bundle
# writes its class names and attributes as string literals.
_WORD = re.compile(r"[A-Za-z_][\w-]*")


def script_names(js: str) -> set[str]:
    """Every word in a script's text: whatever it could add to the page at run time."""
    return set(_WORD.findall(js))


def purge(css: str, known: set[str], also_read: str = "", *, mark_tables: str = "") -> str:
    """`css` without the rules no element of the site can match, then without the custom
    properties (`--md-…`, most of them icons as data URIs) that nothing kept, nor `also_read`
    (the site's own stylesheets), reads with var().

    With `mark_tables`, each rule for a table without a class (`table:not([class])`) also
    matches a table of that class, with the same specificity: the theme styles only class-less
    tables, and wraps them when its script starts; a table wrapped at build time is marked with
    that class so the script leaves it alone.

    The stylesheet is parsed once; every later step works on the parsed rules."""
    return _purged(_parsed(css, mark_tables), known, also_read)


class ThemePurge:
    """`purge` in two halves, as a `guide.fork.Background` worker: the stylesheet is parsed when
    the worker starts (beside the build, which does not need it yet), and purged for the names
    that `add` hands over at the end, `(known, also_read)`. `result` is the purged text."""

    def __init__(self, css: str, *, mark_tables: str = "") -> None:
        self._css, self._mark_tables = css, mark_tables
        self._rules: tuple = ()
        self._names: tuple[set[str], str] | None = None

    def start(self) -> None:
        self._rules, self._css = _parsed(self._css, self._mark_tables), ""

    def add(self, item: tuple[set[str], str]) -> None:
        self._names = item

    def result(self) -> str:
        if self._names is None:
            raise ValueError("no names were handed over to purge the stylesheet for")
        return _purged(self._rules, *self._names)


def _parsed(css: str, mark_tables: str) -> tuple:
    rules = _model(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))
    return _marked(rules, mark_tables) if mark_tables else rules


def _purged(rules: tuple, known: set[str], also_read: str) -> str:
    rules = _matching(rules, known)
    always_read = _read_properties(also_read) | {f"--{name}" for name in known}
    while True:  # a property read only by a property that went may go too
        read = always_read | _reads_of(rules)
        smaller = _without_unread(rules, read)
        if smaller == rules:
            return "".join(_serialized(rules))
        rules = smaller


@dataclass(frozen=True)
class _Rule:
    selectors: tuple[str, ...]  # each serialized; `tokens` holds them parsed
    tokens: tuple = field(compare=False)
    body: tuple = field(compare=False)  # declarations (and anything else) inside the braces
    reads: frozenset[str] = field(compare=False)  # custom properties each body item reads
    properties: tuple[str | None, ...] = ()  # each body item's custom property name, if any


@dataclass(frozen=True)
class _Block:  # @media, @supports…: its rules are purged too
    head: str
    rules: tuple


@dataclass(frozen=True)
class _Kept:  # any other at-rule, kept whole
    text: str
    reads: frozenset[str] = field(compare=False)


def _model(rules: list) -> tuple:
    out: list = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = selector_list(rule.prelude)
            body = tinycss2.parse_blocks_contents(
                rule.content, skip_comments=True, skip_whitespace=True
            )
            out.append(
                _Rule(
                    tuple(tinycss2.serialize(s).strip() for s in selectors),
                    tuple(selectors),
                    tuple(body),
                    frozenset(),
                    tuple(_property(d) for d in body),
                )
            )
        elif rule.type == "at-rule" and rule.lower_at_keyword in NESTED and rule.content:
            inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
            head = f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}"
            out.append(_Block(head, _model(inner)))
        elif rule.type == "at-rule":
            text = tinycss2.serialize([rule])
            out.append(_Kept(text, frozenset(_read_properties(text))))
    return tuple(out)


def _property(item) -> str | None:
    return item.name if item.type == "declaration" and item.name.startswith("--") else None


def _each_rule(rules: tuple, change: Callable[[_Rule], _Rule | None]) -> tuple:
    """`change` applied to every rule, inside @media and the like too: a rule it returns None
    for goes, and so does a block left empty; other at-rules stay."""
    out: list = []
    for rule in rules:
        if isinstance(rule, _Rule):
            changed = change(rule)
            if changed is not None:
                out.append(changed)
        elif isinstance(rule, _Block):
            inner = _each_rule(rule.rules, change)
            if inner:
                out.append(_Block(rule.head, inner))
        else:
            out.append(rule)
    return tuple(out)


def _marked(rules: tuple, class_name: str) -> tuple:
    def marked(rule: _Rule) -> _Rule:
        extra = [m for m in (_with_class(s, class_name) for s in rule.tokens) if m]
        tokens = (*rule.tokens, *extra)
        selectors = (*rule.selectors, *(tinycss2.serialize(m).strip() for m in extra))
        return _Rule(selectors, tokens, rule.body, rule.reads, rule.properties)

    return _each_rule(rules, marked)


def _matching(rules: tuple, known: set[str]) -> tuple:
    """The rules with the selectors that can match; rules and blocks left empty go."""

    def matching(rule: _Rule) -> _Rule | None:
        pairs = [
            (s, t) for s, t in zip(rule.selectors, rule.tokens, strict=True) if _can_match(t, known)
        ]
        if not pairs or not rule.body:
            return None
        reads = frozenset().union(*(_reads(item) for item in rule.body))
        selectors, tokens = zip(*pairs, strict=True)
        return _Rule(selectors, tokens, rule.body, reads, rule.properties)

    return _each_rule(rules, matching)


def _reads(item) -> set[str]:
    """The custom properties one declaration (or nested rule) reads with var()."""
    values = item.value if item.type == "declaration" else [item]
    return {
        t.value
        for token in _tokens(values)
        if token.type == "function" and token.lower_name == "var"
        for t in token.arguments
        if t.type == "ident"
    }


def _reads_of(rules: tuple) -> set[str]:
    read: set[str] = set()
    for rule in rules:
        if isinstance(rule, _Rule):
            read |= rule.reads
        elif isinstance(rule, _Block):
            read |= _reads_of(rule.rules)
        else:
            read |= rule.reads
    return read


def _without_unread(rules: tuple, read: set[str]) -> tuple:
    """The rules without the custom properties nothing reads; rules and blocks left empty go."""

    def without_unread(rule: _Rule) -> _Rule | None:
        keep = [p is None or p in read for p in rule.properties]
        if all(keep):
            return rule
        if not any(keep):
            return None
        body = tuple(d for d, k in zip(rule.body, keep, strict=True) if k)
        properties = tuple(p for p, k in zip(rule.properties, keep, strict=True) if k)
        reads = frozenset().union(*(_reads(item) for item in body))
        return _Rule(rule.selectors, rule.tokens, body, reads, properties)

    return _each_rule(rules, without_unread)


def _serialized(rules: tuple) -> list[str]:
    out = []
    for rule in rules:
        if isinstance(rule, _Rule):
            body = "".join(tinycss2.serialize([d]).rstrip(";") + ";" for d in rule.body)
            out.append(f"{','.join(rule.selectors)}{{{body}}}")
        elif isinstance(rule, _Block):
            out.append(f"{rule.head}{{{''.join(_serialized(rule.rules))}}}")
        else:
            out.append(rule.text)
    return out


def _with_class(selector: list, class_name: str) -> list | None:
    """`selector` with `table:not([class])` made `table.<class_name>`; None if it has none."""
    out: list = []
    found = False
    for token in selector:
        if (
            token.type == "function"
            and token.lower_name == "not"
            and tinycss2.serialize(token.arguments).strip() == "[class]"
            and len(out) >= 2
            and out[-1].type == "literal"
            and out[-1].value == ":"
            and out[-2].type == "ident"
            and out[-2].lower_value == "table"
        ):
            out[-1] = ast.LiteralToken(token.source_line, token.source_column, ".")
            out.append(ast.IdentToken(token.source_line, token.source_column, class_name))
            found = True
        else:
            out.append(token)
    return out if found else None


def _read_properties(css: str) -> set[str]:
    read = set()
    for token in _tokens(tinycss2.parse_component_value_list(css)):
        if token.type == "function" and token.lower_name == "var":
            read.update(t.value for t in token.arguments if t.type == "ident")
    return read


def _tokens(values: list):
    """Every token, nested blocks and function arguments included."""
    for token in values:
        yield token
        nested = getattr(token, "content", None) or getattr(token, "arguments", None)
        if nested:
            yield from _tokens(nested)


def selector_list(prelude: list) -> list[list]:
    """A selector list split at its top-level commas."""
    parts: list[list] = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _can_match(selector: list, known: set[str]) -> bool:
    return all(name in known for name in _required(selector))


def _required(selector: list) -> list[str]:
    """The names an element (or its ancestors) must carry for `selector` to match."""
    names = []
    after_colon = after_dot = False
    for token in selector:
        if after_dot and token.type == "ident":
            names.append(token.value)
        elif token.type == "hash":
            names.append(token.value)
        elif token.type == "[] block":
            names.extend(_attribute(token))
        elif token.type == "ident" and not after_colon:
            names.append(token.value.lower())  # an element name
        after_dot = token.type == "literal" and token.value == "."
        after_colon = (
            token.type == "literal"
            and token.value == ":"
            or (after_colon and token.type == "literal" and token.value == ":")
        )
    return names


def _attribute(block: ast.SquareBracketsBlock) -> list[str]:
    """`[data-md-color-scheme=slate]` -> the attribute's name and the value it must have."""
    parts = [t for t in block.content if t.type != "whitespace"]
    names = [parts[0].value] if parts and parts[0].type == "ident" else []
    operator = "".join(t.value for t in parts[1:] if t.type == "literal")
    values = [t.value for t in parts if t.type in ("ident", "string")][1:]
    if operator == "=" and values:  # exact values only: ^= *= ~= |= match parts of values
        names.append(values[0])
    return names
