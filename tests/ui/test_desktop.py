"""The app as the desktop sees it: a document sent by the desktop opens, the window has the app's icon."""

from __future__ import annotations

import warnings

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from bodiag.ui.desktop import DESKTOP_FILE_NAME, present
from tests.conftest import ROOT


@pytest.fixture(autouse=True)
def _desktop_sends_to_this_tests_window_only():
    """The application outlives each test's window: what ``present`` connected goes with the test."""
    yield
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # nothing connected
        try:
            QApplication.instance().file_open_requested.disconnect()
        except (RuntimeError, TypeError):
            pass


def test_a_document_the_desktop_sends_opens_in_the_window(window, demo_path):
    app = QApplication.instance()
    present(app, window)
    assert window.session is None
    QApplication.sendEvent(app, QFileOpenEvent(str(demo_path)))
    assert window.session is not None and window.session.path == demo_path


def test_a_refused_document_from_the_desktop_is_explained(window, prompter, tmp_path):
    foreign = tmp_path / "notes.bodiag"
    foreign.write_text("not a database", encoding="utf-8")
    present(QApplication.instance(), window)
    prompter.expect_error()
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(foreign)))
    assert window.session is None
    assert prompter.calls("show_error"), "the user is told why the file did not open"


def test_the_app_names_its_desktop_entry_and_icon(window):
    app = QApplication.instance()
    present(app, window)
    assert app.desktopFileName() == DESKTOP_FILE_NAME
    assert (ROOT / "packaging" / "linux" / f"{DESKTOP_FILE_NAME}.desktop").is_file()
    assert not app.windowIcon().isNull()


def test_what_opening_did_is_told_in_the_interface_language(window, prompter, tmp_path):
    """A stray write-ahead log set aside on opening is told, in French by default."""
    from bodiag.services.demo import build_demo
    from tests.storage.test_planted_files import plant_wal

    document = tmp_path / "acme.bodiag"
    build_demo(document, story=False).close()
    plant_wal(document, tmp_path)
    window.context.translations.apply("fr")
    assert window.open_document(document)
    (told,) = prompter.calls("inform")
    assert told[0] == "Ouverture du document"
    assert "acme.bodiag-wal se trouvait à côté du document" in told[1] and "n’a donc pas été appliqué" in told[1]


def test_a_document_the_desktop_sends_goes_to_the_living_window_only(context, qtbot, demo_path):
    """A window presented then closed and deleted no longer opens what the desktop sends: the next window does,
    once (two windows opening one document would find it already open)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from bodiag.ui.main_window import MainWindow

    app = QApplication.instance()
    gone = MainWindow(context)
    present(app, gone)
    gone.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window = MainWindow(context)
    qtbot.addWidget(window)
    present(app, window)
    QApplication.sendEvent(app, QFileOpenEvent(str(demo_path)))
    assert window.session is not None and window.session.path == demo_path
    window.close_document()
