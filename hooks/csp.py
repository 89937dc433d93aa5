"""MkDocs adapter: refuse any built page that could run code the guide did not write (guide/csp.py,
guide/safety.py), then give it its Content-Security-Policy and no-referrer policy. The last hook
in mkdocs.yml, so it reads each page as deployed; that same reading gathers the names the theme
stylesheet's purge keeps (hooks/_common.py, PAGE_NAMES)."""

from mkdocs.exceptions import PluginError

from guide.csp import unknown_scripts, with_policy
from guide.safety import unsafe_built_html
from hooks._common import PAGE_NAMES


def on_pre_build(config):
    if not config.plugins["i18n"].building:  # a whole build starts, not one language's pass
        PAGE_NAMES.clear()


def _refuse_unsafe(html: str, shown: str) -> None:
    problems = [
        f"{shown}: has an inline script the guide did not write: {start!r}"
        for start in unknown_scripts(html)
    ]
    problems += [
        f"{shown}: {message}" + (f" (built line {line})" if line else "")
        for line, message in unsafe_built_html(html, PAGE_NAMES)
    ]
    if problems:
        hint = (
            "The page, or a data value shown on it, holds code; remove it "
            "(python3 tasks.py check names the file and line)."
        )
        raise PluginError("\n".join([*problems, hint]))


def on_post_page(output, page, config):
    _refuse_unsafe(output, f"docs/{page.file.src_uri}")
    return with_policy(output)


def on_post_template(output_content, template_name, config):
    if not template_name.endswith(".html"):
        return output_content
    _refuse_unsafe(output_content, f"overrides/{template_name}")
    return with_policy(output_content)
