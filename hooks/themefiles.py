"""MkDocs adapter: the theme's environment lists its files without walking hidden folders
(guide/themefiles.py). The same files are copied; MkDocs left the hidden ones out anyway."""

from __future__ import annotations

from guide.themefiles import VisibleFilesLoader


def on_config(config):
    theme = config.theme  # one per language's pass (the i18n plugin sets each one's language)
    make = type(theme).get_env

    def get_env():
        env = make(theme)
        env.loader = VisibleFilesLoader(theme.dirs)
        return env

    theme.get_env = get_env
    return config
