"""Explain glossary abbreviations (DHS, USCIS, SOI…) wherever they appear in a page's HTML.

The first use in each section becomes a focusable toggletip (keyboard focus or a tap shows the
expansion, a screen reader reads it); later uses get a plain <abbr title> for mouse users, so
keyboard users do not meet a tab stop at every "DHS". Text inside links, headings, code, labels,
buttons and existing <abbr> is left alone, as are a word inside an email or web address and a word
right after its own expansion.
"""

from __future__ import annotations

import functools
import re
from html import escape

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
SECTION = "h2"  # each section explains its abbreviations again
# The opening or closing tag of an element whose text is left alone (SKIP; a heading starts a
# section). The other tags of a page, most of them, matter to neither.
LEFT_ALONE = re.compile(r"<(/?)(" + "|".join(sorted(SKIP)) + r")(?![a-zA-Z0-9])[^>]*>", re.I)


def mark_abbreviations(html: str, expansions: dict[str, str]) -> str:
    if not expansions:
        return html
    found = list(_words(tuple(expansions)).finditer(html))
    if not found:
        return html
    out: list[str] = []
    pos = 0
    skipping: list[str] = []
    explained: set[str] = set()
    tags = LEFT_ALONE.finditer(html)
    tag = next(tags, None)
    for word in found:
        while tag is not None and tag.start() < word.start():
            _track(tag, skipping, explained)
            tag = next(tags, None)
        if skipping or _in_a_tag(html, word.start()) or _in_an_address(html, *word.span()):
            continue
        if _after_its_expansion(html, word.start(), expansions[word.group(1)]):
            continue  # "… ley laboral (DALE)": a screen reader would hear the name twice
        out += [html[pos : word.start()], _wrap(word.group(1), expansions, explained)]
        pos = word.end()
    out.append(html[pos:])
    return "".join(out)


@functools.lru_cache(maxsize=8)  # the same abbreviations for every page of a language
def _words(abbreviations: tuple[str, ...]) -> re.Pattern[str]:
    r"""`\b(DHS|ICE)\b`, written so the search can jump to the letters the words start with
    (a leading `\b` makes it try every position of the page: 4 times slower). The boundary before
    each word is checked once the word is found, by a look back over it."""
    longest_first = sorted(abbreviations, key=len, reverse=True)
    words = "|".join(f"{w}(?<=\\b{w})" for w in map(re.escape, longest_first))
    return re.compile(rf"({words})\b")


def _in_an_address(html: str, start: int, end: int) -> bool:
    """Whether the word is part of an email or web address written as text
    (DOL.DeferredAction@illinois.gov): its letters must stay as the reader would type them."""
    after, before = html[end : end + 2], html[max(start - 2, 0) : start]
    joined = (after[:1] == "." and after[1:].isalnum()) or after[:1] == "@"
    return joined or before[-1:] in ("@", "/") or (before[-1:] == "." and before[:1].isalnum())


def _after_its_expansion(html: str, at: int, expansion: str) -> bool:
    """Whether the text just before the word is its expansion and an opening bracket."""
    before = html[max(at - len(expansion) - 2, 0) : at]
    return before.lower() == f"{expansion} (".lower()


def _in_a_tag(html: str, at: int) -> bool:
    """Whether `at` is between a tag's < and > (an attribute's value, a comment)."""
    return html.rfind("<", 0, at) > html.rfind(">", 0, at)


def _track(tag: re.Match[str], skipping: list[str], explained: set[str]) -> None:
    if tag.group(0).endswith("/>"):
        return
    closing, name = tag.group(1) == "/", tag.group(2).lower()
    if closing:
        if name in skipping:
            del skipping[len(skipping) - 1 - skipping[::-1].index(name) :]
        return
    skipping.append(name)
    if name == SECTION:
        explained.clear()


def _wrap(abbr: str, expansions: dict[str, str], explained: set[str]) -> str:
    full = escape(expansions[abbr], quote=True)
    if abbr in explained:
        return f'<abbr title="{full}">{abbr}</abbr>'
    explained.add(abbr)
    return (
        f'<abbr class="guide-abbr" tabindex="0" data-expansion="{full}">{abbr}'
        f'<span class="guide-sr"> ({full})</span></abbr>'
    )
