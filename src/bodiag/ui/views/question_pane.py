"""The current question: its text, help, answer control, N/A and don't know, and note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bodiag.errors import BodiagError
from bodiag.ui import defs, theme
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.views.page import AssessmentPage
from bodiag.ui.views.panel import BoxLabel
from bodiag.ui.views.answer_widgets import build_answer_widget
from bodiag.ui.views.wrapped_text import WrappedText
from bodiag.ui.i18n import tr



class QuestionPane(AssessmentPage):
    def __init__(self, presenter: AnsweringPresenter, lang: str, parent: QWidget | None = None):
        super().__init__(presenter, lang, defs.SPACING, parent)
        body, layout = self.body, self.column
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scrolling frame is no stop for Tab: its controls are

        self.breadcrumb = QLabel(body)
        theme.hint(self.breadcrumb)
        self.breadcrumb.setTextFormat(Qt.TextFormat.PlainText)
        self.position = QLabel(body)
        theme.hint(self.position)
        top = QHBoxLayout()
        top.addWidget(self.breadcrumb, 1)
        top.addWidget(self.position)
        layout.addLayout(top)

        self.text = WrappedText(body)
        self.text.setObjectName("QuestionText")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.text.font()
        font.setPointSize(font.pointSize() + defs.QUESTION_TEXT_POINT_DELTA)
        font.setWeight(QFont.Weight.DemiBold)
        self.text.setFont(font)
        layout.addWidget(self.text)

        self.help_toggle = QToolButton(body)
        self.help_toggle.setCheckable(True)
        self.help_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.help_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.help_toggle.setAutoRaise(True)
        self.help = BoxLabel(body)
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.help_toggle.toggled.connect(self._show_help)
        layout.addWidget(self.help_toggle)
        layout.addWidget(self.help)

        self.answer_holder = QVBoxLayout()
        layout.addLayout(self.answer_holder)
        self.answer_widget: QWidget | None = None

        specials = QHBoxLayout()
        self.na_button = QPushButton(body)
        self.dk_button = QPushButton(body)
        self.clear_button = QPushButton(body)
        for button in (self.na_button, self.dk_button):
            button.setCheckable(True)
        self.na_button.clicked.connect(lambda: self.answer("na"))
        self.dk_button.clicked.connect(lambda: self.answer("dk"))
        self.clear_button.clicked.connect(lambda: self.run(self.presenter.clear))
        specials.addWidget(self.na_button)
        specials.addWidget(self.dk_button)
        specials.addStretch(1)
        specials.addWidget(self.clear_button)
        layout.addLayout(specials)

        self.error = QLabel(body)
        theme.error_text(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        self.extras = QVBoxLayout()  # e.g. the respondents' answers in a workshop
        layout.addLayout(self.extras)

        self.note_label = QLabel(body)
        self.note = QPlainTextEdit(body)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(110)
        self.note_label.setBuddy(self.note)
        self.note_timer = QTimer(self)
        self.note_timer.setSingleShot(True)
        self.note_timer.setInterval(defs.NOTE_SAVE_DELAY_MS)
        self.note_timer.timeout.connect(self.commit_note)
        self.note.textChanged.connect(self._note_edited)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)

        layout.addStretch(1)

        # Previous and Next stay in sight below the scrolling question, however long it is (a
        # workshop's respondents, an open help): the view that holds the pane places the bar.
        self.nav_bar = QWidget(parent)
        nav = QHBoxLayout(self.nav_bar)
        nav.setContentsMargins(defs.LARGE_MARGIN, defs.SPACING, defs.LARGE_MARGIN, defs.SPACING)
        self.previous_button = QPushButton(self.nav_bar)
        self.next_button = QPushButton(self.nav_bar)
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

        self._shown_id: str | None = None
        self._loading = False
        self._parents: dict | None = None  # each section's parent, for the breadcrumb
        self.retranslate()
        presenter.subscribe(self.refresh)
        self.refresh()

    # -- texts --------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setAccessibleName(tr("Current question"))
        self.help_toggle.setText(tr("Help"))
        self.help_toggle.setAccessibleName(tr("Help on the question"))
        self.na_button.setText(tr("Not applicable (N)"))
        self.na_button.setToolTip(tr("This question does not apply here. Shortcut: N"))
        self.dk_button.setText(tr("Don't know (?)"))
        self.dk_button.setToolTip(tr("You do not know yet. Shortcut: ?"))
        self.clear_button.setText(tr("Clear the answer"))
        self.note_label.setText(tr("&Note"))
        self.note.setAccessibleName(tr("Note"))
        self.note.setPlaceholderText(tr("What supports this answer, who to ask, what to do…"))
        self.previous_button.setText(tr("Previous"))
        self.previous_button.setToolTip(tr("Previous question (Alt+Up)"))
        self.next_button.setText(tr("Next"))
        self.next_button.setToolTip(tr("Next question (Ctrl+Enter or Alt+Down)"))

    # -- refreshing -----------------------------------------------------------------

    def refresh(self) -> None:
        p = self.presenter
        question = p.current
        if question is None:
            self.text.setText(tr("No question matches."))
            self.breadcrumb.clear()
            self.position.clear()
            self._set_answer_widget(None)
            return
        entry = p.entry(question.id)
        index, total = p.position()
        self.position.setText(tr("Question %1 of %2").replace("%1", str(index)).replace("%2", str(total)))
        section = p.questionnaire.section_of[question.id]
        self.breadcrumb.setText(" › ".join(s.title.get(self.lang) for s in self._path(section.id)))
        changed_question = question.id != self._shown_id
        refocus = False
        self.text.setText(question.text.get(self.lang))
        self.text.setAccessibleName(question.text.get(self.lang))
        has_help = question.help is not None
        self.help_toggle.setVisible(has_help)
        self.help.setText(question.help.get(self.lang) if has_help else "")
        self.help.setVisible(has_help and self.help_toggle.isChecked())
        if changed_question or self.answer_widget is None:
            def on_answer(raw: object, qid: str = question.id) -> None:  # what the control answers is its question's
                self.answer(raw, qid)

            widget = self.answer_widget
            if widget is not None and widget.show_question(p.questionnaire, question, entry.value, on_answer):
                refocus = _holds_focus(widget)  # as when it is made anew: the keyboard goes to its answer
            else:  # another kind of control, or other levels: made anew
                self._set_answer_widget(
                    build_answer_widget(p.questionnaire, question, entry.value, self.lang, on_answer, self.widget()))
        else:
            self.answer_widget.set_value(entry.value)  # undo, redo, N/A: update in place, keep focus
        status = p.result.questions[question.id].status
        scored = question.kind != "text"
        self.na_button.setVisible(scored and p.offers(question.id, "na"))
        self.dk_button.setVisible(scored and p.offers(question.id, "dk"))
        self.na_button.setChecked(status == "na")
        self.dk_button.setChecked(status == "dk")
        self.clear_button.setEnabled(entry.value is not None and p.can_change)
        if changed_question:
            self.error.hide()
        note_pending = self.note_timer.isActive() and not changed_question
        shown_note = self.note.toPlainText()
        # A new question's note starts its own undo history (unless it shows the same note, with none)
        fresh = not self.note.document().isUndoAvailable() and not self.note.document().isRedoAvailable()
        if ((changed_question and (shown_note != entry.note or not fresh))
                or (shown_note != entry.note and not self.note.hasFocus() and not note_pending)):
            self._loading = True
            self.note.setPlainText(entry.note)
            self._loading = False
        self.previous_button.setEnabled(index > 1)
        self.next_button.setEnabled(0 < index < total)
        read_only = not p.can_change  # a read-only document, or answers a final report froze
        for widget in (self.answer_widget, self.na_button, self.dk_button, self.note):
            if widget is not None:
                widget.setEnabled(not read_only)
        self._shown_id = question.id
        if refocus:
            self.focus_answer()

    def _path(self, section_id: str):  # noqa: ANN202
        q = self.presenter.questionnaire
        if self._parents is None:  # the questionnaire never changes under a pane
            self._parents = {child.id: s for s in q.walk_sections() for child in s.sections}
        chain = [q.sections_by_id[section_id]]
        while chain[0].id in self._parents:
            chain.insert(0, self._parents[chain[0].id])
        return chain

    def _set_answer_widget(self, widget: QWidget | None) -> None:
        old = self.answer_widget
        had_focus = old is not None and _holds_focus(old)
        if self.answer_widget is not None:
            self.answer_holder.removeWidget(self.answer_widget)
            self.answer_widget.hide()  # deleteLater waits for the event loop; never show two at once
            self.answer_widget.setParent(None)
            self.answer_widget.deleteLater()
        self.answer_widget = widget
        if widget is not None:
            self.answer_holder.addWidget(widget)
        self._order_tabs()
        if had_focus:  # the control the keyboard was on is gone: the keyboard goes to its successor
            self.focus_answer()

    def _order_tabs(self) -> None:
        """Tab follows the reading order: help, the answer, N/A, don't know, clear, the workshop's answers, the
        note, previous, next. Qt would otherwise put the answer, made for each question, last."""
        chain = [self.help_toggle]
        if self.answer_widget is not None:
            chain += _focusable(self.answer_widget)
        chain += [self.na_button, self.dk_button, self.clear_button]
        for index in range(self.extras.count()):
            extra = self.extras.itemAt(index).widget()
            if extra is not None:
                chain += _focusable(extra)
        chain += [self.note, self.previous_button, self.next_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def focus_answer(self) -> None:
        """Give the keyboard to the current question's answer (its chosen level, else its first one).

        Never to the note: after moving on, a digit, N or ? must answer the new question,
        not be typed into a text (issue 17).
        """
        target = self.answer_widget.focus_target() if self.answer_widget is not None else None
        if target is None or not target.isEnabled():
            target = self.next_button if self.next_button.isEnabled() else self.previous_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._lay_out()
        self.ensureWidgetVisible(target)

    def _lay_out(self) -> None:
        """Place the question's new texts now, which the event loop would do after painting them in the old places
        once: then it is painted once, and scrolled to where its answer really is."""
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _show_help(self, shown: bool) -> None:
        self.help_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.help.setVisible(shown and bool(self.help.text()))

    # -- acting -------------------------------------------------------------------------

    def run(self, action) -> None:  # noqa: ANN001
        """Do ``action``; a refusal (a value out of range, a read-only document) shows under the answer."""
        try:
            action()
        except BodiagError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.refresh()
            return
        self.error.hide()

    def answer(self, raw: object, question_id: str | None = None) -> None:
        """Answer ``question_id`` (the question the control belongs to), saving a note being typed first."""
        self.commit_note()
        self.run(lambda: self.presenter.answer(raw, question_id or self._shown_id))

    def _note_edited(self) -> None:
        if not self._loading:
            self.note_timer.start()

    def commit_note(self) -> None:
        """Save the note being typed, for the question it was typed under."""
        if not self.note_timer.isActive():
            return
        self.note_timer.stop()
        if self._shown_id is None or not self.presenter.can_change:
            return
        question_id = self._shown_id
        self.run(lambda: self.presenter.set_note(self.note.toPlainText(), question_id))

    def commit_pending(self) -> None:
        """Save whatever is being typed (a number, a text answer, a note) before anything moves."""
        if self.answer_widget is not None and hasattr(self.answer_widget, "commit"):
            self.answer_widget.commit()
        self.commit_note()
        for index in range(self.extras.count()):  # e.g. a workshop respondent's remark
            extra = self.extras.itemAt(index).widget()
            if extra is not None and hasattr(extra, "commit_pending"):
                extra.commit_pending()

    def go_next(self) -> None:
        self.commit_pending()
        self.presenter.go_next()
        self.focus_answer()

    def go_previous(self) -> None:
        self.commit_pending()
        self.presenter.go_previous()
        self.focus_answer()

    def go_next_unanswered(self) -> None:
        self.commit_pending()
        self.presenter.go_next_unanswered()
        self.focus_answer()


def _holds_focus(widget: QWidget) -> bool:
    """Whether the keyboard is on ``widget`` or on one of its children."""
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def _focusable(widget: QWidget) -> list[QWidget]:
    """The widgets under ``widget`` that Tab stops at, in the order they were made (their reading order)."""
    return [w for w in widget.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
