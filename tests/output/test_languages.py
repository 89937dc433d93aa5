"""Languages are data: a third language added the documented way (CONTRIBUTING.md, "Add a
language") passes the checks and builds; a listed language that lacks a text or a page is refused
with the file, line and language named; a language listed with `build: false` is not required."""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from guide.errors import DataErrors
from guide.languages import project_languages
from guide.loader import load_site_data
from guide.pages import all_page_problems, expected_outputs, written_paths
from guide.parity import check_tree, record_translation
from scripts.sitebuild import build_site, copy_project
from tests.paths import LANG_PREFIXES, LANGS

pytestmark = pytest.mark.build

NEW = "fr"  # any locale Babel, Material and lunr know
ENTRY = f"""\
        - locale: {NEW}
          name: Français
          build: {{build}}
          site_name: Action différée — guide (test)
"""


def add_language(project: Path, build: bool = True) -> None:
    """Step 1 of "Add a language": list it in mkdocs.yml, beside the others."""
    config = project / "mkdocs.yml"
    lines = config.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.strip() == "languages:")
    end = next(
        i
        for i in range(start + 1, len(lines))
        if lines[i].strip() and len(lines[i]) - len(lines[i].lstrip()) < 8
    )
    lines.insert(end, ENTRY.format(build=str(build).lower()))
    config.write_text("".join(lines), encoding="utf-8")


def translate_data(project: Path, default: str) -> None:
    """Step 3: give every text in data/ a version in the new language. The test copies the
    default language's text, which the checks accept like any translation."""
    yaml = YAML()  # round trip: comments and order kept, as an author's editor would
    yaml.width = 4096
    for path in sorted((project / "data").rglob("*.yml")):
        doc = yaml.load(path)
        if _add_texts(doc, default):
            yaml.dump(doc, path)
    ui = project / "data" / "ui.yml"
    ui.write_text(
        ui.read_text(encoding="utf-8")
        + f"\nsource_in_{NEW}:\n"
        + "".join(f"  {lang}: in French\n" for lang in (*LANGS, NEW)),
        encoding="utf-8",
    )


def _add_texts(node: object, default: str) -> bool:
    changed = False
    if isinstance(node, dict):
        if default in node and NEW not in node:
            node[NEW] = copy.deepcopy(node[default])
            changed = True
        for value in list(node.values()):
            changed |= _add_texts(value, default)
    elif isinstance(node, list):
        for value in node:
            changed |= _add_texts(value, default)
    return changed


def translate_pages(project: Path, default: str) -> None:
    """Step 2: a twin of every page, recorded as checked with `tasks.py translated`."""
    shutil.copytree(project / "docs" / default, project / "docs" / NEW)
    for page in sorted((project / "docs" / NEW).rglob("*.md")):
        record_translation(project, page)


@pytest.fixture(scope="module")
def three_languages(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("three"))
    default = project_languages(project).default
    add_language(project)
    translate_data(project, default)
    translate_pages(project, default)
    return project


def test_a_third_language_passes_every_check(three_languages):
    data = load_site_data(three_languages)
    assert data.languages.codes == (*LANGS, NEW)
    assert all_page_problems(three_languages) == []
    report = check_tree(three_languages)
    assert report.structure == [] and report.outdated == []
    # Each translation, the site's own and NEW, pairs every written page with the original
    # (agency pages are compared through their data).
    translations = len(LANGS[1:]) + 1
    pages = len(written_paths(three_languages / "docs", LANGS[0]))
    assert report.pairs == translations * pages


def test_a_third_language_builds_every_page(three_languages, tmp_path_factory):
    site = build_site(three_languages, tmp_path_factory.mktemp("site3") / "site").site
    agencies = set(load_site_data(three_languages).agencies)
    missing = [p for p in expected_outputs(three_languages, agencies) if not (site / p).is_file()]
    assert missing == []
    home = (site / NEW / "index.html").read_text(encoding="utf-8")
    assert f'<html lang="{NEW}"' in home
    assert f'hreflang="{NEW}"' in (site / "index.html").read_text(encoding="utf-8")
    assert (site / NEW / "search" / "search_index.json").is_file()
    # The pages that speak every language loop over them.
    not_found = (site / "404.html").read_text(encoding="utf-8")
    assert f'<div lang="{NEW}" class="guide-not-found">' in not_found
    offline = (site / "offline.html").read_text(encoding="utf-8")
    assert f"data-saved-{NEW}=" in offline and f'href="{NEW}/"' in offline
    # The glossary shows each term in the other languages.
    for prefix, _ in LANG_PREFIXES:
        glossary = (site / prefix / "glossary" / "index.html").read_text(encoding="utf-8")
        assert f'class="guide-glossary__other" lang="{NEW}"' in glossary, prefix


def test_a_listed_language_missing_a_text_is_refused_by_file_line_and_language(tmp_path):
    project = copy_project(tmp_path)
    add_language(project)
    with pytest.raises(DataErrors) as info:
        load_site_data(project)
    first = info.value.errors[0]
    assert re.fullmatch(r"data/[a-z_/-]+\.yml", first.path) and first.line >= 1
    assert f"has no '{NEW}' text" in first.message
    report = check_tree(project)
    assert f"docs/{NEW}/index.md:1: is missing: docs/en/index.md has no French translation" in [
        str(p) for p in report.structure
    ]


def test_a_language_listed_with_build_false_is_not_required(tmp_path):
    project = copy_project(tmp_path)
    add_language(project, build=False)
    data = load_site_data(project)  # no French text anywhere: accepted
    assert NEW not in data.languages.codes and NEW in data.languages.allowed
    assert check_tree(project).structure == []
