"""Errors that point at the data: file, line and field, one line each."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class DataError:
    path: str  # relative to the repository root, with forward slashes
    line: int  # 1-based
    field: str  # dotted path such as "es.name" or "items[2].id"; "" for the whole file
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:"
        if self.field:
            return f"{where} field '{self.field}' {self.message}"
        return f"{where} {self.message}"


class DataErrors(Exception):
    """All the problems found in one pass, reported together."""

    def __init__(self, errors: list[DataError]):
        self.errors = sorted(set(errors))
        super().__init__(self.report())

    def report(self) -> str:
        lines = [str(e) for e in self.errors]
        lines.append(f"{len(self.errors)} data error(s) found.")
        return "\n".join(lines)
