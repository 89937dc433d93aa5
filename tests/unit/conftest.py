import shutil
from pathlib import Path

import pytest

from tests.paths import FIXTURES, ROOT


@pytest.fixture
def data_root(tmp_path: Path) -> Path:
    """A repository-like folder whose data/ is a copy of the small valid fixture data, with the
    languages of mkdocs.yml."""
    shutil.copytree(FIXTURES / "data_valid", tmp_path / "data")
    shutil.copy(ROOT / "data" / "ui.yml", tmp_path / "data" / "ui.yml")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")  # the languages
    return tmp_path
