"""Dates in the reader's language, via Babel (CLDR data), never hand-written month names."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from babel.units import format_unit

_LOCALES = {"en": "en_US", "es": "es_US"}


def js_locale(lang: str) -> str:
    """The browser locale whose long dates match long_date: 'en-US', 'es-US'."""
    return _LOCALES[lang].replace("_", "-")


def long_date(day: dt.date, lang: str) -> str:
    """'November 25, 2026' / '25 de noviembre de 2026'."""
    return format_date(day, format="long", locale=_LOCALES[lang])


def partial_date(value: str, lang: str, undated: str) -> str:
    """Format 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; `undated` is shown for 'undated'."""
    if value == "undated":
        return undated
    parts = value.split("-")
    if len(parts) == 3:
        return long_date(dt.date.fromisoformat(value), lang)
    if len(parts) == 2:
        day = dt.date(int(parts[0]), int(parts[1]), 1)
        pattern = "MMMM y" if lang == "en" else "MMMM 'de' y"
        return format_date(day, format=pattern, locale=_LOCALES[lang])
    return parts[0]


_UNITS = {"days": "duration-day", "months": "duration-month", "years": "duration-year"}


def duration(amount: int, unit: str, lang: str) -> str:
    """'6 months' / '6 meses', '1 year' / '1 año': a deadline's length in the reader's language."""
    return format_unit(amount, _UNITS[unit], length="long", locale=_LOCALES[lang])
