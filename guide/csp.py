"""A Content-Security-Policy for each built page: our own origin only, and the theme's few
inline scripts allowed by their hash rather than by 'unsafe-inline'.

Only scripts on a known list are hashed: any other inline script (say, one pasted into a page or a
data file) is not allowed to run, and the build stops naming the page (`unknown_scripts`).

It goes in a <meta> tag (a static host may not let us set headers); a host that can send headers
should send the same policy, plus frame-ancestors, which a <meta> cannot carry.
"""

from __future__ import annotations

import base64
import hashlib
import re

# Any <script> without src whose type is missing or a JavaScript type: it would run.
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:json|ld\+json)\")[^>]*>(.*?)</script>",
    re.S | re.I,
)
_SCOPE = re.compile(r'new URL\("[^"]*",location\)')
# SHA-256 (first 16 hex) of each inline script the theme writes, with its page-relative
# `new URL("…",location)` blanked. A theme upgrade that changes one stops the build here, on
# purpose: look at the new script, then update its fingerprint.
KNOWN = {
    "85fa32928f28a68c": "localStorage helpers (overrides/partials/javascripts/base.html)",
    "0eb10c249dbdb0be": "colour palette (Material's base.html)",
    "ffcc0f7735fdab43": "tabbed content target (Material's base.html)",
}


def _fingerprint(body: str) -> str:
    blanked = _SCOPE.sub('new URL("",location)', body)
    return hashlib.sha256(blanked.encode("utf-8")).hexdigest()[:16]


def unknown_scripts(html: str) -> list[str]:
    """The start of every inline script that is not one of the theme's own."""
    return [
        body.strip()[:60] for body in INLINE_SCRIPT.findall(html) if _fingerprint(body) not in KNOWN
    ]


def script_hashes(html: str) -> list[str]:
    hashes = []
    for body in INLINE_SCRIPT.findall(html):
        if _fingerprint(body) in KNOWN:
            digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
            hashes.append(f"'sha256-{digest}'")
    return sorted(set(hashes))


def policy(html: str) -> str:
    scripts = " ".join(["'self'", *script_hashes(html)])
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {scripts}",
            "style-src 'self'",
            "style-src-attr 'unsafe-inline'",  # the theme's script sets element styles
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "worker-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
        ]
    )


def with_policy(html: str) -> str:
    """Insert the policy, and a no-referrer policy, first in <head>, before any script or link:
    no request from the guide (a source link, the quick exit) tells another site where it came
    from."""
    meta = (
        f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">\n'
        '<meta name="referrer" content="no-referrer">'
    )
    return re.sub(r"<head>", f"<head>\n{meta}", html, count=1)
