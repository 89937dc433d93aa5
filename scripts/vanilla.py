"""A vanilla copy of the site for the benchmark's side-by-side: plain Material for MkDocs and
mkdocs-static-i18n with the project's nav, Markdown extensions, plugins and pins, but no hooks,
no theme overrides and no extra CSS or scripts; the pages are the project's Markdown (agency
pages as the project's build generated them) with every marker removed."""

from __future__ import annotations

import shutil
from pathlib import Path

from ruamel.yaml import YAML

from guide.markers import find_markers

# What the project adds to plain Material: hooks, overrides, assets, and the live-reload list.
PROJECT_ONLY = ("hooks", "extra_css", "extra_javascript", "watch")


def vanilla_project(project: Path, dest: Path) -> Path:
    """`dest` holding the vanilla twin of `project` (built once, so agency pages exist)."""
    for page in (project / "docs").rglob("*.md"):
        target = dest / "docs" / page.relative_to(project / "docs")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(without_markers(page.read_text(encoding="utf-8")), encoding="utf-8")
    for other in (project / "docs").rglob("*"):  # images and other files pages link to
        target = dest / "docs" / other.relative_to(project / "docs")
        if other.is_file() and other.suffix != ".md" and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(other, target)
    write_vanilla_config(project / "mkdocs.yml", dest / "mkdocs.yml")
    return dest


def without_markers(markdown: str) -> str:
    out, pos = [], 0
    for mk in find_markers(markdown):
        out.append(markdown[pos : mk.start])
        pos = mk.end
    out.append(markdown[pos:])
    return "".join(out)


def write_vanilla_config(config: Path, dest: Path) -> None:
    yaml = YAML()  # round trip: the !ENV tags are kept as written
    data = yaml.load(config.read_text(encoding="utf-8"))
    for key in PROJECT_ONLY:
        data.pop(key, None)
    data["theme"].pop("custom_dir", None)
    # Markers removed leave links to anchors they would have made: not this build's concern.
    data["strict"] = False
    with dest.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)


def page_count(site: Path) -> int:
    return sum(1 for _ in site.rglob("index.html"))
