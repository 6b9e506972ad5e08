"""A workshop: its respondents, what each answered, the divergent questions, the consensus kept.

Plain Python, no widget: the workshop tab and the respondents' box under each
question lay this out. Every change goes through :mod:`bodiag.services.workshop`;
the answering presenter is then reloaded (a consensus is an answer, a
respondent's number moves the suggestion), which redraws every view that
follows it; a refusal is told through the prompter.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from bodiag.domain.answers import Answer, format_number
from bodiag.domain.model import Question
from bodiag.domain.records import RespondentRecord
from bodiag.domain.vocabulary import ROLES, label
from bodiag.services import workshop
from bodiag.ui.errors import reporting_failure
from bodiag.ui.i18n import tr
from bodiag.ui.presenters.answering import AnsweringPresenter, OtherStep

if TYPE_CHECKING:
    from bodiag.ui.prompter import Prompter


class RespondentAnswer(msgspec.Struct, frozen=True):
    """One respondent's row under a question."""

    respondent: RespondentRecord
    name: str  # with the role, as shown
    answer: Answer | None
    note: str


class DivergenceRow(msgspec.Struct, frozen=True):
    question_id: str
    cells: list[str]  # question, spread, answers, suggestion, answer kept
    divergent: bool


class WorkshopPresenter:
    def __init__(self, prompter: Prompter, answering: AnsweringPresenter, lang: str):
        self.prompter = prompter
        self.answering = answering
        self.lang = lang
        self.diagnostic = answering.session.diagnostic
        self.divergence: list[workshop.QuestionDivergence] = []
        # The respondents and what they answered, as read for the answering presenter's revision: moving from
        # question to question reads them once, not for each question (see _read)
        self._read_for: tuple[int, list[RespondentRecord], dict[int, workshop.RespondentAnswers]] | None = None

    @property
    def assessment(self):  # noqa: ANN201 - the assessment being answered
        return self.answering.assessment

    @property
    def read_only(self) -> bool:
        """A read-only document, or answers a final report froze: respondents' answers cannot change either."""
        return not self.answering.can_change

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Redraw with the answers: every workshop change reloads them."""
        self.answering.subscribe(listener)

    def _read(self) -> tuple[list[RespondentRecord], dict[int, workshop.RespondentAnswers]]:
        """The respondents and their answers, read again after any change (each change here forgets them, and
        every other one moves the answering presenter's revision)."""
        revision = self.answering.revision
        if self._read_for is None or self._read_for[0] != revision:
            self._read_for = (revision, workshop.respondents(self.diagnostic, self.assessment),
                              workshop.respondent_answers(self.diagnostic, self.assessment))
        return self._read_for[1], self._read_for[2]

    def _run(self, action: Callable[[], object]) -> bool:
        """Do a workshop action; refresh the answers it may have written; say why it failed."""
        self._read_for = None
        with reporting_failure(self.prompter, tr("The workshop change was not made")) as attempt:
            action()
        if attempt.failed:
            return False
        self.answering.reload()
        return True

    # -- the respondents -------------------------------------------------------------------

    def respondents(self) -> list[RespondentRecord]:
        return list(self._read()[0])

    def role(self, person: RespondentRecord) -> str:
        return label(ROLES, person.role, self.lang)

    def respondent_lines(self) -> list[tuple[int, str]]:
        """The list of the workshop tab: each respondent's id and « name — role »."""
        return [(person.id, f"{person.name} — {self.role(person)}") for person in self.respondents()]

    def add_respondent(self, name: str, role: str) -> bool:
        name = name.strip()
        if not name:
            return False
        return self._run(lambda: workshop.add_respondent(self.diagnostic, self.assessment, name, role))

    def _find(self, respondent_id: int | None) -> RespondentRecord | None:
        if respondent_id is None:
            return None
        return workshop.find_respondent(self.diagnostic, self.assessment, respondent_id)

    def remove_respondent(self, respondent_id: int | None) -> bool:
        person = self._find(respondent_id)
        if person is None:
            return False
        if not self.prompter.confirm(tr("Remove a respondent"),
                                     tr("Remove %1 and their answers?").replace("%1", person.name)):
            return False
        return self._run(lambda: workshop.delete_respondent(self.diagnostic, person))

    def import_copy(self, respondent_id: int | None) -> bool:
        """Import the copy of the document in which the respondent answered."""
        person = self._find(respondent_id)
        if person is None:
            self.prompter.inform(tr("Import a respondent's copy"), tr("Select the respondent first."))
            return False
        path: Path | None = self.prompter.choose_document_to_open(None)
        if path is None:
            return False
        return self._run(lambda: workshop.import_respondent_copy(self.diagnostic, self.assessment, person, path))

    # -- the divergent questions ----------------------------------------------------------

    def divergence_rows(self) -> list[DivergenceRow]:
        """The questions answered by several respondents, by spread (read again at each call)."""
        self.divergence = workshop.divergence(self.diagnostic, self.assessment)
        rows = []
        for item in self.divergence:
            d = item.as_dict(self.lang)
            answers = tr("; ").join(tr("%1: %2").replace("%1", a["respondent"]["name"]).replace("%2", a["display"])
                                for a in d["answers"])
            cells = [d["text"], "—" if d["spread"] is None else str(d["spread"]), answers,
                     d["suggestion"]["display"] or "—", d["consensus"]["display"] or "—"]
            rows.append(DivergenceRow(item.question.id, cells, item.divergent))
        return rows

    def divergence_title(self) -> str:
        divergent = sum(i.divergent for i in self.divergence)
        return (tr("Questions answered by several respondents: %1, divergent (2 levels apart or more): %2")
                .replace("%1", str(len(self.divergence))).replace("%2", str(divergent)))

    @staticmethod
    def divergence_headers() -> list[str]:
        return [tr("Question"), tr("Spread"), tr("Answers"), tr("Suggestion"), tr("Answer kept")]

    def question_at(self, row: int) -> str | None:
        """The question on ``row`` of the divergence table, if any."""
        return self.divergence[row].question.id if 0 <= row < len(self.divergence) else None

    def apply_row(self, row: int) -> bool:
        question_id = self.question_at(row)
        return question_id is not None and self.apply_consensus(question_id)

    def apply_consensus(self, question_id: str) -> bool:
        """Keep the suggestion as the assessment's answer; Undo gives the earlier answer back."""
        before = self.answering.entry(question_id)
        self._read_for = None
        with reporting_failure(self.prompter, tr("The workshop change was not made")) as attempt:
            workshop.apply_consensus(self.diagnostic, self.assessment, question_id)
        if attempt.failed:
            return False
        self.answering.reload(keep_history=True)
        self.answering.record_change(question_id, before)
        return True

    def _respondent_change(self, person: RespondentRecord, question_id: str, value: object) -> bool:
        """Store a respondent's answer; Undo (the answers' own) stores the earlier one again."""
        given = workshop.respondent_answers(self.diagnostic, self.assessment)
        earlier = given.get(person.id, {}).get(question_id, (None, ""))[0]

        def store(answer: object) -> object:
            self._read_for = None  # done now, or undone or redone later
            return workshop.respondent_answer(self.diagnostic, self.assessment, person, question_id, value=answer)

        with reporting_failure(self.prompter, tr("The workshop change was not made")) as attempt:
            store(value)
        if attempt.failed:
            return False
        self.answering.reload(keep_history=True)
        self.answering.record_step(OtherStep(question_id, lambda: store(earlier), lambda: store(value)))
        return True

    # -- under the current question ---------------------------------------------------------

    def shows_answers(self) -> bool:
        """Whether the current question gets the respondents' box (a text question has no consensus)."""
        question = self.answering.current
        return question is not None and question.kind != "text" and bool(self.respondents())

    def answers(self, question: Question) -> list[RespondentAnswer]:
        people, given = self._read()
        rows = []
        for person in people:
            answer, note = given.get(person.id, {}).get(question.id, (None, ""))
            rows.append(RespondentAnswer(person, f"{person.name} ({self.role(person)})", answer, note))
        return rows

    def projected(self, question: Question) -> tuple[str, str] | None:
        """For the projector: every respondent's answer on one line, and their spread (« écart : 3 niveaux,
        divergent »); None when nobody answered."""
        rows = [r for r in self.answers(question) if r.answer is not None]
        if not rows:
            return None
        answers = "   ·   ".join(tr("%1: %2").replace("%1", r.respondent.name)
                                 .replace("%2", self.display(question, r.answer)) for r in rows)
        item = next((d for d in workshop.divergence(self.diagnostic, self.assessment) if d.question.id == question.id),
                    None)
        spread = item.spread if item is not None else None
        if spread is None:
            return answers, ""
        text = tr("Spread: %1 levels").replace("%1", str(spread)) if spread != 1 else tr("Spread: 1 level")
        return answers, (text + " — " + tr("divergent")) if item.divergent else text

    def control(self, question: Question) -> str:
        """How a respondent's answer to ``question`` is entered: 'label' (shown only), 'number', 'checklist', 'choice'."""
        if self.read_only or question.kind not in ("scale", "grid", "numeric", "checklist"):
            return "label"
        return {"numeric": "number", "checklist": "checklist"}.get(question.kind, "choice")

    def display(self, question: Question, answer: Answer | None) -> str:
        return answer.display(self.answering.questionnaire, question, self.lang) if answer else "—"

    def number_text(self, answer: Answer | None) -> str:
        return format_number(answer.number, self.lang) if answer and answer.number is not None else ""

    def ticked_text(self, question: Question, answer: Answer | None) -> str:
        if answer is None:
            return tr("Tick…")
        ticked = len(set(answer.items or ()))
        return tr("%1 of %2 ticked").replace("%1", str(ticked)).replace("%2", str(len(question.items)))

    def suggestion(self, question: Question) -> str | None:
        """« Suggested consensus (median): … », or None when there is nothing to suggest."""
        suggestion = workshop.suggest_among(self.answering.questionnaire, question, *self._read())
        if suggestion.answer is None:
            return None
        basis = tr("median") if suggestion.basis == "median" else tr("majority")
        shown = suggestion.answer.display(self.answering.questionnaire, question, self.lang)
        return tr("Suggested consensus (%1): %2").replace("%1", basis).replace("%2", shown)

    def set_answer(self, person: RespondentRecord, value: Answer | None) -> bool:
        """The respondent's answer to the current question, picked in a list (None clears it)."""
        return self._respondent_change(person, self.answering.current.id, value)

    def tick(self, person: RespondentRecord, question: Question, ticked: set[str], item_id: str, on: bool) -> bool:
        now = ticked | {item_id} if on else ticked - {item_id}
        return self.set_answer(person, Answer(items=tuple(i.id for i in question.items if i.id in now)))

    def save_typed(self, person: RespondentRecord, question_id: str, what: str, text: str, *,
                   redraw: bool = True) -> bool:
        """A number (``what`` 'value') or a remark ('note') typed for ``question_id``; False, and said, if refused.

        A number moves the suggested consensus, so it redraws (unless ``redraw`` is False: the
        views are being redrawn already); a remark changes nothing else on screen.
        """
        def save() -> object:
            self._read_for = None
            if what == "note":
                return workshop.respondent_answer(self.diagnostic, self.assessment, person, question_id, note=text)
            value = text.strip() or None  # an emptied number clears the answer
            return workshop.respondent_answer(self.diagnostic, self.assessment, person, question_id, value=value)

        with reporting_failure(self.prompter, tr("The workshop change was not made")) as attempt:
            save()
        if attempt.failed:
            return False
        if redraw and what == "value":
            self.answering.reload()
        return True
