"""What the status notice on every page says, in one language."""

from __future__ import annotations

from dataclasses import dataclass

from .dates import long_date
from .loader import SiteData


@dataclass(frozen=True)
class StatusNotice:
    state: str
    label: str
    headline: str
    body: str
    checked: str  # "Last checked: November 25, 2026"
    checked_iso: str
    more: str


def status_notice(data: SiteData, lang: str) -> StatusNotice:
    status = data.status
    text = getattr(status, lang)
    checked = long_date(status.last_checked, lang)
    return StatusNotice(
        state=status.state,
        label=data.text("status_label", lang),
        headline=text.headline,
        body=text.body,
        checked=data.text("status_last_checked", lang).format(date=checked),
        checked_iso=status.last_checked.isoformat(),
        more=data.text("status_more", lang),
    )
