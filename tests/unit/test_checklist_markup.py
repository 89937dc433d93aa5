"""Checklist data -> markup: real checkboxes with bound labels, stable ids, page-language text."""

import re

import pytest

from guide.loader import load_site_data
from guide.render import PageRenderer, make_env
from tests.paths import ROOT


@pytest.fixture
def render(data_root):
    data = load_site_data(data_root)
    env = make_env(ROOT / "overrides" / "components")
    return lambda lang: PageRenderer(env, data, lang, "step-1.md").checklist(("step-1",))


def test_each_item_is_a_checkbox_with_a_bound_label(render):
    html = render("en")
    boxes = re.findall(r'<input type="checkbox" id="([^"]+)" name="\1"', html)
    labels = re.findall(r'<label for="([^"]+)">', html)
    assert boxes == labels == ["cl-step-1-list-problems", "cl-step-1-check-deadlines"]
    assert 'data-checklist="step-1"' in html
    assert 'data-item="list-problems"' in html


def test_hint_is_linked_to_its_checkbox_and_role_is_shown(render):
    html = render("en")
    assert 'aria-describedby="cl-step-1-list-problems-hint"' in html
    hint = '<p class="guide-checklist__hint" id="cl-step-1-list-problems-hint">Ask every worker.'
    assert hint in html
    assert '<span class="guide-role">Organizer</span>' in html
    assert "aria-describedby" not in html.split('data-item="check-deadlines"')[1]


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "en",
            [
                "Step 1 checklist",
                "List the problems",
                "{done} of {total} done",
                "Print this checklist",
                "Clear this checklist",
            ],
        ),
        (
            "es",
            [
                "Lista del paso 1",
                "Haga una lista de los problemas",
                "{done} de {total} completadas",
                "Imprimir esta lista",
                "Borrar las marcas de esta lista",
                "Organizador/a",
            ],
        ),
    ],
)
def test_text_and_script_strings_come_in_the_page_language(render, lang, words):
    html = render(lang)
    for word in words:
        assert word in html


def test_script_controls_are_hidden_until_the_script_runs(render):
    html = render("en")
    assert re.search(r'<p class="guide-checklist__actions" hidden>', html)
    assert re.search(r'<p class="guide-checklist__progress" aria-live="polite" hidden>', html)
