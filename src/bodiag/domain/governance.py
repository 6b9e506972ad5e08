"""The plan directeur's governance: the steering committee, its calendar, the risk register and the KPI board.

Pure rules, documented in ``docs/plan.md`` (section *Governance*):

- **Committee.** Each member has one role: *decides*, *steers*, *funds* or
  *contributes*. A committee where nobody decides, or nobody funds, is flagged:
  a plan nobody can arbitrate or pay for stalls.
- **Calendar.** The committee meets every 1, 2 or 3 months (its cadence); the
  plan is reviewed every 6 months from its start month, over its horizon (a
  36-month plan starting in January 2027 is reviewed in July 2027, January 2028,
  … January 2030: six reviews).
- **Risk score** = likelihood × impact (each 1–5): 1–4 low, 5–9 moderate, 10–15
  high, 16–25 critical.
- **Suggested risks** are the synthesis's risks of doing nothing: the risk is
  the questionnaire's *why* of the item left open, the mitigation is the item
  (its title); its category comes from the item's theme, its likelihood from its
  urgency (⌈urgency / 25⌉, 1–5) and its impact is 4, 5 when several
  questionnaires ask for it.
- **Suggested KPIs** are the latest assessments' priority indicators for the
  organisation's profile (phase, headcount), one per measuring question, with
  the latest measure as baseline and the value that reaches its section's target
  as target.
- **Progress** of a part: (latest − first) / (target − first), in per cent,
  between its first and latest assessments; of a KPI: the same from its
  baseline to its target, counted in its direction.

No storage, no Qt.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence

import msgspec

from bodiag.domain import i18n
from bodiag.domain.synthesis import Item, Synthesis

ROLES = ("decides", "steers", "funds", "contributes")
CHANGE_KINDS = ("communication", "training", "gains")  # the actions' kinds that manage the change
CATEGORIES = ("provider", "continuity", "skills", "data", "other")
DIRECTIONS = ("higher_is_better", "lower_is_better")
CADENCES = {"monthly": 1, "bimonthly": 2, "quarterly": 3}  # months between two committee meetings
REVIEW_MONTHS = 6  # the plan's half-yearly review
MIN_SCORE, MAX_SCORE = 1, 5
LEVELS = ((4, "low"), (9, "moderate"), (15, "high"), (25, "critical"))  # upper bound of each risk level

# The category of a risk suggested from an item, by the item's theme (the questionnaires' ``theme`` ids).
THEME_CATEGORIES = {
    "provider_dependencies": "provider", "service_levels": "provider", "licence_review": "provider",
    "urgent_channel": "provider",
    "recovery_plan": "continuity", "backups": "continuity", "incident_register": "continuity",
    "key_person_backup": "skills", "change_support": "skills", "written_procedures": "skills",
    "responsibility_matrix": "skills",
    "data_protection": "data", "access_control": "data", "tool_map": "data",
}
MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def one_line(text: str) -> str:
    """Runs of ordinary spaces, tabs and line breaks as one space, ends trimmed; no-break spaces (French
    typography, « like this ») are kept."""
    return re.sub(r"[ \t\r\n\f\v]+", " ", text).strip(" ")


def _key(text: str) -> str:
    """A title as compared with another: spaces of any kind alike, case ignored (a stored title is normalised)."""
    return " ".join(text.split()).casefold()


class Member(msgspec.Struct, frozen=True):
    id: int
    name: str
    function: str
    role: str  # one of ROLES
    position: int = 0


class ReviewRecord(msgspec.Struct, frozen=True):
    """A review or committee meeting the user recorded, with its notes."""

    id: int
    day: str  # ISO date
    kind: str  # review | committee
    notes: str = ""


class RiskRecord(msgspec.Struct, frozen=True):
    id: int
    uuid: str
    title: str
    category: str
    likelihood: int
    impact: int
    owner: str
    mitigation: str
    position: int = 0

    @property
    def score(self) -> int:
        return risk_score(self.likelihood, self.impact)

    @property
    def level(self) -> str:
        return risk_level(self.score)


class KpiRecord(msgspec.Struct, frozen=True):
    id: int
    uuid: str
    label: str
    unit: str
    source: str  # where it is measured, as people say it
    baseline: float | None
    target: float | None
    direction: str
    question_id: str | None = None  # the numeric question that measures it, when it came from the answers
    position: int = 0


# -- the committee -----------------------------------------------------------------------


def committee_warnings(members: Sequence[Member]) -> list[str]:
    """What the committee lacks: ``empty``, or ``no_decider`` and/or ``no_funder``."""
    if not members:
        return ["empty"]
    roles = {m.role for m in members}
    return [code for code, role in (("no_decider", "decides"), ("no_funder", "funds")) if role not in roles]


# -- the calendar --------------------------------------------------------------------------


def parse_month(text: str) -> dt.date:
    """``2027-01`` as the first day of that month; ValueError otherwise."""
    found = MONTH.match(text.strip())
    if not found:
        raise ValueError(f"a month is written YYYY-MM, e.g. 2027-01 (got {text!r})")
    return dt.date(int(found[1]), int(found[2]), 1)


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


class Meeting(msgspec.Struct, frozen=True):
    day: str  # ISO date, the first of the month it is planned in
    kind: str  # review | committee


def review_dates(start: dt.date, horizon_months: int) -> list[dt.date]:
    """The half-yearly reviews: every 6 months after the start month, up to the end of the horizon."""
    return [add_months(start, k) for k in range(REVIEW_MONTHS, horizon_months + 1, REVIEW_MONTHS)]


def committee_dates(start: dt.date, horizon_months: int, cadence: str) -> list[dt.date]:
    """The committee meetings: from the start month, every ``cadence`` months, within the horizon."""
    if cadence not in CADENCES:
        return []
    step = CADENCES[cadence]
    return [add_months(start, k) for k in range(0, horizon_months, step)]


def next_meeting(start: dt.date, horizon_months: int, cadence: str, today: dt.date) -> Meeting | None:
    """The first review or committee meeting in ``today``'s month or later (a review wins a shared month)."""
    reviews = [Meeting(day=d.isoformat(), kind="review") for d in review_dates(start, horizon_months)]
    committees = [Meeting(day=d.isoformat(), kind="committee") for d in committee_dates(start, horizon_months, cadence)]
    this_month = today.replace(day=1).isoformat()
    coming = sorted((m for m in reviews + committees if m.day >= this_month), key=lambda m: (m.day, m.kind != "review"))
    return coming[0] if coming else None


# -- risks ---------------------------------------------------------------------------------


def risk_score(likelihood: int, impact: int) -> int:
    return likelihood * impact


def risk_level(score: int) -> str:
    return next(level for bound, level in LEVELS if score <= bound)


class RiskSuggestion(msgspec.Struct, frozen=True):
    """A risk the answers point at, to add to the register."""

    title: str
    category: str
    likelihood: int
    impact: int
    owner: str
    mitigation: str
    item: str  # the synthesis item's key it comes from


def _likelihood(urgency: float) -> int:
    return max(MIN_SCORE, min(MAX_SCORE, math.ceil(round(urgency, 2) / 25)))


def suggest_risks(synthesis: Synthesis, registered: Iterable[RiskRecord] = ()) -> list[RiskSuggestion]:
    """The synthesis's risks of doing nothing as register entries, skipping those already registered (same title)."""
    known = {_key(r.title) for r in registered}
    by_title = {item.title: item for item in synthesis.items}
    out = []
    for risk in synthesis.risks:
        item = by_title.get(risk.title)
        if item is None:
            continue
        title = one_line(risk.why)
        if not title or _key(title) in known:
            continue
        out.append(RiskSuggestion(
            title=title, category=THEME_CATEGORIES.get(item.key, "other"), likelihood=_likelihood(item.urgency),
            impact=5 if len(item.questionnaires) > 1 else 4, owner=item.owner, mitigation=item.title, item=item.key,
        ))
        known.add(_key(title))
    return out


class MatrixCell(msgspec.Struct, frozen=True):
    likelihood: int
    impact: int
    level: str
    risks: list[int]  # the register's numbers (position order, from 1) of the risks in this cell


def risk_matrix(risks: Sequence[RiskRecord]) -> list[list[MatrixCell]]:
    """The 5 × 5 likelihood × impact grid, likelihood 5 first (the top row), impact 1 to 5 left to right."""
    numbered = list(enumerate(risks, start=1))
    return [[MatrixCell(likelihood=li, impact=im, level=risk_level(risk_score(li, im)),
                        risks=[n for n, r in numbered if r.likelihood == li and r.impact == im])
             for im in range(MIN_SCORE, MAX_SCORE + 1)] for li in range(MAX_SCORE, MIN_SCORE - 1, -1)]


# -- KPIs --------------------------------------------------------------------------------


class KpiSuggestion(msgspec.Struct, frozen=True):
    label: str
    unit: str
    source: str  # the assessment the baseline comes from
    baseline: float | None
    target: float | None
    direction: str
    question_id: str | None
    why: str


class KpiCandidate(msgspec.Struct, frozen=True):
    """A priority indicator of a latest assessment for the organisation's profile, with its measure if any."""

    label: str
    unit: str
    why: str
    question_id: str | None
    assessment: str | None  # where the measure comes from
    value: float | None
    goal: float | None
    direction: str | None


def suggest_kpis(candidates: Sequence[KpiCandidate], registered: Iterable[KpiRecord] = ()) -> list[KpiSuggestion]:
    """One suggestion per measuring question (or per label when none), skipping what the board already tracks."""
    taken = set()
    for kpi in registered:
        taken.add(("q", kpi.question_id) if kpi.question_id else ("l", _key(kpi.label)))
        taken.add(("l", _key(kpi.label)))
    out = []
    for c in candidates:
        key = ("q", c.question_id) if c.question_id else ("l", _key(c.label))
        if key in taken or ("l", _key(c.label)) in taken:
            continue
        taken.update({key, ("l", _key(c.label))})
        out.append(KpiSuggestion(label=c.label, unit=c.unit, source=c.assessment or "", baseline=c.value,
                                 target=c.goal, direction=c.direction or "higher_is_better", question_id=c.question_id,
                                 why=c.why))
    return out


def phase_focus(phase: str | None) -> str:
    """What the KPI board favours for the company's phase: ``reactivity`` (growth), ``reliability``
    (transformation, sale or transfer), ``efficiency`` (stable), ``balanced`` (unknown)."""
    return {"growth": "reactivity", "transformation": "reliability", "sale_transfer": "reliability",
            "stable": "efficiency"}.get(phase or "", "balanced")


# -- change management ---------------------------------------------------------------------


class ChangeSuggestion(msgspec.Struct, frozen=True):
    title: str
    kind: str  # communication | training | gains
    owner: str
    item: str  # the synthesis item it accompanies


def suggest_change(first: Sequence[Item], taken: Iterable[str], lang: str) -> list[ChangeSuggestion]:
    """For each of the first actions: announce it; train for it when its effort is medium or high (a new way of
    working); measure and show its gains when its impact is high. Titles already in the plan are skipped."""
    known = {_key(t) for t in taken}
    out = []
    for item in first:
        kinds = ["communication"]
        if item.effort in ("medium", "high"):
            kinds.append("training")
        if item.impact == "high":
            kinds.append("gains")
        for kind in kinds:
            title = i18n.tr(f"gov_change_{kind}", lang, title=item.title)
            if _key(title) in known:
                continue
            known.add(_key(title))
            out.append(ChangeSuggestion(title=title, kind=kind, owner=item.owner, item=item.key))
    return out


# -- progress ------------------------------------------------------------------------------


def progress(first: float | None, latest: float | None, target: float | None, direction: str = "higher_is_better") -> float | None:
    """How far from ``first`` to ``target`` ``latest`` has come, in per cent (may be below 0 or above 100);
    ``None`` when a figure is missing, 100 when the start already met the target and it still holds."""
    if first is None or latest is None or target is None:
        return None
    sign = 1.0 if direction == "higher_is_better" else -1.0
    span = sign * (target - first)
    moved = sign * (latest - first)
    if span <= 1e-9:
        return 100.0 if sign * (latest - target) >= -1e-9 else 0.0
    return round(100.0 * moved / span, 2)


class PartProgress(msgspec.Struct, frozen=True):
    questionnaire_id: str
    questionnaire: str
    section_id: str
    title: str
    first: float | None  # score in the first assessment
    latest: float | None  # score in the latest assessment
    target: float
    progress: float | None  # per cent of the way from first to target
    reached: bool


class KpiProgress(msgspec.Struct, frozen=True):
    label: str
    unit: str
    baseline: float | None
    current: float | None  # the latest measure, when a question measures it
    target: float | None
    direction: str
    progress: float | None
    reached: bool


def part_progress(questionnaire_id: str, questionnaire: str, section_id: str, title: str, first: float | None,
                  latest: float | None, target: float) -> PartProgress:
    first = None if first is None else round(first, 2)  # the figures shown are the figures compared
    latest = None if latest is None else round(latest, 2)
    return PartProgress(questionnaire_id=questionnaire_id, questionnaire=questionnaire, section_id=section_id,
                        title=title, first=first, latest=latest, target=round(target, 2),
                        progress=progress(first, latest, target),
                        reached=latest is not None and latest >= target - 1e-9)


def kpi_progress(kpi: KpiRecord, current: float | None) -> KpiProgress:
    reached = current is not None and kpi.target is not None and (
        current >= kpi.target - 1e-9 if kpi.direction == "higher_is_better" else current <= kpi.target + 1e-9)
    return KpiProgress(label=kpi.label, unit=kpi.unit, baseline=kpi.baseline, current=current, target=kpi.target,
                       direction=kpi.direction, progress=progress(kpi.baseline, current, kpi.target, kpi.direction),
                       reached=reached)


# -- the read models the app, the command line and the report show ----------------------------


class Committee(msgspec.Struct, frozen=True):
    members: list[Member]
    warnings: list[str]  # codes: empty | no_decider | no_funder
    messages: list[str]  # the warnings as sentences
    cadence: str  # monthly | bimonthly | quarterly | '' (not set)
    start_month: str  # YYYY-MM
    start_from: str  # plan (chosen) | assessment (the month after the latest) | today
    horizon_months: int
    reviews: list[str]  # ISO dates of the half-yearly reviews
    meetings: list[str]  # ISO dates of the committee meetings
    next: Meeting | None
    recorded: list[ReviewRecord]


class RiskEntry(msgspec.Struct, frozen=True):
    number: int  # its place in the register, from 1 (the matrix's label)
    risk: RiskRecord
    score: int
    level: str


class RiskRegister(msgspec.Struct, frozen=True):
    risks: list[RiskEntry]
    matrix: list[list[MatrixCell]]
    suggestions: list[RiskSuggestion]


class KpiBoard(msgspec.Struct, frozen=True):
    kpis: list[KpiRecord]
    phase: str | None
    focus: str  # reactivity | reliability | efficiency | balanced
    focus_note: str
    suggestions: list[KpiSuggestion]


class Progress(msgspec.Struct, frozen=True):
    reassessed: bool  # some questionnaire has more than one assessment
    parts: list[PartProgress]  # the re-assessed questionnaires' parts: first vs latest vs target
    kpis: list[KpiProgress]


class ChangeAction(msgspec.Struct, frozen=True):
    """A change-management action of the plan: communication, training or showing the gains."""

    id: int
    title: str
    kind: str  # communication | training | gains
    owner: str
    deadline: str | None
    status: str


class GovernanceReport(msgspec.Struct, frozen=True):
    """What the report shows of the governance: committee and calendar, change management, risks, KPIs, progress."""

    committee: Committee
    change: list[ChangeAction]
    risks: RiskRegister
    kpis: KpiBoard
    progress: Progress
