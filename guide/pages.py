"""Checks on Markdown pages that do not need a build: twins, front matter."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml.error import YAMLError

from .errors import NotUtf8, read_utf8
from .languages import Languages, english_name, project_languages
from .markers import find_markers, in_code_fence
from .urls import agency_of, language_prefix, page_dir
from .yamlfile import dotted, not_dates, syntax_error, text_cut_by_note, yaml_loader

REQUIRED_META = ("title", "description", "last_reviewed")


@dataclass(frozen=True)
class PageProblem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def page_paths(docs: Path, lang: str) -> set[str]:
    """Every path under docs/<lang>/ named *.md, as Path.rglob("*.md") finds them (symbolic
    links to folders not followed), without the Path objects, which are slow by the 1,000."""
    base = docs / lang
    found = set()
    for folder, dirs, files in os.walk(base):
        rel = Path(folder).relative_to(base).as_posix()
        prefix = "" if rel == "." else f"{rel}/"
        found.update(prefix + name for name in dirs + files if name.endswith(".md"))
    return found


# In docs/<lang>/agencies/, beside the pages written from data (and ignored by git).
HANDWRITTEN_AGENCY_PAGES = frozenset({"index.md", "finder.md"})


def is_generated(src: str) -> bool:
    """Whether docs/<lang>/<src> is written from data: agencies/<id>.md, as .gitignore says.
    Those pages come from data/agencies/ through one template, so the data checks cover them,
    naming the data's lines; no page check reads them, and they need not exist yet."""
    return (
        agency_of(src) is not None and src.removeprefix("agencies/") not in HANDWRITTEN_AGENCY_PAGES
    )


def written_paths(docs: Path, lang: str) -> set[str]:
    """Pages people write: everything except the pages generated from data."""
    return {src for src in page_paths(docs, lang) if not is_generated(src)}


def site_pages(docs: Path, lang: str, agency_ids: Iterable[str]) -> set[str]:
    """Every page the build has in one language: the written ones and one per agency."""
    return written_paths(docs, lang) | {f"agencies/{ident}.md" for ident in agency_ids}


# An id written in a page: a heading's { #id }, or one in an attribute list.
_WRITTEN_ID = re.compile(r"\{[^}\n]*#([a-z0-9][a-z0-9-]*)[^}\n]*\}")


AGENCY_TEMPLATE = "agency_page.md"  # in overrides/components/: every agency's page


def page_anchors(root: Path, lang: str, agency_ids: Iterable[str]) -> dict[str, frozenset[str]]:
    """Every page of `site_pages`, with the ids a link may land on: those its author wrote, or
    for an agency page those its template writes."""
    template = root / "overrides" / "components" / AGENCY_TEMPLATE
    found = _WRITTEN_ID.findall(page_text(template)) if template.is_file() else []
    docs = root / "docs"
    written = written_paths(docs, lang)
    return {
        src: frozenset(
            _WRITTEN_ID.findall(page_text(docs / lang / src)) if src in written else found
        )
        for src in site_pages(docs, lang, agency_ids)
    }


def twin_problems(docs: Path, languages: Languages, shown: str = "docs") -> list[PageProblem]:
    """Every written page in the default language needs a twin at the same path in each other
    language, and the reverse (pages written from data come in every language). The one rule
    for missing pages: the check, parity and the build call it."""
    default = languages.default
    originals, original_name = written_paths(docs, default), english_name(default)
    out = []
    for lang in languages.others:
        translated, name = written_paths(docs, lang), english_name(lang)
        out += [
            PageProblem(
                f"{shown}/{lang}/{p}",
                1,
                f"is missing: {shown}/{default}/{p} has no {name} translation",
            )
            for p in sorted(originals - translated)
        ]
        out += [
            PageProblem(
                f"{shown}/{default}/{p}",
                1,
                f"is missing: {shown}/{lang}/{p} has no {original_name} original",
            )
            for p in sorted(translated - originals)
        ]
    return out


def split_front_matter(text: str) -> tuple[str, str, int]:
    """(front matter, body, number of lines before the body)."""
    text = text.removeprefix("\ufeff")  # a byte-order mark, for callers that read the file
    if not text.startswith("---\n"):
        return "", text, 0
    end = text.find("\n---\n", 4)
    if end == -1:
        return "", text, 0
    head = text[4:end]
    return head, text[end + 5 :], head.count("\n") + 3


class FrontMatterError(ValueError):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line


def read_front_matter(text: str) -> tuple[dict, str, int]:
    """(front matter as a dict, body, lines before the body); FrontMatterError if not YAML."""
    head, body, offset = split_front_matter(text)
    # Lines of `head` start on the page's line 2, after the opening `---`.
    try:
        meta = yaml_loader("safe").load(head) if head else {}
    except YAMLError as exc:
        line, problem = syntax_error(exc, head)
        raise FrontMatterError(line + 2, f"front matter is not valid YAML: {problem}") from None
    # The data files' rule: a description that " #" cut short would lose its end unseen.
    cut = text_cut_by_note(head)
    if cut is not None:
        raise FrontMatterError(cut.line + 1, f"front matter field '{cut.field}' {cut.message}")
    impossible = next(not_dates(meta), None)
    if impossible:
        loc, value = impossible
        raise FrontMatterError(
            value.line + 2, f"front matter field '{dotted(loc)}' is not a real date ({value})"
        )
    return (meta if isinstance(meta, dict) else {}), body, offset


# A section heading (## or ###) ends with its id, in lower case and the same in every language:
# links and the language switch land on it, and parity pairs sections by it.
HEADING = re.compile(r"^(#{2,3})\s+.*?\{\s*#([a-z0-9-]+)\s*\}\s*$")
_ANY_HEADING = re.compile(r"^(#{2,3})\s+(.*?)\s*$")


def heading_problems(text: str, shown: str) -> list[PageProblem]:
    """Each section heading without its `{ #id }` (or with one not in lower case)."""
    _, body, offset = split_front_matter(text)
    lines = body.split("\n")
    out = []
    for number, (line, fenced) in enumerate(zip(lines, in_code_fence(lines), strict=True)):
        found = None if fenced else _ANY_HEADING.match(line)
        if found and not HEADING.match(line):
            title = re.sub(r"\{[^}]*\}$", "", found.group(2)).strip()
            slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "section"
            out.append(
                PageProblem(
                    shown,
                    offset + number + 1,
                    f"heading '{title}' needs an id in lower case, the same in every language: "
                    f"end the line with {{ #{slug} }} (in a translation, the original's id)",
                )
            )
    return out


def meta_problems(text: str, shown: str) -> list[PageProblem]:
    if not split_front_matter(text)[0]:
        hint = "has no front matter (--- title/description/last_reviewed ---)"
        return [PageProblem(shown, 1, hint)]
    try:
        meta = read_front_matter(text)[0]
    except FrontMatterError as exc:
        return [PageProblem(shown, exc.line, str(exc))]
    out = []
    for key in REQUIRED_META:
        if not meta.get(key):
            out.append(PageProblem(shown, 1, f"front matter field '{key}' is missing"))
    reviewed = meta.get("last_reviewed")
    line = _meta_line(text, "last_reviewed")
    if reviewed and not isinstance(reviewed, dt.date):
        out.append(
            PageProblem(shown, line, "front matter field 'last_reviewed' must be YYYY-MM-DD")
        )
    elif isinstance(reviewed, dt.date) and reviewed > dt.date.today():
        out.append(PageProblem(shown, line, "front matter field 'last_reviewed' is in the future"))
    return out


def _meta_line(text: str, key: str) -> int:
    """The page's line where front-matter `key` is written (1 when it is not)."""
    head = split_front_matter(text)[0]
    found = re.search(rf"^{re.escape(key)}\s*:", head, re.M)
    return head.count("\n", 0, found.start()) + 2 if found else 1


def all_page_problems(root: Path) -> list[PageProblem]:
    docs = root / "docs"
    languages = project_languages(root)
    out = twin_problems(docs, languages)
    for lang in languages.codes:
        for rel in sorted(written_paths(docs, lang)):
            shown = f"docs/{lang}/{rel}"
            try:
                text = read_utf8(docs / lang / rel)
            except NotUtf8 as exc:
                out.append(PageProblem(shown, exc.line, str(exc)))
                continue
            out += written_page_problems(text, shown)
    return out


def written_page_problems(text: str, shown: str) -> list[PageProblem]:
    """The rules of a page people write, for `tasks.py check` and the build alike."""
    return meta_problems(text, shown) + heading_problems(text, shown)


def output_path(src: str, lang: str, default: str) -> str:
    """Where MkDocs (directory URLs) writes the page built from docs/<lang>/<src>."""
    return f"{language_prefix(lang, default)}{page_dir(src)}index.html"


def page_text(path: Path) -> str:
    """A page's text, or "" when it is not UTF-8: the page checks report that, by file and line,
    and the build stops at that report (hooks/parity.py) before anything else needs the text."""
    try:
        return read_utf8(path)
    except NotUtf8:
        return ""


def missing_page(docs_default: Path, page: str, agency_ids: object) -> str | None:
    """The message for a data file naming a page (a path in the default language's folder) that
    does not exist, or None. Agency pages count as existing when the agency does: they are
    written at build time."""
    if (docs_default / page).is_file() or agency_of(page) in agency_ids:
        return None
    return f"names '{page}', which is not a page in docs/{docs_default.name}/"


def expected_outputs(root: Path, agency_ids: set[str]) -> set[str]:
    """Every HTML page the build must produce: each written page and each agency, per language."""
    docs = root / "docs"
    languages = project_languages(root)
    return {
        output_path(src, lang, languages.default)
        for lang in languages.codes
        for src in site_pages(docs, lang, agency_ids)
    }


def page_titles(docs: Path, lang: str) -> dict[str, str]:
    """The front-matter title of every written page in one language, by path."""
    titles = {}
    for src in sorted(written_paths(docs, lang)):
        try:
            meta = read_front_matter(page_text(docs / lang / src))[0]
        except FrontMatterError:  # reported by the page checks
            continue
        titles[src] = str(meta.get("title", src))
    return titles


def checklist_pages(docs: Path, lang: str) -> dict[str, str]:
    """Which page shows each checklist, in reading order of the pages' paths."""
    placed: dict[str, str] = {}
    for src in sorted(written_paths(docs, lang)):
        for marker in find_markers(page_text(docs / lang / src)):
            if marker.kind == "checklist" and marker.args:
                placed.setdefault(marker.args[0], src)
    return placed


SKIP_TARGET = "guide-start"  # overrides/main.html puts it before the status notice (hooks/data.py)
_SKIP_LINK = re.compile(r'(<a href=")[^"]*(" class="md-skip">)')


def skip_to_start(html: str) -> str:
    """Point the theme's "Skip to content" link at the start of the page's content. The theme
    sends it to the first section heading, past the policy status, the introduction and the
    link to the page's checklist."""
    return _SKIP_LINK.sub(rf"\g<1>#{SKIP_TARGET}\g<2>", html, count=1)
