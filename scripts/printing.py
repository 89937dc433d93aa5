"""Paper sizes, PDF sheet counting and PDF text, shared by the print tests and scripts/bench.py."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator

# Printable width in CSS pixels (96 per inch) inside the 14 mm side margins set by @page in
# guide.css: A4 (210 mm) is the narrower of the two papers, so content that fits it fits Letter.
A4_PRINTABLE_PX = round((210 - 2 * 14) / 25.4 * 96)
PAPERS = ("Letter", "A4")


def pdf_sheets(pdf: bytes) -> int:
    """Sheets in a Chromium PDF: one "/Type /Page" object each ("/Pages" is the tree)."""
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


# --- Text of a Chromium (Skia) PDF, enough for tests to read what is on paper. Skia writes
# every font as Type0 with Identity-H glyph ids and a ToUnicode map, and text as `<hex> Tj`
# runs, each placed with Tm; so no PDF library is needed. Spaces between runs may be lost, and
# the page number may sort among the lines: compare with squashed(), which drops white space.

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)(stream\r?\n|endobj)", re.S)
_FONT_REF = re.compile(rb"/(F\d+) (\d+) 0 R")
_TEXT_OPS = re.compile(
    rb"/(F\d+) [\d.]+ Tf|[\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ ([\d.-]+) ([\d.-]+) Tm"
    rb"|<([0-9A-Fa-f]*)> Tj"
)


def squashed(text: str) -> str:
    return "".join(text.split())


def pdf_text(pdf: bytes) -> list[str]:
    """The text of each sheet, in page order, one line per baseline."""
    objects = _objects(pdf)
    fonts = {}
    for number, (head, _) in objects.items():
        to_unicode = re.search(rb"/ToUnicode (\d+) 0 R", head)
        if b"/Type /Font" in head and to_unicode:
            fonts[number] = _unicode_map(objects[int(to_unicode.group(1))][1])
    catalog = next(head for head, _ in objects.values() if b"/Type /Catalog" in head)
    sheets = []
    for head in _pages(objects, int(re.search(rb"/Pages (\d+) 0 R", catalog).group(1))):
        names = {name: fonts.get(int(ref), {}) for name, ref in _FONT_REF.findall(head)}
        contents = objects[int(re.search(rb"/Contents (\d+) 0 R", head).group(1))][1]
        sheets.append(_page_text(contents, names))
    return sheets


def _pages(objects: dict[int, tuple[bytes, bytes]], node: int) -> Iterator[bytes]:
    """The page dictionaries under a node of the page tree, in order."""
    head = objects[node][0]
    kids = re.search(rb"/Kids \[([^\]]*)\]", head)
    if kids is None:
        yield head
        return
    for kid in re.findall(rb"(\d+) 0 R", kids.group(1)):
        yield from _pages(objects, int(kid))


def _objects(pdf: bytes) -> dict[int, tuple[bytes, bytes]]:
    """Object number -> (its dictionary, its stream decoded, or b"")."""
    out = {}
    for match in _OBJECT.finditer(pdf):
        head, stream = match.group(2), b""
        length = re.search(rb"/Length (\d+)", head)
        if match.group(3) != b"endobj" and length:
            raw = pdf[match.end() : match.end() + int(length.group(1))]
            stream = zlib.decompress(raw) if b"/FlateDecode" in head else raw
        out[int(match.group(1))] = (head, stream)
    return out


def _unicode_map(cmap: bytes) -> dict[int, str]:
    """Glyph id -> text, from a ToUnicode CMap's bfchar and bfrange entries."""
    out = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for glyph, text in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(glyph, 16)] = bytes.fromhex(text.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for start, end, text in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block
        ):
            first = int(text, 16)
            for offset in range(int(end, 16) - int(start, 16) + 1):
                out[int(start, 16) + offset] = chr(first + offset)
    return out


def _page_text(contents: bytes, fonts: dict[bytes, dict[int, str]]) -> str:
    """Runs on the same baseline make a line, read left to right, lines top to bottom: Chromium
    draws some runs later than their neighbours (a positioned abbreviation, a margin box)."""
    runs: list[tuple[float, float, list[str]]] = []  # (baseline, x, glyphs)
    font: dict[int, str] = {}
    for match in _TEXT_OPS.finditer(contents):
        name, x, y, glyphs = match.groups()
        if name is not None:
            font = fonts.get(name, {})
        elif y is not None:
            runs.append((float(y), float(x), []))
        elif runs:
            runs[-1][2].extend(
                font.get(int(glyphs[i : i + 4], 16), "") for i in range(0, len(glyphs), 4)
            )
    lines: dict[float, list[tuple[float, str]]] = {}
    for y, x, glyphs in runs:
        lines.setdefault(y, []).append((x, "".join(glyphs)))
    return "\n".join("".join(text for _, text in sorted(lines[y])) for y in sorted(lines))
