"""MkDocs adapter: fail the build when a Spanish page's structure differs from its English twin,
and tell readers of a Spanish page when the English was updated after the translation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mkdocs.exceptions import PluginError

from guide.dates import long_date
from guide.parity import check_tree, english_changed_on, fingerprint, sections
from guide.site import current
from guide.urls import page_dir, relative_url


def on_config(config):
    if config.plugins["i18n"].current_language is not None:
        return config  # checked once, on the first (English) pass
    report = check_tree(Path(config.config_file_path).resolve().parent)
    if report.structure:
        raise PluginError("Translation parity:\n" + "\n".join(report.lines()))
    return config


def on_page_markdown(markdown, page, config, files):
    if page.file.locale != "es" or page.meta.get("generated_from"):
        return markdown
    root = Path(config.config_file_path).resolve().parent
    src = page.file.src_uri.split("/", 1)[1]
    english = (root / "docs" / "en" / src).read_text(encoding="utf-8")
    if page.meta.get("translation_of") == fingerprint(english):
        return markdown
    changed = english_changed_on(root, src)
    if changed is None:
        changed = str(sections(english)[0].get("last_reviewed") or "")
    day = long_date(dt.date.fromisoformat(changed), "es") if changed else ""
    data = current(root)
    page.meta["guide_outdated"] = {
        "text": data.text("translation_outdated", "es").format(date=day),
        "link": data.text("translation_outdated_link", "es"),
        "url": _english_url(src),
    }
    return markdown


def _english_url(src: str) -> str:
    """From /es/<page>/ to the English /<page>/: up to the Spanish root, up once more, down."""
    to_root = relative_url(src, "index.md")
    return "../" + ("" if to_root == "./" else to_root) + page_dir(src)
