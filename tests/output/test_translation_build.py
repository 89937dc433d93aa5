"""The build enforces translation parity and tells a translation's readers when the original
(the default language's page) moved on."""

from __future__ import annotations

import re

import pytest

from scripts.sitebuild import build_site, copy_project
from tests.conftest import REPO_URL
from tests.paths import LANG_PREFIXES, LANGS, OTHER_LANG_PREFIXES, OTHER_LANGS
from tests.sitedata import site_data

pytestmark = pytest.mark.build


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "project")


def test_current_translations_show_no_notice(built):
    for prefix, lang in OTHER_LANG_PREFIXES:
        html = (built.site / prefix / "step-1" / "index.html").read_text(encoding="utf-8")
        assert "guide-outdated" not in html, lang


def test_a_changed_original_marks_its_translations_outdated(project, tmp_path):
    original = project / "docs" / LANGS[0] / "step-2.md"
    original.write_text(original.read_text(encoding="utf-8") + "\nOne more sentence.\n")
    site = build_site(project, tmp_path / "out").site
    ui = site_data().ui
    for prefix, lang in OTHER_LANG_PREFIXES:
        html = (site / prefix / "step-2" / "index.html").read_text(encoding="utf-8")
        notice = re.search(r'<p class="guide-outdated" role="note">(.*?)</p>', html, re.S).group(1)
        assert ui["translation_outdated"][lang].split("{date}")[0] in notice
        link = ui["translation_outdated_link"][lang]
        assert f'<a href="../../step-2/" hreflang="{LANGS[0]}">{link}</a>' in notice
        untouched = (site / prefix / "step-1" / "index.html").read_text(encoding="utf-8")
        assert "guide-outdated" not in untouched


@pytest.mark.parametrize("lang", OTHER_LANGS)
def test_structure_mismatch_fails_the_build_with_both_files(project, tmp_path, lang):
    translation = project / "docs" / lang / "team.md"
    text = translation.read_text(encoding="utf-8")
    first_id = re.search(r"\{ #([a-z0-9-]+) \}", text).group(1)
    translation.write_text(text.replace(f"{{ #{first_id} }}", "{ #renamed }", 1), encoding="utf-8")
    with pytest.raises(AssertionError) as info:
        build_site(project, tmp_path / "out")
    message = str(info.value)
    assert "Translation parity:" in message
    both = rf"docs/{lang}/team\.md:\d+ vs docs/{LANGS[0]}/team\.md:\d+"
    assert re.search(both + ": heading ids differ", message)


def test_edit_links_open_the_right_source_file_and_nothing_calls_the_code_host(built_public):
    repo, site = REPO_URL, built_public.site
    pages = {
        f"{prefix}step-1/index.html": f"{repo}/edit/main/docs/{lang}/step-1.md"
        for prefix, lang in LANG_PREFIXES
    }
    for prefix, _ in OTHER_LANG_PREFIXES:  # a generated page: its text is edited in data
        pages[f"{prefix}agencies/nlrb/index.html"] = f"{repo}/edit/main/data/agencies/nlrb.yml"
    for rel, edit in pages.items():
        html = (site / rel).read_text(encoding="utf-8")
        assert f'href="{edit}"' in html, rel
        assert 'data-md-component="source"' not in html  # no stars/forks request to the host
