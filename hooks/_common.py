"""What every hook needs from MkDocs' config: the project's root and the components' templates.
Not a hook itself (mkdocs.yml does not list it)."""

from __future__ import annotations

import functools
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache

from guide.render import make_env


def project_root(config) -> Path:
    """The folder holding mkdocs.yml, data/, docs/ and overrides/."""
    return _folder_of(config.config_file_path)


@functools.cache  # asked for several times per page
def _folder_of(config_file: str) -> Path:
    return Path(config_file).resolve().parent


@functools.cache  # every language's pass reuses the compiled templates (Jinja still recompiles
def _env(components: Path) -> Environment:  # one that changed, so `mkdocs serve` sees edits)
    env = make_env(components)
    env.bytecode_cache = compiled_templates_cache()
    return env


def compiled_templates_cache() -> FileSystemBytecodeCache:
    """Compiled templates kept between builds (in the system's temporary folder, per user): a
    template is compiled again only when its text changes. A build compiles ~120 templates; this
    saves about a tenth of a build, and of every test that builds."""
    return FileSystemBytecodeCache()


def components_env(config) -> Environment:
    """The Jinja environment of overrides/components/, made once per project."""
    return _env(project_root(config) / "overrides" / "components")
