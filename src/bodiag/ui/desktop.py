"""How the app presents itself to the desktop: its icon, its desktop entry, the documents it is asked to open.

A double-click on a ``.bodiag`` file starts ``bodiag-gui FILE`` on Linux and Windows
(the installers register the type); macOS's Finder starts the app, or finds it
running, and sends the file to the application object as an event instead, which
:class:`Application` passes on as :attr:`Application.file_open_requested`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from bodiag.paths import resources_dir

if TYPE_CHECKING:
    from bodiag.ui.main_window import MainWindow

# The freedesktop id of packaging/linux/org.bodiag.Bodiag.desktop: Wayland compositors
# match a window to its entry (and so to its icon) by this name.
DESKTOP_FILE_NAME = "org.bodiag.Bodiag"


class Application(QApplication):
    """The app's QApplication: it says which documents the desktop asks it to open.

    An override of :meth:`event` sees only the events sent to the application object
    itself; an event filter installed on the application would see every event of
    every widget, in Python.
    """

    file_open_requested = Signal(str)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            self.file_open_requested.emit(event.file())
            return True
        return super().event(event)


def present(app: QApplication, window: MainWindow) -> None:
    """The app's icon and desktop entry, and its window opening the documents the desktop sends."""
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "bodiag.svg")))
    if isinstance(app, Application):
        app.file_open_requested.connect(window.open_sent_document)
