"""The site's languages, read from the one place they are listed: the i18n plugin's `languages:`
in mkdocs.yml. Code, templates, data checks and tests loop over these; none names a language.

A language listed with `build: true` is complete: every page and every data text exists in it,
or `tasks.py check` and the build stop and name each gap. A language listed with `build: false`
is work in progress: its texts are allowed in data but not required, and nothing is built for it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml
from babel import Locale
from ruamel.yaml.error import YAMLError as RuamelYAMLError

from .yamlfile import syntax_error, yaml_loader


@dataclass(frozen=True)
class Language:
    code: str  # the i18n locale: the docs/ folder, the URL prefix, the key of texts in data
    name: str  # in its own language, as the language switch shows it
    default: bool
    build: bool


@dataclass(frozen=True)
class Languages:
    listed: tuple[Language, ...]  # the default first

    # Cached: the data checks ask for these once per text of every file.
    @functools.cached_property
    def codes(self) -> tuple[str, ...]:
        """The languages the site is built in, the default first."""
        return tuple(lang.code for lang in self.listed if lang.build)

    @property
    def default(self) -> str:
        return self.listed[0].code

    @property
    def others(self) -> tuple[str, ...]:
        """The built languages that are translations of the default one."""
        return self.codes[1:]

    @functools.cached_property
    def allowed(self) -> frozenset[str]:
        """Keys a text in data may have: every listed language, built or not."""
        return frozenset(lang.code for lang in self.listed)


@functools.cache  # Babel parses the locale on every call; parity asks once per page
def english_name(code: str) -> str:
    """'Spanish' for 'es': contributors' messages are in English (names from CLDR, via Babel)."""
    return Locale.parse(code).english_name


class ConfigError(ValueError):
    """mkdocs.yml cannot give the languages: said in one line naming the file (and its line)."""


class _Loader(yaml.SafeLoader):
    """mkdocs.yml with its !ENV and !!python tags read as nothing: only the languages matter."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def read_languages(config_file: Path) -> Languages:
    """The languages of the i18n plugin in `config_file` (a mkdocs.yml), the default first."""
    if not config_file.is_file():
        raise ConfigError(f"{config_file.name} is missing: it lists the site's languages")
    return _read(config_file.resolve(), config_file.stat().st_mtime_ns)


@functools.cache
def _read(config_file: Path, _mtime: int) -> Languages:  # re-read when the file changes
    text = config_file.read_text(encoding="utf-8")
    try:
        config = yaml.load(text, Loader=_Loader) or {}  # noqa: S506
    except yaml.YAMLError as exc:
        raise ConfigError(f"{config_file.name}:{_syntax_problem(text, exc)}") from None
    entries = next(
        (
            p["i18n"]["languages"]
            for p in config.get("plugins") or []
            if isinstance(p, dict) and "i18n" in p
        ),
        None,
    )
    if not entries:
        raise ConfigError(f"{config_file.name}: the i18n plugin lists no languages")
    listed = [
        Language(
            code=e["locale"],
            name=e.get("name", e["locale"]),
            default=bool(e.get("default")),
            build=e.get("build", True) is not False,
        )
        for e in entries
    ]
    listed.sort(key=lambda lang: not lang.default)  # stable: the rest keep their order
    if not listed[0].default:
        raise ConfigError(f"{config_file.name}: no i18n language is marked default: true")
    return Languages(tuple(listed))


def _syntax_problem(text: str, exc: yaml.YAMLError) -> str:
    """'LINE: is not valid YAML: what', worded as for data/ (ruamel names where it starts)."""
    try:
        yaml_loader("rt").load(text)
    except RuamelYAMLError as ruamel_exc:
        line, problem = syntax_error(ruamel_exc, text)
        return f"{line + 1}: is not valid YAML: {problem}"
    return f" is not valid YAML: {str(exc).splitlines()[0]}"


def project_languages(root: Path) -> Languages:
    return read_languages(root / "mkdocs.yml")
