"""MkDocs adapter: refuse any built page that could run code the guide did not write (guide/csp.py,
guide/safety.py), then give it its Content-Security-Policy and no-referrer policy. The last hook
in mkdocs.yml, so it reads each page as deployed.

The scan of each page runs beside the build, on the second processor core where there is one
(guide/fork.py `Background`), and what it found is said once every language is built: every page
with a problem, at once. That same reading gathers the names the theme stylesheet's purge keeps
(hooks/_common.py, PAGE_NAMES)."""

import logging

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

# Taken now: the i18n plugin swaps it for a no-op during its per-language builds, and a build
# that fails in one leaves the no-op in place.
from mkdocs.utils import clean_directory

from guide.csp import with_policy
from guide.fork import Background, BesideTheBuild
from guide.safety import BuiltPagesScan
from hooks._common import PAGE_NAMES

HINT = (
    "The page, or a data value shown on it, holds code; remove it "
    "(python3 tasks.py check names the file and line)."
)
_scan: BesideTheBuild[Background] = BesideTheBuild()
_site: dict[str, str] = {}  # the folder this build writes, every language's pass into it


@event_priority(100)  # before any other hook's, which may stop the build
def on_config(config):
    _site["dir"] = config.site_dir


def on_pre_build(config):
    if config.plugins["i18n"].building:
        return  # one language's pass of a build already started
    PAGE_NAMES.clear()
    _scan.start(lambda: Background(BuiltPagesScan()))


def _checked(html: str, shown: str, made_of: str | None = None) -> str:
    _scan.running.add((shown, html, made_of))
    return with_policy(html)


def on_post_page(output, page, config):
    made_of = f"docs/{page.file.locale}/" if page.meta.get("guide_whole_guide") else None
    return _checked(output, f"docs/{page.file.src_uri}", made_of)


def on_post_template(output_content, template_name, config):
    if not template_name.endswith(".html"):
        return output_content
    return _checked(output_content, f"overrides/{template_name}")


@event_priority(-110)  # every language built (i18n: -100); before the purge reads PAGE_NAMES (-120)
def on_post_build(config):
    if config.plugins["i18n"].building or _scan.running is None:
        return
    scan = _scan.take()
    problems, names = scan.finish()
    PAGE_NAMES.update(names)
    if problems:
        raise PluginError("\n".join([*problems, HINT]))


def on_build_error(error):
    """A build that stopped leaves no page to open: pages are written before the scan, or the
    end of a language's pass, names what is wrong with them. Emptied as MkDocs empties it
    before a build (hidden files stay); `mkdocs serve` answers nothing until a fix builds."""
    _scan.stop()
    try:
        clean_directory(_site.get("dir", ""))  # "": a build stopped before it read its config
    except OSError as exc:  # a file held open: the build's own error matters more
        logging.getLogger("mkdocs").warning(f"The site folder could not be emptied: {exc}")
