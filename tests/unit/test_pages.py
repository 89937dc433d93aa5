"""Page checks that need no build: twins, front matter, output paths, the check command."""

from pathlib import Path

from guide.cli import run_checks
from guide.languages import project_languages
from guide.pages import meta_problems, output_path, twin_problems
from guide.urls import relative_url
from tests.paths import ROOT

GOOD = "---\ntitle: T\ndescription: D\nlast_reviewed: 2026-01-01\n---\nx\n"


def _page(path: Path, text: str = GOOD):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_missing_and_extra_twins_are_named(tmp_path):
    _page(tmp_path / "en" / "a.md")
    _page(tmp_path / "en" / "b.md")
    _page(tmp_path / "es" / "a.md")
    _page(tmp_path / "es" / "c.md")
    assert [str(p) for p in twin_problems(tmp_path, project_languages(ROOT))] == [
        "docs/es/b.md:1: is missing: docs/en/b.md has no Spanish translation",
        "docs/en/c.md:1: is missing: docs/es/c.md has no English original",
    ]


def test_front_matter_fields_are_required():
    text = "---\ntitle: T\nlast_reviewed: 2099-01-01\n---\nbody\n"
    assert [str(p) for p in meta_problems(text, "docs/en/x.md")] == [
        "docs/en/x.md:1: front matter field 'description' is missing",
        "docs/en/x.md:3: front matter field 'last_reviewed' is in the future",
    ]


def test_broken_front_matter_is_named_with_its_line():
    text = "---\ntitle: T\ndescription: [D\nlast_reviewed: 2026-01-01\n---\nbody\n"
    assert [str(p) for p in meta_problems(text, "docs/es/x.md")] == [
        "docs/es/x.md:4: front matter is not valid YAML: expected ',' or ']', but got ':'",
    ]
    text = "---\ntitle: T\ndescription: D\nlast_reviewed: soon\n---\nbody\n"
    assert [str(p) for p in meta_problems(text, "docs/es/x.md")] == [
        "docs/es/x.md:4: front matter field 'last_reviewed' must be YYYY-MM-DD",
    ]


def test_a_front_matter_text_cut_by_a_note_is_named_as_in_data_files():
    text = "---\ntitle: T\ndescription: Fact Sheet #77A on wages\n---\nbody\n"
    assert [str(p) for p in meta_problems(text, "docs/en/x.md")] == [
        "docs/en/x.md:3: front matter field 'description' is cut at '#' (YAML reads ' #' as the "
        "start of a note to editors, so the text ends at 'Fact Sheet'): put the whole text in "
        "double quotes",
    ]
    # A note after a date or a one-word value, and a "#" in a quoted text, are meant.
    text = "---\ntitle: T # one word\ndescription: 'Fact Sheet #77A'\n"
    text += "last_reviewed: 2026-01-01 # checked twice\n---\nbody\n"
    assert meta_problems(text, "docs/en/x.md") == []


def test_output_paths_and_relative_urls():
    assert output_path("index.md", "en", "en") == "index.html"
    assert output_path("step-1.md", "es", "en") == "es/step-1/index.html"
    assert output_path("agencies/index.md", "es", "en") == "es/agencies/index.html"
    assert relative_url("agencies/index.md", "sources.md", "src-x") == "../sources/#src-x"
    assert relative_url("index.md", "step-1.md") == "step-1/"


def test_check_command_reports_data_and_page_problems(data_root):
    _page(data_root / "docs" / "en" / "index.md")
    _page(data_root / "docs" / "es" / "index.md", "no front matter\n")
    (data_root / "data" / "steps.yml").write_text("steps: nope\n")
    assert run_checks(data_root)[0] == [
        "data/steps.yml:1: field 'steps' must be a list",
        "docs/es/index.md:1: has no front matter (--- title/description/last_reviewed ---)",
    ]


def test_no_written_page_types_an_agency_phone_number():
    # [](phone:id) prints it from data/agencies/: a number typed by hand would not follow a fix.
    from tests.sitedata import site_data

    numbers = {a.filing.dial[2:] for a in site_data().agencies.values() if a.filing.dial}
    assert len(numbers) >= 10
    typed = []
    for page in sorted((ROOT / "docs").rglob("*.md")):
        if page.parent.name == "agencies" and page.stem in site_data().agencies:
            continue  # written from data by the build (git-ignored)
        digits = "".join(ch for ch in page.read_text(encoding="utf-8") if ch.isdigit())
        typed += [f"{page.relative_to(ROOT)}: {n}" for n in numbers if n in digits]
    assert typed == []


def test_a_section_heading_without_its_lowercase_id_is_named():
    from guide.pages import written_page_problems

    text = GOOD + "\n## Pitfalls\n\n### Who { #Who }\n\n## Fine { #fine }\n\n```\n## code\n```\n"
    assert [str(p) for p in written_page_problems(text, "docs/en/x.md")] == [
        "docs/en/x.md:8: heading 'Pitfalls' needs an id in lower case, the same in every "
        "language: end the line with { #pitfalls } (in a translation, the original's id)",
        "docs/en/x.md:10: heading 'Who' needs an id in lower case, the same in every "
        "language: end the line with { #who } (in a translation, the original's id)",
    ]
