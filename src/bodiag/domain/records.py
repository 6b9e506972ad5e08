"""The records a document holds, as every layer sees them: the organisation, assessments, answers, respondents, actions.

Storage reads and writes them (:mod:`bodiag.storage`); services, the report, the
command line and the app read them. They live here, below all of those, so that
showing a record never means importing the layer that stores it.
"""

from __future__ import annotations

import msgspec

from bodiag.domain.answers import Answer
from bodiag.domain.profile import OrganisationProfile


class Organisation(msgspec.Struct, frozen=True):
    name: str
    sector: str
    headcount: str | None
    phase: str | None
    outsourcing: str | None
    created_at: str
    updated_at: str
    city: str = ""  # where it is, hidden by anonymising (schema step 7)

    @property
    def profile(self) -> OrganisationProfile:
        return OrganisationProfile(phase=self.phase, headcount=self.headcount, outsourcing=self.outsourcing)


class AssessmentRecord(msgspec.Struct, frozen=True):
    id: int
    uuid: str
    snapshot: str
    questionnaire_id: str
    questionnaire_version: str
    title: str
    assessor: str
    mode: str
    target: float | None
    created_at: str
    updated_at: str
    frozen: bool = False  # a final version of the report froze its answers


class AnswerRecord(msgspec.Struct, frozen=True):
    question_id: str
    value: Answer | None
    note: str
    respondent: str
    updated_at: str


# Structs like the records above, not dataclasses: a frozen dataclass's methods are compiled when
# its module is imported, which cost milliseconds of the desktop app's start-up.
class RespondentRecord(msgspec.Struct, frozen=True):
    id: int
    assessment_id: int
    name: str
    role: str
    created_at: str


class ActionRecord(msgspec.Struct, frozen=True):
    id: int
    uuid: str
    assessment_id: int | None
    recommendation_id: str | None
    title: str
    owner: str
    deadline: str | None  # YYYY-MM-DD
    status: str
    cost: float | None  # euros
    effort: str | None
    notes: str
    question_ids: tuple[str, ...]
    created_at: str
    updated_at: str
    completed_at: str | None
    workload_days: float | None = None  # person-days stated for the roadmap; None: from the effort

    @property
    def number(self) -> int:
        """The action's own number, its stored id: what the roadmap names it by (its table, timeline and
        dependencies, on screen and in the report) and what ``bodiag plan depend`` and ``action-update`` take. It
        stays when other actions are deleted or the plan is sorted, so the numbers may have gaps."""
        return self.id

    def as_dict(self) -> dict:
        data = msgspec.structs.asdict(self)
        data["question_ids"] = list(self.question_ids)
        return data
