"""guide/terms.py: a phrase to avoid is found where the term list means it, and nowhere else."""

from __future__ import annotations

import re

import pytest

from guide.terms import _phrase

TEXTS = (
    "Bajo esta ley, nada.",
    "Trabajo bajo esta ley",  # "bajo" inside "Trabajo" first, then on its own
    "subajo esta ley",  # inside a longer word only
    "bajo   esta\nley y BAJO ESTA LEY",
    "(bajo esta leyes)",
    "alivio migratorio; alivios migratorios; elalivio migratorio",
    "I-9 e I-9s, i-9",
    "Statement of Interest.",
)


def _meant(words: str) -> re.Pattern[str]:
    """The rule as the term list states it: not after a letter, spaces between words, any case."""
    parts = [re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in words.split()]
    end = "" if words.endswith("*") else r"(?!\w)"
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + end, re.I)


@pytest.mark.parametrize(
    "words", ["bajo esta ley", "alivio* migratorio*", "I-9", "statement of interest", "ley"]
)
def test_a_phrase_is_found_exactly_where_its_rule_says(words):
    found = [[m.span() for m in _phrase(words).finditer(text)] for text in TEXTS]
    assert found == [[m.span() for m in _meant(words).finditer(text)] for text in TEXTS]
    assert any(found)
