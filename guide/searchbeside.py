"""Material's search indexing, run beside the build on the second processor core (guide/fork.py
`Background`): every page's HTML is parsed for the index by the theme's own code, in a forked copy
of the build, while the build goes on with the next page. The entries come back, in page order,
before the index is written, so the index is the one the theme would have written itself.

Where forking is not safe (`mkdocs serve`'s rebuilds, Windows, macOS), each page is indexed here
as it is handed over, as the theme does."""

from __future__ import annotations

from types import SimpleNamespace

from material.plugins.search.plugin import SearchIndex

from .fork import Background


class _Indexer:
    """What the copy runs: the theme's indexing of each page, in the order handed over."""

    def __init__(self, config: dict):
        self._index = SearchIndex(**config)

    def start(self) -> None:
        pass

    def add(self, page: SimpleNamespace) -> None:
        self._index.add_entry_from_context(page)

    def result(self) -> list[dict]:
        return self._index.entries


class IndexedBeside(SearchIndex):
    """The theme's search index, whose pages are indexed beside the build."""

    def __init__(self, **config):
        super().__init__(**config)
        self._beside: Background | None = None

    def add_entry_from_context(self, page) -> None:
        if self._beside is None:  # forked at the first page: everything read so far is shared
            self._beside = Background(_Indexer(self.config))
        # What the theme's indexing reads of a page, and nothing MkDocs-bound (it is pickled).
        self._beside.add(
            SimpleNamespace(
                meta=page.meta, content=page.content, toc=page.toc, url=page.url, title=page.title
            )
        )

    def generate_search_index(self, prev) -> str:
        self.gather()
        return super().generate_search_index(prev)

    def gather(self) -> None:
        """The entries of every page handed over so far, added to this index."""
        if self._beside is not None:
            beside, self._beside = self._beside, None
            self.entries.extend(beside.finish())

    def stop(self) -> None:
        """End the copy, wanted or not (a build that stopped on another error)."""
        if self._beside is not None:
            self._beside.stop()
            self._beside = None
