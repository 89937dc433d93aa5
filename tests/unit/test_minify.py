"""Pages as deployed: the templates' indentation goes, and nothing a reader or a script sees
changes (guide/minify.py)."""

from __future__ import annotations

from guide.minify import collapsed_html

PAGE = """<ul>
    <li class="a"
        data-note="line one
        line two">One
      two</li>

    <li>   spaced   words   </li>
</ul>
<pre>
    indented
        code
</pre>
<p>Run <code>a
    b</code> and <textarea name="t">
  kept
</textarea></p>
<!-- a
     comment -->
<script>
  const text = `a
     b`;
</script>
<style>
  p { color: red }
</style>
"""


def test_indentation_in_text_becomes_one_line_break():
    collapsed = collapsed_html(PAGE)
    assert "One\ntwo</li>\n<li>" in collapsed
    assert "<ul>\n<li" in collapsed
    assert "</ul>\n<pre>" in collapsed
    assert "   spaced   words   " in collapsed  # spaces without a line break are left alone


def test_tags_comments_and_spacing_elements_stay_exactly_as_written():
    collapsed = collapsed_html(PAGE)
    for kept in (
        '<li class="a"\n        data-note="line one\n        line two">',
        "<pre>\n    indented\n        code\n</pre>",
        "<code>a\n    b</code>",
        '<textarea name="t">\n  kept\n</textarea>',
        "<!-- a\n     comment -->",
        "<script>\n  const text = `a\n     b`;\n</script>",
        "<style>\n  p { color: red }\n</style>",
    ):
        assert kept in collapsed


def test_a_collapsed_page_is_collapsed_already():
    once = collapsed_html(PAGE)
    assert collapsed_html(once) == once
    assert len(once) < len(PAGE)


def test_text_collapses_as_the_one_pattern_says_whatever_its_spaces():
    """The line-by-line collapse gives what `[ \\t]*\\n\\s*` -> one line break gives, for every
    string of spaces, tabs, line breaks, no-break spaces, returns and letters up to length 7."""
    import itertools
    import re

    from guide.minify import _collapsed

    rule = re.compile(r"[ \t]*\n\s*")
    for size in range(1, 8):
        for chars in itertools.product(" \t\n\xa0\ra", repeat=size):
            text = "".join(chars)
            if "\n" in text:
                assert _collapsed(text) == rule.sub("\n", text), repr(text)
