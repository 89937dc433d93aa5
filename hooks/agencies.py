"""MkDocs adapter: write the agency pages from data/agencies/ before anything reads docs/.

The pages are ordinary (git-ignored) Markdown files, so every MkDocs and i18n feature works on
them. Writing is idempotent, so `mkdocs serve` settles after one rebuild.
"""

from __future__ import annotations

from pathlib import Path

from guide.agencies import write_pages
from guide.render import make_env
from guide.site import current


def on_config(config):
    # Once per build (the first pass), after hooks/data.py loaded data/ and before
    # hooks/parity.py compares the two languages' pages, generated ones included.
    if config.plugins["i18n"].current_language is not None:
        return config
    root = Path(config.config_file_path).resolve().parent
    write_pages(root, make_env(root / "overrides" / "components"), current(root))
    return config
