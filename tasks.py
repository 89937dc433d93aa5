#!/usr/bin/env python3
"""Every command a contributor needs, with nothing to install first but Python 3.11+.

    python3 tasks.py serve    set up .venv if needed, then serve the site with live reload
    python3 tasks.py test     set up .venv if needed, then run every test (unit, build, browser)
    python3 tasks.py build    set up .venv if needed, then build the static site into site/
    python3 tasks.py check    validate data/ and the pages without building
    python3 tasks.py parity   compare every English page with its Spanish twin
    python3 tasks.py translated docs/es/PAGE.md   record that a Spanish page was checked

The environment is rebuilt only when requirements.lock or pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
LOCK_INPUTS = ("requirements.lock", "pyproject.toml")

BROWSER_HELP = """\
No Chromium browser was found for the browser tests. Install one of these, then run again:
  - Debian/Ubuntu:  sudo apt-get install chromium
  - any system:     .venv/bin/python -m playwright install chromium
  - or point to an existing Chromium/Chrome:  export GUIDE_CHROMIUM=/path/to/chromium
"""


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - this file must run on old Pythons to say so
        print(f"Python 3.11 or newer is needed (this is {sys.version.split()[0]}).")
        return 2
    commands = {"serve": serve, "test": test, "build": build, "check": check, "bench": bench,
                "parity": parity, "translated": translated}
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    ensure_env()
    return commands[argv[0]](argv[1:])


def ensure_env() -> None:
    """Create .venv and install the exact locked versions, unless already done."""
    digest = hashlib.sha256(b"".join((ROOT / f).read_bytes() for f in LOCK_INPUTS)).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    print("Setting up .venv with the locked versions (first run, or the lock changed)…")
    if not PY.exists():
        venv.create(VENV, with_pip=True)
    pip = [str(PY), "-m", "pip", "install", "--disable-pip-version-check", "--quiet"]
    run([*pip, "-r", "requirements.lock"])
    # Make guide/ importable from hooks and tests, like an editable install, without a build step.
    site = subprocess.run(
        [str(PY), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    (Path(site) / "dale_guide.pth").write_text(str(ROOT) + "\n")
    STAMP.write_text(digest)


def run(cmd: list[str], **kw) -> int:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(cmd, cwd=ROOT, env=env, **kw)
    if kw.get("check", True) and result.returncode:
        raise SystemExit(result.returncode)
    return result.returncode


def serve(args: list[str]) -> int:
    return run([str(BIN / "mkdocs"), "serve", "--dev-addr", "127.0.0.1:8000", *args], check=False)


def build(args: list[str]) -> int:
    code = run([str(BIN / "mkdocs"), "build", "--strict", *args], check=False)
    if code == 0:
        print(f"Built into {ROOT / 'site'}: plain static files, ready for any static host.")
    return code


def check(args: list[str]) -> int:
    return run([str(PY), "-m", "guide.check", *args], check=False)


def parity(args: list[str]) -> int:
    return run([str(PY), "-m", "guide.parity", *args], check=False)


def translated(args: list[str]) -> int:
    return run([str(PY), "-m", "guide.parity", "--record", *args], check=False)


def bench(args: list[str]) -> int:
    if not use_chromium():
        return 3
    return run([str(PY), "scripts/bench.py", *args], check=False)


def test(args: list[str]) -> int:
    if not use_chromium():
        return 3
    return run([str(PY), "-m", "pytest", *args], check=False)


def use_chromium() -> bool:
    """Point GUIDE_CHROMIUM at a browser for tests and benchmark, or say how to get one."""
    browser = find_chromium()
    if browser is None:
        print(BROWSER_HELP)
        return False
    os.environ["GUIDE_CHROMIUM"] = browser
    print(f"Browser: {browser}")
    return True


def find_chromium() -> str | None:
    """A Playwright-managed Chromium if installed, else a system one, else None."""
    chosen = os.environ.get("GUIDE_CHROMIUM")
    if chosen:
        return chosen if Path(chosen).exists() else None
    probe = (
        "from playwright.sync_api import sync_playwright\n"
        "with sync_playwright() as p: print(p.chromium.executable_path)"
    )
    out = subprocess.run([str(PY), "-c", probe], capture_output=True, text=True)
    managed = out.stdout.strip()
    if out.returncode == 0 and managed and Path(managed).exists():
        return managed
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
