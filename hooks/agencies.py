"""MkDocs adapter: write the agency pages from data/agencies/ before anything reads docs/.

The pages are ordinary (git-ignored) Markdown files, so every MkDocs and i18n feature works on
them. Writing is idempotent, so `mkdocs serve` settles after one rebuild.
"""

from __future__ import annotations

from guide.agencies import write_pages
from guide.site import current
from hooks._common import components_env, project_root


def on_config(config):
    # Once per build (the first pass), after hooks/data.py loaded data/ and before
    # hooks/parity.py compares the two languages' pages, generated ones included.
    if config.plugins["i18n"].current_language is not None:
        return config
    root = project_root(config)
    write_pages(root, components_env(config), current(root))
    return config
