"""An open document: which assessment, a read-only banner, and its tabs (Answer, Results … Plan directeur)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bodiag.ui import defs, theme
from bodiag.ui.context import AppContext
from bodiag.ui.presenters.answering import AnsweringPresenter, SaveState
from bodiag.ui.presenters.session import DocumentSession, assessment_label
from bodiag.ui.views.dashboard import DashboardView
from bodiag.ui.views.elided_label import ElidedLabel
from bodiag.ui.formats import date
from bodiag.ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from bodiag.ui.views.answer_view import AnswerView




def _tab_titles() -> list[str]:
    """The tabs' titles, in their order (the Workshop tab only for an assessment with respondents)."""
    return [tr("Answer"), tr("Results"), tr("Evolution"), tr("Action plan"), tr("Master plan"), tr("Report"), tr("Workshop")]


class LazyPage(QWidget):
    """A tab's page whose view is built the first time it is shown or asked for.

    The Evolution, Action plan, Plan directeur and Workshop tabs are seldom the first thing a user
    looks at: building them (and importing their modules) when first needed keeps
    them out of the app's start-up.
    """

    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._build = build
        self._view: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> QWidget | None:
        """The view if it has been built, without building it."""
        return self._view

    @property
    def view(self) -> QWidget:
        if self._view is None:
            self._view = self._build(self)
            self.layout().addWidget(self._view)
            if self.isVisible():  # asked for while being shown: Qt has shown the children already
                self._view.show()
        return self._view

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self.view  # noqa: B018 - built on first show
        super().showEvent(event)


class Workspace(QWidget):
    presenter_changed = Signal()
    take_over_requested = Signal()
    new_diagnostic_requested = Signal()
    organisation_requested = Signal()  # the organisation's name, sector, city and profile to edit

    def __init__(self, context: AppContext, session: DocumentSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.session = session
        self.lang = context.language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        self.banner_frame = QWidget(self)
        theme.notice(self.banner_frame)
        banner_row = QHBoxLayout(self.banner_frame)
        banner_row.setContentsMargins(0, 0, defs.MARGIN, 0)
        self.banner = QLabel(self.banner_frame)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # the sharer's name comes from a received file
        self.banner.setContentsMargins(12, 6, 12, 6)
        self.banner.setWordWrap(True)
        self.take_over_button = QPushButton(self.banner_frame)
        self.take_over_button.setVisible(session.shared is not None)
        self.take_over_button.clicked.connect(self.take_over_requested)
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.take_over_button)
        self.banner_frame.setVisible(session.read_only)
        self.banner.setVisible(session.read_only)
        layout.addWidget(self.banner_frame)
        self.demo_banner: QWidget | None = None
        if session.is_demo:
            self._build_demo_banner(layout)

        header = QHBoxLayout()
        header.setContentsMargins(defs.MARGIN, defs.SPACING, defs.MARGIN, defs.SPACING)
        self.organisation = ElidedLabel(self)
        self.organisation.setObjectName("OrganisationName")
        font = self.organisation.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.organisation.setFont(font)
        # as wide as the name and no wider, so that its edit button stays beside it; shortened when room lacks
        self.organisation.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.edit_organisation = QToolButton(self)
        self.edit_organisation.setObjectName("EditOrganisation")
        self.edit_organisation.setAutoRaise(True)
        self.edit_organisation.setEnabled(not session.read_only)
        self.edit_organisation.clicked.connect(self.organisation_requested)
        self.assessment_label = QLabel(self)
        self.assessments = QComboBox(self)
        self.assessments.setMinimumContentsLength(24)
        self.assessments.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.assessment_label.setBuddy(self.assessments)
        name_row = QHBoxLayout()  # the name and its button share a third of the header, as the name alone did
        name_row.addWidget(self.organisation)
        name_row.addWidget(self.edit_organisation)
        name_row.addStretch(1)
        header.addLayout(name_row, 1)
        header.addWidget(self.assessment_label)
        header.addWidget(self.assessments, 2)
        layout.addLayout(header)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        theme.roomy_tabs(self.tabs.tabBar())
        layout.addWidget(self.tabs, 1)

        self.presenter: AnsweringPresenter | None = None
        self.dashboard: DashboardView | None = None
        self._pages: dict[str, LazyPage] = {}
        self._workshop = False  # whether the assessment shown has respondents (its tab, their answers)
        self._workshop_behaviour = None  # its presenter, made when one of its views is first built
        self.retranslate()
        if session.assessment is not None:
            self._show(session.assessment.id)
        # listed once the assessment shown has its questionnaire loaded: its title is then read from it,
        # not parsed out of the stored questionnaire again
        self._fill_assessments()
        self.assessments.currentIndexChanged.connect(self._assessment_chosen)

    def _build_demo_banner(self, layout: QVBoxLayout) -> None:
        """Say that this is the demo, and how to start one's own diagnostic (the first start opens the demo)."""
        self.demo_banner = QWidget(self)
        self.demo_banner.setObjectName("DemoBanner")
        theme.notice(self.demo_banner)
        row = QHBoxLayout(self.demo_banner)
        row.setContentsMargins(12, 6, defs.MARGIN, 6)
        self.demo_text = QLabel(self.demo_banner)
        self.demo_text.setWordWrap(True)
        self.demo_button = QPushButton(self.demo_banner)
        self.demo_button.setDefault(False)
        self.demo_button.clicked.connect(self.new_diagnostic_requested)
        row.addWidget(self.demo_text, 1)
        row.addWidget(self.demo_button)
        layout.addWidget(self.demo_banner)

    def retranslate(self) -> None:
        if self.demo_banner is not None:
            self.demo_text.setText(tr("This is the demo: a fictional SME, fully answered, to explore. "
                                      "Your own diagnostic starts from an empty document."))
            self.demo_button.setText(tr("Start my own diagnostic…"))
            self.demo_banner.setAccessibleName(tr("Demo"))
        self.organisation.setText(self.session.diagnostic.organisation.name)
        self.edit_organisation.setText(tr("Edit…"))
        self.edit_organisation.setAccessibleName(tr("Edit the organisation"))
        self.edit_organisation.setToolTip(tr("The organisation's name, sector, city and profile"))
        self.assessment_label.setText(tr("&Assessment:"))
        self.assessments.setAccessibleName(tr("Assessment"))
        shared = self.session.shared
        if shared is not None:
            when = date(shared.shared_at)
            who = shared.shared_by or tr("someone")
            self.banner.setText(tr("A copy shared by %1 on %2: it opens read-only. Take it over to change it.")
                                .replace("%1", who).replace("%2", when))
        else:
            self.banner.setText(tr("Read-only: this document cannot be changed here. %1").replace(
                "%1", self.session.read_only_reason or ""))
        self.take_over_button.setText(tr("Take over this document"))
        for index, text in enumerate(_tab_titles()[: self.tabs.count()]):
            self.tabs.setTabText(index, text)

    def organisation_changed(self) -> None:
        """The organisation's name or profile changed: the header shows the name, every view the new scores
        (the views follow the answering presenter; the Plan directeur reads itself again when shown)."""
        self.organisation.setText(self.session.diagnostic.organisation.name)
        self.organisation.updateGeometry()
        if self.presenter is not None:
            self.presenter.profile_changed()

    def _fill_assessments(self) -> None:
        self.assessments.blockSignals(True)
        self.assessments.clear()
        for record in self.session.assessments():
            title = self.session.diagnostic.questionnaire_title(record)
            self.assessments.addItem(assessment_label(record.title, title.get(self.lang), date(record.created_at)),
                                     record.id)
        if self.session.assessment is not None:
            self.assessments.setCurrentIndex(self.assessments.findData(self.session.assessment.id))
        self.assessments.blockSignals(False)

    def _assessment_chosen(self, index: int) -> None:
        assessment_id = self.assessments.itemData(index)
        if assessment_id is None:
            return
        if not self.can_leave():
            self.assessments.blockSignals(True)
            self.assessments.setCurrentIndex(self.assessments.findData(self.presenter.assessment.id))
            self.assessments.blockSignals(False)
            return
        self._show(assessment_id)

    def _show(self, assessment_id: int) -> None:
        self.commit()
        record = self.session.select(assessment_id)
        current_tab = self.tabs.currentIndex()
        self.tabs.clear()
        for page in (self.dashboard, *self._pages.values()):
            if page is not None:
                page.deleteLater()
        self.presenter = AnsweringPresenter(self.session, record)
        self._workshop = record.mode == "workshop" or self.session.diagnostic.has_respondents(record)
        self.dashboard = DashboardView(self.presenter, self.lang, self)
        builders = {"answers": self._build_answers, "evolution": self._build_evolution,
                    "action_plan": self._build_action_plan, "plan": self._build_plan, "deliverable": self._build_deliverable}
        if self._workshop:
            builders["workshop"] = self._build_workshop
        self._pages = {name: LazyPage(build, self) for name, build in builders.items()}
        pages = [self._pages["answers"], self.dashboard, *(self._pages[n] for n in builders if n != "answers")]
        for page, title in zip(pages, _tab_titles()):
            self.tabs.addTab(page, title)
        self.tabs.setCurrentIndex(max(0, current_tab))
        self.presenter_changed.emit()

    # The tabs built when first shown (the Results tab is what a document opens on); each
    # property builds its view if it is asked for first.

    def _build_answers(self, parent: QWidget) -> QWidget:
        from bodiag.ui.views.answer_view import AnswerView

        view = AnswerView(self.context, self.presenter, parent)
        view.frozen.reopened = self._report_reopened
        if self._workshop:
            from bodiag.ui.views.workshop import RespondentsBox

            view.pane.extras.addWidget(RespondentsBox(self._workshop_presenter(), view))
        state = self.context.settings.layout("answer/splitter")
        if state is not None:
            view.splitter.restoreState(state)
        return view

    def _build_evolution(self, parent: QWidget) -> QWidget:
        from bodiag.ui.views.evolution import EvolutionView

        return EvolutionView(self.presenter, self.lang, parent)

    def _build_action_plan(self, parent: QWidget) -> QWidget:
        from bodiag.ui.views.action_plan import ActionPlanView

        return ActionPlanView(self.context, self.presenter, self.lang, parent)

    def _build_deliverable(self, parent: QWidget) -> QWidget:
        from bodiag.ui.views.deliverable import DeliverableView

        view = DeliverableView(self.context, self.session, self.lang, parent)
        # a final version issued or re-opened there freezes or frees the answers shown here
        view.presenter.subscribe(lambda: self.presenter is not None and self.presenter.read_frozen_state())
        return view

    def _report_reopened(self) -> None:
        """Re-opened from the answer pane's banner: the Report tab, if built, shows the new draft."""
        page = self._pages.get("deliverable")
        if page is not None and page.built is not None:
            page.built.presenter.reload()

    def _build_plan(self, parent: QWidget) -> QWidget:
        from bodiag.ui.views.plan import PlanView

        return PlanView(self.context, self.session, self.presenter, self.lang, parent)

    def _build_workshop(self, parent: QWidget) -> QWidget:
        from bodiag.ui.views.workshop import WorkshopView

        view = WorkshopView(self._workshop_presenter(), parent)
        view.go_to_question.connect(self._go_to_question)
        return view

    def workshop_presenter(self):  # noqa: ANN201 - for presentation mode: the workshop's, or None outside one
        return self._workshop_presenter() if self._workshop and self.presenter is not None else None

    def _workshop_presenter(self):  # noqa: ANN202 - one per assessment shown, for its tab and its answers' box
        if self._workshop_behaviour is None or self._workshop_behaviour.answering is not self.presenter:
            from bodiag.ui.presenters.workshop import WorkshopPresenter

            self._workshop_behaviour = WorkshopPresenter(self.context.prompter, self.presenter, self.lang)
        return self._workshop_behaviour

    @property
    def answer_view(self) -> AnswerView | None:
        return self._view("answers")

    def built_answer_view(self) -> AnswerView | None:
        """The answer view if it has been built (without building it)."""
        page = self._pages.get("answers")
        return page.built if page is not None else None

    @property
    def evolution(self) -> QWidget | None:
        return self._view("evolution")

    @property
    def action_plan(self) -> QWidget | None:
        return self._view("action_plan")

    @property
    def deliverable(self) -> QWidget | None:
        """The Report tab: the assessor's commentary and the report's sign-off."""
        return self._view("deliverable")

    @property
    def plan(self) -> QWidget | None:
        """The Plan directeur tab: the whole document's, whichever assessment is shown."""
        return self._view("plan")

    def built_action_plan(self) -> QWidget | None:
        """The Action plan tab if it has been built (without building it)."""
        page = self._pages.get("action_plan")
        return page.built if page is not None else None

    def built_plan(self) -> QWidget | None:
        """The Plan directeur tab if it has been built (without building it)."""
        page = self._pages.get("plan")
        return page.built if page is not None else None

    @property
    def workshop(self) -> QWidget | None:
        return self._view("workshop")

    def _view(self, name: str) -> QWidget | None:
        page = self._pages.get(name)
        return page.view if page is not None else None

    def show_view(self, view: QWidget) -> None:
        """Bring the tab that holds ``view`` to the front."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is view or page.isAncestorOf(view):
                self.tabs.setCurrentIndex(index)
                return

    def _go_to_question(self, question_id: str) -> None:
        self.presenter.go_to(question_id)
        self.show_answers()

    def show_answers(self) -> None:
        self.tabs.setCurrentIndex(0)

    def show_results(self) -> None:
        self.tabs.setCurrentIndex(1)

    def commit(self) -> None:
        """Save what is being typed, if anything (before closing or switching)."""
        view = self.built_answer_view()
        if view is not None:
            view.pane.commit_pending()

    def can_leave(self) -> bool:
        """Whether the current assessment may be left: everything saved, or the user agrees to lose what failed."""
        self.commit()
        p = self.presenter
        if p is None or p.save_state is not SaveState.FAILED:
            return True
        p.retry()
        if p.save_state is not SaveState.FAILED:
            return True
        return self.context.prompter.confirm(
            tr("Changes not saved"),
            tr("Some changes could not be saved (%1). Leave anyway and lose them?").replace("%1", p.save_error or ""),
        )
