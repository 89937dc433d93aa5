"""Content edits after a reader ticked items: reordered, added or removed items keep their ticks."""

from __future__ import annotations

import pytest
from ruamel.yaml import YAML

from tests.browser.conftest import DESKTOP
from tests.conftest import build_site, copy_project, serve

pytestmark = pytest.mark.browser



def _edit_checklist(project, change) -> None:
    path = project / "data" / "checklists" / "step-1.yml"
    yaml = YAML()
    data = yaml.load(path)
    change(data["items"])
    yaml.dump(data, path)


def test_ticks_follow_item_ids_through_reorder_add_and_remove(browser, tmp_path):
    project = copy_project(tmp_path / "project")
    out = tmp_path / "out"
    build_site(project, out)
    ids = [item["id"] for item in YAML().load(project / "data/checklists/step-1.yml")["items"]]
    first, second, third = ids[0], ids[1], ids[2]

    with serve(out) as base:
        context = browser.new_context(viewport=DESKTOP)
        page = context.new_page()
        page.goto(base + "step-1/")
        for item in (first, second, third):
            page.check(f"#cl-step-1-{item}")

        # Reverse the order, add an item at the top and remove the second one; rebuild in place.
        new_item = {"id": "brand-new-item", "en": {"text": "A new item."},
                    "es": {"text": "Un elemento nuevo."}}

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
