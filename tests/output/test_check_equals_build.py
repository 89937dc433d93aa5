"""`python3 tasks.py check` and the build stop on the same page mistakes, with the same words,
at the author's file and line (never a generated page or the whole-guide page)."""

from __future__ import annotations

import pytest

from guide.cli import run_checks
from guide.pages import is_generated
from scripts.sitebuild import build_site, copy_project
from tests.paths import LANGS

pytestmark = pytest.mark.build

SPANISH = "es"  # 'reportar' is an avoided calque in Spanish only (data/terms.yml)


def _replace(project, rel: str, old: str, new: str) -> int:
    """Replace `old` once in docs/<lang>/rel for every language, so the translations stay twins;
    the line number in the default language, which the checks name."""
    line = 0
    for lang in LANGS:
        page = project / "docs" / lang / rel
        text = page.read_text(encoding="utf-8")
        assert old in text, (lang, rel, old)
        if lang == LANGS[0]:
            line = text[: text.index(old)].count("\n") + 1
        page.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def _check_and_build_say(project, tmp_path, wanted: str) -> None:
    """`tasks.py check` reports `wanted` (a problem line starts with it), and the build stops
    with it, never blaming the whole-guide page."""
    problems, _ = run_checks(project)
    assert any(p.startswith(wanted) for p in problems), problems
    with pytest.raises(AssertionError) as info:
        build_site(project, tmp_path / "out")
    assert wanted in str(info.value)
    assert "docs/en/print.md" not in str(info.value)


# Each mistake is on a page of its own, or on a page whose other mistake moves no line, so one
# copy of the project holds them all: `check`, and one build (which names every page mistake of
# a language at once, hooks/markers.py), must each report every one.
CASES = {
    "unknown checklist": (
        "step-1.md",
        "<!-- checklist: step-1 -->",
        "<!-- checklist: step-one -->",
        "marker 'checklist' names unknown checklist 'step-one'",
    ),
    "argument to a list marker": (
        "glossary.md",
        "<!-- glossary -->",
        "<!-- glossary: all -->",
        "marker 'glossary' names unknown argument 'all' (this marker takes none)",
    ),
    "capitalised marker": (
        "step-3.md",
        "<!-- checklist: step-3 -->",
        "<!-- Checklist: step-3 -->",
        "marker '<!-- Checklist: step-3 -->' must be lowercase",
    ),
    "heading without its id": (
        "team.md",
        " { #why-a-team }",
        "",
        "heading 'Why a team' needs an id in lower case",
    ),
    "unknown source": (
        "step-2.md",
        "[@osha-file-complaint]",
        "[@no-such-source]",
        "marker 'cite' names unknown source 'no-such-source'",
    ),
    "agency id in capitals": (
        "retaliation.md",
        "[](agency:osha)",
        "[](agency:OSHA)",
        "marker '[](agency:OSHA)' is not written right",
    ),
    # Before the next case on the same page: it adds a line above that case's.
    "a future review date": (
        "about.md",
        "last_reviewed: ",
        "last_reviewed: 2099-01-01\nwas: ",
        "front matter field 'last_reviewed' is in the future",
    ),
    "script in a page": (
        "about.md",
        "\n## ",
        "\n<script>alert(1)</script>\n\n## ",
        "has a <script> tag",
    ),
    "meta refresh": (
        "legal-help.md",
        "\n## ",
        '\n<meta http-equiv="refresh" content="1;url=https://x.example/">\n\n## ',
        "has a <meta http-equiv=refresh>",
    ),
    "marker in a code block": (
        "step-4.md",
        "<!-- checklist: step-4 -->",
        "```\n<!-- checklist: step-4 -->\n```",
        "marker '<!-- checklist: step-4 -->' is inside a code block (``` or ~~~), where it "
        "would show as written: move it out of the block",
    ),
    "link to a missing page": (
        "team.md",
        "(confidentiality.md",
        "(confidentiality-x.md",
        "links to 'confidentiality-x.md', which is not a page in docs/en/",
    ),
    "link to a missing part of a page": (
        "policy-status.md",
        "(step-1.md#check-deadlines)",
        "(step-1.md#check-deadline)",
        "links to 'step-1.md#check-deadline', but step-1.md has no { #check-deadline }: "
        "link to one of its heading ids",
    ),
    "link to a missing part of the same page": (
        "step-2.md",
        "(#confidentiality)",
        "(#confidentiallity)",
        "links to '#confidentiallity', but step-2.md has no { #confidentiallity }: "
        "link to one of its heading ids",
    ),
}


@pytest.fixture(scope="module")
def every_mistake(tmp_path_factory):
    """(line of each case's mistake, what `check` says, what the build says, what it left in
    its site folder) for one copy of the project holding every case."""
    tmp = tmp_path_factory.mktemp("every-mistake")
    project = copy_project(tmp / "project")
    lines = {}
    for case, (rel, old, new, _) in CASES.items():
        lines[case] = _replace(project, rel, old, new)
        if case in ("script in a page", "meta refresh", "marker in a code block"):
            lines[case] += 1  # what is reported sits on the line after the replaced one's start
    problems, _ = run_checks(project)
    with pytest.raises(AssertionError) as info:
        build_site(project, tmp / "out")
    out = tmp / "out"
    left = sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) if out.is_dir() else None
    return lines, problems, str(info.value), left


@pytest.mark.parametrize("case", CASES)
def test_check_and_build_name_the_same_file_line_and_problem(every_mistake, case):
    rel, _, _, message = CASES[case]
    lines, problems, built, _ = every_mistake
    wanted = f"docs/en/{rel}:{lines[case]}: {message}"
    assert any(p.startswith(wanted) for p in problems), problems
    assert wanted in built
    assert "docs/en/print.md" not in built


def test_a_build_that_stops_leaves_no_page_to_open(every_mistake):
    """Its pages were written before the end of the pass named their mistakes (a meta refresh
    among them): none is left for a browser, or `mkdocs serve`, to open."""
    assert every_mistake[3] == []  # None: the folder was not made


def test_a_front_matter_text_cut_by_a_note_stops_check_and_build(tmp_path):
    """The data files' rule for " #" (guide/yamlfile.py) in a page's front matter, named at its
    line by check and by the build, whose translation parity reads front matter first."""
    project = copy_project(tmp_path / "project")
    line = _replace(project, "grant-holders.md", "description: ", "description: Fact Sheet #77A ")
    said = (
        "front matter field 'description' is cut at '#' (YAML reads ' #' as the start of a note "
        "to editors, so the text ends at 'Fact Sheet'): put the whole text in double quotes"
    )
    problems, _ = run_checks(project)
    assert f"docs/en/grant-holders.md:{line}: {said}" in problems
    with pytest.raises(AssertionError) as info:
        build_site(project, tmp_path / "out")
    assert f"docs/en/grant-holders.md:{line}: English {said}" in str(info.value)


def test_an_unknown_step_page_stops_check_and_build(tmp_path):
    project = copy_project(tmp_path / "project")
    steps = project / "data" / "steps.yml"
    text = steps.read_text(encoding="utf-8")
    line = text[: text.index("page: step-5.md")].count("\n") + 1
    steps.write_text(text.replace("page: step-5.md", "page: step-9.md"), encoding="utf-8")
    _check_and_build_say(
        project,
        tmp_path,
        f"data/steps.yml:{line}: field 'steps[4].page' "
        "names 'step-9.md', which is not a page in docs/en/",
    )


def test_quotes_in_interface_text_cannot_break_out_of_an_attribute(tmp_path):
    project = copy_project(tmp_path / "project")
    ui = project / "data" / "ui.yml"
    text = ui.read_text(encoding="utf-8")
    start = text.index("\nquick_exit:\n")
    line_end = text.index("\n", text.index("  en:", start))
    attack = """  en: 'Quick exit" autofocus onfocus="alert(17)'"""
    ui.write_text(text[: text.index("  en:", start)] + attack + text[line_end:], encoding="utf-8")
    assert run_checks(project)[0] == []  # quotes are legal text
    site = build_site(project, tmp_path / "out").site
    html = (site / "index.html").read_text(encoding="utf-8")
    assert 'aria-label="Quick exit&#34; autofocus onfocus=&#34;alert(17)"' in html
    assert 'onfocus="alert(17)"' not in html


def test_an_avoided_term_stops_check_and_build_and_an_exception_lets_it_pass(tmp_path):
    about = f"docs/{SPANISH}/about.md"
    project = copy_project(tmp_path / "project")
    page = project / about
    text = page.read_text(encoding="utf-8")
    end = text.index("\n---\n", 4) + 5
    page.write_text(
        text[:end] + "\nSi algo falla, puede reportar un error.\n" + text[end:], encoding="utf-8"
    )
    line = text[:end].count("\n") + 2
    _check_and_build_say(
        project, tmp_path, f"{about}:{line}: uses 'reportar', a calque; write 'denunciar"
    )
    terms = project / "data" / "terms.yml"
    terms.write_text(
        terms.read_text(encoding="utf-8")
        + (
            f'  - file: {about}\n    text: "puede reportar un error"\n'
            '    why: "A quotation kept as it was said."\n'
        ),
        encoding="utf-8",
    )
    assert [p for p in run_checks(project)[0] if about in p] == []


@pytest.mark.parametrize(
    ("added", "said"),
    [
        (
            "[](status:short) ",
            "has different markers: Spanish has status:short",
        ),  # the translation only
        ("[@no-such-source] ", "must be plain text: remove '[@no-such-source]'"),
    ],
    ids=["unlike its original", "a citation"],
)
def test_an_agency_text_mistake_is_named_in_data_not_on_its_page(tmp_path, added, said):
    """Agency pages are written from data: a marker only the translation has, or a citation
    (data texts are plain), is found in the data file the author edits, by check and build
    alike, never on the generated page."""
    project = copy_project(tmp_path / "project")
    agency = project / "data" / "agencies" / "ca-alrb.yml"
    text = agency.read_text(encoding="utf-8")
    old = f'{SPANISH}: "La ALRB publicó'
    line = text[: text.index(old)].count("\n") + 1
    agency.write_text(
        text.replace(old, f'{SPANISH}: "{added}La ALRB publicó'),
        encoding="utf-8",
    )
    _check_and_build_say(
        project, tmp_path, f"data/agencies/ca-alrb.yml:{line}: field 'soi.where.{SPANISH}' {said}"
    )
    assert not [p for p in run_checks(project)[0] if "/agencies/ca-alrb.md" in p]


def test_check_knows_agency_pages_from_data_not_from_pages_an_earlier_build_left(tmp_path):
    """`check` writes nothing into docs/: an agency in data has its page even before a build
    wrote it, and a page an earlier build left for an agency since removed does not count."""
    project = copy_project(tmp_path / "project")
    for lang in LANGS:
        folder = project / "docs" / lang / "agencies"
        for page in folder.glob("*.md"):
            if is_generated(f"agencies/{page.name}"):
                page.unlink()
        (folder / "gone.md").write_text(
            "---\ntitle: Gone\ngenerated_from: data/agencies/gone.yml\n---\n", encoding="utf-8"
        )
    line = (
        _replace(
            project,
            "about.md",
            "\n## ",
            "\nSee [NLRB](agencies/nlrb.md) and [gone](agencies/gone.md).\n\n## ",
        )
        + 1
    )
    wanted = (
        f"docs/en/about.md:{line}: links to 'agencies/gone.md', which is not a page in docs/en/"
    )
    problems, _ = run_checks(project)
    spanish = f"docs/{SPANISH}/about.md:"
    assert [p for p in problems if "links to" in p] == [
        wanted,
        next(p for p in problems if p.startswith(spanish) and "agencies/gone.md" in p),
    ]
    assert not (project / "docs" / "en" / "agencies" / "nlrb.md").exists()
    _check_and_build_say(project, tmp_path, wanted)


def test_a_state_without_a_name_is_said_once_where_the_agency_names_it(tmp_path):
    project = copy_project(tmp_path / "project")
    folder = project / "data" / "agencies"
    text = (folder / "ny-dol.yml").read_text(encoding="utf-8")
    text = text.replace("id: ny-dol\n", "id: pa-dli\n").replace("state: NY\n", "state: PA\n")
    (folder / "pa-dli.yml").write_text(text, encoding="utf-8")
    line = text[: text.index("state: PA")].count("\n") + 1
    said = [p for p in run_checks(project)[0] if "PA" in p]
    assert said == [
        f"data/agencies/pa-dli.yml:{line}: field 'state' 'PA' has no name yet: "
        "add 'state_PA' with en and es to data/ui.yml"
    ]
