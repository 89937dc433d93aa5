"""The fast YAML path (libyaml) reads every file exactly as ruamel does, with the same lines, and
leaves to ruamel whatever the two would read differently, so error messages do not change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from guide.errors import DataError, read_utf8
from guide.pages import split_front_matter
from guide.yamlfile import NotADate, YamlDoc, children, fast_parse, read_yaml, yaml_loader
from tests.own_process import said_by
from tests.paths import ROOT

DATA_FILES = sorted((ROOT / "data").rglob("*.yml"))
PAGES = sorted((ROOT / "docs").rglob("*.md"))


def _ruamel(text: str) -> Any:
    return yaml_loader("rt").load(text)


def _locs(data: Any, loc: tuple = ()) -> list[tuple]:
    """Every place in loaded YAML: each key and each list item, at any depth."""
    out = [loc]
    for key, value in children(data):
        out += _locs(value, (*loc, key))
    return out


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("path", DATA_FILES, ids=_rel)
def test_every_data_file_reads_as_ruamel_reads_it(path: Path):
    text = read_utf8(path)
    fast = read_yaml(path, _rel(path))
    assert isinstance(fast, YamlDoc) and fast.nodes is not None  # libyaml read it
    slow = YamlDoc(_rel(path), _ruamel(text))
    assert fast.data == slow.data
    for loc in _locs(slow.data):
        assert fast.line(loc) == slow.line(loc), loc


def test_every_front_matter_reads_as_ruamel_reads_it():
    for page in PAGES:
        head = split_front_matter(read_utf8(page))[0]
        if head:
            assert yaml_loader("safe").load(head) == _ruamel(head), page


@pytest.mark.parametrize(
    "text",
    [
        "a: no\nb: yes\nc: on\nd: off\ne: Y\n",  # YAML 1.1 booleans are text in 1.2
        "a: true\nb: False\nc: null\nd: ~\ne:\n",
        "a: 12\nb: -3\nc: 1_000\nd: 1.5\ne: 1e3\nf: .inf\n",
        "a: 2026-11-01\nb: '2026-11-01'\nc: 2026-02-30\n",
        "a: |\n  two\n  lines\nb: >\n  folded\n  text\n",
        "a: {en: x, es: y}\nb: [1, two, 2026-01-01]\n",
        "a: &x {b: 1}\nc: *x\nd: &y [1, 2026-01-01]\ne: *y\nf: &z text\ng: *z\n",  # aliases
    ],
)
def test_values_match_ruamel(text: str):
    assert fast_parse(text) is not None
    assert fast_parse(text)[0] == _ruamel(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: 2\n",  # a repeated key: ruamel says so, libyaml would keep the last
        "a: &x {b: 1}\nc:\n  <<: *x\n",  # a merge
        "a: 017\nb: 0o17\n",  # octal, read differently by YAML 1.1 and 1.2
        "a: 2026-11-01 10:00:00\n",  # a time of day
        "a: [unclosed\n",  # a syntax error: ruamel's message names the line
    ],
)
def test_what_the_two_read_differently_is_left_to_ruamel(text: str):
    assert fast_parse(text) is None


def test_a_repeated_key_is_still_an_error(tmp_path: Path):
    path = tmp_path / "x.yml"
    path.write_text("id: x\nname: a\nname: b\n", encoding="utf-8")
    error = read_yaml(path, "data/x.yml")
    assert isinstance(error, DataError)
    assert (error.line, "duplicate key" in error.message) == (3, True)


def test_an_impossible_date_keeps_its_line(tmp_path: Path):
    path = tmp_path / "x.yml"
    path.write_text("id: x\nfiling:\n  verified: 2026-02-30\n", encoding="utf-8")
    error = read_yaml(path, "data/x.yml")
    assert str(error) == "data/x.yml:3: field 'filing.verified' is not a real date (2026-02-30)"
    assert isinstance(fast_parse("a: 2026-02-30\n")[0]["a"], NotADate)
    assert fast_parse("a: 2026-02-28\n")[0]["a"] == dt.date(2026, 2, 28)


@pytest.mark.parametrize("page", [p for p in PAGES if p.name == "print.md"] + PAGES[:3], ids=_rel)
def test_marker_lines_count_from_the_front_matter_mkdocs_strips(page: Path):
    """hooks/markers.py numbers marker lines from the Markdown MkDocs hands it: its first line
    is the source line just after the front matter and the blank lines MkDocs strips, found from
    the source (on the whole-guide page the Markdown is expanded before markers are rendered)."""
    from mkdocs.utils.meta import get_data

    from hooks.markers import markdown_offset

    source = read_utf8(page)
    markdown = get_data(source)[0]
    offset = markdown_offset(source)
    assert offset > 0
    assert source.splitlines()[offset] == markdown.splitlines()[0]


def test_front_matter_read_twice_is_two_copies():
    """Front matter is parsed once per text for all the checks that read it; none of them may
    change what the next one reads."""
    head = "title: T\nlast_reviewed: 2026-11-01\nsearch: {exclude: true}\n"
    first = yaml_loader("safe").load(head)
    first["search"]["exclude"] = False
    assert yaml_loader("safe").load(head)["search"] == {"exclude": True}


# In a process of its own, where PyYAML's C parser cannot be imported: every value and line of
# every data file, as a PyYAML built without libyaml reads them.
READ_ALL = """
import json, sys
{block}
from pathlib import Path
from guide.yamlfile import _Parser, read_yaml
from tests.unit.test_yaml_fast import DATA_FILES, _locs, _rel

said = {{"parser": _Parser.__module__}}
for path in DATA_FILES:
    doc = read_yaml(path, _rel(path))
    said[_rel(path)] = [repr(doc.data), [doc.line(loc) for loc in _locs(doc.data)]]
said["a text cut by a note"] = str(read_yaml(Path(sys.argv[1]), "cut.yml"))
print(json.dumps(said))
"""
NO_LIBYAML = "sys.modules['yaml.cyaml'] = None  # as if PyYAML were built without it"


def test_without_libyaml_every_data_file_reads_the_same_values_and_lines(tmp_path: Path):
    cut = tmp_path / "cut.yml"
    cut.write_text("title: Step 1 # of 5\n", encoding="utf-8")
    with_c = said_by(READ_ALL.format(block=""), str(cut))
    without = said_by(READ_ALL.format(block=NO_LIBYAML), str(cut))
    assert (with_c.pop("parser"), without.pop("parser")) == ("yaml._yaml", "guide.yamlfile")
    assert with_c["a text cut by a note"] == (
        "cut.yml:1: field 'title' is cut at '#' (YAML reads ' #' as the start of a note to "
        "editors, so the text ends at 'Step 1'): put the whole text in double quotes"
    )
    assert without == with_c and len(with_c) == len(DATA_FILES) + 1
