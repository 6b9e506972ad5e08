"""The new-diagnostic wizard: organisation profile, questionnaires, assessor and mode, then where to save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from bodiag.domain.profile import OrganisationProfile
from bodiag.paths import user_documents_dir
from bodiag.ui.context import AppContext
from bodiag.ui.errors import reporting_failure
from bodiag.ui.presenters import new_diagnostic as logic
from bodiag.ui.i18n import tr
from bodiag.ui.safe_text import tooltip
from bodiag.ui.views.organisation_form import OrganisationForm

REFERENCE_ROLE = Qt.ItemDataRole.UserRole



class OrganisationPage(QWizardPage):
    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(tr("The organisation"))
        self.setSubTitle(tr("Its profile adapts the questions and the weights to your situation."))
        self.form = OrganisationForm(QFormLayout(self), lang, self)
        self.registerField("organisation*", self.form.name)


class QuestionnairesPage(QWizardPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.lang = context.language
        self.setTitle(tr("The questionnaires"))
        self.setSubTitle(tr("Each one becomes an assessment of the document. You can add another later."))
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Questionnaires to run"))
        self._choices: dict[str, logic.Choice] = {}
        for choice in logic.bundled_choices():
            self._add(choice, checked=logic.selected_by_default(choice))
        self.list.itemChanged.connect(lambda _item: self.completeChanged.emit())
        self.add_button = QPushButton(tr("Add a questionnaire file…"), self)
        self.add_button.clicked.connect(self.add_file)
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(tr("Problems in the questionnaire file"))
        self.problems.hide()
        layout.addWidget(self.list)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.problems)

    def _describe(self, choice: logic.Choice) -> str:
        """Its title, and the questions it asks this profile: the count the answer pane will show."""
        q = choice.questionnaire
        asked = logic.questions_asked(q, self._profile()).asked
        if asked == len(q.questions):
            text = tr("%1 — %2 questions asked (version %3)")
        else:  # some depend on the profile or on earlier answers
            text = tr("%1 — %2 of its %4 questions asked (version %3)").replace("%4", str(len(q.questions)))
        return text.replace("%1", q.title.get(self.lang)).replace("%2", str(asked)).replace("%3", q.version)

    def _profile(self) -> OrganisationProfile:
        wizard = self.wizard()
        page = getattr(wizard, "organisation_page", None)
        if page is None:
            return OrganisationProfile()
        return page.form.fields().profile

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        """Shown after the profile was chosen: the counts follow it."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setText(self._describe(self._choices[item.data(REFERENCE_ROLE)]))

    def _add(self, choice: logic.Choice, checked: bool) -> None:
        q = choice.questionnaire
        self._choices[choice.reference] = choice
        item = QListWidgetItem(self._describe(choice))
        item.setData(REFERENCE_ROLE, choice.reference)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if q.description:
            item.setToolTip(tooltip(q.description.get(self.lang)))
        self.list.addItem(item)

    def add_file(self) -> None:
        path = self.context.prompter.choose_questionnaire_file()
        if path is None:
            return
        choice, problems = logic.check_questionnaire_file(path)
        if choice is None:
            self.problems.setPlainText(tr("This file cannot be used:") + "\n" + "\n".join(problems))
            self.problems.show()
            return
        self.problems.hide()
        self._add(choice, checked=True)
        self.completeChanged.emit()

    def chosen(self) -> list[str]:
        return [
            self.list.item(i).data(REFERENCE_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.chosen())


class AssessorPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(tr("Who assesses, and how"))
        self.setSubTitle(tr("The assessor's name goes on the report; a workshop records each participant's answers."))
        form = QFormLayout(self)
        self.assessor = QLineEdit(self)
        self.assessor.setAccessibleName(tr("Assessor"))
        form.addRow(tr("&Assessor:"), self.assessor)
        self.self_mode = QRadioButton(tr("Self-assessment: I answer alone"), self)
        self.workshop_mode = QRadioButton(tr("Workshop: a facilitator with the management team"), self)
        self.self_mode.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.self_mode)
        group.addButton(self.workshop_mode)
        form.addRow(tr("Mode:"), self.self_mode)
        form.addRow("", self.workshop_mode)
        note = QLabel(tr("On the next step, choose where to save the document. It is one file you can copy, "
                          "back up and hand over."), self)
        note.setWordWrap(True)
        form.addRow(note)


class NewDiagnosticWizard(QWizard):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.created_path: Path | None = None
        self.setWindowTitle(tr("New diagnostic"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.organisation_page = OrganisationPage(context.language, self)
        self.questionnaires_page = QuestionnairesPage(context, self)
        self.assessor_page = AssessorPage(self)
        pages = (self.organisation_page, self.questionnaires_page, self.assessor_page)
        for step, page in enumerate(pages, start=1):
            # where one is in the wizard, in every page's header (each page has a subtitle: the same header)
            page.setTitle(tr("Step %1 of %2: %3").replace("%1", str(step)).replace("%2", str(len(pages)))
                          .replace("%3", page.title()))
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Create…"))
        self.resize(720, 560)

    def request(self) -> logic.NewDiagnosticRequest:
        o = self.organisation_page.form.fields().tidied()
        return logic.NewDiagnosticRequest(
            organisation=o.name,
            sector=o.sector,
            city=o.city,
            headcount=o.headcount,
            phase=o.phase,
            outsourcing=o.outsourcing,
            questionnaires=self.questionnaires_page.chosen(),
            assessor=self.assessor_page.assessor.text().strip(),
            mode="workshop" if self.assessor_page.workshop_mode.isChecked() else "self",
        )

    def accept(self) -> None:
        request = self.request()
        if request.missing():
            return
        documents = user_documents_dir()
        suggested = (documents if documents.is_dir() else Path.home()) / logic.suggested_file_name(request.organisation)
        path = self.context.prompter.choose_document_to_create(suggested)
        if path is None:
            return
        with reporting_failure(self.context.prompter, tr("The document cannot be created")) as attempt:
            self.created_path = logic.create(request, path)
        if not attempt.failed:
            super().accept()
