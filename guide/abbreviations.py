"""Explain glossary abbreviations (DHS, USCIS, SOI…) wherever they appear in a page's HTML.

The first use in each section becomes a focusable toggletip (keyboard focus or a tap shows the
expansion, a screen reader reads it); later uses get a plain <abbr title> for mouse users, so
keyboard users do not meet a tab stop at every "DHS". Text inside links, headings, code, labels,
buttons and existing <abbr> is left alone.
"""

from __future__ import annotations

import functools
import re
from html import escape

TAG = re.compile(r"(<[^>]+>)")
SKIP = {
    "a",
    "abbr",
    "button",
    "code",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "label",
    "pre",
    "script",
    "style",
    "summary",
    "title",
    "option",
    "select",
    "textarea",
    "time",
    "sup",
}
SECTION = re.compile(r"<h2[\s>]", re.I)


def mark_abbreviations(html: str, expansions: dict[str, str]) -> str:
    if not expansions:
        return html
    words = _words(tuple(expansions))
    if not words.search(html):
        return html
    out: list[str] = []
    skipping: list[str] = []
    explained: set[str] = set()
    for part in TAG.split(html):
        if part.startswith("<"):
            _track(part, skipping)
            if SECTION.match(part):
                explained.clear()  # each section explains its abbreviations again
            out.append(part)
        elif skipping or not part.strip():
            out.append(part)
        else:
            out.append(words.sub(lambda m: _wrap(m.group(1), expansions, explained), part))
    return "".join(out)


@functools.lru_cache(maxsize=8)  # the same abbreviations for every page of a language
def _words(abbreviations: tuple[str, ...]) -> re.Pattern[str]:
    longest_first = sorted(abbreviations, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, longest_first)) + r")\b")


_TAG_NAME = re.compile(r"<(/?)([a-zA-Z0-9]+)")


def _track(tag: str, skipping: list[str]) -> None:
    m = _TAG_NAME.match(tag)
    if not m or tag.endswith("/>"):
        return
    closing, name = m.group(1) == "/", m.group(2).lower()
    if name not in SKIP:
        return
    if closing:
        if name in skipping:
            del skipping[len(skipping) - 1 - skipping[::-1].index(name) :]
    else:
        skipping.append(name)


def _wrap(abbr: str, expansions: dict[str, str], explained: set[str]) -> str:
    full = escape(expansions[abbr], quote=True)
    if abbr in explained:
        return f'<abbr title="{full}">{abbr}</abbr>'
    explained.add(abbr)
    return (
        f'<abbr class="guide-abbr" tabindex="0" data-expansion="{full}">{abbr}'
        f'<span class="guide-sr"> ({full})</span></abbr>'
    )
