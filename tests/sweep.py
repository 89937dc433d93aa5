"""The pages axe checks in the browser tests, in every language: every written page that is not
a chapter, the whole guide (which holds every chapter), and one agency page rather than all 22
(they share one template). What can differ between the pages of a kind, their text and data, is
checked on every page without a browser by tests/output/test_every_page.py, which also fails
when a page shows a component that no swept page shows, or a new page is neither swept nor a
chapter."""

from tests.paths import LANG_PREFIXES

# Swept at phone and desktop size by tests/browser/test_site.py.
KINDS = [
    "",  # home: the steps, triage
    "confidentiality/",  # a concept page, with its jump links
    "for-organizers/",  # the role pages
    "for-lawyers/",
    "for-trainers/",
    "quick-exit/",
    "glossary/",
    "sources/",
    "changes/",
    "progress/",
    "print/",  # the whole guide: every chapter's text (guide/wholeguide.py) on one page
    "agencies/",
    "agencies/finder/",
    "agencies/ca-alrb/",  # an agency page: deadlines table, badges, notes
    "tools/request-outline/",  # the tools whose tests run no axe of their own
    "tools/contact-sheet/",
    "tools/case-timeline/",
]

# Swept at phone and desktop size, in the state a reader leaves them in, by their own tests.
ELSEWHERE = {
    "step-1/": "tests/browser/test_checklists.py",  # a step chapter, a box ticked
    "tools/": "tests/browser/test_tools.py",
    "tools/named-or-anonymous/": "tests/browser/test_tools.py",
    "tools/first-meeting/": "tests/browser/test_tools.py",
    "tools/intake-form/": "tests/browser/test_tools.py",
    "tools/agency-log/": "tests/browser/test_tools.py",
    "tools/deadlines/": "tests/browser/test_calculator.py",
}


def swept_pages() -> list[str]:
    """Every page axe opens, as built files (the 404 page, one page in every language, aside)."""
    return [
        f"{prefix}{path}index.html" for prefix, _ in LANG_PREFIXES for path in [*KINDS, *ELSEWHERE]
    ]
