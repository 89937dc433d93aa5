"""The theme's icons drawn from one file the browser keeps, instead of written into every page.

Every page carried the same dozen theme icons inline (search, menu, language, light and dark,
arrows): 2.9 KB of each page, 0.9 KB compressed, paid again on every page a reader opens. As
deployed, each becomes a reference into assets/images/icons.<fingerprint>.svg, downloaded once
and saved for offline use like any other file. The name carries the file's content, so a deploy
that changes an icon changes the address (sw.js serves files from its cache first).

Only the theme's own icon form moves: an <svg> with a viewBox and nothing but paths (and the
licence comment some icon sets carry). Any other drawing (our figures, with titles and ids) stays
where it is.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .versions import fingerprint

ICON = re.compile(
    r'<svg xmlns="http://www.w3.org/2000/svg" viewBox="(?P<box>[-\d. ]+)">'
    r'(?P<body>(?:<!--(?:(?!-->).)*-->)?(?:<path d="[^"]*"/>)+)</svg>',
    re.S,
)
# Where pages point before the file is written (its name needs every page's icons first).
UNNAMED = "assets/images/icons.svg"


def linked_icons(page_html: str, up: str, found: dict[str, tuple[str, str]]) -> str:
    """The page with each theme icon drawn from the icons file, `up` being the way from the
    page to the site's root; `found` gathers each icon (id -> viewBox, drawing)."""

    def link(match: re.Match[str]) -> str:
        box, body = match["box"], match["body"]
        ident = "i" + hashlib.sha256(f"{box}|{body}".encode()).hexdigest()[:10]
        found[ident] = (box, body)
        return f'<svg viewBox="{box}"><use href="{up}{UNNAMED}#{ident}"/></svg>'

    return ICON.sub(link, page_html)


def sprite(found: dict[str, tuple[str, str]]) -> str:
    """One SVG file holding each icon once, under its id."""
    symbols = "".join(
        f'<symbol id="{ident}" viewBox="{box}">{body}</symbol>'
        for ident, (box, body) in sorted(found.items())
    )
    return f'<svg xmlns="http://www.w3.org/2000/svg">{symbols}</svg>'


def write_sprite(site: Path, found: dict[str, tuple[str, str]]) -> str:
    """Write the icons file named for its content; its path from the site root."""
    text = sprite(found)
    name = f"assets/images/icons.{fingerprint(text.encode())}.svg"
    (site / name).parent.mkdir(parents=True, exist_ok=True)
    (site / name).write_text(text, "utf-8")
    return name


def named_icons(page_html: str, name: str) -> str:
    """The page pointing at the icons file by its final name."""
    return page_html.replace(f"{UNNAMED}#", f"{name}#")
