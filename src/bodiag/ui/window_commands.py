"""The main window's side of the document commands: what they ask of it, the report export, presentation mode.

A mixin of :class:`~bodiag.ui.main_window.MainWindow` (it uses the window's
context, session, workspace and status bar). What each command decides lives in
:class:`~bodiag.ui.presenters.document_commands.DocumentCommands`; what stays
here needs the window: a report job on its own thread with the progress bar,
and the full-screen presentation.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import Qt

from bodiag.ui.i18n import tr


class WindowCommands:
    """The window as the commands' host (:class:`~bodiag.ui.presenters.document_commands.CommandHost`)."""

    def commit(self) -> None:
        if self.workspace is not None:
            self.workspace.commit()

    def can_leave(self) -> bool:
        return self.workspace is None or self.workspace.can_leave()

    def say(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def organisation_changed(self) -> None:
        """Show the organisation's new name and profile: the workspace re-scores, the title, the recent
        documents and the start page take the new name."""
        if self.session is None:
            return
        name = self.session.diagnostic.organisation.name
        if self.workspace is not None:
            self.workspace.organisation_changed()
        self.setWindowTitle(self._title())
        details = self.context.settings.recent_details(self.session.path)
        opened = details[1] if details else datetime.date.today().isoformat()
        self.context.settings.add_recent(self.session.path, name, opened)
        if self._start_page is not None:
            self._start_page.set_open_document(name)

    def export_report(self) -> None:
        """Ask for the options, then export off the UI thread; the window stays usable meanwhile."""
        if self.session is None or self.report_job is not None:
            return
        options = self.commands.report_options()
        if options is None:
            return
        from bodiag.ui.report_job import ReportJob

        self.report_job = ReportJob(self.session.path, options, self)
        self.report_job.progress.connect(self._report_progress)
        self.report_job.succeeded.connect(lambda path: self.commands.report_exported(Path(path)))
        self.report_job.failed.connect(self.commands.report_failed)
        self.report_job.done.connect(self._report_finished)
        self.report_progress.setRange(0, 0)
        self.report_progress.show()
        self.statusBar().showMessage(tr("Exporting the report…"))
        self._update_actions()
        self.report_job.start()

    def _report_progress(self, done: int, total: int, _what: str) -> None:
        self.report_progress.setRange(0, max(total, 1))
        self.report_progress.setValue(done)

    def _report_finished(self) -> None:
        self.report_progress.hide()
        self.report_job.deleteLater()
        self.report_job = None
        self._update_actions()

    def present(self) -> None:
        """Full screen, one question at a time, for a workshop projector."""
        if self.presenter is None:
            return
        from bodiag.ui.views.presentation import PresentationView

        self.workspace.commit()
        self.presentation = PresentationView(self.presenter, self.context.language, self,
                                             workshop=self.workspace.workshop_presenter())
        self.presentation.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.presentation.showFullScreen()
