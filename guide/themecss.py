"""The theme's stylesheets cut down to the rules this site can use, parsed with tinycss2 (a real
CSS parser: selectors, nested @media and strings are read as CSS, never matched with patterns).

A selector is kept when every class, id, attribute (with its value, when it names one) and
element it requires is among `known`: the names the built pages hold plus every name the
site's scripts could set at run time (`script_names`). Negations (`:not(…)`) and selector
lists in functions (`:is`, `:where`, `:has`) never make a rule go: they are kept as they are.
"""

from __future__ import annotations

import re

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


def purge(css: str, known: set[str], also_read: str = "") -> str:
    """`css` without the rules no element of the site can match, then without the custom
    properties (`--md-…`, most of them icons as data URIs) that nothing kept, nor `also_read`
    (the site's own stylesheets), reads with var()."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    kept = "".join(_kept_rules(rules, known))
    while True:  # a property read only by a property that went may go too
        read = _read_properties(kept + also_read) | {f"--{name}" for name in known}
        rules = tinycss2.parse_stylesheet(kept, skip_comments=True, skip_whitespace=True)
        smaller = "".join(_without_unread(rules, read))
        if smaller == kept:
            return kept
        kept = smaller


def also_for_class(css: str, class_name: str) -> str:
    """`css` with each rule for a table without a class (`table:not([class])`) also matching a
    table of class `class_name`, with the same specificity: the theme styles only class-less
    tables, and wraps them when its script starts; a table wrapped at build time is marked with
    that class so the script leaves it alone."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    return "".join(_marked_rules(rules, class_name))


def _marked_rules(rules: list, class_name: str) -> list[str]:
    out = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = selector_list(rule.prelude)
            marked = [m for m in (_with_class(s, class_name) for s in selectors) if m]
            prelude = ",".join(tinycss2.serialize(s).strip() for s in selectors + marked)
            out.append(f"{prelude}{{{tinycss2.serialize(rule.content)}}}")
        elif rule.type == "at-rule" and rule.lower_at_keyword in NESTED and rule.content:
            inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
            body = "".join(_marked_rules(inner, class_name))
            out.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{body}}}")
        else:
            out.append(tinycss2.serialize([rule]))
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


def _without_unread(rules: list, read: set[str]) -> list[str]:
    kept = []
    for rule in rules:
        if rule.type == "qualified-rule":
            declarations = [
                d
                for d in tinycss2.parse_blocks_contents(
                    rule.content, skip_comments=True, skip_whitespace=True
                )
                if d.type != "declaration" or not d.name.startswith("--") or d.name in read
            ]
            if declarations:
                body = "".join(tinycss2.serialize([d]).rstrip(";") + ";" for d in declarations)
                kept.append(f"{tinycss2.serialize(rule.prelude)}{{{body}}}")
        elif rule.type == "at-rule" and rule.lower_at_keyword in NESTED and rule.content:
            inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
            body = "".join(_without_unread(inner, read))
            if body:
                kept.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{body}}}")
        else:
            kept.append(tinycss2.serialize([rule]))
    return kept


def _kept_rules(rules: list, known: set[str]) -> list[str]:
    kept = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = [s for s in selector_list(rule.prelude) if _can_match(s, known)]
            if selectors:
                prelude = ",".join(tinycss2.serialize(s).strip() for s in selectors)
                kept.append(f"{prelude}{{{tinycss2.serialize(rule.content)}}}")
        elif rule.type == "at-rule" and rule.lower_at_keyword in NESTED and rule.content:
            inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
            body = "".join(_kept_rules(inner, known))
            if body:
                kept.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{body}}}")
        elif rule.type == "at-rule":
            kept.append(tinycss2.serialize([rule]))
    return kept


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
