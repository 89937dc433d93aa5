"""Splitting the merged search index into one index per language."""

from guide.search import split_index

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
