"""MkDocs adapter: the theme's environment lists its files without walking hidden folders
(guide/themefiles.py). The same files are copied; MkDocs left the hidden ones out anyway."""

from __future__ import annotations

from guide.themefiles import VisibleFilesLoader


def on_config(config):
    theme = config.theme
    make = type(theme).get_env  # the class's own: each language's pass sets it again, unwrapped

    def get_env():
        env = make(theme)
        env.loader = VisibleFilesLoader(theme.dirs)
        return env

    theme.get_env = get_env
    return config
