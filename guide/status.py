"""Where the policy stands, in words: every state-dependent phrase comes from data/status.yml.

Authors write `[](status:KEY)` in a page or in any text of the data; it becomes the phrase KEY
for the current state, in the page's language, with {checked} (the date of the last check)
filled in. So a change of state or of check date is one edit in status.yml.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from dataclasses import dataclass

from .dates import long_date
from .markers import STATUS as MARK
from .models import SiteData, Status
from .urls import language_prefix, page_dir

PLACEHOLDERS = {"checked"}
NOTICE_PHRASES = ("headline", "body")  # the notice on every page needs these
# Pages that show the whole notice on screen. Every other page shows it on one line (headline,
# date, link) so a phone's first screen reaches the page's own heading; print shows it whole.
POLICY_PAGE = "policy-status.md"  # where "What this means" leads
FULL_NOTICE_PAGES = ("index.md", POLICY_PAGE)


class UnknownPhrase(KeyError):
    """A `[](status:KEY)` whose KEY is not in status.yml."""


def phrase(status: Status, key: str, lang: str) -> str:
    texts = status.phrases.get(key)
    if texts is None:
        known = ", ".join(sorted(status.phrases))
        raise UnknownPhrase(f"status phrase '{key}' (known: {known})")
    text = getattr(texts, status.state).get(lang)
    return text.format(checked=long_date(status.last_checked, lang))


def expand(text: str, status: Status, lang: str) -> str:
    """Replace every `[](status:KEY)` in `text`; raises UnknownPhrase for an unknown KEY."""
    return MARK.sub(lambda m: phrase(status, m.group(1), lang), text)


def phrase_problems(status: Status) -> Iterator[tuple[tuple, str]]:
    """(location in status.yml, message) for each phrase that cannot be rendered."""
    for key in NOTICE_PHRASES:
        if key not in status.phrases:
            yield ("phrases",), f"needs the phrase '{key}' (the notice on every page uses it)"
    for key, texts in status.phrases.items():
        for state, by_lang in texts.as_written().items():
            for lang, text in by_lang.items():
                for _, field, _, _ in string.Formatter().parse(text):
                    if field is not None and field not in PLACEHOLDERS:
                        yield (
                            ("phrases", key, state, lang),
                            f"uses {{{field}}}; the only placeholder is {{checked}}",
                        )
                if MARK.search(text):
                    yield ("phrases", key, state, lang), "must not contain a [](status:…) marker"


@dataclass(frozen=True)
class StatusNotice:
    state: str
    label: str
    headline: str
    body: str
    checked: str  # "Last checked: November 25, 2026"
    checked_iso: str
    more: str
    compact: bool


def status_notice(data: SiteData, lang: str, page: str) -> StatusNotice:
    """The notice for `page` (a path in the language folder, e.g. "step-2.md")."""
    status = data.status
    return StatusNotice(
        state=status.state,
        label=data.text("status_label", lang),
        headline=phrase(status, "headline", lang),
        body=phrase(status, "body", lang),
        checked=data.text("status_last_checked", lang, date=long_date(status.last_checked, lang)),
        checked_iso=status.last_checked.isoformat(),
        more=data.text("status_more", lang),
        compact=page not in FULL_NOTICE_PAGES,
    )


HAND_DATED = (
    "writes the date of the last check ('{date}') by hand: use a [](status:KEY) phrase "
    "(data/status.yml)"
)


def hand_dated(text: str, status: Status, lang: str) -> Iterator[tuple[int, str]]:
    """(offset, message) where `text` writes the date of the last check by hand: it belongs
    in a [](status:KEY) phrase, so the next check changes one line of status.yml."""
    written = long_date(status.last_checked, lang)
    for at in _all(text, written):
        yield at, HAND_DATED.format(date=written)


def hand_dated_problems(text: str, status: Status, lang: str, shown: str) -> list[str]:
    """As `hand_dated`, for a page: `shown:line: message`."""
    return [
        f"{shown}:{text.count(chr(10), 0, at) + 1}: {message}"
        for at, message in hand_dated(text, status, lang)
    ]


def _all(text: str, part: str) -> Iterator[int]:
    at = text.find(part)
    while at != -1:
        yield at
        at = text.find(part, at + 1)


def every_language(data: SiteData, home: str) -> list[dict]:
    """The notice's one line in every language, the default first, for the pages that speak them
    all (the 404 and offline pages), each linking to its language's policy page under `home`
    (the site's root, ending in "/", or "" where a <base> names it)."""
    return [
        {
            "lang": lang,
            "notice": status_notice(data, lang, ""),
            "url": home + language_prefix(lang, data.languages.default) + page_dir(POLICY_PAGE),
        }
        for lang in data.languages.codes
    ]
