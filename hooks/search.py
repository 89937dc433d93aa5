"""MkDocs adapter: give the search plugin the site's languages and an index that parses pages
beside the build (guide/searchbeside.py), and after the i18n plugin has merged every language's
search entries, split them into one index per language, tuned with data/search.yml
(guide/search.py)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from guide.fork import BesideTheBuild
from guide.languages import project_languages
from guide.search import write_split
from guide.searchbeside import IndexedBeside
from guide.site import current
from hooks._common import project_root

_index: BesideTheBuild[IndexedBeside] = BesideTheBuild()


def on_config(config):
    # Search speaks the site's languages (the i18n list in mkdocs.yml), not a second list.
    search = next(p for name, p in config.plugins.items() if name.split("/")[-1] == "search")
    search.config.lang = list(project_languages(project_root(config)).codes)
    # Each language's pass: the plugin has just made its index; ours takes the same settings.
    _index.start(lambda: IndexedBeside(**search.search_index.config))
    search.search_index = _index.running
    return config


@event_priority(-150)  # after the i18n plugin's own on_post_build (-100), which merges
def on_post_build(config):
    i18n = config.plugins["i18n"]
    if i18n.building:  # a nested per-language build; the merge has not happened yet
        return
    others = [lang for lang in i18n.build_languages if lang != i18n.default_language]
    root = project_root(config)
    write_split(Path(config.site_dir), i18n.default_language, others, current(root).search)


def on_build_error(error):
    _index.stop()  # a copy still indexing a pass that stopped
