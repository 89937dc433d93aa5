"""Nothing moves while a page loads (CLS 0) on a phone: the controls scripts enable (the
presentation bar, the light/dark button, the search box) have their room from the first paint.
Measured with a PerformanceObserver in Chromium, in both languages."""

import pytest

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


@pytest.mark.parametrize(
    "path", ["step-3/", "es/step-3/", "", "es/", "agencies/", "agencies/nlrb/"]
)
def test_nothing_shifts_while_a_page_loads(phone, base_url, path):
    phone.goto(base_url + path, wait_until="networkidle")
    shifts = phone.evaluate(SHIFTS)
    assert sum(s["value"] for s in shifts) == 0, shifts
