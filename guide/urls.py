"""Relative links between pages, computed the way MkDocs lays out directory URLs."""

from __future__ import annotations

import functools
import posixpath


def in_language(src_uri: str) -> str:
    """A page's path inside its language folder: 'es/step-1.md' -> 'step-1.md'."""
    return src_uri.split("/", 1)[1]


def page_dir(src: str) -> str:
    """'step-1.md' -> 'step-1/', 'agencies/index.md' -> 'agencies/', 'index.md' -> ''."""
    stem = src.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        stem = stem.removesuffix("index")
        return stem
    return stem + "/"


@functools.cache  # the big lists link every agency from the same few pages
def relative_url(from_src: str, to_src: str, anchor: str = "") -> str:
    """Link from the page built from `from_src` to the page built from `to_src` (same language)."""
    start, target = page_dir(from_src) or ".", page_dir(to_src) or "."
    rel = posixpath.relpath(target, start)
    url = "./" if rel == "." else rel + "/"
    return url + (f"#{anchor}" if anchor else "")


def relative_file(from_src: str, name: str) -> str:
    """Link from the page built from `from_src` to a file at its language's root (feed.xml)."""
    return posixpath.relpath(name, page_dir(from_src) or ".")


def language_prefix(lang: str, default: str) -> str:
    """Where a language's pages sit under the site root: '' for the default, 'es/' otherwise."""
    return "" if lang == default else f"{lang}/"


def agency_of(page: str) -> str | None:
    """The agency id a generated page path names ('agencies/nlrb.md' -> 'nlrb'), else None."""
    if page.startswith("agencies/") and page.count("/") == 1 and page.endswith(".md"):
        return page.removeprefix("agencies/").removesuffix(".md")
    return None
