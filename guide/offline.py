"""Offline support written into the built site: the service worker (overrides/sw.js) with this
build's version in its cache name, and the page shown, in every language, for a page never
visited."""

from __future__ import annotations

import hashlib
from pathlib import Path

from jinja2 import Environment

from .csp import with_policy
from .minify import collapsed_html
from .models import SiteData
from .safety import escaped
from .status import every_language
from .urls import language_prefix


def build_version(site: Path) -> str:
    """A fingerprint of every HTML, CSS and JS file built: it changes whenever content does."""
    digest = hashlib.sha256()
    for path in sorted(site.rglob("*")):
        if path.suffix in (".html", ".css", ".js", ".json") and path.name != "sw.js":
            digest.update(path.relative_to(site).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def write_offline_files(
    site: Path, env: Environment, data: SiteData, base_path: str, worker: Path
) -> str:
    """`base_path` is the site's path on its host ("/" or "/guide/"): the offline page is shown
    in place of any page, so its links and assets must not be relative to that page."""
    version = build_version(site)
    # `worker` (overrides/sw.js) was copied as it is; this build's version goes into its cache name.
    (site / "sw.js").write_text(worker.read_text("utf-8").replace("__VERSION__", version), "utf-8")
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
