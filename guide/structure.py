"""What translation parity compares in a piece of Markdown, a page section or a data text: its
markers (checklists, citations, agency links…) and how many links, tables, admonitions and list
items it has. Text itself is never compared: languages differ."""

from __future__ import annotations

import re
from collections.abc import Callable

from .markers import find_markers

# What is counted, and its name for one ("has 1 link in Spanish, 2 in English").
COUNTED = {
    "links": "link",
    "tables": "table",
    "admonitions": "admonition",
    "list items": "list item",
}
# (pattern, text every match contains): most data texts are one plain sentence, and a
# substring test costs far less than a search.
PATTERNS = {
    "links": (re.compile(r"\[[^\]]*\]\([^)\s]+\)"), "]("),
    "tables": (re.compile(r"^\s*\|?\s*:?-{3,}:?\s*\|", re.M), "|"),
    "admonitions": (re.compile(r"^(?:!!!|\?\?\?\+?) ", re.M), ""),
    "list items": (re.compile(r"^\s*(?:[-*+]|\d+\.)\s+\S", re.M), ""),
}


def counts(text: str) -> dict[str, int]:
    return {
        what: len(pattern.findall(text)) if hint in text else 0
        for what, (pattern, hint) in PATTERNS.items()
    }


def markers(text: str) -> list[str]:
    if "[" not in text and "<!--" not in text:  # in every marker (guide/markers.py)
        return []
    return [f"{m.kind}:{','.join(m.args)}" for m in find_markers(text)]


def differences(
    original: str,
    translation: str,
    names: tuple[str, str],
    allowed: Callable[[str], int] = lambda what: 0,
) -> list[str]:
    """How `translation` differs in structure from `original`, in words ("has 1 link in
    Spanish, 2 in English"); `names` are the two languages' names, the original's first, and
    `allowed(what)` the difference tolerated in a count."""
    out = []
    was, now = markers(original), markers(translation)
    if was != now:
        only = [(names[0], set(was) - set(now)), (names[1], set(now) - set(was))]
        said = [f"{name} has {', '.join(sorted(kinds))}" for name, kinds in only if kinds]
        out.append(f"has different markers: {'; '.join(said) or 'the same ones in another order'}")
    was_counts, now_counts = counts(original), counts(translation)
    for what, one in COUNTED.items():
        if abs(was_counts[what] - now_counts[what]) > allowed(what):
            n = now_counts[what]
            out.append(
                f"has {n} {one if n == 1 else what} in {names[1]}, {was_counts[what]} in {names[0]}"
            )
    return out
