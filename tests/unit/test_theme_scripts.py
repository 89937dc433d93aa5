"""The theme's scripts are named as the installed theme names them (the hash in their names
changes with each version of the theme), found in the theme's folders."""

from pathlib import Path

import pytest

from guide.assets import theme_script
from tests.paths import ROOT


def test_the_installed_themes_bundle_and_search_worker_are_found():
    import material

    installed = Path(material.__path__[0]) / "templates"
    theme = [str(ROOT / "overrides"), str(installed)]  # as MkDocs lists the theme's folders
    bundle = theme_script(theme, "assets/javascripts/bundle.*.min.js")
    worker = theme_script(theme, "assets/javascripts/workers/search.*.min.js")
    base = (installed / "base.html").read_text(encoding="utf-8")
    assert bundle in base and worker in base  # the names the theme's own page uses


def test_a_theme_with_two_bundles_is_refused_naming_them(tmp_path):
    folder = tmp_path / "assets" / "javascripts"
    folder.mkdir(parents=True)
    for name in ("bundle.aaaa.min.js", "bundle.aaaa.min.js.map", "bundle.bbbb.min.js"):
        (folder / name).write_text("")
    with pytest.raises(LookupError) as caught:
        theme_script([str(tmp_path)], "assets/javascripts/bundle.*.min.js")
    assert str(caught.value) == (
        "the theme has 2 files named assets/javascripts/bundle.*.min.js: "
        "['assets/javascripts/bundle.aaaa.min.js', 'assets/javascripts/bundle.bbbb.min.js']"
    )
