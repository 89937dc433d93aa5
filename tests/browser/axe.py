"""axe-core (bundled by axe-playwright-python, so it runs offline) with the WCAG 2.2 AA rule set."""

from __future__ import annotations

from collections.abc import Callable

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
_axe = Axe()


def violations(page: Page) -> list[str]:
    """One line per violation: rule id, impact and the first offending elements."""
    result = _axe.run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
    out = []
    for v in result.response["violations"]:
        targets = [" ".join(map(str, n["target"])) for n in v["nodes"][:3]]
        out.append(f"{v['id']} ({v['impact']}): {v['help']} -> {targets}")
    return out


def violations_at(browser: Browser, url: str, viewport: dict,
                  prepare: Callable[[Page], object] | None = None,
                  color_scheme: str = "light") -> list[str]:
    """Open `url` at `viewport` in a fresh context (with the device set to `color_scheme`), let
    `prepare` put the page in the state to check (a ticked box, an outcome shown), then run axe."""
    context = browser.new_context(viewport=viewport, color_scheme=color_scheme)
    try:
        page = context.new_page()
        page.goto(url)
        if prepare:
            prepare(page)
        return violations(page)
    finally:
        context.close()
