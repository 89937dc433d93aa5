"""The page policy: only the theme's own inline scripts are allowed (by hash); any other inline
script is reported, and the policy and a no-referrer policy come first in <head>."""

import base64
import hashlib
import re

from guide.csp import policy, unknown_scripts, with_policy
from tests.paths import ROOT

THEME = (ROOT / "overrides/partials/javascripts/base.html").read_text()
SCOPE = re.search(r"<script>(.*?)</script>", THEME, re.S).group(1)


def _page(scope_url: str, extra: str = "") -> str:
    body = SCOPE.replace("{{ config.extra.scope | d(base_url) }}", scope_url)
    return (
        f"<html><head><script>{body}</script><script src='x.js'></script>{extra}</head>"
        "<body></body></html>"
    ), body


def test_the_themes_script_is_allowed_by_its_hash_at_any_depth():
    for url in (".", "../..", "/guide/"):
        page, body = _page(url)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"script-src 'self' 'sha256-{digest}';" in policy(page)
        assert unknown_scripts(page) == []
        assert "unsafe-inline'" not in policy(page).split("style-src-attr")[0]


def test_any_other_inline_script_is_not_hashed_and_is_reported():
    page, _ = _page(
        ".",
        "<script>alert(1)</script><SCRIPT type='text/javascript'>x()</SCRIPT>"
        '<script type="application/json" id="d">{}</script>',
    )
    assert unknown_scripts(page) == ["alert(1)", "x()"]
    hashed = base64.b64encode(hashlib.sha256(b"alert(1)").digest()).decode()
    assert hashed not in policy(page)


def test_the_policies_come_first_in_head():
    page, _ = _page(".")
    out = with_policy(page)
    assert out.index('http-equiv="Content-Security-Policy"') < out.index("<script>")
    assert out.index('<meta name="referrer" content="no-referrer">') < out.index("<script>")
