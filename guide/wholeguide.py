"""The whole guide on one page, for printing: a contents list, then every chapter in reading
order, made from the chapters' own built HTML (never a copy, and never converted twice).

`<!-- whole-guide -->` becomes a placeholder; once every chapter is built, the placeholder becomes
the contents and each chapter as a section: its title as a heading, its headings one level down
with ids prefixed so they stay unique on the combined page, its citations numbered again, once for
the whole guide. The page's own text names the contents (a heading just above the marker).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

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
# What the marker leaves in the page's Markdown: raw HTML, which Markdown passes on untouched.
PLACEHOLDER = '<div class="guide-whole-guide"></div>'
_HEADING_TAG = re.compile(r"<(/?)h([2-5])\b")
_HEADING_ID = re.compile(r'(<h[3-6]\b[^>]*\bid=")([^"]+)"')
_SAME_PAGE_LINK = re.compile(r'href="#([^"]+)"')
# A citation as cite.html writes it; its links name the numbers of the chapter's own list.
_CITATION = re.compile(r'<sup class="guide-cite">.*?</sup>', re.S)
_CITED_NUMBER = re.compile(r'href="#ref-(\d+)"')


def chapter_section(
    content: str, slug: str, title: str, cited: list[str], cite: Callable[[tuple], str]
) -> str:
    """A chapter's built HTML (its own page's, without what only that page has) as a section of
    the whole guide. `cited` is the chapter's source list, in its numbering; `cite` renders a
    citation of those sources in the whole guide's numbering."""
    content = _HEADING_TAG.sub(lambda m: f"<{m[1]}h{int(m[2]) + 1}", content)
    ids = {m[2] for m in _HEADING_ID.finditer(content)}
    content = _HEADING_ID.sub(lambda m: f'{m[1]}{slug}-{m[2]}"', content)
    content = _SAME_PAGE_LINK.sub(
        lambda m: f'href="#{slug}-{m[1]}"' if m[1] in ids else m[0], content
    )
    outside = len(_CITED_NUMBER.findall(_CITATION.sub("", content)))
    if outside:  # a number the whole guide would not renumber would point at the wrong source
        raise ValueError(f"{outside} link(s) to its sources outside a citation (cite.html)")
    content = _CITATION.sub(
        lambda m: cite(tuple(cited[int(n) - 1] for n in _CITED_NUMBER.findall(m[0]))), content
    )
    heading = f'<h2 class="guide-chapter" id="{slug}">{title_html(title)}</h2>'
    return f"{heading}\n{content.strip()}\n"


def title_html(title: str) -> str:
    """A chapter's title (plain text, from its front matter) as HTML text."""
    return html.escape(title, quote=False)


def contents_html(titles: list[tuple[str, str]]) -> str:
    """The printed contents: each chapter's title, linked to its section on the page."""
    items = "".join(
        f'<li><a href="#{slug}">{title_html(title)}</a></li>\n' for slug, title in titles
    )
    return f'<ol class="guide-contents">\n{items}</ol>\n'


def chapter_slug(src: str) -> str:
    return src.removesuffix(".md")
