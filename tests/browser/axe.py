"""axe-core (bundled by axe-playwright-python, so it runs offline) with the WCAG 2.2 AA rule set."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import axe_playwright_python
from playwright.sync_api import Browser, Page

from tests.browser.conftest import NO_WORKER

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
AXE_SOURCE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text("utf-8")

# axe parses every colour it meets with a full colour library (colorjs.io), again for each of the
# thousands of text nodes color-contrast and link-in-text-block look at: that parsing was a third
# of their time, and those two rules most of every axe run. Remembering each parsed string (the
# parse depends on the string alone; a string that fails is not remembered, so axe still records
# it and fails as before) makes a run 35-40% faster with the same results
# (tests/browser/test_axe_helper.py compares the two on every colour a page uses).
REMEMBER_COLOURS = """() => {
  const proto = axe.commons.color.Color.prototype, parse = proto.parseString, parsed = new Map();
  proto.parseString = function (text) {
    const known = parsed.get(text);
    if (known) {
      [this.r, this.g, this.b, this.alpha] = known;
      return this;
    }
    parse.call(this, text);
    parsed.set(text, [this.r, this.g, this.b, this.alpha]);
    return this;
  };
}"""

# Runs in the page and returns only the violations, as lines: axe's whole result lists every
# node of every rule (0.3-4 MB a page), and sending it to Python was most of the time axe took.
RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags},
                                          resultTypes: ['violations']});
  return result.violations.map(v => {
    const targets = v.nodes.slice(0, 3).map(n => n.target.join(' '));
    return `${v.id} (${v.impact}): ${v.help} -> ${JSON.stringify(targets)}`;
  });
}"""


def violations(page: Page) -> list[str]:
    """One line per violation: rule id, impact and the first offending elements."""
    if not page.evaluate("typeof window.axe === 'object'"):  # once per page, not per check
        page.evaluate(AXE_SOURCE)
        page.evaluate(REMEMBER_COLOURS)
    return page.evaluate(RUN_AXE, TAGS)


def violations_at(
    browser: Browser,
    url: str,
    viewport: dict,
    prepare: Callable[[Page], object] | None = None,
    color_scheme: str = "light",
) -> list[str]:
    """Open `url` at `viewport` in a fresh context (with the device set to `color_scheme`), let
    `prepare` put the page in the state to check (a ticked box, an outcome shown), then run axe."""
    context = browser.new_context(viewport=viewport, color_scheme=color_scheme, **NO_WORKER)
    try:
        page = context.new_page()
        page.goto(url)
        if prepare:
            prepare(page)
            # Back to the top: ticking or clicking scrolled the page, and axe would count a box
            # the sticky header half covers at that moment as a target too small to tap.
            page.evaluate("window.scrollTo(0, 0)")
        return violations(page)
    finally:
        context.close()
