"""Builds shared by several output tests: each variant is built once per test run."""

from __future__ import annotations

import pytest

from tests.conftest import Build, build_once

PUBLIC_URL = "https://example.org/guide/"
REPO_URL = "https://github.com/example/guide"


@pytest.fixture(scope="session")
def built_public(tmp_path_factory) -> Build:
    """The real site as it is published: with its public address and its repository named."""
    return build_once(tmp_path_factory, "public", SITE_URL=PUBLIC_URL, REPO_URL=REPO_URL)
