"""guide/themecss.py and guide/assets.py: the purge done in two halves (parsed when a build starts,
purged at its end) gives what the purge in one call gives, from the files the build deployed."""

from __future__ import annotations

import pytest

from guide.assets import TABLE_MARK, ThemeStylesheet
from guide.themecss import ThemePurge, purge

CSS = (
    ":root{--md-red:red;--md-unread:blue}"
    ".md-used{color:var(--md-red)}.md-unused{color:green}"
    "@media (min-width:10em){.md-used{margin:0}.md-unused{margin:1em}}"
    "table:not([class]){border:0}"
)
KNOWN = {"md-used", "table", "guide-wrapped"}


def test_the_purge_in_two_halves_is_the_purge_in_one():
    worker = ThemePurge(CSS, mark_tables="guide-wrapped")
    worker.start()
    worker.add((KNOWN, ""))
    halves = worker.result()
    assert halves == purge(CSS, KNOWN, mark_tables="guide-wrapped")
    assert "md-unused" not in halves and "--md-unread" not in halves
    assert "table.guide-wrapped" in halves and "@media (min-width:10em){.md-used" in halves


def test_the_purge_without_names_says_so():
    worker = ThemePurge(CSS)
    worker.start()
    with pytest.raises(ValueError) as info:
        worker.result()
    assert str(info.value) == "no names were handed over to purge the stylesheet for"


def _stylesheets(folder, *names, css=CSS):
    (folder / "assets" / "stylesheets").mkdir(parents=True)
    for name in names:
        (folder / "assets" / "stylesheets" / name).write_text(css, "utf-8")
    return folder


def test_the_theme_stylesheet_is_written_from_the_files_the_build_deployed(tmp_path):
    """Read from the theme's folders when the build starts (the first holding a name wins, as
    when MkDocs copies them), purged with our stylesheets' reads kept, and written only if the
    site holds files of those same names."""
    own = ".md-used{margin:var(--md-own)}:root{--md-own:1px}"
    custom = _stylesheets(tmp_path / "custom", "main.1.min.css", css=own)
    theme = _stylesheets(tmp_path / "theme", "main.1.min.css", "palette.2.min.css")
    stylesheet = ThemeStylesheet([str(custom), str(theme)])
    assert stylesheet.names == ["main.1.min.css", "palette.2.min.css"]
    site = _stylesheets(tmp_path / "site", "main.1.min.css", "palette.2.min.css")
    (site / "assets" / "stylesheets" / "guide.css").write_text("p{color:var(--md-unread)}")
    written = (site / stylesheet.write(site, KNOWN)).read_text("utf-8")
    assert written == purge(own + CSS, KNOWN, "p{color:var(--md-unread)}", mark_tables=TABLE_MARK)
    assert "--md-own:1px" in written and "--md-unread:blue" in written  # read by guide.css
    other = ThemeStylesheet([str(theme)])
    changed = _stylesheets(tmp_path / "changed", "main.3.min.css", "palette.2.min.css")
    with pytest.raises(ValueError) as info:
        other.write(changed, KNOWN)
    assert str(info.value) == (
        "the theme's stylesheets are ['main.3.min.css', 'palette.2.min.css'], "
        "not ['main.1.min.css', 'palette.2.min.css'] as read"
    )
