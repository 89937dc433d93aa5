"""The whole-guide page is assembled from the chapters' built HTML, with unique ids and one
numbering of sources for the whole guide."""

from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from guide.wholeguide import CHAPTERS, PLACEHOLDER, chapter_section
from hooks import markers

# A chapter as Markdown makes it: headings with ids, a same-page link, a link to another page's
# anchor, a citation of its own first and second sources, and a raw-HTML heading from a component.
CHAPTER = """<p>Intro, see <a href="#later">below</a> and <a href="../step-2/#later">Step 2</a>.\
<sup class="guide-cite">[<a href="#ref-1" aria-label="Source 1">1</a>, \
<a href="#ref-2" aria-label="Source 2">2</a>]</sup></p>
<h2 id="first">First</h2>
<h3 id="later">Later</h3>
<h2 id="state-ca">California</h2>
<div id="checklist-step-9" data-checklist="step-9"></div>
"""


def _cite(ids):
    return f"<cite>{'+'.join(ids)}</cite>"  # stands for the whole guide's renderer


def test_a_chapter_becomes_a_section_with_its_headings_one_level_down_and_prefixed():
    out = chapter_section(CHAPTER, "step-9", "Step 9 — A & B", ["osha", "nlrb"], _cite)
    assert out.startswith('<h2 class="guide-chapter" id="step-9">Step 9 — A &amp; B</h2>\n')
    assert '<h3 id="step-9-first">First</h3>' in out
    assert '<h4 id="step-9-later">Later</h4>' in out
    assert '<h3 id="step-9-state-ca">California</h3>' in out
    # Same-page links follow their heading; other pages' anchors and other ids are left alone.
    assert 'href="#step-9-later"' in out and 'href="../step-2/#later"' in out
    assert 'id="checklist-step-9"' in out


def test_citations_are_numbered_again_by_source_for_the_whole_guide():
    out = chapter_section(CHAPTER, "step-9", "Step 9", ["osha", "nlrb"], _cite)
    assert "<cite>osha+nlrb</cite>" in out and "ref-" not in out


def test_a_link_to_a_source_outside_a_citation_is_refused_rather_than_left_wrong():
    stray = CHAPTER + '<p><a href="#ref-2">see source 2</a></p>'
    with pytest.raises(ValueError) as caught:
        chapter_section(stray, "step-9", "Step 9", ["osha", "nlrb"], _cite)
    assert str(caught.value) == "1 link(s) to its sources outside a citation (cite.html)"


def test_the_hook_names_the_chapter_a_stray_source_link_is_in(monkeypatch):
    monkeypatch.setattr(markers, "_pass", _whole_guide_pass())
    markers._pass["chapters"]["step-1.md"].html += '<p><a href="#ref-1">1</a></p>'
    with pytest.raises(PluginError) as caught:
        markers._whole_guide(PLACEHOLDER, _PAGE)
    assert str(caught.value) == (
        "docs/en/step-1.md: 1 link(s) to its sources outside a citation (cite.html)"
    )


def test_a_dirty_build_is_told_why_the_whole_guide_cannot_be_made(monkeypatch):
    monkeypatch.setattr(markers, "_pass", _whole_guide_pass())
    del markers._pass["chapters"]["team.md"]
    with pytest.raises(PluginError) as caught:
        markers._whole_guide(PLACEHOLDER, _PAGE)
    assert str(caught.value) == (
        "docs/en/print.md: chapters not built before it: ['team.md'] (a --dirty build converts "
        "only the pages that changed; build without it)"
    )


def test_a_chapter_whose_own_parts_changed_shape_is_refused(monkeypatch):
    monkeypatch.setattr(markers, "_pass", _whole_guide_pass())
    markers._pass["chapters"]["team.md"].jump = '<p class="guide-jump">missing</p>'
    with pytest.raises(PluginError) as caught:
        markers._whole_guide(PLACEHOLDER, _PAGE)
    assert (
        str(caught.value) == "docs/en/team.md: its built page changed what the whole guide removes"
    )


_PAGE = SimpleNamespace(
    file=SimpleNamespace(src_uri="en/print.md", locale="en"), toc=SimpleNamespace(items=[])
)


def _whole_guide_pass() -> dict:
    """What the markers hook keeps during a pass, for a whole guide of one-line chapters."""
    renderer = SimpleNamespace(cite=_cite, page_sources=lambda: "", cited=[])
    chapters = {
        src: markers._Chapter(renderer, "", "", html=f"<p>{src}</p>", toc=[]) for src in CHAPTERS
    }
    return {"whole_guide": renderer, "chapters": chapters, "titles": dict.fromkeys(CHAPTERS, "T")}


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
