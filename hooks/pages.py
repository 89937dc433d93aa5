"""MkDocs adapter: give each page its 'last reviewed' line, and generated pages their edit link."""

from __future__ import annotations

from pathlib import Path

from markupsafe import escape

from guide.dates import long_date
from guide.pages import is_generated, page_text, skip_to_start, written_page_problems
from guide.site import current
from guide.urls import in_language
from hooks._common import PAGE_PROBLEMS, project_root


def on_page_markdown(markdown, page, config, files):
    # A page without its twin never gets here: hooks/parity.py stops the build first.
    building = config.plugins["i18n"].current_language
    # The same page rules and words as `python3 tasks.py check` (guide/pages.py), on the same
    # pages: not those written from data, whose data is checked with its own lines.
    if not is_generated(in_language(page.file.src_uri)):
        source = page_text(Path(page.file.abs_src_path))
        problems = written_page_problems(source, f"docs/{page.file.src_uri}")
        if problems:
            PAGE_PROBLEMS.extend(str(p) for p in problems)  # said at the pass's end (hooks/markers)
            return markdown
    reviewed = page.meta["last_reviewed"]
    data = current(project_root(config))
    page.meta["guide_reviewed"] = escape(
        data.text("last_reviewed", building).format(date=long_date(reviewed, building))
    )
    page.meta["guide_reviewed_iso"] = reviewed.isoformat()
    generated_from = page.meta.get("generated_from")
    if generated_from and page.edit_url:
        # A generated page is edited through its data file, not the Markdown written from it.
        page.edit_url = page.edit_url.split("/docs/", 1)[0] + "/" + generated_from
    return markdown


def on_config(config):
    # Without a repository there is nothing to edit: no edit_uri, so no "Edit" links or warnings.
    if not config.repo_url:
        config.edit_uri = None
    return config


def on_post_page(output, page, config):
    return skip_to_start(output)
