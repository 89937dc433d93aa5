"""One cached load of data/ per change, shared by every hook and by both language passes."""

from __future__ import annotations

from pathlib import Path

from .loader import SiteData, load_site_data

_cache: dict[Path, tuple[tuple, SiteData]] = {}


def _fingerprint(data_dir: Path) -> tuple:
    return tuple(
        (p.as_posix(), p.stat().st_mtime_ns, p.stat().st_size)
        for p in sorted(data_dir.rglob("*"))
        if p.is_file()
    )


def site_data(root: Path) -> SiteData:
    """Load root/data, reusing the last result while no file in it has changed."""
    key = _fingerprint(root / "data")
    cached = _cache.get(root)
    if cached and cached[0] == key:
        return cached[1]
    data = load_site_data(root)
    _cache[root] = (key, data)
    return data
