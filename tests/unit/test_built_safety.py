"""The built-page scan: every built page is read as a browser reads it, and anything that could run
code or send the reader away stops the build, naming the page (hooks/csp.py, guide/safety.py)."""

import pytest
from mkdocs.exceptions import PluginError

from guide.safety import unsafe_built_html
from hooks.csp import _refuse_unsafe

THEME_LIKE = """<!doctype html><html><head><script src="assets/x.js"></script>
<script>var a = 1 < 2</script></head><body>
<a href="javascript:void(0)" class="md-search__icon">share</a>
<p>Click on the link; onclick= written as text is only text.</p>
<a href="https://www.dol.gov/">DOL</a> <a href="mailto:a@example.org">mail</a>
</body></html>"""


def test_a_page_like_the_themes_own_is_clean():
    assert unsafe_built_html(THEME_LIKE) == []


@pytest.mark.parametrize(
    ("markup", "message"),
    [
        ('<div title=">" onclick="x()">y</div>', "has an onclick= attribute"),
        ('<a href="java&#x09;script:alert(1)">t</a>', "links to a javascript: address"),
        ('<a href=" JAVASCRIPT:alert(1)">t</a>', "links to a javascript: address"),
        ("<svg><a xlink:href='data:text/html,x'>x</a></svg>", "links to a data: address"),
        ("<math><mi onmouseover=1>x</mi></math>", "has an onmouseover= attribute"),
        ('<meta http-equiv="Refresh" content="0;url=https://x.example">', "http-equiv=refresh"),
        ('<iframe src="https://x.example"></iframe>', "has a <iframe> tag"),
        ("<template><img src=x onerror=alert(1)></template>", "has a <template> tag"),
        ('<base href="https://x.example/">', "has a <base> tag"),
    ],
)
def test_each_way_to_run_code_or_leave_is_found_with_its_line(markup, message):
    page = THEME_LIKE.replace("</body>", f"\n{markup}\n</body>")
    found = unsafe_built_html(page)
    assert [m for _, m in found if message in m], found
    assert found[0][0] == THEME_LIKE.count("\n") + 2  # the line the markup was put on


def test_a_comment_closed_the_browsers_way_does_not_hide_what_follows():
    # "--!>" ends a comment for a browser; a lenient reader would see the image as commented out.
    page = THEME_LIKE.replace("</body>", "<!-- x --!><img src=x onerror=alert(1)>--></body>")
    assert [m for _, m in unsafe_built_html(page)] == [
        "has an onerror= attribute: pages and data may not run code"
    ]


def test_the_build_stops_naming_the_page_and_what_to_do():
    page = THEME_LIKE.replace("</body>", '<p onclick="steal()">x</p></body>')
    with pytest.raises(PluginError) as caught:
        _refuse_unsafe(page, "docs/en/team.md")
    assert "docs/en/team.md: has an onclick= attribute" in str(caught.value)
    assert "python3 tasks.py check names the file and line" in str(caught.value)
