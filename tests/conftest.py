"""Shared fixtures: one strict build of the real site per test session, served on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import json
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

import pytest

from tests.paths import ROOT


@dataclass(frozen=True)
class Build:
    site: Path
    seconds: float
    log: str


PROJECT_PARTS = ("docs", "data", "guide", "hooks", "overrides", "mkdocs.yml")


def copy_project(dest: Path) -> Path:
    """A copy of everything a build reads, for tests (and the benchmark) that change it."""
    for part in PROJECT_PARTS:
        if (ROOT / part).is_dir():
            shutil.copytree(ROOT / part, dest / part)
        else:
            shutil.copy(ROOT / part, dest / part)
    return dest


def build_site(project: Path, out: Path, **env_vars: str) -> Build:
    """Run a strict MkDocs build of `project` into `out` in a separate process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **env_vars}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    start = time.perf_counter()
    result = subprocess.run(
        [str(mkdocs), "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(out)],
        capture_output=True, text=True, env=env, cwd=project,
    )
    seconds = time.perf_counter() - start
    if result.returncode:
        raise AssertionError(f"mkdocs build failed:\n{result.stderr[-4000:]}")
    return Build(out, seconds, result.stderr)


def build_once(tmp_path_factory, name: str, **env_vars: str) -> Build:
    """Build the real site into a folder named `name` once per test run: with pytest-xdist, the
    first worker that asks builds it and the others wait for its result."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        return build_site(ROOT, tmp_path_factory.mktemp(name) / "site", **env_vars)
    shared = tmp_path_factory.getbasetemp().parent / name  # the same folder for every worker
    result = shared / "result.json"
    try:
        shared.mkdir()  # only one worker succeeds: that one builds
    except FileExistsError:
        while not result.exists():  # pytest-timeout ends a wait for a build that never ends
            time.sleep(0.2)
        said = json.loads(result.read_text(encoding="utf-8"))
        if "error" in said:
            raise AssertionError(said["error"]) from None
        return Build(shared / "site", said["seconds"], said["log"])
    try:
        build = build_site(ROOT, shared / "site", **env_vars)
        said = {"seconds": build.seconds, "log": build.log}
    except AssertionError as exc:
        build, said = None, {"error": str(exc)}
    written = shared / "result.tmp"
    written.write_text(json.dumps(said), encoding="utf-8")
    written.replace(result)  # whole, or not at all, when another worker reads it
    if build is None:
        raise AssertionError(said["error"])
    return build


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Build:
    return build_once(tmp_path_factory, "site")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass

    def end_headers(self):
        # Revalidate every time: what a page shows offline must come from our service worker,
        # not from the browser's HTTP cache, whose guessed freshness grows with the files' age.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve a folder on 127.0.0.1 with a free port; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def base_url(built) -> Iterator[str]:
    with serve(built.site) as url:
        yield url
