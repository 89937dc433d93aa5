"""Where things are, for every test layer."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

# The site's languages (mkdocs.yml), the default first: tests loop over these.
from guide.languages import project_languages  # noqa: E402
from guide.urls import language_prefix  # noqa: E402

_LANGUAGES = project_languages(ROOT)
LANGS = _LANGUAGES.codes
# (URL prefix of a language's pages, language): ("", "en"), ("es/", "es").
LANG_PREFIXES = [(language_prefix(lang, _LANGUAGES.default), lang) for lang in LANGS]
# The URL prefix of each language's pages: in a list (parametrize ids: LANGS), and by language.
PREFIXES = [prefix for prefix, _ in LANG_PREFIXES]
PREFIX_OF = dict(zip(LANGS, PREFIXES, strict=True))
# The translations (every language but the default): tests about a translated page loop over these.
OTHER_LANGS = LANGS[1:]
OTHER_LANG_PREFIXES = LANG_PREFIXES[1:]


def lang_of(path: str) -> str:
    """The language of a page from its path under the site root: 'es/step-1/' -> 'es'."""
    path = path.lstrip("/")
    return next((lang for prefix, lang in OTHER_LANG_PREFIXES if path.startswith(prefix)), LANGS[0])
