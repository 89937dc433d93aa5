"""What may never reach a reader's browser from a page or a data file, and escaping for the
theme's templates (MkDocs renders them without autoescape).

Pages may hold the raw HTML the guide needs (links, spans, tables); anything that can run code or
send the reader elsewhere is refused with the file and line: a script, frame, object, embed or
base tag, a meta refresh, an on* event attribute, or a javascript:/data:/vbscript: link. Data
texts are plain text: no HTML tag at all (the templates escape them anyway). The built pages are
scanned too, so a mistake that slips past both still fails the build.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from markupsafe import Markup, escape

_TAG = re.compile(r"<\s*/?\s*[a-z!][^>]*>", re.I)
_TAGS = re.compile(r"<\s*(script|iframe|frame|frameset|object|embed|applet|base)\b", re.I)
_META = re.compile(r"<\s*meta\b[^>]*http-equiv\s*=\s*[\"']?\s*refresh", re.I)
_EVENT = re.compile(r"<[a-z][^>]*?\s(on[a-z]+)\s*=", re.I)
_SCHEME = re.compile(
    r"(?:(?:href|src|action|formaction|xlink:href)\s*=\s*[\"']?|\]\()\s*(javascript|vbscript|data):",
    re.I)
# The theme's search form has one javascript:void(0) share button; nothing else may.
_THEME_OK = 'href="javascript:void(0)" class="md-search__icon md-icon"'


def unsafe_html(text: str, *, built: bool = False) -> Iterator[tuple[int, str]]:
    """(line, message) for everything in `text` that could run code or move the reader away.

    In a built page, <script> tags are the CSP's business (guide/csp.py), not this scan's.
    """
    for number, line in enumerate(text.splitlines(), 1):
        line = line.replace(_THEME_OK, "")
        for m in _TAGS.finditer(line):
            if built and m.group(1).lower() == "script":
                continue
            yield number, (f"has a <{m.group(1).lower()}> tag: pages and data may not run code "
                           "or embed other sites")
        if _META.search(line):
            yield number, "has a <meta http-equiv=refresh>: it would send readers to another site"
        for m in _EVENT.finditer(line):
            yield number, f"has an {m.group(1).lower()}= attribute: pages and data may not run code"
        for m in _SCHEME.finditer(line):
            yield number, (f"links to a {m.group(1).lower()}: address: links must be http(s), "
                           "mailto, tel or a page of the guide")


def html_tags(text: str) -> list[str]:
    """Raw HTML tags in a data text, which must be plain."""
    return _TAG.findall(text)


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
        return type(value)(**{f.name: escaped(getattr(value, f.name))
                              for f in dataclasses.fields(value)})
    if hasattr(value, "model_dump"):  # a data model: its fields as a dict
        return escaped(value.model_dump())
    return value
