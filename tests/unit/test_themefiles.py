"""guide/themefiles.py: the theme's files MkDocs copies are the same, listed without walking its
hidden folders."""

from __future__ import annotations

from jinja2 import Environment, FileSystemLoader
from mkdocs.config import load_config
from mkdocs.structure.files import Files

from guide.themefiles import VisibleFilesLoader
from tests.paths import ROOT


def _copied(loader) -> list[str]:
    config = load_config(str(ROOT / "mkdocs.yml"))
    files = Files([])
    files.add_files_from_theme(Environment(loader=loader), config)
    return sorted(f.src_uri for f in files)


def test_the_theme_files_copied_are_the_ones_mkdocs_lists_itself():
    dirs = load_config(str(ROOT / "mkdocs.yml")).theme.dirs
    theirs = _copied(FileSystemLoader(dirs))
    assert any(name.startswith("assets/javascripts/bundle.") for name in theirs)
    assert _copied(VisibleFilesLoader(dirs)) == theirs


def test_hidden_folders_are_not_listed_and_other_names_are(tmp_path):
    for name in ("a.css", "sub/b.js", ".icons/x/y.svg", "sub/.hidden/z.txt", ".top"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    listed = VisibleFilesLoader([str(tmp_path)]).list_templates()
    assert listed == [".top", "a.css", "sub/b.js"]
    assert set(listed) < set(FileSystemLoader([str(tmp_path)]).list_templates())
