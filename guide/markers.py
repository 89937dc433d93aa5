"""Find the markers authors place in pages, check them, and replace them with rendered HTML.

Markers (documented in CONVENTIONS.md):
  <!-- name -->  or  <!-- name: arg -->   block markers on their own line
  [@source-id; @other-id]                 citations
  [](agency:id)                           a link to an agency, named in the page's language
  [](status:key)                          a phrase from data/status.yml for the current state
  [](deadline:agency-id/deadline-id)      a deadline's length ("30 days"), from the agency's data
  [](phone:id)                            the agency's phone number, to tap and call
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

BLOCK = re.compile(r"^<!--\s*([a-z][a-z-]*)(?:\s*:\s*([a-z0-9-]+))?\s*-->[ \t]*$", re.M)
CITE = re.compile(r"\[(@[a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]")
AGENCY = re.compile(r"\[\]\(agency:([a-z0-9-]+)\)")
STATUS = re.compile(r"\[\]\(status:([a-z0-9-]*)\)")
DEADLINE = re.compile(r"\[\]\(deadline:([a-z0-9-]+)/([a-z0-9-]+)\)")
PHONE = re.compile(r"\[\]\(phone:([a-z0-9-]+)\)")
INLINE = {"cite", "agency", "status", "deadline", "phone"}
# Near misses: written like a marker but not matched above (capitals, indentation, spaces), so
# they would silently stay in the page as a comment or as literal text.
NEAR_BLOCK = re.compile(r"^[ \t]*<!--\s*([A-Za-z][\w-]*)(?:\s*:\s*([^\s>]*))?\s*-->[ \t]*$", re.M)
NEAR_INLINE = re.compile(
    r"\[@[^\]\n]*\]|\[\]\((?:" + "|".join(sorted(INLINE - {"cite"})) + r")\s*:[^)\n]*\)", re.I
)  # a citation is written [@id], every other inline marker [](kind:…)
FENCES = ("```", "~~~")  # a fenced code block starts and ends with a line beginning so


@dataclass(frozen=True)
class Marker:
    kind: str  # block name, or one of INLINE
    args: tuple[str, ...]
    line: int  # 1-based, within the text given
    start: int
    end: int


class UnknownName(Exception):
    """Raised by a renderer when a marker names data that does not exist."""


class MarkerError(Exception):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def find_markers(text: str) -> list[Marker]:
    found = []
    for m in BLOCK.finditer(text):
        args = (m.group(2),) if m.group(2) else ()
        found.append(Marker(m.group(1), args, _line(text, m.start()), m.start(), m.end()))
    for m in CITE.finditer(text):
        ids = tuple(part.strip().lstrip("@") for part in m.group(1).split(";"))
        found.append(Marker("cite", ids, _line(text, m.start()), m.start(), m.end()))
    for m in AGENCY.finditer(text):
        found.append(Marker("agency", (m.group(1),), _line(text, m.start()), m.start(), m.end()))
    for m in STATUS.finditer(text):
        found.append(Marker("status", (m.group(1),), _line(text, m.start()), m.start(), m.end()))
    for m in DEADLINE.finditer(text):
        found.append(Marker("deadline", m.groups(), _line(text, m.start()), m.start(), m.end()))
    for m in PHONE.finditer(text):
        found.append(Marker("phone", m.groups(), _line(text, m.start()), m.start(), m.end()))
    return sorted(found, key=lambda mk: mk.start)


def near_misses(text: str, renderers: dict, shown: str, line_offset: int = 0) -> list[str]:
    """Markers written almost right, which would otherwise vanish or show as literal text."""
    exact = {(mk.start, mk.end) for mk in find_markers(text)}
    out = []
    for m in NEAR_BLOCK.finditer(text):
        name = m.group(1).lower()
        if name in renderers and not BLOCK.fullmatch(m.group(0)):
            where = f"{shown}:{_line(text, m.start()) + line_offset}:"
            out.append(
                f"{where} marker '{m.group(0).strip()}' must be lowercase and start at "
                f"the beginning of its line, like '<!-- {name}: id -->'"
            )
    for m in NEAR_INLINE.finditer(text):
        if (m.start(), m.end()) not in exact:
            where = f"{shown}:{_line(text, m.start()) + line_offset}:"
            out.append(
                f"{where} marker '{m.group(0)}' is not written right: ids are lowercase "
                "letters, digits and dashes, like [@nilc-faq] or [](agency:nlrb)"
            )
    return out


def in_code_fence(lines: Iterable[str]) -> Iterator[bool]:
    """For each line, whether it opens, closes or sits inside a fenced code block, where
    Markdown shows the text as written."""
    inside = False
    for line in lines:
        fence = line.lstrip().startswith(FENCES)
        yield inside or fence
        if fence:
            inside = not inside


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


# A renderer gets the marker's arguments and returns HTML (or raises UnknownName).
Renderer = Callable[[tuple[str, ...]], str]


def replace_markers(
    text: str,
    renderers: dict[str, Renderer],
    shown: str,
    line_offset: int = 0,
) -> str:
    """Render every marker; collect every unknown marker or unknown id into one MarkerError."""
    problems = near_misses(text, renderers, shown, line_offset)
    fenced = [False, *in_code_fence(text.splitlines())]  # by 1-based line
    out, pos = [], 0
    for mk in find_markers(text):
        where = f"{shown}:{mk.line + line_offset}:"
        if fenced[mk.line]:
            problems.append(
                f"{where} marker '{text[mk.start : mk.end]}' is inside a code block "
                "(``` or ~~~), where it would show as written: move it out of the block"
            )
            continue
        renderer = renderers.get(mk.kind)
        if renderer is None:
            known = ", ".join(sorted(k for k in renderers if k not in INLINE))
            problems.append(f"{where} unknown marker '{mk.kind}' (known: {known})")
            continue
        try:
            html = renderer(mk.args)
        except UnknownName as exc:
            problems.append(f"{where} marker '{mk.kind}' names unknown {exc.args[0]}")
            continue
        out.append(text[pos : mk.start])
        out.append(html)
        pos = mk.end
    if problems:
        raise MarkerError(problems)
    out.append(text[pos:])
    return "".join(out)
