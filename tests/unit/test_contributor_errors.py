"""A volunteer's first mistakes in YAML, Markdown or tasks.py: one line naming the file and line
(or what to do), never a Python traceback. Each test is one case from the December 2026 review."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

import tasks
from guide.cli import main as check_main
from guide.errors import DataError
from guide.pages import meta_problems
from guide.parity import check_tree, fingerprint, record_translation
from guide.parity import main as parity_main
from guide.yamlfile import read_yaml
from tests.paths import ROOT

EN = "---\ntitle: T\ndescription: D\nlast_reviewed: 2026-01-01\n---\n\nIntro.\n\n## A { #a }\n"
ES = EN.replace("\n---\n", f'\ntranslation_of: "{fingerprint(EN)}"\n---\n', 1)
NOT_UTF8 = "is not UTF-8 text; save it as UTF-8"


def _yaml(tmp_path: Path, text: str) -> DataError:
    path = tmp_path / "x.yml"
    path.write_text(text, encoding="utf-8")
    error = read_yaml(path, "data/agencies/x.yml")
    assert isinstance(error, DataError), error
    return error


def _pages(root: Path, es: str | bytes = ES, en: str | bytes = EN) -> Path:
    """docs/en/p.md and docs/es/p.md under `root`, with the languages of mkdocs.yml; bytes are
    written as they are."""
    shutil.copy(ROOT / "mkdocs.yml", root)
    for lang, content in (("en", en), ("es", es)):
        path = root / "docs" / lang / "p.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


@pytest.fixture
def project_root(data_root: Path) -> Path:
    """The fixture data plus the templates `check` writes the agency pages with."""
    (data_root / "overrides").symlink_to(ROOT / "overrides", target_is_directory=True)
    return data_root


def _latin1(text: str) -> bytes:
    """`text` with a last line saved as an older Windows editor would: line 11 (EN) or 12 (ES)."""
    return (text + "\nSeñal.\n").encode("latin-1")


# 1. Impossible dates -------------------------------------------------------------------------


def test_an_impossible_date_in_data_names_its_field_and_line(tmp_path):
    text = "id: x\nfacts:\n  - verified: 2026-01-01\n  - verified: 2023-02-30\n"
    assert str(_yaml(tmp_path, text)) == (
        "data/agencies/x.yml:4: field 'facts[1].verified' is not a real date (2023-02-30)"
    )


def test_real_dates_still_load_as_dates(tmp_path):
    path = tmp_path / "x.yml"
    path.write_text("a: 2024-02-29\nb: '2023-02-30'\n")
    doc = read_yaml(path, "data/x.yml")
    assert str(doc.data["a"]) == "2024-02-29" and doc.data["b"] == "2023-02-30"


def test_an_impossible_date_in_front_matter_names_the_page_and_line(tmp_path):
    text = "---\ntitle: T\ndescription: D\nlast_reviewed: 2023-02-30\n---\nbody\n"
    assert [str(p) for p in meta_problems(text, "docs/es/step-1.md")] == [
        "docs/es/step-1.md:4: front matter field 'last_reviewed' is not a real date (2023-02-30)",
    ]
    root = _pages(tmp_path, ES.replace("2026-01-01", "2023-02-30"))
    assert [str(p) for p in check_tree(root).structure] == [
        "docs/es/p.md:4 vs docs/en/p.md:1: Spanish front matter field 'last_reviewed' "
        "is not a real date (2023-02-30)",
    ]


# 2. Syntax errors on the line where they start ------------------------------------------------


def test_an_unclosed_quote_is_reported_on_the_line_it_opens(tmp_path):
    text = 'id: x\nshort_name: WHD\nname: "Wage and Hour\nlevel: federal\nwebsite: x\nsources: []\n'
    assert str(_yaml(tmp_path, text)) == (
        "data/agencies/x.yml:3: is not valid YAML: a quote opens here but is never closed"
    )
    page = "---\ntitle: 'T\ndescription: D\nlast_reviewed: 2026-01-01\n---\nbody\n"
    assert [str(p) for p in meta_problems(page, "docs/en/x.md")] == [
        "docs/en/x.md:2: front matter is not valid YAML: a quote opens here but is never closed",
    ]


def test_other_syntax_errors_keep_the_line_of_the_problem_and_say_what_to_do(tmp_path):
    assert str(_yaml(tmp_path, "id: x\nname: a: b\n")) == (
        "data/agencies/x.yml:2: is not valid YAML: mapping values are not allowed here "
        "(a text holds ': ' (a colon and a space): put the whole text in double quotes)"
    )
    assert str(_yaml(tmp_path, "id: x\nfiling:\n  web: x\n\tphone: y\n")) == (
        "data/agencies/x.yml:4: is not valid YAML: found character '\\t' that cannot start any "
        "token (a tab is used here: indent with spaces only)"
    )
    for inner in ('"The "Best" Office"', "'The workers' office'"):
        assert str(_yaml(tmp_path, f"id: x\nname: {inner}\n")) == (
            "data/agencies/x.yml:2: is not valid YAML: expected <block end>, but found '<scalar>' "
            "(the text goes on after a closing quote: a quote inside a quoted text ends it; "
            'inside double quotes, write \\" for a double quote)'
        )


@pytest.mark.parametrize(
    ("line", "where", "kept"),
    [
        ("title: Fact Sheet #77A: FLSA", "2: field 'title'", "Fact Sheet"),
        ("title: Factsheet #77A", "2: field 'title'", "Factsheet"),
        ("titles:\n  - Fact Sheet #77A", "3: field 'titles[0]'", "Fact Sheet"),
    ],
)
def test_a_text_that_a_note_sign_cuts_short_is_named(tmp_path, line, where, kept):
    # " #" starts a note to editors in YAML: unquoted, the text would silently end before it.
    text = f"id: x\n{line}\nurl: https://a.example # a note after an address is fine\n"
    assert str(_yaml(tmp_path, text)) == (
        f"data/agencies/x.yml:{where} is cut at '#' (YAML reads ' #' as the start of a note to "
        f"editors, so the text ends at '{kept}'): put the whole text in double quotes"
    )


@pytest.mark.parametrize(
    "line",
    [
        "state: halted # open | halted",  # one word, then a spaced note
        "law: ca-penal-code-679-10   # its timing: data/ut_laws.yml",
        'title: "Fact Sheet #77A"',  # quoted: the # is text
        "sources: [a, b]  # flow list, then a note",
        "text: |\n  Line one #1 in a block keeps its sign",
    ],
)
def test_notes_after_ids_quoted_texts_and_blocks_are_not_cuts(tmp_path, line):
    path = tmp_path / "x.yml"
    path.write_text(f"id: x\n{line}\n", encoding="utf-8")
    assert not isinstance(read_yaml(path, "data/agencies/x.yml"), DataError)


def test_a_broken_mkdocs_yml_is_one_line_from_check_and_parity(tmp_path, capsys):
    # Contributors edit its nav: to add a page; a mistake there is named like one in data/.
    (tmp_path / "mkdocs.yml").write_text('nav:\n  - Home: index.md\n  - Team: "team.md\n')
    assert check_main(["--root", str(tmp_path)]) == 1
    assert parity_main(["--root", str(tmp_path)]) == 2
    out = capsys.readouterr().out.splitlines()
    said = "mkdocs.yml:3: is not valid YAML: a quote opens here but is never closed"
    assert out == [said, said]


@pytest.mark.parametrize(
    ("config", "said"),
    [
        (None, "mkdocs.yml is missing: it lists the site's languages"),
        ("plugins:\n  - search\n", "mkdocs.yml: the i18n plugin lists no languages"),
        (
            "plugins:\n  - i18n:\n      languages:\n        - locale: en\n        - locale: es\n",
            "mkdocs.yml: no i18n language is marked default: true",
        ),
    ],
    ids=["missing", "no languages", "no default"],
)
def test_a_mkdocs_yml_without_its_languages_is_one_line(tmp_path, capsys, config, said):
    if config is not None:
        (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    assert check_main(["--root", str(tmp_path)]) == 1
    assert capsys.readouterr().out.splitlines() == [said]


def test_an_invisible_control_character_is_named_by_line(tmp_path):
    assert str(_yaml(tmp_path, "id: x\nname: Wage\x07 and Hour\n")) == (
        "data/agencies/x.yml:2: is not valid YAML: contains an invisible control character "
        "(#x0007); delete it"
    )


def test_a_data_file_in_another_encoding_is_named_by_line(tmp_path):
    path = tmp_path / "x.yml"
    path.write_bytes("id: x\nname: {es: División}\n".encode("latin-1"))
    assert str(read_yaml(path, "data/agencies/x.yml")) == f"data/agencies/x.yml:2: {NOT_UTF8}"


# 3. A page saved as latin-1 -------------------------------------------------------------------


def test_check_names_a_page_that_is_not_utf8(project_root, capsys):
    _pages(project_root, _latin1(ES))
    assert check_main(["--root", str(project_root)]) == 1  # the review report reads pages too
    out = capsys.readouterr().out.splitlines()
    assert {line for line in out if "/p.md" in line} == {f"docs/es/p.md:12: {NOT_UTF8}"}
    assert out[-1].endswith("problem(s) found.")


def test_parity_names_a_page_that_is_not_utf8(tmp_path, capsys):
    root = _pages(tmp_path, _latin1(ES))
    assert [str(p) for p in check_tree(root).structure] == [f"docs/es/p.md:12: {NOT_UTF8}"]
    assert parity_main(["--root", str(root)]) == 1
    assert capsys.readouterr().out.splitlines()[0] == f"docs/es/p.md:12: {NOT_UTF8}"


def test_the_build_stops_on_a_page_that_is_not_utf8(tmp_path):
    from hooks.parity import on_config  # the first hook that reads pages

    root = _pages(tmp_path, _latin1(ES))
    config = SimpleNamespace(
        config_file_path=str(root / "mkdocs.yml"),
        plugins={"i18n": SimpleNamespace(current_language=None)},
    )
    with pytest.raises(PluginError) as info:
        on_config(config)
    assert f"docs/es/p.md:12: {NOT_UTF8}" in str(info.value).splitlines()


def test_recording_a_translation_names_the_page_that_is_not_utf8(tmp_path):
    root = _pages(tmp_path, ES, _latin1(EN))
    with pytest.raises(ValueError, match=f"^cannot be recorded: docs/en/p.md:11: {NOT_UTF8}$"):
        record_translation(root, root / "docs" / "es" / "p.md")
    root = _pages(tmp_path, _latin1(ES), EN)
    with pytest.raises(ValueError, match=f"^{NOT_UTF8}$"):
        record_translation(root, root / "docs" / "es" / "p.md")


def test_a_translation_unlike_its_original_is_not_recorded(tmp_path):
    # Recording it would take the "English was updated" notice away from a page still unlike it.
    root = _pages(tmp_path, ES.replace("## A { #a }\n", "## A { #a }\n\n- one\n"), EN)
    es = root / "docs" / "es" / "p.md"
    before = es.read_text(encoding="utf-8")
    with pytest.raises(ValueError) as info:
        record_translation(root, es)
    assert str(info.value) == (
        "is not recorded: it differs from docs/en/p.md in structure\n"
        "  docs/es/p.md:10 vs docs/en/p.md:9: section 'a' has 1 list item in Spanish, 0 in English"
    )
    assert es.read_text(encoding="utf-8") == before


# 4. A byte-order mark before the front matter -------------------------------------------------


def test_a_byte_order_mark_is_accepted(project_root, capsys):
    assert meta_problems("\ufeff" + ES, "docs/es/p.md") == []
    root = _pages(project_root, "\ufeff" + ES)
    report = check_tree(root)
    assert report.structure == [] and report.outdated == []
    check_main(["--root", str(root)])
    assert [line for line in capsys.readouterr().out.splitlines() if "/p.md" in line] == []


# 5. A broken .venv ----------------------------------------------------------------------------

LOCK = "# pinned\ngood-pkg==1.0\nOther.Pkg==2.0\n"


def _venv(root: Path) -> Path:
    """A small healthy environment as pip leaves it: two packages, one with a program."""
    venv = root / ".venv"
    python = venv / tasks.PY.relative_to(tasks.VENV)
    python.parent.mkdir(parents=True)
    python.write_text("")
    site = venv / "lib" / "python3.11" / "site-packages"
    for dist, files in (
        ("good_pkg-1.0", ["good_pkg/__init__.py", "../../../bin/good"]),
        ("other_pkg-2.0", ["other.py", "other_pkg-2.0.dist-info/RECORD"]),
    ):
        (site / f"{dist}.dist-info").mkdir(parents=True)
        (site / f"{dist}.dist-info" / "RECORD").write_text(
            "".join(f"{f},sha256=x,1\n" for f in files)
        )
        for f in files:
            path = Path(os.path.normpath(site / f))
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()
    (root / "requirements.lock").write_text(LOCK)
    return venv


def test_a_healthy_venv_has_no_problems(tmp_path):
    venv = _venv(tmp_path)
    assert tasks.venv_problems(venv, tmp_path / "requirements.lock") == []


@pytest.mark.parametrize(
    ("damage", "missing"),
    [
        ("bin/good", [".venv/bin/good"]),
        ("lib/python3.11/site-packages/good_pkg", ["good-pkg==1.0"]),
        ("lib/python3.11/site-packages/other_pkg-2.0.dist-info", ["Other.Pkg==2.0"]),
        ("lib/python3.11/site-packages/other.py", ["Other.Pkg==2.0"]),
        (str(tasks.PY.relative_to(tasks.VENV)), [f".venv/{tasks.PY.relative_to(tasks.VENV)}"]),
    ],
)
def test_a_deleted_program_or_package_is_named(tmp_path, damage, missing):
    venv = _venv(tmp_path)
    target = venv / damage
    if target.is_dir():
        shutil.rmtree(target)
    else:
        target.unlink()
    assert tasks.venv_problems(venv, tmp_path / "requirements.lock") == missing


def test_another_version_counts_as_missing(tmp_path):
    venv = _venv(tmp_path)
    (tmp_path / "requirements.lock").write_text(LOCK.replace("1.0", "1.1"))
    assert tasks.venv_problems(venv, tmp_path / "requirements.lock") == ["good-pkg==1.1"]


def _project(tmp_path: Path) -> Path:
    """tasks.py beside an installed (stamped) fake .venv, so no command installs anything."""
    venv = _venv(tmp_path)
    (tmp_path / "tasks.py").write_text((ROOT / "tasks.py").read_text())
    (tmp_path / "pyproject.toml").write_text("[project]\n")
    digest = hashlib.sha256(LOCK.encode() + b"[project]\n").hexdigest()
    (venv / ".installed").write_text(digest)
    return tmp_path


def _tasks(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "tasks.py", *args], cwd=project, capture_output=True, text=True, timeout=60
    )


def test_a_broken_venv_stops_every_command_with_one_line(tmp_path):
    project = _project(tmp_path)
    (project / ".venv" / "bin" / "good").unlink()
    for command in ("check", "build"):
        result = _tasks(project, command)
        assert (result.returncode, result.stderr) == (2, "")
        assert result.stdout == (
            "The .venv folder is broken (missing .venv/bin/good). "
            "Delete .venv and run the command again.\n"
        )


def test_a_program_that_cannot_start_is_a_broken_venv(tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "VENV", tmp_path / ".venv")
    with pytest.raises(tasks.Stop, match=r"^The \.venv folder is broken \(missing \.venv/nope\)"):
        tasks.run([str(tmp_path / ".venv" / "nope")])


# 6. serve with its port busy ------------------------------------------------------------------


def test_a_busy_port_is_said_in_one_line_with_a_port_to_use(monkeypatch):
    monkeypatch.setattr(tasks, "port_problem", lambda p: errno.EADDRINUSE if p == 8000 else None)
    with pytest.raises(tasks.Stop) as info:
        tasks.serve([])
    assert str(info.value) == (
        "Port 8000 is busy (another server is running?). Stop it, or run: "
        "python3 tasks.py serve --port 8001"
    )


def test_serve_on_a_busy_port_ends_without_a_traceback(tmp_path):
    project = _project(tmp_path)
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        result = _tasks(project, "serve", "--port", str(port))
    assert (result.returncode, result.stderr) == (2, "")
    assert result.stdout.startswith(
        f"Port {port} is busy (another server is running?). "
        "Stop it, or run: python3 tasks.py serve --port "
    )
    assert result.stdout.count("\n") == 1


def test_the_port_option():
    assert tasks.port_option([]) == (8000, [])
    assert tasks.port_option(["--port", "8001", "--open"]) == (8001, ["--open"])
    assert tasks.port_option(["--port=8002"]) == (8002, [])
    for bad in (["--port"], ["--port", "web"], ["--port=0"], ["--port", "70000"]):
        with pytest.raises(tasks.Stop, match=r"^--port needs a number from 1 to 65535 \(got "):
            tasks.port_option(bad)


# 7. Other mistakes with tasks.py --------------------------------------------------------------


def test_translated_without_a_page_says_what_to_give():
    with pytest.raises(
        tasks.Stop,
        match=r"^Name the Spanish page you checked, for example: "
        r"python3 tasks\.py translated docs/es/step-1\.md$",
    ):
        tasks.translated([])


def test_a_missing_lock_file_says_how_to_restore_it(tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "ROOT", tmp_path)
    with pytest.raises(tasks.Stop) as info:
        tasks.lock_digest()
    assert str(info.value) == (
        "requirements.lock is missing; restore it with: git checkout -- requirements.lock"
    )


def test_stops_and_ctrl_c_end_main_without_a_traceback(monkeypatch, capsys):
    monkeypatch.setattr(tasks, "ensure_env", lambda: None)

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(tasks, "check", interrupted)
    assert tasks.main(["check"]) == 130
    assert tasks.main(["translated"]) == 2
    assert tasks.main(["chek"]) == 2
    out = capsys.readouterr().out
    assert "Name the Spanish page you checked" in out
    assert out.count("Unknown command 'chek'.") == 1
