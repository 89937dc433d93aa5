"""Benchmark (not a test): build time and page weight, as a reader on a phone would pay for it.

    python3 tasks.py bench            # build once, then weigh pages in a real Chromium
    python3 tasks.py bench --runs 3   # report the median of several builds
    python3 tasks.py bench --agencies 1000   # build time with 1,000 synthetic agencies added
    python3 tasks.py bench --versus 22,1000  # only build times, side by side with vanilla
                                             # builds of the same pages (markers stripped, and
                                             # markers rendered), at 22 and 1,000 agencies

Weight = bytes each response would take gzip-compressed (what a static host sends), for the first
load of a page in a fresh browser: every request made before the reader does anything (HTML, CSS,
JS, images, fonts, the search index if it came that early, and what the service worker saves for
offline use), and for a second page opened after it (only what is new).
With Lighthouse installed (GUIDE_LIGHTHOUSE or PATH) it also prints its mobile scores and CLS.
It also prints the largest files in the build and, in one table, how many sheets each chapter,
the whole guide and each blank form take when printed to PDF on Letter and A4, in every language.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guide.languages import project_languages  # noqa: E402
from guide.loader import load_site_data  # noqa: E402
from guide.urls import language_prefix  # noqa: E402
from guide.wholeguide import CHAPTERS  # noqa: E402
from scripts.printing import PAPERS, pdf_sheets  # noqa: E402
from scripts.sitebuild import (  # noqa: E402
    HEADLESS_SHELL,
    QUIET_FLAGS,
    SYSTEM_CHROMIUMS,
    build_site,
    copy_project,
    serve,
)
from scripts.vanilla import page_count, vanilla_project  # noqa: E402

Sizes = list[tuple[int, str]]  # (gzip bytes, address under the site), largest first

# The weight budget (issue 15), gzip bytes: a step chapter's first load, and any second page.
BUDGET_FIRST = 60 * 1024
BUDGET_SECOND = 15 * 1024
# Lighthouse (mobile) is run on these when it is installed: GUIDE_LIGHTHOUSE=/path/to/lighthouse
# or `lighthouse` on PATH (npm install lighthouse@12.2.3). It is never required.
LIGHTHOUSE_PAGES = ("", "step-3/", "agencies/nlrb/")
LIGHTHOUSE_SCORES = ("performance", "accessibility", "best-practices", "seo")
# Pages are weighed and audited as the publish workflow builds them: for a real host (absolute
# language alternates, which Lighthouse's SEO audit wants; a 127.0.0.1 address counts as no public
# address) and with the repository named (each page's edit and report buttons). Made-up addresses.
PUBLISHED = {
    "SITE_URL": "https://guide.example.org/",
    "REPO_URL": "https://github.com/example/guide",
}

PAGES = {
    "home": ("", "step-1/"),
    "step chapter": ("step-3/", "step-4/"),
    "status": ("policy-status/", "overview/"),
    "glossary": ("glossary/", "sources/"),
    "agencies index": ("agencies/", "step-1/"),
    "agency page": ("agencies/nlrb/", "agencies/osha/"),
    "deadline calculator": ("tools/deadlines/", "tools/intake-form/"),
}


def synthetic_project(tmp: Path, count: int) -> Path:
    """A copy of the project with `count` extra agencies cloned from the real ones."""
    project = copy_project(tmp / "project")
    add_agencies(project, count)
    return project


def add_agencies(project: Path, count: int) -> None:
    """Clone the real agencies' data files under new ids until `count` more exist."""
    real = sorted((ROOT / "data" / "agencies").glob("*.yml"))
    for n in range(count):
        source = real[n % len(real)]
        ident = f"synthetic-{n:04d}"
        text = source.read_text(encoding="utf-8").replace(f"id: {source.stem}\n", f"id: {ident}\n")
        (project / "data" / "agencies" / f"{ident}.yml").write_text(text, encoding="utf-8")


def versus(totals: list[int], runs: int) -> None:
    """Build time of this project beside vanilla builds of the same pages (same moment, same
    machine: read the ratios), and `tasks.py check` time, at each agency total. "stripped": the
    pages without their markers; "expanded": with each marker replaced by what it renders, so
    the ratio to it is the hooks' own cost, not the content they add."""
    real = len(list((ROOT / "data" / "agencies").glob("*.yml")))
    print(
        f"medians of {runs}; ratios are medians of the ratios of alternated pairs "
        "(wall time; processor time in brackets)"
    )
    print(
        f"{'agencies':>8} {'pages':>6} {'project':>9} {'stripped':>9} {'ratio':>13}"
        f" {'expanded':>9} {'ratio':>13} {'check':>7}"
    )
    for total in totals:
        with tempfile.TemporaryDirectory() as tmp:
            project = copy_project(Path(tmp) / "project")
            add_agencies(project, max(total - real, 0))
            checks = [timed_check(project) for _ in range(runs)]
            twins = {
                "stripped": vanilla_project(project, Path(tmp) / "stripped"),
                "expanded": vanilla_project(project, Path(tmp) / "expanded", expanded=True),
            }
            ours: list = []
            plain: dict[str, list] = {name: [] for name in twins}
            for _ in range(runs):  # alternated, so all meet the same background load
                ours.append(build_site(project, Path(tmp) / "site"))
                for name, twin in twins.items():
                    plain[name].append(build_site(twin, Path(tmp) / name / "site", strict=False))
            columns = f" {statistics.median(b.seconds for b in ours):>8.2f}s"
            for builds in plain.values():
                theirs = statistics.median(b.seconds for b in builds)
                # The ratio of each alternated pair, then their median: a machine that slows down
                # or speeds up between pairs moves both builds of a pair, not their ratio.
                pairs = list(zip(ours, builds, strict=True))
                wall = statistics.median(a.seconds / b.seconds for a, b in pairs)
                cpu = statistics.median(a.cpu_seconds / b.cpu_seconds for a, b in pairs)
                columns += f" {theirs:>8.2f}s {wall:>5.2f} ({cpu:.2f})"
            print(
                f"{max(total, real):>8} {page_count(Path(tmp) / 'site'):>6}{columns} "
                f"{statistics.median(checks):>6.2f}s",
                flush=True,
            )


def timed_check(project: Path) -> float:
    """Seconds `python3 tasks.py check` takes on `project` (it fails loudly if the data do)."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "guide.cli", "--root", str(project)],
        check=True,
        capture_output=True,
        cwd=project,
    )
    return time.perf_counter() - start


def weigh(base: str, site: Path) -> list[tuple[str, int, int, Sizes, Sizes]]:
    """Per page type and language: first load, second page, the first load's largest files and
    the files the second page added."""
    rows = []
    with _browser() as browser:
        for kind, (first, second) in PAGES.items():
            for lang in LANGS:
                context = browser.new_context()
                page = context.new_page()
                seen: dict[str, int] = {}
                # On the context, not the page: the service worker's own fetches count too.
                context.on("requestfinished", lambda r, seen=seen: _record(r, seen, site))
                page.goto(base + lang + first, wait_until="networkidle")
                page.evaluate("navigator.serviceWorker.ready.then(() => true)")  # installed
                first_bytes, first_seen = sum(seen.values()), dict(seen)
                page.goto(base + lang + second, wait_until="networkidle")
                new = {k: v for k, v in seen.items() if k not in first_seen}
                rows.append(
                    (
                        f"{kind} ({LANG_NAMES[lang]})",
                        first_bytes,
                        sum(new.values()),
                        _biggest(first_seen, base, 3),
                        _biggest(new, base, 3),
                    )
                )
                context.close()
    return rows


def _biggest(sizes: dict[str, int], base: str, count: int) -> Sizes:
    """The `count` largest responses, by size, with their address under the site."""
    return sorted(((v, k.removeprefix(base) or "/") for k, v in sizes.items()), reverse=True)[
        :count
    ]


def lighthouse_command() -> str | None:
    return os.environ.get("GUIDE_LIGHTHOUSE") or shutil.which("lighthouse")


def lighthouse(command: str, url: str) -> dict[str, float]:
    """One mobile Lighthouse run: its four category scores and the page's CLS."""
    # Lighthouse needs the whole browser: the headless shell the tests prefer lacks its mode.
    chosen = os.environ.get("GUIDE_CHROMIUM", "")
    whole = [shutil.which(name) for name in SYSTEM_CHROMIUMS if name != HEADLESS_SHELL]
    if HEADLESS_SHELL in Path(chosen).name:
        chosen = ""
    chromium = chosen or next((path for path in whole if path), "")
    result = subprocess.run(
        [
            command,
            url,
            "--output=json",
            "--quiet",
            "--form-factor=mobile",
            "--chrome-flags=--headless=new --no-sandbox " + " ".join(QUIET_FLAGS),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "CHROME_PATH": chromium},
    )
    report = json.loads(result.stdout)
    scores = {name: report["categories"][name]["score"] for name in LIGHTHOUSE_SCORES}
    scores["CLS"] = report["audits"]["cumulative-layout-shift"]["numericValue"]
    return scores


def print_lighthouse(runs: int) -> None:
    command = lighthouse_command()
    if not command:
        print("\nLighthouse: not available (set GUIDE_LIGHTHOUSE or put lighthouse on PATH)")
        return
    print(
        f"\nLighthouse, mobile (median of {runs}), built as published: "
        + " ".join(f"{name[:13]:>13}" for name in (*LIGHTHOUSE_SCORES, "CLS"))
    )
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "site"
        build_site(ROOT, out, **PUBLISHED)
        with serve(out) as base:
            for lang in LANGS:
                for path in LIGHTHOUSE_PAGES:
                    found = [lighthouse(command, base + lang + path) for _ in range(runs)]
                    medians = [
                        statistics.median(run[name] for run in found)
                        for name in (*LIGHTHOUSE_SCORES, "CLS")
                    ]
                    print(f"{(lang + path) or '/':40} " + " ".join(f"{m:13.3f}" for m in medians))


# The URL prefix of each configured language (mkdocs.yml), the default ("") first.
_LANGUAGES = project_languages(ROOT)
LANG_NAMES = {language_prefix(code, _LANGUAGES.default): code for code in _LANGUAGES.codes}
LANGS = tuple(LANG_NAMES)
# Every chapter of the whole guide, the whole guide itself, and the blank forms (which hold a
# sheet limit of their own).
PRINTED = (
    [c.removesuffix(".md") + "/" for c in CHAPTERS]
    + ["print/"]
    + [f"tools/{name}/" for name in sorted(load_site_data(ROOT).templates)]
)


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
    print(
        f"\n{'printed (PDF sheets)':28} "
        + " ".join(f"{LANG_NAMES[lang] + '/' + paper:>9}" for lang, paper in columns)
    )
    for path, counts in table.items():
        print(f"{path:28} " + " ".join(f"{counts[c]:>9}" for c in columns))


def gzipped(body: bytes) -> int:
    """Bytes as a static host sends them: gzip at its usual level."""
    return len(gzip.compress(body, 6))


def largest_files(out: Path, count: int = 8) -> list[tuple[int, str]]:
    sizes = [
        (gzipped(f.read_bytes()), str(f.relative_to(out)))
        for f in out.rglob("*")
        if f.is_file() and f.suffix != ".gz"
    ]
    return sorted(sizes, reverse=True)[:count]


def heavy_pages(out: Path) -> list[tuple[int, str]]:
    """Every page whose HTML alone, gzipped as a server sends it, is over the second-page budget:
    what it costs to open it second, before any script of its own."""
    sizes = [
        (gzipped(f.read_bytes()), str(f.parent.relative_to(out)) + "/")
        for f in out.rglob("index.html")
    ]
    return sorted((s for s in sizes if s[0] > BUDGET_SECOND), reverse=True)


@contextmanager
def _browser():
    from playwright.sync_api import sync_playwright

    # tasks.py bench sets GUIDE_CHROMIUM the way it does for the tests; unset, Playwright's own.
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=os.environ.get("GUIDE_CHROMIUM"), args=QUIET_FLAGS
        )
        yield browser
        browser.close()


def _record(request, seen: dict[str, int], site: Path) -> None:
    response = request.response()
    if response is None or request.url in seen:
        return
    seen[request.url] = gzipped(_sent(request.url, response, site))


def _sent(url: str, response, site: Path) -> bytes:
    """The bytes sent for `url`: the built file, as a static host sends it (Playwright gives an
    empty body for what the service worker fetched into its cache), else the response's body."""
    path = site / unquote(urlsplit(url).path).lstrip("/")
    if path.is_dir():
        path = path / "index.html"
    if response.ok and path.is_file():
        return path.read_bytes()
    try:
        return response.body()
    except Exception:  # redirects and aborted requests have no body
        return b""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build time and page weight")
    parser.add_argument("--runs", type=int, default=1, help="builds to time (median reported)")
    parser.add_argument(
        "--agencies",
        type=int,
        default=0,
        help="also time a build with this many synthetic agencies added",
    )
    parser.add_argument(
        "--versus",
        metavar="TOTALS",
        help="only build times: this project vs vanilla Material + i18n, at "
        "these agency totals (e.g. 22,1000)",
    )
    args = parser.parse_args(argv)
    if args.versus:
        versus([int(n) for n in args.versus.split(",")], args.runs)
        return 0
    if args.agencies:
        with tempfile.TemporaryDirectory() as tmp:
            project = synthetic_project(Path(tmp), args.agencies)
            seconds = build_site(project, Path(tmp) / "site").seconds
            pages = sum(1 for _ in (Path(tmp) / "site").rglob("index.html"))
            print(
                f"build with {args.agencies} synthetic agencies added: {seconds:.1f} s "
                f"({pages} HTML pages)"
            )
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "site"
        times = [build_site(ROOT, out, **PUBLISHED).seconds for _ in range(args.runs)]
        pages = sum(1 for _ in out.rglob("index.html"))
        print(
            f"build: {statistics.median(times):.2f} s median of {args.runs} "
            f"({pages} HTML pages, every language, built as published)"
        )
        with serve(out) as base:
            print(f"\n{'page type':28} {'first load':>12} {'second page':>12}  (gzip)")
            over = []
            for name, first, second, biggest, then in weigh(base, out):
                print(f"{name:28} {first / 1024:9.1f} KB {second / 1024:9.1f} KB")
                for size, url in biggest:
                    print(f"{'':30}{size / 1024:7.1f} KB  {url}")
                for size, url in then:  # what the second page added
                    print(f"{'':30}{'':12} {size / 1024:7.1f} KB  {url}")
                if name.startswith("step chapter") and first > BUDGET_FIRST:
                    over.append(
                        f"{name}: first load {first / 1024:.1f} KB > {BUDGET_FIRST // 1024} KB"
                    )
                if second > BUDGET_SECOND:
                    over.append(
                        f"{name}: second page {second / 1024:.1f} KB > {BUDGET_SECOND // 1024} KB"
                    )
            print_lighthouse(args.runs)
            print_sheets(sheets(base))
        print(f"\npages whose HTML alone is over {BUDGET_SECOND // 1024} KB (gzip):")
        for size, name in heavy_pages(out):
            print(f"{size / 1024:9.1f} KB  {name}")
        print("\nlargest files in the build (gzip):")
        for size, name in largest_files(out):
            print(f"{size / 1024:9.1f} KB  {name}")
    print("\nbudget: " + ("within budget" if not over else "OVER — " + "; ".join(over)))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
