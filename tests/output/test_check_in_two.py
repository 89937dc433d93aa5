"""`tasks.py check` on two processor cores (guide/fork.py) says exactly what it says on one: the
same problems, with the same file, line and field, for files read in the forked process too (their
lines are found by reading the file again)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from scripts.sitebuild import copy_project
from tests.paths import ROOT

pytestmark = pytest.mark.build

# In a process of its own (a forked copy of a process running threads is not safe, so pytest's
# own process never forks): every split made however little there is to split, and each forked
# process noted in a file.
RUN = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    import guide.fork, guide.loader
    from guide.cli import main
    guide.fork.CAN_FORK = sys.argv[1] == "fork"
    guide.loader.READ_IN_TWO_FROM = guide.loader.SCREEN_IN_TWO_FROM = 0
    forked = Path(sys.argv[3])
    sent = guide.fork._send
    def noted(work, sending):
        with forked.open("a") as f:
            f.write("forked\\n")
        sent(work, sending)
    guide.fork._send = noted
    sys.exit(main(["--root", sys.argv[2]]))
    """
)


def _check(project, how: str, forked) -> tuple[str, int]:
    result = subprocess.run(
        [sys.executable, "-c", RUN, how, str(project), str(forked)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    count = len(forked.read_text().splitlines()) if forked.exists() else 0
    return result.stdout, count


def test_check_finds_the_same_problems_in_the_same_places_on_two_cores(tmp_path):
    # The last agency file (read in the forked process) has an unknown source and an avoided
    # Spanish term; the first (read in this one, which screens its share of the texts beside
    # the forked reader), an avoided term too.
    project = copy_project(tmp_path / "project")
    first = project / "data" / "agencies" / "ca-alrb.yml"
    text = first.read_text(encoding="utf-8")
    first.write_text(
        text.replace('es: "La ley cuenta', 'es: "Con permiso de empleo, la ley cuenta', 1),
        encoding="utf-8",
    )
    last = project / "data" / "agencies" / "wa-lni.yml"
    text = last.read_text(encoding="utf-8")
    text = text.replace("wa-rcw-49-46-370]", "no-such-source]", 1)
    text = text.replace('es: "Queja de derechos laborales', 'es: "Permiso de empleo. Queja', 1)
    last.write_text(text, encoding="utf-8")

    on_two, forks = _check(project, "fork", tmp_path / "two")
    on_one, none = _check(project, "serial", tmp_path / "one")

    # Each folder read in two (sources, agencies, checklists, templates) and the term screening.
    assert (forks, none) == (5, 0)
    assert on_two == on_one
    assert on_two.splitlines() == [
        "data/agencies/ca-alrb.yml:22: field 'deadlines[0].tolling.es' uses 'permiso de empleo'; "
        "write 'permiso de trabajo (EAD)' (data/terms.yml)",
        "data/agencies/wa-lni.yml:15: field 'filing.sources[1]' names unknown source "
        "'no-such-source'",
        "data/agencies/wa-lni.yml:19: field 'deadlines[0].claim.es' uses 'Permiso de empleo'; "
        "write 'permiso de trabajo (EAD)' (data/terms.yml)",
        "3 problem(s) found.",
    ]
