"""Our own scripts and styles are linked with their content's fingerprint
(`assets/javascripts/checklist.js?v=0123456789ab`), so a page never runs with new HTML and an old
script after a deploy.

Why: sw.js serves assets from its cache first, for readers on weak or no signal. Under a fixed
URL, the first pages opened after a deploy came as new HTML (pages are network first) with the
previous build's checklist.js from the cache, until the new worker took over. With the fingerprint
in the URL, new HTML asks for a URL no cache holds, so it comes from the network; unchanged files
keep their URL and stay cached. The theme's own bundle already carries a hash in its file name.
"""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path

from .minify import deployed_text

FOLDERS = ("assets/javascripts", "assets/stylesheets")
# A src/href naming a file directly in one of those folders, relative ("../../assets/…") or from
# the site's root ("/guide/assets/…"), never another host (no ":"), not versioned yet (no "?").
# It starts with `="`, a literal the search finds fast; the attribute's name is checked after.
_LINK = re.compile(
    r'="(?P<up>[^":?#]*/)?(?P<path>assets/(?:javascripts|stylesheets)/[^"/?#]+\.(?:js|css))"'
)
_ATTR = re.compile(r"(?<!\w)(?:src|href)\Z")


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


def fingerprints(theme_dir: Path) -> dict[str, str]:
    """'assets/javascripts/checklist.js' -> its fingerprint, for each of our JS and CSS files."""
    found = {}
    for folder in FOLDERS:
        for path in sorted((theme_dir / folder).glob("*")):
            if path.suffix in (".js", ".css") and path.is_file():
                stat = path.stat()
                found[f"{folder}/{path.name}"] = _file_print(path, stat.st_mtime_ns, stat.st_size)
    return found


@functools.lru_cache(maxsize=256)  # asked for on every page; read again once the file changes
def _file_print(path: Path, mtime_ns: int, size: int) -> str:
    return fingerprint(deployed_text(path).encode("utf-8"))  # what readers download, minified


def versioned(html: str, prints: dict[str, str]) -> str:
    """`html` with each link to one of our assets ending in ?v=<its fingerprint>."""

    def link(match: re.Match[str]) -> str:
        path = match["path"]
        attribute = html[max(match.start() - 5, 0) : match.start()]
        if path not in prints or not _ATTR.search(attribute):
            return match[0]  # the theme's own (already hashed), or not a src/href of ours
        return f'="{match["up"] or ""}{path}?v={prints[path]}"'

    return _LINK.sub(link, html)
