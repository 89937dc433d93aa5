"""The term list (data/terms.yml) as a rule: every avoided variant, calque, acronym without its
article and mid-sentence "Paso N" in a text, with the words to use instead. Plain functions, used
by `tasks.py check` and the build alike (guide/pagecheck.py for pages, guide/loader.py for data)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .models import Terms

SEE = "(data/terms.yml)"
# Words after which an acronym needs its article. Not "o": "el Departamento…, o DHS," glosses.
_PREPOSITIONS = r"a|de|ante|con|por|para|en|según|sobre|contra|desde|hasta|entre|y|que"
# A step named mid-sentence: "el Paso 3", "del [Paso 2](step-2.md)".
_STEP = re.compile(r"\b(?:el|del|al|en|de|y|o|que|su)\s+\[?(Paso)\s+[1-5]\b")
# Parts of Markdown that are not prose: link targets, HTML comments (markers), code.
# Dates written by hand in the other order than guide/dates.py writes them: one format per language.
_DATE_ORDER = {
    "en": (re.compile(r"\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July"
                      r"|August|September|October|November|December) \d{4}\b"),
           "'July 1, 2025'"),
    "es": (re.compile(r"\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
                      r"|octubre|noviembre|diciembre) \d{1,2},? \d{4}\b", re.I),
           "'1 de julio de 2025'"),
}
_NOT_PROSE = re.compile(r"\]\([^)\s]*\)|<!--.*?-->|`[^`\n]*`|https?://\S+", re.S)


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    message: str
    article: str = ""  # for an acronym: the article it takes


_CONTRACTED = {("a", "el"): "al", ("de", "el"): "del"}


def with_article(found: str, article: str) -> str:
    """'a ICE' -> 'al ICE', 'ante OSHA' -> 'ante la OSHA'."""
    word, acronym = found.split()
    joined = _CONTRACTED.get((word.lower(), article))
    return f"{joined} {acronym}" if joined else f"{word} {article} {acronym}"


def _phrase(words: str) -> re.Pattern[str]:
    parts = [re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in words.split()]
    end = "" if words.endswith("*") else r"(?!\w)"
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + end, re.I)


_built: dict[str, tuple[Terms, tuple[Rule, ...]]] = {}


def rules(terms: Terms, lang: str) -> tuple[Rule, ...]:
    """The compiled rules for `lang`, built once per loaded term list."""
    kept = _built.get(lang)
    if kept is None or kept[0] is not terms:
        kept = _built[lang] = (terms, _compile(terms, lang))
    return kept[1]


def _compile(terms: Terms, lang: str) -> tuple[Rule, ...]:
    out = []
    for term in terms.terms:
        words = getattr(term, lang)
        for avoid in words.avoid:
            out.append(Rule(_phrase(avoid), f"uses '{{found}}'; write '{words.use}' {SEE}"))
    if lang == "es":
        for calque in terms.calques:
            for avoid in calque.avoid:
                out.append(Rule(_phrase(avoid), f"uses '{{found}}', a calque; write "
                                                f"'{calque.use}' {SEE}"))
        for article, acronyms in terms.articles.items():
            for acronym in acronyms:
                out.append(Rule(
                    re.compile(rf"(?<!\w)(?:{_PREPOSITIONS})\s+{re.escape(acronym)}(?!\w)"),
                    f"writes '{{found}}' without the article; write '{{article}}' {SEE}",
                    article))
        out.append(Rule(_STEP, f"writes '{{found}}' mid-sentence; write 'paso' in lower case "
                               f"{SEE}"))
    if lang in _DATE_ORDER:
        pattern, example = _DATE_ORDER[lang]
        out.append(Rule(pattern, f"writes the date '{{found}}' in another order than the rest of "
                                 f"the site; write it like {example} (guide/dates.py)"))
    return tuple(out)


def prose(text: str) -> str:
    """`text` with link targets, comments, code and addresses blanked, offsets kept."""
    return _NOT_PROSE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def term_problems(text: str, lang: str, terms: Terms, shown: str) -> Iterator[tuple[int, str]]:
    """(offset, message) for each avoided word in `text`, except the file's listed exceptions."""
    allowed = [e.text for e in terms.exceptions if e.file == shown]
    clean = prose(text)
    spans = [(m.start(), m.end()) for words in allowed
             for m in re.finditer(re.escape(words), clean)]
    found = []
    for rule in rules(terms, lang):
        for m in rule.pattern.finditer(clean):
            if not any(start <= m.start() and m.end() <= end for start, end in spans):
                words = " ".join(m.group(0).split())
                fixed = with_article(words, rule.article) if rule.article else ""
                found.append((m.start(), -m.end(), rule.message.format(found=words,
                                                                       article=fixed)))
    reported: list[tuple[int, int]] = []
    for start, neg_end, message in sorted(found):
        # "alivio migratorio" is reported once, not again as "alivio" inside it.
        if not any(a <= start and -neg_end <= b for a, b in reported):
            reported.append((start, -neg_end))
            yield start, message


def page_term_problems(text: str, lang: str, terms: Terms, shown: str) -> list[str]:
    """`shown:line: message` for each avoided word in a page."""
    return [f"{shown}:{text.count(chr(10), 0, offset) + 1}: {message}"
            for offset, message in term_problems(text, lang, terms, shown)]
