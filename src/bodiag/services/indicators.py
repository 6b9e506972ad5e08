"""The measures of the KPIs: the latest numeric answer to the question that measures each (``measured_by``), and
the value at which it reaches its section's target; read by the report's KPI tables and the plan's KPI board."""

from __future__ import annotations

from bodiag.domain.model import NumericQuestion, Questionnaire
from bodiag.domain.records import AssessmentRecord
from bodiag.domain.report_content import KpiMeasure
from bodiag.domain.results import AssessmentResult
from bodiag.domain.thresholds import target_value
from bodiag.services.diagnostic import Diagnostic


class Indicators:
    """The numeric questions of a document's assessments, latest first: what measures a KPI (``measured_by``).

    A KPI's starting value is the latest numeric answer to its question among the
    document's assessments (by creation, then number); its goal is the value at
    which that question reaches the target of its section, in the assessment
    the figures come from (:func:`bodiag.domain.thresholds.target_value`). With
    no usable answer anywhere, the latest assessment that has the question gives
    the goal and the KPI reads "not measured".
    """

    def __init__(self, diagnostic: Diagnostic):
        self.diagnostic = diagnostic
        self._latest_first = sorted(diagnostic.assessments(), key=lambda r: (r.created_at, r.id), reverse=True)
        self._questionnaires: dict[int, Questionnaire] = {}
        self._read: dict[int, tuple[AssessmentResult, dict]] = {}

    def _questionnaire(self, record: AssessmentRecord) -> Questionnaire:
        if record.id not in self._questionnaires:
            self._questionnaires[record.id] = self.diagnostic.questionnaire(record)
        return self._questionnaires[record.id]

    def _answers(self, record: AssessmentRecord) -> tuple[AssessmentResult, dict]:
        """The assessment's result and answers, read once."""
        if record.id not in self._read:
            self._read[record.id] = (self.diagnostic.score(record), self.diagnostic.answers(record))
        return self._read[record.id]

    def measures(self, questionnaire: Questionnaire, lang: str) -> dict[str, KpiMeasure]:
        out = {}
        for kpi in questionnaire.kpis:
            if kpi.measured_by and (measure := self.measure(kpi.measured_by, lang)) is not None:
                out[kpi.id] = measure
        return out

    def measure(self, question_id: str, lang: str) -> KpiMeasure | None:
        """The latest measure of numeric question ``question_id`` in the document; None if no assessment has it."""
        fallback = None
        for record in self._latest_first:
            question = self._questionnaire(record).questions_by_id.get(question_id)
            if not isinstance(question, NumericQuestion):
                continue
            result, answers = self._answers(record)
            answer = answers.get(question_id)
            answered = result.questions[question_id].status == "answered" and answer and answer.value and answer.value.number is not None
            measure = KpiMeasure(
                question_id=question_id,
                assessment=record.title,
                value=answer.value.number if answered else None,
                unit=question.unit.get(lang),
                direction=question.direction,
                goal=target_value(result.questionnaire, question, result.section(result.questions[question_id].section_id).target),
            )
            if answered:
                return measure
            fallback = fallback or measure
        return fallback
