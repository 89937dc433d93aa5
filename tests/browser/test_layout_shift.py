"""Nothing moves while a page loads (CLS 0) on a phone: the controls scripts enable (the
presentation bar, the light/dark button, the search box) have their room from the first paint.
Measured with a PerformanceObserver in Chromium, in every language."""

import pytest

from tests.paths import LANG_PREFIXES

pytestmark = pytest.mark.browser

# Every layout shift not caused by the reader, from the first paint on (buffered), with the
# elements that moved, once the page has settled.
SHIFTS = """() => new Promise(done => {
  const shifts = [];
  new PerformanceObserver(list => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) shifts.push({value: e.value, moved: e.sources.map(
        s => s.node ? (s.node.className || s.node.nodeName) : "?")});
    }
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => done(shifts), 1500);
})"""


# A chapter and the home page in every language; the agency pages once.
PATHS = [
    *(prefix + path for path in ("step-3/", "") for prefix, _ in LANG_PREFIXES),
    "agencies/",
    "agencies/nlrb/",
]


@pytest.mark.parametrize("path", PATHS)
def test_nothing_shifts_while_a_page_loads(phone, base_url, path):
    phone.goto(base_url + path, wait_until="networkidle")
    shifts = phone.evaluate(SHIFTS)
    assert sum(s["value"] for s in shifts) == 0, shifts
