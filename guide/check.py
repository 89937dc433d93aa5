"""Command-line check of data/ and the pages: python -m guide.check [--root DIR].

The build and the tests run the same functions; this is the quick way, without a build.
Exit status: 0 when everything is valid, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .agencies import write_pages
from .errors import DataErrors
from .loader import load_site_data
from .pages import all_page_problems
from .render import make_env


def run_checks(root: Path) -> list[str]:
    """Validate data/; refresh the generated agency pages; then check every page."""
    problems: list[str] = []
    try:
        data = load_site_data(root)
    except DataErrors as exc:
        problems += [str(e) for e in exc.errors]
    else:
        write_pages(root, make_env(root / "overrides" / "components"), data)
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
