"""What we deploy, without what only its authors read.

- Our scripts and stylesheets without comments and spaces (about half their weight): rjsmin and
  rcssmin remove only what cannot change behaviour and rename nothing.
- Pages (and the offline page) without the indentation of their templates (a sixth of a page,
  before compression): a run of spaces that holds a line break becomes that line break, only in
  text between tags, where a browser shows any run of spaces as one. Tags, attribute values,
  comments and the elements that keep their spaces (pre, code, textarea, script, style) stay
  as they are.
"""

from __future__ import annotations

import re
from pathlib import Path

import rcssmin
import rjsmin

MINIFIERS = {".js": rjsmin.jsmin, ".css": rcssmin.cssmin}


def deployed_text(path: Path) -> str:
    """The file's text as the built site serves it."""
    text = path.read_text("utf-8")
    minify = MINIFIERS.get(path.suffix)
    return minify(text) if minify else text


# What is left exactly as written: elements whose spaces show or run, comments, and every tag
# holding a line break (its attribute values may hold line breaks that a script reads). One group:
# split keeps them. A tag on one line has no break to collapse, so the text around it is worked
# on with it, in one piece: splitting at every tag cost more than the collapsing.
_KEPT = re.compile(
    "("
    + "|".join(
        rf"<{name}\b.*?</{name}\s*>" for name in ("pre", "code", "textarea", "script", "style")
    )
    + r"|<!--.*?-->|<[^>]*\n[^>]*>)",
    re.S | re.I,
)


def collapsed_html(page_html: str) -> str:
    """`page_html` with each run of spaces holding a line break, in text, made one line break."""
    parts = _KEPT.split(page_html)  # text, kept, text, kept, ..., text
    parts[::2] = [_collapsed(text) if "\n" in text else text for text in parts[::2]]
    return "".join(parts)


def _collapsed(text: str) -> str:
    r"""Each run of spaces and tabs, a line break, and any spaces after it (line breaks too) made
    one line break: what `re.sub(r"[ \t]*\n\s*", "\n", text)` gives, line by line, faster."""
    lines = text.split("\n")
    inner = (line.lstrip().rstrip(" \t") for line in lines[1:-1])
    return "\n".join([lines[0].rstrip(" \t"), *filter(None, inner), lines[-1].lstrip()])
