"""The report's whole content, read from an open document into typed records (:mod:`bodiag.domain.report_content`).

:func:`gather` reads the organisation and each assessment (its record, the exact
questionnaire it was made with, its answers, its result from
:meth:`Diagnostic.score`) and, for each, the workshop (:mod:`.workshop`: the
respondents, and the questions whose answers spread over 2 levels or more,
largest spread first), the evolution (:mod:`.reassessment`: the comparison with
the assessment :func:`~.reassessment.earlier_assessment` names), the actions
of the plan (:mod:`.action_plan`) and the measures of its KPIs (:class:`~bodiag.services.indicators.Indicators`). It builds them from those services' typed
objects, in the report's language, then applies the options that change
content (:mod:`.anonymising`). The report renders what it is given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bodiag.domain import i18n
from bodiag.domain.records import AssessmentRecord
from bodiag.domain.report_content import (
    Action,
    AssessmentData,
    CompletedAction,
    DivergentQuestion,
    Evolution,
    Extras,
    MovedAnswer,
    PlanReport,
    RadarFigure,
    ReportData,
    ReportOptions,
    Respondent,
    RespondentAnswer,
    SectionFigure,
    Workshop,
)
from bodiag.domain.deliverable import Commentary, SignOff
from bodiag.domain.results import AssessmentResult
from bodiag.domain.vocabulary import ACTION_STATUS, LEVEL, ROLES, label
from bodiag.report.data import band_colors
from bodiag.domain.scenarios import sensitivity
from bodiag.services import action_plan, anonymising, deliverable, governance, hidden_terms, plan, reassessment, roadmap, workshop
from bodiag.services.indicators import Indicators
from bodiag.services.synthesis import parts
from bodiag.services.diagnostic import Diagnostic
from bodiag.services.fingerprint import fingerprint

FIXED_DATE = dt.date(2026, 11, 30)  # the report date in deterministic mode


def gather(diagnostic: Diagnostic, assessment_ids: Sequence[int | str] | None = None,
           options: ReportOptions | None = None) -> ReportData:
    """What the report shows of ``diagnostic``: every assessment, or those of ``assessment_ids`` in that order."""
    options = options or ReportOptions()
    i18n.check_lang(options.lang)
    if assessment_ids is None:
        records = diagnostic.assessments()
    else:
        records = []
        for reference in assessment_ids:
            record = diagnostic.assessment(reference)
            if record.id not in {r.id for r in records}:
                records.append(record)
    indicators = Indicators(diagnostic)
    assessments = [
        AssessmentData(
            record=record,
            questionnaire=diagnostic.questionnaire(record),
            result=diagnostic.score(record),
            answers=diagnostic.answers(record),
            extras=extras(diagnostic, record, options.lang, indicators),
        )
        for record in records
    ]
    whole = assessment_ids is None and bool(records)
    return build(diagnostic.organisation, assessments, options, Extras(actions=actions(diagnostic, None, options.lang)),
                 plan_of(diagnostic, options) if whole else None, fingerprint(diagnostic),
                 deliverable.sign_off(diagnostic), deliverable.commentaries(diagnostic),
                 hidden_terms.terms(diagnostic) if options.anonymise else ())


def report_date(options: ReportOptions) -> dt.date:
    """The report's date: the one asked for, else today (a fixed date in deterministic mode)."""
    return options.today or (FIXED_DATE if options.deterministic else dt.date.today())


def plan_of(diagnostic: Diagnostic, options: ReportOptions) -> PlanReport:
    """The plan directeur as the report shows it: made of the whole document, so only in a report of all of it."""
    scored = parts(diagnostic)  # scored once for the synthesis, the vision and the scenarios' evidence
    view = plan.scenarios(diagnostic, options.lang, without_notes=options.without_notes, scored=scored)
    ranked, placed = roadmap.for_board(diagnostic, options.lang, scored=scored)
    return PlanReport(synthesis=ranked, visions=plan.vision(diagnostic, options.lang, scored),
                      scenarios=view, sensitivity=sensitivity(view.comparison, options.lang), roadmap=placed,
                      governance=governance.report(diagnostic, options.lang, scored,
                                                   without_notes=options.without_notes, today=report_date(options)))


def build(organisation, assessments: list[AssessmentData], options: ReportOptions,
          document_extras: Extras | None = None, plan_report: PlanReport | None = None, fingerprint: str = "",
          sign_off: SignOff | None = None, commentary: list[Commentary] | None = None,
          terms: Sequence[str] = ()) -> ReportData:
    """Apply the content options (notes, anonymisation, date) to gathered content; ``terms``: the document's own
    terms to hide when anonymised."""
    today = report_date(options)
    document_extras = document_extras or Extras()
    if options.without_notes:
        assessments, document_extras = anonymising.without_notes(assessments, document_extras)
    people: dict[str, str] = {}
    hidden = None
    if options.anonymise:
        done = anonymising.anonymise_report(organisation, assessments, document_extras, plan_report, sign_off or SignOff(),
                                            commentary or [], options.lang, terms)
        organisation, assessments, document_extras, plan_report = done.organisation, done.assessments, done.document_extras, done.plan
        sign_off, commentary, people, hidden = done.sign_off, done.commentary, done.names, done.hidden
    return ReportData(organisation=organisation, assessments=assessments, options=options, date=today, people=people,
                      document_extras=document_extras, plan=plan_report, fingerprint=fingerprint,
                      sign_off=sign_off or SignOff(), commentary=commentary or [], hidden=hidden)


def extras(diagnostic: Diagnostic, record: AssessmentRecord, lang: str, indicators: Indicators | None = None) -> Extras:
    indicators = indicators or Indicators(diagnostic)
    attendees, sessions = deliverable.attendance(diagnostic, record)
    return Extras(workshop_of(diagnostic, record, lang), evolution_of(diagnostic, record, lang),
                  actions(diagnostic, record, lang), indicators.measures(diagnostic.questionnaire(record), lang),
                  attendees, sessions)


# -- the workshop -------------------------------------------------------------------


def workshop_of(diagnostic: Diagnostic, record: AssessmentRecord, lang: str) -> Workshop | None:
    people = workshop.respondents(diagnostic, record)
    if not people:
        return None
    given = workshop.respondent_answers(diagnostic, record)
    roles = {p.id: label(ROLES, p.role, lang) for p in people}
    respondents = [
        Respondent(p.name, roles[p.id], sum(value is not None for value, _ in given.get(p.id, {}).values()))
        for p in people
    ]
    items = workshop.divergence(diagnostic, record)
    divergent = []
    for item in items:
        if not item.divergent:
            continue
        q, question = item.questionnaire, item.question

        def shown(answer, q=q, question=question):
            return None if answer is None else answer.display(q, question, lang)

        divergent.append(DivergentQuestion(
            question_id=question.id,
            text=question.text.get(lang),
            section=q.section_of[question.id].title.get(lang),
            spread=item.spread,
            answers=[RespondentAnswer(a.respondent.name, roles.get(a.respondent.id, ""), shown(a.answer) or "—", a.level,
                                      a.note) for a in item.answers],
            suggestion=shown(item.suggestion.answer),
            basis=item.suggestion.basis,
            kept=shown(item.consensus),
        ))
    return Workshop(respondents, len(items), divergent)


# -- the evolution ---------------------------------------------------------------------


def day(stamp: str | None) -> dt.date | None:
    """The calendar day a stored time names (as written: no conversion to the local zone)."""
    if not stamp:
        return None
    try:
        return dt.datetime.fromisoformat(stamp).date()
    except ValueError:
        return None


def _band(result: AssessmentResult, lang: str) -> tuple[str, str | None] | None:
    if result.score is None:
        return None
    band = result.questionnaire.band_for(result.score)
    return band.label.get(lang), band_colors(result.questionnaire).get(band.id)


def evolution_of(diagnostic: Diagnostic, record: AssessmentRecord, lang: str) -> Evolution | None:
    before = reassessment.earlier_assessment(diagnostic, record)
    if before is None:
        return None
    comparison = reassessment.compare(diagnostic, before, record)
    now = comparison.after_result
    colors = band_colors(now.questionnaire)
    bands = {s.id: s.band_id for s in now.sections}
    kinds = {**{q.id: q.kind for q in comparison.before_result.questionnaire.questions},
             **{q.id: q.kind for q in now.questionnaire.questions}}

    def text(shown):
        return shown.get(lang) if shown else None

    return Evolution(
        before_title=before.title,
        before_date=day(before.created_at),
        after_date=day(record.created_at),
        levels=now.questionnaire.levels,
        score=comparison.score.rounded(),
        level=comparison.level.rounded(),
        coverage=comparison.coverage.rounded(),
        band_before=_band(comparison.before_result, lang),
        band_after=_band(now, lang),
        sections=[SectionFigure(s.title.get(lang), s.depth, s.score.rounded()) for s in comparison.sections if s.scored],
        radar=[RadarFigure(s.title.get(lang), s.score.rounded().before, s.score.rounded().after,
                           colors.get(bands.get(s.id) or "")) for s in comparison.radar],
        moves=[MovedAnswer(m.question_id, m.text.get(lang), text(m.before_text), text(m.after_text), m.level_before,
                           m.level_after, m.score.rounded(), kinds.get(m.question_id) == "text")
               for m in comparison.moves],
        actions=[CompletedAction(row["title"] or "", row["owner"] or "", day(row["completed_at"]))
                 for row in comparison.actions],
    )


# -- the action plan ----------------------------------------------------------------------


def actions(diagnostic: Diagnostic, record: AssessmentRecord | None, lang: str) -> list[Action]:
    """The actions recorded for ``record``; for None, those recorded for no assessment."""
    records = action_plan.list_actions(diagnostic, record)
    if record is None:
        records = [a for a in records if a.assessment_id is None]
    return [
        Action(
            title=a.title,
            owner=a.owner,
            deadline=dt.date.fromisoformat(a.deadline) if a.deadline else None,
            status=a.status,
            status_label=label(ACTION_STATUS, a.status, lang),
            cost=a.cost,
            effort=label(LEVEL, a.effort, lang) if a.effort else None,
            question_ids=tuple(a.question_ids),
            recommendation_id=a.recommendation_id,
            notes=a.notes,
            number=a.number,
        )
        for a in records
    ]
