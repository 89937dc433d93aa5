"""Shared fixtures: one strict build of the real site per test session, served on 127.0.0.1."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator

import pytest

# Building and serving copies of the site is shared with the benchmark (scripts/sitebuild.py).
from scripts.sitebuild import Build, build_site, serve
from tests.paths import ROOT

# The site as it is published: its public address and its repository named (output and browser
# tests both read it; built once per run).
PUBLIC_URL = "https://example.org/guide/"
REPO_URL = "https://github.com/example/guide"
# Each build the run shares, by folder name: its fixture and the environment it is built with.
SHARED = {
    "site": ("built", {}),
    "public": ("built_public", {"SITE_URL": PUBLIC_URL, "REPO_URL": REPO_URL}),
}


def build_once(request, name: str) -> Build:
    """Build the real site into a folder named `name` once per test run: with pytest-xdist, the
    first worker that asks builds it and the others wait for its result. A worker about to wait
    builds meanwhile another shared site that a test of this run will ask for, if no worker has
    started it: at the start of a run both workers want the same site, and one core sat idle."""
    factory = request.getfixturevalue("tmp_path_factory")
    env_vars = SHARED[name][1]
    if "PYTEST_XDIST_WORKER" not in os.environ:
        return build_site(ROOT, factory.mktemp(name) / "site", **env_vars)
    shared = factory.getbasetemp().parent  # the same folder for every worker
    if _claim(shared / name):
        return _build_shared(shared / name, env_vars)
    wanted = {f for item in request.session.items for f in getattr(item, "fixturenames", ())}
    for other, (fixture, other_vars) in SHARED.items():
        if other != name and fixture in wanted and _claim(shared / other):
            _build_shared(shared / other, other_vars, raise_error=False)  # its tests say it
            break
    return _result(shared / name)


def _claim(folder) -> bool:
    try:
        folder.mkdir()  # only one worker succeeds: that one builds
    except FileExistsError:
        return False
    return True


def _build_shared(folder, env_vars: dict, *, raise_error: bool = True) -> Build | None:
    try:
        build = build_site(ROOT, folder / "site", **env_vars)
        said = {"seconds": build.seconds, "log": build.log}
    except AssertionError as exc:
        build, said = None, {"error": str(exc)}
    except BaseException as exc:  # a timeout, Ctrl-C: so that no other worker waits for it
        _write_result(folder, {"error": f"the build did not finish: {exc!r}"})
        raise
    _write_result(folder, said)
    if build is None and raise_error:
        raise AssertionError(said["error"])
    return build


def _write_result(folder, said: dict) -> None:
    written = folder / "result.tmp"
    written.write_text(json.dumps(said), encoding="utf-8")
    written.replace(folder / "result.json")  # whole, or not at all, when another worker reads it


def _result(folder) -> Build:
    """The build another worker made in `folder`, once it is done."""
    result = folder / "result.json"
    while not result.exists():  # pytest-timeout ends a wait for a build that never ends
        time.sleep(0.2)
    said = json.loads(result.read_text(encoding="utf-8"))
    if "error" in said:
        raise AssertionError(said["error"]) from None
    return Build(folder / "site", said["seconds"], said["log"])


@pytest.fixture(scope="session")
def built(request) -> Build:
    return build_once(request, "site")


@pytest.fixture(scope="session")
def base_url(built) -> Iterator[str]:
    with serve(built.site) as url:
        yield url


@pytest.fixture(scope="session")
def built_public(request) -> Build:
    return build_once(request, "public")
