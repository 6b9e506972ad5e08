"""The Qt binding bodiag runs on must not corrupt the interpreter, however long a session lasts."""

from __future__ import annotations

import gc
import sys


def test_calling_qt_methods_that_return_nothing_keeps_none_alive(qapp):
    # PySide6 6.12.0 on Python 3.11 forgot a reference to None at each such call: after a
    # few thousand clicks the interpreter aborted ("deallocating None"). pyproject.toml
    # excludes it; this catches any other release that does the same.
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setWordWrap(True)
    gc.collect()
    assert sys.getrefcount(None) >= before - 50


def test_the_app_imports_without_pysides_feature_hook(qapp):
    import builtins

    from bodiag.ui.app import without_pyside_feature_import

    without_pyside_feature_import()
    assert builtins.__import__.__name__ != "__feature_import__"
    import json  # noqa: F401 - imports still work
    from PySide6.QtWidgets import QLabel  # and Qt types still load

    assert QLabel("x").text() == "x"
