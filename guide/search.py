"""One search index per language, so Spanish searches find Spanish pages and English English.

The i18n plugin merges every language into site/search/search_index.json. This splits it: the
English entries stay there, the Spanish ones go to site/es/search/search_index.json with their
"es/" prefix removed (the Spanish pages use /es/ as their search base, see overrides/main.html).
Each index declares only its own language, so the Spanish one uses Spanish stemming.
"""

from __future__ import annotations

import json
from pathlib import Path

PATH = Path("search") / "search_index.json"


def split_index(index: dict, default: str, others: list[str]) -> dict[str, dict]:
    """{language: index}; entries whose location starts with '<lang>/' belong to that language."""
    out = {lang: {"config": {**index["config"], "lang": [lang]}, "docs": []}
           for lang in [default, *others]}
    for doc in index["docs"]:
        lang = next((o for o in others if doc["location"].startswith(f"{o}/")
                     or doc["location"] == o), default)
        if lang != default:
            doc = {**doc, "location": doc["location"].removeprefix(lang).removeprefix("/")}
        out[lang]["docs"].append(doc)
    return out


def write_split(site: Path, default: str, others: list[str]) -> dict[str, int]:
    """Split site/search/search_index.json in place; returns bytes written per language."""
    merged = json.loads((site / PATH).read_text(encoding="utf-8"))
    sizes = {}
    for lang, index in split_index(merged, default, others).items():
        target = site / PATH if lang == default else site / lang / PATH
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
        target.write_text(text, encoding="utf-8")
        sizes[lang] = len(text.encode("utf-8"))
    return sizes
