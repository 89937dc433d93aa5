"""A phone's first screen (390×844): the page's own heading and the start of its text, with the
dated policy status above them (whole on the home and status pages, one line elsewhere)."""

import pytest

from guide.pages import checklist_pages
from guide.status import FULL_NOTICE_PAGES, phrase
from tests.browser.conftest import NO_WORKER
from tests.paths import LANG_PREFIXES, LANGS, ROOT
from tests.sitedata import site_data

pytestmark = pytest.mark.browser

DATA = site_data()
SCREEN = {"width": 390, "height": 844}
# One page of each kind: home, status page, a chapter, a tool, the finder, an agency, a list.
PAGES = [
    "",
    "policy-status/",
    "step-2/",
    "tools/deadlines/",
    "agencies/finder/",
    "agencies/nlrb/",
    "glossary/",
    "retaliation/",
]
FULL = {
    p.removesuffix("index.md").removesuffix(".md") + ("/" if p != "index.md" else "")
    for p in FULL_NOTICE_PAGES
}

WHERE = """() => {
  const box = el => el ? el.getBoundingClientRect() : null;
  const text = [...document.querySelectorAll('article > p, article > ul, article > div')]
    .find(el => !el.closest('.guide-status') && el.offsetHeight > 0 && el.innerText.trim());
  const body = document.querySelector('.guide-status__body');
  return {h1: box(document.querySelector('article h1')).bottom, text: box(text).top,
          bodyShown: !!body && body.offsetHeight > 0,
          status: document.querySelector('.guide-status').innerText};
}"""


@pytest.fixture
def small_phone(browser):
    context = browser.new_context(viewport=SCREEN, is_mobile=True, has_touch=True, **NO_WORKER)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
@pytest.mark.parametrize("path", PAGES)
def test_the_first_screen_shows_the_heading_and_the_start_of_the_text(
    small_phone, base_url, prefix, lang, path
):
    small_phone.goto(f"{base_url}{prefix}{path}")
    where = small_phone.evaluate(WHERE)
    assert where["h1"] < SCREEN["height"] and where["text"] < SCREEN["height"] - 120, where
    # Still dated and in the page's language, on every page.
    assert phrase(DATA.status, "headline", lang) in where["status"]
    assert DATA.text("status_last_checked", lang, date="").strip() in where["status"]
    assert where["bodyShown"] == (path in FULL)


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_a_long_page_says_at_its_top_where_its_checklist_is(small_phone, base_url, prefix, lang):
    for checklist, page in checklist_pages(ROOT / "docs", lang).items():
        path = page.removesuffix(".md") + "/"
        small_phone.goto(f"{base_url}{prefix}{path}")
        jump = small_phone.locator(f'article a[href="#checklist-{checklist}"]').first
        assert jump.bounding_box()["y"] < SCREEN["height"], path
        assert DATA.checklists[checklist].title.get(lang) in jump.inner_text()
        jump.click()
        title = small_phone.locator(f"#checklist-{checklist}-title")
        assert title.bounding_box()["y"] < SCREEN["height"], path
