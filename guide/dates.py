"""Dates in the reader's language, via Babel (CLDR data), never hand-written month names or
patterns: a language's code (mkdocs.yml) is its locale, and CLDR holds each locale's patterns."""

from __future__ import annotations

import datetime as dt
import functools
import re

from babel.dates import format_date, format_skeleton, get_date_format, get_month_names
from babel.units import format_unit


# Cached: the agency pages and the calculator format the same few dates and lengths thousands
# of times, and Babel formats each from scratch.
@functools.cache
def long_date(day: dt.date, lang: str) -> str:
    """'November 25, 2026' / '25 de noviembre de 2026'."""
    return format_date(day, format="long", locale=lang)


@functools.cache  # every page that cites a source dates it: the same few hundred, again and again
def partial_date(value: str, lang: str, undated: str) -> str:
    """Format 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; `undated` is shown for 'undated'."""
    if value == "undated":
        return undated
    parts = value.split("-")
    if len(parts) == 3:
        return long_date(dt.date.fromisoformat(value), lang)
    if len(parts) == 2:
        return format_skeleton("yMMMM", dt.date(int(parts[0]), int(parts[1]), 1), locale=lang)
    return parts[0]


_UNITS = {"days": "duration-day", "months": "duration-month", "years": "duration-year"}


@functools.cache
def duration(amount: int, unit: str, lang: str) -> str:
    """'6 months' / '6 meses', '1 year' / '1 año': a deadline's length in the reader's language."""
    return format_unit(amount, _UNITS[unit], length="long", locale=lang)


@functools.cache
def other_date_order(lang: str) -> tuple[re.Pattern[str], str]:
    """A date written by hand in the other order than long_date writes it in `lang` ('1 July
    2025' in English, 'julio 1, 2025' in Spanish), and an example of the right way."""
    months = "|".join(get_month_names("wide", locale=lang).values())
    pattern = get_date_format("long", locale=lang).pattern
    if pattern.index("d") < pattern.index("M"):  # day first: flag the month written first
        wrong = rf"\b(?:{months}) \d{{1,2}},? \d{{4}}\b"
    else:  # month first: flag the day written first, with or without an ordinal ending
        wrong = rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:{months}) \d{{4}}\b"
    return re.compile(wrong, re.I), long_date(dt.date(2025, 7, 1), lang)
