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


def user_data_dir() -> Path:
    """The user's data folder (``BODIAG_DATA_DIR`` overrides it, e.g. for tests)."""
    override = os.environ.get("BODIAG_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_documents_dir() -> Path:
    """Where exports go unless the user chose another folder: their Documents folder
    (``BODIAG_DOCUMENTS_DIR`` overrides it, e.g. for tests)."""
    override = os.environ.get("BODIAG_DOCUMENTS_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_documents_dir())


def user_config_dir() -> Path:
    """The user's settings folder, for what is set once per machine (``BODIAG_CONFIG_DIR`` overrides it, e.g. for tests)."""
    override = os.environ.get("BODIAG_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_document_path() -> Path:
    return user_data_dir() / "demo.bodiag"
