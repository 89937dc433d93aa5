"""The issue forms readers and volunteers report through: valid for GitHub (its published
schemas, as check-jsonschema ships them), and each one warns, before anything is typed, that
an issue is public and must not identify a worker or a case."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.paths import FIXTURES, ROOT

TEMPLATES = ROOT / ".github" / "ISSUE_TEMPLATE"
FORMS = sorted(p for p in TEMPLATES.glob("*.yml") if p.name != "config.yml")


def schema_problems(schema: str, *files: Path) -> str:
    """What check-jsonschema says is wrong with `files` by GitHub's `schema` ('' if nothing)."""
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", f"vendor.{schema}"]
        + [str(f) for f in files],
        capture_output=True,
        text=True,
    )
    return "" if result.returncode == 0 else result.stdout + result.stderr


def test_the_forms_the_chooser_and_the_workflows_are_valid_for_github():
    assert FORMS, "no issue forms in .github/ISSUE_TEMPLATE"
    assert not schema_problems("github-issue-forms", *FORMS)
    assert not schema_problems("github-issue-config", TEMPLATES / "config.yml")
    assert not schema_problems("github-workflows", *(ROOT / ".github" / "workflows").glob("*.yml"))


def test_the_check_refuses_a_form_github_would_refuse():
    said = schema_problems("github-issue-forms", FIXTURES / "github" / "form-without-options.yml")
    assert "options" in said


def test_no_issue_starts_without_a_form():
    # A blank issue would skip the warning every form opens with.
    config = yaml.safe_load((TEMPLATES / "config.yml").read_text("utf-8"))
    assert config["blank_issues_enabled"] is False


def _first(form: dict, kind: str) -> dict:
    return next(item for item in form["body"] if item["type"] == kind)


@pytest.mark.parametrize("path", FORMS, ids=[p.stem for p in FORMS])
def test_every_form_opens_with_the_same_public_warning_and_a_required_privacy_box(path):
    reference = yaml.safe_load(FORMS[0].read_text("utf-8"))
    form = yaml.safe_load(path.read_text("utf-8"))
    assert form["body"][0]["type"] == "markdown", "the warning comes before any field"
    warning = form["body"][0]["attributes"]["value"]
    assert warning == reference["body"][0]["attributes"]["value"], (
        f"{path.name}: its warning differs from {FORMS[0].name}'s; keep them the same"
    )
    assert "public" in warning and "pública" in warning
    private = _first(form, "checkboxes")
    assert private == _first(reference, "checkboxes"), f"{path.name}: privacy box differs"
    assert all(option["required"] for option in private["attributes"]["options"])
