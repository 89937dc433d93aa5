"""The data of the current build, loaded once per build pass and shared by every hook.

hooks/data.py calls `refresh` at the start of each pass (the i18n plugin runs one per language);
other hooks call `current`, which costs nothing. `refresh` reloads only when a file in data/
changed, so `mkdocs serve` picks up edits and an unchanged second pass reuses the first load.
"""

from __future__ import annotations

from pathlib import Path

from .loader import load_site_data
from .models import SiteData

_cache: dict[Path, tuple[tuple, SiteData]] = {}


def _fingerprint(data_dir: Path) -> tuple:
    return tuple(
        (p.as_posix(), p.stat().st_mtime_ns, p.stat().st_size)
        for p in sorted(data_dir.rglob("*"))
        if p.is_file()
    )


def refresh(root: Path) -> SiteData:
    """Load root/data unless nothing in it changed since the last load."""
    key = _fingerprint(root / "data")
    cached = _cache.get(root)
    if cached and cached[0] == key:
        return cached[1]
    data = load_site_data(root)
    _cache[root] = (key, data)
    return data


def current(root: Path) -> SiteData:
    """The data loaded by the last `refresh` (loading it now if there was none)."""
    cached = _cache.get(root)
    return cached[1] if cached else refresh(root)
