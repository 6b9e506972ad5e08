"""The action plan of an assessment (or of the whole document): what it lists, and every change to it.

Plain Python, no widget: the action-plan view lays the actions out and calls
these methods; each change goes through :mod:`bodiag.services.action_plan`, and
a refusal is told through the prompter, after which the plan is read again so
that the screen shows what is stored. Each change, one field or every action
created from the recommendations or imported from a file, is one step of the
document's plan history (the plan directeur's too), undone and redone from this tab.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from bodiag.domain.records import ActionRecord
from bodiag.services import action_plan
from bodiag.ui.errors import reporting_failure
from bodiag.ui.i18n import tr
from bodiag.ui.presenters import action_steps
from bodiag.ui.presenters.answering import AnsweringPresenter

if TYPE_CHECKING:
    from bodiag.ui.presenters.export_folders import ExportFolders
    from bodiag.ui.prompter import Prompter

# The fields typed in a cell, as the service names them.
TYPED_FIELDS = ("title", "owner", "cost", "questions")


class ActionPlanPresenter:
    def __init__(self, prompter: Prompter, answering: AnsweringPresenter, folders: ExportFolders | None = None):
        self.prompter = prompter
        self.folders = folders
        self.assessment = answering.assessment
        self.questionnaire = answering.questionnaire
        self.diagnostic = answering.session.diagnostic
        self.read_only = answering.session.read_only
        self.history = answering.session.plan_edits
        self.whole_plan = False  # every assessment's actions, not only this one's
        self.actions: list[ActionRecord] = []
        self._listeners: list[Callable[[], None]] = []
        self.history.subscribe(self.reload)  # a step undone here or on the plan directeur's tab moves the actions
        self.reload()

    # -- observing ------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def reload(self) -> None:
        """Read the plan again and tell the listeners."""
        self.actions = action_plan.list_actions(self.diagnostic, self._scope())
        for listener in list(self._listeners):
            listener()

    def _scope(self):  # noqa: ANN202 - the assessment shown, or None for the whole plan
        return None if self.whole_plan else self.assessment

    # -- showing ------------------------------------------------------------------------

    @property
    def can_edit(self) -> bool:
        return not self.read_only

    def summary(self) -> str:
        done = sum(a.status == "done" for a in self.actions)
        count = len(self.actions)
        if count == 0:
            return tr("No action yet")
        text = tr("1 action") if count == 1 else tr("%1 actions").replace("%1", str(count))
        if done == 0:
            return text + ", " + tr("none done")
        return text + ", " + (tr("1 done") if done == 1 else tr("%1 done").replace("%1", str(done)))

    # -- the linked questions, by the number a reader knows them by (Q12), never their id ----------

    def _questionnaire(self, action: ActionRecord):  # noqa: ANN202 - the questionnaire its questions belong to
        if action.assessment_id is None:
            return None
        if action.assessment_id == self.assessment.id:
            return self.questionnaire
        return self.diagnostic.questionnaire(self.diagnostic.assessment(action.assessment_id))

    def questions_text(self, action: ActionRecord) -> str:
        """« Q3, Q12 »: the action's questions by their number in its questionnaire."""
        questionnaire = self._questionnaire(action)
        numbers = questionnaire.question_numbers if questionnaire is not None else {}
        return ", ".join(f"Q{numbers[qid]}" if qid in numbers else qid for qid in action.question_ids)

    def question_ids(self, action: ActionRecord, text: str) -> list[str]:
        """The ids of « Q3, 12 » (numbers, with or without Q; an id as such is kept, for the service to check)."""
        questionnaire = self._questionnaire(action)
        by_number = {n: qid for qid, n in questionnaire.question_numbers.items()} if questionnaire else {}
        ids = []
        for part in re.split(r"[,;\s]+", text.strip()):
            digits = part[1:] if part[:1] in ("Q", "q") else part
            ids.append(by_number.get(int(digits), part) if digits.isdigit() else part)
        return [i for i in ids if i]

    @staticmethod
    def number(action: ActionRecord) -> int:
        """The action's own number: the one the roadmap names it by (on screen, in the PDF and DOCX) and that
        ``bodiag plan depend`` takes; it never changes when other actions are deleted or the plan is sorted."""
        return action.number

    @staticmethod
    def number_tooltip() -> str:
        return tr("The action's own number, the one the roadmap names it by")

    @staticmethod
    def headers() -> list[str]:
        return [tr("No."), tr("Action"), tr("Owner"), tr("Deadline"), tr("Status"), tr("Cost (€)"), tr("Effort"), tr("Questions")]

    def set_whole_plan(self, on: bool) -> None:
        self.whole_plan = on
        self.reload()

    # -- changing ------------------------------------------------------------------------

    def _run(self, action: Callable[[], object], *, reload: bool = True, record: bool = True) -> bool:
        """Do ``action`` (``record``: as one step to undo); say why it failed and show what is stored then; read the
        plan again if asked."""
        with reporting_failure(self.prompter, tr("The action plan was not changed")) as attempt:
            finish = action_steps.recorder(self.diagnostic) if record and not self.read_only else None
            action()
            step = finish(None) if finish is not None else None
            if step is not None:
                self.history.record(step)
        if attempt.failed or reload:
            self.reload()
        return not attempt.failed

    # -- undoing: the document's plan history, shared with the plan directeur's tab ----------------

    @property
    def can_undo(self) -> bool:
        return self.history.can_undo and self.can_edit

    @property
    def can_redo(self) -> bool:
        return self.history.can_redo and self.can_edit

    def undo(self) -> None:
        if self.can_undo:
            self.history.undo(self.prompter)

    def redo(self) -> None:
        if self.can_redo:
            self.history.redo(self.prompter)

    def change(self, row: int, **changes: object) -> bool:
        """A field of the action on ``row`` changed on screen (the screen already shows it: no reload)."""
        if not 0 <= row < len(self.actions):
            return False
        action = self.actions[row]
        return self._run(lambda: action_plan.update(self.diagnostic, action, **changes), reload=False)

    def type_text(self, row: int, field: str, text: str) -> bool:
        """Text typed in a cell: an emptied cell clears the field."""
        if field not in TYPED_FIELDS:
            return False
        if field == "questions":
            if not 0 <= row < len(self.actions):
                return False
            return self.change(row, question_ids=self.question_ids(self.actions[row], text))
        return self.change(row, **{field: text.strip() or None})

    def create_from_recommendations(self) -> bool:
        return self._run(lambda: action_plan.from_recommendations(self.diagnostic, self.assessment))

    def add_action(self) -> bool:
        return self._run(lambda: action_plan.add(self.diagnostic, tr("New action"), assessment=self.assessment))

    def delete(self, row: int) -> bool:
        if not 0 <= row < len(self.actions):
            return False
        action = self.actions[row]
        if not self.prompter.confirm(tr("Delete an action"), tr("Delete “%1”?").replace("%1", action.title)):
            return False
        return self._run(lambda: action_plan.delete(self.diagnostic, action))

    def export(self) -> bool:
        from bodiag.services.action_files import export_actions

        document = self.diagnostic.document.path
        name = self.diagnostic.organisation.name + " - " + tr("action plan") + ".xlsx"
        suggested = self.folders.suggest(document, name) if self.folders is not None else document.parent / name
        path = self.prompter.choose_spreadsheet_to_save(suggested)
        if path is None:
            return False
        if self.folders is not None:
            self.folders.remember(document, path)
        scope = self._scope()
        if not self._run(lambda: export_actions(self.diagnostic, path, scope), reload=False, record=False):
            return False
        self.prompter.inform(tr("Action plan exported"), str(path))
        return True

    def import_(self) -> bool:
        from bodiag.services.action_files import import_actions

        path = self.prompter.choose_spreadsheet_to_open()
        if path is None:
            return False
        return self._run(lambda: import_actions(self.diagnostic, path, self.assessment))
