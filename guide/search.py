"""One search index per language, so Spanish searches find Spanish pages and English English.

The i18n plugin merges every language into site/search/search_index.json. This splits it: the
English entries stay there, the Spanish ones go to site/es/search/search_index.json with their
"es/" prefix removed (the Spanish pages use /es/ as their search base, see overrides/main.html).
Each index declares only its own language, so the Spanish one leaves out Spanish stop words
(Material's pipeline has no stemmer: a word matches only words that start with it).

Each index is then tuned with data/search.yml, because Material searches every word typed as the
start of a word ("de" becomes de*, matching "derecho", "Departamento"…) and weighs a word in a
title a thousand times one in the text:
- its separator splits on punctuation too ("(EAD)" is the word "ead") and drops the `skip` words,
  so "permiso de trabajo" is not won by the pages titled "Departamento de Trabajo…";
- every defined term with an anchor (the glossary's <dt id>) becomes an entry titled with the
  term, so searching for a term finds its definition;
- the entries of the pages in `boost` count that many times more.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from .models import Search
from .urls import page_dir

PATH = Path("search") / "search_index.json"
# Spaces, dashes and punctuation: "I-765" is searched as "i" and "765" whatever the separator,
# because lunr's query parser always splits on dashes, so the text must be split the same way.
PUNCTUATION = r"[\s\-.,;:!?¿¡()\[\]{}\"'«»“”‘’/·—–§]+"


def split_index(index: dict, default: str, others: list[str]) -> dict[str, dict]:
    """{language: index}; entries whose location starts with '<lang>/' belong to that language."""
    out = {
        lang: {"config": {**index["config"], "lang": [lang]}, "docs": []}
        for lang in [default, *others]
    }
    for doc in index["docs"]:
        lang = next(
            (o for o in others if doc["location"].startswith(f"{o}/") or doc["location"] == o),
            default,
        )
        if lang != default:
            doc = {**doc, "location": doc["location"].removeprefix(lang).removeprefix("/")}
        out[lang]["docs"].append(doc)
    return out


def separator(skip: list[str]) -> str:
    """The pattern Material splits text and queries on: punctuation, and the skipped words when
    they stand alone. Plain lookahead only (no lookbehind), which older phones' browsers lack."""
    if not skip:
        return PUNCTUATION
    words = "|".join(_any_case(w) for w in sorted(skip, key=len, reverse=True))
    return f"(?:^|{PUNCTUATION})(?:{words})(?={PUNCTUATION}|$)|{PUNCTUATION}"


def _any_case(word: str) -> str:
    # The pattern is used without flags, and readers type "De" as often as "de".
    return "".join(f"[{c}{c.upper()}]" for c in word)


class _DefinedTerms(HTMLParser):
    """(id, term, definition) for each <dt id> and the <dd> after it. Text for screen readers
    only (class guide-sr: an abbreviation spelled out) is left out of the term."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, str]] = []
        self._id: str | None = None
        self._parts: dict[str, list[str]] = {}
        self._into = ""
        self._hidden = 0  # depth inside a guide-sr span

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if tag == "dt" and attr.get("id"):
            self._id, self._parts, self._into = attr["id"], {"dt": [], "dd": []}, "dt"
        elif tag == "dd" and self._id:
            self._into = "dd"
        elif self._hidden or "guide-sr" in (attr.get("class") or "").split():
            self._hidden += tag == "span"

    def handle_endtag(self, tag: str) -> None:
        if self._hidden and tag == "span":
            self._hidden -= 1
        elif tag == "dd" and self._id:
            term, text = (" ".join("".join(self._parts[k]).split()) for k in ("dt", "dd"))
            self.found.append((self._id, term, text))
            self._id, self._into = None, ""

    def handle_data(self, data: str) -> None:
        if self._id and self._into and not self._hidden:
            self._parts[self._into].append(data)


def term_entries(page_html: str, location: str) -> list[dict]:
    """Search entries for the defined terms of one page, each linked to its anchor."""
    if "<dt id=" not in page_html:
        return []
    parser = _DefinedTerms()
    parser.feed(page_html)
    return [
        {"location": f"{location}#{ident}", "title": term, "text": html.escape(text)}
        for ident, term, text in parser.found
    ]


def tune(
    index: dict, skip: list[str], boost: dict[str, float], page_html: Callable[[str], str | None]
) -> dict:
    """`index` with its separator, an entry per defined term, and the boosts.
    `boost` maps a page's location ("glossary/") to its factor; `page_html` gives a page's HTML
    by location, or None."""
    docs = []
    for doc in index["docs"]:
        docs.append(doc)
        if "#" not in doc["location"]:  # a page's own entry: its sections follow it
            docs += term_entries(page_html(doc["location"]) or "", doc["location"])
    return {
        "config": {**index["config"], "separator": separator(skip)},
        "docs": [_boosted(doc, boost) for doc in docs],
    }


def _boosted(doc: dict, boost: dict[str, float]) -> dict:
    factor = boost.get(doc["location"].split("#")[0])
    return {**doc, "boost": factor} if factor else doc


def write_split(
    site: Path, default: str, others: list[str], search: Search | None = None
) -> dict[str, int]:
    """Split site/search/search_index.json in place, tuned with `search` when given; returns
    bytes written per language."""
    merged = json.loads((site / PATH).read_text(encoding="utf-8"))
    sizes = {}
    for lang, index in split_index(merged, default, others).items():
        root = site if lang == default else site / lang
        if search is not None:
            boost = {page_dir(page): factor for page, factor in search.boost.items()}
            index = tune(index, search.skip[lang], boost, _reader(root))
        target = root / PATH
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
        target.write_text(text, encoding="utf-8")
        sizes[lang] = len(text.encode("utf-8"))
    return sizes


def _reader(root: Path) -> Callable[[str], str | None]:
    def page_html(location: str) -> str | None:
        path = root / location / "index.html"
        return path.read_text(encoding="utf-8") if path.is_file() else None

    return page_html


def query_problems(search: Search) -> Iterator[tuple[tuple, str]]:
    """The same query twice in one language, or a query made only of skipped words."""
    first: dict[tuple[str, str], int] = {}
    for i, q in enumerate(search.queries):
        key = (q.lang, " ".join(q.query.lower().split()))
        if key in first:
            yield (
                ("queries", i, "query"),
                (f"repeats {q.query!r} in {q.lang} (first at queries[{first[key]}])"),
            )
        first.setdefault(key, i)
        skipped = set(search.skip[q.lang])
        if all(w in skipped for w in re.split(PUNCTUATION, q.query.lower()) if w):
            yield ("queries", i, "query"), f"has only words that search skips in {q.lang}"
