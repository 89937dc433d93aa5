"""The axe helper itself: remembering parsed colours (tests/browser/axe.py) changes no result."""

from __future__ import annotations

import pytest

from tests.browser.axe import AXE_SOURCE, REMEMBER_COLOURS, violations
from tests.browser.conftest import NO_WORKER

pytestmark = pytest.mark.browser

# Every colour the page's elements and their ::before and ::after use, as the browser gives them.
COLOURS_USED = """() => {
  const props = ['color', 'background-color', 'border-top-color', 'border-bottom-color',
                 'outline-color', 'text-decoration-color', 'fill', 'stroke'];
  const seen = new Set();
  for (const el of document.querySelectorAll('*'))
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      props.forEach(p => seen.add(style.getPropertyValue(p)));
    }
  return [...seen].filter(c => c && c !== 'none');
}"""

# Each colour as axe reads it: [r, g, b, alpha], or the error it throws. Parsed twice, so that
# with colours remembered the second parse comes from what the first one left.
PARSED = """(colours) => colours.map(text => [1, 2].map(() => {
  try {
    const c = new axe.commons.color.Color().parseString(text);
    return [c.r, c.g, c.b, c.alpha];
  } catch (e) {
    return String(e);
  }
})[1])"""

# Forms a page's stylesheet may produce that the site's pages do not use today, and one that fails.
OTHER_FORMS = [
    "transparent",
    "rgba(0, 0, 0, 0.5)",
    "#abc",
    "hsl(1rad 50% 50%)",
    "oklch(0.5 0.1 200)",
    "color-mix(in srgb, red 40%, blue)",
    "not a colour",
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_remembered_colours_read_as_axe_reads_them(browser, base_url, scheme):
    context = browser.new_context(color_scheme=scheme, **NO_WORKER)
    try:
        plain, remembering = context.new_page(), context.new_page()
        for tab in (plain, remembering):
            tab.goto(base_url + "step-1/")
            tab.evaluate(AXE_SOURCE)
        remembering.evaluate(REMEMBER_COLOURS)
        colours = [*plain.evaluate(COLOURS_USED), *OTHER_FORMS]
        assert len(colours) > len(OTHER_FORMS) + 5  # the page's own colours were found
        expected = plain.evaluate(PARSED, colours)
        assert remembering.evaluate(PARSED, colours) == expected
        assert expected[-1].startswith("Error: Unable to parse color")  # failures still fail
    finally:
        context.close()


def test_axe_still_finds_poor_contrast_once_colours_are_remembered(page, base_url):
    page.goto(base_url + "step-1/")
    assert violations(page) == []
    page.evaluate(
        """() => {
      const p = document.createElement('p');
      p.id = 'grey-on-grey';
      p.textContent = 'Hard to read';
      p.style.cssText = 'color: #777; background: #888';
      document.querySelector('article').prepend(p);
    }"""
    )
    for _ in range(2):  # the second run reads its colours from what the first remembered
        found = violations(page)
        assert len(found) == 1 and found[0].startswith("color-contrast (serious)")
        assert "#grey-on-grey" in found[0]
