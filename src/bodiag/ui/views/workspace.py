"""An open document: which assessment, a read-only banner, and the Answer / Results tabs."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from bodiag.ui import defs
from bodiag.ui.context import AppContext
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.presenters.session import DocumentSession
from bodiag.ui.views.answer_view import AnswerView
from bodiag.ui.views.dashboard import DashboardView
from bodiag.ui.i18n import tr



class Workspace(QWidget):
    presenter_changed = Signal()

    def __init__(self, context: AppContext, session: DocumentSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.session = session
        self.lang = context.language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        self.banner = QLabel(self)
        self.banner.setObjectName("ReadOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(session.read_only)
        layout.addWidget(self.banner)

        header = QHBoxLayout()
        header.setContentsMargins(defs.MARGIN, defs.SPACING, defs.MARGIN, defs.SPACING)
        self.organisation = QLabel(self)
        self.organisation.setObjectName("OrganisationName")
        self.organisation.setTextFormat(Qt.TextFormat.PlainText)
        font = self.organisation.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.organisation.setFont(font)
        self.assessment_label = QLabel(self)
        self.assessments = QComboBox(self)
        self.assessments.setMinimumContentsLength(30)
        self.assessment_label.setBuddy(self.assessments)
        header.addWidget(self.organisation, 1)
        header.addWidget(self.assessment_label)
        header.addWidget(self.assessments)
        layout.addLayout(header)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)

        self.presenter: AnsweringPresenter | None = None
        self.answer_view: AnswerView | None = None
        self.dashboard: DashboardView | None = None
        self._fill_assessments()
        self.assessments.currentIndexChanged.connect(self._assessment_chosen)
        self.retranslate()
        if session.assessment is not None:
            self._show(session.assessment.id)

    def retranslate(self) -> None:
        self.organisation.setText(self.session.diagnostic.organisation.name)
        self.assessment_label.setText(tr("&Assessment:"))
        self.assessments.setAccessibleName(tr("Assessment"))
        self.banner.setText(
            tr("Read-only: this document cannot be changed here. %1").replace("%1", self.session.read_only_reason or "")
        )
        if self.answer_view is not None:
            self.tabs.setTabText(0, tr("Answer"))
            self.tabs.setTabText(1, tr("Results"))

    def _fill_assessments(self) -> None:
        self.assessments.blockSignals(True)
        self.assessments.clear()
        for record in self.session.assessments():
            title = self.session.diagnostic.questionnaire_title(record)
            created = QDate.fromString(record.created_at[:10], Qt.DateFormat.ISODate)
            date = QLocale().toString(created, QLocale.FormatType.ShortFormat)
            self.assessments.addItem(f"{record.title} — {title.get(self.lang)} ({date})", record.id)
        if self.session.assessment is not None:
            self.assessments.setCurrentIndex(self.assessments.findData(self.session.assessment.id))
        self.assessments.blockSignals(False)

    def _assessment_chosen(self, index: int) -> None:
        assessment_id = self.assessments.itemData(index)
        if assessment_id is not None:
            self._show(assessment_id)

    def _show(self, assessment_id: int) -> None:
        if self.answer_view is not None:
            self.answer_view.pane.commit_note()
        record = self.session.select(assessment_id)
        current_tab = self.tabs.currentIndex()
        self.tabs.clear()
        for view in (self.answer_view, self.dashboard):
            if view is not None:
                view.deleteLater()
        self.presenter = AnsweringPresenter(self.session, record)
        self.answer_view = AnswerView(self.context, self.presenter, self)
        self.dashboard = DashboardView(self.presenter, self.lang, self)
        self.tabs.addTab(self.answer_view, tr("Answer"))
        self.tabs.addTab(self.dashboard, tr("Results"))
        self.tabs.setCurrentIndex(max(0, current_tab))
        self.presenter_changed.emit()

    def show_answers(self) -> None:
        self.tabs.setCurrentIndex(0)

    def show_results(self) -> None:
        self.tabs.setCurrentIndex(1)

    def commit(self) -> None:
        """Save the note being typed, if any (before closing or switching)."""
        if self.answer_view is not None:
            self.answer_view.pane.commit_note()
