"""Answering an assessment: navigation, saving each change at once, undo and redo.

Plain Python, no Qt: the answering view calls these methods and redraws when
told. Every change is saved through the core in its own transaction; when a save
fails, the change stays visible here, marked unsaved, and is retried with the
next change or :meth:`AnsweringPresenter.retry` — the UI never claims a change
was saved when it was not.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

import msgspec

from bodiag.domain.answers import Answer, offers_special
from bodiag.domain.model import Question, Questionnaire
from bodiag.domain.records import AnswerRecord, AssessmentRecord
from bodiag.domain.results import AssessmentResult, question_count
from bodiag.domain.scoring import Scorer
from bodiag.errors import BodiagError, FrozenAssessment, InputError
from bodiag.services.diagnostic import KEEP
from bodiag.ui.i18n import tr
from bodiag.ui.presenters.session import DocumentSession


class SaveState(Enum):
    SAVED = "saved"
    FAILED = "failed"
    READ_ONLY = "read_only"


class Entry(msgspec.Struct, frozen=True):
    """What one question holds: its answer and its note."""

    value: Answer | None
    note: str


class Change(msgspec.Struct, frozen=True):
    question_id: str
    before: Entry
    after: Entry


class OtherStep:
    """A change made through another service (a workshop respondent's answer): undone and redone by callables."""

    def __init__(self, question_id: str, undo: Callable[[], object], redo: Callable[[], object]):
        self.question_id = question_id
        self.undo = undo
        self.redo = redo


class AnsweringPresenter:
    """One assessment being answered in one window."""

    def __init__(self, session: DocumentSession, assessment: AssessmentRecord):
        self.session = session
        self.assessment = assessment
        self.questionnaire: Questionnaire = session.diagnostic.questionnaire(assessment)
        self._scorer = Scorer(self.questionnaire, session.diagnostic.organisation.profile, assessment.target)
        self._stored: dict[str, AnswerRecord] = session.diagnostic.answers(assessment)
        self._unsaved: dict[str, Entry] = {}
        self._undo: list[Change | OtherStep] = []
        self._redo: list[Change | OtherStep] = []
        self._listeners: list[Callable[[], None]] = []
        self.save_state = SaveState.READ_ONLY if session.read_only else SaveState.SAVED
        self.save_error: str | None = None
        self.unanswered_only = False
        self.search = ""
        # Counts every change but a move: what the answers, notes, filters, save state or frozen state show.
        # A view redraws what follows them only when it moved on (see AnswerView.refresh).
        self.revision = 0
        self._shown: tuple[tuple, AssessmentResult, list[Question]] | None = None  # questions(), for its key
        self.result: AssessmentResult = self._score()
        self.current_id: str | None = None
        first = self.questions()
        self.current_id = first[0].id if first else None

    # -- observing ------------------------------------------------------------

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self, *, moved: bool = False) -> None:
        """Tell the listeners; ``moved`` when only the current question changed (nothing else to redraw)."""
        if not moved:
            self.revision += 1
        for listener in list(self._listeners):
            listener()

    # -- what is shown ----------------------------------------------------------

    def entry(self, question_id: str) -> Entry:
        if question_id in self._unsaved:
            return self._unsaved[question_id]
        record = self._stored.get(question_id)
        return Entry(record.value, record.note) if record else Entry(None, "")

    def _answers(self) -> dict[str, Answer]:
        values = {qid: rec.value for qid, rec in self._stored.items() if rec.value is not None}
        for qid, entry in self._unsaved.items():
            if entry.value is None:
                values.pop(qid, None)
            else:
                values[qid] = entry.value
        return values

    def _score(self) -> AssessmentResult:
        return self._scorer.score(self._answers())

    def visible(self, question_id: str) -> bool:
        return self.result.questions[question_id].status != "hidden"

    def questions(self) -> list[Question]:
        """The questions to walk through: visible ones, filtered by the search and 'unanswered only'."""
        # Worked out again only when something but a move changed (see shown_key)
        key = self.shown_key()
        if self._shown is None or self._shown[0] != key or self._shown[1] is not self.result:
            self._shown = (key, self.result, self._filtered())
        return list(self._shown[2])

    def shown_key(self) -> tuple:
        """What the questions shown, their states and their sections' counts depend on: while it stays the same,
        only the current question moved (with 'unanswered only', the current question stays listed)."""
        return (self.revision, self.search, self.unanswered_only, self.current_id if self.unanswered_only else None)

    def _filtered(self) -> list[Question]:
        words = self.search.casefold().split()
        out = []
        for question in self.questionnaire.questions:
            status = self.result.questions[question.id].status
            if status == "hidden":
                continue
            # the current question stays listed once answered, so the user does not lose it
            if self.unanswered_only and status != "unanswered" and question.id != self.current_id:
                continue
            if words and not all(w in self._haystack(question) for w in words):
                continue
            out.append(question)
        return out

    def _haystack(self, question: Question) -> str:
        parts = [question.id, question.text.fr, question.text.en or ""]
        if question.help:
            parts += [question.help.fr, question.help.en or ""]
        return " ".join(parts).casefold()

    @property
    def current(self) -> Question | None:
        return self.questionnaire.questions_by_id.get(self.current_id) if self.current_id else None

    def position(self) -> tuple[int, int]:
        """(1-based index of the current question, number of questions shown)."""
        shown = self.questions()
        ids = [q.id for q in shown]
        index = ids.index(self.current_id) + 1 if self.current_id in ids else 0
        return index, len(shown)

    def progress(self, section_id: str) -> tuple[int, int]:
        """(answered, applicable) questions of a section and its subsections."""
        counts = self.result.section(section_id).counts
        return counts.answered, counts.applicable

    def overall_progress(self) -> tuple[int, int]:
        """(answered, asked) questions of the whole assessment: every question shown, whatever the filter,
        the same total as « Question 3 of 49 » without one; N/A and don't know are answers here. (The
        coverage of the results is another figure: the answers that count in the score.)"""
        count = question_count(self.result)  # the one count every face shows (issue 17)
        return count.answered, count.asked

    def is_unsaved(self, question_id: str) -> bool:
        return question_id in self._unsaved

    # -- whether answers may change ----------------------------------------------

    @property
    def frozen(self) -> bool:
        """Whether a final version of the report froze this assessment's answers (until it is re-opened)."""
        return self.assessment.frozen

    @property
    def can_change(self) -> bool:
        """Whether an answer, a note or a respondent's answer may change here: neither read-only nor frozen."""
        return not self.session.read_only and not self.frozen

    def read_frozen_state(self) -> None:
        """Read again whether the assessment is frozen (a final version issued or re-opened elsewhere); redraw if it
        changed. Undo and redo start afresh when it froze: their changes can no longer be made."""
        record = self.session.diagnostic.assessment(self.assessment.id)
        if record.frozen == self.assessment.frozen:
            return
        self.assessment = record
        if record.frozen:
            self._undo.clear()
            self._redo.clear()
        self._changed()

    # -- moving -----------------------------------------------------------------

    def go_to(self, question_id: str) -> None:
        if question_id in self.questionnaire.questions_by_id and self.visible(question_id):
            self.current_id = question_id
            self._changed(moved=True)

    def go_next(self) -> bool:
        return self._step(+1)

    def go_previous(self) -> bool:
        return self._step(-1)

    def _step(self, delta: int) -> bool:
        shown = [q.id for q in self.questions()]
        if not shown:
            return False
        if self.current_id not in shown:
            self.current_id = shown[0]
            self._changed(moved=True)
            return True
        index = shown.index(self.current_id) + delta
        if not 0 <= index < len(shown):
            return False
        self.current_id = shown[index]
        self._changed(moved=True)
        return True

    def go_next_unanswered(self) -> bool:
        """The next question still unanswered after the current one, going round past the last; False if none."""
        shown = [q.id for q in self.questions()]
        start = shown.index(self.current_id) + 1 if self.current_id in shown else 0
        for question_id in shown[start:] + shown[:start]:
            if question_id != self.current_id and self.result.questions[question_id].status == "unanswered":
                self.current_id = question_id
                self._changed(moved=True)
                return True
        return False

    def set_filter(self, *, unanswered_only: bool | None = None, search: str | None = None) -> None:
        if unanswered_only is not None:
            self.unanswered_only = unanswered_only
        if search is not None:
            self.search = search
        shown = [q.id for q in self.questions()]
        if shown and self.current_id not in shown:
            self.current_id = shown[0]
        self._changed()

    # -- changing ---------------------------------------------------------------

    def answer(self, raw: object, question_id: str | None = None) -> None:
        """Answer a question (by default the current one): an option id, item ids, a number, a text, 'na' or 'dk'.

        Raises :class:`InputError` (nothing changed) for a value the question does not accept.
        """
        question = self.questionnaire.questions_by_id.get(question_id) if question_id else self.current
        if question is None:
            return
        pending = self.session.diagnostic.prepare(self.assessment, question.id, value=raw, note=KEEP,
                                                  current=self._as_record(question.id))
        self._apply(question.id, Entry(pending.value, self.entry(question.id).note))

    def offers(self, question_id: str, which: str) -> bool:
        """Whether the question's scale offers 'na' (not applicable) or 'dk' (don't know): the buttons shown."""
        question = self.questionnaire.questions_by_id.get(question_id)
        return question is not None and offers_special(self.questionnaire, question, which)

    def choose_level(self, number: int) -> None:
        """Digit keys: 1 is the first scored option of the current question's scale."""
        question = self.current
        scale = self.questionnaire.scale_of(question) if question else None
        if scale is None or question.kind == "numeric":
            return
        options = scale.scored_options
        if 1 <= number <= len(options):
            self.answer(options[number - 1].id)

    def clear(self) -> None:
        if self.current is not None:
            self._apply(self.current.id, Entry(None, self.entry(self.current.id).note))

    def set_note(self, note: str, question_id: str | None = None) -> None:
        question = self.questionnaire.questions_by_id.get(question_id) if question_id else self.current
        if question is None or note == self.entry(question.id).note:
            return
        self.session.diagnostic.prepare(self.assessment, question.id, value=KEEP, note=note,
                                        current=self._as_record(question.id))
        self._apply(question.id, Entry(self.entry(question.id).value, note))

    def _as_record(self, question_id: str) -> AnswerRecord | None:
        entry = self.entry(question_id)
        return AnswerRecord(question_id, entry.value, entry.note, "", "")

    def _apply(self, question_id: str, after: Entry, *, record: bool = True) -> None:
        if self.session.read_only:
            raise InputError(self.session.read_only_reason or "the document is open read-only")
        if self.frozen:
            raise FrozenAssessment(tr("The report's final version froze these answers: re-open it to change them."))
        before = self.entry(question_id)
        if before == after:
            return
        if record:
            self._undo.append(Change(question_id, before, after))
            self._redo.clear()
        self._unsaved[question_id] = after
        self._flush()
        self.result = self._score()
        self._changed()

    def _flush(self) -> None:
        """Save every unsaved entry in one transaction; on failure keep them unsaved."""
        if not self._unsaved:
            return
        diagnostic = self.session.diagnostic
        try:
            pending = [
                diagnostic.prepare(self.assessment, qid, value=entry.value, note=entry.note,
                                   current=self._stored.get(qid))
                for qid, entry in self._unsaved.items()
            ]
            diagnostic.save(self.assessment, pending)
        except BodiagError as exc:
            self.save_state = SaveState.FAILED
            self.save_error = str(exc)
            return
        self._stored = diagnostic.answers(self.assessment)
        self._unsaved.clear()
        self.save_state = SaveState.SAVED
        self.save_error = None

    def reload(self, *, keep_history: bool = False) -> None:
        """Read the stored answers again after a service wrote some (a consensus, an import).

        Undo and redo start afresh, their entries describing answers that may be no longer there,
        unless ``keep_history``: the caller then records what it changed (:meth:`record_change`,
        :meth:`record_step`).
        """
        self._flush()
        if not keep_history:
            self._undo.clear()
            self._redo.clear()
        self._stored = self.session.diagnostic.answers(self.assessment)
        self.result = self._score()
        self._changed()

    def profile_changed(self) -> None:
        """The organisation's profile changed: score again with it (its weights, the questions it asks) and redraw.

        Undo and redo are kept: they are about answers, which the profile does not change. The current question
        stays unless the new profile no longer asks it; then the first question shown is current.
        """
        self._scorer = Scorer(self.questionnaire, self.session.diagnostic.organisation.profile, self.assessment.target)
        self.result = self._score()
        self.revision += 1  # what is shown is worked out again before the current question is checked
        shown = [q.id for q in self.questions()]
        if self.current_id not in shown:
            self.current_id = shown[0] if shown else None
        self._changed()

    def record_change(self, question_id: str, before: Entry) -> None:
        """A service changed ``question_id``'s answer (a workshop consensus kept): undoable like one typed."""
        after = self.entry(question_id)
        if after != before:
            self._undo.append(Change(question_id, before, after))
            self._redo.clear()
            self._changed()

    def record_step(self, step: OtherStep) -> None:
        """A change stored elsewhere than the answers (a respondent's answer): undone with the answers' own."""
        self._undo.append(step)
        self._redo.clear()
        self._changed()

    def retry(self) -> None:
        self._flush()
        self._changed()

    # -- undo / redo --------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        return bool(self._undo) and self.can_change

    @property
    def can_redo(self) -> bool:
        return bool(self._redo) and self.can_change

    def undo(self) -> None:
        if self.can_undo:
            self._replay_latest(self._undo, self._redo, undoing=True)

    def redo(self) -> None:
        if self.can_redo:
            self._replay_latest(self._redo, self._undo, undoing=False)

    def _replay_latest(self, source: list, target: list, *, undoing: bool) -> None:
        """Undo (or make again) the latest change of ``source``, which moves to ``target``."""
        change = source.pop()
        target.append(change)
        self.current_id = change.question_id
        if isinstance(change, OtherStep):
            change.undo() if undoing else change.redo()
            self.reload(keep_history=True)
            return
        self._apply(change.question_id, change.before if undoing else change.after, record=False)
