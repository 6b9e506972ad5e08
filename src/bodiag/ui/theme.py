"""The app's look: Qt's Fusion style, following the system's light or dark scheme, and a few named accents."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

STYLE_SHEET = """
QLabel[role="hint"] { color: palette(placeholder-text); }
QLabel#InlineError { color: #c0392b; }
QLabel#HelpText { background: palette(alternate-base); border-radius: 6px; padding: 8px; }
QFrame#Card { background: palette(base); border: 1px solid palette(mid); border-radius: 10px; }
QFrame#LevelCard { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; padding: 4px; }
QFrame#LevelCard:hover { border-color: #1f5f8b; }
QFrame#LevelCard:focus { border: 2px solid #1f5f8b; }
QFrame#LevelCard[selected="true"] { background: #dcecf7; border: 2px solid #1f5f8b; color: #10202c; }
QWidget#ReadOnlyFrame, QLabel#ReadOnlyBanner { background: #fff3cd; color: #5c4400; }
QLabel#ReadOnlyBanner { padding: 6px 12px; }
QLabel#SaveIndicator[state="failed"] { color: #c0392b; font-weight: bold; }
QTabBar::tab { padding: 6px 14px; }
QLabel#StartTitle { font-size: 22pt; font-weight: 600; }
"""


def dark_scheme() -> bool:
    scheme = getattr(QGuiApplication.styleHints(), "colorScheme", None)
    if scheme is not None:
        return scheme() == Qt.ColorScheme.Dark
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    if dark_scheme():
        palette = app.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#4a90c2"))
        app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
