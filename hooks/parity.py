"""MkDocs adapter: fail the build when a translated page's structure differs from its original,
and tell readers of a translated page when the original was updated after the translation."""

from __future__ import annotations

import datetime as dt

from mkdocs.exceptions import PluginError

from guide.dates import long_date
from guide.parity import check_tree, original_changed_on, sections
from guide.site import current
from guide.urls import in_language, relative_url
from hooks._common import project_root

# Translated pages (docs/<lang>/<src>) whose original changed since they were translated: from
# the check that on_config runs once per build, read by every later pass.
_outdated: set[str] = set()


def on_config(config):
    if config.plugins["i18n"].current_language is not None:
        return config  # checked once, on the first (default language) pass
    report = check_tree(project_root(config))
    if report.structure:
        raise PluginError("Translation parity:\n" + "\n".join(report.lines()))
    _outdated.clear()
    _outdated.update(p.page for p in report.outdated)
    return config


def on_page_markdown(markdown, page, config, files):
    lang, default = page.file.locale, config.plugins["i18n"].default_language
    src = in_language(page.file.src_uri)
    if lang == default or f"docs/{lang}/{src}" not in _outdated:
        return markdown
    root = project_root(config)
    changed = original_changed_on(root, src, default)
    if changed is None:
        original = (root / "docs" / default / src).read_text(encoding="utf-8")
        changed = str(sections(original)[0].get("last_reviewed") or "")
    day = long_date(dt.date.fromisoformat(changed), lang) if changed else ""
    data = current(root)
    page.meta["guide_outdated"] = {
        "text": data.text("translation_outdated", lang).format(date=day),
        "link": data.text("translation_outdated_link", lang),
        "url": relative_url(f"{lang}/{src}", src),  # from /es/<page>/ to the original /<page>/
        "hreflang": default,
    }
    return markdown
