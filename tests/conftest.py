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


@pytest.fixture(scope="session")
def base_url(built) -> Iterator[str]:
    with serve(built.site) as url:
        yield url


# The site as it is published: its public address and its repository named (output and browser
# tests both read it; built once per run).
PUBLIC_URL = "https://example.org/guide/"
REPO_URL = "https://github.com/example/guide"


@pytest.fixture(scope="session")
def built_public(tmp_path_factory) -> Build:
    return build_once(tmp_path_factory, "public", SITE_URL=PUBLIC_URL, REPO_URL=REPO_URL)
