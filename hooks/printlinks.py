"""MkDocs adapter: the addresses that print on paper (guide/printlinks.py) — after each link to
another page of the guide, and in the print footer (`guide_print_address`, overrides/main.html)."""

from __future__ import annotations

import os

from guide.printlinks import mark_links, printable_address, published_root


def _root(config) -> str | None:
    # The public address only when SITE_URL was given; mkdocs.yml's fallback is a local one.
    return published_root(config.site_url) if os.environ.get("SITE_URL") else None


def on_page_content(html, page, config, files):
    return mark_links(html, page.url, _root(config))


def on_page_context(context, page, config, nav):
    context["guide_print_address"] = printable_address(page.url, _root(config))
    return context
