"""The main window: menus and actions, the start page, and the open document's workspace."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QPushButton, QStackedWidget, QWidget

from bodiag.errors import BodiagError, DocumentError
from bodiag.paths import default_document_path
from bodiag.ui import defs, icons, theme
from bodiag.ui.context import AppContext
from bodiag.ui.errors import describe_notice, describe_open_error
from bodiag.ui.presenters.answering import SaveState
from bodiag.ui.presenters.document_commands import DocumentCommands
from bodiag.ui.presenters.session import DocumentSession
from bodiag.ui.views.workspace import Workspace
from bodiag.ui.i18n import tr
from bodiag.ui.safe_text import tooltip
from bodiag.ui.window_commands import WindowCommands

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent

    from bodiag.ui.views.start_page import StartPage


class MainWindow(WindowCommands, QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.commands = DocumentCommands(context, self)
        self.session: DocumentSession | None = None
        self.workspace: Workspace | None = None
        self.setObjectName("MainWindow")
        self.setMinimumSize(*defs.WINDOW_MIN_SIZE)
        self.resize(fitting_size(self.screen().availableGeometry().size()))

        self.stack = QStackedWidget(self)
        self._start_page: StartPage | None = None
        self.setCentralWidget(self.stack)

        self.report_job = None
        self.report_progress = QProgressBar(self)
        self.report_progress.setMaximumWidth(220)
        self.report_progress.hide()
        self.statusBar().addPermanentWidget(self.report_progress)
        self.save_indicator = QLabel(self)
        self.retry_button = QPushButton(self)
        self.retry_button.hide()
        self.retry_button.clicked.connect(self._retry)
        self.statusBar().addPermanentWidget(self.save_indicator)
        self.statusBar().addPermanentWidget(self.retry_button)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.retranslate()
        self._restore_layout()
        self._update_actions()

    # -- actions and menus ------------------------------------------------------------

    def _action(self, name: str, slot, keys: QKeySequence | str | None = None, icon: str | None = None) -> QAction:  # noqa: ANN001
        action = QAction(self)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        if icon:
            action.setIcon(icons.icon(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action("new", self.new_diagnostic, QKeySequence.StandardKey.New, "new")
        self.act_open = self._action("open", self.choose_and_open, QKeySequence.StandardKey.Open, "open")
        self.act_demo = self._action("demo", self.open_demo, None, "demo")
        self.act_start = self._action("start", self.show_start_page, "Ctrl+Shift+H", "home")
        self.act_new_assessment = self._action("new_assessment", self.commands.new_assessment, "Ctrl+Shift+N")
        self.act_export = self._action("export", self.export_report, "Ctrl+E", "export")
        self.act_reassess = self._action("reassess", self.commands.reassess, None)
        self.act_organisation = self._action("organisation", self.commands.edit_organisation, None)
        self.act_share = self._action("share", self.commands.share_copy, None)
        self.act_import_answers = self._action("import_answers", self.commands.import_answers, None)
        self.act_export_answers = self._action("export_answers", self.commands.export_answers, None)
        self.act_sheet_out = self._action("questionnaire_to_sheet", self.commands.questionnaire_to_sheet, None)
        self.act_sheet_in = self._action("questionnaire_from_sheet", self.commands.questionnaire_from_sheet, None)
        self.act_close = self._action("close", self.close_document, QKeySequence.StandardKey.Close)
        self.act_quit = self._action("quit", self.close, QKeySequence.StandardKey.Quit)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_undo = self._action("undo", lambda: self._undo_do("undo"), QKeySequence.StandardKey.Undo, "undo")
        self.act_redo = self._action("redo", lambda: self._undo_do("redo"), "Ctrl+Shift+Z", "redo")
        self.act_find = self._action("find", self._find, QKeySequence.StandardKey.Find)
        self.act_next = self._action("next", lambda: self._pane_do("go_next"), "Ctrl+Return", "next")
        self.act_next.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"), QKeySequence("Alt+Down")])
        self.act_previous = self._action("previous", lambda: self._pane_do("go_previous"), "Alt+Up", "previous")
        self.act_next_unanswered = self._action("next_unanswered", lambda: self._pane_do("go_next_unanswered"), "Ctrl+U")
        self.act_shortcuts = self._action("shortcuts", self.show_shortcuts, QKeySequence.StandardKey.HelpContents)
        self.act_about = self._action("about", self.show_about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_answers = self._action("answers", lambda: self.workspace and self.workspace.show_answers(), "Ctrl+1")
        self.act_results = self._action("results", lambda: self.workspace and self.workspace.show_results(), "Ctrl+2")
        self.act_present = self._action("present", self.present, "F5")
        self.act_branding = self._action("branding", self.edit_branding)
        self.language_group = QActionGroup(self)
        self.act_french = QAction(self, checkable=True)
        self.act_english = QAction(self, checkable=True)
        for action, lang in ((self.act_french, "fr"), (self.act_english, "en")):
            action.setData(lang)
            action.setChecked(self.context.language == lang)
            self.language_group.addAction(action)
            action.triggered.connect(lambda _checked, code=lang: self.set_language(code))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        for action in (self.act_new, self.act_open, self.act_demo, self.act_start):
            self.menu_file.addAction(action)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_new_assessment)
        self.menu_file.addAction(self.act_reassess)
        self.menu_file.addAction(self.act_organisation)
        self.menu_file.addSeparator()
        for action in (self.act_import_answers, self.act_export_answers, self.act_share):
            self.menu_file.addAction(action)
        self.menu_file.addAction(self.act_export)
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_close)
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        for action in (self.act_undo, self.act_redo, self.act_find):
            self.menu_edit.addAction(action)
        self.menu_view = bar.addMenu("")
        for action in (self.act_answers, self.act_results, self.act_previous, self.act_next, self.act_next_unanswered):
            self.menu_view.addAction(action)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_present)
        self.menu_tools = bar.addMenu("")
        self.menu_tools.addAction(self.act_sheet_out)
        self.menu_tools.addAction(self.act_sheet_in)
        self.menu_settings = bar.addMenu("")
        self.menu_language = self.menu_settings.addMenu("")
        self.menu_language.addAction(self.act_french)
        self.menu_language.addAction(self.act_english)
        self.menu_settings.addAction(self.act_branding)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_shortcuts)
        self.menu_help.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("MainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for group in ((self.act_start, self.act_new, self.act_open), (self.act_undo, self.act_redo),
                      (self.act_previous, self.act_next), (self.act_export,)):
            for action in group:
                self.toolbar.addAction(action)
            self.toolbar.addSeparator()

    def _measure_toolbar(self) -> None:
        """The width the toolbar needs with its texts (in the current language)."""
        style = self.toolbar.toolButtonStyle()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._toolbar_text_width = self.toolbar.sizeHint().width() + defs.MARGIN
        self.toolbar.setToolButtonStyle(style)
        self._fit_toolbar()

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        texts = {
            self.act_new: (tr("&New diagnostic…"), tr("Create a document for an organisation")),
            self.act_open: (tr("&Open…"), tr("Open a .bodiag document")),
            self.act_demo: (tr("Open the &demo"), tr("Open the demo organisation, fully answered")),
            self.act_start: (tr("&Start page"), tr("Recent documents, new, open")),
            self.act_new_assessment: (tr("New &assessment…"), tr("Run another questionnaire for this organisation")),
            self.act_export: (tr("&Export the PDF report…"), tr("A report to forward to the board or a partner")),
            self.act_reassess: (tr("Reasse&ss…"), tr("A new assessment of the same questionnaire, to compare with this one")),
            self.act_organisation: (tr("Or&ganisation…"), tr("The organisation's name, sector, city and profile")),
            self.act_share: (tr("Save a copy to &share…"), tr("A complete copy, read-only for whoever receives it")),
            self.act_import_answers: (tr("&Import answers…"), tr("From a CSV, XLSX or JSON file: question, answer, note")),
            self.act_export_answers: (tr("E&xport the answers…"), tr("To an XLSX or CSV file")),
            self.act_sheet_out: (tr("Questionnaire to a spreadsheet…"), tr("For a colleague to review it in Excel")),
            self.act_sheet_in: (tr("Spreadsheet to a questionnaire…"), tr("A reviewed spreadsheet back to a questionnaire file")),
            self.act_close: (tr("&Close the document"), None),
            self.act_quit: (tr("&Quit"), None),
            self.act_undo: (tr("&Undo"), tr("Undo the last change: of the answers, or of the plan on the action "
                                            "plan's and plan directeur's tabs")),
            self.act_redo: (tr("&Redo"), tr("Redo the change you undid")),
            self.act_find: (tr("&Find a question"), None),
            self.act_next: (tr("&Next question"), None),
            self.act_previous: (tr("&Previous question"), None),
            self.act_next_unanswered: (tr("Next &unanswered question"), None),
            self.act_shortcuts: (tr("&Keyboard shortcuts"), tr("Every key of the app")),
            self.act_about: (tr("&About bodiag"), tr("Version, licence, questionnaires")),
            self.act_answers: (tr("&Answer"), None),
            self.act_results: (tr("&Results"), None),
            self.act_present: (tr("&Presentation mode"), tr("One question at a time in large type, for a projector")),
            self.act_branding: (tr("Firm &branding…"), tr("Your firm's name, accent colour and logo on every report, set once for this computer")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = tip or text.replace("&", "").rstrip("…")
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
        self.act_french.setText("Français")
        self.act_english.setText("English")
        self.menu_file.setTitle(tr("&File"))
        self.menu_recent.setTitle(tr("Open &recent"))
        self.menu_edit.setTitle(tr("&Edit"))
        self.menu_view.setTitle(tr("&View"))
        self.menu_tools.setTitle(tr("&Tools"))
        self.menu_settings.setTitle(tr("&Settings"))
        self.menu_language.setTitle(tr("&Language"))
        self.menu_help.setTitle(tr("&Help"))
        self.toolbar.setWindowTitle(tr("Main toolbar"))
        self._measure_toolbar()
        self.retry_button.setText(tr("Retry saving"))
        if self._start_page is not None:
            self._start_page.retranslate()
        self._show_save_state()

    def _title(self) -> str:
        if self.session is None:
            return "bodiag"
        return f"{self.session.diagnostic.organisation.name} — {self.session.path.name} — bodiag"

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        for path in self.context.settings.recent_documents():
            details = self.context.settings.recent_details(path)
            action = self.menu_recent.addAction(f"{details[0]} — {path.name}" if details else str(path))
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_document(p))
        self.menu_recent.setEnabled(True)

    # -- documents ------------------------------------------------------------------------

    def open_sent_document(self, file: str) -> None:
        """Open the document the desktop sends (macOS's Finder): a method of the window, so that Qt
        forgets the connection with the window."""
        self.open_document(Path(file))

    def open_document(self, path: Path | str, *, own: bool = False) -> bool:
        """Open ``path``; on refusal, say why and keep the app as it was."""
        path = Path(path)
        if self.session is not None and self.session.path.resolve() == path.resolve():
            self.stack.setCurrentWidget(self.workspace)  # already open here
            self._update_actions()
            return True
        if self.workspace is not None and not self.workspace.can_leave():
            return False
        try:
            session = DocumentSession.open(path, own=own)
        except DocumentError as exc:
            from bodiag.ui.presenters import private_recovery

            if private_recovery.can_offer(exc, path):
                copy = private_recovery.offer(self.context.prompter, path)
                if copy is not None and self.open_document(copy):
                    self.context.prompter.inform(tr("Opening the document"), private_recovery.recovered_text(path, copy))
                    return True
                return False
            title, message = describe_open_error(exc, path)
            self.context.prompter.show_error(title, message, str(exc))
            if not path.exists():
                self.context.settings.remove_recent(path)
            return False
        self._set_session(session)
        self.context.settings.add_recent(path, session.diagnostic.organisation.name,
                                         datetime.date.today().isoformat())
        for notice in session.diagnostic.document.notices:
            self.context.prompter.inform(tr("Opening the document"), describe_notice(notice))
        return True

    def edit_branding(self) -> None:
        """The firm's branding screen (name, accent colour, logo), for every report exported from this computer."""
        from bodiag.ui.presenters.branding import BrandingPresenter

        self.context.prompter.edit_branding(BrandingPresenter(self.context.prompter))

    def choose_and_open(self) -> None:
        folder = self.session.path.parent if self.session else None
        path = self.context.prompter.choose_document_to_open(folder)
        if path is not None:
            self.open_document(path)

    def open_demo(self) -> bool:
        path = default_document_path()
        if not path.exists():
            try:
                from bodiag.services.demo import build_demo

                path.parent.mkdir(parents=True, exist_ok=True)
                build_demo(path).close()
            except (BodiagError, OSError) as exc:
                self.context.prompter.show_error(tr("The demo cannot be created"), str(exc))
                return False
        return self.open_document(path, own=True)

    def new_diagnostic(self) -> None:
        from bodiag.ui.views.wizard import NewDiagnosticWizard

        wizard = NewDiagnosticWizard(self.context, self)
        if wizard.exec() and wizard.created_path is not None:
            self.open_document(wizard.created_path)

    def show_assessment(self, assessment_id: int | None) -> None:
        """Rebuild the workspace on ``assessment_id`` (its changes are already saved by the caller)."""
        if assessment_id is not None:
            self.session.select(assessment_id)
        self.stack.removeWidget(self.workspace)
        self.workspace.deleteLater()
        self._build_workspace()
        self.workspace.show_answers()

    def close_document(self, *, show_start: bool = True) -> bool:
        """Close the open document; False (and nothing closed) if the user keeps changes that failed to save.

        The start page then shows, unless ``show_start`` is False (another document opens, or the window closes).
        """
        if self.workspace is not None and not self.workspace.can_leave():
            return False
        if self.workspace is not None:
            self._save_layout()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if self.session is not None:
            self.session.close()
            self.session = None
            self._update_actions()
            self._show_save_state()  # nothing open: nothing to say saved
        if show_start:
            self.show_start_page()
        return True

    def _set_session(self, session: DocumentSession) -> None:
        self.close_document(show_start=False)
        self.session = session
        self._build_workspace()

    def _build_workspace(self) -> None:
        self.workspace = Workspace(self.context, self.session, self.stack)
        self.workspace.presenter_changed.connect(self._presenter_changed)
        self.workspace.tabs.currentChanged.connect(lambda _index: self._update_actions())  # Undo acts on the tab shown
        self.session.plan_edits.observe(self._update_actions)
        self.workspace.new_diagnostic_requested.connect(self.new_diagnostic)
        self.workspace.take_over_requested.connect(self.commands.take_over)
        self.workspace.organisation_requested.connect(self.commands.edit_organisation)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self._presenter_changed()
        self.setWindowTitle(self._title())

    @property
    def start_page(self) -> StartPage:
        """The start page, built when first needed: a window that opens a document at once needs none."""
        if self._start_page is None:
            from bodiag.ui.views.start_page import StartPage

            page = StartPage(self.context, self)
            page.open_requested.connect(self.open_document)
            page.new_requested.connect(self.new_diagnostic)
            page.browse_requested.connect(self.choose_and_open)
            page.demo_requested.connect(self.open_demo)
            page.resume_requested.connect(lambda: self.workspace and self.stack.setCurrentWidget(self.workspace))
            self.stack.addWidget(page)
            self._start_page = page
        return self._start_page

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if self.stack.currentWidget() is None:  # no document: the start page
            self.show_start_page()
        super().showEvent(event)

    def show_start_page(self) -> None:
        self.start_page.set_open_document(self.session.diagnostic.organisation.name if self.session else None)
        self.start_page.refresh()
        self.stack.setCurrentWidget(self.start_page)
        self.setWindowTitle(self._title())
        self._update_actions()

    # -- answering glue ---------------------------------------------------------------------

    @property
    def presenter(self):  # noqa: ANN201
        return self.workspace.presenter if self.workspace else None

    def _presenter_changed(self) -> None:
        if self.presenter is not None:
            self.presenter.subscribe(self._update_actions)
            self.presenter.subscribe(self._show_save_state)
        self._update_actions()
        self._show_save_state()

    def _presenter_do(self, method: str) -> None:
        if self.presenter is not None:
            self.workspace.commit()
            getattr(self.presenter, method)()

    def _undoable(self):  # noqa: ANN202 - the answers' presenter, or the plan directeur's or action plan's view
        """What Undo and Redo act on: the plan's edits on the plan directeur's and the action plan's tabs (one history),
        the answers everywhere else."""
        if self.workspace is not None:
            for view in (self.workspace.built_plan(), self.workspace.built_action_plan()):
                if view is not None and view.isVisible():
                    return view
        return self.presenter

    def _undo_do(self, method: str) -> None:
        target = self._undoable()
        if target is self.presenter:
            self._presenter_do(method)
        elif target is not None:
            getattr(target, method)()

    def _pane_do(self, method: str) -> None:
        if self.workspace is not None and self.workspace.presenter is not None:
            self.workspace.show_answers()
            getattr(self.workspace.answer_view.pane, method)()

    def _find(self) -> None:
        if self.workspace is not None and self.workspace.presenter is not None:
            self.workspace.show_answers()
            self.workspace.answer_view.focus_search()

    def show_shortcuts(self) -> None:
        from bodiag.ui.presenters.help import shortcut_rows

        native = QKeySequence.SequenceFormat.NativeText
        actions = [(a.text(), ", ".join(k.toString(native) for k in a.shortcuts())) for a in self.actions()]
        self.context.prompter.show_shortcuts(shortcut_rows(actions))

    def show_about(self) -> None:
        from bodiag.ui.presenters.help import about_info

        questionnaires = []
        if self.session is not None:
            diagnostic = self.session.diagnostic
            questionnaires = [diagnostic.questionnaire(record) for record in self.session.assessments()]
        self.context.prompter.show_about(about_info(questionnaires, self.context.language))

    def _retry(self) -> None:
        if self.presenter is not None:
            self.presenter.retry()

    def _update_actions(self) -> None:
        p = self.presenter
        has_doc = self.session is not None
        self.act_close.setEnabled(has_doc)
        self.act_new_assessment.setEnabled(has_doc and not self.session.read_only)
        self.act_export.setEnabled(has_doc and self.report_job is None)
        self.act_reassess.setEnabled(p is not None and not self.session.read_only)
        self.act_organisation.setEnabled(has_doc and not self.session.read_only)
        self.act_share.setEnabled(has_doc)
        self.act_import_answers.setEnabled(p is not None and not self.session.read_only)
        self.act_export_answers.setEnabled(p is not None)
        undoable = self._undoable()
        self.act_undo.setEnabled(bool(undoable and undoable.can_undo))
        self.act_redo.setEnabled(bool(undoable and undoable.can_redo))
        for action in (self.act_find, self.act_next, self.act_previous, self.act_next_unanswered, self.act_answers,
                       self.act_results, self.act_present):
            action.setEnabled(p is not None)

    def _show_save_state(self) -> None:
        p = self.presenter
        if p is None:
            self.save_indicator.clear()
            self.retry_button.hide()
            return
        if p.save_state is SaveState.READ_ONLY:
            text, state = tr("Read-only"), "readonly"
        elif p.save_state is SaveState.FAILED:
            text, state = tr("Not saved: the disk may be full, or the file was moved or is locked"), "failed"
        else:
            text, state = tr("All changes saved"), "saved"
        self.save_indicator.setText(text)
        self.save_indicator.setToolTip(tooltip(p.save_error))  # the core's exact words
        self.save_indicator.setProperty("state", state)
        theme.error_text(self.save_indicator, state == "failed", bold=True)
        self.retry_button.setVisible(state == "failed")

    # -- language and layout ---------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        if language == self.context.settings.language:
            return
        if self.workspace is not None and not self.workspace.can_leave():
            (self.act_french if self.context.language == "fr" else self.act_english).setChecked(True)
            return
        self.context.settings.language = language
        self.context.translations.apply(language)
        self.retranslate()
        if self.session is not None:  # questionnaire texts change language too: rebuild the views
            current = self.workspace.presenter.current_id if self.workspace and self.workspace.presenter else None
            tab = self.workspace.tabs.currentIndex() if self.workspace else 0
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self._build_workspace()
            if current and self.presenter is not None:
                self.presenter.go_to(current)
            self.workspace.tabs.setCurrentIndex(tab)

    def _restore_layout(self) -> None:
        geometry = self.context.settings.layout("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            available = self.screen().availableGeometry().size()
            if self.width() > available.width() or self.height() > available.height():  # saved on a larger screen
                self.resize(fitting_size(available))
        state = self.context.settings.layout("window/state")
        if state is not None:
            self.restoreState(state)

    def _save_layout(self) -> None:
        self.context.settings.set_layout("window/geometry", self.saveGeometry())
        self.context.settings.set_layout("window/state", self.saveState())
        answers = self.workspace.built_answer_view() if self.workspace is not None else None
        if answers is not None:  # not opened this time: the layout saved before stays
            self.context.settings.set_layout("answer/splitter", answers.splitter.saveState())
        self.context.settings.sync()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_toolbar()

    def _fit_toolbar(self) -> None:
        """Icons with their text while they fit, icons alone once they do not: the export never goes behind
        the toolbar's overflow arrow."""
        if not hasattr(self, "_toolbar_text_width"):
            return
        wide = self.width() >= self._toolbar_text_width
        style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon if wide else Qt.ToolButtonStyle.ToolButtonIconOnly
        if self.toolbar.toolButtonStyle() != style:
            self.toolbar.setToolButtonStyle(style)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.report_job is not None:
            self.report_job.wait()  # a report half-written is never left behind: let it finish
        self._save_layout()
        if not self.close_document(show_start=False):
            event.ignore()
            return
        event.accept()



def fitting_size(available: QSize) -> QSize:
    """The window's first size: :data:`~bodiag.ui.defs.WINDOW_SIZE` where the screen has room, else a share of it."""
    width, height = defs.WINDOW_SIZE
    share = defs.WINDOW_SCREEN_SHARE
    return QSize(min(width, int(available.width() * share)), min(height, int(available.height() * share)))
