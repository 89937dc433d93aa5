"""The service worker's cache version follows the built content, so updates replace old copies."""

from guide.offline import build_version, write_offline_files
from guide.render import make_env
from tests.paths import ROOT

WORKER = ROOT / "overrides" / "sw.js"


def test_version_changes_with_content_and_ignores_the_worker_itself(tmp_path):
    (tmp_path / "index.html").write_text("one")
    first = build_version(tmp_path)
    (tmp_path / "sw.js").write_text("anything")
    assert build_version(tmp_path) == first
    (tmp_path / "index.html").write_text("two")
    assert build_version(tmp_path) != first


def test_worker_and_offline_page_are_written_with_version_and_base(tmp_path, data_root):
    from guide.loader import load_site_data

    (tmp_path / "index.html").write_text("page")
    data = load_site_data(data_root)
    version = write_offline_files(
        tmp_path,
        make_env(ROOT / "overrides" / "components"),
        data,
        "/guide/",
        WORKER,
    )
    assert f'var CACHE = "dale-guide-{version}";' in (tmp_path / "sw.js").read_text()
    offline = (tmp_path / "offline.html").read_text()
    assert '<base href="/guide/">' in offline
    assert "You are offline" in offline and "No tiene conexión" in offline


def test_the_offline_page_says_saved_copies_may_be_out_of_date_and_how_to_date_them(
    tmp_path, data_root
):
    from guide.loader import load_site_data

    data = load_site_data(data_root)
    ui = data.ui
    write_offline_files(tmp_path, make_env(ROOT / "overrides" / "components"), data, "/", WORKER)
    offline = (tmp_path / "offline.html").read_text()
    assert ui["offline_stale"]["en"] in offline and ui["offline_stale"]["es"] in offline
    # offline.js fills {date} in the saved page's own language.
    assert f'data-saved-en="{ui["offline_saved_on"]["en"]}"' in offline
    assert f'data-saved-es="{ui["offline_saved_on"]["es"]}"' in offline
