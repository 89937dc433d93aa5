"""Our scripts and stylesheets as deployed: without comments and spaces (about half their weight).
rjsmin and rcssmin remove only what cannot change behaviour and rename nothing."""

from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin

MINIFIERS = {".js": rjsmin.jsmin, ".css": rcssmin.cssmin}


def deployed_text(path: Path) -> str:
    """The file's text as the built site serves it."""
    text = path.read_text("utf-8")
    minify = MINIFIERS.get(path.suffix)
    return minify(text) if minify else text
