"""Command-line check of data/ and the pages: python -m guide.check [--root DIR].

The build and the tests run the same functions; this is the quick way, without a build.
Exit status: 0 when everything is valid, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import DataErrors
from .loader import load_site_data
from .pages import all_page_problems


def run_checks(root: Path) -> list[str]:
    problems: list[str] = []
    try:
        load_site_data(root)
    except DataErrors as exc:
        problems += [str(e) for e in exc.errors]
    problems += [str(p) for p in all_page_problems(root)]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="repository root")
    args = parser.parse_args(argv)
    problems = run_checks(args.root.resolve())
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} problem(s) found.")
        return 1
    print("Data and pages: all valid.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
