"""Markers in pages: found with their line, rendered per language, unknown ones refused."""

import pytest

from guide.loader import load_site_data
from guide.markers import MarkerError, find_markers, replace_markers
from guide.render import PageRenderer, make_env
from tests.paths import ROOT

PAGE = """Intro line.

A claim [@agency-page]. Another [@news-report; @agency-page].

<!-- checklist: step-1 -->

Ask [](agency:dol-whd) first.
"""


@pytest.fixture
def renderer_for(data_root):
    data = load_site_data(data_root)
    env = make_env(ROOT / "overrides" / "components")
    return lambda lang, src="step-1.md": PageRenderer(env, data, lang, src)


def test_markers_are_found_with_their_lines():
    found = [(m.kind, m.args, m.line) for m in find_markers(PAGE)]
    assert found == [
        ("cite", ("agency-page",), 3),
        ("cite", ("news-report", "agency-page"), 3),
        ("checklist", ("step-1",), 5),
        ("agency", ("dol-whd",), 7),
    ]


def test_citations_are_numbered_in_order_of_first_use(renderer_for):
    r = renderer_for("en")
    html = replace_markers(PAGE, r.renderers(), "docs/en/step-1.md")
    assert '<a href="#ref-1" aria-label="Source 1">1</a>' in html
    assert '<a href="#ref-2" aria-label="Source 2">2</a>, <a href="#ref-1"' in html
    listing = r.page_sources()
    assert listing.index("A news report") > listing.index("An agency page")
    assert 'href="../sources/"' in listing


def test_pages_of_one_pass_share_citations_and_each_page_keeps_its_numbers(data_root):
    """A build pass shares rendered citations between its pages (hooks/markers.py); each page
    still numbers its own sources, and a pass with new interface text shows the new text."""
    data = load_site_data(data_root)
    env = make_env(ROOT / "overrides" / "components")
    memo: dict = {}
    first = PageRenderer(env, data, "en", "step-1.md", memo=memo)
    second = PageRenderer(env, data, "en", "step-2.md", memo=memo)
    assert first.cite(("agency-page",)) == second.cite(("news-report",))  # both [1]
    assert '"#ref-2"' in second.cite(("agency-page",))
    assert len(memo) == 2
    data.ui["cite_label"]["en"] = "Reference {n}"
    assert 'aria-label="Source 1"' in PageRenderer(env, data, "en", "x.md", memo=memo).cite(
        ("agency-page",)
    )  # the same pass: what it rendered stands
    fresh = PageRenderer(env, data, "en", "x.md", memo={})
    assert 'aria-label="Reference 1"' in fresh.cite(("agency-page",))


def test_page_renders_in_spanish(renderer_for):
    r = renderer_for("es")
    html = replace_markers(PAGE, r.renderers(), "docs/es/step-1.md")
    assert "Haga una lista de los problemas" in html
    assert "División de Horas y Salarios" in html
    assert 'aria-label="Fuente 1"' in html
    assert "Fuentes de esta página" in r.page_sources()


def _refused(renderer, text: str, shown: str = "docs/en/x.md", line_offset: int = 0) -> list:
    """What replace_markers refuses in `text`, each problem with its file and line."""
    with pytest.raises(MarkerError) as info:
        replace_markers(text, renderer.renderers(), shown, line_offset=line_offset)
    return info.value.problems


def test_unknown_markers_and_ids_fail_with_file_and_line(renderer_for):
    text = "One.\n<!-- chekclist: step-1 -->\nTwo [@nope].\n<!-- checklist: step-9 -->\n"
    assert _refused(renderer_for("en"), text, line_offset=4) == [
        "docs/en/x.md:6: unknown marker 'chekclist' "
        "(known: agency-finder, agency-index, changes, checklist, clocks, deadline-calculator, "
        "deadline-rules, decision, disclosure-table, figure, glossary, hard-questions, "
        "meeting-agenda, meeting-script, never-collect, note, progress, referrals, role, sources, "
        "state-laws, template, timeline, triage, ut-agencies, ut-laws)",
        "docs/en/x.md:7: marker 'cite' names unknown source 'nope'",
        "docs/en/x.md:8: marker 'checklist' names unknown checklist 'step-9'",
    ]


def test_a_marker_in_a_code_block_fails_with_file_and_line(renderer_for):
    # Markdown would show it as written (a block marker's HTML as text): nowhere to put it.
    text = "Intro.\n\n```\n<!-- checklist: step-1 -->\n```\n\n~~~\nA claim [@agency-page].\n~~~\n"
    assert _refused(renderer_for("en"), text, line_offset=2) == [
        "docs/en/x.md:6: marker '<!-- checklist: step-1 -->' is inside a code block "
        "(``` or ~~~), where it would show as written: move it out of the block",
        "docs/en/x.md:10: marker '[@agency-page]' is inside a code block "
        "(``` or ~~~), where it would show as written: move it out of the block",
    ]
    after = text.replace("~~~\nA", "A").replace("].\n~~~", "].")  # outside the block: fine
    assert len(_refused(renderer_for("en"), after, line_offset=2)) == 1


def test_sources_page_groups_by_kind_in_page_language(renderer_for):
    html = renderer_for("es", "sources.md").sources()
    assert html.index("Agencias de gobierno") < html.index("Noticias")
    assert 'id="src-agency-page"' in html and 'id="src-news-report"' in html
    assert "17 de julio de 2025" in html and "enero de 2024" in html


def test_timeline_marks_reported_events(renderer_for):
    html = renderer_for("en", "policy-status.md").timeline()
    assert html.index("January 13, 2023") < html.index("July 2025")
    assert "Reported, not officially announced" in html
    assert 'href="../sources/#src-news-report"' in html


def test_marker_arguments_that_make_no_sense_fail_with_file_and_line(renderer_for):
    text = (
        "<!-- glossary: all -->\n<!-- checklist -->\n<!-- figure: pie -->\nSee [](agency:nope).\n"
    )
    assert _refused(renderer_for("en"), text) == [
        "docs/en/x.md:1: marker 'glossary' names unknown argument 'all' (this marker takes none)",
        "docs/en/x.md:2: marker 'checklist' names unknown checklist (write <!-- checklist: id -->)",
        "docs/en/x.md:3: marker 'figure' names unknown figure 'pie' (known: five-steps, soi-flow)",
        "docs/en/x.md:4: marker 'agency' names unknown agency 'nope'",
    ]


def test_the_check_renderer_skips_lists_yet_finds_the_same_wrong_names(data_root):
    """`tasks.py check` renders with names_only: a list marker becomes empty, and each wrong
    name is still reported, in the same words as by the build's renderer."""
    data = load_site_data(data_root)
    env = make_env(ROOT / "overrides" / "components")
    text = "<!-- glossary -->\n<!-- glossary: all -->\n<!-- checklist: nope -->\n[](agency:nope)\n"
    said = []
    for names_only in (False, True):
        renderer = PageRenderer(env, data, "en", "x.md", names_only=names_only)
        with pytest.raises(MarkerError) as info:
            replace_markers(text, renderer.renderers(), "docs/en/x.md")
        said.append(info.value.problems)
    assert said[0] == said[1]
    assert len(said[1]) == 3
    quiet = PageRenderer(env, data, "en", "x.md", names_only=True)
    assert replace_markers("<!-- glossary -->\n", quiet.renderers(), "docs/en/x.md").strip() == ""
    full = PageRenderer(env, data, "en", "x.md")
    assert replace_markers("<!-- glossary -->\n", full.renderers(), "docs/en/x.md").strip() != ""


def test_status_phrases_follow_the_state_and_date_in_each_language(data_root):
    text = "Today: [](status:soi-today) Checked: [](status:short)\n"
    status_file = data_root / "data" / "status.yml"
    env = make_env(ROOT / "overrides" / "components")
    shown = {}
    for state in ("halted", "open"):
        status_file.write_text(
            status_file.read_text()
            .replace("state: halted", f"state: {state}")
            .replace("state: open", f"state: {state}")
            .replace("2026-11-01", "2026-10-05")
        )
        data = load_site_data(data_root)
        for lang in ("en", "es"):
            renderer = PageRenderer(env, data, lang, "step-3.md")
            shown[state, lang] = replace_markers(text, renderer.renderers(), "docs/x.md")
    assert (
        shown["halted", "en"]
        == "Today: An SOI leads nowhere today. Checked: Stopped · October 5, 2026\n"
    )
    assert shown["open", "es"] == (
        "Today: Una SOI apoya una solicitud. Checked: Abiertas · 5 de octubre de 2026\n"
    )


def test_unknown_status_phrase_fails_with_file_and_line(renderer_for):
    assert _refused(renderer_for("es"), "One.\nSee [](status:nope).\n", "docs/es/x.md") == [
        "docs/es/x.md:2: marker 'status' names unknown status phrase 'nope' "
        "(known: body, denial-risk, headline, period, short, soi-channels, soi-today)",
    ]


def test_an_agency_phone_comes_from_its_data_and_dials(renderer_for, data_root):
    text = "Call [](phone:dol-whd).\n"
    assert replace_markers(text, renderer_for("es").renderers(), "x") == (
        'Call <a href="tel:+18664879243">1-866-487-9243</a>.\n'
    )
    assert _refused(renderer_for("en"), "[](phone:nobody)\n") == [
        "docs/en/x.md:1: marker 'phone' names unknown agency 'nobody'"
    ]
    agency = data_root / "data" / "agencies" / "dol-whd.yml"
    agency.write_text(agency.read_text().replace('phone: "1-866-487-9243"', 'phone: "unknown"'))
    unknown = PageRenderer(
        make_env(ROOT / "overrides" / "components"), load_site_data(data_root), "en", "x.md"
    )
    assert _refused(unknown, text) == [
        "docs/en/x.md:1: marker 'phone' names unknown phone of agency 'dol-whd' "
        "(its filing.phone is unknown)"
    ]


def test_a_deadline_length_comes_from_the_agency_data_in_the_page_language(renderer_for):
    text = "Within [](deadline:dol-whd/federal-wage-claim).\n"
    assert replace_markers(text, renderer_for("en").renderers(), "x") == "Within 2 years.\n"
    assert replace_markers(text, renderer_for("es").renderers(), "x") == "Within 2 años.\n"
    assert _refused(renderer_for("en"), "[](deadline:dol-whd/nope) [](deadline:nobody/x)\n") == [
        "docs/en/x.md:1: marker 'deadline' names unknown deadline 'nope' of 'dol-whd' "
        "(known: federal-wage-claim)",
        "docs/en/x.md:1: marker 'deadline' names unknown agency 'nobody'",
    ]
