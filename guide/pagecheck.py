"""Everything the build checks in the pages, without a build: markers and the ids they name,
unsafe HTML, links to other pages, the step pages named in data, and translation parity.

`python3 tasks.py check` runs `page_problems`; the build runs the same functions page by page
(hooks/markers.py), so both report the same problem with the same words, at the author's file and
line. The whole-guide page (print.md) is never blamed: its chapters are checked one by one.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from pathlib import Path

from jinja2 import Environment

from .markers import MarkerError, replace_markers
from .models import SiteData
from .pages import (
    checklist_pages,
    missing_page,
    page_anchors,
    page_text,
    page_titles,
    split_front_matter,
    written_paths,
)
from .parity import Problem, check_tree
from .render import PageRenderer
from .safety import unsafe_html
from .status import hand_dated_problems
from .terms import page_term_problems
from .wholeguide import MARKER as WHOLE_GUIDE
from .yamlfile import YamlDoc, dotted, read_yaml

# A Markdown link or image to another page of the guide: [text](step-2.md#anchor).
_LINK = re.compile(r"\]\(\s*(?!https?:|mailto:|tel:|#)([^)\s#]+\.md)(#[^)\s]+)?\s*\)")
_SAME_PAGE = re.compile(r"\]\(\s*#([^)\s]+)\s*\)")  # [text](#id): a part of this page


def source_problems(text: str, shown: str) -> list[str]:
    """Raw HTML in a page that could run code or send the reader away."""
    return [f"{shown}:{line}: {message}" for line, message in unsafe_html(text)]


def rendered_body(renderer: PageRenderer, text: str, shown: str) -> str:
    """The page's Markdown after its front matter, each marker replaced by what it renders, as
    the build does (the whole-guide marker, which the build fills from the chapters, removed).
    Raises MarkerError naming every unknown name with its line."""
    _, body, offset = split_front_matter(text)
    return replace_markers(WHOLE_GUIDE.sub("", body), renderer.renderers(), shown, offset)


def marker_problems(renderer: PageRenderer, text: str, shown: str) -> list[str]:
    """Render the page's markers as the build does; every unknown name, with its line. (A
    renderer made with `names_only` skips the markers that take no arguments: they name
    nothing.)"""
    try:
        rendered_body(renderer, text, shown)
    except MarkerError as exc:
        return list(exc.problems)
    return []


def link_problems(
    text: str, shown: str, lang: str, src: str, pages: dict[str, frozenset[str]]
) -> list[str]:
    """Links to pages that do not exist in this language, or to a part of a page that is not
    one of its written ids (`pages`: guide.pages.page_anchors)."""
    out = []
    folder = Path(src).parent
    for number, line in enumerate(text.splitlines(), 1):
        for m in _LINK.finditer(line):
            target, anchor = posixpath.normpath((folder / m.group(1)).as_posix()), m.group(2)
            if target not in pages:
                out.append(
                    f"{shown}:{number}: links to '{m.group(1)}', which is not a page in "
                    f"docs/{lang}/"
                )
            elif anchor and anchor[1:] not in pages[target]:
                out.append(_no_anchor(shown, number, m.group(1) + anchor, target, anchor))
        for m in _SAME_PAGE.finditer(line):
            if m.group(1) not in pages.get(src, ()):
                out.append(_no_anchor(shown, number, "#" + m.group(1), src, "#" + m.group(1)))
    return out


def _no_anchor(shown: str, number: int, link: str, target: str, anchor: str) -> str:
    return (
        f"{shown}:{number}: links to '{link}', but {target} has no {{ {anchor} }}: "
        "link to one of its heading ids"
    )


def step_page_problems(root: Path, data: SiteData) -> Iterator[str]:
    """The step pages named in steps.yml (checked here, with the pages, not when data loads)."""
    doc = read_yaml(root / "data" / "steps.yml", "data/steps.yml")
    for i, step in enumerate(data.steps.steps):
        message = missing_page(root / "docs" / data.languages.default, step.page, data.agencies)
        if message:
            loc = ("steps", i, "page")
            line = doc.line(loc) if isinstance(doc, YamlDoc) else 1
            yield f"data/steps.yml:{line}: field '{dotted(loc)}' {message}"


def page_problems(root: Path, data: SiteData, env: Environment) -> list[str]:
    """Every page problem the build would stop on, in every language."""
    docs = root / "docs"
    out = [*step_page_problems(root, data)]
    # Parity, for pairs that exist and read: a missing twin or an unreadable page is reported by
    # the front-matter checks already.
    out += [
        str(p)
        for p in check_tree(root).structure
        if isinstance(p, Problem) and (root / p.page).is_file() and (root / p.original).is_file()
    ]
    for lang in data.languages.codes:
        pages = page_anchors(root, lang, data.agencies)
        placed, titles = checklist_pages(docs, lang), page_titles(docs, lang)
        # Not the pages written from data, which the data checks cover with its own lines.
        for src in sorted(written_paths(docs, lang)):
            shown = f"docs/{lang}/{src}"
            text = page_text(docs / lang / src)  # "" when not UTF-8: reported by the meta checks
            renderer = PageRenderer(env, data, lang, src, placed, titles, names_only=True)
            out += marker_problems(renderer, text, shown)
            out += written_text_problems(text, shown, lang, src, pages, data)
    return out


def written_text_problems(
    text: str, shown: str, lang: str, src: str, pages: dict[str, frozenset[str]], data: SiteData
) -> list[str]:
    """A written page's own rules, besides its markers: for `tasks.py check` and the build."""
    return [
        *source_problems(text, shown),
        *link_problems(text, shown, lang, src, pages),
        *page_term_problems(text, lang, data.terms, shown),
        *hand_dated_problems(text, data.status, lang, shown),
    ]
