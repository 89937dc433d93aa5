"""The whole guide on one page, for printing: a contents list, then every chapter in reading
order, generated from the chapter files themselves (never a copy).

`<!-- whole-guide -->` is expanded into the contents and the chapters' Markdown before the other
markers are rendered, so citations are numbered once for the whole guide and checklists appear
with boxes. The page's own text names the contents (a heading just above the marker).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from .pages import read_front_matter

MARKER = re.compile(r"^<!--\s*whole-guide\s*-->[ \t]*$", re.M)
CHAPTERS = (
    "what-still-works.md",
    "retaliation.md",
    "u-t-visas.md",
    "state-laws.md",
    "legal-help.md",
    "overview.md",
    "step-1.md",
    "step-2.md",
    "step-3.md",
    "step-4.md",
    "step-5.md",
    "team.md",
    "confidentiality.md",
    "policy-status.md",
    "grant-holders.md",
    "about.md",
)
# The menu's other pages are tools, look-ups and signposts, not chapters (a test holds both lists
# to the menu).
NOT_PRINTED = (
    "index.md",
    "changes.md",
    "agencies/index.md",
    "agencies/finder.md",
    "glossary.md",
    "sources.md",
    "progress.md",
    "quick-exit.md",
    "print.md",
    "for-organizers.md",
    "for-lawyers.md",
    "for-trainers.md",
    # Campaign tools print on their own sheets, from their own pages.
    "tools/index.md",
    "tools/deadlines.md",
    "tools/named-or-anonymous.md",
    "tools/first-meeting.md",
    "tools/intake-form.md",
    "tools/request-outline.md",
    "tools/contact-sheet.md",
    "tools/agency-log.md",
    "tools/case-timeline.md",
)
SAME_PAGE_LINK = re.compile(r"\]\(#([a-z0-9-]+)\)")
HEADING = re.compile(r"^(#{2,5})(\s.*?)\{\s*#([a-z0-9-]+)\s*\}\s*$", re.M)


def chapter_markdown(text: str, slug: str) -> str:
    """One chapter as a section: its title as a `##` heading, its headings one level down,
    and heading ids prefixed so they stay unique on the combined page."""
    meta, body, _ = read_front_matter(text)
    title = chapter_title(meta, slug)
    body = HEADING.sub(lambda m: f"#{m.group(1)}{m.group(2)}{{ #{slug}-{m.group(3)} }}", body)
    body = SAME_PAGE_LINK.sub(lambda m: f"](#{slug}-{m.group(1)})", body)
    return f"## {title} {{ #{slug} .guide-chapter }}\n\n{body.strip()}\n"


def chapter_title(meta: dict, slug: str) -> str:
    return meta.get("title", slug)


def contents_html(titles: list[tuple[str, str]]) -> str:
    """The printed contents: each chapter's title, linked to its section on the page."""
    items = "".join(
        f'<li><a href="#{slug}">{html.escape(title)}</a></li>\n' for slug, title in titles
    )
    return f'<ol class="guide-contents">\n{items}</ol>\n'


def expand(markdown: str, docs_lang: Path) -> str:
    """Replace the whole-guide marker with the contents and every chapter of that language."""
    if not MARKER.search(markdown):
        return markdown
    texts = {src: (docs_lang / src).read_text(encoding="utf-8") for src in CHAPTERS}
    slugs = {src: src.removesuffix(".md") for src in CHAPTERS}
    titles = [
        (slugs[src], chapter_title(read_front_matter(texts[src])[0], slugs[src]))
        for src in CHAPTERS
    ]
    parts = [contents_html(titles)] + [chapter_markdown(texts[src], slugs[src]) for src in CHAPTERS]
    return MARKER.sub(lambda _: "\n\n".join(parts), markdown, count=1)
