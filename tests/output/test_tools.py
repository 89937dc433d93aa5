"""The campaign tools as built: linked from the pages where they are used, and their blank CSVs
written beside their pages in every language."""

from __future__ import annotations

import csv
import io
import re

import pytest

from tests.paths import LANG_PREFIXES, LANGS, PREFIXES
from tests.sitedata import site_data

pytestmark = pytest.mark.build

DATA = site_data()

# Where each tool is used: the step or page that must link to it (issue 17).
USED_FROM = {
    "tools/deadlines": ["", "step-1", "retaliation"],
    "tools/named-or-anonymous": ["", "step-2"],
    "tools/first-meeting": ["", "step-1"],
    "tools/intake-form": ["", "step-1"],
    "tools/request-outline": ["step-3"],
    "tools/agency-log": ["step-2", "step-5"],
    "tools/case-timeline": ["step-1", "step-5"],
    "tools/contact-sheet": ["team"],
}


def _links(built, prefix: str, page: str) -> set[str]:
    html = (built.site / prefix / page / "index.html").read_text(encoding="utf-8")
    article = html.split("<article", 1)[1].split("</article>", 1)[0]
    depth = "../" * (page.count("/") + 1) if page else ""
    return {
        re.sub(r"^" + re.escape(depth), "", href).rstrip("/")
        for href in re.findall(r'href="([^"#?]+)', article)
    }


@pytest.mark.parametrize("prefix", PREFIXES, ids=LANGS)
@pytest.mark.parametrize("tool", sorted(USED_FROM))
def test_each_tool_is_linked_where_it_is_used(built, prefix, tool):
    for page in USED_FROM[tool]:
        where = f"{prefix}{page or 'home'}"
        assert tool in _links(built, prefix, page), f"{where} has no link to {tool}"


@pytest.mark.parametrize(("prefix", "lang"), LANG_PREFIXES, ids=LANGS)
def test_every_template_has_its_blank_csv_in_each_language(built, prefix, lang):
    for template in DATA.templates.values():
        raw = (built.site / prefix / "tools" / f"{template.id}.csv").read_bytes()
        header = next(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
        fields = (
            template.columns
            if template.layout == "table"
            else [f for s in template.sections for f in s.fields]
        )
        assert header == [f[lang].label for f in fields]
