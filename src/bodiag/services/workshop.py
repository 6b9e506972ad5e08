"""Workshops: several respondents answer, the facilitator settles each answer.

Each respondent's answers and notes are kept apart (:mod:`bodiag.storage.respondents`),
entered one by one or imported from their own answered copy of the document, or
from a CSV/JSON file. The assessment's own answer to a question is the consensus
the facilitator chooses, by default the median level of the respondents'
answers (:func:`suggest_consensus`). :func:`divergence` lists the questions the
respondents answered, those whose levels spread over 2 or more first.

Every value is checked through :meth:`Diagnostic.prepare`, exactly like the
assessment's own answers. See :mod:`bodiag.domain.levels` for what a level is.

Imports: :mod:`bodiag.domain`, :mod:`bodiag.storage`, and the services that open
(:mod:`~bodiag.services.documents`), check and read answers.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bodiag.domain.answers import Answer, parse_answer, status_of
from bodiag.domain.levels import answer_level, lower_median, option_at_level
from bodiag.domain.model import ChecklistQuestion, NumericQuestion, Question, Questionnaire
from bodiag.domain.vocabulary import ROLES, label
from bodiag.errors import InputError
from bodiag.services.answer_files import all_or_nothing, check_import, export_value
from bodiag.services.diagnostic import KEEP, Diagnostic, PendingAnswer
from bodiag.services.documents import read_someone_elses
from bodiag.storage import respondents as store
from bodiag.storage.answers import AnswerRecord
from bodiag.storage.assessments import AssessmentRecord
from bodiag.storage.respondents import RespondentAnswers, RespondentChange, RespondentRecord

DIVERGENT_SPREAD = 2
COPY_SUFFIX = ".bodiag"


# -- respondents ----------------------------------------------------------------


def respondents(diagnostic: Diagnostic, assessment: AssessmentRecord) -> list[RespondentRecord]:
    return store.list_respondents(diagnostic.document, assessment.id)


def add_respondent(
    diagnostic: Diagnostic, assessment: AssessmentRecord, name: str, role: str = store.DEFAULT_ROLE
) -> RespondentRecord:
    return store.add_respondent(diagnostic.document, assessment.id, name, role)


def rename_respondent(diagnostic: Diagnostic, respondent: RespondentRecord, name: str) -> RespondentRecord:
    return store.rename_respondent(diagnostic.document, respondent.id, name)


def set_respondent_role(diagnostic: Diagnostic, respondent: RespondentRecord, role: str) -> RespondentRecord:
    return store.set_respondent_role(diagnostic.document, respondent.id, role)


def delete_respondent(diagnostic: Diagnostic, respondent: RespondentRecord) -> None:
    store.delete_respondent(diagnostic.document, respondent.id)


def find_respondent(diagnostic: Diagnostic, assessment: AssessmentRecord, reference: int | str) -> RespondentRecord:
    """A respondent of the assessment by number or by name (letter case aside)."""
    text = str(reference).strip()
    for respondent in respondents(diagnostic, assessment):
        if (text.isdigit() and respondent.id == int(text)) or respondent.name.casefold() == text.casefold():
            return respondent
    raise InputError(f"assessment {assessment.id} has no respondent '{text}'")


def respondent_answers(diagnostic: Diagnostic, assessment: AssessmentRecord) -> dict[int, RespondentAnswers]:
    """``{respondent_id: {question_id: (answer or None, note)}}``, every respondent included."""
    return store.get_respondent_answers(diagnostic.document, assessment.id)


def _check_owner(assessment: AssessmentRecord, respondent: RespondentRecord) -> None:
    if respondent.assessment_id != assessment.id:
        raise InputError(
            f"respondent '{respondent.name}' belongs to assessment {respondent.assessment_id}, not {assessment.id}"
        )


def respondent_answer(
    diagnostic: Diagnostic,
    assessment: AssessmentRecord,
    respondent: RespondentRecord,
    question_id: str,
    value: object = KEEP,
    note: object = KEEP,
) -> tuple[Answer | None, str]:
    """Check and store one respondent's answer and/or note (``value=None`` clears it); return what is stored."""
    _check_owner(assessment, respondent)
    stored = store.respondent_answers_of(diagnostic.document, respondent.id).get(question_id)
    current = AnswerRecord(question_id, stored[0], stored[1], respondent.name, "") if stored else None
    pending = diagnostic.prepare(assessment, question_id, value, note, respondent.name, current)
    store.set_respondent_answer(diagnostic.document, respondent.id, question_id, pending.value, pending.note)
    return pending.value, pending.note


def import_respondent_copy(
    diagnostic: Diagnostic, assessment: AssessmentRecord, respondent: RespondentRecord, path: str | Path
) -> int:
    """Take a respondent's answers from their answered copy, all or nothing; return how many.

    A ``.bodiag`` copy of this document (opened read-only through
    :func:`~bodiag.services.documents.read_someone_elses`, with every check made on
    an untrusted file: one that fails them is refused, untouched) must hold the same assessment (same uuid) on the same questionnaire snapshot;
    its answers and notes then *replace* the respondent's. A ``.csv`` or ``.json``
    file (the format of ``import-answers``) adds to and overwrites theirs.
    """
    _check_owner(assessment, respondent)
    path = Path(path)
    replace = path.suffix.lower() == COPY_SUFFIX
    pending = _check_copy(diagnostic, assessment, path) if replace else check_import(diagnostic, assessment, path)
    changes = [RespondentChange(p.question_id, p.value, p.note) for p in pending]
    store.set_respondent_answers(diagnostic.document, respondent.id, changes, replace=replace)
    return len(changes)


def _check_copy(diagnostic: Diagnostic, assessment: AssessmentRecord, path: Path) -> list[PendingAnswer]:
    own = diagnostic.document.path
    if path.exists() and own.exists() and os.path.samefile(path, own):
        raise InputError(f"{path}: this is the open document itself, not a respondent's copy")
    # someone else's file: every untrusted-file check first, and never written (not even to undo a crash's change)
    with read_someone_elses(path) as copy:
        theirs = next((a for a in copy.assessments() if a.uuid == assessment.uuid), None)
        if theirs is None:
            raise InputError(
                f"{path}: nothing imported: it holds no copy of assessment {assessment.id} ('{assessment.title}')"
            )
        if theirs.snapshot != assessment.snapshot:
            raise InputError(
                f"{path}: nothing imported: its assessment was made with another text of the questionnaire "
                f"({theirs.questionnaire_id} v{theirs.questionnaire_version}, here v{assessment.questionnaire_version})"
            )
        records = copy.answers(theirs)
    problems: list[str] = []
    pending: list[PendingAnswer] = []
    for qid, record in sorted(records.items()):
        try:  # parsed again from its plain value: a copy is checked like any input
            value = None if record.value is None else export_value(record.value)
            pending.append(diagnostic.prepare(assessment, qid, value, record.note))
        except InputError as exc:
            problems.append(f"answer to '{qid}': {exc}")
    return all_or_nothing(
        path, pending, problems, nothing=f"{path}: nothing imported: assessment {assessment.id} has no answers in this copy"
    )


# -- levels, consensus and divergence ---------------------------------------------


@dataclass(frozen=True)
class RespondentLevel:
    """One respondent's answer to a question, and its level (``None``: N/A, don't know, no level)."""

    respondent: RespondentRecord
    answer: Answer
    note: str
    status: str  # answered | na | dk
    level: int | None

    def as_dict(self, questionnaire: Questionnaire, question: Question, lang: str) -> dict[str, Any]:
        return {
            "respondent": {"id": self.respondent.id, "name": self.respondent.name, "role": self.respondent.role,
                           "role_label": label(ROLES, self.respondent.role, lang)},
            "value": export_value(self.answer),
            "display": self.answer.display(questionnaire, question, lang),
            "status": self.status,
            "level": self.level,
            "note": self.note,
        }


@dataclass(frozen=True)
class Suggestion:
    """The consensus suggested for a question; ``answer`` is ``None`` when there is none to suggest.

    ``basis``: ``median`` (of the levels given), ``majority`` (checklist items, or
    N/A / don't know when nobody gave a level) or ``none``.
    """

    question_id: str
    answer: Answer | None
    level: int | None
    basis: str
    count: int  # respondent answers considered


def _levels(questionnaire: Questionnaire, question: Question, answers: list[tuple[RespondentRecord, Answer, str]]):
    return [
        RespondentLevel(r, a, note, status_of(questionnaire, question, a), answer_level(questionnaire, question, a))
        for r, a, note in answers
    ]


def suggest(questionnaire: Questionnaire, question: Question, answers: list[Answer]) -> Suggestion:
    """The consensus these answers suggest.

    Levelled questions (scale, grid, numeric): the median of the levels given, N/A
    and don't know left out. For an even count, the **lower** of the two middle
    levels — a level someone actually gave, and the more cautious one. For a
    numeric indicator the suggestion is the value of a respondent at that level.
    Checklists: the items ticked by more than half of those who answered the
    checklist. When nobody gave a level (or answered the checklist), N/A or
    don't know if more than half of the answers say so. Free text: no suggestion.
    """
    qid = question.id
    count = len(answers)
    rated = [(answer_level(questionnaire, question, a), a) for a in answers]
    rated = [(level, a) for level, a in rated if level is not None]
    if rated:
        level = lower_median([lv for lv, _ in rated])
        if isinstance(question, NumericQuestion):
            sign = 1 if question.direction == "higher_is_better" else -1
            ordered = sorted(rated, key=lambda pair: (pair[0], sign * pair[1].number))
            return Suggestion(qid, Answer(number=ordered[(len(ordered) - 1) // 2][1].number), level, "median", count)
        option = option_at_level(questionnaire, question, level)
        return Suggestion(qid, Answer(option=option.id), level, "median", count)
    statuses = [status_of(questionnaire, question, a) for a in answers]
    if isinstance(question, ChecklistQuestion):
        ticks = [set(a.items or ()) for a, s in zip(answers, statuses) if s == "answered" and a.items is not None]
        if ticks:
            items = tuple(i.id for i in question.items if 2 * sum(i.id in t for t in ticks) > len(ticks))
            return Suggestion(qid, Answer(items=items), None, "majority", count)
    if question.kind != "text":
        for special, n in Counter(s for s in statuses if s in ("na", "dk")).most_common(1):
            if 2 * n > count:
                return Suggestion(qid, parse_answer(questionnaire, question, special), None, "majority", count)
    return Suggestion(qid, None, None, "none", count)


def _given(people: dict[int, RespondentRecord], by_respondent: dict[int, RespondentAnswers], question_id: str):
    """(respondent, answer, note) of each respondent who answered the question, in the order they were added."""
    out = []
    for rid, by_question in by_respondent.items():
        answer, note = by_question.get(question_id, (None, ""))
        if answer is not None:
            out.append((people[rid], answer, note))
    return out


def suggest_consensus(diagnostic: Diagnostic, assessment: AssessmentRecord, question_id: str) -> Suggestion:
    """The consensus the respondents' answers suggest (see :func:`suggest`: the lower median for an even count)."""
    question = diagnostic.question(assessment, question_id)
    return suggest_among(diagnostic.questionnaire(assessment), question, respondents(diagnostic, assessment),
                         respondent_answers(diagnostic, assessment))


def suggest_among(questionnaire: Questionnaire, question: Question, people: list[RespondentRecord],
                  by_respondent: dict[int, RespondentAnswers]) -> Suggestion:
    """:func:`suggest_consensus` from the respondents and their answers read already (:func:`respondents`,
    :func:`respondent_answers`), for a caller that shows many questions between two changes."""
    answers = [a for _, a, _ in _given({r.id: r for r in people}, by_respondent, question.id)]
    return suggest(questionnaire, question, answers)


def apply_consensus(
    diagnostic: Diagnostic, assessment: AssessmentRecord, question_id: str, value: object = None
) -> AnswerRecord | None:
    """Write the facilitator's choice as the assessment's own answer; ``None``: the suggestion."""
    if value is None:
        suggestion = suggest_consensus(diagnostic, assessment, question_id)
        if suggestion.answer is None:
            raise InputError(
                f"question '{question_id}': no consensus to suggest from the respondents' answers; give the value"
            )
        value = suggestion.answer
    return diagnostic.answer(assessment, question_id, value=value)


@dataclass
class QuestionDivergence:
    """How the respondents answered one question."""

    questionnaire: Questionnaire = field(repr=False)
    question: Question
    order: int  # the question's place in the questionnaire
    answers: list[RespondentLevel]
    consensus: Answer | None  # the assessment's own answer
    suggestion: Suggestion

    @property
    def levels(self) -> list[int]:
        return [a.level for a in self.answers if a.level is not None]

    @property
    def spread(self) -> int | None:
        """Highest level minus lowest (N/A and don't know left out); ``None`` without levels."""
        levels = self.levels
        return max(levels) - min(levels) if levels else None

    @property
    def divergent(self) -> bool:
        return self.spread is not None and self.spread >= DIVERGENT_SPREAD

    @property
    def split_items(self) -> list[str]:
        """Checklist items ticked by some of those who answered it, not all."""
        if not isinstance(self.question, ChecklistQuestion):
            return []
        ticks = [set(a.answer.items) for a in self.answers if a.status == "answered" and a.answer.items is not None]
        return [i.id for i in self.question.items if 0 < sum(i.id in t for t in ticks) < len(ticks)]

    def as_dict(self, lang: str = "fr") -> dict[str, Any]:
        q, question = self.questionnaire, self.question
        shown = lambda a: None if a is None else a.display(q, question, lang)  # noqa: E731
        return {
            "question": question.id,
            "section": q.section_of[question.id].id,
            "kind": question.kind,
            "text": question.text.get(lang),
            "spread": self.spread,
            "divergent": self.divergent,
            "levels": self.levels,
            "split_items": self.split_items,
            "answers": [a.as_dict(q, question, lang) for a in self.answers],
            "consensus": {"value": export_value(self.consensus), "display": shown(self.consensus)},
            "suggestion": {
                "value": export_value(self.suggestion.answer),
                "display": shown(self.suggestion.answer),
                "level": self.suggestion.level,
                "basis": self.suggestion.basis,
            },
        }


def divergence(
    diagnostic: Diagnostic, assessment: AssessmentRecord, *, only_divergent: bool = False
) -> list[QuestionDivergence]:
    """Every question answered by 2 respondents or more (free text aside), largest spread first.

    Ties, and questions without a spread (checklists; only N/A or don't know),
    which come last, keep the questionnaire's order.
    """
    questionnaire = diagnostic.questionnaire(assessment)
    people = {r.id: r for r in respondents(diagnostic, assessment)}
    by_respondent = respondent_answers(diagnostic, assessment)
    own = diagnostic.answers(assessment)
    items: list[QuestionDivergence] = []
    for order, question in enumerate(questionnaire.questions):
        if question.kind == "text":
            continue
        given = _given(people, by_respondent, question.id)
        if len(given) < 2:
            continue
        record = own.get(question.id)
        item = QuestionDivergence(
            questionnaire, question, order, _levels(questionnaire, question, given),
            record.value if record else None, suggest(questionnaire, question, [a for _, a, _ in given]),
        )
        if item.divergent or not only_divergent:
            items.append(item)
    items.sort(key=lambda i: (i.spread is None, -(i.spread or 0), i.order))
    return items
