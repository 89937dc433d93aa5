"""Abbreviations: explained once per section with a focusable toggletip, never inside links."""

from guide.abbreviations import mark_abbreviations

EXP = {"DHS": "Department of Homeland Security", "ICE": "Immigration & Customs Enforcement"}


def test_first_use_per_section_is_focusable_later_uses_are_plain():
    html = "<p>DHS and DHS.</p><h2 id='x'>Two</h2><p>DHS again.</p>"
    out = mark_abbreviations(html, EXP)
    assert out.count('tabindex="0"') == 2
    assert out.count('<abbr title="Department of Homeland Security">DHS</abbr>') == 1
    assert '<span class="guide-sr"> (Department of Homeland Security)</span>' in out


def test_links_headings_code_and_attributes_are_left_alone():
    html = (
        '<h2 id="dhs">DHS role</h2><p><a href="/DHS/" title="DHS">DHS page</a> '
        '<code>DHS</code> <span data-x="ICE">text</span></p>'
    )
    assert mark_abbreviations(html, EXP) == html


def test_whole_words_only_and_expansions_escaped():
    out = mark_abbreviations("<p>ICED DICE ICE DHSX</p>", EXP)
    assert "ICED" in out and "DICE" in out and "DHSX" in out
    assert 'data-expansion="Immigration &amp; Customs Enforcement"' in out
    assert out.count("<abbr") == 1


def test_only_elements_left_alone_are_skipped_whatever_the_case_of_their_tags():
    html = '<aside><p>DHS</p></aside><A HREF="/x">ICE</A><p>ICE<br/>DHS <!-- ICE --></p>'
    out = mark_abbreviations(html, EXP)
    # <aside> is not <a>; <A> is; a comment is not text.
    assert out == (
        '<aside><p><abbr class="guide-abbr" tabindex="0" data-expansion="Department of Homeland '
        'Security">DHS<span class="guide-sr"> (Department of Homeland Security)</span></abbr>'
        '</p></aside><A HREF="/x">ICE</A><p><abbr class="guide-abbr" tabindex="0" '
        'data-expansion="Immigration &amp; Customs Enforcement">ICE<span class="guide-sr"> '
        "(Immigration &amp; Customs Enforcement)</span></abbr><br/>"
        '<abbr title="Department of Homeland Security">DHS</abbr> <!-- ICE --></p>'
    )


def test_a_word_inside_an_email_or_web_address_is_left_alone():
    exp = {"DOL": "U.S. Department of Labor"}
    html = (
        "<p>Email DOL.DeferredAction@illinois.gov, staff@DOL.example or see example.org/DOL/ "
        "and x.DOL; the DOL decides. Ask DOL.</p>"
    )
    out = mark_abbreviations(html, exp)
    assert "Email DOL.DeferredAction@illinois.gov, staff@DOL.example" in out
    assert "example.org/DOL/ and x.DOL;" in out
    assert out.count('data-expansion="U.S. Department of Labor"') == 1  # "the DOL decides"
    assert out.count("<abbr") == 2  # and "Ask DOL." at the end of the sentence


def test_a_word_right_after_its_expansion_is_not_explained_again():
    exp = {"DALE": "acción diferida para la aplicación de la ley laboral"}
    html = "<p>La acción diferida para la aplicación de la ley laboral (DALE) y la DALE.</p>"
    out = mark_abbreviations(html, exp)
    assert "ley laboral (DALE) y la <abbr" in out  # the second use is the one explained
    assert out.count("<abbr") == 1
