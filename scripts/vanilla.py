"""A vanilla copy of the site for the benchmark's side-by-side: plain Material for MkDocs and
mkdocs-static-i18n with the project's nav, Markdown extensions, plugins and pins, but no hooks,
no theme overrides and no extra CSS or scripts; the pages are the project's Markdown (agency
pages as the project's build generated them) with every marker removed ("stripped"), or with
every marker replaced by what it renders, as the project's build does ("expanded": the same
content, without the hooks' work around it; the whole-guide marker is removed in both)."""

from __future__ import annotations

import shutil
from pathlib import Path

from ruamel.yaml import YAML

from guide.agencies import write_pages
from guide.loader import load_site_data
from guide.markers import find_markers
from guide.models import SiteData
from guide.pagecheck import rendered_body
from guide.pages import checklist_pages, page_paths, page_text, page_titles, split_front_matter
from guide.render import PageRenderer, make_env

# What the project adds to plain Material: hooks, overrides, assets, and the live-reload list.
PROJECT_ONLY = ("hooks", "extra_css", "extra_javascript", "watch")


def vanilla_project(project: Path, dest: Path, *, expanded: bool = False) -> Path:
    """`dest` holding the vanilla twin of `project`, agency pages included."""
    data = load_site_data(project)
    write_pages(project, make_env(project / "overrides" / "components"), data)
    pages = _expanded_pages(project, data) if expanded else {}
    for page in (project / "docs").rglob("*.md"):
        rel = page.relative_to(project / "docs")
        target = dest / "docs" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        text = pages.get(rel.as_posix()) or without_markers(page.read_text(encoding="utf-8"))
        target.write_text(text, encoding="utf-8")
    for other in (project / "docs").rglob("*"):  # images and other files pages link to
        target = dest / "docs" / other.relative_to(project / "docs")
        if other.is_file() and other.suffix != ".md" and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(other, target)
    write_vanilla_config(project / "mkdocs.yml", dest / "mkdocs.yml")
    return dest


def _expanded_pages(project: Path, data: SiteData) -> dict[str, str]:
    """Each page's Markdown with its markers rendered as the build renders them, by path under
    docs/ (front matter kept; the whole-guide marker removed)."""
    env = make_env(project / "overrides" / "components")
    docs, out = project / "docs", {}
    for lang in data.languages.codes:
        placed, titles = checklist_pages(docs, lang), page_titles(docs, lang)
        for src in sorted(page_paths(docs, lang)):
            text = page_text(docs / lang / src)
            head = split_front_matter(text)[0]
            renderer = PageRenderer(env, data, lang, src, placed, titles)
            body = rendered_body(renderer, text, f"docs/{lang}/{src}")
            front = f"---\n{head}\n---\n" if head else ""
            out[f"{lang}/{src}"] = f"{front}{body}\n\n{renderer.page_sources()}\n"
    return out


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
