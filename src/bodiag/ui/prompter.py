"""Every question the app asks the user, behind one replaceable object.

Views never call ``QMessageBox`` or ``QFileDialog`` themselves: they ask the
context's prompter, with a method named for what is asked. :class:`QtPrompter`
shows real dialogs; :class:`ScriptedPrompter` answers from a script and records
what was asked, so tests never block, and refuses an error nobody expected, so a
test cannot pass over a failure it did not look for; :class:`RecordingPrompter`
records errors too, for ``--smoke`` runs, where nothing may wait for a person.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

# Modules, not classes: Qt's dialog classes load (a few milliseconds) at the first question asked.
from PySide6 import QtCore, QtGui, QtWidgets

from bodiag.ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from bodiag.ui.presenters.branding import BrandingPresenter
    from bodiag.ui.presenters.help import AboutInfo
    from bodiag.ui.presenters.organisation import OrganisationFields, OrganisationPresenter
    from bodiag.ui.presenters.report_options import ReportOptions, ShareOptions


class Prompter:
    """What the app may ask. Subclasses answer; the defaults here are the Qt ones."""

    def choose_document_to_open(self, folder: Path | None = None) -> Path | None:
        raise NotImplementedError

    def choose_document_to_create(self, suggested: Path) -> Path | None:
        raise NotImplementedError

    def choose_questionnaire_file(self) -> Path | None:
        raise NotImplementedError

    def choose_report_options(self, suggested: Path, current_id: int | None, lang: str,
                              terms: list[str] | None = None) -> ReportOptions | None:
        """Where and how to export the PDF report (``terms``: the document's words to hide, to edit); None if cancelled."""
        raise NotImplementedError

    def choose_spreadsheet_to_save(self, suggested: Path) -> Path | None:
        """An .xlsx or .csv file to write."""
        raise NotImplementedError

    def choose_questionnaire_to_save(self, suggested: Path) -> Path | None:
        """A .yaml questionnaire file to write."""
        raise NotImplementedError

    def choose_spreadsheet_to_open(self, json_too: bool = False) -> Path | None:
        """An .xlsx or .csv (or .json) file to read."""
        raise NotImplementedError

    def choose_share_options(self, suggested: Path) -> ShareOptions | None:
        """Where to save a copy to share, and what to leave out of it."""
        raise NotImplementedError

    def choose_item(self, title: str, label: str, items: list[str]) -> int | None:
        """Pick one of ``items``; the index chosen, or None."""
        raise NotImplementedError

    def choose_colour(self, current: str) -> str | None:
        """A colour ("#rrggbb"), starting from ``current``; None if cancelled."""
        raise NotImplementedError

    def choose_logo_file(self) -> Path | None:
        """A PNG or JPEG image to read (a logo); None if cancelled."""
        raise NotImplementedError

    def edit_branding(self, presenter: BrandingPresenter) -> None:
        """The firm's branding screen, over ``presenter`` (each change saved at once)."""
        raise NotImplementedError

    def edit_organisation(self, presenter: OrganisationPresenter) -> bool:
        """The organisation dialog, over ``presenter``; True if the user saved (a change, or none)."""
        raise NotImplementedError

    def ask_text(self, title: str, label: str) -> str | None:
        """A line of text the user types (a reason, a name); None if cancelled."""
        raise NotImplementedError

    def show_error(self, title: str, message: str, details: str | None = None) -> None:
        raise NotImplementedError

    def inform(self, title: str, message: str) -> None:
        raise NotImplementedError

    def confirm(self, title: str, message: str) -> bool:
        raise NotImplementedError

    def offer_to_open(self, path: Path) -> bool:
        """After an export: open the file now?"""
        raise NotImplementedError

    def open_externally(self, path: Path) -> None:
        raise NotImplementedError

    def show_shortcuts(self, rows: list[tuple[str, str]]) -> None:
        """The keyboard shortcuts, as (keys, what they do)."""
        raise NotImplementedError

    def show_about(self, info: AboutInfo) -> None:
        raise NotImplementedError


class QtPrompter(Prompter):
    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def choose_document_to_open(self, folder: Path | None = None) -> Path | None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.parent, tr("Open a diagnostic"), str(folder or Path.home()), tr("bodiag documents") + " (*.bodiag)"
        )
        return Path(name) if name else None

    def choose_document_to_create(self, suggested: Path) -> Path | None:
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.parent, tr("Save the new diagnostic as"), str(suggested), tr("bodiag documents") + " (*.bodiag)"
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix == ".bodiag" else path.with_name(path.name + ".bodiag")

    def choose_questionnaire_file(self) -> Path | None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.parent, tr("Add a questionnaire file"), str(Path.home()), tr("Questionnaires") + " (*.yaml *.yml)"
        )
        return Path(name) if name else None

    def choose_report_options(self, suggested: Path, current_id: int | None, lang: str,
                              terms: list[str] | None = None) -> ReportOptions | None:
        from bodiag.ui.views.report_dialog import ReportDialog

        dialog = ReportDialog(suggested, current_id, lang, self.parent, terms=terms)
        return dialog.options() if dialog.exec() else None

    def choose_spreadsheet_to_save(self, suggested: Path) -> Path | None:
        name, chosen = QtWidgets.QFileDialog.getSaveFileName(
            self.parent, tr("Export"), str(suggested), "Excel (*.xlsx);;CSV (*.csv)")
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if "csv" in chosen.lower() else ".xlsx"))
        return path

    def choose_questionnaire_to_save(self, suggested: Path) -> Path | None:
        name, _ = QtWidgets.QFileDialog.getSaveFileName(self.parent, tr("Save the questionnaire as"), str(suggested),
                                              tr("Questionnaires") + " (*.yaml)")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix in (".yaml", ".yml") else path.with_name(path.name + ".yaml")

    def choose_spreadsheet_to_open(self, json_too: bool = False) -> Path | None:
        patterns = "*.xlsx *.csv *.json" if json_too else "*.xlsx *.csv"
        name, _ = QtWidgets.QFileDialog.getOpenFileName(self.parent, tr("Import"), str(Path.home()),
                                              tr("Spreadsheets") + f" ({patterns})")
        return Path(name) if name else None

    def choose_share_options(self, suggested: Path) -> ShareOptions | None:
        from bodiag.ui.views.share_dialog import ShareDialog

        dialog = ShareDialog(suggested, self.parent)
        return dialog.options() if dialog.exec() else None

    def choose_item(self, title: str, label: str, items: list[str]) -> int | None:
        text, ok = QtWidgets.QInputDialog.getItem(self.parent, title, label, items, 0, False)
        return items.index(text) if ok and text in items else None

    def ask_text(self, title: str, label: str) -> str | None:
        text, ok = QtWidgets.QInputDialog.getText(self.parent, title, label)
        return text if ok else None

    def choose_colour(self, current: str) -> str | None:
        colour = QtWidgets.QColorDialog.getColor(QtGui.QColor(current), self.parent, tr("Accent colour"))
        return colour.name() if colour.isValid() else None

    def choose_logo_file(self) -> Path | None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(self.parent, tr("Logo"), str(Path.home()),
                                                        tr("Images") + " (*.png *.jpg *.jpeg)")
        return Path(name) if name else None

    def edit_branding(self, presenter: BrandingPresenter) -> None:
        from bodiag.ui.views.branding_dialog import BrandingDialog

        BrandingDialog(presenter, self.parent).exec()

    def edit_organisation(self, presenter: OrganisationPresenter) -> bool:
        from bodiag.ui.views.organisation_dialog import OrganisationDialog

        return bool(OrganisationDialog(presenter, self.parent).exec())

    def show_error(self, title: str, message: str, details: str | None = None) -> None:
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, title, message, QtWidgets.QMessageBox.StandardButton.Ok, self.parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def inform(self, title: str, message: str) -> None:
        QtWidgets.QMessageBox.information(self.parent, title, message)

    def confirm(self, title: str, message: str) -> bool:
        answer = QtWidgets.QMessageBox.question(self.parent, title, message)
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def offer_to_open(self, path: Path) -> bool:
        return self.confirm(tr("Report exported"), tr("The report was saved as %1.\nOpen it now?").replace("%1", str(path)))

    def open_externally(self, path: Path) -> None:
        QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path)))

    def show_shortcuts(self, rows: list[tuple[str, str]]) -> None:
        from bodiag.ui.views.help_dialogs import ShortcutsDialog

        ShortcutsDialog(rows, self.parent).exec()

    def show_about(self, info: AboutInfo) -> None:
        from bodiag.ui.views.help_dialogs import AboutDialog

        AboutDialog(info, self.parent).exec()


class ScriptedPrompter(Prompter, msgspec.Struct):
    """Answers from ``answers`` (by method name, first in first out) and records every call.

    An error shown without :meth:`expect_error` (or ``script("show_error", …)``) first
    raises :class:`AssertionError` and stays in ``unexpected_errors``, which the tests'
    fixture checks once more at teardown, in case the raise was swallowed on the way.
    """

    answers: dict[str, deque] = msgspec.field(default_factory=dict)
    asked: list[tuple[str, tuple[Any, ...]]] = msgspec.field(default_factory=list)
    expected_errors: int = 0
    unexpected_errors: list[tuple[str, str]] = msgspec.field(default_factory=list)

    def script(self, method: str, *values: Any) -> ScriptedPrompter:
        self.answers.setdefault(method, deque()).extend(values)
        return self

    def expect_error(self, times: int = 1) -> ScriptedPrompter:
        """The next ``times`` errors are what the test is about."""
        self.expected_errors += times
        return self

    def _error_expected(self) -> bool:
        if self.answers.get("show_error"):
            return True
        if self.expected_errors > 0:
            self.expected_errors -= 1
            return True
        return False

    def _answer(self, method: str, args: tuple[Any, ...], default: Any = None) -> Any:
        self.asked.append((method, args))
        queue = self.answers.get(method)
        return queue.popleft() if queue else default

    def calls(self, method: str) -> list[tuple[Any, ...]]:
        return [args for name, args in self.asked if name == method]

    def choose_document_to_open(self, folder: Path | None = None) -> Path | None:
        return self._answer("choose_document_to_open", (folder,))

    def choose_document_to_create(self, suggested: Path) -> Path | None:
        return self._answer("choose_document_to_create", (suggested,))

    def choose_questionnaire_file(self) -> Path | None:
        return self._answer("choose_questionnaire_file", ())

    def choose_report_options(self, suggested: Path, current_id: int | None, lang: str,
                              terms: list[str] | None = None) -> ReportOptions | None:
        return self._answer("choose_report_options", (suggested, current_id, lang))

    def choose_spreadsheet_to_save(self, suggested: Path) -> Path | None:
        return self._answer("choose_spreadsheet_to_save", (suggested,))

    def choose_questionnaire_to_save(self, suggested: Path) -> Path | None:
        return self._answer("choose_questionnaire_to_save", (suggested,))

    def choose_spreadsheet_to_open(self, json_too: bool = False) -> Path | None:
        return self._answer("choose_spreadsheet_to_open", (json_too,))

    def choose_share_options(self, suggested: Path) -> ShareOptions | None:
        return self._answer("choose_share_options", (suggested,))

    def choose_item(self, title: str, label: str, items: list[str]) -> int | None:
        return self._answer("choose_item", (title, label, items))

    def ask_text(self, title: str, label: str) -> str | None:
        return self._answer("ask_text", (title, label))

    def choose_colour(self, current: str) -> str | None:
        return self._answer("choose_colour", (current,))

    def choose_logo_file(self) -> Path | None:
        return self._answer("choose_logo_file", ())

    def edit_branding(self, presenter: BrandingPresenter) -> None:
        self._answer("edit_branding", (presenter,))

    def edit_organisation(self, presenter: OrganisationPresenter) -> bool:
        """The scripted answer is what the user types (:class:`OrganisationFields`), then Save; None cancels.
        A refusal leaves the reason in ``presenter.problem``, as the dialog would show it, and counts as cancelled."""
        fields: OrganisationFields | None = self._answer("edit_organisation", (presenter,))
        return fields is not None and presenter.save(fields)

    def show_error(self, title: str, message: str, details: str | None = None) -> None:
        expected = self._error_expected()
        self._answer("show_error", (title, message, details))
        if not expected:
            self.unexpected_errors.append((title, message))
            raise AssertionError(f"unexpected error shown: {title}: {message}")

    def inform(self, title: str, message: str) -> None:
        self._answer("inform", (title, message))

    def confirm(self, title: str, message: str) -> bool:
        return bool(self._answer("confirm", (title, message), False))

    def offer_to_open(self, path: Path) -> bool:
        return bool(self._answer("offer_to_open", (path,), False))

    def open_externally(self, path: Path) -> None:
        self._answer("open_externally", (path,))

    def show_shortcuts(self, rows: list[tuple[str, str]]) -> None:
        self._answer("show_shortcuts", (rows,))

    def show_about(self, info: AboutInfo) -> None:
        self._answer("show_about", (info,))


class RecordingPrompter(ScriptedPrompter):
    """A ``--smoke`` run's prompter: every error is recorded (to be read back), none is shown or refused."""

    def _error_expected(self) -> bool:
        return True
