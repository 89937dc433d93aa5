"""One strict build of the real site: every page in every language, status and dates on each."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from guide.languages import english_name
from guide.pages import expected_outputs, page_paths
from guide.status import phrase
from scripts.sitebuild import build_site, copy_project
from tests.conftest import PUBLIC_URL
from tests.paths import (
    LANG_PREFIXES,
    LANGS,
    OTHER_LANG_PREFIXES,
    OTHER_LANGS,
    PREFIX_OF,
    PREFIXES,
    ROOT,
    lang_of,
)
from tests.sitedata import site_data

pytestmark = pytest.mark.build

GENERATED_DIRS = ("assets", "search", "stylesheets", "javascripts")
SPANISH = "es"  # Spanish dates have their own wording ("1 de mayo de 2026"), checked as written


def html_pages(site: Path) -> set[str]:
    return {
        p.relative_to(site).as_posix()
        for p in site.rglob("index.html")
        if p.relative_to(site).parts[0] not in GENERATED_DIRS
    }


def test_build_is_strict_clean(built):
    assert "WARNING" not in built.log, built.log


def test_output_pages_match_docs_and_data(built):
    assert html_pages(built.site) == expected_outputs(ROOT, set(site_data().agencies))


def test_every_page_exists_in_every_language(built):
    default, *others = (page_paths(ROOT / "docs", lang) for lang in LANGS)
    assert all(pages == default for pages in others)
    assert len(default) >= 15


def _lang(html: str) -> str:
    return re.search(r'<html lang="([a-z]+)"', html).group(1)


def test_each_page_declares_its_language_and_has_status_review_date_and_tools(built):
    data = site_data()
    for rel in expected_outputs(ROOT, set(site_data().agencies)):
        html = (built.site / rel).read_text(encoding="utf-8")
        lang = lang_of(rel)
        assert _lang(html) == lang, rel
        headline = phrase(data.status, "headline", lang)
        assert 'class="guide-status guide-status--' in html, rel
        assert headline.replace("'", "&#39;") in html or headline in html, rel
        assert 'class="guide-reviewed"' in html, rel
        # The tools every page carries: presentation toggle, print footer line, quick exit.
        tools = ('class="guide-present-bar"', 'class="guide-print-footer"', "data-quick-exit-link")
        for tool in tools:
            assert tool in html, f"{rel}: {tool}"


def test_spanish_dates_are_written_in_spanish(built):
    html = (built.site / SPANISH / "index.html").read_text(encoding="utf-8")
    assert re.search(r"Última verificación: \d{1,2} de [a-záéíóú]+ de \d{4}", html)
    assert re.search(r"Revisado por última vez: \d{1,2} de [a-záéíóú]+ de \d{4}", html)


def test_pages_name_their_twin_as_alternate(built):
    for prefix, lang in LANG_PREFIXES:
        html = (built.site / prefix / "step-2" / "index.html").read_text(encoding="utf-8")
        for twin_prefix, twin in LANG_PREFIXES:
            if twin != lang:
                alternate = (
                    rf'<link rel="alternate" href="[^"]*/{twin_prefix}step-2/" hreflang="{twin}">'
                )
                assert re.search(alternate, html), (lang, twin)


def test_no_third_party_assets_in_output(built):
    external = re.compile(
        r'<(?:script|link|img|iframe)[^>]+(?:src|href)="(?:https?:)?//(?!127\.0\.0\.1)'
    )
    for path in built.site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert not external.search(text), f"{path}: {external.search(text).group(0)}"
        assert "fonts.googleapis" not in text, path


@pytest.mark.parametrize("lang", OTHER_LANGS)
def test_missing_translation_fails_the_build_naming_the_page(tmp_path, lang):
    project = copy_project(tmp_path / "project")
    (project / "docs" / lang / "about.md").unlink()
    with pytest.raises(AssertionError) as info:
        build_site(project, tmp_path / "out")
    assert (
        f"docs/{lang}/about.md:1: is missing: docs/{LANGS[0]}/about.md "
        f"has no {english_name(lang)} translation"
    ) in str(info.value)


def test_broken_data_fails_the_build_naming_file_line_and_field(tmp_path):
    project = copy_project(tmp_path / "project")
    status = project / "data" / "status.yml"
    text = status.read_text(encoding="utf-8")
    line = text[: text.index("\nlast_checked: ")].count("\n") + 2
    status.write_text(
        text.replace("\nlast_checked: ", "\nlast_checked: 2999-01-01\n# was: ", 1), encoding="utf-8"
    )
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "index.html").write_text("a page of an earlier build", "utf-8")
    with pytest.raises(AssertionError) as info:
        build_site(project, tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []  # stopped before a page: none left either
    assert (
        "The data in data/ has problems:\n"
        f"data/status.yml:{line}: field 'last_checked' is in the future (2999-01-01)\n"
        "1 data error(s) found."
    ) in str(info.value)


def test_code_in_a_template_fails_the_build_naming_each_page_not_the_whole_guide(tmp_path, built):
    """The scan of every built page (hooks/csp.py) runs beside the build and stops it at the end,
    naming each page that shows the code, in every language; the whole-guide page, made of those
    pages, is not named for what they hold."""
    project = copy_project(tmp_path / "project")
    template = project / "overrides" / "components" / "checklist.html"
    text = template.read_text(encoding="utf-8")
    template.write_text(text.replace("<strong>", '<strong onclick="steal()">', 1), "utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / ".git").write_text("a checkout kept in the site folder", "utf-8")
    with pytest.raises(AssertionError) as info:
        build_site(project, tmp_path / "out")
    said = str(info.value)
    named = set(re.findall(r"(docs/\S+\.md): has an onclick= attribute", said))
    with_checklists = set()
    for page in built.site.glob("**/index.html"):
        if "guide-checklist__title" in page.read_text(encoding="utf-8"):
            address = page.parent.relative_to(built.site).as_posix() + "/"
            lang = lang_of(address)
            with_checklists.add(f"docs/{lang}/{address.removeprefix(PREFIX_OF[lang])[:-1]}.md")
    assert named == {p for p in with_checklists if not p.endswith("/print.md")}
    assert len(named) >= 2 * 5  # every step chapter, in each language
    assert "print.md" not in said
    assert "holds code; remove it" in said
    # Its pages were written before the scan; a hidden file stays, as MkDocs leaves it.
    assert [p.name for p in (tmp_path / "out").iterdir()] == [".git"]


def test_a_page_without_a_review_date_fails_the_build_naming_it(tmp_path):
    project = copy_project(tmp_path / "project")
    for lang in LANGS:  # all, so the translations stay in step and this check is the one that fails
        page = project / "docs" / lang / "about.md"
        text = page.read_text(encoding="utf-8")
        page.write_text(re.sub(r"^last_reviewed: .*\n", "", text, count=1, flags=re.M), "utf-8")
    with pytest.raises(AssertionError) as info:
        build_site(project, tmp_path / "out")
    assert "docs/en/about.md:1: front matter field 'last_reviewed' is missing" in str(info.value)


def test_the_search_worker_our_config_names_exists(built):
    # overrides/main.html copies Material's config block, worker file name included.
    for page in (f"{prefix}index.html" for prefix, _ in LANG_PREFIXES):
        html = (built.site / page).read_text(encoding="utf-8")
        config = re.search(r'<script id="__config"[^>]*>(.*?)</script>', html, re.S).group(1)
        worker = re.search(r'"search": "([^"]+)"', config).group(1)
        assert (built.site / page).parent.joinpath(worker).resolve().is_file(), worker


@pytest.mark.parametrize("prefix", PREFIXES)
def test_the_home_page_lists_the_five_steps_once(built, prefix):
    page = (built.site / prefix / "index.html").read_text(encoding="utf-8")
    article = page[page.index("<article") : page.index("</article>")]
    lists = re.findall(r"<[ou]l\b.*?</[ou]l>", article, re.S)
    every_step = [li for li in lists if all(f'href="step-{n}/"' in li for n in range(1, 6))]
    assert len(every_step) == 1
    for n in range(2, 6):  # step 1 is also where organizers start ("Where to start by role")
        assert len(re.findall(rf'href="step-{n}/(?:#[^"]*)?"', article)) == 1, n


def test_a_citation_never_doubles_the_full_stop_of_a_title(built):
    for rel in ("index.html", *(f"{prefix}sources/index.html" for prefix, _ in LANG_PREFIXES)):
        page = (built.site / rel).read_text(encoding="utf-8")
        assert re.findall(r"[.?!]</a>\.", page) == [], rel


def test_a_source_read_in_a_copy_says_so_in_every_list_of_sources(built):
    """`read_in` (data/sources) is said beside the source on the sources page and on the pages
    that cite it, in each language; a source without it says nothing of the kind."""
    data = site_data()
    copies = {s.id for s in data.sources.values() if s.read_in}
    assert copies  # the data has such sources, so the rule below is exercised
    for prefix, lang in LANG_PREFIXES:
        said = data.text("source_read_in_copy", lang)
        page = (built.site / prefix / "sources" / "index.html").read_text(encoding="utf-8")
        for sid, entry in re.findall(r'<li id="src-([a-z0-9-]+)">(.*?)</li>', page, re.S):
            assert (said in entry) == (sid in copies), (lang, sid)
        cited = (built.site / prefix / "agencies" / "mn-ag" / "index.html").read_text("utf-8")
        assert said in cited, lang  # it cites mn-stat-611a-95, read in a copy


def test_with_a_public_address_alternates_are_absolute_and_paper_shows_it(built_public):
    # Each language's address; the default's again as x-default, for readers of any other.
    default, *others = ((f"{PUBLIC_URL}{p}step-3/", lang) for p, lang in LANG_PREFIXES)
    for prefix, lang in OTHER_LANG_PREFIXES:
        page = (built_public.site / prefix / "step-3" / "index.html").read_text(encoding="utf-8")
        alternates = re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="([a-z-]+)">', page)
        assert alternates == [default, (default[0], "x-default"), *others], lang
        assert f'data-print-href="{PUBLIC_URL}{prefix}step-2/"' in page, lang
        assert "127.0.0.1" not in page, lang
