"""The whole-guide page is assembled from the chapter files, with unique ids."""

from guide.wholeguide import CHAPTERS, chapter_markdown, expand

CHAPTER = """---
title: Step 9 — Example
last_reviewed: 2026-01-01
---

Intro, see [below](#later) and [Step 2](step-2.md#x).

## First { #first }

### Detail { #detail }

<!-- checklist: step-9 -->
"""


def test_a_chapter_becomes_a_section_with_prefixed_ids():
    out = chapter_markdown(CHAPTER, "step-9")
    assert out.startswith("## Step 9 — Example { #step-9 .guide-chapter }\n")
    assert "### First { #step-9-first }" in out
    assert "#### Detail { #step-9-detail }" in out
    assert "[below](#step-9-later)" in out and "[Step 2](step-2.md#x)" in out
    assert "<!-- checklist: step-9 -->" in out
    assert "last_reviewed" not in out


def test_the_marker_expands_to_every_chapter_in_order(tmp_path):
    for src in CHAPTERS:
        (tmp_path / src).write_text(f"---\ntitle: {src}\n---\n\nBody of {src}.\n")
    page = "Intro.\n\n<!-- whole-guide -->\n"
    out = expand(page, tmp_path)
    positions = [out.index(f"Body of {src}.") for src in CHAPTERS]
    assert positions == sorted(positions)
    assert "whole-guide" not in out
    assert expand("No marker here.\n", tmp_path) == "No marker here.\n"


def test_every_menu_page_is_a_chapter_in_menu_order_or_deliberately_left_out():
    from ruamel.yaml import YAML

    from guide.wholeguide import NOT_PRINTED
    from tests.paths import ROOT

    def pages(items):
        for item in items:
            if isinstance(item, str):  # a page listed without a title: its own title is used
                yield item
                continue
            for value in item.values():
                yield from pages(value) if isinstance(value, list) else [value]

    menu = list(pages(YAML(typ="rt").load((ROOT / "mkdocs.yml").read_text())["nav"]))
    assert [p for p in menu if p not in NOT_PRINTED] == list(CHAPTERS)
    assert set(NOT_PRINTED) <= set(menu)
