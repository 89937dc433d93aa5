"""MkDocs adapter: fail the build when a Spanish page's structure differs from its English twin,
and tell readers of a Spanish page when the English was updated after the translation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mkdocs.exceptions import PluginError

from guide.dates import long_date
from guide.parity import check_tree, english_changed_on, sections
from guide.site import current
from guide.urls import in_language, relative_url

# Spanish pages (docs/es/<src>) whose English changed since they were translated: from the check
# that on_config runs once per build, read by every later pass.
_outdated: set[str] = set()


def on_config(config):
    if config.plugins["i18n"].current_language is not None:
        return config  # checked once, on the first (English) pass
    report = check_tree(Path(config.config_file_path).resolve().parent)
    if report.structure:
        raise PluginError("Translation parity:\n" + "\n".join(report.lines()))
    _outdated.clear()
    _outdated.update(p.es.removeprefix("docs/es/") for p in report.outdated)
    return config


def on_page_markdown(markdown, page, config, files):
    if page.file.locale != "es":
        return markdown
    src = in_language(page.file.src_uri)
    if src not in _outdated:
        return markdown
    root = Path(config.config_file_path).resolve().parent
    changed = english_changed_on(root, src)
    if changed is None:
        english = (root / "docs" / "en" / src).read_text(encoding="utf-8")
        changed = str(sections(english)[0].get("last_reviewed") or "")
    day = long_date(dt.date.fromisoformat(changed), "es") if changed else ""
    data = current(root)
    page.meta["guide_outdated"] = {
        "text": data.text("translation_outdated", "es").format(date=day),
        "link": data.text("translation_outdated_link", "es"),
        # From /es/<page>/ to the English /<page>/.
        "url": relative_url(f"es/{src}", src),
    }
    return markdown
