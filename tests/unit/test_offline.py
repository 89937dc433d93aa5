"""The service worker's cache version follows the built content, so updates replace old copies;
the offline page takes its colours from the site's stylesheet."""

import re
import shutil

import pytest

from guide.offline import (
    STYLESHEETS,
    build_version,
    scripts_of_pages,
    with_site_colours,
    write_offline_files,
)
from guide.render import make_env
from tests.paths import ROOT

WORKER = ROOT / "overrides" / "sw.js"


@pytest.fixture
def site(tmp_path):
    """A built site's folder holding the two stylesheets the offline files need."""
    (tmp_path / STYLESHEETS).mkdir(parents=True)
    for name in ("guide.css", "offline.css"):
        shutil.copy(ROOT / "overrides" / STYLESHEETS / name, tmp_path / STYLESHEETS / name)
    return tmp_path


def test_version_changes_with_content_and_ignores_the_worker_itself(tmp_path):
    (tmp_path / "index.html").write_text("one")
    first = build_version(tmp_path)
    (tmp_path / "sw.js").write_text("anything")
    assert build_version(tmp_path) == first
    (tmp_path / "index.html").write_text("two")
    assert build_version(tmp_path) != first


def test_the_scripts_to_save_are_every_one_of_ours_the_pages_link_as_they_link_it(tmp_path):
    (tmp_path / "step-1").mkdir()
    (tmp_path / "step-1" / "index.html").write_text(
        '<script src="../assets/javascripts/checklist.js?v=0123456789ab"></script>'
        '<script src="../assets/javascripts/present.js?v=ba9876543210"></script>'
        '<script src="../assets/javascripts/on-demand.js?v=00000000000a" data-x="y"></script>'
    )
    (tmp_path / "index.html").write_text(
        '<script src="assets/javascripts/present.js?v=ba9876543210"></script>'
        '<script src="https://elsewhere.example/assets/javascripts/x.js?v=0123456789ab"></script>'
        '<script src="assets/javascripts/plain.js"></script>'
    )
    (tmp_path / "404.html").write_text(
        '<script src="/guide/assets/javascripts/tools.js?v=00000000000f"></script>'
    )
    pages = [tmp_path / name for name in ("step-1/index.html", "index.html", "404.html", "gone")]
    assert scripts_of_pages(pages) == [
        "assets/javascripts/checklist.js?v=0123456789ab",
        "assets/javascripts/on-demand.js?v=00000000000a",
        "assets/javascripts/plain.js",
        "assets/javascripts/present.js?v=ba9876543210",
        "assets/javascripts/tools.js?v=00000000000f",
    ]
    assert scripts_of_pages(pages[:1]) == [
        "assets/javascripts/checklist.js?v=0123456789ab",
        "assets/javascripts/on-demand.js?v=00000000000a",
        "assets/javascripts/present.js?v=ba9876543210",
    ]


def test_worker_and_offline_page_are_written_with_version_and_base(site, data_root):
    from guide.loader import load_site_data

    # A chapter's script is saved when the worker installs; a page's that is no chapter, not.
    (site / "index.html").write_text(
        '<script src="assets/javascripts/a.js?v=0123456789ab"></script>'
    )
    (site / "es" / "step-1").mkdir(parents=True)
    (site / "es" / "step-1" / "index.html").write_text(
        '<script src="../../assets/javascripts/b.js?v=0123456789ab"></script>'
    )
    data = load_site_data(data_root)
    version = write_offline_files(
        site,
        make_env(ROOT / "overrides" / "components"),
        data,
        "/guide/",
        WORKER,
    )
    worker = (site / "sw.js").read_text()
    assert f'var CACHE = "dale-guide-{version}";' in worker
    assert 'var SCRIPTS = ["assets/javascripts/b.js?v=0123456789ab"].map(inSite);' in worker
    offline = (site / "offline.html").read_text()
    assert '<base href="/guide/">' in offline
    assert "You are offline" in offline and "No tiene conexión" in offline


def test_the_offline_page_says_saved_copies_may_be_out_of_date_and_how_to_date_them(
    site, data_root
):
    from guide.loader import load_site_data

    data = load_site_data(data_root)
    ui = data.ui
    write_offline_files(site, make_env(ROOT / "overrides" / "components"), data, "/", WORKER)
    offline = (site / "offline.html").read_text()
    assert ui["offline_stale"]["en"] in offline and ui["offline_stale"]["es"] in offline
    # offline.js fills {date} in the saved page's own language.
    assert f'data-saved-en="{ui["offline_saved_on"]["en"]}"' in offline
    assert f'data-saved-es="{ui["offline_saved_on"]["es"]}"' in offline


def test_the_offline_page_reads_every_colour_it_uses_from_the_site_stylesheet(site, data_root):
    from guide.loader import load_site_data

    env = make_env(ROOT / "overrides" / "components")
    write_offline_files(site, env, load_site_data(data_root), "/", WORKER)
    written = (site / STYLESHEETS / "offline.css").read_text("utf-8")
    root = re.search(
        r":root\s*\{(.*?)\}", (site / STYLESHEETS / "guide.css").read_text("utf-8"), re.S
    )
    defined = dict(re.findall(r"(--[\w-]+)\s*:\s*([^;]+?)\s*;", root[1] + ";"))
    assert written.startswith(":root")
    assert set(re.findall(r"var\((--[\w-]+)\)", written)) <= set(defined)
    assert not re.findall(r"#[0-9a-fA-F]{6}\b", written.split("}", 1)[1])
    # A second build over the same folder (a build that does not copy the file again) and a
    # changed colour: one :root, the new one.
    (site / STYLESHEETS / "guide.css").write_text(
        (site / STYLESHEETS / "guide.css").read_text("utf-8").replace("#b35900", "#a04f00")
    )
    write_offline_files(site, env, load_site_data(data_root), "/", WORKER)
    again = (site / STYLESHEETS / "offline.css").read_text("utf-8")
    assert len(re.findall(r":root\s*\{", again)) == 1
    assert "#a04f00" in again and "#b35900" not in again


def test_without_a_root_rule_the_offline_colours_are_refused():
    with pytest.raises(LookupError):
        with_site_colours("body { color: var(--x); }", ".a { color: red; }")
