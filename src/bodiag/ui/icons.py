"""The only module that names icons: the app's own SVGs in resources/icons, Qt's standard ones as fallback."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from bodiag.paths import resources_dir

# Qt's standard icons by name: QStyle and its enums take milliseconds to load, so only when needed.
_FALLBACK = {
    "new": "SP_FileIcon",
    "open": "SP_DialogOpenButton",
    "demo": "SP_DirHomeIcon",
    "export": "SP_DialogSaveButton",
    "undo": "SP_ArrowBack",
    "redo": "SP_ArrowForward",
    "next": "SP_ArrowDown",
    "previous": "SP_ArrowUp",
    "saved": "SP_DialogApplyButton",
    "unsaved": "SP_MessageBoxWarning",
    "readonly": "SP_MessageBoxInformation",
    "home": "SP_DirHomeIcon",
}


def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    if path.is_file():
        return QIcon(str(path))
    from PySide6.QtWidgets import QStyle

    return QApplication.style().standardIcon(getattr(QStyle.StandardPixmap, _FALLBACK[name]))
