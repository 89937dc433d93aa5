"""MkDocs adapter: replace the markers in each page, then explain its abbreviations."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from guide.abbreviations import mark_abbreviations
from guide.markers import MarkerError, replace_markers
from guide.pagecheck import link_problems, marker_problems, source_problems
from guide.pages import (
    checklist_pages,
    is_generated,
    page_paths,
    page_text,
    page_titles,
    split_front_matter,
)
from guide.render import PageRenderer
from guide.site import current
from guide.terms import page_term_problems
from guide.urls import in_language
from guide.wholeguide import CHAPTERS, expand
from guide.wholeguide import MARKER as WHOLE_GUIDE
from hooks._common import components_env, project_root

# Computed once per build pass (one pass per language), not once per page.
_pass: dict = {}


def on_files(files, config):
    root = project_root(config)
    lang = config.plugins["i18n"].current_language
    _pass.update(
        env=components_env(config),
        placed=checklist_pages(root / "docs", lang),
        pages=page_paths(root / "docs", lang),
        titles=page_titles(root / "docs", lang),
        expansions={
            term.abbr[lang]: term[lang].term
            for term in current(root).glossary.terms
            if term.abbr is not None
        },
    )
    return files


def on_page_markdown(markdown, page, config, files):
    root = project_root(config)
    lang, src = page.file.locale, in_language(page.file.src_uri)
    shown = f"docs/{page.file.src_uri}"
    renderer = PageRenderer(
        _pass["env"], current(root), lang, src, _pass["placed"], _pass["titles"]
    )
    source = page_text(Path(page.file.abs_src_path))
    # The same page rules as `python3 tasks.py check` (guide/pagecheck.py), same words.
    problems = source_problems(source, shown)
    problems += link_problems(source, shown, lang, src, _pass["pages"])
    if not is_generated(source):  # agency pages: their data is checked with its own lines
        problems += page_term_problems(source, lang, current(root).terms, shown)
    if problems:
        raise PluginError("\n".join(problems))
    jump = renderer.checklist_jump(markdown)  # before the whole guide's chapters are added
    whole_guide = WHOLE_GUIDE.search(markdown)
    markdown = expand(markdown, root / "docs" / lang)  # the whole-guide page, if this is it
    offset = markdown_offset(source)
    try:
        body = replace_markers(markdown, renderer.renderers(), shown, offset)
    except MarkerError as exc:
        # A chapter's mistake, found on the whole guide, is named in the chapter's own file.
        chapters = _chapter_problems(root, lang) if whole_guide else []
        raise PluginError("\n".join(chapters) or str(exc)) from None
    page.meta["guide_scripts"] = renderer.scripts  # overrides/main.html loads them
    return jump + "\n\n" + body + "\n\n" + renderer.page_sources()


def markdown_offset(source: str) -> int:
    """Lines of a page's source before the Markdown MkDocs hands to hooks: the front matter and
    the blank lines MkDocs strips after it (known before any marker is expanded, so lines are
    right on the whole-guide page too)."""
    _, body, offset = split_front_matter(source)
    return offset + len(body) - len(body.lstrip("\n"))


def _chapter_problems(root: Path, lang: str) -> list[str]:
    """The whole guide's mistakes, named in the chapters where the author can fix them."""
    docs, out = root / "docs", []
    for chapter in CHAPTERS:
        text = page_text(docs / lang / chapter)
        renderer = PageRenderer(
            _pass["env"], current(root), lang, chapter, _pass["placed"], _pass["titles"]
        )
        out += marker_problems(renderer, text, f"docs/{lang}/{chapter}")
    return out


def on_page_content(html, page, config, files):
    return mark_abbreviations(html, _pass["expansions"])
