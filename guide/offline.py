"""Offline support written into the built site: the service worker (overrides/sw.js) with this
build's version in its cache name, and the page shown, in every language, for a page never
visited."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

import tinycss2
from jinja2 import Environment

from .assets import linked_scripts
from .csp import with_policy
from .minify import collapsed_html
from .models import SiteData
from .pages import output_path
from .safety import escaped
from .status import every_language
from .urls import language_prefix
from .wholeguide import CHAPTERS


def build_version(site: Path) -> str:
    """A fingerprint of every HTML, CSS and JS file built: it changes whenever content does."""
    digest = hashlib.sha256()
    for path in sorted(site.rglob("*")):
        if path.suffix in (".html", ".css", ".js", ".json") and path.name != "sw.js":
            digest.update(path.relative_to(site).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def chapter_scripts(site: Path, data: SiteData) -> list[str]:
    """Every script of ours that a chapter of the guide links, in any language, as its address
    under the site's root: what a reader going from page to chapter may need next."""
    default = data.languages.default
    return scripts_of_pages(
        site / output_path(src, lang, default) for lang in data.languages.codes for src in CHAPTERS
    )


def scripts_of_pages(pages: Iterable[Path]) -> list[str]:
    """Every script of ours that these built pages link (a page not built is skipped)."""
    found: set[str] = set()
    for path in pages:
        if path.is_file():
            found.update(linked_scripts(path.read_text("utf-8")))
    return sorted(found)


STYLESHEETS = Path("assets/stylesheets")


def with_site_colours(offline_css: str, site_css: str) -> str:
    """The offline page's stylesheet after the site stylesheet's `:root` rule (its colours, as
    custom properties): the offline page loads nothing else, and a colour lives in one file.
    A `:root` rule already first in `offline_css` (a build that did not copy it again) goes."""
    root = next((r for r in _rules(site_css) if _is_root(r)), None)
    if root is None:
        raise LookupError("the site stylesheet has no :root rule for the offline page's colours")
    own = tinycss2.parse_stylesheet(offline_css)  # comments and spaces kept: written back as is
    first = next((i for i, r in enumerate(own) if r.type not in ("whitespace", "comment")), 0)
    if own and _is_root(own[first]):
        own = own[first + 1 :]
    return tinycss2.serialize([root]) + "\n" + tinycss2.serialize(own).lstrip()


def _rules(css: str) -> list:
    return tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)


def _is_root(rule) -> bool:
    return rule.type == "qualified-rule" and tinycss2.serialize(rule.prelude).strip() == ":root"


def write_offline_files(
    site: Path, env: Environment, data: SiteData, base_path: str, worker: Path
) -> str:
    """`base_path` is the site's path on its host ("/" or "/guide/"): the offline page is shown
    in place of any page, so its links and assets must not be relative to that page."""
    offline_css, site_css = site / STYLESHEETS / "offline.css", site / STYLESHEETS / "guide.css"
    offline_css.write_text(
        with_site_colours(offline_css.read_text("utf-8"), site_css.read_text("utf-8")), "utf-8"
    )
    version = build_version(site)  # the offline stylesheet as written, too
    # `worker` (overrides/sw.js) was copied as it is; this build's version goes into its cache
    # name, and the chapters' scripts into the list it saves when it installs.
    (site / "sw.js").write_text(
        worker.read_text("utf-8")
        .replace("__VERSION__", version)
        .replace("__SCRIPTS__", json.dumps(chapter_scripts(site, data))),
        "utf-8",
    )
    # Shown in place of any page, so it gets the same policy: our own origin only, no Referer
    # (its quick exit must not tell the neutral site where the reader was).
    listed = [
        {"code": lang, "prefix": language_prefix(lang, data.languages.default) or "./"}
        for lang in data.languages.codes
    ]
    page = collapsed_html(
        with_policy(
            env.get_template("offline.html").render(
                ui=data.ui,
                base=base_path,
                languages=listed,
                # As of this build: the page says when the status was last checked.
                guide_status_every=escaped(every_language(data, "")),
            )
        )
    )
    (site / "offline.html").write_text(page, "utf-8")
    return version
