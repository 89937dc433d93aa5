"""data/ui.yml mistakes that used to reach the build as tracebacks are data errors with a line."""

import pytest

from guide.errors import DataErrors
from guide.loader import load_site_data
from guide.uicheck import PLACEHOLDERS
from tests.paths import ROOT


def _errors(data_root) -> list[str]:
    with pytest.raises(DataErrors) as info:
        load_site_data(data_root)
    return [str(e) for e in info.value.errors]


def _edit(data_root, old: str, new: str) -> None:
    ui = data_root / "data" / "ui.yml"
    text = ui.read_text()
    assert old in text
    ui.write_text(text.replace(old, new, 1))


def _line(data_root, needle: str) -> int:
    lines = (data_root / "data" / "ui.yml").read_text().splitlines()
    return next(i for i, ln in enumerate(lines, 1) if needle in ln)


def test_placeholder_typos_and_stray_braces_are_named(data_root):
    _edit(data_root, 'es: "Verificado el {date}"', 'es: "Verificado el {fecha}"')
    _edit(data_root, 'en: "Checked {date}"', 'en: "Checked {date} {"')
    es, en = _line(data_root, "Verificado el {fecha}"), _line(data_root, "Checked {date} {")
    errors = _errors(data_root)
    assert (
        f"data/ui.yml:{es}: field 'fact_verified.es' has an unknown placeholder {{fecha}} "
        f"(known: {', '.join(sorted(PLACEHOLDERS))})" in errors
    )
    assert any(
        e.startswith(f"data/ui.yml:{en}: field 'fact_verified.en' has a stray brace")
        for e in errors
    )


def test_a_translation_that_drops_a_placeholder_names_both_lists(data_root):
    _edit(data_root, 'es: "Verificado el {date}"', 'es: "Verificado"')
    es = _line(data_root, 'es: "Verificado"')
    assert (
        f"data/ui.yml:{es}: field 'fact_verified.es' has placeholders [], the English text has "
        "['date']" in _errors(data_root)
    )


@pytest.mark.parametrize("url", ["www.weather.gov", "javascript:void(0)", "http://x.example"])
def test_the_quick_exit_address_must_be_https(data_root, url):
    text = (data_root / "data" / "ui.yml").read_text()
    start = text.index("quick_exit_url:")
    old = text[start : text.index("\n", text.index("es:", start))]
    _edit(data_root, old, f'quick_exit_url:\n  en: "{url}"\n  es: "https://www.weather.gov/"')
    line = _line(data_root, f'en: "{url}"')
    assert (
        f"data/ui.yml:{line}: field 'quick_exit_url.en' must be a full https:// address of "
        f"another site (got {url!r})" in _errors(data_root)
    )


def test_a_key_a_template_uses_must_exist(data_root):
    (data_root / "overrides").symlink_to(ROOT / "overrides")
    text = (data_root / "data" / "ui.yml").read_text()
    start = text.index("\nnot_found_title:")
    end = text.index("\n", text.index("es:", start))
    (data_root / "data" / "ui.yml").write_text(text[:start] + text[end:])
    wanted = (
        "field 'not_found_title' is missing: overrides/404.html uses it "
        "(add 'not_found_title' with en and es)"
    )
    assert [e for e in _errors(data_root) if e.startswith("data/ui.yml:") and e.endswith(wanted)]


def test_a_yaml_file_beside_the_yml_files_is_an_error(data_root):
    (data_root / "data" / "agencies" / "extra.yaml").write_text("id: extra\n")
    assert (
        "data/agencies/extra.yaml:1: must end in .yml, not .yaml: rename it to extra.yml"
        in _errors(data_root)
    )


def test_keys_are_read_from_calls_where_the_rule_says_and_nowhere_else():
    """The key patterns find what their look-back-first forms find: a key in t("…") not after a
    letter or a dot, in .text("…"), after guide_ui. and in t('…' ~, on code written many ways."""
    import re

    from guide.uicheck import _FAMILY, _GLOBAL, _LITERAL

    meant = {
        _LITERAL: re.compile(r"""(?:(?<![\w.])t|\.text)\(\s*['"]([a-z0-9_-]+)['"]\s*[,)]"""),
        _GLOBAL: re.compile(r"\bguide_ui\.([a-z0-9_]+)"),
        _FAMILY: re.compile(r"""\bt\(\s*'([a-z0-9_]+)'\s*~"""),
    }
    code = (
        "t('a') t(\"b\", x) at('c') x.t('d') data.text(\"e\") (t( 'f' ) {{ t('g' ~ kind) }}"
        "\nt('h'~x) st('i' ~ y) guide_ui.j xguide_ui.k .guide_ui.l t('m-n')"
    )
    for ours, rule in meant.items():
        found = [(m.span(), m[1]) for m in ours.finditer(code)]
        assert found == [(m.span(), m[1]) for m in rule.finditer(code)]
        assert found
