"""What a reader downloads, read from the built site: every linked file exists, nothing is
deployed that no reader fetches, scripts load only where their markup is, and the theme's
stylesheets are one file that keeps every rule the pages need."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import tinycss2
from selectolax.lexbor import LexborHTMLParser

from guide.assets import SCRIPT_STARTS
from guide.themecss import selector_list
from tests.paths import LANG_PREFIXES, LANGS, ROOT

pytestmark = pytest.mark.build

LINKED = re.compile(r'<(?:script|link|img|use)\b[^>]*?\b(?:src|href)="([^"]+)"')
SEARCH_LANGUAGES = LANGS  # hooks/search.py gives the search plugin the site's languages


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def local_files(site: Path, page: Path) -> set[Path]:
    """The files in this site that the page's scripts, stylesheets, icons and images name."""
    address = "/" + page.relative_to(site).as_posix()
    found = set()
    for link in LINKED.findall(page.read_text("utf-8")):
        url = urlsplit(urljoin(address, link))
        if url.scheme or url.netloc or not url.path.startswith("/"):
            continue  # another host (an external link), or a feed's absolute address
        if re.search(r"\.(?:js|css|png|svg|ico|webmanifest)$", url.path):
            found.add(site / url.path.lstrip("/"))
    return found


def test_every_asset_a_page_links_is_deployed(built):
    missing = {
        f"{page.relative_to(built.site)} -> {f.relative_to(built.site)}"
        for page in pages(built.site)
        for f in local_files(built.site, page)
        if not f.is_file()
    }
    assert not missing, sorted(missing)[:10]


def test_the_theme_icons_come_from_one_file_that_holds_each(built):
    """Read by an HTML parser: no page draws an icon itself, every icon a page draws is in the
    icons file, and every page, the 404 page too, uses that one file. A figure of our own (one
    with a title, a role or an id) stays in its page (guide/icons.py)."""
    (sheet,) = (built.site / "assets" / "images").glob("icons.*.svg")
    held = {s.attributes["id"] for s in LexborHTMLParser(sheet.read_text("utf-8")).css("symbol")}
    drawn, files, inline = set(), set(), []
    for page in pages(built.site):
        for svg in LexborHTMLParser(page.read_text("utf-8")).css("svg"):
            if svg.css_first("title") or {"role", "id"} & set(svg.attributes):
                continue
            uses = svg.css("use")
            if svg.css("path") or not uses:
                inline.append(page.relative_to(built.site).as_posix())
            for use in uses:
                address = urljoin("/" + page.relative_to(built.site).as_posix(), use.attrs["href"])
                files.add(urlsplit(address).path)
                drawn.add(urlsplit(address).fragment)
    assert inline == []
    assert files == {"/" + sheet.relative_to(built.site).as_posix()}
    assert drawn == held and len(held) > 5


def test_no_source_map_is_deployed(built):
    assert not list(built.site.rglob("*.map"))


def test_only_the_search_languages_are_deployed(built):
    lunr = built.site / "assets" / "javascripts" / "lunr"
    names = {p.name for p in lunr.rglob("*.js")}
    unused = {
        n
        for n in names
        if n.startswith("lunr.") and n.split(".")[1] not in (*SEARCH_LANGUAGES, "stemmer", "multi")
    }
    assert not unused, sorted(unused)
    assert "wordcut.js" not in names and "tinyseg.js" not in names
    assert {f"lunr.{lang}.min.js" for lang in SEARCH_LANGUAGES[1:]} <= names


def test_the_theme_css_is_one_request(built):
    for prefix, _ in LANG_PREFIXES:
        page = built.site / f"{prefix}step-3" / "index.html"
        sheets = [f for f in local_files(built.site, page) if f.suffix == ".css"]
        assert sorted(f.name.split(".")[0] for f in sheets) == ["guide", "theme"], sheets


@pytest.mark.parametrize(
    ("script", "page"),
    [("agencies.js", "step-3"), ("checklist.js", "glossary"), ("abbreviations.js", "about")],
)
def test_a_script_is_not_linked_where_its_markup_is_not(built, script, page):
    for prefix, _ in LANG_PREFIXES:
        html = (built.site / f"{prefix}{page}" / "index.html").read_text("utf-8")
        assert not any(s in html for s in SCRIPT_STARTS[script])
        assert f"assets/javascripts/{script}" not in html


@pytest.mark.parametrize(
    ("script", "page"),
    [("agencies.js", "agencies"), ("checklist.js", "step-3"), ("present.js", "step-3")],
)
def test_a_script_is_linked_where_its_markup_is(built, script, page):
    for prefix, _ in LANG_PREFIXES:
        html = (built.site / f"{prefix}{page}" / "index.html").read_text("utf-8")
        assert f"assets/javascripts/{script}" in html


def theme_selectors(site: Path) -> set[str]:
    (sheet,) = (site / "assets" / "stylesheets").glob("theme.*.css")
    return {
        tinycss2.serialize(s).strip()
        for rule in _rules(sheet.read_text("utf-8"))
        for s in selector_list(rule.prelude)
    }


def _rules(css: str):
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type == "qualified-rule":
            yield rule
        elif rule.type == "at-rule" and rule.content and rule.lower_at_keyword == "media":
            yield from _rules(tinycss2.serialize(rule.content))


@pytest.mark.parametrize(
    "selector",
    [
        ".md-typeset .admonition",  # in the pages
        ".md-typeset table:not([class])",  # the pages' tables
        ".md-search-result__article",  # search results, written by the theme's script
        "[data-md-color-scheme=slate]",  # the dark scheme the header's button switches to
        ".md-typeset__scrollwrap",  # the wrapper the theme's script puts around tables
    ],
)
def test_the_theme_css_keeps_what_pages_and_scripts_use(built, selector):
    assert selector in theme_selectors(built.site)


@pytest.mark.parametrize(
    "selector",
    [
        "[data-md-color-primary=pink]",  # a palette colour the site does not use
        "[dir=rtl] .md-header__button.md-logo",  # no page is right-to-left
    ],
)
def test_the_theme_css_drops_what_nothing_uses(built, selector):
    assert selector not in theme_selectors(built.site)


OUR_ASSETS = sorted(
    path.relative_to(ROOT / "overrides").as_posix()
    for folder in ("assets/javascripts", "assets/stylesheets")
    for path in (ROOT / "overrides" / folder).glob("*.*")
)


@pytest.mark.parametrize("asset", OUR_ASSETS)
def test_our_scripts_and_stylesheets_are_deployed_without_comments(built, asset):
    source = (ROOT / "overrides" / asset).read_text(encoding="utf-8")
    deployed = (built.site / asset).read_text(encoding="utf-8")
    assert "/*" in source or "//" in source  # each is written with comments, for its editors
    assert "/*" not in deployed and not re.search(r"(^|[;{}\s])//\s", deployed)
    assert len(deployed) < len(source) * 0.9


KEEP_SPACES = {"pre", "code", "textarea", "script", "style"}


@pytest.mark.parametrize("prefix", [p for p, _ in LANG_PREFIXES], ids=LANGS)
def test_pages_are_deployed_without_their_templates_indentation(built, prefix):
    """Read by an HTML parser: no text a browser shows as a single space keeps the indentation
    of the templates, on any page of the language (a sixth of a page's bytes)."""
    indented = []
    for page in pages(built.site / prefix if prefix else built.site):
        tree = LexborHTMLParser(page.read_text("utf-8"))
        for node in tree.root.traverse(include_text=True):
            if node.tag != "-text" or "\n " not in (node.text_content or ""):
                continue
            if not any(a.tag in KEEP_SPACES for a in _ancestors(node)):
                indented.append(page.relative_to(built.site).as_posix())
                break
    assert indented == []


def _ancestors(node):
    while node.parent is not None:
        node = node.parent
        yield node
