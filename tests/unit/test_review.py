"""The review report: which verified facts are older than the chosen age, with file and line."""

import datetime as dt

from guide.cli import main
from guide.loader import load_site_data
from guide.review import review_report

TODAY = dt.date(2026, 12, 2)


def _age(data_root, old: str) -> None:
    """Make the first deadline of the fixture agency old; everything else stays 2026-11-01."""
    path = data_root / "data" / "agencies" / "dol-whd.yml"
    lines = path.read_text().splitlines(keepends=True)
    at = next(i for i, ln in enumerate(lines) if ln.startswith("    verified:"))
    lines[at] = f"    verified: {old}\n"
    path.write_text("".join(lines))


def test_an_old_fact_is_listed_with_its_file_and_line(data_root):
    _age(data_root, "2024-06-30")
    report = review_report(data_root, load_site_data(data_root), TODAY, 365)
    assert report == [
        "Review report: 1 fact(s) last verified more than 365 days ago (oldest first; "
        "re-check them against their sources, then update the date):",
        "data/agencies/dol-whd.yml:22: deadline 'Federal wage claim' last verified 2024-06-30 "
        "(885 days ago)",
    ]


def test_fresh_facts_are_not_listed(data_root):
    report = review_report(data_root, load_site_data(data_root), TODAY, 365)
    assert report == ["Review report: every fact was verified in the last 365 days."]


def test_every_verification_date_in_the_data_is_listed_by_what_it_is_about(data_root):
    # A file the report has no rule for: a date under `verified` is found wherever it is.
    (data_root / "data" / "referrals.yml").write_text(
        "referrals:\n"
        "  - id: a-roster\n"
        "    kind: verify\n"
        "    source: agency-page\n"
        "    en: {name: A roster, what: Check the person.}\n"
        "    es: {name: Una lista, what: Verifique a la persona.}\n"
        "    verified: 2025-01-15\n"
    )
    # Two files hold a list named `laws`: each item is named by what its file is about.
    (data_root / "data" / "ut_laws.yml").write_text(
        "laws:\n"
        "  - id: a-state-act\n"
        "    state: CA\n"
        "    timing: {en: Ninety days., es: Noventa días.}\n"
        "    sources: [agency-page]\n"
        "    verified: 2025-02-01\n"
    )
    report = review_report(data_root, load_site_data(data_root), TODAY, 0)
    assert report[1:] == [
        "data/referrals.yml:7: referral 'a-roster' last verified 2025-01-15 (686 days ago)",
        "data/ut_laws.yml:6: U and T certification law 'a-state-act' last verified 2025-02-01 "
        "(669 days ago)",
        "data/agencies/dol-whd.yml:15: filing details last verified 2026-11-01 (31 days ago)",
        "data/agencies/dol-whd.yml:22: deadline 'Federal wage claim' last verified 2026-11-01 "
        "(31 days ago)",
        "data/agencies/dol-whd.yml:29: the SOI process last verified 2026-11-01 (31 days ago)",
        "data/agencies/dol-whd.yml:30: U and T visa certification last verified 2026-11-01 "
        "(31 days ago)",
        "data/agencies/dol-whd.yml:32: the page last verified 2026-11-01 (31 days ago)",
        "data/status.yml:2: the policy status last verified 2026-11-01 (31 days ago)",
    ]


def test_the_age_is_configurable_and_the_report_never_fails_the_check(data_root, capsys):
    # Every fixture date is 2026-11-01: with an age of 0 days, each one is due for review.
    data = load_site_data(data_root)
    report = review_report(data_root, data, TODAY, 0)
    assert report[0].startswith("Review report: 6 fact(s) last verified more than 0 days ago")
    assert "data/status.yml:2: the policy status last verified 2026-11-01 (31 days ago)" in report
    for lang in ("en", "es"):  # the one page the fixture's steps name
        page = data_root / "docs" / lang / "step-1.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(
            "---\ntitle: Step 1\ndescription: One.\nlast_reviewed: 2026-11-01\n---\n\nText.\n"
        )
    assert main(["--root", str(data_root), "--max-age", "0"]) == 0
    assert "data/agencies/dol-whd.yml:" in capsys.readouterr().out
