"""Build and serve copies of the site: shared by the tests and the benchmark (scripts/bench.py),
so the benchmark needs nothing from tests/."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("docs", "data", "guide", "hooks", "overrides", "mkdocs.yml")

# A system browser's names, in the order tasks.py, the tests and the benchmark look for them: the
# headless build first, which runs the browser tests about 30% faster than the whole browser.
HEADLESS_SHELL = "chromium-headless-shell"
SYSTEM_CHROMIUMS = (
    HEADLESS_SHELL,
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
)

# Without these, Chromium tries to reach Google's services, and no test or benchmark may.
QUIET_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--no-first-run",
    "--disable-quic",
]


@dataclass(frozen=True)
class Build:
    site: Path
    seconds: float
    log: str
    # The build's own processor time: unlike `seconds`, barely changed by other programs running
    # at the same time (on Windows, where it cannot be read, the same as `seconds`).
    cpu_seconds: float = 0.0


def copy_project(dest: Path) -> Path:
    """A copy of everything a build reads, for tests (and the benchmark) that change it."""
    for part in PROJECT_PARTS:
        if (ROOT / part).is_dir():
            shutil.copytree(ROOT / part, dest / part)
        else:
            shutil.copy(ROOT / part, dest / part)
    return dest


def build_site(project: Path, out: Path, *, strict: bool = True, **env_vars: str) -> Build:
    """Run a MkDocs build of `project` into `out` in a separate process (strict by default)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **env_vars}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    command = [str(mkdocs), "build", "-f", str(project / "mkdocs.yml"), "-d", str(out)]
    start, cpu = time.perf_counter(), _children_cpu()
    result = subprocess.run(
        command + (["--strict"] if strict else []),
        capture_output=True,
        text=True,
        env=env,
        cwd=project,
    )
    seconds = time.perf_counter() - start
    if result.returncode:
        raise AssertionError(f"mkdocs build failed:\n{result.stderr[-4000:]}")
    cpu = _children_cpu() - cpu if cpu is not None else seconds
    return Build(out, seconds, result.stderr, cpu)


def _children_cpu() -> float | None:
    """Processor seconds used so far by this process's finished children, where it can be read."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass

    def end_headers(self):
        # Revalidate every time: what a page shows offline must come from our service worker,
        # not from the browser's HTTP cache, whose guessed freshness grows with the files' age.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that closes a page mid-download is not an error of the site's: say nothing.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve a folder on 127.0.0.1 with a free port; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
