"""Campaign tools as plain functions: a template's fields and its blank CSV, and the rules of the
"named or anonymous?" decision aid (every step leads somewhere, nothing loops, nothing is lost)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from .models import AnyTemplate as Template
from .models import Decision, Field, TableTemplate
from .yamlfile import Loc


def located_fields(template: Template) -> list[tuple[Loc, Field]]:
    """A template's fields in order, each with its place in the file: a form's, section by
    section; a table's columns."""
    if isinstance(template, TableTemplate):
        return [(("columns", i), f) for i, f in enumerate(template.columns)]
    return [
        (("sections", i, "fields", j), f)
        for i, section in enumerate(template.sections)
        for j, f in enumerate(section.fields)
    ]


def fields(template: Template) -> list[Field]:
    return [f for _, f in located_fields(template)]


def csv_name(template: Template) -> str:
    return f"{template.id}.csv"


def blank_csv(template: Template, lang: str) -> str:
    """The blank form as a spreadsheet: one header row, the fields' labels in `lang`. A BOM first,
    so spreadsheet programs read the accents of the Spanish labels right."""
    out = io.StringIO()
    labels = [f[lang].label for f in fields(template)]
    csv.writer(out, lineterminator="\r\n").writerow(labels)
    return "\ufeff" + out.getvalue()


# -- the decision aid ------------------------------------------------------------------------

Problem = tuple[Loc, str]


def decision_problems(d: Decision) -> Iterator[Problem]:
    """(location in decision.yml, message) for each broken step."""
    seen: dict[str, Loc] = {}
    for kind, items in (("questions", d.questions), ("outcomes", d.outcomes)):
        for i, item in enumerate(items):
            if item.id in seen:
                yield (
                    (kind, i, "id"),
                    (f"'{item.id}' is used twice (questions and outcomes share ids)"),
                )
            seen.setdefault(item.id, (kind, i))
    questions = {q.id: q for q in d.questions}
    for i, q in enumerate(d.questions):
        for j, choice in enumerate(q.choices):
            if choice.then not in seen:
                yield (
                    ("questions", i, "choices", j, "then"),
                    f"names '{choice.then}', which is neither a question nor an outcome",
                )
    reached: set[str] = set()
    loop = _walk(d.questions[0].id, questions, reached, ())
    if loop:
        yield seen[loop[0]] + ("id",), f"starts a loop: {' → '.join(loop)}"
    for ident, loc in seen.items():
        if ident not in reached:
            yield (
                loc + ("id",),
                (f"'{ident}' cannot be reached from the first question '{d.questions[0].id}'"),
            )


def _walk(ident: str, questions: dict, reached: set[str], path: tuple[str, ...]) -> tuple | None:
    """Mark everything reachable from `ident`; the first loop found, as the ids around it."""
    if ident in path:
        return path[path.index(ident) :] + (ident,)
    reached.add(ident)
    question = questions.get(ident)
    for choice in question.choices if question else ():
        loop = _walk(choice.then, questions, reached, (*path, ident))
        if loop:
            return loop
    return None
