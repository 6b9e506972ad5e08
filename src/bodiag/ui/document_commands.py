"""What the File, View and Tools menus do with the open document, beyond opening and closing it.

A mixin of :class:`~bodiag.ui.main_window.MainWindow` (it uses the window's
context, session, workspace and status bar), kept apart so that the window
module holds the window itself: menus, documents, language and layout.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from bodiag.errors import BodiagError
from bodiag.ui.i18n import tr


class DocumentCommands:
    """Commands on the open document; every dialog goes through the context's prompter."""

    def new_assessment(self) -> None:
        """Start another questionnaire in the open document: a bundled one or a file."""
        if self.session is None or self.session.read_only:
            return
        from bodiag.ui.presenters import new_diagnostic as logic

        choices = logic.bundled_choices()
        lang = self.context.language
        items = [c.questionnaire.title.get(lang) for c in choices] + [tr("A questionnaire file…")]
        index = self.context.prompter.choose_item(tr("New assessment"), tr("Questionnaire:"), items)
        if index is None:
            return
        if index == len(choices):
            path = self.context.prompter.choose_questionnaire_file()
            if path is None:
                return
            choice, problems = logic.check_questionnaire_file(path)
            if choice is None:
                self.context.prompter.show_error(tr("This file cannot be used:"), problems[0], "\n".join(problems))
                return
        else:
            choice = choices[index]
        if not self.workspace.can_leave():
            return
        previous = self.session.assessment
        try:
            record = self.session.diagnostic.start(
                choice.reference, assessor=previous.assessor if previous else "", mode=previous.mode if previous else "self")
        except BodiagError as exc:
            self.context.prompter.show_error(tr("The assessment cannot be started"), str(exc))
            return
        self._show_assessment(record.id)

    def export_report(self) -> None:
        """Ask for the options, then export off the UI thread; the window stays usable meanwhile."""
        if self.session is None or self.report_job is not None:
            return
        from bodiag.ui.presenters.report_options import suggested_report_name
        from bodiag.ui.report_job import ReportJob

        self.workspace.commit()
        lang = self.context.language
        suggested = self.session.path.parent / suggested_report_name(self.session.diagnostic.organisation.name, lang)
        current = self.session.assessment.id if self.session.assessment else None
        options = self.context.prompter.choose_report_options(suggested, current, lang)
        if options is None:
            return
        self.report_job = ReportJob(self.session.path, options, self)
        self.report_job.progress.connect(self._report_progress)
        self.report_job.succeeded.connect(self._report_done)
        self.report_job.failed.connect(
            lambda message: self.context.prompter.show_error(tr("The report could not be exported"), message))
        self.report_job.done.connect(self._report_finished)
        self.report_progress.setRange(0, 0)
        self.report_progress.show()
        self.statusBar().showMessage(tr("Exporting the report…"))
        self._update_actions()
        self.report_job.start()

    def _report_progress(self, done: int, total: int, _what: str) -> None:
        self.report_progress.setRange(0, max(total, 1))
        self.report_progress.setValue(done)

    def _report_done(self, path: str) -> None:
        self.statusBar().showMessage(tr("Report exported: %1").replace("%1", path), 10_000)
        if self.context.prompter.offer_to_open(Path(path)):
            self.context.prompter.open_externally(Path(path))

    def _report_finished(self) -> None:
        self.report_progress.hide()
        self.report_job.deleteLater()
        self.report_job = None
        self._update_actions()

    def share_copy(self) -> None:
        if self.session is None:
            return
        from bodiag.services.sharing import save_copy_to_share

        self.workspace.commit()
        suggested = self.session.path.with_name(self.session.path.stem + " - " + tr("copy") + ".bodiag")
        options = self.context.prompter.choose_share_options(suggested)
        if options is None:
            return
        try:
            path = save_copy_to_share(self.session.diagnostic, options.output, strip_notes=options.strip_notes,
                                      strip_names=options.strip_names, overwrite=options.output.exists())
        except BodiagError as exc:
            self.context.prompter.show_error(tr("The copy was not saved"), str(exc))
            return
        self.statusBar().showMessage(tr("Copy saved: %1").replace("%1", str(path)), 10_000)

    def take_over(self) -> None:
        if self.session is None or self.session.shared is None:
            return
        try:
            self.session.take_over()
        except BodiagError as exc:
            self.context.prompter.show_error(tr("The document cannot be taken over"), str(exc))
            return
        self._show_assessment(self.session.assessment.id if self.session.assessment else None)

    def import_answers(self) -> None:
        if self.presenter is None:
            return
        from bodiag.services.answer_files import ImportRejected, import_answers

        path = self.context.prompter.choose_spreadsheet_to_open(json_too=True)
        if path is None:
            return
        self.workspace.commit()
        try:
            count = import_answers(self.session.diagnostic, self.presenter.assessment, path)
        except ImportRejected as exc:
            self.context.prompter.show_error(tr("Nothing was imported"), str(exc), "\n".join(exc.problems))
            return
        except BodiagError as exc:
            self.context.prompter.show_error(tr("Nothing was imported"), str(exc))
            return
        self.presenter.reload()
        self.statusBar().showMessage(tr("%1 answers imported").replace("%1", str(count)), 10_000)

    def export_answers(self) -> None:
        if self.presenter is None:
            return
        from bodiag.services.answer_files import export_answers

        suggested = self.session.path.with_name(self.session.path.stem + " - " + tr("answers") + ".xlsx")
        path = self.context.prompter.choose_spreadsheet_to_save(suggested)
        if path is None:
            return
        try:
            count = export_answers(self.session.diagnostic, self.presenter.assessment, path)
        except BodiagError as exc:
            self.context.prompter.show_error(tr("The answers were not exported"), str(exc))
            return
        self.statusBar().showMessage(tr("%1 answers exported to %2").replace("%1", str(count)).replace(
            "%2", str(path)), 10_000)

    def questionnaire_to_sheet(self) -> None:
        from bodiag.services.questionnaire_sheets import questionnaire_to_xlsx

        source = self.context.prompter.choose_questionnaire_file()
        if source is None:
            return
        target = self.context.prompter.choose_spreadsheet_to_save(source.with_suffix(".xlsx"))
        if target is None:
            return
        try:
            questionnaire_to_xlsx(source, target)
        except BodiagError as exc:
            self.context.prompter.show_error(tr("The spreadsheet was not written"), str(exc),
                                             "\n".join(str(p) for p in getattr(exc, "problems", [])) or None)
            return
        self.statusBar().showMessage(tr("Spreadsheet written: %1").replace("%1", str(target)), 10_000)

    def questionnaire_from_sheet(self) -> None:
        from bodiag.services.questionnaire_sheets import questionnaire_from_xlsx

        source = self.context.prompter.choose_spreadsheet_to_open()
        if source is None:
            return
        target = self.context.prompter.choose_questionnaire_to_save(source.with_suffix(".yaml"))
        if target is None:
            return
        try:
            questionnaire_from_xlsx(source, target)
        except BodiagError as exc:
            self.context.prompter.show_error(tr("The questionnaire was not written"), str(exc),
                                             "\n".join(str(p) for p in getattr(exc, "problems", [])) or None)
            return
        self.statusBar().showMessage(tr("Questionnaire written: %1").replace("%1", str(target)), 10_000)

    def reassess(self) -> None:
        """Start again from the current assessment: its answers copied, or blank; the current one is kept."""
        if self.presenter is None or self.session.read_only:
            return
        from bodiag.services.reassessment import start_from

        items = [tr("Start from the current answers"), tr("Start blank")]
        choice = self.context.prompter.choose_item(tr("Reassess"), tr("The new assessment:"), items)
        if choice is None or not self.workspace.can_leave():
            return
        try:
            record = start_from(self.session.diagnostic, self.presenter.assessment, copy_answers=choice == 0)
        except BodiagError as exc:
            self.context.prompter.show_error(tr("The assessment cannot be started"), str(exc))
            return
        self._show_assessment(record.id)

    def present(self) -> None:
        """Full screen, one question at a time, for a workshop projector."""
        if self.presenter is None:
            return
        from bodiag.ui.views.presentation import PresentationView

        self.workspace.commit()
        self.presentation = PresentationView(self.presenter, self.context.language, self)
        self.presentation.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.presentation.showFullScreen()
