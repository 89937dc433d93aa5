"""MkDocs adapter: write each language's Atom feed of what changed, once the site is complete."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.plugins import event_priority

from guide.changes import atom_feed
from guide.site import current
from guide.urls import language_prefix
from hooks._common import project_root


@event_priority(-170)  # after the i18n plugin has built every language
def on_post_build(config):
    i18n = config.plugins["i18n"]
    if i18n.building:
        return  # a nested per-language build; the site is not complete yet
    root = project_root(config)
    data = current(root)
    for lang in data.languages.codes:
        prefix = language_prefix(lang, i18n.default_language)
        # Absolute addresses when the published address is known; else relative to the feed.
        base = f"{config.site_url}{prefix}" if os.environ.get("SITE_URL") else ""
        xml = atom_feed(
            data.changes,
            lang,
            title=data.text("changes_feed_title", lang),
            author=data.text("changes_author", lang),
            page_url=f"{base}changes/",
            self_url=f"{base}feed.xml",
        )
        (Path(config.site_dir) / prefix / "feed.xml").write_text(xml, encoding="utf-8")
