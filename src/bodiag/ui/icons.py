"""The only module that names icons: the app's own SVGs in resources/icons, Qt's standard ones as fallback."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from bodiag.paths import resources_dir

_FALLBACK = {
    "new": QStyle.StandardPixmap.SP_FileIcon,
    "open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "demo": QStyle.StandardPixmap.SP_DirHomeIcon,
    "export": QStyle.StandardPixmap.SP_DialogSaveButton,
    "undo": QStyle.StandardPixmap.SP_ArrowBack,
    "redo": QStyle.StandardPixmap.SP_ArrowForward,
    "next": QStyle.StandardPixmap.SP_ArrowDown,
    "previous": QStyle.StandardPixmap.SP_ArrowUp,
    "saved": QStyle.StandardPixmap.SP_DialogApplyButton,
    "unsaved": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "readonly": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "home": QStyle.StandardPixmap.SP_DirHomeIcon,
}


def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    if path.is_file():
        return QIcon(str(path))
    return QApplication.style().standardIcon(_FALLBACK[name])
