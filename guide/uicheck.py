"""Rules for data/ui.yml that the build would otherwise meet as a traceback: every key a template
or the code asks for exists, placeholders are well formed and the same in every language, and the
quick-exit address is a real https address. Every language comes from mkdocs.yml.

The templates and code are read for literal keys (t("…") and .text("…") calls); keys built
from data (`t('role_' ~ item.role)`) are listed in `families` from the models' own choices, so a
new choice without its text is caught.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import get_args

from .agencies import CERTAINTIES
from .languages import Languages, english_name
from .lookback import not_after
from .models import (
    STATES,
    Agency,
    Change,
    Event,
    Filing,
    NoDeadline,
    Referral,
    Role,
    Source,
    UtCertification,
)

# Every {name} the code fills in a ui string.
PLACEHOLDERS = {
    "date",
    "visas",
    "n",
    "shown",
    "name",
    "event",
    "url",
    "done",
    "total",
    "length",
    "runs_from",
    "today",
    "title",
    "citation",
    "law",
}
# A key in `t("…")` (not `x.t(` nor `at(`), `.text("…")`, `guide_ui.…`, and a family `t('…' ~`
# (guide/lookback.py: each written word first, so the search over every file is fast).
_LITERAL = re.compile(
    "(?:" + not_after(r"[\w.]", "t") + r"""|\.text)\(\s*['"]([a-z0-9_-]+)['"]\s*[,)]"""
)
_GLOBAL = re.compile(not_after(r"\w", "guide_ui") + r"\.([a-z0-9_]+)")
_FAMILY = re.compile(not_after(r"\w", "t") + r"""\(\s*'([a-z0-9_]+)'\s*~""")
_HTTPS = re.compile(r"^https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/[^\s\"'<>]*)?$")


def _choices(model: type, field: str) -> list[str]:
    return list(get_args(model.model_fields[field].annotation))


def families(agency_states: set[str], languages: Languages) -> dict[str, list[str]]:
    """The keys each `t('prefix' ~ value)` in the templates can ask for."""
    return {
        "agency_level_": _choices(Agency, "level"),
        "agency_ut_": [c for c in _choices(UtCertification, "certifies") if c != "yes"],
        # One yes/no/unknown answer serves a filing detail and a U/T certification alike.
        "answer_": sorted(
            {*_choices(Filing, "asks_status"), *_choices(UtCertification, "certifies")}
        ),
        "calc_certainty_": list(CERTAINTIES),
        "certainty_": [c for c in _choices(Event, "certainty") if c != "confirmed"],
        "change_kind_": _choices(Change, "kind"),
        "deadline_reason_": _choices(NoDeadline, "reason"),
        "flow_": [f"{n}_{part}" for n in range(1, 6) for part in ("title", "text")],
        "referrals_": _choices(Referral, "kind"),
        "role_": [r.replace("-", "_") for r in get_args(Role)],
        "source_in_": list(languages.codes),
        "source_kind_": _choices(Source, "kind"),
        "state_": sorted(agency_states),
        "status_state_": list(STATES),
        "ut_visas_": ["u", "t", "t-u"],
    }


def used_keys(root: Path) -> Iterator[tuple[str, str]]:
    """(key, file that uses it) for every literal key in templates and code."""
    for folder, pattern in (("overrides", "*.*"), ("guide", "*.py"), ("hooks", "*.py")):
        for path in sorted((root / folder).rglob(pattern)):
            if path.suffix not in (".html", ".md", ".py", ".xml") or path.name == "uicheck.py":
                continue
            text = path.read_text(encoding="utf-8")
            for m in _LITERAL.finditer(text):
                yield m.group(1), path.relative_to(root).as_posix()
            for m in _GLOBAL.finditer(text):
                yield m.group(1), path.relative_to(root).as_posix()


def dynamic_prefixes(root: Path) -> Iterator[tuple[str, str]]:
    for path in sorted((root / "overrides").rglob("*.*")):
        if path.suffix in (".html", ".md"):
            for m in _FAMILY.finditer(path.read_text(encoding="utf-8")):
                yield m.group(1), path.relative_to(root).as_posix()


def ui_problems(
    root: Path, ui: dict, agency_states: set[str], languages: Languages
) -> Iterator[tuple[tuple, str]]:
    """(location in ui.yml, message) for each problem."""
    known = families(agency_states, languages)
    every = " and ".join(languages.codes)
    for key, where in sorted(set(used_keys(root))):
        if key not in ui:
            yield (key,), f"is missing: {where} uses it (add '{key}' with {every})"
    for prefix, where in sorted(set(dynamic_prefixes(root))):
        if prefix not in known:
            yield (
                (),
                (
                    f"{where} builds keys from '{prefix}…', which guide/uicheck.py `families` "
                    "does not list yet"
                ),
            )
            continue
        for value in known[prefix]:
            if prefix + value not in ui:
                yield (prefix + value,), f"is missing: {where} uses it (add it with {every})"
    default = languages.default
    for key, text in ui.items():
        fields = {}
        for lang in languages.codes:
            try:
                fields[lang] = {f for _, f, _, _ in string.Formatter().parse(text[lang]) if f}
            except ValueError as exc:
                yield (key, lang), f"has a stray brace: {exc} (write {{{{ or }}}} for a brace)"
                fields[lang] = set()
                continue
            for name in sorted(fields[lang] - PLACEHOLDERS):
                yield (
                    (key, lang),
                    (
                        f"has an unknown placeholder {{{name}}} "
                        f"(known: {', '.join(sorted(PLACEHOLDERS))})"
                    ),
                )
        for lang in languages.others:
            if fields[lang] != fields[default]:
                yield (
                    (key, lang),
                    (
                        f"has placeholders {sorted(fields[lang])}, the {english_name(default)} "
                        f"text has {sorted(fields[default])}"
                    ),
                )
    for lang in languages.codes:
        url = ui["quick_exit_url"].get(lang) if "quick_exit_url" in ui else ""
        if url and not _HTTPS.match(url):
            yield (
                ("quick_exit_url", lang),
                (f"must be a full https:// address of another site (got {url!r})"),
            )
