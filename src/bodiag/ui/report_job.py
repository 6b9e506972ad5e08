"""Export the report (PDF, DOCX, or the action list) off the UI thread, with progress, and offer to open it.

The worker opens its own read-only view of the document: every change is
already saved, and the window's connection stays the UI thread's alone.
"""

from __future__ import annotations

from pathlib import Path

import msgspec
from PySide6.QtCore import QObject, QThread, Signal, Slot

from bodiag.errors import BodiagError
from bodiag.ui.presenters.report_options import ReportOptions


class ReportWorker(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, document: Path, options: ReportOptions):
        super().__init__()
        self.document = document
        self.options = options

    @Slot()
    def run(self) -> None:
        from bodiag.services.documents import open_document
        from bodiag.services.report_export import export_requested  # reportlab: only when exporting

        o = self.options
        # the action list's format comes from the file's suffix (.xlsx, or .csv typed by hand)
        request = msgspec.structs.replace(o, format=None) if o.audience == "actions" else o
        try:
            with open_document(self.document, readonly=True) as diagnostic:
                path = export_requested(
                    diagnostic, request, progress=lambda done, total, what: self.progress.emit(done, total, what)
                )
        except BodiagError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a bug must not kill the app: say it
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.succeeded.emit(str(path))


class ReportJob(QObject):
    """One export: a worker in its own thread; signals arrive on the UI thread."""

    progress = Signal(int, int, str)
    succeeded = Signal(str)
    failed = Signal(str)
    done = Signal()

    def __init__(self, document: Path, options: ReportOptions, parent: QObject | None = None):
        super().__init__(parent)
        self.thread = QThread(self)
        self.worker = ReportWorker(document, options)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.succeeded.connect(self.succeeded)
        self.worker.failed.connect(self.failed)
        for signal in (self.worker.succeeded, self.worker.failed):
            signal.connect(self.thread.quit)
        self.thread.finished.connect(self.done)

    def start(self) -> None:
        self.thread.start()

    def wait(self, ms: int = 60_000) -> bool:
        return self.thread.wait(ms)
