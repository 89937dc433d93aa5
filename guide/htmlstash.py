"""Rendered HTML kept out of Markdown's way while it converts a page, and put back after.

Markdown passes a block of raw HTML on unchanged, but only after two HTML parsers written in
Python have read all of it (MkDocs looking for anchors, md_in_html looking for `markdown`
attributes). A block marker's HTML (a checklist, the sources, a table of deadlines) is most of
a page: standing in for it, a short comment costs them nothing, and the page comes out the same.
"""

from __future__ import annotations

import re
import secrets

from selectolax.lexbor import LexborHTMLParser

from .markers import INLINE, Renderer


class HtmlStash:
    """The HTML put aside for one page, each piece behind a comment no author can write."""

    def __init__(self) -> None:
        self._token = secrets.token_hex(8)  # new for every page: a page cannot hold it already
        self.parts: list[str] = []

    def put(self, html: str) -> str:
        """The placeholder to write in the Markdown instead of `html` (a block of its own)."""
        self.parts.append(html)
        return f"<!--guide-html-{self._token}-{len(self.parts) - 1}-->"

    def blocks_put_aside(self, renderers: dict[str, Renderer]) -> dict[str, Renderer]:
        """`renderers`, with each block marker's HTML put aside here. An inline marker's stays
        in the text: a few words in a sentence, which Markdown has to see as part of it."""

        def put_aside(render: Renderer) -> Renderer:
            return lambda args: self.put(render(args))

        return {k: r if k in INLINE else put_aside(r) for k, r in renderers.items()}

    def restore(self, converted: str) -> str:
        """The converted page with every piece back in place of its placeholder; ValueError
        when Markdown did not pass one on as it was written."""
        pattern = re.compile(rf"<!--guide-html-{self._token}-(\d+)-->")
        found = [int(m.group(1)) for m in pattern.finditer(converted)]
        if sorted(found) != list(range(len(self.parts))):
            lost = sorted(set(range(len(self.parts))) - set(found))
            shown = ", ".join(self.parts[i][:60].strip() for i in lost) or "a piece twice"
            raise ValueError(f"Markdown did not keep the HTML of a block marker: {shown}")
        return pattern.sub(lambda m: self.parts[int(m.group(1))], converted)

    def anchor_ids(self) -> set[str]:
        """What MkDocs would have found to link to in the pieces: each `id`, and `name` on <a>."""
        if not self.parts:
            return set()
        tree = LexborHTMLParser("".join(self.parts))
        ids = {node.attributes["id"] for node in tree.css("[id]")}
        ids |= {node.attributes["name"] for node in tree.css("a[name]")}
        return {i for i in ids if i}
