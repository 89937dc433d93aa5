"""Paper sizes and PDF sheet counting, shared by the print tests and scripts/bench.py."""

from __future__ import annotations

import re

# Printable width in CSS pixels (96 per inch) inside the 14 mm side margins set by @page in
# guide.css: A4 (210 mm) is the narrower of the two papers, so content that fits it fits Letter.
A4_PRINTABLE_PX = round((210 - 2 * 14) / 25.4 * 96)
PAPERS = ("Letter", "A4")


def pdf_sheets(pdf: bytes) -> int:
    """Sheets in a Chromium PDF: one "/Type /Page" object each ("/Pages" is the tree)."""
    return len(re.findall(rb"/Type\s*/Page\b", pdf))
