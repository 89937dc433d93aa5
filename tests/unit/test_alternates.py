"""Language alternates: absolute with an x-default once the site has a public address."""

from guide.alternates import absolute_alternates

HEAD = (
    '<link rel="alternate" href="../../step-3/" hreflang="en">\n'
    '<link rel="alternate" href="./" hreflang="es">'
)


def test_a_public_address_makes_them_absolute_with_an_x_default():
    out = absolute_alternates(HEAD, "es/step-3/", "https://example.org/guide/", "en")
    assert out.splitlines() == [
        '<link rel="alternate" href="https://example.org/guide/step-3/" hreflang="en">',
        '<link rel="alternate" href="https://example.org/guide/step-3/" hreflang="x-default">',
        '<link rel="alternate" href="https://example.org/guide/es/step-3/" hreflang="es">',
    ]


def test_without_a_public_address_they_stay_as_the_theme_wrote_them():
    assert absolute_alternates(HEAD, "es/step-3/", None, "en") == HEAD
