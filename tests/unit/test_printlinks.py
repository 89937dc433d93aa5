"""The addresses printed after links and in the footer: public when SITE_URL is known, else
site-relative, never a local preview address."""

import pytest

from guide.printlinks import link_destination, mark_links, printable_address, published_root

SITE = "https://guide.example.org/dale/"


@pytest.mark.parametrize("site_url", [None, "", "http://127.0.0.1:8000/", "http://localhost:8000"])
def test_a_local_or_missing_site_url_is_no_public_address(site_url):
    assert published_root(site_url) is None


def test_a_given_site_url_is_the_root_of_every_printed_address():
    root = published_root("https://guide.example.org/dale")
    assert root == SITE
    assert printable_address("es/step-2/", root) == "https://guide.example.org/dale/es/step-2/"
    assert printable_address("es/step-2/", None) == "/es/step-2/"
    assert printable_address("", None) == "/"


@pytest.mark.parametrize(
    ("href", "root", "printed"),
    [
        ("../step-1/", None, "/es/step-1/"),
        ("../step-1/#check-deadlines", None, "/es/step-1/"),  # the page, not the heading
        ("../step-1/", SITE, SITE + "es/step-1/"),
        ("../../step-3/", None, "/step-3/"),  # the other language
        ("../tools/intake-form.csv", SITE, SITE + "es/tools/intake-form.csv"),
        ("#ref-1", None, None),  # same page
        ("./#before-filing", None, None),
        ("https://www.osha.gov/", SITE, None),  # prints its own href
        ("mailto:someone@example.org", None, None),
        ("tel:18003216742", None, None),
        ("//cdn.example.org/x.js", None, None),
    ],
)
def test_where_a_link_on_es_step_2_goes_on_paper(href, root, printed):
    assert link_destination(href, "es/step-2/", root) == printed


def test_links_to_other_pages_are_marked_and_the_rest_left_alone():
    page = (
        '<p><a href="../step-1/">Step 1</a>, <a class="x" href="#ref-2">2</a>, '
        '<abbr title="y">DHS</abbr>, <a href="https://www.dol.gov/">DOL</a></p>'
    )
    out = mark_links(page, "step-2/", None)
    assert '<a data-print-href="/step-1/" href="../step-1/">Step 1</a>' in out
    assert '<a class="x" href="#ref-2">' in out and '<a href="https://www.dol.gov/">' in out
    assert "127.0.0.1" not in mark_links(page, "step-2/", published_root("http://127.0.0.1:8000/"))
