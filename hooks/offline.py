"""MkDocs adapter: write the service worker and the offline page once every language is built."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority

from guide.offline import write_offline_files
from guide.site import current
from hooks._common import components_env, project_root


@event_priority(-160)  # after the i18n plugin (-100) and the search split (-150)
def on_post_build(config):
    if config.plugins["i18n"].building:
        return  # a nested per-language build; the site is not complete yet
    root = project_root(config)
    env = components_env(config)
    base_path = urlsplit(config.site_url or "/").path or "/"
    write_offline_files(
        Path(config.site_dir), env, current(root), base_path, root / "overrides" / "sw.js"
    )
