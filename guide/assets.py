"""What a reader downloads, and only that.

- Each of our scripts is linked only on pages holding the element it starts from (SCRIPT_STARTS).
- Tables come wrapped as the theme's script wraps them, so its late start moves nothing.
- The theme's stylesheet and its palette stylesheet become one file holding only the rules this
  site can use (guide/themecss.py), named for its content, linked from every page.
- Files no reader ever downloads are not deployed: source maps, and the search's language files
  for languages the search is not configured for (`keep_unused` deploys them anyway).
- Our own scripts and stylesheets are deployed without their comments and spaces (guide/minify.py);
  the theme's already are.
"""

from __future__ import annotations

import re
from fnmatch import fnmatch
from pathlib import Path

from .fork import Background
from .minify import MINIFIERS, deployed_text
from .themecss import ThemePurge, script_names
from .versions import fingerprint

# Our script -> the markup it starts from (an attribute or class that only its element has). A
# script not listed here runs on every page.
SCRIPT_STARTS = {
    "checklist.js": ("data-checklist", "data-progress-page"),
    "agencies.js": ("data-agency-index", "data-agency-finder"),
    "present.js": ("data-present",),
    "abbreviations.js": ("guide-abbr",),
    "quick-exit.js": ("data-quick-exit-link",),
    "menu-key.js": ("data-menu-key",),
    "same-section.js": ("md-select__link",),
}
# Marks a table wrapped at build time the way the theme's script wraps a table without a class
# (its selector, `table:not([class])`, then skips it); the theme's table rules are extended to it.
TABLE_MARK = "guide-prewrapped"
_BARE_TABLE = re.compile(r"<table(?![^>]*\bclass=)(?P<attrs>[^>]*)>(?P<body>.*?)</table>", re.S)
# The search's shared language support, needed once any language besides its default is on.
LUNR_SUPPORT = ("lunr.stemmer.support.min.js", "lunr.multi.min.js")
# One of our scripts as a page links it: relative to the page or from the site's root path, never
# on another host (no ":"), with its fingerprint once hooks/versions.py has added it, and any
# other attribute after it (theme-on-demand.js names the theme's script).
_SCRIPT_TAG = re.compile(
    r'<script src="[^":]*assets/javascripts/(?P<name>[\w.-]+\.js)(?P<query>\?[^"]*)?"[^>]*>'
    r"</script>"
)
_THEME_CSS = re.compile(
    r'<link rel="stylesheet" href="(?P<up>[^"]*)assets/stylesheets/'
    r'(?P<name>(?:main|palette)\.[0-9a-f]+\.min\.css)">\s*'
)


def page_scripts(page_html: str) -> str:
    """The page without the script tags of scripts whose starting markup it does not hold."""
    markup = _without_script_tags(page_html, lambda name: True)

    def unused(name: str) -> bool:
        starts = SCRIPT_STARTS.get(name)
        return starts is not None and not any(s in markup for s in starts)

    return _without_script_tags(page_html, unused)


def linked_scripts(page_html: str) -> list[str]:
    """Our scripts the page links, each as its address under the site's root, fingerprint
    included: 'assets/javascripts/checklist.js?v=0123456789ab'."""
    return [
        f"assets/javascripts/{m['name']}{m['query'] or ''}" for m in _SCRIPT_TAG.finditer(page_html)
    ]


def _without_script_tags(page_html: str, dropped) -> str:
    """`page_html` without our script tags whose file name `dropped` accepts, nor the blank
    space before each. (A pattern starting with the tag is searched fast; one starting with
    optional space is tried at every character of the page.)"""
    out, pos = [], 0
    for match in _SCRIPT_TAG.finditer(page_html):
        before = page_html[pos : match.start()]
        out.append(before.rstrip() if dropped(match["name"]) else before + match[0])
        pos = match.end()
    out.append(page_html[pos:])
    return "".join(out)


def prewrapped_tables(page_html: str) -> str:
    """Each table without a class inside the two boxes the theme's script would put it in when it
    starts (its scroll box and its table box), so the first paint is already the final one."""

    def wrap(match: re.Match[str]) -> str:
        return (
            f'<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
            f'<table class="{TABLE_MARK}"{match["attrs"]}>{match["body"]}</table></div></div>'
        )

    return _BARE_TABLE.sub(wrap, page_html)


def unused_files(site: Path, search_languages: list[str]) -> list[Path]:
    """Deployed files no reader downloads: source maps, and search language files (and word
    splitters) for languages the search does not use."""
    assets = site / "assets"
    maps = sorted(assets.rglob("*.map"))
    lunr = assets / "javascripts" / "lunr"
    wanted = {f"lunr.{lang}.min.js" for lang in search_languages}
    if len(search_languages) > 1:
        wanted.update(LUNR_SUPPORT)
    unused_lunr = [p for p in sorted(lunr.rglob("*.js")) if p.name not in wanted]
    return maps + unused_lunr


def used_names(site: Path, page_names: set[str]) -> set[str]:
    """Every word the theme's rules may need: `page_names` (every element, attribute name,
    attribute value and each word of one in the built pages, gathered by the safety scan as it
    reads each page, guide/safety.py) plus every word our scripts and the theme's could set."""
    names = set(page_names)
    for script in (site / "assets" / "javascripts").glob("*.js"):
        names |= script_names(script.read_text("utf-8"))
    return names


def theme_stylesheets(site: Path) -> list[Path]:
    """The theme's stylesheets in a site (or a theme folder): its main one first, then its
    palette's."""
    folder = site / "assets" / "stylesheets"
    return sorted(
        (path for pattern in _THEME_SHEETS for path in folder.glob(pattern)), key=_sheet_order
    )


_THEME_SHEETS = ("main.*.min.css", "palette.*.min.css")  # in the order they are read


def _sheet_order(path: Path) -> tuple[int, str]:
    return next(i for i, p in enumerate(_THEME_SHEETS) if fnmatch(path.name, p)), path.name


class ThemeStylesheet:
    """The theme's stylesheets as one file of the rules the site uses. They are read from the
    theme's folders when a build starts (the first folder holding a name wins, as when MkDocs
    copies them; a copy in docs/ would win over both, and is not looked for) and parsed beside
    the build (guide.fork.Background), which does not need them until its end; `write` purges
    them for the names the built pages hold."""

    def __init__(self, theme_dirs: list[str]) -> None:
        found: dict[str, Path] = {}
        for folder in theme_dirs:
            for path in theme_stylesheets(Path(folder)):
                found.setdefault(path.name, path)
        paths = sorted(found.values(), key=_sheet_order)
        self.names = [p.name for p in paths]
        css = "".join(path.read_text("utf-8") for path in paths)
        self._purging = Background(ThemePurge(css, mark_tables=TABLE_MARK))

    def write(self, site: Path, page_names: set[str]) -> str:
        """Write the purged file; its path from the site root."""
        try:
            css = self._purged(site, page_names)
        finally:
            self.stop()  # its copy has ended, unless something above failed first
        name = f"assets/stylesheets/theme.{fingerprint(css.encode())}.css"
        (site / name).write_text(css, "utf-8")
        return name

    def _purged(self, site: Path, page_names: set[str]) -> str:
        sources = theme_stylesheets(site)
        deployed = [p.name for p in sources]
        if deployed != self.names:  # a theme folder changed during the build
            raise ValueError(f"the theme's stylesheets are {deployed}, not {self.names} as read")
        ours = "".join(
            p.read_text("utf-8")
            for p in (site / "assets" / "stylesheets").glob("*.css")
            if p not in sources
        )
        self._purging.add((used_names(site, page_names), ours))
        return self._purging.finish()

    def stop(self) -> None:
        self._purging.stop()


def way_to_root(page_html: str) -> str | None:
    """How the page reaches the site's root ("../../", or "/guide/" on the 404 page), read from
    its link to the theme's stylesheet; None for a page without one."""
    match = _THEME_CSS.search(page_html)
    return match["up"] if match else None


def linked_theme_css(page_html: str, name: str) -> str:
    """The page linking `name` once, where the theme's two stylesheets were linked."""
    linked: list[bool] = []

    def swap(match: re.Match[str]) -> str:
        if linked:
            return ""
        linked.append(True)
        return f'<link rel="stylesheet" href="{match["up"]}{name}">\n'

    return _THEME_CSS.sub(swap, page_html)


def minify_ours(site: Path, theme_dir: Path) -> None:
    """Our scripts and stylesheets in the built site (those under the theme's assets/), minified."""
    for folder in ("assets/javascripts", "assets/stylesheets"):
        for source in sorted((theme_dir / folder).glob("*")):
            built = site / folder / source.name
            if source.suffix in MINIFIERS and built.is_file():
                built.write_text(deployed_text(source), "utf-8")


def theme_script(theme_dirs: list[str], pattern: str) -> str:
    """The theme's script matching `pattern` (its name carries a hash that changes with each
    version of the theme), as a path from the site's root."""
    found = sorted(
        {
            path.relative_to(folder).as_posix()
            for folder in map(Path, theme_dirs)
            for path in folder.glob(pattern)
            if not path.name.endswith(".map")
        }
    )
    if len(found) != 1:
        raise LookupError(f"the theme has {len(found)} files named {pattern}: {found}")
    return found[0]
