"""Working on one open document: its organisation, assessments, answers and scores.

:class:`Diagnostic` is what both faces of bodiag hold while a document is open:
the command line for one command, the desktop app for a session. Every method
validates its input against the assessment's own questionnaire snapshot before
anything is written. A document is opened through the one door,
:func:`bodiag.services.documents.open_document`, which builds on this module.

Imports: :mod:`bodiag.domain`, :mod:`bodiag.storage` and the catalog.
"""

from __future__ import annotations

import getpass
from pathlib import Path

import msgspec

from bodiag.domain.answers import Answer, parse_answer
from bodiag.domain.model import Question, Questionnaire
from bodiag.domain.profile import OrganisationProfile
from bodiag.domain.results import AssessmentResult
from bodiag.domain.scoring import Scorer
from bodiag.domain.text import LocalText
from bodiag.errors import InputError
from bodiag.services import catalog
from bodiag.storage import answers as answer_store
from bodiag.storage import assessments as assessment_store
from bodiag.storage.answers import AnswerChange, AnswerRecord, HistoryEntry
from bodiag.storage.assessments import AssessmentRecord
from bodiag.storage.document import Document
from bodiag.storage.organisation import MAX_CITY, MAX_NAME, MAX_SECTOR, Organisation, get_organisation, update_organisation

KEEP = object()  # "leave this field as it is"

# The longest name, sector and city the document keeps (a form's fields say so before the service refuses).
ORGANISATION_TEXT_LENGTHS = {"name": MAX_NAME, "sector": MAX_SECTOR, "city": MAX_CITY}


class PendingAnswer(msgspec.Struct, frozen=True):
    """An answer checked against its question, ready to be stored."""

    question_id: str
    value: Answer | None
    note: str
    respondent: str


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        return ""


class Diagnostic:
    def __init__(self, document: Document):
        self.document = document
        self._questionnaires: dict[str, Questionnaire] = {}

    # -- opening --------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, organisation: str, *, overwrite: bool = False, **profile: str | None) -> Diagnostic:
        if not organisation.strip():
            raise InputError("the organisation needs a name")
        diagnostic = cls(Document.create(path, organisation.strip(), overwrite=overwrite))
        fields = {k: v for k, v in profile.items() if v is not None}
        if fields:
            try:
                diagnostic.update_organisation(**fields)
            except Exception:
                diagnostic.close()
                Path(path).unlink(missing_ok=True)
                raise
        return diagnostic

    def close(self) -> None:
        self.document.close()

    def __enter__(self) -> Diagnostic:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- organisation ---------------------------------------------------------

    @property
    def organisation(self) -> Organisation:
        return get_organisation(self.document)

    def update_organisation(self, **changes: str | None) -> Organisation:
        return update_organisation(self.document, **changes)

    # -- assessments ----------------------------------------------------------

    def assessments(self) -> list[AssessmentRecord]:
        return assessment_store.list_assessments(self.document)

    def assessment(self, reference: int | str) -> AssessmentRecord:
        """An assessment by number, or by questionnaire id when only one assessment uses it."""
        text = str(reference).strip()
        if text.isdigit():
            return assessment_store.get_assessment(self.document, int(text))
        matches = [a for a in self.assessments() if a.questionnaire_id == text]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            ids = ", ".join(str(a.id) for a in matches)
            raise InputError(f"several assessments use '{text}' (numbers {ids}): give the number")
        raise InputError(f"{self.document.path}: no assessment '{text}'")

    def start(
        self,
        questionnaire: str,
        *,
        title: str | None = None,
        assessor: str = "",
        mode: str = "self",
        target: float | None = None,
    ) -> AssessmentRecord:
        """Start an assessment on a bundled questionnaire (by id) or a questionnaire file (by path)."""
        entry = catalog.resolve(questionnaire)
        sha = assessment_store.store_snapshot(self.document, entry.source, entry.questionnaire)
        self._questionnaires[sha] = entry.questionnaire
        return assessment_store.create_assessment(
            self.document, sha, title or entry.questionnaire.title.fr, assessor, mode, target
        )

    def has_respondents(self, assessment: AssessmentRecord) -> bool:
        """Whether the assessment has workshop respondents (a cheap check, for what to show)."""
        return assessment_store.has_respondents(self.document, assessment.id)

    def questionnaire(self, assessment: AssessmentRecord) -> Questionnaire:
        """The exact questionnaire the assessment was made with."""
        cached = self._questionnaires.get(assessment.snapshot)
        if cached is None:
            cached = assessment_store.load_questionnaire(self.document, assessment.snapshot)
            self._questionnaires[assessment.snapshot] = cached
        return cached

    def questionnaire_title(self, assessment: AssessmentRecord) -> LocalText:
        """The title alone: cheap, for lists of assessments."""
        cached = self._questionnaires.get(assessment.snapshot)
        return cached.title if cached else assessment_store.snapshot_title(self.document, assessment.snapshot)

    def questionnaire_source(self, assessment: AssessmentRecord) -> str:
        return assessment_store.snapshot_source(self.document, assessment.snapshot)

    # -- answers --------------------------------------------------------------

    def answers(self, assessment: AssessmentRecord) -> dict[str, AnswerRecord]:
        return answer_store.get_answers(self.document, assessment.id)

    def question(self, assessment: AssessmentRecord, question_id: str) -> Question:
        questionnaire = self.questionnaire(assessment)
        question = questionnaire.questions_by_id.get(question_id)
        if question is None:
            raise InputError(f"no question '{question_id}' in questionnaire '{questionnaire.id}'")
        return question

    def prepare(
        self,
        assessment: AssessmentRecord,
        question_id: str,
        value: object = KEEP,
        note: object = KEEP,
        respondent: str | None = None,
        current: AnswerRecord | None = None,
    ) -> PendingAnswer:
        """Check one answer (``value`` as typed or a JSON value; ``None`` clears it) without storing it."""
        questionnaire = self.questionnaire(assessment)
        question = self.question(assessment, question_id)
        if value is KEEP:
            parsed = current.value if current else None
        elif value is None or isinstance(value, Answer):
            parsed = value
        else:
            parsed = parse_answer(questionnaire, question, value)
        if note is KEEP:
            note_text = current.note if current else ""
        else:
            note_text = "" if note is None else str(note)
            if len(note_text) > answer_store.MAX_NOTE:
                raise InputError(f"question '{question_id}': the note is longer than {answer_store.MAX_NOTE} characters")
        who = respondent if respondent is not None else (assessment.assessor or current_user())
        return PendingAnswer(question_id, parsed, note_text, who)

    def answer(
        self,
        assessment: AssessmentRecord,
        question_id: str,
        value: object = KEEP,
        note: object = KEEP,
        respondent: str | None = None,
    ) -> AnswerRecord | None:
        """Check and save one answer and/or note in its own transaction; return what is stored."""
        current = answer_store.get_answer(self.document, assessment.id, question_id)
        pending = self.prepare(assessment, question_id, value, note, respondent, current)
        self.save(assessment, [pending])
        return answer_store.get_answer(self.document, assessment.id, question_id)

    def save(self, assessment: AssessmentRecord, pending: list[PendingAnswer]) -> int:
        """Store checked answers in one transaction (all or nothing)."""
        changes = [AnswerChange(p.question_id, p.value, p.note, p.respondent) for p in pending]
        return answer_store.save_answers(self.document, assessment.id, changes)

    def history(self, assessment: AssessmentRecord, question_id: str | None = None) -> list[HistoryEntry]:
        return answer_store.get_history(self.document, assessment.id, question_id)

    # -- scores ---------------------------------------------------------------

    def score(self, assessment: AssessmentRecord, profile: OrganisationProfile | None = None) -> AssessmentResult:
        """The assessment's result for the organisation's profile, or for ``profile`` (what a change would do)."""
        questionnaire = self.questionnaire(assessment)
        answers = {qid: rec.value for qid, rec in self.answers(assessment).items() if rec.value is not None}
        scorer = Scorer(questionnaire, self.organisation.profile if profile is None else profile, assessment.target)
        return scorer.score(answers)
