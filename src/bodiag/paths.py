"""Where bodiag finds its bundled files and keeps the user's default document."""

from __future__ import annotations

import os
from pathlib import Path

# platformdirs is imported where a folder is asked of it: with the folders set by the
# environment (tests, benchmarks) it is not needed at all.

APP_NAME = "bodiag"
_PACKAGE = Path(__file__).resolve().parent
_SOURCE_TREE = _PACKAGE.parent.parent  # src/bodiag -> repository root


def _bundled(name: str) -> Path:
    """A top-level folder of the repository, or its copy inside an installed wheel."""
    installed = _PACKAGE / "_bundled" / name
    return installed if installed.is_dir() else _SOURCE_TREE / name


def questionnaires_dir() -> Path:
    return _bundled("questionnaires")


def resources_dir() -> Path:
    return _bundled("resources")


def _user_dir(variable: str, folder: str, **where: object) -> Path:
    """The folder ``$variable`` names when it is set, else platformdirs' ``folder`` (``user_data_dir``…) for bodiag."""
    override = os.environ.get(variable)
    if override:
        return Path(override)
    import platformdirs

    return Path(getattr(platformdirs, folder)(**where))


def user_data_dir() -> Path:
    """The user's data folder (``BODIAG_DATA_DIR`` overrides it, e.g. for tests)."""
    return _user_dir("BODIAG_DATA_DIR", "user_data_dir", appname=APP_NAME, appauthor=False)


def user_documents_dir() -> Path:
    """Where exports go unless the user chose another folder: their Documents folder
    (``BODIAG_DOCUMENTS_DIR`` overrides it, e.g. for tests)."""
    return _user_dir("BODIAG_DOCUMENTS_DIR", "user_documents_dir")


def user_config_dir() -> Path:
    """The user's settings folder, for what is set once per machine (``BODIAG_CONFIG_DIR`` overrides it, e.g. for tests)."""
    return _user_dir("BODIAG_CONFIG_DIR", "user_config_dir", appname=APP_NAME, appauthor=False)


def default_document_path() -> Path:
    return user_data_dir() / "demo.bodiag"
