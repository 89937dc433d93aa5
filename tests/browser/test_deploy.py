"""After a deploy, the first page opened runs the new scripts, never new HTML with old ones.

The service worker serves assets from its cache first; our own scripts and styles are linked
with their content's fingerprint (hooks/versions.py), so new HTML names URLs no cache holds.
"""

from __future__ import annotations

import hashlib
import re
import shutil

import pytest

from scripts.sitebuild import build_site, copy_project, serve
from tests.browser.conftest import DESKTOP, open_controlled, wait_until_saved
from tests.paths import ROOT

pytestmark = pytest.mark.browser

OURS = sorted(
    p.relative_to(ROOT / "overrides").as_posix()
    for folder in ("javascripts", "stylesheets")
    for p in (ROOT / "overrides" / "assets" / folder).glob("*.*")
    if p.suffix in (".js", ".css")
)
LINK = re.compile(r'(?:src|href)="([^"]*assets/(?:javascripts|stylesheets)/[^"/]+)"')


def test_every_page_links_our_assets_with_their_content_fingerprint(built):
    pages = sorted(built.site.rglob("*.html"))
    linked = set()
    for page in pages:
        if page.name == "offline.html":
            continue  # its own three files are cached with it by the worker's install
        for url in LINK.findall(page.read_text(encoding="utf-8")):
            path = re.sub(r"^(?:\.\./|\./|/)*", "", url.split("?")[0])
            if path not in OURS:
                continue
            digest = hashlib.sha256((built.site / path).read_bytes()).hexdigest()[:12]
            assert url.endswith(f"{path}?v={digest}"), f"{page.relative_to(built.site)}: {url}"
            linked.add(path)
    assert {
        "assets/javascripts/checklist.js",
        "assets/stylesheets/guide.css",
        "assets/javascripts/held-requests.js",
    } <= linked


def test_the_first_page_opened_after_a_deploy_runs_the_new_script(browser, built, tmp_path):
    project = copy_project(tmp_path / "project")
    out = shutil.copytree(built.site, tmp_path / "out")  # what building the unchanged copy makes
    script = project / "overrides" / "assets" / "javascripts" / "checklist.js"

    with serve(out) as base:
        context = browser.new_context(viewport=DESKTOP)
        page = context.new_page()
        open_controlled(page, base + "step-1/")  # the worker saved checklist.js
        page.goto(base + "step-2/")
        wait_until_saved(page)
        assert page.evaluate("window.__guideDeploy") is None

        # Deploy: one line more in checklist.js, rebuilt in place.
        script.write_text(
            script.read_text("utf-8") + '\nwindow.__guideDeploy = "second";\n', "utf-8"
        )
        build_site(project, out)

        page.goto(base + "step-1/")  # the old worker still answers this navigation
        assert page.evaluate("window.__guideDeploy") == "second"
        context.close()
