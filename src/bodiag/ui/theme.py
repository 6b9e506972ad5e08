"""The app's look: Qt's Fusion style, following the system's light or dark scheme, and a few named accents.

The app has no style sheet: Qt styles every widget of an application that has one
through a much slower path, which cost a fifth of the start-up. Colours come from
the palette instead, set by the helpers below, and the few rounded surfaces are
painted by :mod:`bodiag.ui.views.panel`.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

ACCENT = "#1f5f8b"
ERROR = "#c0392b"
SELECTED_FILL = "#dcecf7"
SELECTED_TEXT = "#10202c"
NOTICE_FILL = "#fff3cd"
NOTICE_TEXT = "#5c4400"


def dark_scheme() -> bool:
    scheme = getattr(QGuiApplication.styleHints(), "colorScheme", None)
    if scheme is not None:
        return scheme() == Qt.ColorScheme.Dark
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


# Qt's Fusion style on every platform, chosen when the application is made: setting it
# afterwards hands a QStyle back to Python, whose type takes milliseconds to load.
APPLICATION_ARGUMENTS = ["-style", "fusion"]

# Qt's raster engine hands every fill of 96 lines or more (a scroll bar's gradient, a card, a page's
# background) to a pool of threads and waits for them: for the app's widget-sized fills the hand-off
# costs more than the fill, and far more on a busy machine, whose other cores are taken (it was half
# the time of moving to the next question). Qt's own switch keeps them on the thread that paints; it
# is read when Qt first paints, so set here, before the application is made (theme comes first).
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def high_contrast() -> bool:
    """Whether the system asks for high contrast (``BODIAG_HIGH_CONTRAST=1`` asks too, e.g. to try it)."""
    if os.environ.get("BODIAG_HIGH_CONTRAST") == "1":
        return True
    accessibility = getattr(QGuiApplication.styleHints(), "accessibility", None)  # Qt 6.10 and later
    return accessibility is not None and accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def high_contrast_palette(dark: bool) -> QPalette:
    """Text in black on white (or white on black), secondary text as strong as the rest, a saturated accent."""
    ink, paper = (QColor("#ffffff"), QColor("#000000")) if dark else (QColor("#000000"), QColor("#ffffff"))
    accent = QColor("#ffd700") if dark else QColor("#0a3d91")
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase,
                 QPalette.ColorRole.Button, QPalette.ColorRole.ToolTipBase):
        palette.setColor(role, paper)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.ToolTipText, QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.BrightText):
        palette.setColor(role, ink)
    palette.setColor(QPalette.ColorRole.Mid, ink)  # the cards' borders
    palette.setColor(QPalette.ColorRole.Highlight, accent)
    palette.setColor(QPalette.ColorRole.HighlightedText, paper)
    palette.setColor(QPalette.ColorRole.Link, accent)
    disabled = QColor("#a0a0a0") if dark else QColor("#595959")  # still 7:1 on its paper
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply(app: QApplication) -> None:
    """The palette: high contrast when the system asks for it, else the scheme's with bodiag's accents (the style
    is chosen by :data:`APPLICATION_ARGUMENTS`). Followed again when the system's preference changes."""
    if high_contrast():
        app.setPalette(high_contrast_palette(dark_scheme()))
    elif dark_scheme():
        palette = app.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#4a90c2"))
        app.setPalette(palette)
    accessibility = getattr(app.styleHints(), "accessibility", None)
    if accessibility is not None and not app.property("bodiag_follows_contrast"):
        app.setProperty("bodiag_follows_contrast", True)
        accessibility().contrastPreferenceChanged.connect(lambda _preference: _follow(app))


def _follow(app: QApplication) -> None:
    app.setPalette(QPalette())  # the system's own, then ours over it
    apply(app)


def hint(widget: QWidget) -> None:
    """Secondary text (breadcrumbs, positions, option descriptions): the palette's placeholder colour."""
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def error_text(widget: QWidget, on: bool = True, *, bold: bool = False) -> None:
    """Text that reports a failure in red (and bold if asked); ``on=False`` gives the palette's text back."""
    palette = widget.palette()
    default = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR) if on else default)
    widget.setPalette(palette)
    if bold:
        font = widget.font()
        font.setBold(on)
        widget.setFont(font)


def notice(widget: QWidget) -> None:
    """A banner that must be seen (read-only document): dark text on pale yellow, whatever the scheme."""
    widget.setAutoFillBackground(True)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(NOTICE_FILL))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(NOTICE_TEXT))
    widget.setPalette(palette)


def title(widget: QWidget, points: int = 22) -> None:
    font = widget.font()
    font.setPointSize(points)
    font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)


def roomy_tabs(tab_bar: QWidget) -> None:
    """Tabs with room around their text (Fusion's own clip the accent of a capital: « É »).

    A style sheet on the tab bar alone styles that one widget, not the whole window.
    """
    tab_bar.setStyleSheet("QTabBar::tab { padding: 6px 14px; }")
