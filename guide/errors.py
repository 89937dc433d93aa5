"""Errors that point at the data: file, line and field, one line each."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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

    # Pickled whole, as a forked process sends it (guide/fork.py): made again from its report,
    # its message would list one error per character.
    def __reduce__(self):
        return DataErrors, (self.errors,)

    def report(self) -> str:
        lines = [str(e) for e in self.errors]
        lines.append(f"{len(self.errors)} data error(s) found.")
        return "\n".join(lines)


class NotUtf8(ValueError):
    """A text file saved in another encoding, which older editors on Windows still default to."""

    def __init__(self, line: int):
        super().__init__("is not UTF-8 text; save it as UTF-8")
        self.line = line  # 1-based line of the first byte that is not UTF-8


def read_utf8(path: Path) -> str:
    """A text file's content, like Path.read_text, but without the byte-order mark some editors
    put first (it would hide the opening `---` of a page's front matter); NotUtf8 naming the
    line when the file is in another encoding."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotUtf8(raw.count(b"\n", 0, exc.start) + 1) from None
    # Universal newlines, as read_text gives: pages saved with Windows line ends read the same.
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
