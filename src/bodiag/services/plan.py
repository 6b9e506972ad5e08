"""The plan directeur of an open document: its settings, its target vision and its scenarios.

Every value is checked before anything is written; a bad one raises
:class:`~bodiag.errors.InputError` saying what is wrong. The rules that derive
figures (suggested targets, gaps; totals, ranking, sensitivity) are
:mod:`bodiag.domain.vision`'s and :mod:`bodiag.domain.scenarios`'.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from bodiag.domain import i18n
from bodiag.domain.scenarios import CRITERIA, KINDS, MAX_RATING, MAX_WEIGHT, MIN_RATING, Evidence, ScenarioRecord, ScenarioView, compare
from bodiag.domain.text import is_blank, required_line
from bodiag.domain.vision import MAX_AMBITION, QuestionnaireVision, TargetChoice, level_score, visions
from bodiag.errors import InputError
from bodiag.services import action_plan
from bodiag.services.diagnostic import Diagnostic
from bodiag.domain.synthesis import Part
from bodiag.services.reassessment import latest_assessments
from bodiag.services.synthesis import parts
from bodiag.storage import plan as store

HORIZONS = (36, 60)
MAX_CAPACITY = 10_000.0


def settings(diagnostic: Diagnostic) -> dict[str, object]:
    return store.settings(diagnostic.document)


def set_capacity(diagnostic: Diagnostic, days: float | None) -> dict[str, object]:
    """The person-days available each quarter for the plan's actions; ``None``: from the headcount."""
    if days is not None and (isinstance(days, bool) or not math.isfinite(days) or not 0 < days <= MAX_CAPACITY):
        raise InputError(f"the capacity is more than 0 and at most {MAX_CAPACITY:.0f} person-days (got {days})")
    return store.update_settings(diagnostic.document, {"capacity_days": days})


def set_horizon(diagnostic: Diagnostic, months: int) -> dict[str, object]:
    if months not in HORIZONS:
        raise InputError(f"the plan's horizon is 36 or 60 months (got {months})")
    return store.update_settings(diagnostic.document, {"horizon_months": months})


def vision(diagnostic: Diagnostic, lang: str = "fr", scored: Sequence[Part] | None = None) -> list[QuestionnaireVision]:
    """Each questionnaire's parts as its latest assessment scores them, with their targets and ambitions
    (``scored``: :func:`bodiag.services.synthesis.parts`, when the caller has them already)."""
    scored = parts(diagnostic) if scored is None else scored
    return visions([(p.questionnaire, p.result) for p in scored], store.targets(diagnostic.document), lang)


def _part(diagnostic: Diagnostic, questionnaire_id: str, section_id: str):
    latest = {r.questionnaire_id: r for r in latest_assessments(diagnostic)}
    record = latest.get(questionnaire_id)
    if record is None:
        known = ", ".join(sorted(latest)) or "none"
        raise InputError(f"no assessment of questionnaire '{questionnaire_id}' in this document (assessed: {known})")
    questionnaire = diagnostic.questionnaire(record)
    tops = [s.id for s in questionnaire.sections]
    if section_id not in tops:
        raise InputError(f"'{section_id}' is not a part of questionnaire '{questionnaire_id}' (parts: {', '.join(tops)})")
    return questionnaire


def set_target(diagnostic: Diagnostic, questionnaire_id: str, section_id: str, *, level: float | None = None,
               score: float | None = None, ambition: str | None = None) -> TargetChoice:
    """Aim a part at a ``level`` (questionnaires with levels) or a ``score`` (0–100), with a one-line ambition;
    what is not given keeps its value (a new target starts from the suggestion)."""
    questionnaire = _part(diagnostic, questionnaire_id, section_id)
    if level is not None and score is not None:
        raise InputError("give a level or a score, not both")
    if level is not None:
        if questionnaire.levels is None:
            raise InputError(f"questionnaire '{questionnaire_id}' has no levels: give a score from 0 to 100")
        lowest, top = questionnaire.lowest_level, questionnaire.top_level
        if not math.isfinite(level) or not lowest <= level <= top:
            raise InputError(f"the level is from {lowest} to {top} (got {level})")
        score = level_score(questionnaire, level)
    if score is not None and (not math.isfinite(score) or not 0 <= score <= 100):
        raise InputError(f"the target score is from 0 to 100 (got {score})")
    if ambition is not None:
        ambition = " ".join(ambition.split())
        if len(ambition) > MAX_AMBITION:
            raise InputError(f"the ambition is longer than {MAX_AMBITION} characters")
    current = next(p for v in vision(diagnostic) if v.questionnaire_id == questionnaire_id
                   for p in v.parts if p.section_id == section_id)
    choice = TargetChoice(questionnaire_id=questionnaire_id, section_id=section_id,
                          score=round(current.target if score is None else score, 2),
                          ambition=current.ambition if ambition is None else ambition)
    store.set_target(diagnostic.document, choice)
    return choice


def clear_target(diagnostic: Diagnostic, questionnaire_id: str, section_id: str) -> bool:
    """Back to the suggestion; whether there was a choice to clear."""
    _part(diagnostic, questionnaire_id, section_id)
    return store.clear_target(diagnostic.document, questionnaire_id, section_id)


# -- scenarios ----------------------------------------------------------------------------

MAX_TITLE = 200
MAX_DESCRIPTION = 2_000
MAX_QUOTED = 240
QUOTES = 3


def _rating(criterion: str, value: object) -> int | None:
    if is_blank(value):
        return None
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        number = math.nan
    if isinstance(value, bool) or not number.is_integer() or not MIN_RATING <= number <= MAX_RATING:
        raise InputError(f"the {criterion.replace('_', ' ')} rating is a whole number from {MIN_RATING} to {MAX_RATING}"
                         f" (got {value})")
    return int(number)


def _scenario_fields(changes: dict[str, object], adding: bool) -> dict[str, object]:
    out: dict[str, object] = {}
    if "kind" in changes or adding:
        kind = str(changes.get("kind") or "custom").strip()
        if kind not in KINDS:
            raise InputError(f"unknown scenario kind '{kind}' (kinds: {', '.join(KINDS)})")
        out["kind"] = kind
    if "title" in changes:
        out["title"] = required_line(
            changes["title"], MAX_TITLE,
            missing="the scenario needs a title", too_long=f"the scenario's title is longer than {MAX_TITLE} characters",
        )
    if "description" in changes:
        description = str(changes["description"] or "").strip()
        if len(description) > MAX_DESCRIPTION:
            raise InputError(f"the scenario's description is longer than {MAX_DESCRIPTION} characters")
        out["description"] = description
    if "cost_estimate" in changes:
        out["cost_estimate"] = action_plan.parse_cost(changes["cost_estimate"])
    for criterion in CRITERIA:
        if criterion in changes:
            out[criterion] = _rating(criterion, changes[criterion])
    unknown = [k for k in changes if k not in {"kind", "title", "description", "cost_estimate", *CRITERIA}]
    if unknown:
        raise InputError(f"unknown scenario field '{unknown[0]}' (fields: kind, title, description, cost_estimate, "
                         f"{', '.join(CRITERIA)})")
    return out


def find_scenario(diagnostic: Diagnostic, reference: int | str) -> ScenarioRecord:
    found = store.scenario(diagnostic.document, reference)
    if found is None:
        raise InputError(f"{diagnostic.document.path}: no scenario '{reference}' (give its number or its identifier)")
    return found


def add_scenario(diagnostic: Diagnostic, kind: str = "custom", lang: str = "fr", **changes: object) -> ScenarioRecord:
    """A new scenario; one of the article's kinds gets its title and description unless given."""
    fields = _scenario_fields({"kind": kind, **changes}, adding=True)
    if fields["kind"] != "custom":
        fields.setdefault("title", i18n.tr(f"scn_{fields['kind']}", lang))
        fields.setdefault("description", i18n.tr(f"scn_{fields['kind']}_about", lang))
    if "title" not in fields:
        raise InputError("the scenario needs a title")
    ratings = {c: fields.pop(c) for c in CRITERIA if c in fields}
    [added] = store.add_scenarios(diagnostic.document, [{**fields, "ratings": ratings}])
    return added


def add_article_scenarios(diagnostic: Diagnostic, lang: str = "fr") -> list[ScenarioRecord]:
    """The article's four options, those of a kind not present yet, not rated."""
    present = {s.kind for s in store.scenarios(diagnostic.document)}
    new = [{"kind": kind, "title": i18n.tr(f"scn_{kind}", lang), "description": i18n.tr(f"scn_{kind}_about", lang)}
           for kind in KINDS if kind != "custom" and kind not in present]
    return store.add_scenarios(diagnostic.document, new) if new else []


def update_scenario(diagnostic: Diagnostic, reference: int | str, **changes: object) -> ScenarioRecord:
    current = find_scenario(diagnostic, reference)
    return store.update_scenario(diagnostic.document, current.id, _scenario_fields(changes, adding=False))


def delete_scenario(diagnostic: Diagnostic, reference: int | str) -> ScenarioRecord:
    current = find_scenario(diagnostic, reference)
    store.delete_scenario(diagnostic.document, current.id)
    return current


def weights(diagnostic: Diagnostic) -> dict[str, float]:
    current = store.settings(diagnostic.document)
    return {c: float(current[f"weight_{c}"]) for c in CRITERIA}


def set_weights(diagnostic: Diagnostic, **new: object) -> dict[str, float]:
    """Change criteria weights (0 to 10 each; at least one above 0)."""
    checked: dict[str, float] = {}
    for criterion, value in new.items():
        if criterion not in CRITERIA:
            raise InputError(f"unknown criterion '{criterion}' (criteria: {', '.join(CRITERIA)})")
        try:
            number = float(str(value).replace(",", "."))
        except ValueError:
            number = math.nan
        if isinstance(value, bool) or not math.isfinite(number) or not 0 <= number <= MAX_WEIGHT:
            raise InputError(f"the weight of {criterion.replace('_', ' ')} is from 0 to {MAX_WEIGHT:.0f} (got {value})")
        checked[criterion] = number
    if not any({**weights(diagnostic), **checked}.values()):
        raise InputError("at least one criterion must weigh more than 0")
    store.update_settings(diagnostic.document, {f"weight_{c}": w for c, w in checked.items()})
    return weights(diagnostic)


def choose(diagnostic: Diagnostic, reference: int | str | None, rationale: str = "") -> ScenarioRecord | None:
    """Record the chosen scenario with its rationale; ``None`` withdraws the choice."""
    rationale = " ".join(str(rationale or "").split())
    if len(rationale) > MAX_DESCRIPTION:
        raise InputError(f"the rationale is longer than {MAX_DESCRIPTION} characters")
    chosen = None if reference is None else find_scenario(diagnostic, reference)
    store.update_settings(diagnostic.document, {"chosen_scenario": chosen.uuid if chosen else None,
                                                "rationale": rationale if chosen else ""})
    return chosen


def _evidence(diagnostic: Diagnostic, lang: str, without_notes: bool, scored: Sequence[Part]) -> dict[str, list[Evidence]]:
    """Per scenario kind, what the verdicts that speak to it say."""
    by_kind: dict[str, list[Evidence]] = {}
    for part in scored:
        result = part.result
        verdict = result.verdict
        if verdict is None or verdict.rule is None:
            continue
        informs = result.questionnaire.verdict.informs if result.questionnaire.verdict else []
        if not informs:
            continue
        notes = [] if without_notes else _quoted(diagnostic, diagnostic.assessment(part.assessment_id), result, lang)
        evidence = Evidence(questionnaire=result.questionnaire.title.get(lang), verdict=verdict.rule.label.get(lang),
                            reasons=verdict.reasons(lang), notes=notes)
        for kind in informs:
            by_kind.setdefault(kind, []).append(evidence)
    return by_kind


def _quoted(diagnostic: Diagnostic, record, result, lang: str) -> list[str]:
    """Notes typed on the questions the verdict's reasons are about (their sections' questions, or the question)."""
    questionnaire = result.questionnaire
    sections = {hit.criterion.section for hit in result.verdict.hits if hit.criterion.section}
    questions = {hit.criterion.question for hit in result.verdict.hits if hit.criterion.question}
    under = set(sections)
    for section in result.sections:  # pre-order: a parent is seen before its children
        if section.parent_id in under:
            under.add(section.id)
    answers = diagnostic.answers(record)
    out = []
    for question in questionnaire.questions:
        qr = result.questions[question.id]
        if question.id not in questions and qr.section_id not in under:
            continue
        note = " ".join((answers[question.id].note if question.id in answers else "").split())
        if note:
            text = note if len(note) <= MAX_QUOTED else note[: MAX_QUOTED - 1] + "…"
            out.append(f"{' '.join(question.text.get(lang).split())} — {i18n.quote(text, lang)}")
        if len(out) == QUOTES:
            break
    return out


def scenarios(diagnostic: Diagnostic, lang: str = "fr", without_notes: bool = False,
              scored: Sequence[Part] | None = None) -> ScenarioView:
    """The scenarios compared, with what the latest assessments' verdicts say of each (``scored``: as for
    :func:`vision`)."""
    current = store.settings(diagnostic.document)
    listed = store.scenarios(diagnostic.document)
    comparison = compare(listed, weights(diagnostic), current["chosen_scenario"], current["rationale"])
    by_kind = _evidence(diagnostic, lang, without_notes, parts(diagnostic) if scored is None else scored)
    return ScenarioView(comparison=comparison, evidence={s.uuid: by_kind.get(s.kind, []) for s in listed})
