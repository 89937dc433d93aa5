#!/usr/bin/env python3
"""Every command a contributor needs, with nothing to install first but Python 3.11+.

    python3 tasks.py serve    set up .venv if needed, then serve the site with live reload
                              (on http://127.0.0.1:8000/; another port: serve --port 8001)
    python3 tasks.py test     set up .venv if needed, then run every test (unit, build, browser)
    python3 tasks.py test --fast   only the unit and output tests (no browser): about a minute
    python3 tasks.py build    set up .venv if needed, then build the static site into site/
    python3 tasks.py check    validate data/ and the pages without building
    python3 tasks.py bench    build time, page weight, printed sheets (see CONTRIBUTING, "Measure")
    python3 tasks.py parity   compare every English page with its Spanish twin
    python3 tasks.py translated docs/es/PAGE.md   record that a Spanish page was checked

The environment is rebuilt only when requirements.lock or pyproject.toml changes.
Mistakes (a busy port, a broken .venv, a missing file) are said in one line, never a traceback.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import os
import re
import shutil
import socket
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
PTH = "dale_guide.pth"  # makes guide/ importable from hooks and tests
DEFAULT_PORT = 8000
BROKEN_VENV = "The .venv folder is broken (missing {}). Delete .venv and run the command again."

BROWSER_HELP = """\
No Chromium browser was found for the browser tests. Install one of these, then run again:
  - Debian:         sudo apt-get install chromium-headless-shell   (or chromium)
  - any system:     .venv/bin/python -m playwright install chromium
  - or point to an existing Chromium/Chrome:  export GUIDE_CHROMIUM=/path/to/chromium
"""


class Stop(Exception):
    """Something the person running the command can fix, said in one line (no traceback)."""


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - this file must run on old Pythons to say so
        print(f"Python 3.11 or newer is needed (this is {sys.version.split()[0]}).")
        return 2
    commands = {
        "serve": serve,
        "test": test,
        "build": build,
        "check": check,
        "bench": bench,
        "parity": parity,
        "translated": translated,
    }
    if not argv or argv[0] not in commands:
        if argv:
            print(f"Unknown command '{argv[0]}'. The commands are:")
        print(__doc__)
        return 2
    try:
        ensure_env()
        return commands[argv[0]](argv[1:])
    except Stop as stop:
        print(stop)
        return 2
    except KeyboardInterrupt:  # Ctrl+C is how `serve` is stopped: end quietly
        print()
        return 130


def ensure_env() -> None:
    """Create .venv and install the exact locked versions, unless already done; Stop if .venv
    was damaged since (a deleted program or package), which the lock's stamp cannot tell."""
    digest = lock_digest()
    if STAMP.exists() and STAMP.read_text() == digest:
        check_venv()  # the fast path: only files are looked at, nothing is run or downloaded
        return
    print("Setting up .venv with the locked versions (first run, or the lock changed)…")
    if not PY.exists():
        create_venv()
    pip = [str(PY), "-m", "pip", "install", "--disable-pip-version-check", "--quiet"]
    if run([*pip, "-r", "requirements.lock"], check=False):
        raise Stop(
            "Installing the locked versions failed (pip says why above; is this computer "
            "online?). Fix that and run the command again."
        )
    site = site_packages(VENV)
    if site is None:
        raise Stop(BROKEN_VENV.format("its site-packages folder"))
    write_pth(site)
    check_venv()  # pip leaves a damaged package alone if its version is right
    STAMP.write_text(digest)


def lock_digest() -> str:
    """Fingerprint of the files .venv is installed from."""
    missing = [name for name in LOCK_INPUTS if not (ROOT / name).is_file()]
    if missing:
        raise Stop(f"{missing[0]} is missing; restore it with: git checkout -- {missing[0]}")
    return hashlib.sha256(b"".join((ROOT / f).read_bytes() for f in LOCK_INPUTS)).hexdigest()


def create_venv() -> None:
    try:
        venv.create(VENV, with_pip=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        # Debian and Ubuntu ship Python without ensurepip unless python3-venv is installed.
        raise Stop(
            f"Python could not create .venv ({exc}). On Debian/Ubuntu install it with: "
            "sudo apt-get install python3-venv; then delete .venv and run again."
        ) from None


def write_pth(site: Path) -> None:
    """Make guide/ importable from hooks and tests, like an editable install, without a build
    step. Rewritten if the repository folder moved, as it holds the folder's path."""
    pth = site / PTH
    wanted = str(ROOT) + "\n"
    if not pth.is_file() or pth.read_text() != wanted:
        pth.write_text(wanted)


def check_venv() -> None:
    """Stop with one line if .venv lacks something the lock installed; mend the .pth file."""
    missing = venv_problems(VENV, ROOT / "requirements.lock")
    if missing:
        shown = ", ".join(missing[:3]) + (
            f" and {len(missing) - 3} more" if len(missing) > 3 else ""
        )
        raise Stop(BROKEN_VENV.format(shown))
    site = site_packages(VENV)
    if site is not None:
        write_pth(site)


def venv_problems(venv_dir: Path, lock: Path) -> list[str]:
    """What is missing from an installed environment: its Python, a locked package (deleted or
    at another version), or a file the package installed (its folder, or a program such as
    bin/mkdocs). Reads only the files pip keeps, so it takes milliseconds."""
    python = venv_dir / PY.relative_to(VENV)
    if not python.exists():
        return [_shown(python, venv_dir)]
    site = site_packages(venv_dir)
    if site is None:
        return ["its site-packages folder"]
    installed = installed_packages(site)
    missing = []
    for pin in locked_packages(lock):
        name, version = pin.split("==")
        dist = installed.get(_normal(name))
        if dist is None or dist[0] != version:
            missing.append(pin)
            continue
        lost = _missing_files(site, dist[1])
        programs = [p for p in lost if not p.is_relative_to(site)]
        missing += [_shown(p, venv_dir) for p in programs]
        if len(programs) < len(lost):
            missing.append(pin)
    return missing


def site_packages(venv_dir: Path) -> Path | None:
    candidates = [
        *sorted(venv_dir.glob("lib/python3*/site-packages")),
        venv_dir / "Lib" / "site-packages",
    ]  # Windows
    return next((p for p in candidates if p.is_dir()), None)


def _normal(name: str) -> str:
    """A package name as pip compares it: Ruamel.YAML, ruamel_yaml and ruamel-yaml are one."""
    return re.sub(r"[-_.]+", "-", name).lower()


def locked_packages(lock: Path) -> list[str]:
    """The lock's `name==version` lines, as written there."""
    pins = (
        line.split("#", 1)[0].split(";", 1)[0].replace(" ", "")
        for line in lock.read_text(encoding="utf-8").splitlines()
    )
    return [pin for pin in pins if pin.count("==") == 1]


def installed_packages(site: Path) -> dict[str, tuple[str, Path]]:
    """{name: (version, its .dist-info folder)}, read from the folder names pip writes."""
    out = {}
    for dist in site.glob("*.dist-info"):
        name, _, version = dist.name.removesuffix(".dist-info").rpartition("-")
        out[_normal(name)] = (version, dist)
    return out


def _missing_files(site: Path, dist: Path) -> list[Path]:
    """The top-level folders, modules and programs a package installed that are gone.

    Top level only: enough to see a package or program deleted, without a stat per file."""
    record = dist / "RECORD"
    if not record.is_file():
        return [record]
    tops, programs = set(), set()
    # Plain string work, as this runs before every command and Material alone lists 15,000
    # files; the csv module only for the rare path that has a comma, hence quotes.
    for line in record.read_text(encoding="utf-8").splitlines():
        path = next(csv.reader([line]))[0] if line.startswith('"') else line.partition(",")[0]
        if not path or path.endswith(".pyc"):
            continue
        top = path.split("/", 1)[0]
        if top == "..":  # a program, e.g. ../../../bin/mkdocs
            programs.add(path)
        else:
            tops.add(top)
    wanted = [site / top for top in tops]
    wanted += [Path(os.path.normpath(site / entry)) for entry in programs]
    return sorted(p for p in wanted if not p.exists())


def _shown(path: Path, venv_dir: Path) -> str:
    try:
        return f".venv/{path.relative_to(venv_dir).as_posix()}"
    except ValueError:
        return path.as_posix()


def run(cmd: list[str], **kw) -> int:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    try:
        result = subprocess.run(cmd, cwd=ROOT, env=env, **kw)
    except OSError:  # the program vanished or cannot start, even after check_venv
        raise Stop(BROKEN_VENV.format(_shown(Path(cmd[0]), VENV))) from None
    if kw.get("check", True) and result.returncode:
        raise SystemExit(result.returncode)
    return result.returncode


def mkdocs(*args: str) -> list[str]:
    # Through .venv's Python rather than bin/mkdocs, whose first line names the Python by its
    # full path, which no longer exists once the repository folder is moved or renamed.
    return [str(PY), "-m", "mkdocs", *args]


def serve(args: list[str]) -> int:
    port, rest = port_option(args)
    refuse_busy_port(port)
    return run(mkdocs("serve", "--dev-addr", f"127.0.0.1:{port}", *rest), check=False)


def port_option(args: list[str]) -> tuple[int, list[str]]:
    """(port, the other arguments) from `--port N` or `--port=N`."""
    port, rest = str(DEFAULT_PORT), []
    it = iter(args)
    for arg in it:
        if arg == "--port":
            port = next(it, "")
        elif arg.startswith("--port="):
            port = arg.removeprefix("--port=")
        else:
            rest.append(arg)
    if not port.isdigit() or not 1 <= int(port) <= 65535:
        raise Stop(
            f"--port needs a number from 1 to 65535 (got '{port}'), for example: "
            "python3 tasks.py serve --port 8001"
        )
    return int(port), rest


def refuse_busy_port(port: int) -> None:
    """Stop before MkDocs would, with a traceback, if the port cannot be listened on."""
    problem = port_problem(port)
    if problem is None:
        return
    other = next(
        (p for p in range(port + 1, min(port + 50, 65536)) if port_problem(p) is None), port + 1
    )
    if problem == errno.EADDRINUSE:
        raise Stop(
            f"Port {port} is busy (another server is running?). Stop it, or run: "
            f"python3 tasks.py serve --port {other}"
        )
    raise Stop(
        f"Port {port} cannot be used ({os.strerror(problem)}). Run: "
        f"python3 tasks.py serve --port {other}"
    )


def port_problem(port: int, host: str = "127.0.0.1") -> int | None:
    """None if a server could listen on host:port now, else the error number."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        if os.name != "nt":
            # As MkDocs' server does: a port left waiting by a server that just stopped is free.
            # (On Windows this option would let two servers share a port, so it is left off.)
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            return exc.errno or errno.EADDRINUSE
    return None


def build(args: list[str]) -> int:
    code = run(mkdocs("build", "--strict", *args), check=False)
    if code == 0:
        print(f"Built into {ROOT / 'site'}: plain static files, ready for any static host.")
    return code


def check(args: list[str]) -> int:
    return run([str(PY), "-m", "guide.cli", *args], check=False)


def parity(args: list[str]) -> int:
    return run([str(PY), "-m", "guide.parity", *args], check=False)


def translated(args: list[str]) -> int:
    if not args:
        raise Stop(
            "Name the Spanish page you checked, for example: "
            "python3 tasks.py translated docs/es/step-1.md"
        )
    return run([str(PY), "-m", "guide.parity", "--record", *args], check=False)


def bench(args: list[str]) -> int:
    if not use_chromium():
        return 3
    return run([str(PY), "scripts/bench.py", *args], check=False)


def test(args: list[str]) -> int:
    # Two workers (pytest-xdist), one per core: the suite keeps both busy (idle 7% of a measured
    # run, most of the time in Chromium); three or four workers were no faster.
    # Work stealing: a worker that runs out takes tests queued for the other, so neither sits idle
    # at the end behind a few long browser tests (full suite 310 s -> 278 s, back to back).
    pytest = [str(PY), "-m", "pytest", "-n", "2", "--dist", "worksteal"]
    if "--fast" in args:  # unit and output tests only: no browser needed
        rest = [arg for arg in args if arg != "--fast"]
        return run([*pytest, "tests/unit", "tests/output", *rest], check=False)
    if not use_chromium():
        return 3
    return run([*pytest, *args], check=False)


def use_chromium() -> bool:
    """Point GUIDE_CHROMIUM at a browser for tests and benchmark, or say how to get one."""
    browser = find_chromium()
    if browser is None:
        chosen = os.environ.get("GUIDE_CHROMIUM")
        if chosen:
            print(f"GUIDE_CHROMIUM names {chosen}, which does not exist.")
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
    from scripts.sitebuild import SYSTEM_CHROMIUMS  # standard library only, like this file

    for name in SYSTEM_CHROMIUMS:
        found = shutil.which(name)
        if found:
            return found
    return None


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
