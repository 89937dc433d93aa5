"""The search indexes: one per language, tuned with data/search.yml."""

import re

from guide.search import separator, split_index, term_entries, tune

MERGED = {
    "config": {"lang": ["en", "es"], "separator": "x"},
    "docs": [
        {"location": "", "title": "Home"},
        {"location": "step-1/#a", "title": "A"},
        {"location": "es/", "title": "Inicio"},
        {"location": "es/step-1/#a", "title": "A es"},
        {"location": "estimates/", "title": "Not Spanish, just starts with es"},
    ],
}


def test_each_language_gets_its_own_entries_and_stemmer():
    out = split_index(MERGED, "en", ["es"])
    assert [d["location"] for d in out["en"]["docs"]] == ["", "step-1/#a", "estimates/"]
    assert [d["location"] for d in out["es"]["docs"]] == ["", "step-1/#a"]
    assert out["es"]["docs"][1]["title"] == "A es"
    assert out["en"]["config"] == {"lang": ["en"], "separator": "x"}
    assert out["es"]["config"]["lang"] == ["es"]


def _words(pattern: str, text: str) -> list[str]:
    # The pattern is written for JavaScript's RegExp; Python's re reads it the same way.
    return [w for w in re.split(pattern, text) if w]


def test_the_separator_splits_on_punctuation_and_drops_skipped_words_in_any_case():
    pattern = separator(["de", "la", "a"])
    assert _words(pattern, "Permiso de trabajo (EAD). De la ley") == [
        "Permiso",
        "trabajo",
        "EAD",
        "ley",
    ]
    assert _words(pattern, "decisión, del, adelante") == ["decisión", "del", "adelante"]
    assert _words(pattern, "Form I-765") == ["Form", "I", "765"]  # as lunr splits the query
    assert _words(pattern, "de") == []  # a query made of a skipped word alone
    assert "(?<" not in pattern  # no lookbehind: older phones' browsers reject the pattern


GLOSSARY = """<h1 id="glossary">Glossary</h1><dl class="guide-glossary">
<dt id="term-ead">work permit (<abbr>EAD<span class="guide-sr"> (work permit)</span></abbr>)
 <span lang="es">— permiso de trabajo</span></dt>
<dd>Federal permission to work, requested on <abbr>Form I-765</abbr> &amp; more.</dd>
<dt>no anchor</dt><dd>Not linkable, so not an entry.</dd>
</dl>"""


def test_each_defined_term_with_an_anchor_becomes_an_entry_titled_with_the_term():
    assert term_entries(GLOSSARY, "glossary/") == [
        {
            "location": "glossary/#term-ead",
            "title": "work permit (EAD) — permiso de trabajo",
            "text": "Federal permission to work, requested on Form I-765 &amp; more.",
        }
    ]
    assert term_entries("<p>No terms</p>", "step-1/") == []


def test_tuning_adds_the_terms_after_their_page_and_boosts_every_entry_of_a_page():
    index = {
        "config": {"lang": ["en"], "separator": "[\\s]+"},
        "docs": [
            {"location": "glossary/", "title": "Glossary", "text": "..."},
            {"location": "glossary/#more", "title": "More", "text": "..."},
            {"location": "step-1/", "title": "Step 1", "text": "..."},
        ],
    }
    pages = {"glossary/": GLOSSARY}
    tuned = tune(index, ["of"], {"glossary/": 2.0}, pages.get)
    assert [d["location"] for d in tuned["docs"]] == [
        "glossary/",
        "glossary/#term-ead",
        "glossary/#more",
        "step-1/",
    ]
    assert [d.get("boost") for d in tuned["docs"]] == [2.0, 2.0, 2.0, None]
    assert tuned["config"] == {"lang": ["en"], "separator": separator(["of"])}
    assert "boost" not in index["docs"][0]  # the merged index is left as it was
