"""The plan directeur's governance in an open document: the committee and its calendar, the risk register, the KPI
board and the progress against the plan's targets.

Every value is checked before anything is written; a bad one raises
:class:`~bodiag.errors.InputError` saying what is wrong and where. Suggestions
(risks from the synthesis, KPIs from the answers) are read models until the user
applies them. The rules are :mod:`bodiag.domain.governance`'s.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from typing import NamedTuple

import msgspec

from bodiag.domain import governance as rules
from bodiag.domain import i18n
from bodiag.domain.governance import ChangeAction, ChangeSuggestion, Committee, GovernanceReport, KpiBoard, KpiCandidate, KpiRecord, Member, PartProgress, Progress, ReviewRecord, RiskEntry, RiskRecord, RiskRegister, RiskSuggestion
from bodiag.domain.synthesis import Part
from bodiag.domain.text import is_blank
from bodiag.errors import InputError
from bodiag.services import action_plan
from bodiag.services.diagnostic import Diagnostic
from bodiag.storage import governance as store
from bodiag.storage.document import Document

MAX_NAME = 120
MAX_TEXT = 300
MAX_NOTES = 2_000
MAX_ROWS = 200


# -- the committee and its calendar ---------------------------------------------------------


def _month_after(stamp: str) -> dt.date | None:
    try:
        day = dt.datetime.fromisoformat(stamp).date()
    except (TypeError, ValueError):
        return None
    return rules.add_months(day.replace(day=1), 1)


def start(diagnostic: Diagnostic, today: dt.date | None = None) -> tuple[dt.date, str]:
    """The plan's start month and where it comes from: the user's, else the month after the latest assessment."""
    chosen = store.calendar(diagnostic.document)["start_month"]
    if chosen:
        return rules.parse_month(chosen), "plan"
    stamps = sorted(r.created_at for r in diagnostic.assessments() if r.created_at)
    after = _month_after(stamps[-1]) if stamps else None
    if after is not None:
        return after, "assessment"
    return (today or dt.date.today()).replace(day=1), "today"


def committee(diagnostic: Diagnostic, lang: str = "fr", today: dt.date | None = None) -> Committee:
    members = store.members(diagnostic.document)
    calendar = store.calendar(diagnostic.document)
    first, source = start(diagnostic, today)
    horizon = int(calendar["horizon_months"])
    cadence = str(calendar["committee_cadence"] or "")
    warnings = rules.committee_warnings(members)
    return Committee(
        members=members, warnings=warnings, messages=[i18n.tr(f"gov_warn_{w}", lang) for w in warnings],
        cadence=cadence if cadence in rules.CADENCES else "", start_month=first.strftime("%Y-%m"), start_from=source,
        horizon_months=horizon, reviews=[d.isoformat() for d in rules.review_dates(first, horizon)],
        meetings=[d.isoformat() for d in rules.committee_dates(first, horizon, cadence)],
        next=rules.next_meeting(first, horizon, cadence, today or dt.date.today()),
        recorded=store.reviews(diagnostic.document),
    )


def set_calendar(diagnostic: Diagnostic, *, start_month: str | None = None, cadence: str | None = None,
                 clear_start: bool = False) -> None:
    """The plan's start month (``YYYY-MM``; ``clear_start`` goes back to the default) and the committee's cadence
    (empty: none stated)."""
    changes: dict[str, object] = {}
    if clear_start:
        changes["start_month"] = None
    elif start_month is not None:
        try:
            changes["start_month"] = rules.parse_month(start_month).strftime("%Y-%m")
        except ValueError as exc:
            raise InputError(f"the plan's start month: {exc}") from None
    if cadence is not None:  # empty: no cadence stated (what undo gives back)
        if cadence and cadence not in rules.CADENCES:
            raise InputError(f"unknown cadence '{cadence}' (cadences: {', '.join(rules.CADENCES)})")
        changes["committee_cadence"] = cadence
    store.set_calendar(diagnostic.document, changes)


def _text(value: object, what: str, limit: int, required: bool = False) -> str:
    """One line of text: runs of spaces and line breaks as one space; French no-break spaces kept."""
    text = rules.one_line(str(value or ""))
    if required and not text:
        raise InputError(f"the {what} is empty")
    if len(text) > limit:
        raise InputError(f"the {what} is longer than {limit} characters")
    return text


def _choice(value: object, what: str, allowed: Sequence[str]) -> str:
    text = str(value or "").strip()
    if text not in allowed:
        raise InputError(f"unknown {what} '{text}' ({what}s: {', '.join(allowed)})")
    return text


def _room(rows: Sequence[object], what: str) -> None:
    if len(rows) >= MAX_ROWS:
        raise InputError(f"the plan already has {MAX_ROWS} {what}: remove some first")


def _find(rows: Sequence, reference: int | str, what: str, diagnostic: Diagnostic):
    text = str(reference).strip().lower()
    found = next((r for r in rows if (text.isdigit() and r.id == int(text)) or getattr(r, "uuid", None) == text), None)
    if found is None:
        raise InputError(f"{diagnostic.document.path}: no {what} '{reference}' (give its number"
                         f"{' or its identifier' if rows and hasattr(rows[0], 'uuid') else ''})")
    return found


class _Rows(NamedTuple):
    """One kind of governance row: its name in messages, how storage lists, adds, updates and deletes it, and the
    check that turns the user's values into stored fields."""

    what: str
    plural: str
    names: tuple[str, ...]
    listed: Callable[[Document], Sequence]
    add: Callable[[Document, dict[str, object]], int]
    update: Callable[[Document, int, dict[str, object]], None]
    delete: Callable[[Document, int], bool]
    fields: Callable[[dict[str, object]], dict[str, object]]


def _fields(rows: _Rows, changes: dict[str, object]) -> dict[str, object]:
    unknown = [k for k in changes if k not in rows.names]
    if unknown:
        raise InputError(f"unknown {rows.what} field '{unknown[0]}' (fields: {', '.join(rows.names)})")
    return rows.fields(changes)


def _added(diagnostic: Diagnostic, rows: _Rows, values: dict[str, object]):
    fields = _fields(rows, values)
    _room(rows.listed(diagnostic.document), rows.plural)
    new_id = rows.add(diagnostic.document, fields)
    return _find(rows.listed(diagnostic.document), new_id, rows.what, diagnostic)


def _updated(diagnostic: Diagnostic, rows: _Rows, reference: int | str, changes: dict[str, object]):
    row = _find(rows.listed(diagnostic.document), reference, rows.what, diagnostic)
    rows.update(diagnostic.document, row.id, _fields(rows, changes))
    return _find(rows.listed(diagnostic.document), row.id, rows.what, diagnostic)


def _deleted(diagnostic: Diagnostic, rows: _Rows, reference: int | str):
    row = _find(rows.listed(diagnostic.document), reference, rows.what, diagnostic)
    rows.delete(diagnostic.document, row.id)
    return row


def _member_fields(changes: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    if "name" in changes:
        out["name"] = _text(changes["name"], "member's name", MAX_NAME, required=True)
    if "function" in changes:
        out["function"] = _text(changes["function"], "member's function", MAX_NAME)
    if "role" in changes:
        out["role"] = _choice(changes["role"], "role", rules.ROLES)
    return out


MEMBERS = _Rows("member", "committee members", store.MEMBER_FIELDS, store.members, store.add_member,
                store.update_member, store.delete_member, _member_fields)


def add_member(diagnostic: Diagnostic, name: str, role: str, function: str = "") -> Member:
    return _added(diagnostic, MEMBERS, {"name": name, "function": function, "role": role})


def update_member(diagnostic: Diagnostic, reference: int | str, **changes: object) -> Member:
    return _updated(diagnostic, MEMBERS, reference, changes)


def delete_member(diagnostic: Diagnostic, reference: int | str) -> Member:
    return _deleted(diagnostic, MEMBERS, reference)


def _review_fields(changes: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    if "day" in changes:
        try:
            out["day"] = dt.date.fromisoformat(str(changes["day"]).strip()).isoformat()
        except ValueError:
            raise InputError(f"a review's day is a date written YYYY-MM-DD (got {changes['day']!r})") from None
    if "kind" in changes:
        out["kind"] = _choice(changes["kind"], "meeting kind", ("review", "committee"))
    if "notes" in changes:
        notes = str(changes["notes"] or "").strip()
        if len(notes) > MAX_NOTES:
            raise InputError(f"the review's notes are longer than {MAX_NOTES} characters")
        out["notes"] = notes
    return out


REVIEWS = _Rows("review", "recorded meetings", store.REVIEW_FIELDS, store.reviews, store.add_review,
                store.update_review, store.delete_review, _review_fields)


def add_review(diagnostic: Diagnostic, day: str, kind: str = "review", notes: str = "") -> ReviewRecord:
    """Record a review or a committee meeting held (or set) on ``day``, with its notes."""
    return _added(diagnostic, REVIEWS, {"day": day, "kind": kind, "notes": notes})


def update_review(diagnostic: Diagnostic, reference: int | str, **changes: object) -> ReviewRecord:
    return _updated(diagnostic, REVIEWS, reference, changes)


def delete_review(diagnostic: Diagnostic, reference: int | str) -> ReviewRecord:
    return _deleted(diagnostic, REVIEWS, reference)


# -- the risk register ------------------------------------------------------------------


def _score(value: object, what: str) -> int:
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        number = math.nan
    if isinstance(value, bool) or not number.is_integer() or not rules.MIN_SCORE <= number <= rules.MAX_SCORE:
        raise InputError(f"the {what} is a whole number from {rules.MIN_SCORE} to {rules.MAX_SCORE} (got {value})")
    return int(number)


def _risk_fields(changes: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    if "title" in changes:
        out["title"] = _text(changes["title"], "risk's title", MAX_TEXT, required=True)
    if "category" in changes:
        out["category"] = _choice(changes["category"], "risk category", rules.CATEGORIES)
    for name in ("likelihood", "impact"):
        if name in changes:
            out[name] = _score(changes[name], name)
    if "owner" in changes:
        out["owner"] = _text(changes["owner"], "risk's owner", MAX_NAME)
    if "mitigation" in changes:
        out["mitigation"] = _text(changes["mitigation"], "mitigation", MAX_NOTES)
    return out


RISKS = _Rows("risk", "risks", store.RISK_FIELDS, store.risks, store.add_risk, store.update_risk, store.delete_risk,
              _risk_fields)


def risk_register(diagnostic: Diagnostic, lang: str = "fr", suggest: bool = False,
                  scored: Sequence[Part] | None = None) -> RiskRegister:
    """The register with each risk's score and level, the matrix and, with ``suggest``, what the synthesis adds."""
    listed = store.risks(diagnostic.document)
    suggestions = suggested_risks(diagnostic, lang, scored, listed) if suggest else []
    return RiskRegister(
        risks=[RiskEntry(number=n, risk=r, score=r.score, level=r.level) for n, r in enumerate(listed, start=1)],
        matrix=rules.risk_matrix(listed), suggestions=suggestions)


def suggested_risks(diagnostic: Diagnostic, lang: str = "fr", scored: Sequence[Part] | None = None,
                    listed: Sequence[RiskRecord] | None = None) -> list[RiskSuggestion]:
    from bodiag.services.synthesis import synthesis

    listed = store.risks(diagnostic.document) if listed is None else listed
    return rules.suggest_risks(synthesis(diagnostic, lang, scored=scored), listed)


def add_risk(diagnostic: Diagnostic, title: str, category: str = "other", likelihood: object = 3, impact: object = 3,
             owner: str = "", mitigation: str = "") -> RiskRecord:
    return _added(diagnostic, RISKS, {"title": title, "category": category, "likelihood": likelihood, "impact": impact,
                                      "owner": owner, "mitigation": mitigation})


def add_suggested_risks(diagnostic: Diagnostic, lang: str = "fr") -> list[RiskRecord]:
    """Add every suggested risk not yet in the register; the added ones, in order."""
    added = []
    for s in suggested_risks(diagnostic, lang):
        added.append(add_risk(diagnostic, s.title, s.category, s.likelihood, s.impact, s.owner, s.mitigation))
    return added


def update_risk(diagnostic: Diagnostic, reference: int | str, **changes: object) -> RiskRecord:
    return _updated(diagnostic, RISKS, reference, changes)


def delete_risk(diagnostic: Diagnostic, reference: int | str) -> RiskRecord:
    return _deleted(diagnostic, RISKS, reference)


# -- the KPI board ------------------------------------------------------------------------


def _candidates(diagnostic: Diagnostic, lang: str, scored: Sequence[Part] | None) -> list[KpiCandidate]:
    from bodiag.services.indicators import Indicators
    from bodiag.services.synthesis import parts

    indicators = Indicators(diagnostic)
    out = []
    for part in parts(diagnostic) if scored is None else scored:
        for k in part.result.kpis:
            if not k.priority:
                continue
            measure = indicators.measure(k.kpi.measured_by, lang) if k.kpi.measured_by else None
            out.append(KpiCandidate(
                label=k.kpi.label.get(lang), unit=k.kpi.unit.get(lang) if k.kpi.unit else "",
                why=k.kpi.why.get(lang) if k.kpi.why else "", question_id=k.kpi.measured_by,
                assessment=measure.assessment if measure else None, value=measure.value if measure else None,
                goal=measure.goal if measure else None, direction=measure.direction if measure else None))
    return out


def kpi_board(diagnostic: Diagnostic, lang: str = "fr", suggest: bool = False,
              scored: Sequence[Part] | None = None) -> KpiBoard:
    listed = store.kpis(diagnostic.document)
    phase = diagnostic.organisation.phase
    focus = rules.phase_focus(phase)
    suggestions = rules.suggest_kpis(_candidates(diagnostic, lang, scored), listed) if suggest else []
    return KpiBoard(kpis=listed, phase=phase, focus=focus, focus_note=i18n.tr(f"gov_focus_{focus}", lang),
                    suggestions=suggestions)


def _value(value: object, what: str) -> float | None:
    if is_blank(value):
        return None
    try:  # « 1 234,5 » as the French interface shows it, or 1234.5
        number = float("".join(str(value).split()).replace(",", "."))
    except ValueError:
        number = math.nan
    if isinstance(value, bool) or not math.isfinite(number) or abs(number) > 1e12:
        raise InputError(f"the KPI's {what} is a number (got {value})")
    return number


def _kpi_fields(changes: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    if "label" in changes:
        out["label"] = _text(changes["label"], "KPI's label", MAX_TEXT, required=True)
    for name in ("unit", "source"):
        if name in changes:
            out[name] = _text(changes[name], f"KPI's {name}", MAX_NAME)
    for name in ("baseline", "target"):
        if name in changes:
            out[name] = _value(changes[name], name)
    if "direction" in changes:
        out["direction"] = _choice(changes["direction"], "direction", rules.DIRECTIONS)
    if "question_id" in changes:
        out["question_id"] = _text(changes["question_id"], "KPI's question", MAX_NAME) or None
    return out


KPIS = _Rows("KPI", "indicators", store.KPI_FIELDS, store.kpis, store.add_kpi, store.update_kpi, store.delete_kpi,
             _kpi_fields)


def add_kpi(diagnostic: Diagnostic, label: str, unit: str = "", source: str = "", baseline: object = None,
            target: object = None, direction: str = "higher_is_better", question_id: str | None = None) -> KpiRecord:
    return _added(diagnostic, KPIS, {"label": label, "unit": unit, "source": source, "baseline": baseline,
                                     "target": target, "direction": direction, "question_id": question_id})


def add_suggested_kpis(diagnostic: Diagnostic, lang: str = "fr") -> list[KpiRecord]:
    """Add every suggested KPI not yet on the board, its baseline and target from the answers."""
    return [add_kpi(diagnostic, s.label, s.unit, s.source, s.baseline, s.target, s.direction, s.question_id)
            for s in kpi_board(diagnostic, lang, suggest=True).suggestions]


def update_kpi(diagnostic: Diagnostic, reference: int | str, **changes: object) -> KpiRecord:
    return _updated(diagnostic, KPIS, reference, changes)


def delete_kpi(diagnostic: Diagnostic, reference: int | str) -> KpiRecord:
    return _deleted(diagnostic, KPIS, reference)


# -- change management ----------------------------------------------------------------


def change_actions(diagnostic: Diagnostic) -> list[ChangeAction]:
    """The plan's actions of kind communication, training or gains."""
    return store.change_actions(diagnostic.document)


def suggested_change(diagnostic: Diagnostic, lang: str = "fr", scored: Sequence[Part] | None = None) -> list[ChangeSuggestion]:
    """What accompanies the first actions of the plan (the synthesis's first three), not yet in the plan."""
    from bodiag.services.synthesis import synthesis

    first = synthesis(diagnostic, lang, scored=scored).first
    return rules.suggest_change(first, store.action_titles(diagnostic.document), lang)


def add_suggested_change(diagnostic: Diagnostic, lang: str = "fr") -> list[ChangeAction]:
    suggestions = suggested_change(diagnostic, lang)
    ids = set(store.add_change_actions(diagnostic.document, [
        # an announcement, a training, the gains shown: a few days' work each, not the improvement's own
        {"title": s.title[:action_plan.MAX_TITLE], "kind": s.kind, "owner": s.owner, "effort": "low"} for s in suggestions]))
    return [a for a in store.change_actions(diagnostic.document) if a.id in ids]


# -- progress ----------------------------------------------------------------------------


def progress(diagnostic: Diagnostic, lang: str = "fr", scored: Sequence[Part] | None = None) -> Progress:
    """Each re-assessed questionnaire's parts from their first to their latest assessment against the plan's
    targets, and each KPI from its baseline to its latest measure."""
    from bodiag.services import plan
    from bodiag.services.indicators import Indicators

    by_questionnaire: dict[str, list] = {}
    for record in diagnostic.assessments():
        by_questionnaire.setdefault(record.questionnaire_id, []).append(record)
    firsts = {q: min(records, key=lambda r: (r.created_at, r.id)) for q, records in by_questionnaire.items()
              if len(records) > 1}
    parts: list[PartProgress] = []
    for vision in plan.vision(diagnostic, lang, scored):
        first = firsts.get(vision.questionnaire_id)
        if first is None:
            continue
        result = diagnostic.score(first)
        sections = {s.id: s for s in result.top_sections}
        for part in vision.parts:
            before = sections.get(part.section_id)
            parts.append(rules.part_progress(vision.questionnaire_id, vision.title, part.section_id, part.title,
                                             before.score if before else None, part.score, part.target))
    indicators = Indicators(diagnostic)
    kpis = []
    for kpi in store.kpis(diagnostic.document):
        measure = indicators.measure(kpi.question_id, lang) if kpi.question_id else None
        kpis.append(rules.kpi_progress(kpi, measure.value if measure else None))
    return Progress(reassessed=bool(firsts), parts=parts, kpis=kpis)


def report(diagnostic: Diagnostic, lang: str = "fr", scored: Sequence[Part] | None = None,
           without_notes: bool = False, today: dt.date | None = None) -> GovernanceReport:
    """Everything the report shows of the governance (no suggestions: only what the user kept); ``without_notes``
    leaves out what was noted at the meetings; ``today``, the report's date, says which meeting comes next."""
    view = committee(diagnostic, lang, today)
    if without_notes:
        view = msgspec.structs.replace(view, recorded=[msgspec.structs.replace(r, notes="") for r in view.recorded])
    return GovernanceReport(committee=view, change=change_actions(diagnostic),
                            risks=risk_register(diagnostic, lang), kpis=kpi_board(diagnostic, lang),
                            progress=progress(diagnostic, lang, scored))
