"""Repository hygiene that a contributor would otherwise only learn from a reviewer."""

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.paths import ROOT


def test_python_code_passes_the_linter():
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run(
        [str(ruff), "check", "guide", "hooks", "tests", "tasks.py", "scripts"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_python_code_is_formatted():
    # One layout for everyone: `.venv/bin/ruff format` fixes it (also a pre-commit hook).
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run(
        [str(ruff), "format", "--check", "guide", "hooks", "tests", "tasks.py", "scripts"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_every_direct_dependency_is_pinned_exactly_and_locked():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    direct = project["dependencies"] + [
        d for group in project["optional-dependencies"].values() for d in group
    ]
    lock = {
        line.split("==")[0].lower().replace("_", "-"): line.split("==")[1]
        for line in (ROOT / "requirements.lock").read_text().splitlines()
        if "==" in line and not line.startswith("#")
    }
    for requirement in direct:
        name, sep, version = requirement.partition("==")
        assert sep and re.fullmatch(r"[\w.]+", version), f"{requirement} is not an exact pin"
        assert lock.get(name.lower().replace("_", "-")) == version, f"{name} differs in the lock"


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    command = "python3 tasks.py test"
    assert re.search(rf"^{re.escape(command)}\s+#", readme, re.M)
    assert re.search(rf"^{re.escape(command)}$", ci, re.M)


def test_github_runs_the_same_ci_script():
    """GitHub's workflow calls .ci/run, so the two CIs install and run the same way."""
    workflow = (ROOT / ".github" / "workflows" / "test.yml").read_text()
    runs = re.findall(r"^\s+run: (.+)$", workflow, re.M)
    assert runs == ["bash .ci/run"]


def test_the_spanish_contributing_guide_has_every_section_of_the_english_one():
    """The two guides are translations: a section added to one alone (as "Add a language" once
    was) leaves readers of the other without it."""
    sections = [
        re.findall(r"^## .+", (ROOT / name).read_text(encoding="utf-8"), re.M)
        for name in ("CONTRIBUTING.md", "CONTRIBUTING.es.md")
    ]
    assert len(sections[0]) == len(sections[1]), sections
