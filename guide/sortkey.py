"""How the guide puts names and terms in alphabetical order, in any language: one rule for every
list (agencies, states, the glossary, sources)."""

from __future__ import annotations

import unicodedata


def sort_key(text: str) -> str:
    """Case and accents ignored, so "Área" sorts with "Area", not after "Z"."""
    bare = unicodedata.normalize("NFKD", text)
    return "".join(c for c in bare if not unicodedata.combining(c)).casefold()
