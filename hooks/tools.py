"""MkDocs adapter: write each template's blank CSV beside its page, in every language."""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from guide.site import current
from guide.tools import blank_csv, csv_name
from guide.urls import language_prefix
from hooks._common import project_root


@event_priority(-170)  # after the i18n plugin has built every language
def on_post_build(config):
    i18n = config.plugins["i18n"]
    if i18n.building:
        return  # a nested per-language build; the site is not complete yet
    data = current(project_root(config))
    for lang in data.languages.codes:
        folder = Path(config.site_dir) / language_prefix(lang, i18n.default_language) / "tools"
        folder.mkdir(parents=True, exist_ok=True)
        for template in data.templates.values():
            (folder / csv_name(template)).write_text(
                blank_csv(template, lang), encoding="utf-8", newline=""
            )
