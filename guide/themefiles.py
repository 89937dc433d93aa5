"""The theme's files, listed as MkDocs lists them to copy into the site, without walking the
theme's hidden folders. MkDocs walks every folder of the theme, then leaves out what is hidden
(its patterns '.*' and '*/.*'): Material's .icons folder alone holds 14,000 icons, listed and
matched against every pattern in each language's pass, for none of them to be copied (a page
draws an icon by reading its file, which needs no list)."""

from __future__ import annotations

import os

from jinja2 import FileSystemLoader


class VisibleFilesLoader(FileSystemLoader):
    """A FileSystemLoader whose list of templates skips hidden folders."""

    def list_templates(self) -> list[str]:
        found: set[str] = set()
        for searchpath in self.searchpath:
            for folder, subfolders, names in os.walk(searchpath, followlinks=self.followlinks):
                subfolders[:] = [name for name in subfolders if not name.startswith(".")]
                at = os.path.relpath(folder, searchpath)
                for name in names:
                    found.add(name if at == "." else f"{at}/{name}".replace(os.sep, "/"))
        return sorted(found)
