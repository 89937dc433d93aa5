"""guide/searchbeside.py: pages indexed beside the build give the index the theme's own indexing
gives, in the same order, whether the indexing ran in a forked copy or here."""

from __future__ import annotations

import textwrap

from guide.fork import CAN_FORK
from tests.own_process import said_by

# In a process of its own: pytest's runs threads, where nothing forks.
RUN = textwrap.dedent(
    """
    import json, os, sys
    from types import SimpleNamespace

    import markdown
    from material.plugins.search.plugin import SearchIndex
    from mkdocs.structure.toc import get_toc

    import guide.fork
    from guide.searchbeside import IndexedBeside

    if sys.argv[1] == "here":
        guide.fork.forks = lambda: False

    def page(url, text, **meta):
        md = markdown.Markdown(extensions=["toc", "attr_list"])
        content = md.convert(text)
        return SimpleNamespace(meta=meta, content=content, toc=get_toc(md.toc_tokens), url=url,
                               title=meta.get("title", url))

    pages = [
        page("", "# Home\\n\\nWelcome.\\n\\n## Deadlines { #due }\\n\\n30 days, *or less*."),
        page("es/", "# Inicio\\n\\nBienvenida.\\n\\n## Plazos\\n\\n30 días.", search={"boost": 2}),
        page("hidden/", "# Hidden\\n\\nNot indexed.", search={"exclude": True}),
        page("tags/", "Text before any heading.\\n\\n## Then one", title="Tagged", tags=["a", 1]),
    ]
    config = dict(lang=["en", "es"], separator="[\\\\s]+", pipeline=[], fields={})
    theirs, ours = SearchIndex(**config), IndexedBeside(**config)
    for p in pages:
        theirs.add_entry_from_context(p)
        ours.add_entry_from_context(p)
    forked = ours._beside is not None and ours._beside._child is not None
    print(json.dumps({
        "forked": forked,
        "same": ours.generate_search_index(None) == theirs.generate_search_index(None),
        "entries": len(theirs.entries),
    }))
    """
)


def test_pages_indexed_in_a_forked_copy_give_the_themes_own_index():
    assert said_by(RUN, "beside") == {"forked": CAN_FORK, "same": True, "entries": 6}


def test_pages_indexed_here_where_nothing_forks_give_the_themes_own_index():
    assert said_by(RUN, "here") == {"forked": False, "same": True, "entries": 6}
