"""Readability of the written pages and of the worker-facing texts (a report, not a test).

    .venv/bin/python scripts/readability.py          # the tables and the targets
    .venv/bin/python scripts/readability.py --long   # and each worker-facing sentence over 20 words

Wrapped lines are joined into sentences first (a sentence ends at . ! ? or at the end of a list
item, heading or table cell). Spanish syllables come from `silabeador` (Spanish syllabification
rules: "agencia" 3, "país" 2); English syllables from `textstat`.

- Spanish: INFLESZ (Szigriszt-Pazos: 206.835 - 62.3 * syllables/words - words/sentences) and
  Fernández-Huerta (206.84 - 0.60 * syllables per 100 words - 1.02 * sentences per 100 words).
- English: Flesch-Kincaid grade (0.39 * words/sentences + 11.8 * syllables/words - 15.59).

Worker-facing text is measured apart: checklist items and hints, warnings (data/notes.yml and
`!!! warning` boxes), the first-meeting script and answers, the triage's actions, and the page
sections whose heading is listed in WORKER_SECTIONS. Targets (from issue 14), reported below the
tables: worker-facing Spanish INFLESZ >= 70 with no sentence over 20 words; step chapters
INFLESZ >= 65; worker-facing English FK grade <= 8.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import silabeador
import textstat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guide.loader import load_site_data  # noqa: E402
from guide.pages import split_front_matter, written_paths  # noqa: E402

MAX_WORDS = 20
TARGETS = {"worker_es": 70.0, "steps_es": 65.0, "worker_en": 8.0}
STEP_PAGES = [f"step-{n}.md" for n in range(1, 6)]
# Sections spoken or handed to workers (heading ids, the same in both languages).
WORKER_SECTIONS = {"status-and-rights", "explain-soi", "tell-workers", "worker-rights"}

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+|^\s*#{1,6}\s+|^\s*\|")


@dataclass
class Text:
    sentences: list[list[str]]

    @property
    def words(self) -> int:
        return sum(len(s) for s in self.sentences)

    def longest(self) -> int:
        return max((len(s) for s in self.sentences), default=0)

    def over(self, limit: int = MAX_WORDS) -> int:
        return sum(1 for s in self.sentences if len(s) > limit)


def sentences(text: str) -> Text:
    """Sentences as lists of words. Lines of one paragraph are joined; each list item, heading
    and table row is a unit of its own even without final punctuation."""
    units, current = [], []
    for line in text.splitlines():
        if not line.strip():
            units.append(" ".join(current))
            current = []
        elif _ITEM.match(line):
            units.append(" ".join(current))
            current = [_ITEM.sub("", line)]
        else:
            current.append(line.strip())
    units.append(" ".join(current))
    out = []
    for unit in units:
        for sentence in re.split(r"(?<=[.!?])\s+|\s*\|\s*", unit):
            words = _WORD.findall(sentence)
            if words:
                out.append(words)
    return Text(out)


def plain(markdown: str) -> str:
    """Markdown without front matter, markers, citations, link targets, HTML and emphasis."""
    _, body, _ = split_front_matter(markdown)
    body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
    body = re.sub(r"\[@[^\]]+\]", "", body)
    body = re.sub(r"\[\]\((?:agency|status|deadline):[^)]*\)", "la agencia", body)
    body = re.sub(r"\{ ?#[^}]+\}", "", body)
    body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)
    body = re.sub(r"<[^>]+>", " ", body)
    body = re.sub(r"^\s*!!!.*$", "", body, flags=re.M)
    return re.sub(r"[*_`]", "", body)


@cache
def syllables_es(word: str) -> int:
    try:
        return max(1, len(silabeador.syllabify(word.lower())))
    except Exception:  # an acronym or a word the rules cannot split
        return max(1, len(re.findall(r"[aeiouáéíóúü]+", word.lower())))


def syllables_en(word: str) -> int:
    return max(1, textstat.syllable_count(word))


def scores(text: Text, lang: str) -> dict[str, float]:
    words = text.words or 1
    count = len(text.sentences) or 1
    if lang == "es":
        syl = sum(syllables_es(w) for s in text.sentences for w in s)
        return {
            "inflesz": 206.835 - 62.3 * syl / words - words / count,
            "fh": 206.84 - 0.60 * (100 * syl / words) - 1.02 * (100 * count / words),
        }
    syl = sum(syllables_en(w) for s in text.sentences for w in s)
    return {"fk": 0.39 * words / count + 11.8 * syl / words - 15.59}


def worker_sections(markdown: str) -> str:
    """The sections of a page listed in WORKER_SECTIONS, and its warning boxes."""
    out = []
    for part in re.split(r"(?m)^(?=## )", split_front_matter(markdown)[1]):
        heading = re.match(r"## .*\{ ?#([a-z0-9-]+) ?\}", part)
        if heading and heading.group(1) in WORKER_SECTIONS:
            out.append(plain(part))
    for box in re.findall(r"(?m)^!!! warning[^\n]*\n((?:    [^\n]*\n|\n)+)", markdown):
        out.append(plain(box))
    return "\n\n".join(out)


def worker_data(data, lang: str) -> dict[str, str]:
    """Worker-facing data texts, by where they come from."""
    found = {
        "checklists": [
            f"{i[lang].text} {i[lang].hint or ''}"
            for c in data.checklists.values()
            for i in c.items
        ],
        "warnings": [n[lang].text for n in data.notes.notes if n.kind == "warning"],
        "meeting script": [p[lang].text for p in data.meeting.script],
        "hard questions": [q[lang].answer for q in data.meeting.questions],
        "triage actions": [a for s in data.triage.situations for a in s[lang].actions],
    }
    return {where: "\n\n".join(texts) for where, texts in found.items()}


def row(name: str, text: Text, lang: str) -> str:
    s = scores(text, lang)
    if lang == "es":
        return (
            f"{name:30} {text.words:6d} {s['inflesz']:8.1f} {s['fh']:8.1f} "
            f"{text.longest():5d} {text.over():5d}"
        )
    return f"{name:30} {text.words:6d} {s['fk']:8.1f} {'':8} {text.longest():5d} {text.over():5d}"


def main(argv: list[str] | None = None) -> int:
    show_long = "--long" in (sys.argv[1:] if argv is None else argv)
    docs = ROOT / "docs"
    data = load_site_data(ROOT)
    results: dict[str, float] = {}
    for lang in ("es", "en"):
        score = "INFLESZ  F-Huerta" if lang == "es" else "FK grade        "
        print(f"\n== {lang}: pages ==\n{'page':30} {'words':>6} {score} {'max':>5} {'>20':>5}")
        steps = []
        for src in sorted(written_paths(docs, lang)):
            markdown = (docs / lang / src).read_text(encoding="utf-8")
            text = sentences(plain(markdown))
            print(row(src, text, lang))
            if src in STEP_PAGES:
                steps.append(text)
        print(f"\n== {lang}: worker-facing ==")
        texts = worker_data(data, lang)
        worker = [sentences(t) for t in texts.values()]
        for where, text in zip(texts, worker, strict=True):
            print(row(where, text, lang))
        pages = "\n\n".join(
            worker_sections((docs / lang / src).read_text(encoding="utf-8"))
            for src in sorted(written_paths(docs, lang))
        )
        worker.append(sentences(pages))
        print(row("page sections and warnings", worker[-1], lang))
        everything = Text([s for t in worker for s in t.sentences])
        print(row("ALL WORKER-FACING", everything, lang))
        if show_long and lang == "es":
            names = [*texts, "page sections and warnings"]
            for where, text in zip(names, worker, strict=True):
                for sentence in text.sentences:
                    if len(sentence) > MAX_WORDS:
                        print(f"  [{where}] {len(sentence)} words: {' '.join(sentence)}")
        if lang == "es":
            results["worker_es"] = scores(everything, "es")["inflesz"]
            results["worker_es_over"] = everything.over()
            results["steps_es"] = min(scores(t, "es")["inflesz"] for t in steps)
        else:
            results["worker_en"] = scores(everything, "en")["fk"]
    print("\n== targets (issue 14) ==")
    print(
        f"worker-facing Spanish INFLESZ {results['worker_es']:.1f} (target >= 70): "
        f"{'met' if results['worker_es'] >= TARGETS['worker_es'] else 'NOT MET'}"
    )
    print(
        f"worker-facing Spanish sentences over {MAX_WORDS} words: {results['worker_es_over']} "
        f"(target 0): {'met' if results['worker_es_over'] == 0 else 'NOT MET'}"
    )
    print(
        f"lowest step chapter INFLESZ {results['steps_es']:.1f} (target >= 65): "
        f"{'met' if results['steps_es'] >= TARGETS['steps_es'] else 'NOT MET'}"
    )
    print(
        f"worker-facing English FK grade {results['worker_en']:.1f} (target <= 8): "
        f"{'met' if results['worker_en'] <= TARGETS['worker_en'] else 'NOT MET'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
