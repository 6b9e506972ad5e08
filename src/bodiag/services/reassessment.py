"""Re-assessment over time: start again from a past assessment, compare, see the history.

:func:`start_from` makes a new assessment on the very questionnaire text of a
previous one (``based_on`` it), blank or with its answers and notes copied; the
previous one is never changed. :func:`compare` sets two assessments of one
questionnaire side by side and :func:`timeline` lists every assessment of each
questionnaire in date order. Scores are those of :meth:`Diagnostic.score`; the
``as_dict`` forms round them to 2 decimals like ``bodiag score --json``, and
give each delta as the difference of the two rounded figures, so that the
numbers a reader sees add up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import msgspec

from bodiag.domain.answers import Answer
from bodiag.domain.levels import answer_level
from bodiag.domain.model import Question, Questionnaire
from bodiag.domain.report_content import Figure
from bodiag.domain.results import AssessmentResult, SectionResult, section_keys
from bodiag.domain.text import LocalText
from bodiag.errors import InputError
from bodiag.services.answer_files import export_value
from bodiag.services.diagnostic import Diagnostic
from bodiag.storage import assessments as assessment_store
from bodiag.storage.assessments import AssessmentRecord


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _diff(before: float | None, after: float | None) -> float | None:
    return None if before is None or after is None else after - before


def _instant(stamp: str | None) -> dt.datetime | None:
    """A stored time as an aware datetime (UTC when it names no zone); ``None`` if unreadable."""
    if not stamp:
        return None
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def _moment(record: AssessmentRecord) -> tuple[dt.datetime, int]:
    far_past = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    return _instant(record.created_at) or far_past, record.id


# -- which assessment to compare with (the one owner of that rule) ---------------


def comparable(diagnostic: Diagnostic, record: AssessmentRecord) -> list[AssessmentRecord]:
    """The other assessments of ``record``'s questionnaire, most recent first."""
    same = [r for r in diagnostic.assessments() if r.questionnaire_id == record.questionnaire_id and r.id != record.id]
    return sorted(same, key=_moment, reverse=True)


def earlier_assessment(diagnostic: Diagnostic, record: AssessmentRecord) -> AssessmentRecord | None:
    """The assessment ``record`` is compared with: the one it was started from, else the latest earlier one."""
    others = comparable(diagnostic, record)
    parent = assessment_store.based_on(diagnostic.document).get(record.id)
    for other in others:
        if other.id == parent:
            return other
    return next((r for r in others if _moment(r) < _moment(record)), None)


def latest_assessments(diagnostic: Diagnostic) -> list[AssessmentRecord]:
    """The most recent assessment of each questionnaire: what the plan directeur builds on, in document order."""
    latest: dict[str, AssessmentRecord] = {}
    for record in diagnostic.assessments():
        kept = latest.get(record.questionnaire_id)
        if kept is None or _moment(record) > _moment(kept):
            latest[record.questionnaire_id] = record
    return sorted(latest.values(), key=lambda r: r.id)


# -- starting again -------------------------------------------------------------


def start_from(
    diagnostic: Diagnostic, previous: AssessmentRecord, copy_answers: bool, title: str | None = None
) -> AssessmentRecord:
    """A new assessment on ``previous``'s questionnaire snapshot, its answers and notes copied if asked.

    The default title is the previous one with today's date. Respondents are not
    copied: a re-assessment is a new session.
    """
    if title is None:
        title = f"{previous.title} ({dt.date.today().isoformat()})"
    return assessment_store.create_reassessment(diagnostic.document, previous, title, copy_answers=copy_answers)


@dataclass(frozen=True)
class Upgrade:
    """A re-assessment moved to the bundled questionnaire's current text."""

    record: AssessmentRecord
    version_before: str
    version_after: str
    carried: list[str]  # answered questions whose answers (and notes) were carried over
    changed: list[str]  # answered questions asked differently now, or removed: to answer again

    def as_dict(self) -> dict[str, Any]:
        return {"assessment": self.record.id, "version_before": self.version_before, "version_after": self.version_after,
                "carried": self.carried, "changed": self.changed}


def newer_version(diagnostic: Diagnostic, record: AssessmentRecord) -> str | None:
    """The bundled questionnaire's version when ``record`` was made with another one; ``None`` otherwise.

    What the app asks before re-assessing: a questionnaire that is not bundled,
    or whose bundled text has the version ``record`` already uses, has nothing
    newer to move to.
    """
    from bodiag.services import catalog

    old = diagnostic.questionnaire(record)
    entry = next((e for e in catalog.bundled() if e.questionnaire.id == old.id), None)
    if entry is None or entry.questionnaire.version == old.version:
        return None
    return entry.questionnaire.version


def start_on_current_version(
    diagnostic: Diagnostic, previous: AssessmentRecord, title: str | None = None
) -> Upgrade:
    """A new assessment from ``previous`` on the current text of its bundled questionnaire.

    The answers and notes of the questions that ask the same thing in the same
    terms are carried over (:mod:`bodiag.domain.carry_over`); the others are
    listed, to be answered again. ``previous`` keeps its own text and result.
    When the bundled text is the one ``previous`` was made with, every answer
    is carried over, as :func:`start_from` with its answers would.
    """
    from bodiag.domain.carry_over import carry_over
    from bodiag.services import catalog

    old = diagnostic.questionnaire(previous)
    if not any(entry.questionnaire.id == old.id for entry in catalog.bundled()):
        raise InputError(f"questionnaire '{old.id}' is not a bundled one: there is no newer text to move to")
    entry = catalog.resolve(old.id)
    sha = assessment_store.store_snapshot(diagnostic.document, entry.source, entry.questionnaire)
    answered = list(diagnostic.answers(previous))
    carried, changed = carry_over(old, entry.questionnaire, answered)
    if title is None:
        title = f"{previous.title} ({dt.date.today().isoformat()})"
    record = assessment_store.create_reassessment(
        diagnostic.document, previous, title, copy_answers=True, snapshot=sha, only=carried
    )
    return Upgrade(record, old.version, entry.questionnaire.version, carried, changed)


# -- comparing ------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """A figure then and now."""

    before: float | None
    after: float | None

    @property
    def delta(self) -> float | None:
        return _diff(self.before, self.after)

    def rounded(self) -> Figure:
        """The figures as a reader sees them: each rounded, and the delta of the rounded figures."""
        before, after = _r(self.before), _r(self.after)
        return Figure(before, after, _r(_diff(before, after)))

    def as_dict(self) -> dict[str, float | None]:
        return msgspec.structs.asdict(self.rounded())


@dataclass(frozen=True)
class SectionChange:
    id: str
    title: LocalText
    parent_id: str | None
    depth: int
    scored: bool  # holds scored questions (a context-only section does not)
    score: Change
    level: Change
    coverage: Change

    def as_dict(self, lang: str) -> dict[str, Any]:
        return {
            **section_keys(self, lang),
            "score": self.score.as_dict(),
            "level": self.level.as_dict(),
            "coverage": self.coverage.as_dict(),
        }


@dataclass(frozen=True)
class AnswerMove:
    """An answer that is not the same then and now (notes aside)."""

    question_id: str
    section_id: str
    before: Answer | None
    after: Answer | None
    before_text: LocalText | None = field(repr=False)
    after_text: LocalText | None = field(repr=False)
    level_before: int | None
    level_after: int | None
    score: Change
    text: LocalText = field(repr=False)

    @property
    def level_delta(self) -> int | None:
        return None if self.level_before is None or self.level_after is None else self.level_after - self.level_before

    @staticmethod
    def _side(answer: Answer | None, shown: LocalText | None, level: int | None, lang: str) -> dict[str, Any]:
        return {"value": export_value(answer), "display": shown.get(lang) if shown else None, "level": level}

    def as_dict(self, lang: str) -> dict[str, Any]:
        return {
            "question": self.question_id,
            "section": self.section_id,
            "text": self.text.get(lang),
            "before": self._side(self.before, self.before_text, self.level_before, lang),
            "after": self._side(self.after, self.after_text, self.level_after, lang),
            "level_delta": self.level_delta,
            "score": self.score.as_dict(),
        }


@dataclass
class Comparison:
    before: AssessmentRecord
    after: AssessmentRecord
    before_result: AssessmentResult = field(repr=False)
    after_result: AssessmentResult = field(repr=False)
    sections: list[SectionChange]  # the later one's order, then sections only the earlier one has
    moves: list[AnswerMove]  # questionnaire order
    actions: list[dict[str, Any]]  # rows of ``actions`` completed in between, by completion time

    @property
    def score(self) -> Change:
        return Change(self.before_result.score, self.after_result.score)

    @property
    def level(self) -> Change:
        return Change(self.before_result.level, self.after_result.level)

    @property
    def coverage(self) -> Change:
        return Change(self.before_result.coverage, self.after_result.coverage)

    @property
    def radar(self) -> list[SectionChange]:
        """The top sections with scored questions: the axes of both radars overlaid."""
        return [s for s in self.sections if s.depth == 0 and s.scored]

    def as_dict(self, lang: str = "fr") -> dict[str, Any]:
        def side(record: AssessmentRecord, result: AssessmentResult) -> dict[str, Any]:
            q = result.questionnaire
            band = q.band_for(result.score) if result.score is not None else None
            return {
                "id": record.id, "title": record.title, "created_at": record.created_at, "version": q.version,
                "band": None if band is None else {"id": band.id, "label": band.label.get(lang)},
            }

        q = self.after_result.questionnaire
        return {
            "questionnaire": {"id": q.id, "title": q.title.get(lang), "levels": q.levels},
            "before": side(self.before, self.before_result),
            "after": side(self.after, self.after_result),
            "score": self.score.as_dict(),
            "level": self.level.as_dict(),
            "coverage": self.coverage.as_dict(),
            "sections": [s.as_dict(lang) for s in self.sections],
            "radar": [{"id": s.id, "title": s.title.get(lang), "before": _r(s.score.before), "after": _r(s.score.after)}
                      for s in self.radar],
            "moves": [m.as_dict(lang) for m in self.moves],
            "actions": self.actions,
        }


def _section_changes(before: AssessmentResult, after: AssessmentResult) -> list[SectionChange]:
    then = {s.id: s for s in before.sections}
    now = {s.id: s for s in after.sections}
    order = [s.id for s in after.sections] + [s.id for s in before.sections if s.id not in now]
    out = []
    for sid in order:
        b: SectionResult | None = then.get(sid)
        a: SectionResult | None = now.get(sid)
        ref = a or b
        out.append(
            SectionChange(
                sid, ref.title, ref.parent_id, ref.depth,
                any(s is not None and s.counts.any_scored_question for s in (b, a)),
                Change(b and b.score, a and a.score),
                Change(b and b.level, a and a.level),
                Change(b and b.coverage, a and a.coverage),
            )
        )
    return out


def _display(questionnaire: Questionnaire, question: Question | None, answer: Answer | None) -> LocalText | None:
    if answer is None or question is None:
        return None
    return LocalText(fr=answer.display(questionnaire, question, "fr") or "—",
                     en=answer.display(questionnaire, question, "en") or "—")


def _moves(diagnostic: Diagnostic, before: AssessmentRecord, after: AssessmentRecord,
           before_result: AssessmentResult, after_result: AssessmentResult) -> list[AnswerMove]:
    qb, qa = before_result.questionnaire, after_result.questionnaire
    then = {qid: r.value for qid, r in diagnostic.answers(before).items()}
    now = {qid: r.value for qid, r in diagnostic.answers(after).items()}
    ids = [q.id for q in qa.questions] + [q.id for q in qb.questions if q.id not in qa.questions_by_id]
    moves = []
    for qid in ids:
        old, new = then.get(qid), now.get(qid)
        if old == new:
            continue
        q_old, q_new = qb.questions_by_id.get(qid), qa.questions_by_id.get(qid)
        ref = q_new or q_old
        r_old, r_new = before_result.questions.get(qid), after_result.questions.get(qid)
        moves.append(
            AnswerMove(
                qid, (qa if q_new else qb).section_of[qid].id, old, new,
                _display(qb, q_old, old), _display(qa, q_new, new),
                answer_level(qb, q_old, old) if q_old else None,
                answer_level(qa, q_new, new) if q_new else None,
                Change(r_old and r_old.score, r_new and r_new.score),
                ref.text,
            )
        )
    return moves


def completed_between(diagnostic: Diagnostic, start: str, end: str) -> list[dict[str, Any]]:
    """Rows of the action plan whose ``completed_at`` is after ``start`` and up to ``end``."""
    low, high = _instant(start), _instant(end)
    rows = diagnostic.document.query(
        "SELECT id, uuid, assessment_id, recommendation_id, title, owner, status, completed_at"
        " FROM actions WHERE completed_at IS NOT NULL ORDER BY completed_at, id"
    )
    if low is None or high is None:
        return []
    return [r for r in rows if (moment := _instant(r["completed_at"])) is not None and low < moment <= high]


def compare(diagnostic: Diagnostic, before: AssessmentRecord, after: AssessmentRecord) -> Comparison:
    """Two assessments of one questionnaire: scores then and now, answers that moved, actions done in between."""
    if before.questionnaire_id != after.questionnaire_id:
        raise InputError(
            f"assessments {before.id} and {after.id} are on different questionnaires "
            f"('{before.questionnaire_id}', '{after.questionnaire_id}'): they cannot be compared"
        )
    before_result, after_result = diagnostic.score(before), diagnostic.score(after)
    return Comparison(
        before, after, before_result, after_result,
        _section_changes(before_result, after_result),
        _moves(diagnostic, before, after, before_result, after_result),
        completed_between(diagnostic, before.created_at, after.created_at),
    )


# -- history --------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    record: AssessmentRecord
    based_on: int | None
    result: AssessmentResult = field(repr=False)

    def as_dict(self, lang: str) -> dict[str, Any]:
        q, score = self.result.questionnaire, self.result.score
        band = q.band_for(score) if score is not None else None
        return {
            "id": self.record.id,
            "uuid": self.record.uuid,
            "title": self.record.title,
            "created_at": self.record.created_at,
            "version": self.record.questionnaire_version,
            "based_on": self.based_on,
            "score": _r(score),
            "level": _r(self.result.level),
            "band": None if band is None else {"id": band.id, "label": band.label.get(lang)},
            "coverage": _r(self.result.coverage),
        }


@dataclass
class Timeline:
    by_questionnaire: dict[str, list[TimelineEntry]]  # questionnaire id -> its assessments, oldest first

    def as_dict(self, lang: str = "fr") -> list[dict[str, Any]]:
        out = []
        for qid, entries in self.by_questionnaire.items():
            title = entries[-1].result.questionnaire.title.get(lang)
            out.append({"questionnaire": {"id": qid, "title": title}, "assessments": [e.as_dict(lang) for e in entries]})
        return out


def timeline(diagnostic: Diagnostic) -> Timeline:
    """Every assessment of each questionnaire in date order (then by number); questionnaires by first use."""
    parents = assessment_store.based_on(diagnostic.document)
    records = sorted(diagnostic.assessments(), key=_moment)
    by_questionnaire: dict[str, list[TimelineEntry]] = {}
    for record in records:
        entry = TimelineEntry(record, parents.get(record.id), diagnostic.score(record))
        by_questionnaire.setdefault(record.questionnaire_id, []).append(entry)
    return Timeline(by_questionnaire)
