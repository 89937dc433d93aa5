"""Where a link goes, written out for paper.

On paper a link is only its text, so a link to another page of the guide carries the address it
leads to (`data-print-href`), which the print style sheet writes after the link text. The address
is the page's full URL when the site's public address is known (SITE_URL at build time), and
otherwise the path from the site's root (`/es/step-1/`): a local preview address such as
127.0.0.1 means nothing to someone holding the sheet.
"""

from __future__ import annotations

import html
import os
import re
from urllib.parse import urljoin, urlsplit

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "0.0.0.0"}
# An <a> with an href; the attribute is added right after "<a".
LINK = re.compile(r'<a\s(?=[^>]*?\bhref="([^"]*)")')
# Anything with a scheme (http:, mailto:, tel:…) or a host of its own is not a page of the guide.
ELSEWHERE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)


def published_root(site_url: str | None) -> str | None:
    """The site's public address ("https://example.org/guide/"), or None when none was given:
    no site_url, or the local default that mkdocs.yml falls back to without SITE_URL."""
    if not site_url:
        return None
    parts = urlsplit(site_url)
    if not parts.scheme or (parts.hostname or "").lower() in LOCAL_HOSTS:
        return None
    return site_url.rstrip("/") + "/"


def site_root(site_url: str | None) -> str | None:
    """The public address when the builder gave one (SITE_URL); mkdocs.yml's fallback is local."""
    return published_root(site_url) if os.environ.get("SITE_URL") else None


def printable_address(page_url: str, root: str | None) -> str:
    """What paper says for a page of the site (`page_url` as MkDocs gives it: "es/step-2/")."""
    path = page_url.lstrip("/")
    return root + path if root else "/" + path


def link_destination(href: str, page_url: str, root: str | None) -> str | None:
    """The printed address of a link on the page at `page_url`, or None when it needs none:
    a link elsewhere (which prints its own href) or to a place on the same page."""
    if not href or href.startswith("#") or ELSEWHERE.match(href):
        return None
    here = "/" + page_url.lstrip("/")
    # The page, not the place on it: a reader types the page's address, and finds the heading.
    target = urlsplit(urljoin(here, href)).path
    if target == here:
        return None
    return printable_address(target, root)


def mark_links(page_html: str, page_url: str, root: str | None) -> str:
    """Give every link to another page of the site its printed address."""

    def mark(match: re.Match) -> str:
        destination = link_destination(html.unescape(match.group(1)), page_url, root)
        if destination is None:
            return match.group(0)
        return f'<a data-print-href="{html.escape(destination)}" '

    return LINK.sub(mark, page_html)
