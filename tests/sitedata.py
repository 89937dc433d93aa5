"""The real site's data, loaded once per test run (about half a second each time): the models
are frozen, so every test can share one copy."""

from __future__ import annotations

import functools

from guide.loader import SiteData, load_site_data
from tests.paths import ROOT


@functools.cache
def site_data() -> SiteData:
    return load_site_data(ROOT)
