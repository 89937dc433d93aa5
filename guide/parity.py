"""Translation parity: every page in the default language (English) and its twin in each other
language (Spanish) have the same structure. The languages come from mkdocs.yml.

Compared per section (a `##`/`###` heading with its id): the heading ids in order, the markers
(checklists, figures, citations, agency links…), and the number of links, tables, admonitions and
list items. Also the front-matter keys, and whether the translation's record still matches the
original's text (staleness). Text itself is never compared: languages differ.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DataErrors, NotUtf8, read_utf8
from .languages import ConfigError, Languages, english_name, project_languages
from .loader import load_site_data
from .markers import in_code_fence
from .pages import (
    HEADING,
    FrontMatterError,
    PageProblem,
    read_front_matter,
    split_front_matter,
    twin_problems,
    written_paths,
)
from .structure import differences

# Where a language genuinely differs, allow a difference here, and only here:
# {(page, section id, what): allowed absolute difference}. Keep it empty unless a reviewer agrees.
TOLERANCES: dict[tuple[str, str, str], int] = {}

RECORD = "translation_of"  # a translation's front-matter key: fingerprint of the original


@dataclass
class Section:
    ident: str  # heading id; "" for the text before the first heading
    line: int
    text: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n".join(self.text)


@dataclass(frozen=True)
class Problem:
    page: str  # the translation, where the fix usually goes
    line: int
    original: str
    original_line: int
    message: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line} vs {self.original}:{self.original_line}: {self.message}"


def sections(text: str) -> tuple[dict, list[Section]]:
    """Front matter and sections; raises pages.FrontMatterError when the front matter is broken."""
    meta, body, offset = read_front_matter(text)
    out = [Section("", offset + 1)]
    lines = body.splitlines()
    for n, (line, fenced) in enumerate(
        zip(lines, in_code_fence(lines), strict=True), start=offset + 1
    ):
        m = None if fenced else HEADING.match(line)
        if m:
            out.append(Section(m.group(2), n))
        else:
            out[-1].text.append(line)
    return meta, out


def _tolerance(page: str, section: str, what: str) -> int:
    return TOLERANCES.get((page, section, what), 0)


def fingerprint(original: str) -> str:
    """What a translation's record must match: the original page minus its review date."""
    kept = [ln for ln in original.splitlines() if not ln.startswith("last_reviewed:")]
    return hashlib.sha256("\n".join(kept).encode("utf-8")).hexdigest()[:12]


def _language(path: str) -> str:
    return english_name(path.split("/")[1])  # docs/<lang>/...


Parsed = tuple[dict, list[Section]]  # what `sections` returns


def compare(en_path: str, en: Parsed, es_path: str, es: Parsed) -> list[Problem]:
    """The original (`en_*`, the default language) against one translation (`es_*`)."""
    (en_meta, en_secs), (es_meta, es_secs) = en, es
    en_name, es_name = _language(en_path), _language(es_path)

    def problem(es_line: int, en_line: int, message: str) -> Problem:
        return Problem(es_path, es_line, en_path, en_line, message)

    out = []
    en_keys, es_keys = set(en_meta), set(es_meta) - {RECORD}
    if en_keys != es_keys:
        diff = sorted(en_keys ^ es_keys)
        out.append(problem(1, 1, f"front matter keys differ: {', '.join(diff)}"))
    en_ids, es_ids = [s.ident for s in en_secs], [s.ident for s in es_secs]
    if en_ids != es_ids:
        pairs = zip(en_ids + [None], es_ids + [None], strict=False)
        first = next(i for i, (a, b) in enumerate(pairs) if a != b)
        en_line = en_secs[min(first, len(en_secs) - 1)].line
        es_line = es_secs[min(first, len(es_secs) - 1)].line
        shown = lambda ids: ", ".join(f"{{ #{i} }}" for i in ids[first : first + 3]) or "none"  # noqa: E731
        out.append(
            problem(
                es_line,
                en_line,
                f"heading ids differ from heading {first + 1} on: {en_name} has "
                f"{shown(en_ids)}, {es_name} has {shown(es_ids)}",
            )
        )
        return out  # section-by-section comparison means nothing once headings diverge
    page = en_path.split("/", 2)[-1]
    for en_sec, es_sec in zip(en_secs, es_secs, strict=True):
        name = f"section '{en_sec.ident or '(introduction)'}'"
        allowed = functools.partial(_tolerance, page, en_sec.ident)
        for difference in differences(en_sec.body, es_sec.body, (en_name, es_name), allowed):
            out.append(problem(es_sec.line, en_sec.line, f"{name} {difference}"))
    return out


def staleness(en_path: str, en_text: str, es_path: str, es_meta: dict) -> Problem | None:
    record = es_meta.get(RECORD)
    record = None if record is None else str(record)
    command = f"python3 tasks.py translated {es_path}"
    if not record:
        return Problem(
            es_path,
            1,
            en_path,
            1,
            "has no translation record; after checking it "
            f"against the {_language(en_path)}, run: {command}",
        )
    if record != fingerprint(en_text):
        return Problem(
            es_path,
            1,
            en_path,
            1,
            f"is outdated: the {_language(en_path)} changed since this translation was "
            f"checked; update it, then run: {command}",
        )
    return None


@dataclass(frozen=True)
class Report:
    pairs: int
    structure: list[Problem | PageProblem]  # PageProblem: a page that cannot be read at all
    outdated: list[Problem]

    def lines(self, data_problems: int = 0) -> list[str]:
        out = [str(p) for p in self.structure + self.outdated]
        if self.structure or self.outdated:
            summary = (
                f"Parity: {self.pairs} page pairs, {len(self.structure)} structure "
                f"problem(s), {len(self.outdated)} translation(s) to review"
            )
        else:
            summary = f"Parity: {self.pairs} page pairs, all in step"
        if data_problems:
            summary += f"; {data_problems} data problem(s)"
        return out + [summary + "."]


def check_tree(root: Path, languages: Languages | None = None) -> Report:
    """The default language's pages against each other language's (languages: mkdocs.yml)."""
    languages = languages or project_languages(root)
    docs = root / "docs"
    structure: list[Problem | PageProblem] = list(twin_problems(docs, languages))
    outdated: list[Problem] = []
    pairs = 0
    for lang in languages.others:
        # Not the pages written from data: the data check compares their texts (guide/loader.py),
        # naming the line to fix there.
        for src in sorted(written_paths(docs, languages.default) & written_paths(docs, lang)):
            pairs += 1
            structure_, stale = _check_pair(docs, src, languages.default, lang)
            structure += structure_
            outdated += stale
    return Report(pairs, structure, outdated)


def _check_pair(
    docs: Path, src: str, default: str, lang: str
) -> tuple[list[Problem | PageProblem], list[Problem]]:
    texts = _read_pair(docs, src, default, lang)
    if isinstance(texts, list):
        return texts, []
    en_text, es_text = texts
    en_path, es_path = f"docs/{default}/{src}", f"docs/{lang}/{src}"
    parsed, broken = [], []
    for path, text in ((en_path, en_text), (es_path, es_text)):
        try:
            parsed.append(sections(text))
        except FrontMatterError as exc:
            es_line, en_line = (exc.line, 1) if path == es_path else (1, exc.line)
            broken.append(Problem(es_path, es_line, en_path, en_line, f"{_language(path)} {exc}"))
    if broken:
        return broken, []
    en, es = parsed
    stale = staleness(en_path, en_text, es_path, es[0])
    return compare(en_path, en, es_path, es), [stale] if stale else []


def _read_pair(
    docs: Path, src: str, default: str, lang: str
) -> tuple[str, str] | list[PageProblem]:
    """(original text, translation text), or the pages that are not UTF-8: each named alone,
    since nothing can be compared until it is saved again."""
    texts, unreadable = [], []
    for folder in (default, lang):
        try:
            texts.append(read_utf8(docs / folder / src))
        except NotUtf8 as exc:
            unreadable.append(PageProblem(f"docs/{folder}/{src}", exc.line, str(exc)))
    return unreadable or (texts[0], texts[1])


def original_changed_on(root: Path, src: str, default: str) -> str | None:
    """ISO date of the last commit that touched docs/<default>/<src>, if git can tell."""
    import subprocess

    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%cs", "--", f"docs/{default}/{src}"],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def record_translation(root: Path, es_file: Path) -> bool:
    """Write the original's fingerprint into a reviewed translated page; True if it changed.

    ValueError, with a message for the person who typed the path, when it cannot be done."""
    languages = project_languages(root)
    folders = {(root / "docs" / lang).resolve(): lang for lang in languages.others}
    folder = next((f for f in folders if es_file.resolve().is_relative_to(f)), None)
    if folder is None or es_file.suffix != ".md":
        lang = languages.others[0] if languages.others else "<language>"
        raise ValueError(f"is not a {english_name(lang)} page (give docs/{lang}/<page>.md)")
    if not es_file.is_file():
        raise ValueError("does not exist")
    rel = es_file.resolve().relative_to(folder).as_posix()
    original = f"docs/{languages.default}/{rel}"
    if not (root / original).is_file():
        raise ValueError(f"has no {english_name(languages.default)} original ({original})")
    try:
        english = read_utf8(root / original)
    except NotUtf8 as exc:
        raise ValueError(f"cannot be recorded: {original}:{exc.line}: {exc}") from None
    text = read_utf8(es_file)  # NotUtf8 is a ValueError: reported against this page
    if not split_front_matter(text)[0]:
        raise ValueError("has no front matter to hold the translation record")
    structure = _check_pair(root / "docs", rel, languages.default, folders[folder])[0]
    if structure:  # not the same page yet: recording it would hide that from every reader
        listed = "\n".join(f"  {p}" for p in structure)
        raise ValueError(f"is not recorded: it differs from {original} in structure\n{listed}")
    line = f'{RECORD}: "{fingerprint(english)}"'  # quoted: a hex digest can look like a number
    if re.search(rf"^{RECORD}: .*$", text, re.M):
        new = re.sub(rf"^{RECORD}: .*$", line, text, count=1, flags=re.M)
    else:
        new = text.replace("\n---\n", f"\n{line}\n---\n", 1)
    if new != text:
        es_file.write_text(new, encoding="utf-8")
    return new != text


def main(argv: list[str] | None = None) -> int:
    import argparse
    import sys

    parser = argparse.ArgumentParser(
        prog="python3 tasks.py parity",
        description="Compare every page in the default language with its translations",
    )
    parser.add_argument("--root", type=Path, default=Path.cwd())
    parser.add_argument(
        "--record",
        nargs="+",
        type=Path,
        metavar="docs/LANG/PAGE.md",
        help="mark these translated pages as checked against the current original",
    )
    args = parser.parse_args(argv)
    root = args.root.resolve()
    try:
        project_languages(root)  # a broken mkdocs.yml is said once, in one line
    except ConfigError as exc:
        print(exc)
        return 2
    if args.record:
        failed = False
        for path in args.record:
            try:
                changed = record_translation(root, path)
            except ValueError as exc:
                print(f"{path}: {exc}")
                failed = True
                continue
            print(f"{path}: {'recorded' if changed else 'up to date'}")
        return 2 if failed else 0
    # Data: every text has a non-empty value in every language; the loader enforces it.
    data_problems: list[str] = []
    if (root / "data").is_dir():
        try:
            load_site_data(root)
        except DataErrors as exc:
            data_problems = [str(e) for e in exc.errors]
    report = check_tree(root)
    print("\n".join(data_problems + report.lines(len(data_problems))))
    sys.stdout.flush()
    return 1 if data_problems or report.structure or report.outdated else 0


if __name__ == "__main__":
    raise SystemExit(main())
