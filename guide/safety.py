"""What may never reach a reader's browser from a page or a data file, and escaping for the
theme's templates (MkDocs renders them without autoescape).

Pages may hold the raw HTML the guide needs (links, spans, tables); anything that can run code or
send the reader elsewhere is refused with the file and line: a script, frame, object, embed or
base tag, a meta refresh, an on* event attribute, or a javascript:/data:/vbscript: link. Data
texts are plain text: no HTML tag at all (the templates escape them anyway). The built pages are
scanned too, so a mistake that slips past both still fails the build (a Markdown extension can
write an attribute no source holds as HTML); they are read by lexbor, a parser that follows the
HTML standard as browsers do, and fast enough to read every page of every build.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from html.parser import HTMLParser

from markupsafe import Markup, escape
from selectolax.lexbor import LexborHTMLParser

from .csp import unknown_scripts
from .markers import DEADLINE, STATUS

_TAG = re.compile(r"<\s*/?\s*[a-z!][^>]*>", re.I)
# <template> too: what it holds is not checked in a built page (the parser sets it apart).
_BANNED = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "template"}
_URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster"}
# Browsers drop tabs and line breaks anywhere in an address, and spaces or controls around it.
_BAD_SCHEME = re.compile(r"^[\x00-\x20]*(javascript|vbscript|data)\s*:", re.I)
_URL_IGNORED = re.compile(r"[\t\n\r]")
_MARKDOWN_LINK = re.compile(r"\]\(\s*<?\s*(javascript|vbscript|data)\s*:", re.I)
# The theme's search form has one javascript:void(0) share button; nothing else may.
_THEME_OK = ("href", "javascript:void(0)")


class _Scanner(HTMLParser):
    """Reads tags with their lines, so text that only looks like an attribute is left alone."""

    def __init__(self, built: bool):
        super().__init__(convert_charrefs=True)
        self.built, self.found = built, []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        line = self.getpos()[0]
        names = {name: value or "" for name, value in attrs}
        self.found += [(line, message) for message in tag_problems(tag, names, self.built)]

    handle_startendtag = handle_starttag


def tag_problems(tag: str, attrs: dict[str, str | None], built: bool) -> list[str]:
    """What is wrong with one element (its lowercase name and attributes): the one rule set for
    sources and built pages."""
    found = []
    if tag in _BANNED and not (built and tag == "script"):
        found.append(f"has a <{tag}> tag: pages and data may not run code or embed other sites")
    if tag == "meta" and (attrs.get("http-equiv") or "").strip().lower() == "refresh":
        found.append("has a <meta http-equiv=refresh>: it would send readers to another site")
    for name, value in attrs.items():
        if name.startswith("on"):
            found.append(f"has an {name}= attribute: pages and data may not run code")
        elif name in _URL_ATTRS and value and ":" in value:  # no colon, no scheme (most links)
            scheme = _BAD_SCHEME.match(_URL_IGNORED.sub("", value))
            if scheme and (name, value) != _THEME_OK:
                found.append(_scheme_message(scheme.group(1).lower()))
    return found


def _scheme_message(scheme: str) -> str:
    return (
        f"links to a {scheme}: address: links must be http(s), mailto, tel or a page of the guide"
    )


def unsafe_html(text: str, *, built: bool = False) -> Iterator[tuple[int, str]]:
    """(line, message) for everything in `text` that could run code or move the reader away.

    In a built page, <script> tags are the CSP's business (guide/csp.py), not this scan's.
    """
    if "<" not in text and "](" not in text:
        return  # no tag and no Markdown link: nothing to find (most data texts)
    scanner = _Scanner(built)
    scanner.feed(text)
    scanner.close()
    found = list(scanner.found)
    for number, line in enumerate(text.splitlines(), 1):
        found += [
            (number, _scheme_message(m.group(1).lower())) for m in _MARKDOWN_LINK.finditer(line)
        ]
    yield from sorted(found)


_CHECKED_TAGS = _BANNED | {"meta"}
# Attribute names met so far that tag_problems never reports on (class, id, aria-…): an element
# with only these is skipped, most of a page's (a set test, not a loop per attribute).
_INERT_NAMES: set[str] = set()


def unsafe_built_html(page_html: str, seen: set[str] | None = None) -> list[tuple[int | None, str]]:
    """(line, message) for a built page, as a browser reads it; <script> is the CSP's business.

    The line comes from the slower scan above, read only when something is found; None when that
    scan reads the page differently and does not see it.

    With `seen`, every element, attribute name and attribute value (and each word of one) is
    added to it: what the theme stylesheet's purge keeps (guide/assets.py), found in the same
    reading of the page."""
    tree = LexborHTMLParser(page_html)
    found = []
    for node in tree.root.traverse(include_text=False):
        tag, attrs = node.tag, node.attributes
        if seen is not None:
            seen.add(tag)
            for name, value in attrs.items():
                seen.add(name)
                if value:
                    seen.add(value)
                    seen.update(value.split())
        if tag in _CHECKED_TAGS or not _INERT_NAMES.issuperset(attrs):
            found += tag_problems(tag, attrs, built=True)
            _INERT_NAMES.update(n for n in attrs if not n.startswith("on") and n not in _URL_ATTRS)
    if not found:
        return []
    lines: dict[str, list[int]] = {}
    for line, message in unsafe_html(page_html, built=True):
        lines.setdefault(message, []).append(line)
    return [(lines[m].pop(0) if lines.get(m) else None, m) for m in found]


class BuiltPagesScan:
    """Inline scripts the theme did not write (guide/csp.py) and `unsafe_built_html`, over each
    built page, (where it comes from, its HTML, the folder of the pages it is made of or None):
    the problems, each line naming the page once, and every name the pages hold (for the
    stylesheet purge). A `guide.fork.Background` worker: the build hands pages over as it writes
    them.

    A problem on a page made of other pages (the whole guide) is said only when no page of that
    folder (its language) has it: the author edits the page it came from."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str, int | None]] = []  # (page, message, built line)
        self.derived: list[tuple[str, str, str, int | None]] = []  # (made of, *problem)
        self.names: set[str] = set()

    def start(self) -> None:
        pass  # everything it does needs a page

    def add(self, item: tuple[str, str, str | None]) -> None:
        shown, page_html, made_of = item
        found = [
            (shown, f"has an inline script the guide did not write: {start!r}", None)
            for start in unknown_scripts(page_html)
        ]
        found += [(shown, m, line) for line, m in unsafe_built_html(page_html, self.names)]
        if made_of is None:
            self.problems.extend(found)
        else:
            self.derived.extend((made_of, *problem) for problem in found)

    def result(self) -> tuple[list[str], set[str]]:
        kept = self.problems + [
            (shown, m, line)
            for made_of, shown, m, line in self.derived
            if not any(p.startswith(made_of) and m == said for p, said, _ in self.problems)
        ]
        lines = [
            f"{shown}: {m}" + (f" (built line {line})" if line else "") for shown, m, line in kept
        ]
        return list(dict.fromkeys(lines)), self.names  # a template built once per language


def html_tags(text: str) -> list[str]:
    """Raw HTML tags in a data text, which must be plain."""
    return _TAG.findall(text)


# Links, citations and markers, written right or not ([@Upper], [text](address), [](kind:id)).
_MARKUP = re.compile(r"\[@[^\]\n]*\]|\[[^\]\n]*\]\([^)\n]*\)")


# Why a data text may not hold them, and what it may: said beside the rule (`markdown_markup`).
MARKUP_IN_DATA = (
    "a data text shows links, citations and markers as written; only [](status:KEY) and "
    "[](deadline:AGENCY/ID) work here; cite sources in the entry's sources list"
)


def markdown_markup(text: str) -> list[str]:
    """Markdown links, [@citations] and [](kind:…) markers other than [](status:…) and
    [](deadline:…) in a data text: a reader would see them as written, and an agency page,
    written from data as Markdown, would read them as its own."""
    if "[" not in text:
        return []
    # The loader fills these two (guide/loader.py `_expand`), by the markers' own patterns.
    return [m for m in _MARKUP.findall(text) if not (STATUS.fullmatch(m) or DEADLINE.fullmatch(m))]


def escaped(value: object) -> object:
    """`value` with every string HTML-escaped (dicts, lists and dataclasses walked), for the
    theme's templates, which print values as they are."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, dict):
        return {k: escaped(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(escaped(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return type(value)(
            **{f.name: escaped(getattr(value, f.name)) for f in dataclasses.fields(value)}
        )
    if hasattr(value, "model_dump"):  # a data model: its fields as a dict
        return escaped(value.model_dump())
    return value
