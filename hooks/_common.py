"""What every hook needs from MkDocs' config: the project's root and the components' templates;
and what one hook gathers for another. Not a hook itself (mkdocs.yml does not list it)."""

from __future__ import annotations

import functools
from pathlib import Path

from jinja2 import Environment

from guide.render import make_env

# Every element, attribute name and value (and each word of one) in the pages built so far: the
# safety scan (hooks/csp.py, the last hook to see each page) gathers them as it reads each page as
# deployed, for the theme stylesheet's purge (hooks/assets.py). Emptied when a build starts.
PAGE_NAMES: set[str] = set()
# What the page hooks (hooks/pages.py, hooks/markers.py) found wrong in the pages built so far,
# one line each: said together at the end of the language's pass (hooks/markers.py), so an
# author sees every page mistake of a language in one build. Emptied when a build starts.
PAGE_PROBLEMS: list[str] = []


def project_root(config) -> Path:
    """The folder holding mkdocs.yml, data/, docs/ and overrides/."""
    return _folder_of(config.config_file_path)


@functools.cache  # asked for several times per page
def _folder_of(config_file: str) -> Path:
    return Path(config_file).resolve().parent


@functools.cache  # every language's pass reuses the compiled templates (Jinja still recompiles
def _env(components: Path) -> Environment:  # one that changed, so `mkdocs serve` sees edits)
    return make_env(components)


def components_env(config) -> Environment:
    """The Jinja environment of overrides/components/, made once per project."""
    return _env(project_root(config) / "overrides" / "components")
