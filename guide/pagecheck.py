"""Everything the build checks in the pages, without a build: markers and the ids they name,
unsafe HTML, links to other pages, the step pages named in data, and translation parity.

`python3 tasks.py check` runs `page_problems`; the build runs the same functions page by page
(hooks/markers.py), so both report the same problem with the same words, at the author's file and
line. The whole-guide page (print.md) is never blamed: its chapters are checked one by one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from jinja2 import Environment

from .loader import SiteData
from .markers import MarkerError, replace_markers
from .models import LANGS
from .pages import (
    PageProblem,
    checklist_pages,
    is_generated,
    page_paths,
    page_titles,
    split_front_matter,
)
from .parity import check_tree
from .render import PageRenderer
from .safety import unsafe_html
from .wholeguide import MARKER as WHOLE_GUIDE
from .yamlfile import read_yaml

# A Markdown link or image to another page of the guide: [text](step-2.md#anchor).
_LINK = re.compile(r"\]\(\s*(?!https?:|mailto:|tel:|#)([^)\s#]+\.md)(#[^)\s]*)?\s*\)")


def source_problems(text: str, shown: str) -> list[str]:
    """Raw HTML in a page that could run code or send the reader away."""
    return [f"{shown}:{line}: {message}" for line, message in unsafe_html(text)]


def marker_problems(renderer: PageRenderer, text: str, shown: str) -> list[str]:
    """Render the page's markers as the build does; every unknown name, with its line."""
    _, body, offset = split_front_matter(text)
    if WHOLE_GUIDE.search(body):
        return []  # its chapters are checked as pages of their own
    try:
        replace_markers(body, renderer.renderers(), shown, offset)
    except MarkerError as exc:
        return list(exc.problems)
    return []


def link_problems(text: str, shown: str, lang: str, src: str, pages: set[str]) -> list[str]:
    """Links to pages that do not exist in this language (the build would stop on them)."""
    out = []
    folder = Path(src).parent
    for number, line in enumerate(text.splitlines(), 1):
        for m in _LINK.finditer(line):
            target = (folder / m.group(1)).as_posix()
            target = _normalize(target)
            if target not in pages:
                out.append(f"{shown}:{number}: links to '{m.group(1)}', which is not a page in "
                           f"docs/{lang}/")
    return out


def _normalize(path: str) -> str:
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


def step_page_problems(root: Path, data: SiteData) -> Iterator[str]:
    doc = read_yaml(root / "data" / "steps.yml", "data/steps.yml")
    pages = page_paths(root / "docs", "en")
    for i, step in enumerate(data.steps.steps):
        if step.page not in pages:
            line = doc.line(("steps", i, "page")) if hasattr(doc, "line") else 1
            yield (f"data/steps.yml:{line}: field 'steps[{i}].page' names '{step.page}', which is "
                   "not a page in docs/en/")


def renderer_for(env: Environment, data: SiteData, docs: Path, lang: str, src: str,
                 context: dict | None = None) -> PageRenderer:
    context = context or {"placed": checklist_pages(docs, lang), "titles": page_titles(docs, lang)}
    return PageRenderer(env, data, lang, src, context["placed"], context["titles"])


def page_problems(root: Path, data: SiteData, env: Environment) -> list[str]:
    """Every page problem the build would stop on, for both languages."""
    docs = root / "docs"
    out = [*step_page_problems(root, data)]
    # Parity; a missing twin or an unreadable page is reported by the front-matter checks.
    out += [str(p) for p in check_tree(root).structure if not isinstance(p, PageProblem)
            and "page is missing" not in str(p) and "has no English original" not in str(p)]
    for lang in LANGS:
        pages = page_paths(docs, lang)
        context = {"placed": checklist_pages(docs, lang), "titles": page_titles(docs, lang)}
        for src in sorted(pages):
            shown = f"docs/{lang}/{src}"
            try:
                text = (docs / lang / src).read_text(encoding="utf-8").lstrip("\ufeff")
            except UnicodeDecodeError:
                continue  # reported by the front-matter checks
            if is_generated(text):
                continue  # written from data, which the data checks cover with its own lines
            renderer = renderer_for(env, data, docs, lang, src, context)
            out += source_problems(text, shown)
            out += marker_problems(renderer, text, shown)
            out += link_problems(text, shown, lang, src, pages)
    return out
