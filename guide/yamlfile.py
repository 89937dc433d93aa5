"""Read YAML keeping line numbers, so every error can name the line it is about."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from .errors import DataError

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class YamlDoc:
    path: str  # as shown in messages
    data: Any

    def line(self, loc: Loc) -> int:
        """1-based line of the deepest part of `loc` that exists in the file."""
        node, line = self.data, 1
        if isinstance(node, CommentedMap | CommentedSeq):
            line = node.lc.line + 1
        for part in loc:
            if isinstance(node, CommentedMap) and part in node:
                line = node.lc.key(part)[0] + 1
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line = node.lc.item(part)[0] + 1
                node = node[part]
            else:
                break
        return line

    def error(self, loc: Loc, message: str) -> DataError:
        return DataError(self.path, self.line(loc), dotted(loc), message)


def dotted(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def read_yaml(path: Path, shown_as: str) -> YamlDoc | DataError:
    """Parse one file; a syntax error comes back as a DataError instead of raising."""
    yaml = YAML(typ="rt")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return DataError(shown_as, 1, "", "is not UTF-8 text")
    try:
        data = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = exc.problem or exc.context or "cannot be parsed"
        return DataError(shown_as, line, "", f"is not valid YAML: {problem}")
    return YamlDoc(shown_as, data)
