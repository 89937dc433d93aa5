"""Parity: each kind of drift between an English page and its Spanish twin: its exact message."""

import re
import shutil
from pathlib import Path

import pytest

from guide.parity import check_tree, fingerprint, main, record_translation
from tests.paths import FIXTURES, ROOT

CASES = FIXTURES / "parity"
EN = (CASES / "en.md").read_text()


def _tree(tmp_path: Path, es_text: str | None, extra: dict[str, str] | None = None) -> Path:
    for lang in ("en", "es"):
        (tmp_path / "docs" / lang).mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path)  # the languages
    (tmp_path / "docs" / "en" / "p.md").write_text(EN)
    if es_text is not None:
        (tmp_path / "docs" / "es" / "p.md").write_text(es_text.replace("RECORD", fingerprint(EN)))
    for rel, text in (extra or {}).items():
        (tmp_path / "docs" / rel).write_text(text)
    return tmp_path


def test_a_faithful_translation_passes(tmp_path):
    report = check_tree(_tree(tmp_path, (CASES / "es-good.md").read_text()))
    assert report.structure == [] and report.outdated == []
    assert report.lines() == ["Parity: 1 page pairs, all in step."]


@pytest.mark.parametrize("case", sorted(CASES.glob("es-*.md")), ids=lambda p: p.stem)
def test_each_drift_gives_its_exact_message(tmp_path, case):
    text = case.read_text()
    expected = re.findall(r"<!-- expect: (.*) -->", text)
    body = re.sub(r"<!-- expect: .* -->\n", "", text)
    report = check_tree(_tree(tmp_path, body))
    assert [str(p) for p in report.structure + report.outdated] == expected
    if expected:
        structure, outdated = len(report.structure), len(report.outdated)
        assert report.lines()[-1] == (
            f"Parity: 1 page pairs, {structure} structure problem(s), "
            f"{outdated} translation(s) to review."
        )


def test_missing_and_extra_pages_name_both_files(tmp_path):
    root = _tree(tmp_path, None, {"es/extra.md": "---\ntitle: x\n---\n"})
    assert [str(p) for p in check_tree(root).structure] == [
        "docs/es/p.md:1: is missing: docs/en/p.md has no Spanish translation",
        "docs/en/extra.md:1: is missing: docs/es/extra.md has no English original",
    ]


def test_recording_a_review_clears_the_outdated_report_and_is_idempotent(tmp_path, capsys):
    text = re.sub(r"<!-- expect: .* -->\n", "", (CASES / "es-no-record.md").read_text())
    root = _tree(tmp_path, text)
    es = root / "docs" / "es" / "p.md"
    assert main(["--root", str(root)]) == 1
    assert record_translation(root, es) is True
    assert record_translation(root, es) is False
    assert f'translation_of: "{fingerprint(EN)}"' in es.read_text()
    assert main(["--root", str(root)]) == 0
    assert capsys.readouterr().out.endswith("Parity: 1 page pairs, all in step.\n")


def test_data_missing_a_language_is_counted_in_the_summary(data_root, capsys):
    (data_root / "docs" / "en").mkdir(parents=True)
    (data_root / "docs" / "es").mkdir(parents=True)
    (data_root / "data" / "steps.yml").write_text(
        "steps:\n  - {id: step-1, page: step-1.md, en: {title: T, summary: S}, es: {title: T}}\n"
    )
    assert main(["--root", str(data_root)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "data/steps.yml:2: field 'steps[0].es.summary' is missing",
        "Parity: 0 page pairs, all in step; 1 data problem(s).",
    ]


def test_a_new_review_date_alone_does_not_make_a_translation_outdated():
    assert fingerprint(EN) == fingerprint(EN.replace("2026-01-01", "2026-11-25"))
    assert fingerprint(EN) != fingerprint(EN.replace("- two", "- three"))


def test_recording_refuses_what_is_not_a_translated_page_and_says_why(tmp_path, capsys):
    root = _tree(tmp_path, "no front matter\n")
    (root / "docs" / "es" / "orphan.md").write_text("---\ntitle: x\n---\n")
    paths = ["docs/en/p.md", "docs/es/missing.md", "docs/es/orphan.md", "docs/es/p.md"]
    args = ["--root", str(root), "--record", *(str(root / p) for p in paths)]
    assert main(args) == 2
    assert capsys.readouterr().out.splitlines() == [
        f"{root}/docs/en/p.md: is not a Spanish page (give docs/es/<page>.md)",
        f"{root}/docs/es/missing.md: does not exist",
        f"{root}/docs/es/orphan.md: has no English original (docs/en/orphan.md)",
        f"{root}/docs/es/p.md: has no front matter to hold the translation record",
    ]
