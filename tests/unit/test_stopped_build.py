"""hooks/csp.py on_build_error: a site folder that cannot be emptied is said as a warning, and the
build's own error stays the one that stops it."""

from __future__ import annotations

import logging
from types import SimpleNamespace

from hooks import csp


def test_a_folder_that_cannot_be_emptied_is_a_warning(tmp_path, monkeypatch, caplog):
    def held_open(folder):
        raise OSError(f"[Errno 16] Device or resource busy: '{folder}/index.html'")

    monkeypatch.setattr(csp, "clean_directory", held_open)
    csp.on_config(SimpleNamespace(site_dir=str(tmp_path)))
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        csp.on_build_error(ValueError("the build's own error"))  # returns: MkDocs raises that
    assert caplog.messages == [
        f"The site folder could not be emptied: [Errno 16] Device or resource busy: "
        f"'{tmp_path}/index.html'"
    ]
