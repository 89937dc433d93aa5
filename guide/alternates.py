"""The language alternates in each page's <head>, as search engines want them once the site has a
public address: absolute URLs, plus an x-default (the default language's page) for readers of any
other language. Without a public address (a local build) the theme's relative links stay."""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin

# How the theme writes each alternate (Material's base.html, pinned version).
ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([A-Za-z-]+)">')


def absolute_alternates(page_html: str, page_url: str, root: str | None, default: str) -> str:
    """`page_html` with its alternates absolute and an x-default after the default language's;
    unchanged when `root` (the public address) is None."""
    if root is None:
        return page_html
    here = urljoin(root, page_url.lstrip("/"))

    def absolute(match: re.Match) -> str:
        href = html.escape(urljoin(here, html.unescape(match.group(1))))
        lang = match.group(2)
        tag = f'<link rel="alternate" href="{href}" hreflang="{lang}">'
        if lang == default:
            tag += f'\n<link rel="alternate" href="{href}" hreflang="x-default">'
        return tag

    return ALTERNATE.sub(absolute, page_html)
