"""The theme's icons drawn from one file (guide/icons.py): what moves, what stays, and the file."""

from __future__ import annotations

from guide.icons import UNNAMED, linked_icons, named_icons, sprite, write_sprite

SEARCH = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M9.5 3z"/></svg>'
# An icon set that carries its licence inside each drawing, and an icon of two paths.
LICENSED = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><!--! Icons: CC BY 4.0 -->'
    '<path d="M1 1z"/><path d="M2 2z"/></svg>'
)
# One of our figures: titled, with ids and other shapes; it stays where it is.
FIGURE = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" role="img" '
    'aria-labelledby="t"><title id="t">Steps</title><path d="M0 0z"/></svg>'
)


def test_each_theme_icon_becomes_a_reference_and_is_gathered_once():
    found: dict = {}
    page = f"<a>{SEARCH}</a><b>{SEARCH}</b><i>{LICENSED}</i>{FIGURE}"
    linked = linked_icons(page, "../../", found)
    assert "<path" not in linked.replace(FIGURE, "")
    assert FIGURE in linked
    assert linked.count(f'<use href="../../{UNNAMED}#') == 3
    assert sorted(box for box, _ in found.values()) == ["0 0 24 24", "0 0 448 512"]
    assert ("0 0 448 512", '<!--! Icons: CC BY 4.0 --><path d="M1 1z"/><path d="M2 2z"/>') in (
        found.values()
    )


def test_the_file_holds_each_icon_under_the_id_pages_use(tmp_path):
    found: dict = {}
    linked = linked_icons(SEARCH, "/guide/", found)
    (ident,) = found
    assert f'#{ident}"' in linked
    assert f'<symbol id="{ident}" viewBox="0 0 24 24"><path d="M9.5 3z"/></symbol>' in sprite(found)
    name = write_sprite(tmp_path, found)
    assert (tmp_path / name).read_text("utf-8") == sprite(found)
    assert named_icons(linked, name) == (
        f'<svg viewBox="0 0 24 24"><use href="/guide/{name}#{ident}"/></svg>'
    )


def test_the_file_name_changes_with_any_icon(tmp_path):
    one: dict = {}
    other: dict = {}
    linked_icons(SEARCH, "", one)
    linked_icons(SEARCH.replace("M9.5 3z", "M9.5 4z"), "", other)
    assert write_sprite(tmp_path, one) != write_sprite(tmp_path, other)
