"""axe-core (bundled by axe-playwright-python, so it runs offline) with the WCAG 2.2 AA rule set."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

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
