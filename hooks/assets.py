"""MkDocs adapter: each page links only the scripts it uses, its tables come wrapped as the
theme's script would wrap them, the theme's stylesheets become one file of the rules the site
uses (parsed beside the build from its start, guide/assets.py ThemeStylesheet), the theme's
icons are drawn from one file (guide/icons.py), our scripts, stylesheets and pages are minified
(guide/minify.py), and files no reader downloads are not deployed (guide/assets.py).
GUIDE_KEEP_UNUSED_ASSETS=1 deploys the theme's source maps and every search language anyway.
`mkdocs serve` keeps our files and pages readable, for whoever is editing them."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.plugins import event_priority

from guide.assets import (
    ThemeStylesheet,
    linked_theme_css,
    minify_ours,
    page_scripts,
    prewrapped_tables,
    theme_stylesheets,
    unused_files,
    way_to_root,
)
from guide.fork import BesideTheBuild
from guide.icons import linked_icons, named_icons, write_sprite
from guide.minify import collapsed_html
from hooks._common import PAGE_NAMES

_serving = False
# Every theme icon the pages built so far draw (id -> viewBox, drawing): the icons file holds
# them. Emptied when a whole build starts, not at each language's pass.
_icons: dict[str, tuple[str, str]] = {}
# The theme's stylesheets, parsed beside the build from its start, purged at its end.
_theme: BesideTheBuild[ThemeStylesheet] = BesideTheBuild()


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_pre_build(config):
    if config.plugins["i18n"].building:
        return  # one language's pass of a build already started
    _icons.clear()
    _theme.start(lambda: ThemeStylesheet(config.theme.dirs))


def on_post_page(output, page, config):
    return _deployed(prewrapped_tables(page_scripts(output)))


def on_post_template(output_content, template_name, config):
    if not template_name.endswith(".html"):
        return output_content
    return _deployed(page_scripts(output_content))


def _deployed(page_html: str) -> str:
    if _serving:
        return page_html
    up = way_to_root(page_html)
    if up is not None:
        page_html = linked_icons(page_html, up, _icons)
    return collapsed_html(page_html)


@event_priority(-120)  # once every language is built (i18n: -100), before sw.js is versioned (-160)
def on_post_build(config):
    if config.plugins["i18n"].building:
        return  # a nested per-language build; the pages of the other languages are not there yet
    site = Path(config.site_dir)
    name = _theme.take().write(site, PAGE_NAMES)
    icons = write_sprite(site, _icons) if _icons else ""
    for path in site.rglob("*.html"):
        text = path.read_text("utf-8")
        linked = linked_theme_css(text, name)
        if icons:
            linked = named_icons(linked, icons)
        if linked != text:
            path.write_text(linked, "utf-8")
    if not _serving:  # after the purge, which reads our files' words as they are written
        minify_ours(site, Path(config.theme.custom_dir))
    if os.environ.get("GUIDE_KEEP_UNUSED_ASSETS") == "1":
        return
    languages = config.plugins["material/search"].config.lang
    for path in [*theme_stylesheets(site), *unused_files(site, languages)]:
        path.unlink()


def on_build_error(error):
    _theme.stop()
