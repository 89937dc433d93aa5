"""The page policy: inline scripts allowed by their exact hash, inserted before any script."""

import base64
import hashlib

from guide.csp import policy, with_policy

PAGE = "<html><head><script>a=1</script><script src='x.js'></script></head><body></body></html>"


def test_each_inline_script_is_allowed_by_its_hash_only():
    digest = base64.b64encode(hashlib.sha256(b"a=1").digest()).decode()
    assert f"script-src 'self' 'sha256-{digest}';" in policy(PAGE)
    assert "unsafe-inline'" not in policy(PAGE).split("style-src-attr")[0]


def test_the_policy_comes_first_in_head():
    out = with_policy(PAGE)
    assert out.index('http-equiv="Content-Security-Policy"') < out.index("<script>")
