"""What changed in the guide: the entries of data/changes.yml, newest first, and their Atom feed.

The feed is written with the standard library's XML writer (Atom needs no more); tests parse it
with feedparser. Entry ids are tag: URIs, so they stay the same wherever the site is hosted.
"""

from __future__ import annotations

import datetime as dt
from xml.etree import ElementTree as ET

from .models import Change, Changes

ATOM = "http://www.w3.org/2005/Atom"
TAG = "tag:dale-guide.invalid,2026"  # stable, host-independent ids (RFC 4151)


def newest_first(changes: Changes) -> list[Change]:
    # sorted() is stable with reverse=True too: entries of one day keep their order in the file.
    return sorted(changes.entries, key=lambda c: c.date, reverse=True)


def anchor(change: Change) -> str:
    """The id of a change's entry on the changes page, which the feed links to."""
    return f"change-{change.id}"


def version_date(changes: Changes) -> dt.date:
    """The date of the newest change: the version a printed page comes from."""
    return max(c.date for c in changes.entries)


def _stamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def atom_feed(
    changes: Changes, lang: str, title: str, author: str, page_url: str, self_url: str
) -> str:
    """An Atom 1.0 document: one entry per change, linking to its place on the changes page."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": lang})

    def add(parent: ET.Element, name: str, text: str | None = None, **attrs: str) -> ET.Element:
        node = ET.SubElement(parent, f"{{{ATOM}}}{name}", attrs)
        node.text = text
        return node

    add(feed, "id", f"{TAG}:changes:{lang}")
    add(feed, "title", title)
    add(feed, "updated", _stamp(version_date(changes)))
    add(add(feed, "author"), "name", author)
    add(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    add(feed, "link", rel="alternate", type="text/html", href=page_url)
    for change in newest_first(changes):
        text = change[lang]
        entry = add(feed, "entry")
        add(entry, "id", f"{TAG}:change:{change.id}:{lang}")
        add(entry, "title", text.title)
        add(entry, "updated", _stamp(change.date))
        add(entry, "link", rel="alternate", type="text/html", href=f"{page_url}#{anchor(change)}")
        add(entry, "summary", text.text)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
