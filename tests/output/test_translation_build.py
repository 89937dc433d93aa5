"""The build enforces translation parity and tells Spanish readers when the English moved on."""

from __future__ import annotations

import re

import pytest

from scripts.sitebuild import build_site, copy_project
from tests.output.conftest import REPO_URL
from tests.sitedata import site_data

pytestmark = pytest.mark.build


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "project")


def test_current_translations_show_no_notice(built):
    html = (built.site / "es" / "step-1" / "index.html").read_text(encoding="utf-8")
    assert "guide-outdated" not in html


def test_changed_english_marks_the_spanish_page_outdated(project, tmp_path):
    english = project / "docs" / "en" / "step-2.md"
    english.write_text(english.read_text(encoding="utf-8") + "\nOne more sentence.\n")
    site = build_site(project, tmp_path / "out").site
    html = (site / "es" / "step-2" / "index.html").read_text(encoding="utf-8")
    notice = re.search(r'<p class="guide-outdated" role="note">(.*?)</p>', html, re.S).group(1)
    ui = site_data().ui
    assert ui["translation_outdated"]["es"].split("{date}")[0] in notice
    link = ui["translation_outdated_link"]["es"]
    assert f'<a href="../../step-2/" hreflang="en">{link}</a>' in notice
    untouched = (site / "es" / "step-1" / "index.html").read_text(encoding="utf-8")
    assert "guide-outdated" not in untouched


def test_structure_mismatch_fails_the_build_with_both_files(project, tmp_path):
    spanish = project / "docs" / "es" / "team.md"
    text = spanish.read_text(encoding="utf-8")
    first_id = re.search(r"\{ #([a-z0-9-]+) \}", text).group(1)
    spanish.write_text(text.replace(f"{{ #{first_id} }}", "{ #renamed }", 1), encoding="utf-8")
    with pytest.raises(AssertionError) as info:
        build_site(project, tmp_path / "out")
    message = str(info.value)
    assert "Translation parity:" in message
    assert re.search(r"docs/es/team\.md:\d+ vs docs/en/team\.md:\d+: heading ids differ", message)


def test_edit_links_open_the_right_source_file_and_nothing_calls_the_code_host(built_public):
    repo, site = REPO_URL, built_public.site
    pages = {
        "es/step-1/index.html": f"{repo}/edit/main/docs/es/step-1.md",
        "step-1/index.html": f"{repo}/edit/main/docs/en/step-1.md",
        "es/agencies/nlrb/index.html": f"{repo}/edit/main/data/agencies/nlrb.yml",
    }
    for rel, edit in pages.items():
        html = (site / rel).read_text(encoding="utf-8")
        assert f'href="{edit}"' in html, rel
        assert 'data-md-component="source"' not in html  # no stars/forks request to the host
