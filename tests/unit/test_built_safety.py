"""The built-page scan: every built page is read as a browser reads it, and anything that could run
code or send the reader away stops the build, naming the page (hooks/csp.py, guide/safety.py)."""

import pytest

from guide.safety import BuiltPagesScan, unsafe_built_html
from hooks.csp import HINT

THEME_LIKE = """<!doctype html><html><head><script src="assets/x.js"></script>
<script>var a = 1 < 2</script></head><body>
<a href="javascript:void(0)" class="md-search__icon">share</a>
<p>Click on the link; onclick= written as text is only text.</p>
<a href="https://www.dol.gov/">DOL</a> <a href="mailto:a@example.org">mail</a>
</body></html>"""


def test_a_page_like_the_themes_own_is_clean():
    assert unsafe_built_html(THEME_LIKE) == []


CODE = "pages and data may not run code"
EMBED = "pages and data may not run code or embed other sites"
LINKS = "links must be http(s), mailto, tel or a page of the guide"


@pytest.mark.parametrize(
    ("markup", "message"),
    [
        ('<div title=">" onclick="x()">y</div>', f"has an onclick= attribute: {CODE}"),
        ('<a href="java&#x09;script:alert(1)">t</a>', f"links to a javascript: address: {LINKS}"),
        ('<a href=" JAVASCRIPT:alert(1)">t</a>', f"links to a javascript: address: {LINKS}"),
        ("<svg><a xlink:href='data:text/html,x'>x</a></svg>", f"links to a data: address: {LINKS}"),
        ("<math><mi onmouseover=1>x</mi></math>", f"has an onmouseover= attribute: {CODE}"),
        (
            '<meta http-equiv="Refresh" content="0;url=https://x.example">',
            "has a <meta http-equiv=refresh>: it would send readers to another site",
        ),
        ('<iframe src="https://x.example"></iframe>', f"has a <iframe> tag: {EMBED}"),
        ("<template><img src=x onerror=alert(1)></template>", f"has a <template> tag: {EMBED}"),
        ('<base href="https://x.example/">', f"has a <base> tag: {EMBED}"),
    ],
)
def test_each_way_to_run_code_or_leave_is_found_with_its_line(markup, message):
    page = THEME_LIKE.replace("</body>", f"\n{markup}\n</body>")
    line = THEME_LIKE.count("\n") + 2  # the line the markup is put on
    assert unsafe_built_html(page) == [(line, message)]


def test_a_comment_closed_the_browsers_way_does_not_hide_what_follows():
    # "--!>" ends a comment for a browser; a lenient reader would see the image as commented out.
    page = THEME_LIKE.replace("</body>", "<!-- x --!><img src=x onerror=alert(1)>--></body>")
    assert unsafe_built_html(page) == [(None, f"has an onerror= attribute: {CODE}")]


def test_the_build_stops_naming_the_page_and_what_to_do():
    page = THEME_LIKE.replace("</body>", '<p onclick="steal()">x</p></body>')
    assert HINT == (
        "The page, or a data value shown on it, holds code; remove it "
        "(python3 tasks.py check names the file and line)."
    )
    # Said once the build is done: every page, an inline script that is not one of the theme's
    # own (guide/csp.py) first, then what the HTML holds, with its line.
    scan = BuiltPagesScan()
    scan.add(("docs/en/team.md", page, None))
    scan.add(("docs/es/team.md", page.replace("steal", "robar"), None))
    scan.add(("overrides/404.html", page, None))  # built once in each language
    scan.add(("overrides/404.html", page, None))
    assert scan.result()[0] == [
        "docs/en/team.md: has an inline script the guide did not write: 'var a = 1 < 2'",
        f"docs/en/team.md: has an onclick= attribute: {CODE} (built line 6)",
        "docs/es/team.md: has an inline script the guide did not write: 'var a = 1 < 2'",
        f"docs/es/team.md: has an onclick= attribute: {CODE} (built line 6)",
        "overrides/404.html: has an inline script the guide did not write: 'var a = 1 < 2'",
        f"overrides/404.html: has an onclick= attribute: {CODE} (built line 6)",
    ]


def test_the_whole_guide_is_named_only_for_what_no_page_it_is_made_of_has():
    clean = THEME_LIKE.replace("<script>var a = 1 < 2</script>", "")
    chapter = clean.replace("</body>", '<p onclick="steal()">x</p></body>')
    scan = BuiltPagesScan()
    scan.add(("docs/en/print.md", chapter, "docs/en/"))
    scan.add(("docs/en/step-1.md", chapter, None))
    scan.add(("docs/es/print.md", chapter, "docs/es/"))  # no Spanish chapter has it
    scan.add(("docs/en/step-2.md", clean, None))
    assert scan.result()[0] == [
        f"docs/en/step-1.md: has an onclick= attribute: {CODE} (built line 6)",
        f"docs/es/print.md: has an onclick= attribute: {CODE} (built line 6)",
    ]
    own = BuiltPagesScan()
    own.add(("docs/en/print.md", clean.replace("</body>", '<img onerror="x"></body>'), "docs/en/"))
    assert own.result()[0] == [
        f"docs/en/print.md: has an onerror= attribute: {CODE} (built line 6)"
    ]


def test_the_scan_gathers_every_name_the_stylesheet_purge_needs():
    """One reading of each page serves the scan and the purge (guide/assets.py): elements,
    attribute names, whole values and each word of a value, clean elements included."""
    seen: set[str] = set()
    assert unsafe_built_html(THEME_LIKE, seen) == []
    assert {"html", "body", "a", "p", "script", "href", "class", "md-search__icon"} <= seen
    assert {"https://www.dol.gov/", "mailto:a@example.org", "assets/x.js"} <= seen
    page = '<div class="guide-calc guide-calc--wide" data-md-color-scheme="slate"></div>'
    unsafe_built_html(page, seen)
    assert {"guide-calc", "guide-calc--wide", "guide-calc guide-calc--wide", "slate"} <= seen
    assert "data-md-color-scheme" in seen
