"""What still protects workers, as built: triage, deadlines, state laws, U/T, roles, the menu."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from guide.agencies import clocks, handled, match_agencies, own_deadlines
from guide.dates import duration
from guide.models import NoDeadline
from tests.pagetext import visible_text
from tests.paths import LANGS, PREFIX_OF, ROOT
from tests.sitedata import site_data

pytestmark = pytest.mark.build

DATA = site_data()


def _html(built, lang: str, slug: str = "") -> str:
    prefix = PREFIX_OF[lang]
    path = built.site / prefix / slug / "index.html" if slug else built.site / prefix / "index.html"
    return path.read_text(encoding="utf-8")


def _article(html: str) -> str:
    return html.split("<article", 1)[1].split("</article>", 1)[0]


@pytest.mark.parametrize("lang", LANGS)
def test_the_home_page_opens_with_the_triage_from_data(built, lang):
    article = _article(_html(built, lang))
    assert DATA.triage.situations, "data/triage.yml lists no situation"
    first_h2 = article.index("<h2")
    assert article.index('class="guide-triage"') < first_h2  # the first thing under the title
    text = visible_text(article)
    position = 0
    for situation in DATA.triage.situations:
        words = situation[lang]
        for piece in (words.title, words.summary, *words.actions):
            found = text.find(visible_text(piece), position)
            assert found >= 0, f"triage text missing or out of order: {piece!r}"
            position = found


@pytest.mark.parametrize("lang", LANGS)
def test_triage_clocks_come_from_agency_and_law_deadlines(built, lang):
    text = visible_text(_article(_html(built, lang)))
    laws = {law.id: law for law in DATA.state_laws.laws}
    clocks = [c for s in DATA.triage.situations for c in s.clocks]
    assert clocks, "no triage situation names a deadline"
    for clock in clocks:
        owner = DATA.agencies[clock.agency] if clock.agency else laws[clock.law]
        deadline = next(d for d in own_deadlines(DATA, owner) if d.id == clock.deadline)
        shown = f"{duration(deadline.length.amount, deadline.length.unit, lang)} — "
        assert shown + (deadline.label or deadline.claim).get(lang) in text


def test_every_agency_gives_its_deadlines_or_a_sourced_reason():
    for agency in DATA.agencies.values():
        if isinstance(agency.deadlines, NoDeadline):
            assert all(agency.deadlines.note[lang] for lang in LANGS), agency.id
            if agency.deadlines.reason == "none-fixed":
                assert agency.deadlines.sources, agency.id
        else:
            assert agency.deadlines, f"{agency.id} lists no deadline and gives no reason"
            for d in agency.deadlines:
                assert not re.fullmatch(r"claim-\d+", d.id), f"{agency.id}: placeholder id {d.id}"


def test_the_nlrb_deadline_is_six_months_not_a_count_of_days():
    lengths = {(d.length.amount, d.length.unit) for d in DATA.agencies["nlrb"].deadlines}
    assert (6, "months") in lengths


@pytest.mark.parametrize("state", ["CA", "NY"])
def test_immigration_threats_in_california_and_new_york_reach_a_state_agency(built, state):
    local = [
        m.agency
        for m in match_agencies(DATA, {"immigration-threats"}, state, LANGS[0])
        if m.agency.state == state
    ]
    assert local, f"no {state} agency handles immigration threats"
    # Any language's finder: short names and states are not translated.
    finder = _html(built, LANGS[0], "agencies/finder")
    payload = json.loads(
        re.search(
            r'<script type="application/json" id="agency-data">(.*?)</script>', finder, re.S
        ).group(1)
    )
    in_state = {
        a["short"]
        for a in payload
        if a["state"] == state and "immigration-threats" in a["problems"]
    }
    assert {a.short_name for a in local} <= in_state


@pytest.mark.parametrize("lang", LANGS)
def test_the_state_laws_page_shows_every_law_and_enforcing_agencies_link_to_it(built, lang):
    assert DATA.state_laws.laws, "data/state_laws.yml lists no law"
    page = _html(built, lang, "state-laws")
    for law in DATA.state_laws.laws:
        assert f'id="law-{law.id}"' in page
        assert visible_text(law[lang].forbids) in visible_text(page)
        for agency in law.agencies:
            agency_page = _html(built, lang, f"agencies/{agency}")
            assert f"state-laws/#law-{law.id}" in agency_page


@pytest.mark.parametrize("lang", LANGS)
def test_the_u_t_page_lists_every_agency_and_its_answer(built, lang):
    page = _html(built, lang, "u-t-visas")
    table = page.split('guide-ut"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr><th scope=\"row\">(.*?)</tr>", table, re.S)
    assert len(rows) == len(DATA.agencies)
    for agency in DATA.agencies.values():
        answer = DATA.text(f"answer_{agency.ut_certification.certifies}", lang)
        row = next(r for r in rows if f'agencies/{agency.id}/"' in r)
        assert answer in visible_text(row)


@pytest.mark.parametrize("lang", LANGS)
def test_role_pages_gather_the_items_tagged_with_their_role(built, lang):
    assert DATA.roles.roles, "data/roles.yml lists no role"
    for role in DATA.roles.roles:
        block = _html(built, lang, f"for-{role.id}s").split('class="guide-role-page"', 1)[1]
        block = block.split('<h2 id="role-tasks">', 1)
        assert visible_text(role[lang].intro) in visible_text(block[0])
        expected = [
            visible_text(i[lang].text).strip()
            for c in DATA.checklists.values()
            for i in c.items
            if role.checklist_role and i.role == role.checklist_role
        ]
        shown = []
        if len(block) == 2:
            tasks = block[1].split("</div>", 1)[0]
            shown = [visible_text(li).strip() for li in re.findall(r"<li>(.*?)</li>", tasks, re.S)]
        assert sorted(shown) == sorted(expected)


def test_the_menu_is_organized_by_use_in_every_language(built):
    config = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)
    groups = [next(iter(entry)) for entry in config["nav"]]
    for wanted in ("Today", "Tools", "By role", "The five steps", "History"):
        assert wanted in groups
    listed = {entry["locale"]: entry for entry in config["plugins"][1]["i18n"]["languages"]}
    for lang in LANGS:  # nav: names the groups in the default language, nav_translations in others
        labels = (
            groups if lang == LANGS[0] else [listed[lang]["nav_translations"][g] for g in groups]
        )
        nav = _html(built, lang).split('<nav class="md-nav md-nav--primary"', 1)[1]
        nav_text = visible_text(nav.split('class="md-sidebar md-sidebar--secondary"', 1)[0])
        for label in labels:
            assert f" {label} " in f" {nav_text} ", f"{lang} menu lacks {label!r}"


def test_the_disclosure_table_lives_in_one_page_only(built):
    pages = [
        p
        for p in built.site.rglob("index.html")
        if 'guide-disclosure"' in p.read_text(encoding="utf-8") and "print" not in p.parts
    ]
    assert len(pages) == len(LANGS)  # one page, in each language


def test_handled_problems_include_those_of_the_state_laws_an_agency_enforces():
    for law in DATA.state_laws.laws:
        for agency in law.agencies:
            assert set(law.violations) <= handled(DATA, DATA.agencies[agency])


def test_no_agency_lists_the_same_clock_twice():
    for agency in DATA.agencies.values():
        shown = [(c.deadline.length, c.deadline.claim[LANGS[0]]) for c in clocks(DATA, agency)]
        assert len(shown) == len(set(shown)), agency.id
