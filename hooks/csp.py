"""MkDocs adapter: refuse any built page that could run code the guide did not write (guide/csp.py,
guide/safety.py), then give it its Content-Security-Policy and no-referrer policy. The last hook
in mkdocs.yml, so it reads each page as deployed.

The scan of each page runs beside the build, on the second processor core where there is one
(guide/fork.py `Background`), and what it found is said once every language is built: every page
with a problem, at once. That same reading gathers the names the theme stylesheet's purge keeps
(hooks/_common.py, PAGE_NAMES)."""

import shutil
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from guide.csp import with_policy
from guide.fork import Background
from guide.safety import BuiltPagesScan
from hooks._common import PAGE_NAMES, BesideTheBuild

HINT = (
    "The page, or a data value shown on it, holds code; remove it "
    "(python3 tasks.py check names the file and line)."
)
_scan: BesideTheBuild[Background] = BesideTheBuild()
_site: dict[str, Path] = {}


def on_pre_build(config):
    if config.plugins["i18n"].building:
        return  # one language's pass of a build already started
    PAGE_NAMES.clear()
    _site["dir"] = Path(config.site_dir)  # every language's pass builds into it
    _scan.start(Background(BuiltPagesScan()))


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
    end of a language's pass, names what is wrong with them (`mkdocs serve` shows none until
    the author's fix builds)."""
    _scan.stop()
    if "dir" in _site and _site["dir"].is_dir():
        for entry in _site["dir"].iterdir():  # the folder stays: `mkdocs serve` serves it
            if entry.is_dir():
                shutil.rmtree(entry)
            else:
                entry.unlink()
