"""MkDocs adapter: replace the markers in each page, then explain its abbreviations; build the
whole-guide page last, from its chapters' built HTML (guide/wholeguide.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.toc import AnchorLink

from guide.abbreviations import mark_abbreviations
from guide.htmlstash import HtmlStash
from guide.markers import MarkerError, replace_markers
from guide.pagecheck import written_text_problems
from guide.pages import (
    checklist_pages,
    is_generated,
    page_anchors,
    page_text,
    page_titles,
    split_front_matter,
)
from guide.render import PageRenderer
from guide.site import current
from guide.urls import in_language
from guide.wholeguide import (
    CHAPTERS,
    PLACEHOLDER,
    chapter_section,
    chapter_slug,
    contents_html,
    title_html,
)
from guide.wholeguide import MARKER as WHOLE_GUIDE
from hooks._common import PAGE_PROBLEMS, components_env, project_root

# Computed once per build pass (one pass per language), not once per page.
_pass: dict = {}


@dataclass
class _Chapter:
    """What the whole guide takes from a chapter's own page."""

    renderer: PageRenderer  # its citations, in its own numbering
    jump: str  # what only its own page has, before and after its text
    sources: str
    html: str = ""  # as Markdown made it, before abbreviations are explained
    toc: list | None = None


def on_pre_build(config):
    if not config.plugins["i18n"].building:  # a whole build starts, not one language's pass
        PAGE_PROBLEMS.clear()


def on_files(files, config):
    root = project_root(config)
    lang = config.plugins["i18n"].current_language
    _pass.update(
        env=components_env(config),
        placed=checklist_pages(root / "docs", lang),
        pages=page_anchors(root, lang, current(root).agencies),
        titles=page_titles(root / "docs", lang),
        expansions={
            term.abbr[lang]: term[lang].term
            for term in current(root).glossary.terms
            if term.abbr is not None
        },
        chapters={},
        whole_guide=None,
        stashes={},
        memo={},  # guide/render.py PageRenderer.memo: anew each pass, so `serve` sees edits
    )
    _build_whole_guide_last(files)
    return files


def _build_whole_guide_last(files) -> None:
    """MkDocs converts pages in the order of `files`: the whole-guide page goes last, so that
    every chapter is built when it is."""
    for file in list(files.documentation_pages()):
        if WHOLE_GUIDE.search(page_text(Path(file.abs_src_path))):
            files.remove(file)
            files.append(file)


def on_page_markdown(markdown, page, config, files):
    root = project_root(config)
    lang, src = page.file.locale, in_language(page.file.src_uri)
    shown = f"docs/{page.file.src_uri}"
    renderer = PageRenderer(
        _pass["env"], current(root), lang, src, _pass["placed"], _pass["titles"], memo=_pass["memo"]
    )
    source = page_text(Path(page.file.abs_src_path))
    # The same page rules as `python3 tasks.py check` (guide/pagecheck.py), same words, on the
    # same pages: not the agency pages, written from data, which is checked with its own lines
    # (and their built HTML is scanned like every page's, hooks/csp.py).
    problems = []
    if not is_generated(src):
        problems += written_text_problems(source, shown, lang, src, _pass["pages"], current(root))
    stash = _pass["stashes"][page.file.src_uri] = HtmlStash()  # put back in on_page_content
    jump = renderer.checklist_jump(markdown)
    whole_guide = WHOLE_GUIDE.search(markdown) is not None
    markdown = WHOLE_GUIDE.sub(PLACEHOLDER, markdown, count=1)  # filled in on_page_content
    renderers = stash.blocks_put_aside(renderer.renderers())
    try:
        body = replace_markers(markdown, renderers, shown, markdown_offset(source))
    except MarkerError as exc:
        problems += exc.problems
    if problems:  # said at the end of this language's pass (on_post_build), as `check` says them
        PAGE_PROBLEMS.extend(problems)
        del _pass["stashes"][page.file.src_uri]  # the page goes on as written, with nothing aside
        return markdown
    page.meta["guide_scripts"] = renderer.scripts  # overrides/main.html loads them
    page.meta["guide_whole_guide"] = whole_guide  # made of other pages (hooks/csp.py)
    sources = "" if whole_guide else renderer.page_sources()  # the whole guide's come last
    if whole_guide:
        _pass["whole_guide"] = renderer
    if src in CHAPTERS:
        _pass["chapters"][src] = _Chapter(renderer, jump, sources)
    jump, sources = (stash.put(html) if html else "" for html in (jump, sources))
    return jump + "\n\n" + body + "\n\n" + sources


def markdown_offset(source: str) -> int:
    """Lines of a page's source before the Markdown MkDocs hands to hooks: the front matter and
    the blank lines MkDocs strips after it (known before any marker is expanded, so lines are
    right on the whole-guide page too)."""
    _, body, offset = split_front_matter(source)
    return offset + len(body) - len(body.lstrip("\n"))


def on_page_content(html, page, config, files):
    stash = _pass["stashes"].pop(page.file.src_uri, HtmlStash())
    try:
        html = stash.restore(html)
    except ValueError as exc:
        raise PluginError(f"docs/{page.file.src_uri}: {exc}") from None
    page.present_anchor_ids |= stash.anchor_ids()  # for MkDocs' check of links to anchors
    chapter = _pass["chapters"].get(in_language(page.file.src_uri))
    if chapter is not None:
        chapter.html, chapter.toc = html, list(page.toc)
    if PLACEHOLDER in html and not PAGE_PROBLEMS:  # else a chapter is missing, and the build
        html = _whole_guide(html, page)  # stops at the end: the author edits the chapter
    return mark_abbreviations(html, _pass["expansions"])


@event_priority(-90)  # before the i18n plugin (-100) starts the next language's pass
def on_post_build(config):
    # At the end of the language pass that found them: every page of that language at once
    # (the next language's pass would stop on MkDocs' own warnings about the same pages).
    if PAGE_PROBLEMS:
        raise PluginError("\n".join(PAGE_PROBLEMS))


def _whole_guide(html: str, page) -> str:
    """The contents and every chapter where the marker was, then the sources they cite; the
    page's contents menu (its table of contents) gets each chapter's headings."""
    renderer, chapters, titles = _pass["whole_guide"], _pass["chapters"], _pass["titles"]
    missing = [src for src in CHAPTERS if src not in chapters or not chapters[src].html]
    if missing:
        raise PluginError(
            f"docs/{page.file.src_uri}: chapters not built before it: {missing} (a --dirty "
            "build converts only the pages that changed; build without it)"
        )
    slugs = {src: chapter_slug(src) for src in CHAPTERS}
    parts = [contents_html([(slugs[src], titles[src]) for src in CHAPTERS])]
    for src in CHAPTERS:
        chapter = chapters[src]
        content = _own_page_parts_removed(chapter, f"docs/{page.file.locale}/{src}")
        cited = chapter.renderer.cited
        try:
            parts.append(chapter_section(content, slugs[src], titles[src], cited, renderer.cite))
        except ValueError as exc:
            raise PluginError(f"docs/{page.file.locale}/{src}: {exc}") from None
        page.toc.items.append(_chapter_toc(chapter, slugs[src], titles[src]))
    # The sources list is raw HTML, as on every page: its heading is not in the contents menu.
    return html.replace(PLACEHOLDER, "\n".join(parts), 1) + "\n" + renderer.page_sources()


def _own_page_parts_removed(chapter: _Chapter, shown: str) -> str:
    """A chapter's HTML without its checklist jump and its own list of sources."""
    html = chapter.html.strip()
    for part, present in (
        (chapter.jump, html.startswith(chapter.jump)),
        (chapter.sources, html.endswith(chapter.sources)),
    ):
        if part and not present:  # Markdown passes raw HTML on as it is: a change in the theme?
            raise PluginError(f"{shown}: its built page changed what the whole guide removes")
    html = html.removeprefix(chapter.jump) if chapter.jump else html
    return html.removesuffix(chapter.sources) if chapter.sources else html


def _chapter_toc(chapter: _Chapter, slug: str, title: str) -> AnchorLink:
    """The chapter's entry in the whole guide's contents menu: its headings one level down."""

    def moved(link: AnchorLink) -> AnchorLink:
        copy = AnchorLink(link.title, f"{slug}-{link.id}", link.level + 1)
        copy.children = [moved(child) for child in link.children]
        return copy

    entry = AnchorLink(title_html(title), slug, 2)
    entry.children = [moved(link) for link in chapter.toc]
    return entry
