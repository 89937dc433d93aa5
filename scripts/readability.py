"""Readability of the written pages (not a test): words, Flesch–Kincaid grade (English) and
Fernández-Huerta ease (Spanish), per page and language.

    .venv/bin/python scripts/readability.py

Targets for step chapters: English grade 9 or lower; Spanish 60 or higher. Markers, citations,
links' addresses, HTML and front matter are removed before measuring.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import textstat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guide.pages import split_front_matter, written_paths  # noqa: E402


def plain_text(markdown: str) -> str:
    _, body, _ = split_front_matter(markdown)
    body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
    body = re.sub(r"\[@[^\]]+\]", "", body)  # citations
    body = re.sub(r"\[\]\(agency:[a-z0-9-]+\)", "the agency", body)
    body = re.sub(r"\{ ?#[^}]+\}", "", body)  # heading ids
    body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)  # links -> their text
    body = re.sub(r"<[^>]+>", " ", body)
    body = re.sub(r"^\s*(?:[-*+]|\d+\.|#+|!!!.*|\|)\s*", "", body, flags=re.M)
    body = re.sub(r"[*_`|]", "", body)
    # A list item or heading without final punctuation is still a sentence of its own.
    lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
    return " ".join(ln if ln[-1] in ".:;?!" else ln + "." for ln in lines)


def measure(text: str, lang: str) -> tuple[int, float]:
    words = textstat.lexicon_count(text)
    if lang == "en":
        textstat.set_lang("en_US")
        return words, textstat.flesch_kincaid_grade(text)
    textstat.set_lang("es")
    return words, textstat.fernandez_huerta(text)


def main() -> int:
    docs = ROOT / "docs"
    print(f"{'page':28} {'EN words':>9} {'FK grade':>9} {'ES words':>9} {'F-Huerta':>9}")
    for src in sorted(written_paths(docs, "en")):
        row = []
        for lang in ("en", "es"):
            text = plain_text((docs / lang / src).read_text(encoding="utf-8"))
            row += list(measure(text, lang))
        print(f"{src:28} {row[0]:9d} {row[1]:9.1f} {row[2]:9d} {row[3]:9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
