"""Benchmark (not a test): build time and page weight, as a reader on a phone would pay for it.

    python3 tasks.py bench            # build once, then weigh pages in a real Chromium
    python3 tasks.py bench --runs 3   # report the median of several builds
    python3 tasks.py bench --agencies 1000   # build time with 1,000 synthetic agencies added

Weight = bytes each response would take gzip-compressed (what a static host sends), for the first
load of a page in a fresh browser (with what the service worker saves for offline use), and for
a second page opened after it (only what is new).
It also prints the largest files in the build and, in one table, how many sheets each chapter,
the whole guide and each blank form take when printed to PDF on Letter and A4, in both languages.
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guide.loader import load_site_data  # noqa: E402
from guide.wholeguide import CHAPTERS  # noqa: E402
from tests.browser.conftest import QUIET_FLAGS  # noqa: E402
from tests.browser.printing import PAPERS, pdf_sheets  # noqa: E402
from tests.conftest import build_site, copy_project, serve  # noqa: E402

# The weight budget (issue 7), gzip bytes: a step chapter's first load, and any second page.
BUDGET_FIRST = 100 * 1024
BUDGET_SECOND = 25 * 1024

PAGES = {
    "home": ("", "step-1/"),
    "step chapter": ("step-3/", "step-4/"),
    "status": ("policy-status/", "overview/"),
    "glossary": ("glossary/", "sources/"),
    "agencies index": ("agencies/", "step-1/"),
    "deadline calculator": ("tools/deadlines/", "tools/intake-form/"),
}


def synthetic_project(tmp: Path, count: int) -> Path:
    """A copy of the project with `count` extra agencies cloned from the real ones."""
    project = copy_project(tmp / "project")
    real = sorted((ROOT / "data" / "agencies").glob("*.yml"))
    for n in range(count):
        source = real[n % len(real)]
        ident = f"synthetic-{n:04d}"
        text = source.read_text(encoding="utf-8").replace(f"id: {source.stem}\n", f"id: {ident}\n")
        (project / "data" / "agencies" / f"{ident}.yml").write_text(text, encoding="utf-8")
    return project


def weigh(base: str) -> list[tuple[str, int, int, list[tuple[int, str]]]]:
    rows = []
    with _browser() as browser:
        for kind, (first, second) in PAGES.items():
            for lang in ("", "es/"):
                context = browser.new_context()
                page = context.new_page()
                seen: dict[str, int] = {}
                # On the context, not the page: the service worker's own fetches count too.
                context.on("requestfinished", lambda r, seen=seen: _record(r, seen))
                page.goto(base + lang + first, wait_until="networkidle")
                page.evaluate("navigator.serviceWorker.ready.then(() => true)")  # installed
                first_bytes, first_seen = sum(seen.values()), dict(seen)
                page.goto(base + lang + second, wait_until="networkidle")
                second_bytes = sum(v for k, v in seen.items() if k not in first_seen)
                biggest = sorted(((v, k.removeprefix(base) or "/") for k, v in first_seen.items()),
                                 reverse=True)[:3]
                rows.append((f"{kind} ({lang or 'en/'})", first_bytes, second_bytes, biggest))
                context.close()
    return rows


LANGS = ("", "es/")
# Every chapter of the whole guide, the whole guide itself, and the blank forms (which hold a
# sheet limit of their own).
PRINTED = [c.removesuffix(".md") + "/" for c in CHAPTERS] + ["print/"] + [
    f"tools/{name}/" for name in sorted(load_site_data(ROOT).templates)]


def sheets(base: str, paths: list[str] = PRINTED) -> dict[str, dict[tuple[str, str], int]]:
    """Printed sheets per page, from Chromium's own PDF output: {path: {(lang, paper): n}}."""
    table: dict[str, dict[tuple[str, str], int]] = {}
    with _browser() as browser:
        page = browser.new_page()
        for path in paths:
            for lang in LANGS:
                page.goto(base + lang + path, wait_until="networkidle")
                for paper in PAPERS:
                    table.setdefault(path, {})[lang, paper] = pdf_sheets(page.pdf(format=paper))
    return table


def print_sheets(table: dict[str, dict[tuple[str, str], int]]) -> None:
    columns = [(lang, paper) for lang in LANGS for paper in PAPERS]
    print(f"\n{'printed (PDF sheets)':28} "
          + " ".join(f"{(lang or 'en/') + paper:>9}" for lang, paper in columns))
    for path, counts in table.items():
        print(f"{path:28} " + " ".join(f"{counts[c]:>9}" for c in columns))


def largest_files(out: Path, count: int = 8) -> list[tuple[int, str]]:
    sizes = [(len(gzip.compress(f.read_bytes(), 6)), str(f.relative_to(out)))
             for f in out.rglob("*") if f.is_file() and f.suffix != ".gz"]
    return sorted(sizes, reverse=True)[:count]


@contextmanager
def _browser():
    from playwright.sync_api import sync_playwright

    # tasks.py bench sets GUIDE_CHROMIUM the way it does for the tests; unset, Playwright's own.
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=os.environ.get("GUIDE_CHROMIUM"),
                                    args=QUIET_FLAGS)
        yield browser
        browser.close()


def _record(request, seen: dict[str, int]) -> None:
    response = request.response()
    if response is None or request.url in seen:
        return
    try:
        body = response.body()
    except Exception:  # redirects and aborted requests have no body
        body = b""
    seen[request.url] = len(gzip.compress(body, 6))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build time and page weight")
    parser.add_argument("--runs", type=int, default=1, help="builds to time (median reported)")
    parser.add_argument("--agencies", type=int, default=0,
                        help="also time a build with this many synthetic agencies added")
    args = parser.parse_args(argv)
    if args.agencies:
        with tempfile.TemporaryDirectory() as tmp:
            project = synthetic_project(Path(tmp), args.agencies)
            seconds = build_site(project, Path(tmp) / "site").seconds
            pages = sum(1 for _ in (Path(tmp) / "site").rglob("index.html"))
            print(f"build with {args.agencies} synthetic agencies added: {seconds:.1f} s "
                  f"({pages} HTML pages)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "site"
        times = [build_site(ROOT, out).seconds for _ in range(args.runs)]
        pages = sum(1 for _ in out.rglob("index.html"))
        print(f"build: {statistics.median(times):.2f} s median of {args.runs} "
              f"({pages} HTML pages, both languages)")
        with serve(out) as base:
            print(f"\n{'page type':28} {'first load':>12} {'second page':>12}  (gzip)")
            over = []
            for name, first, second, biggest in weigh(base):
                print(f"{name:28} {first / 1024:9.1f} KB {second / 1024:9.1f} KB")
                for size, url in biggest:
                    print(f"{'':30}{size / 1024:7.1f} KB  {url}")
                if name.startswith("step chapter") and first > BUDGET_FIRST:
                    over.append(f"{name}: first load {first / 1024:.1f} KB > 100 KB")
                if second > BUDGET_SECOND:
                    over.append(f"{name}: second page {second / 1024:.1f} KB > 25 KB")
            print_sheets(sheets(base))
        print("\nlargest files in the build (gzip):")
        for size, name in largest_files(out):
            print(f"{size / 1024:9.1f} KB  {name}")
    print("\nbudget: " + ("within budget" if not over else "OVER — " + "; ".join(over)))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
