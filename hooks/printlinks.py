"""MkDocs adapter: the site's public addresses where they are written out — on paper after each
link to another page of the guide and in the print footer (guide/printlinks.py,
`guide_print_address` in overrides/main.html), and in each page's language alternates
(guide/alternates.py)."""

from __future__ import annotations

from guide.alternates import absolute_alternates
from guide.printlinks import mark_links, printable_address, site_root


def on_page_content(html, page, config, files):
    return mark_links(html, page.url, site_root(config.site_url))


def on_page_context(context, page, config, nav):
    context["guide_print_address"] = printable_address(page.url, site_root(config.site_url))
    return context


def on_post_page(output, page, config):
    default = config.plugins["i18n"].default_language
    return absolute_alternates(output, page.url, site_root(config.site_url), default)
