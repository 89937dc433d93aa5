# ruff: noqa: E501  (the table of cases keeps one input per line)
"""Bad inputs from reviews/security.md (not a test): each is applied to a fresh copy of the
project and `tasks.py check`'s answer is classified as a clear error (file:line), silently
accepted, or a traceback. Three inputs are legal and must be accepted (quotes in a name, a BOM,
a disclosure starting with '#'); the tests check that they render safely.

    .venv/bin/python scripts/bad_inputs.py
"""

import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guide.cli import run_checks  # noqa: E402
from guide.site import _cache  # noqa: E402
from scripts.sitebuild import copy_project  # noqa: E402


def sub(rel, old, new, both=False):
    def apply(p):
        for lang in ("en", "es") if both else ("",):
            f = p / (rel.replace("{lang}", lang) if both else rel)
            t = f.read_text(encoding="utf-8")
            assert old in t, (rel, old)
            f.write_text(t.replace(old, new, 1), encoding="utf-8")

    return apply


def raw(rel, fn):
    def apply(p):
        f = p / rel
        f.write_bytes(fn(f.read_bytes()))

    return apply


CASES = {
    # security / injection
    "script in page (both langs)": sub(
        "docs/{lang}/about.md", "\n## ", "\n<script>alert(1)</script>\n\n## ", both=True
    ),
    "script in status headline": sub(
        "data/status.yml",
        "Labor-based deferred action was reported stopped in 2025",
        "X <script>alert(1)</script>",
    ),
    "script in agency name": sub(
        "data/agencies/nlrb.yml",
        'en: "National Labor Relations Board"',
        'en: "NLRB <script>alert(1)</script>"',
    ),
    "img onerror in short_name": sub(
        "data/agencies/nlrb.yml", "short_name: NLRB", 'short_name: "<img src=x onerror=alert(1)>"'
    ),
    "meta refresh in markdown": sub(
        "docs/{lang}/about.md",
        "\n## ",
        '\n<meta http-equiv="refresh" content="1;url=https://t.example/">\n\n## ',
        both=True,
    ),
    "quick_exit_url without scheme": sub(
        "data/ui.yml", "https://www.weather.gov/", "www.weather.gov"
    ),
    "quick_exit_url javascript": sub(
        "data/ui.yml", "https://www.weather.gov/", "javascript:void(0)"
    ),
    "javascript link in disclosure": sub(
        "data/agencies/wa-lni.yml",
        'disclosure: {en: "',
        'disclosure: {en: "[x](javascript:alert(1)) ',
    ),
    "iframe in page": sub(
        "docs/{lang}/team.md",
        "\n## ",
        '\n<iframe src="https://x.example"></iframe>\n\n## ',
        both=True,
    ),
    "onclick in page": sub(
        "docs/{lang}/team.md", "\n## ", '\n<span onclick="alert(1)">x</span>\n\n## ', both=True
    ),
    # tracebacks in the review
    "impossible date in agency": sub(
        "data/agencies/nlrb.yml", "last_reviewed: 2026", "last_reviewed: 2023-02-30\n# "
    ),
    "impossible date in page front matter": sub(
        "docs/en/about.md", "last_reviewed: 2026-12-02", "last_reviewed: 2023-02-30"
    ),
    "latin-1 page": lambda p: (p / "docs/es/about.md").write_bytes(
        (p / "docs/es/about.md").read_text(encoding="utf-8").encode("latin-1", "replace")
    ),
    "ui placeholder typo": sub(
        "data/ui.yml", 'es: "Verificado el {date}"', 'es: "Verificado el {fecha}"'
    ),
    "ui stray brace": sub("data/ui.yml", 'en: "Checked {date}"', 'en: "Checked {date} {"'),
    "ui key removed": lambda p: (p / "data/ui.yml").write_text(
        re.sub(r"\nquick_exit:\n  en: .*\n  es: .*\n", "\n", (p / "data/ui.yml").read_text())
    ),
    # wrong place / check said valid
    "unknown checklist id": sub(
        "docs/{lang}/step-1.md",
        "<!-- checklist: step-1 -->",
        "<!-- checklist: step-one -->",
        both=True,
    ),
    "checklist marker without id": sub(
        "docs/{lang}/step-1.md", "<!-- checklist: step-1 -->", "<!-- checklist -->", both=True
    ),
    "misspelt marker": sub(
        "docs/{lang}/step-1.md",
        "<!-- checklist: step-1 -->",
        "<!-- checklst: step-1 -->",
        both=True,
    ),
    "unknown source": sub(
        "docs/{lang}/step-2.md", "[@osha-file-complaint]", "[@no-such-source]", both=True
    ),
    "unknown agency": sub(
        "docs/{lang}/retaliation.md", "[](agency:osha)", "[](agency:nlrbx)", both=True
    ),
    "deleted checklist file": lambda p: (p / "data/checklists/step-4.yml").unlink(),
    "broken link": sub(
        "docs/{lang}/team.md", "(confidentiality.md", "(confidentiality-x.md", both=True
    ),
    "quotes in agency name": sub(
        "data/agencies/nlrb.yml",
        'en: "National Labor Relations Board"',
        """en: 'The "National" Labor Relations Board: #1'""",
    ),
    "BOM at page start": raw("docs/en/about.md", lambda b: b"\xef\xbb\xbf" + b),
    "unclosed quote in YAML": sub("data/status.yml", "state: halted", 'state: "halted'),
    # silently wrong
    "unknown step page": sub("data/steps.yml", "page: step-5.md", "page: step-9.md"),
    "marker in capitals": sub(
        "docs/{lang}/step-1.md",
        "<!-- checklist: step-1 -->",
        "<!-- checklist: Step-1 -->",
        both=True,
    ),
    "indented marker": sub(
        "docs/{lang}/step-1.md",
        "<!-- checklist: step-1 -->",
        "  <!-- checklist: step-1 -->",
        both=True,
    ),
    "source id in capitals": sub(
        "docs/{lang}/step-2.md", "[@osha-file-complaint]", "[@OSHA-file-complaint]", both=True
    ),
    "agency id in capitals": sub(
        "docs/{lang}/retaliation.md", "[](agency:osha)", "[](agency:OSHA)", both=True
    ),
    ".yaml beside .yml": lambda p: shutil.copy(
        p / "data/agencies/nlrb.yml", p / "data/agencies/nlrb.yaml"
    ),
    "heading in disclosure": sub(
        "data/agencies/wa-lni.yml", 'disclosure: {en: "', 'disclosure: {en: "# '
    ),
    "boolean for a number": sub(
        "data/agencies/osha.yml",
        "length: {amount: 30, unit: days}",
        "length: {amount: true, unit: days}",
    ),
    "future review date": sub(
        "docs/{lang}/about.md", "last_reviewed: 2026-12-02", "last_reviewed: 2099-01-01", both=True
    ),
    "renamed item without renamed_from": sub(
        "data/checklists/step-1.yml", "  - id: map-violations", "  - id: map-the-violations"
    ),
}

ACCEPTED = {"quotes in agency name", "BOM at page start", "heading in disclosure"}


def main() -> None:
    out = {"clear error": 0, "accepted (legal input)": 0, "silently wrong": 0, "traceback": 0}
    for name, apply in CASES.items():
        with tempfile.TemporaryDirectory() as tmp:
            project = copy_project(Path(tmp) / "p")
            _cache.clear()
            try:
                apply(project)
                problems, _ = run_checks(project)
            except Exception as exc:  # noqa: BLE001 - counting tracebacks is the point
                out["traceback"] += 1
                print(f"TRACEBACK {name}: {type(exc).__name__}: {exc}"[:200])
                continue
        named = [p for p in problems if re.match(r"(data|docs)/[^:]+:\d+:", p)]
        if named:
            out["clear error"] += 1
            print(f"error     {name}: {named[0][:140]}")
        elif name in ACCEPTED and not problems:
            out["accepted (legal input)"] += 1
            print(f"accepted  {name}")
        else:
            out["silently wrong"] += 1
            print(f"SILENT    {name}: {problems[:2]}")
    print(f"{len(CASES)} inputs: " + ", ".join(f"{v} {k}" for k, v in out.items()))


if __name__ == "__main__":
    main()
