"""MkDocs adapter: link our own scripts and styles with their content's fingerprint in every
built page (guide/versions.py), so a deploy never pairs new HTML with a cached old script."""

from __future__ import annotations

from pathlib import Path

from guide.versions import fingerprints, versioned

_prints: dict[str, str] = {}


def on_pre_build(config):
    # Read again for every build (and every rebuild under `serve`, so an edit is seen), once.
    _prints.clear()
    _prints.update(fingerprints(Path(config.theme.custom_dir)))


def on_post_page(output, page, config):
    return versioned(output, _prints)


def on_post_template(output_content, template_name, config):
    if not template_name.endswith(".html"):
        return output_content
    return versioned(output_content, _prints)
