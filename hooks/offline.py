"""MkDocs adapter: write the service worker and the offline page once every language is built."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority

from guide.offline import write_offline_files
from guide.render import make_env
from guide.site import current


@event_priority(-160)  # after the i18n plugin (-100) and the search split (-150)
def on_post_build(config):
    if config.plugins["i18n"].building:
        return  # a nested per-language build; the site is not complete yet
    root = Path(config.config_file_path).resolve().parent
    env = make_env(root / "overrides" / "components")
    base_path = urlsplit(config.site_url or "/").path or "/"
    data = current(root)
    write_offline_files(Path(config.site_dir), env, data.ui, base_path, data.languages)
