"""Where a reader reports a mistake on a page: the repository's "wrong fact" issue form
(.github/ISSUE_TEMPLATE/), opened with the page's address already filled in."""

from __future__ import annotations

from urllib.parse import urlencode

FORM = "wrong-fact.yml"  # in .github/ISSUE_TEMPLATE/
PAGE_FIELD = "page"  # the id of that form's field for the page


def report_url(repo_url: str, page_url: str) -> str:
    """GitHub's new-issue address for the form, its page field filled in (GitHub fills a form's
    fields from query parameters named by their ids)."""
    query = urlencode({"template": FORM, PAGE_FIELD: page_url})
    return f"{repo_url.rstrip('/')}/issues/new?{query}"
