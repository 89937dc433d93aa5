"""What a reader sees of built HTML, for tests that look for words on a page."""

from __future__ import annotations

import html
import re


def visible_text(fragment: str) -> str:
    """Visible words only: tags and the screen-reader expansions of abbreviations removed
    ("USCIS (U.S. Citizenship…)" reads "USCIS"), entities read, spaces collapsed."""
    fragment = re.sub(r'<span class="guide-sr">.*?</span>', "", fragment)
    words = html.unescape(re.sub(r"<[^>]+>", "", fragment))
    return re.sub(r"\s+", " ", words).strip()
