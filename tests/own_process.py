"""Running a test's Python script in a process of its own: where a fork is safe (pytest's workers
run threads), or where an import must fail."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.paths import ROOT


def said_by(script: str, *args: str) -> dict:
    """What `script` prints (as JSON), run with `args` in a Python process of its own."""
    run = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=60,
    )
    return json.loads(run.stdout)
