"""Content edits after a reader ticked items: reordered, added or removed items keep their ticks."""

from __future__ import annotations

import shutil

import pytest
from ruamel.yaml import YAML

from scripts.sitebuild import build_site, copy_project, serve
from tests.browser.conftest import DESKTOP
from tests.paths import LANGS

pytestmark = pytest.mark.browser


def _edit_checklist(project, change) -> None:
    """Change step-1's items as an editor would, keeping data/checklist_ids.yml honest: a new id
    is recorded there, and a removed one (not renamed) is retired on purpose."""
    path = project / "data" / "checklists" / "step-1.yml"
    yaml = YAML()
    data = yaml.load(path)
    before = {item["id"] for item in data["items"]}
    change(data["items"])
    after = {item["id"] for item in data["items"]}
    renamed = {old for item in data["items"] for old in item.get("renamed_from", [])}
    gone = sorted(before - after - renamed)
    if gone:
        data["retired"] = [*data.get("retired", []), *gone]
    yaml.dump(data, path)
    manifest_path = project / "data" / "checklist_ids.yml"
    manifest = yaml.load(manifest_path)
    published = manifest["checklists"]["step-1"]
    published.extend(sorted(i for i in after if i not in published))
    yaml.dump(manifest, manifest_path)


def test_ticks_follow_item_ids_through_reorder_add_and_remove(browser, built, tmp_path):
    project = copy_project(tmp_path / "project")
    out = shutil.copytree(built.site, tmp_path / "out")  # what building the unchanged copy makes
    ids = [item["id"] for item in YAML().load(project / "data/checklists/step-1.yml")["items"]]
    first, second, third = ids[0], ids[1], ids[2]

    with serve(out) as base:
        context = browser.new_context(viewport=DESKTOP)
        page = context.new_page()
        page.goto(base + "step-1/")
        for item in (first, second, third):
            page.check(f"#cl-step-1-{item}")

        # Reverse the order, add an item at the top and remove the second one; rebuild in place.
        # In every language: a language the site is built in needs every text of the data.
        new_item = {
            "id": "brand-new-item",
            **{lang: {"text": f"A new item ({lang})."} for lang in LANGS},
        }

        def change(items):
            items.reverse()
            items.insert(0, new_item)
            del items[[i["id"] for i in items].index(second)]

        _edit_checklist(project, change)
        build_site(project, out)
        page.reload()

        shown = page.eval_on_selector_all(
            "#checklist-step-1 [data-item]", "els => els.map(e => e.dataset.item)"
        )
        assert shown[0] == "brand-new-item" and shown[-1] == first and second not in shown
        ticked = page.eval_on_selector_all(
            "#checklist-step-1 input:checked", "els => els.map(e => e.id)"
        )
        assert sorted(ticked) == sorted([f"cl-step-1-{first}", f"cl-step-1-{third}"])
        total = len(ids)  # one removed, one added
        progress = page.inner_text("#checklist-step-1 .guide-checklist__progress")
        assert progress == f"2 of {total} done"  # the removed item's tick is not counted
        context.close()


def test_a_renamed_item_keeps_its_tick_after_the_deploy(browser, built, tmp_path):
    """The data names the former id (renamed_from); the reader's tick moves to the new one."""
    project = copy_project(tmp_path / "project")
    out = shutil.copytree(built.site, tmp_path / "out")  # what building the unchanged copy makes
    ids = [item["id"] for item in YAML().load(project / "data/checklists/step-1.yml")["items"]]
    old = ids[1]

    with serve(out) as base:
        context = browser.new_context(viewport=DESKTOP)
        page = context.new_page()
        page.goto(base + "step-1/")
        page.check(f"#cl-step-1-{old}")

        def rename(items):
            items[1]["id"] = "renamed-item"
            items[1]["renamed_from"] = [old]

        _edit_checklist(project, rename)
        build_site(project, out)
        page.reload()
        assert page.is_checked("#cl-step-1-renamed-item")
        stored = page.evaluate("JSON.parse(localStorage.getItem('dale-guide:checklists'))")
        assert stored["lists"]["step-1"] == {"renamed-item": True}
        page.goto(base + "progress/")
        count = page.locator('[data-checklist-summary="step-1"] .guide-progress__count')
        assert count.inner_text() == f"1 of {len(ids)} done"
        context.close()
