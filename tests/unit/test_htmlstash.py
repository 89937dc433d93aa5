"""Block markers' HTML waits outside Markdown (guide/htmlstash.py): the page comes out the same."""

import pytest
from markdown import Markdown
from mkdocs.config import load_config

from guide.htmlstash import HtmlStash
from guide.loader import load_site_data
from guide.markers import replace_markers
from guide.render import PageRenderer, make_env
from tests.paths import ROOT

# Block markers where pages put them: after a heading, a paragraph or a list, and one right
# after another (Markdown puts a line break between two blocks of HTML; so must the page).
PAGE = """# Step one

Intro with a citation [@agency-page].

- a list item
- another, naming [](agency:dol-whd)

<!-- checklist: step-1 -->

## Sources and progress

<!-- progress -->
<!-- glossary -->

Closing words.
"""


def _converted(markdown: str) -> str:
    config = load_config(str(ROOT / "mkdocs.yml"))
    md = Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"])
    return md.convert(markdown)


@pytest.fixture
def renderer(data_root):
    data = load_site_data(data_root)
    env = make_env(ROOT / "overrides" / "components")
    return lambda: PageRenderer(env, data, "en", "step-1.md")


def test_a_page_converts_the_same_with_its_blocks_put_aside(renderer):
    inline = _converted(replace_markers(PAGE, renderer().renderers(), "docs/en/step-1.md"))
    stash = HtmlStash()
    put_aside = stash.blocks_put_aside(renderer().renderers())
    markdown = replace_markers(PAGE, put_aside, "docs/en/step-1.md")
    # The blocks did wait outside: Markdown saw none of the checklist's HTML.
    assert len(stash.parts) == 3 and "guide-checklist" in inline
    assert "guide-checklist" not in markdown
    assert stash.restore(_converted(markdown)) == inline


def test_every_piece_goes_back_where_its_placeholder_was():
    stash = HtmlStash()
    first, second = stash.put("<div>one</div>"), stash.put('<ul id="two"></ul>')
    assert (
        stash.restore(f"<p>a</p>\n{second}\n{first}")
        == '<p>a</p>\n<ul id="two"></ul>\n<div>one</div>'
    )


@pytest.mark.parametrize(
    ("converted", "said"),
    [
        ("<p>nothing kept</p>", "<div>one</div>"),  # a placeholder lost
        ("{0}{0}", "a piece twice"),  # or doubled
    ],
)
def test_a_placeholder_markdown_did_not_keep_is_an_error_naming_the_piece(converted, said):
    stash = HtmlStash()
    placeholder = stash.put("<div>one</div>")
    with pytest.raises(ValueError) as info:
        stash.restore(converted.format(placeholder))
    assert str(info.value) == f"Markdown did not keep the HTML of a block marker: {said}"


def test_a_page_cannot_hold_another_pages_placeholder():
    one, other = HtmlStash(), HtmlStash()
    written = one.put("<p>one</p>")
    other.put("<p>other</p>")
    with pytest.raises(ValueError):  # `other` finds none of its own: a page cannot forge one
        other.restore(written)


def test_anchors_in_the_pieces_are_known_to_links():
    stash = HtmlStash()
    stash.put('<h2 id="law-ca-244">x</h2><a name="old-name"></a><a href="#elsewhere">y</a>')
    stash.put('<span name="not-an-anchor" id="">z</span>')
    assert stash.anchor_ids() == {"law-ca-244", "old-name"}
