"""MkDocs adapter: validate data/ at the start of each build and give templates its page view.

The logic lives in guide/ (no MkDocs types there); this file only connects events to it.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError

from guide.assets import theme_script
from guide.changes import version_date
from guide.dates import long_date
from guide.errors import DataErrors
from guide.pagecheck import step_page_problems
from guide.pages import SKIP_TARGET
from guide.printlinks import printable_address, site_root
from guide.render import compiled_templates_cache
from guide.reports import report_url
from guide.safety import escaped
from guide.site import current, refresh
from guide.status import POLICY_PAGE, every_language, status_notice
from guide.urls import in_language, language_prefix, relative_file, relative_url
from hooks._common import project_root


def on_config(config):
    try:
        data = refresh(project_root(config))
    except DataErrors as exc:
        raise PluginError("The data in data/ has problems:\n" + exc.report()) from None
    problems = list(step_page_problems(project_root(config), data))
    if problems:
        raise PluginError("\n".join(problems))
    return config


def on_page_context(context, page, config, nav):
    lang, data = page.file.locale, current(project_root(config))
    src = in_language(page.file.src_uri)
    context["guide_status"] = status_notice(data, lang, src)
    context["guide_status_url"] = relative_url(src, POLICY_PAGE)
    context["guide_exit"] = {
        "label": data.text("quick_exit", lang),
        "hint": data.text("quick_exit_hint", lang),
        "url": data.text("quick_exit_url", lang),
        "about": data.text("quick_exit_about", lang),
        "about_url": relative_url(src, "quick-exit.md"),
    }
    context["guide_present"] = {
        "label": data.text("present", lang),
        "leave": data.text("present_leave", lang),
        "position": data.text("present_position", lang),
        "previous": data.text("present_previous", lang),
        "next": data.text("present_next", lang),
        "shortcuts": data.text("present_keys", lang),  # not "keys": Jinja would find dict.keys
    }
    changes = relative_url(src, "changes.md")
    context["guide_changes"] = {"url": changes, "text": data.text("changes_link", lang)}
    context["guide_feed"] = {
        "url": relative_file(src, "feed.xml"),
        "title": data.text("changes_feed_title", lang),
    }
    context["guide_version"] = data.text(
        "print_version",
        lang,
        date=long_date(version_date(data.changes), lang),
        url=printable_address(
            language_prefix(lang, config.plugins["i18n"].default_language) + "changes/",
            site_root(config.site_url),
        ),
    )
    # Beside the theme's "edit" button, where the repository is known (REPO_URL).
    context["guide_report"] = config.repo_url and {
        "url": report_url(config.repo_url, page.canonical_url),
        "label": data.text("report_mistake", lang),
    }
    # Search loads the index of the page's own language from that language's root (main.html).
    default = config.plugins["i18n"].default_language
    context["guide_language_prefix"] = language_prefix(lang, default)
    context["guide_progress_link"] = {
        "url": relative_url(src, "progress.md"),
        "text": data.text("progress_link", lang),
    }
    # The theme prints values as they are (no autoescape): escape every one we hand it.
    for key in [k for k in context if k.startswith("guide_")]:
        context[key] = escaped(context[key])
    return context


def on_env(env, config, files):
    env.bytecode_cache = compiled_templates_cache()  # the theme's templates too
    # Static templates (the 404 page) have no page context; they read interface text from here.
    data = current(project_root(config))
    env.globals["guide_ui"] = escaped(data.ui)
    env.globals["guide_skip_target"] = SKIP_TARGET  # where "Skip to content" lands
    # overrides/main.html loads the theme's scripts itself; their names change with its version.
    env.globals["guide_theme_scripts"] = {
        name: theme_script(config.theme.dirs, f"assets/javascripts/{pattern}")
        for name, pattern in (("bundle", "bundle.*.min.js"), ("search", "workers/search.*.min.js"))
    }
    # The 404 page speaks every language: each home page, and quick exit in each language.
    home = config.site_url or "/"
    env.globals["guide_languages"] = languages = [
        {"code": lang, "home": home + language_prefix(lang, data.languages.default)}
        for lang in data.languages.codes
    ]
    env.globals["guide_exit_all"] = escaped(every_language_exit(data, languages, home))
    env.globals["guide_status_every"] = escaped(every_language(data, home))
    return env


def every_language_exit(data, languages: list[dict], home: str) -> dict:
    """Quick exit for a page that speaks every language, each part marked with its own."""
    codes = [lang["code"] for lang in languages]
    joined = lambda key: " · ".join(data.text(key, lang) for lang in codes)  # noqa: E731
    return {
        "label": joined("quick_exit"),
        "hint": joined("quick_exit_hint"),
        "url": data.text("quick_exit_url", data.languages.default),
        "about": joined("quick_exit_about"),
        "about_url": home + "quick-exit/",
        "parts": [
            (lang, data.text("quick_exit", lang), data.text("quick_exit_hint", lang))
            for lang in codes
        ],
        "about_parts": [(lang, data.text("quick_exit_about", lang)) for lang in codes],
    }


def on_template_context(context, template_name, config):
    # The 404 page is not a translation of any page: its language links go to each home page.
    if template_name == "404.html":
        # The i18n plugin sets extra.alternate as an attribute, which templates read first.
        default = config.plugins["i18n"].default_language
        for alternate in getattr(config.extra, "alternate", None) or []:
            lang = alternate.get("lang")
            alternate["link"] = config.site_url + ("" if lang == default else f"{lang}/")
    return context
