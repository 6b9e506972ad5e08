"""What the File and Tools menus do with the open document, beyond opening and closing it.

Plain Python, no widget: each command asks the prompter, calls a service, and
tells its host (the main window) what to show next — another assessment, a
line in the status bar. Every refusal of the core is said with
:func:`~bodiag.ui.errors.reporting_failure`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from bodiag.ui.errors import reporting_failure
from bodiag.ui.presenters.export_folders import ExportFolders
from bodiag.ui.i18n import tr

if TYPE_CHECKING:
    from bodiag.ui.context import AppContext
    from bodiag.ui.presenters.answering import AnsweringPresenter
    from bodiag.ui.presenters.report_options import ReportOptions
    from bodiag.ui.presenters.session import DocumentSession


class CommandHost(Protocol):
    """What the commands need from the window that runs them."""

    @property
    def session(self) -> DocumentSession | None: ...

    @property
    def presenter(self) -> AnsweringPresenter | None: ...

    def commit(self) -> None:
        """Save what is being typed."""

    def can_leave(self) -> bool:
        """Whether the assessment shown may be left (its changes saved, or given up)."""

    def show_assessment(self, assessment_id: int | None) -> None:
        """Show ``assessment_id`` (None: the session's current one) afresh."""

    def say(self, message: str) -> None:
        """A passing line in the status bar."""

    def organisation_changed(self) -> None:
        """The organisation's name or profile changed: show it everywhere (title, header, scores, recent files)."""


class DocumentCommands:
    def __init__(self, context: AppContext, host: CommandHost):
        self.context = context
        self.prompter = context.prompter
        self.host = host
        self.folders = ExportFolders(context.settings)

    @property
    def session(self) -> DocumentSession | None:
        return self.host.session

    @property
    def presenter(self) -> AnsweringPresenter | None:
        return self.host.presenter

    # -- the organisation -------------------------------------------------------------------

    def edit_organisation(self) -> None:
        """The organisation dialog: its name, sector, city and profile, saved through ``bodiag organisation``'s
        service; a change shown at once in every view (the profile re-scores every assessment)."""
        if self.session is None or self.session.read_only:
            return
        from bodiag.ui.presenters.organisation import OrganisationPresenter

        self.host.commit()
        presenter = OrganisationPresenter(self.session.diagnostic, self.context.language)
        if self.prompter.edit_organisation(presenter) and presenter.saved:
            self.host.organisation_changed()
            self.host.say(tr("Organisation saved"))

    # -- assessments ----------------------------------------------------------------------

    def new_assessment(self) -> None:
        """Start another questionnaire in the open document: a bundled one or a file."""
        if self.session is None or self.session.read_only:
            return
        from bodiag.ui.presenters import new_diagnostic as logic

        choices = logic.bundled_choices()
        lang = self.context.language
        items = [c.questionnaire.title.get(lang) for c in choices] + [tr("A questionnaire file…")]
        index = self.prompter.choose_item(tr("New assessment"), tr("Questionnaire:"), items)
        if index is None:
            return
        if index == len(choices):
            path = self.prompter.choose_questionnaire_file()
            if path is None:
                return
            choice, problems = logic.check_questionnaire_file(path)
            if choice is None:
                self.prompter.show_error(tr("This file cannot be used:"), problems[0], "\n".join(problems))
                return
        else:
            choice = choices[index]
        if not self.host.can_leave():
            return
        previous = self.session.assessment
        with reporting_failure(self.prompter, tr("The assessment cannot be started")) as attempt:
            record = self.session.diagnostic.start(
                choice.reference, assessor=previous.assessor if previous else "", mode=previous.mode if previous else "self")
        if not attempt.failed:
            self.host.show_assessment(record.id)

    def reassess(self) -> None:
        """Start again from the current assessment: its answers copied, or blank; the current one is kept.

        When a newer version of its bundled questionnaire exists, moving to it comes
        first: the unchanged answers are carried over and the changed questions listed.
        """
        if self.presenter is None or self.session.read_only:
            return
        from bodiag.services import reassessment
        from bodiag.ui.presenters.reassessing import upgrade_choice

        diagnostic, previous = self.session.diagnostic, self.presenter.assessment
        newer = reassessment.newer_version(diagnostic, previous)
        items = [tr("Start from the current answers"), tr("Start blank")]
        if newer is not None:
            items.insert(0, upgrade_choice(diagnostic.questionnaire(previous).version, newer))
        choice = self.prompter.choose_item(tr("Reassess"), tr("The new assessment:"), items)
        if choice is None or not self.host.can_leave():
            return
        if newer is not None and choice == 0:
            self._move_to_current_version(previous)
            return
        copy = choice == len(items) - 2
        with reporting_failure(self.prompter, tr("The assessment cannot be started")) as attempt:
            record = reassessment.start_from(diagnostic, previous, copy_answers=copy)
        if not attempt.failed:
            self.host.show_assessment(record.id)

    def _move_to_current_version(self, previous) -> None:
        from bodiag.services.reassessment import start_on_current_version
        from bodiag.ui.presenters.reassessing import carried_over_message

        diagnostic = self.session.diagnostic
        with reporting_failure(self.prompter, tr("The assessment cannot be started")) as attempt:
            upgrade = start_on_current_version(diagnostic, previous)
        if attempt.failed:
            return
        before, after = diagnostic.questionnaire(previous), diagnostic.questionnaire(upgrade.record)
        self.prompter.inform(tr("Reassess on the new version"),
                             carried_over_message(upgrade, before, after, self.context.language))
        self.host.show_assessment(upgrade.record.id)

    def take_over(self) -> None:
        if self.session is None or self.session.shared is None:
            return
        with reporting_failure(self.prompter, tr("The document cannot be taken over")) as attempt:
            self.session.take_over()
        if not attempt.failed:
            self.host.show_assessment(self.session.assessment.id if self.session.assessment else None)

    # -- the report (the window runs the export itself, off the UI thread) ---------------------

    def report_options(self) -> ReportOptions | None:
        """Where and how to export the report, once what is being typed is saved; None if cancelled."""
        if self.session is None:
            return None
        from bodiag.ui.presenters.report_options import suggested_report_name

        self.host.commit()
        lang = self.context.language
        document = self.session.path
        suggested = self.folders.suggest(document, suggested_report_name(self.session.diagnostic.organisation.name, lang))
        current = self.session.assessment.id if self.session.assessment else None
        from bodiag.services import hidden_terms

        terms = hidden_terms.terms(self.session.diagnostic)
        options = self.prompter.choose_report_options(suggested, current, lang, terms)
        if options is None:
            return None
        self.folders.remember(document, options.output)
        if options.hidden_terms is not None and options.hidden_terms != terms:
            if self.session.read_only:
                self.prompter.show_error(tr("The words to hide were not kept"),
                                         tr("The document is read-only: the report hides the words it already lists."))
            else:
                with reporting_failure(self.prompter, tr("The words to hide were not kept")) as attempt:
                    hidden_terms.replace_all(self.session.diagnostic, options.hidden_terms)
                if attempt.failed:
                    return None
        return options

    def report_failed(self, message: str) -> None:
        self.prompter.show_error(tr("The report could not be exported"), message)

    def report_exported(self, path: Path) -> None:
        self.host.say(tr("Report exported: %1").replace("%1", str(path)))
        if self.prompter.offer_to_open(path):
            self.prompter.open_externally(path)

    # -- copies and files -----------------------------------------------------------------

    def share_copy(self) -> None:
        if self.session is None:
            return
        from bodiag.services.sharing import save_copy_to_share

        self.host.commit()
        document = self.session.path
        options = self.prompter.choose_share_options(
            self.folders.suggest(document, document.stem + " - " + tr("copy") + ".bodiag"))
        if options is None:
            return
        self.folders.remember(document, options.output)
        with reporting_failure(self.prompter, tr("The copy was not saved")) as attempt:
            path = save_copy_to_share(self.session.diagnostic, options.output, strip_notes=options.strip_notes,
                                      strip_names=options.strip_names, overwrite=options.output.exists())
        if not attempt.failed:
            self.host.say(tr("Copy saved: %1").replace("%1", str(path)))

    def import_answers(self) -> None:
        if self.presenter is None:
            return
        from bodiag.services.answer_files import import_answers

        path = self.prompter.choose_spreadsheet_to_open(json_too=True)
        if path is None:
            return
        self.host.commit()
        with reporting_failure(self.prompter, tr("Nothing was imported")) as attempt:
            count = import_answers(self.session.diagnostic, self.presenter.assessment, path)
        if attempt.failed:
            return
        self.presenter.reload()
        self.host.say(tr("%1 answers imported").replace("%1", str(count)))

    def export_answers(self) -> None:
        if self.presenter is None:
            return
        from bodiag.services.answer_files import export_answers

        document = self.session.path
        path = self.prompter.choose_spreadsheet_to_save(
            self.folders.suggest(document, document.stem + " - " + tr("answers") + ".xlsx"))
        if path is None:
            return
        self.folders.remember(document, path)
        with reporting_failure(self.prompter, tr("The answers were not exported")) as attempt:
            count = export_answers(self.session.diagnostic, self.presenter.assessment, path)
        if not attempt.failed:
            self.host.say(tr("%1 answers exported to %2").replace("%1", str(count)).replace("%2", str(path)))

    def questionnaire_to_sheet(self) -> None:
        from bodiag.services.questionnaire_sheets import questionnaire_to_xlsx

        self._convert(self.prompter.choose_questionnaire_file, self.prompter.choose_spreadsheet_to_save, ".xlsx",
                      questionnaire_to_xlsx, tr("The spreadsheet was not written"), tr("Spreadsheet written: %1"))

    def questionnaire_from_sheet(self) -> None:
        from bodiag.services.questionnaire_sheets import questionnaire_from_xlsx

        self._convert(self.prompter.choose_spreadsheet_to_open, self.prompter.choose_questionnaire_to_save, ".yaml",
                      questionnaire_from_xlsx, tr("The questionnaire was not written"), tr("Questionnaire written: %1"))

    def _convert(self, choose_source: Callable[[], Path | None], choose_target: Callable[[Path], Path | None],
                 suffix: str, convert: Callable[[Path, Path], object], failure: str, done: str) -> None:
        """A questionnaire to a spreadsheet for review, or back: two files asked for, one written."""
        source = choose_source()
        if source is None:
            return
        target = choose_target(source.with_suffix(suffix))
        if target is None:
            return
        with reporting_failure(self.prompter, failure) as attempt:
            convert(source, target)
        if not attempt.failed:
            self.host.say(done.replace("%1", str(target)))
