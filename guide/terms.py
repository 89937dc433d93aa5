"""The term list (data/terms.yml) as a rule: every avoided variant, calque, acronym without its
article and mid-sentence "Paso N" in a text, with the words to use instead. Plain functions, used
by `tasks.py check` and the build alike (guide/pagecheck.py for pages, guide/loader.py for data)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .dates import other_date_order
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
    # Words every match contains (lower case when the pattern ignores case): a text without
    # them is not searched. Most texts hold none of the words to avoid, and a substring test
    # costs far less than a search with lookarounds.
    hint: str | None = None
    # For a rule without a hint: a pattern every text it matches contains, quicker to search.
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
    """One language's rules, sorted by how a text is screened for them (see `Rule.hint`)."""

    rules: tuple[Rule, ...]
    by_lower_hint: tuple[tuple[str, Rule], ...] = ()
    by_hint: tuple[tuple[str, Rule], ...] = ()
    unhinted: tuple[Rule, ...] = ()

    @classmethod
    def of(cls, rules: tuple[Rule, ...]) -> RuleSet:
        return cls(
            rules,
            tuple((r.hint, r) for r in rules if r.hint is not None and r.ignores_case),
            tuple((r.hint, r) for r in rules if r.hint is not None and not r.ignores_case),
            tuple(r for r in rules if r.hint is None),
        )

    def candidates(self, text: str) -> Iterable[Rule]:
        """The rules that may match `text`: those whose hint it holds, or all of them when it
        holds a cased character past Latin-1."""
        if any(c.lower() != c.upper() for c in set(_BEYOND_LATIN1.findall(text))):
            return self.rules
        lowered = text.lower()
        return [
            *(r for hint, r in self.by_lower_hint if hint in lowered),
            *(r for hint, r in self.by_hint if hint in text),
            *(r for r in self.unhinted if r.gate is None or r.gate.search(text)),
        ]


def _hint(word: str) -> str | None:
    """A word of a pattern that ignores case, as `Rule.hint`; None when it is past Latin-1."""
    return word.lower() if not _BEYOND_LATIN1.search(word) else None


def with_article(found: str, article: str, contractions: dict[str, str]) -> str:
    """'a ICE' -> 'al ICE', 'ante OSHA' -> 'ante la OSHA'."""
    word, acronym = found.split()
    joined = contractions.get(f"{word.lower()} {article}")
    return f"{joined} {acronym}" if joined else f"{word} {article} {acronym}"


def _words(words: list[str]) -> str:
    return "|".join(map(re.escape, words))


def _phrase(words: str) -> re.Pattern[str]:
    parts = [re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in words.split()]
    end = "" if words.endswith("*") else r"(?!\w)"
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + end, re.I)


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
                    hint=_longest_word(avoid),
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
                hint=_longest_word(avoid),
            )
    after = _words(grammar.article_after)
    for article, acronyms in grammar.articles.items():
        for acronym in acronyms:
            yield Rule(
                re.compile(rf"(?<!\w)(?:{after})\s+{re.escape(acronym)}(?!\w)"),
                f"writes '{{found}}' without the article; write '{{article}}' {SEE}",
                article,
                grammar.contractions,
                hint=acronym,
            )
    if grammar.mid_sentence:
        word, before = grammar.mid_sentence.word, _words(grammar.mid_sentence.after)
        yield Rule(
            re.compile(rf"\b(?:{before})\s+\[?({re.escape(word)})\s+\d\b"),
            f"writes '{{found}}' mid-sentence; write '{word.lower()}' in lower case {SEE}",
            hint=word,
        )


def _longest_word(words: str) -> str | None:
    """The longest word of a phrase to avoid (without its `*`): every match contains it."""
    return _hint(max((w.rstrip("*") for w in words.split()), key=len, default=""))


def prose(text: str) -> str:
    """`text` with link targets, comments, code and addresses blanked, offsets kept."""
    return _NOT_PROSE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def term_problems(text: str, lang: str, terms: Terms, shown: str) -> Iterator[tuple[int, str]]:
    """(offset, message) for each avoided word in `text`, except the file's listed exceptions."""
    allowed = [e.text for e in terms.exceptions if e.file == shown]
    clean = prose(text)
    spans = [
        (m.start(), m.end()) for words in allowed for m in re.finditer(re.escape(words), clean)
    ]
    found = []
    for rule in rules(terms, lang).candidates(clean):
        for m in rule.pattern.finditer(clean):
            if not any(start <= m.start() and m.end() <= end for start, end in spans):
                words = " ".join(m.group(0).split())
                fixed = with_article(words, rule.article, rule.contractions) if rule.article else ""
                found.append((m.start(), -m.end(), rule.message.format(found=words, article=fixed)))
    reported: list[tuple[int, int]] = []
    for start, neg_end, message in sorted(found):
        # "alivio migratorio" is reported once, not again as "alivio" inside it.
        if not any(a <= start and -neg_end <= b for a, b in reported):
            reported.append((start, -neg_end))
            yield start, message


def page_term_problems(text: str, lang: str, terms: Terms, shown: str) -> list[str]:
    """`shown:line: message` for each avoided word in a page."""
    return [
        f"{shown}:{text.count(chr(10), 0, offset) + 1}: {message}"
        for offset, message in term_problems(text, lang, terms, shown)
    ]
