"""The term list (data/terms.yml) as a rule: every avoided variant, calque, acronym without its
article and mid-sentence "Paso N" in a text, with the words to use instead. Plain functions, used
by `tasks.py check` and the build alike (guide/pagecheck.py for pages, guide/loader.py for data)."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from .dates import other_date_order
from .lookback import not_after
from .models import Grammar, Terms

SEE = "(data/terms.yml)"
# Parts of Markdown that are not prose: link targets, HTML comments (markers), code.
_NOT_PROSE = re.compile(r"\]\([^)\s]*\)|<!--.*?-->|`[^`\n]*`|https?://\S+", re.S)


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    message: str
    article: str = ""  # for an acronym: the article it takes
    contractions: dict[str, str] = field(default_factory=dict)  # "a el" -> "al"
    # Words every match contains (lower case when the pattern ignores case), longest first: a
    # text without all of them is not searched. Most texts hold none of the phrases to avoid,
    # and a substring test costs far less than a search with lookarounds.
    hints: tuple[str, ...] = ()
    # For a rule without hints: a pattern every text it matches contains, quicker to search.
    gate: re.Pattern[str] | None = None

    @functools.cached_property
    def ignores_case(self) -> bool:
        return bool(self.pattern.flags & re.I)


# Characters past Latin-1: some that have a case are matched by the regex engine, ignoring case,
# to letters that str.lower() does not give ('ſ' to 's', 'İ' to 'i'). Within Latin-1, and for
# characters without a case, both agree.
_BEYOND_LATIN1 = re.compile(r"[^\x00-\xff]")


@dataclass(frozen=True)
class RuleSet:
    """One language's rules, sorted by how a text is screened for them (see `Rule.hints`)."""

    lower_hinted: tuple[Rule, ...]
    hinted: tuple[Rule, ...]
    unhinted: tuple[Rule, ...]

    @classmethod
    def of(cls, rules: tuple[Rule, ...]) -> RuleSet:
        return cls(
            tuple(r for r in rules if r.hints and r.ignores_case),
            tuple(r for r in rules if r.hints and not r.ignores_case),
            tuple(r for r in rules if not r.hints),
        )

    def candidates(self, texts: Sequence[str]) -> Iterator[tuple[Rule, list[int]]]:
        """Each rule with the indexes of the texts it may match: those that hold its hints (or
        match its gate), and every text holding a cased character past Latin-1. The texts are
        screened together: the data hold thousands of short texts, and screening them one by
        one cost more than the search itself."""
        exact = _Joined(texts)
        every = sorted(
            {exact.index(m.start()) for m in _BEYOND_LATIN1.finditer(exact.text) if _cased(m[0])}
        )
        lowered = _Joined([text.lower() for text in texts])
        for rule in self.lower_hinted:
            yield rule, lowered.holding(rule.hints, every)
        for rule in self.hinted:
            yield rule, exact.holding(rule.hints, every)
        for rule in self.unhinted:
            yield rule, exact.matching(rule.gate) if rule.gate else list(range(len(texts)))


class _Joined:
    """Texts joined by a NUL character, searched at once: no hint contains it and no gate
    matches it, so nothing found spans two texts."""

    def __init__(self, texts: Sequence[str]):
        self.texts = texts
        self.text = "\x00".join(texts)
        self.starts = [0, *itertools.accumulate(len(text) + 1 for text in texts)]

    def index(self, offset: int) -> int:
        """Which text the joined text's `offset` falls in."""
        return bisect.bisect_right(self.starts, offset) - 1

    def holding(self, words: tuple[str, ...], every: list[int]) -> list[int]:
        """Indexes of the texts that contain all of `words` (longest first), and `every`."""
        first, *others = words
        found = set(every)
        at = self.text.find(first)
        while at != -1:
            index = self.index(at)
            if all(w in self.texts[index] for w in others):
                found.add(index)
            at = self.text.find(first, self.starts[index + 1])
        return sorted(found)

    def matching(self, pattern: re.Pattern[str]) -> list[int]:
        """Indexes of the texts where `pattern` (which cannot match the joining character) finds
        something."""
        found: list[int] = []
        for m in pattern.finditer(self.text):
            index = self.index(m.start())
            if not found or found[-1] != index:
                found.append(index)
        return found


def _cased(character: str) -> bool:
    return character.lower() != character.upper()


def _hints(words: str) -> tuple[str, ...]:
    """The words of a phrase to avoid (without their `*`), longest first, in lower case, as
    `Rule.hints`; none when one is past Latin-1 (its lower case may not be what the pattern
    matches)."""
    if _BEYOND_LATIN1.search(words):
        return ()
    return tuple(sorted({w.rstrip("*").lower() for w in words.split()}, key=lambda w: (-len(w), w)))


def with_article(found: str, article: str, contractions: dict[str, str]) -> str:
    """'a ICE' -> 'al ICE', 'ante OSHA' -> 'ante la OSHA'."""
    word, acronym = found.split()
    joined = contractions.get(f"{word.lower()} {article}")
    return f"{joined} {acronym}" if joined else f"{word} {article} {acronym}"


def _words(words: list[str]) -> str:
    return "|".join(map(re.escape, words))


def _phrase(words: str) -> re.Pattern[str]:
    """The phrase, its words apart by any spaces, not inside a longer word, in any case; `*` ends
    a word that may go on."""
    split = words.split()
    stems = [re.escape(w.rstrip("*")) for w in split]
    stems[0] = not_after(r"\w", stems[0])
    parts = [s + (r"\w*" if w.endswith("*") else "") for s, w in zip(stems, split, strict=True)]
    end = "" if words.endswith("*") else r"(?!\w)"
    return re.compile(r"\s+".join(parts) + end, re.I)


YEAR = re.compile(r"\d{4}")  # in every date the rule below flags, in either order (guide/dates.py)
_built: dict[str, tuple[Terms, RuleSet]] = {}


def rules(terms: Terms, lang: str) -> RuleSet:
    """The compiled rules for `lang`, built once per loaded term list."""
    kept = _built.get(lang)
    if kept is None or kept[0] is not terms:
        kept = _built[lang] = (terms, RuleSet.of(_compile(terms, lang)))
    return kept[1]


def _compile(terms: Terms, lang: str) -> tuple[Rule, ...]:
    out = []
    for term in terms.terms:
        words = term[lang]
        for avoid in words.avoid:
            out.append(
                Rule(
                    _phrase(avoid),
                    f"uses '{{found}}'; write '{words.use}' {SEE}",
                    hints=_hints(avoid),
                )
            )
    grammar = terms.grammar.get(lang)
    if grammar:
        out.extend(_grammar_rules(grammar))
    pattern, example = other_date_order(lang)
    out.append(
        Rule(
            pattern,
            f"writes the date '{{found}}' in another order than the rest of "
            f"the site; write it like '{example}' (guide/dates.py)",
            gate=YEAR,
        )
    )
    return tuple(out)


def _grammar_rules(grammar: Grammar) -> Iterator[Rule]:
    for calque in grammar.calques:
        for avoid in calque.avoid:
            yield Rule(
                _phrase(avoid),
                f"uses '{{found}}', a calque; write '{calque.use}' {SEE}",
                hints=_hints(avoid),
            )
    after = _words(grammar.article_after)
    for article, acronyms in grammar.articles.items():
        for acronym in acronyms:
            yield Rule(
                re.compile(rf"(?<!\w)(?:{after})\s+{re.escape(acronym)}(?!\w)"),
                f"writes '{{found}}' without the article; write '{{article}}' {SEE}",
                article,
                grammar.contractions,
                hints=(acronym,),
            )
    if grammar.mid_sentence:
        word, before = grammar.mid_sentence.word, _words(grammar.mid_sentence.after)
        yield Rule(
            re.compile(rf"\b(?:{before})\s+\[?({re.escape(word)})\s+\d\b"),
            f"writes '{{found}}' mid-sentence; write '{word.lower()}' in lower case {SEE}",
            hints=(word,),
        )


def prose(text: str) -> str:
    """`text` with link targets, comments, code and addresses blanked, offsets kept."""
    return _NOT_PROSE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def term_problems(text: str, lang: str, terms: Terms, shown: str) -> Iterator[tuple[int, str]]:
    """(offset, message) for each avoided word in `text`, except the file's listed exceptions."""
    for _, offset, message in texts_term_problems([(text, shown)], lang, terms):
        yield offset, message


def texts_term_problems(
    texts: Sequence[tuple[str, str]], lang: str, terms: Terms
) -> Iterator[tuple[int, int, str]]:
    """(index in `texts`, offset, message) for each avoided word in many texts of one language,
    each given with the file it is in (for the file's listed exceptions)."""
    allowed: dict[str, list[str]] = {}
    for e in terms.exceptions:
        allowed.setdefault(e.file, []).append(e.text)
    clean = [prose(text) for text, _ in texts]
    found = []
    for rule, indexes in rules(terms, lang).candidates(clean):
        for i in indexes:
            for m in rule.pattern.finditer(clean[i]):
                if not _excepted(clean[i], m, allowed.get(texts[i][1], [])):
                    words = " ".join(m.group(0).split())
                    fixed = (
                        with_article(words, rule.article, rule.contractions) if rule.article else ""
                    )
                    found.append(
                        (i, m.start(), -m.end(), rule.message.format(found=words, article=fixed))
                    )
    reported: list[tuple[int, int, int]] = []
    for i, start, neg_end, message in sorted(found):
        # "alivio migratorio" is reported once, not again as "alivio" inside it.
        if not any(j == i and a <= start and -neg_end <= b for j, a, b in reported):
            reported.append((i, start, -neg_end))
            yield i, start, message


def _excepted(text: str, match: re.Match[str], allowed: list[str]) -> bool:
    """Whether the match lies inside one of the file's listed exceptions."""
    return any(
        m.start() <= match.start() and match.end() <= m.end()
        for words in allowed
        for m in re.finditer(re.escape(words), text)
    )


def page_term_problems(text: str, lang: str, terms: Terms, shown: str) -> list[str]:
    """`shown:line: message` for each avoided word in a page."""
    return [
        f"{shown}:{text.count(chr(10), 0, offset) + 1}: {message}"
        for offset, message in term_problems(text, lang, terms, shown)
    ]
