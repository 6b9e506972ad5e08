"""The synthesis across questionnaires: one ranked list of what to do, the first three, findings, decisions, risks.

Built from the latest assessment of each questionnaire and the decided actions
of the plan, by the rules that ``docs/plan.md`` documents with a worked example:

- **Urgency.** A recommendation's priority (weight × gap × profile factor) is
  put on a 0–100 scale within its own assessment (100 = that assessment's most
  pressing recommendation), so that questionnaires with different weights can
  be ranked together.
- **Merging.** Recommendations that name the same ``theme`` — in one
  questionnaire or several — are one item; so are recommendations of the same
  id (a decided action and the recommendation it came from). An item's urgency
  is its most urgent member's plus :data:`MERGE_BONUS` of each other member's:
  what several parts of the diagnostic ask for comes first.
- **Value.** Urgency × the item's impact factor (:data:`IMPACT_FACTOR`); items
  are ranked by value, then urgency, then the order the questionnaires list them.
- **Workload.** Person-days from the item's effort (:data:`EFFORT_DAYS`, the
  largest of its members'), unless an action states its own (the roadmap's):
  then the sum of its actions' workloads, stated or from their effort.
- **First three.** Actions already in progress first (they are under way this
  quarter), then the ranked items, each taken when it fits in what is left of
  the quarter's capacity (:data:`QUARTER_CAPACITY` by headcount unless the plan
  states one); at most three, and never none while something is open. When the
  top-ranked item does not fit, the board is asked to split it or add capacity.
- **The chosen scenario.** A questionnaire whose verdict speaks only to other
  scenarios (``informs``) is set aside once a scenario is chosen: what only it
  asks for, with no action decided, is *deferred* — ranked after the rest, not
  among the first three (unless nothing else is open), not a risk of doing
  nothing. Choosing to optimise in-house defers the outsourcing contract's
  clauses; choosing to outsource keeps them.

Findings, decisions and risks are sentences made from these figures and the
answers, in the language asked for; nothing here is written in advance of the
answers. Pure Python: no storage, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import msgspec

from bodiag.domain import i18n
from bodiag.domain.answers import Answer
from bodiag.domain.model import ChecklistQuestion, Questionnaire
from bodiag.domain.records import ActionRecord
from bodiag.domain.results import AssessmentResult, RecommendationResult

MERGE_BONUS = 0.25
IMPACT_FACTOR = {"low": 0.75, "medium": 1.0, "high": 1.25}
EFFORT_RANK = {"low": 0, "medium": 1, "high": 2}
EFFORT_DAYS = {"low": 3.0, "medium": 10.0, "high": 30.0}
QUARTER_CAPACITY = {"micro": 15.0, "small": 30.0, "medium": 60.0, "large": 120.0}
DEFAULT_CAPACITY = QUARTER_CAPACITY["micro"]
FIRST = 3
PROVISIONAL_COVERAGE = 80.0  # below this share of applicable questions answered, conclusions are provisional
RISKS = 3
OPEN = ("todo", "in_progress")


class Part(msgspec.Struct, frozen=True):
    """One questionnaire's latest assessment, as the synthesis reads it."""

    assessment_id: int
    title: str  # the assessment's title
    questionnaire: Questionnaire
    result: AssessmentResult
    answers: Mapping[str, Answer]


class Reason(msgspec.Struct, frozen=True):
    """Why an item is asked for: one recommendation of one questionnaire, and the answer that triggered it."""

    questionnaire_id: str
    questionnaire: str  # its title
    question_id: str
    question: str  # the question's text
    answer: str  # as a person reads it
    recommendation_id: str
    title: str
    why: str
    urgency: float


class Item(msgspec.Struct, frozen=True):
    """One thing to do, merged from every recommendation and action that asks for it."""

    key: str  # the theme, "<questionnaire>:<recommendation>" or "action:<uuid>"
    rank: int  # 1 = first
    title: str
    how: str
    urgency: float  # 0–100+, see the module's rules
    value: float
    impact: str  # low | medium | high
    effort: str | None
    workload_days: float
    status: str  # open (no action decided yet) | todo | in_progress
    owner: str
    deadline: str | None
    cost: float | None  # euros, the sum of its actions' costs when any is known
    actions: list[str]  # uuids of the decided actions it gathers
    reasons: list[Reason]
    deferred: bool = False  # only questionnaires the chosen scenario sets aside ask for it

    @property
    def questionnaires(self) -> list[str]:
        return list(dict.fromkeys(r.questionnaire_id for r in self.reasons))

    @property
    def merged(self) -> bool:
        return len(self.reasons) > 1


class Risk(msgspec.Struct, frozen=True):
    """A risk of doing nothing: a high-impact item left open, said with the answer behind it."""

    title: str
    why: str
    questionnaire: str
    question: str
    answer: str


class WaveLoad:
    """What a wave's figures say: its workload past its capacity, its known costs past its budget (a mixin of the
    records that carry ``workload_days``, ``capacity_days``, ``cost`` and ``budget``)."""

    __slots__ = ()
    workload_days: float
    capacity_days: float
    cost: float
    budget: float | None

    @property
    def overloaded(self) -> bool:
        return self.workload_days > self.capacity_days + 1e-9

    @property
    def over_budget(self) -> bool:
        return self.budget is not None and self.cost > self.budget + 1e-9


class FirstWave(msgspec.Struct, WaveLoad, frozen=True):
    """The roadmap's first wave (0–6 months) as the board is asked to approve it: its actions' workload against
    its capacity, and their known costs against the budget stated for it."""

    wave: str
    actions: int
    workload_days: float
    capacity_days: float
    cost: float  # the known costs of its actions
    costed: int  # how many of its actions state a cost
    budget: float | None  # stated for the wave


class Synthesis(msgspec.Struct, frozen=True):
    lang: str
    items: list[Item]  # ranked; open items only (done and dropped actions are counted below)
    first: list[Item]
    first_workload: float
    first_cost: float | None
    capacity_days: float  # the quarter's capacity used for the first three
    capacity_from: str  # headcount | plan | default
    findings: list[str]
    decisions: list[str]
    risks: list[Risk]
    provisional: list[str]  # why conclusions are provisional; empty when they are not
    done: int
    dropped: int
    recommendations: int  # open recommendations gathered into the items
    first_wave: FirstWave | None = None  # the roadmap's first wave, once the roadmap is known (its approval is a decision)


# -- gathering ------------------------------------------------------------------------


class _Group:
    def __init__(self, key: str, order: int):
        self.key = key
        self.order = order
        self.reasons: list[Reason] = []
        self.members: list[RecommendationResult] = []
        self.actions: list[ActionRecord] = []
        self.title = ""
        self.how = ""

    def urgency(self) -> float:
        values = sorted((r.urgency for r in self.reasons), reverse=True)
        if not values:
            return 0.0
        return values[0] + MERGE_BONUS * sum(values[1:])


def _urgencies(result: AssessmentResult) -> dict[str, float]:
    top = max((r.priority for r in result.recommendations), default=0.0)
    if top <= 0:
        return {r.id: 0.0 for r in result.recommendations}
    return {r.id: round(100.0 * r.priority / top, 2) for r in result.recommendations}


def _answer_text(part: Part, rec: RecommendationResult, lang: str) -> str:
    question = part.questionnaire.questions_by_id[rec.question_id]
    answer = part.answers.get(rec.question_id)
    if isinstance(question, ChecklistQuestion) and rec.recommendation.items:
        labels = {i.id: i.label.get(lang) for i in question.items}
        return ", ".join(labels[i] for i in rec.recommendation.items if i in labels)
    if answer is None:
        return ""
    return answer.display(part.questionnaire, question, lang)


def _reason(part: Part, rec: RecommendationResult, urgency: float, lang: str) -> Reason:
    q = part.questionnaire
    return Reason(
        questionnaire_id=q.id, questionnaire=q.title.get(lang), question_id=rec.question_id,
        question=" ".join(q.questions_by_id[rec.question_id].text.get(lang).split()),
        answer=_answer_text(part, rec, lang), recommendation_id=rec.id,
        title=" ".join(rec.recommendation.title.get(lang).split()), why=" ".join(rec.recommendation.why.get(lang).split()),
        urgency=urgency,
    )


def _groups(parts: Sequence[Part], actions: Sequence[ActionRecord], questionnaire_of: Mapping[int, str],
            lang: str) -> list[_Group]:
    groups: dict[str, _Group] = {}
    key_of: dict[tuple[str, str], str] = {}  # (questionnaire, recommendation) -> group key
    order = 0
    for part in parts:
        urgency = _urgencies(part.result)
        for rec in sorted(part.result.recommendations, key=lambda r: r.order):
            order += 1
            key = rec.recommendation.theme or f"{part.questionnaire.id}:{rec.id}"
            key_of[(part.questionnaire.id, rec.id)] = key
            group = groups.setdefault(key, _Group(key, order))
            group.reasons.append(_reason(part, rec, urgency[rec.id], lang))
            group.members.append(rec)
    by_part = {part.assessment_id: part for part in parts}
    for action in actions:
        if action.status not in OPEN:
            continue
        questionnaire_id = questionnaire_of.get(action.assessment_id) if action.assessment_id is not None else None
        key = key_of.get((questionnaire_id, action.recommendation_id)) if questionnaire_id and action.recommendation_id else None
        if key is None:
            key = _key_from_questions(action, by_part, key_of) or f"action:{action.uuid}"
        order += 1
        groups.setdefault(key, _Group(key, order)).actions.append(action)
    for group in groups.values():
        if group.members:
            best = max(zip(group.reasons, group.members, strict=True), key=lambda pair: pair[0].urgency)
            group.title = best[0].title
            group.how = " ".join(best[1].recommendation.how.get(lang).split())
        if group.actions:  # a decided action names the item as the user wrote it
            group.title = group.actions[0].title
    return list(groups.values())


def _key_from_questions(action: ActionRecord, parts: Mapping[int, Part], key_of: Mapping[tuple[str, str], str]) -> str | None:
    """A hand-made action joins the most urgent recommendation of the questions it is linked to, if any."""
    part = parts.get(action.assessment_id) if action.assessment_id is not None else None
    if part is None or not action.question_ids:
        return None
    linked = [r for r in part.result.recommendations if r.question_id in action.question_ids]
    if not linked:
        return None
    best = max(linked, key=lambda r: r.priority)
    return key_of.get((part.questionnaire.id, best.id))


def _item(group: _Group, rank: int) -> Item:
    impacts = [r.recommendation.impact.value for r in group.members] or ["medium"]
    impact = max(impacts, key=lambda i: IMPACT_FACTOR.get(i, 1.0))
    efforts = [a.effort for a in group.actions if a.effort] or [r.recommendation.effort.value for r in group.members]
    effort = max(efforts, key=lambda e: EFFORT_RANK.get(e, 1)) if efforts else None
    workload = EFFORT_DAYS.get(effort or "medium", EFFORT_DAYS["medium"])
    if any(a.workload_days is not None for a in group.actions):  # the roadmap's stated person-days
        workload = sum(a.workload_days if a.workload_days is not None else EFFORT_DAYS.get(a.effort or effort or "medium",
                                                                                          EFFORT_DAYS["medium"])
                       for a in group.actions)
    costs = [a.cost for a in group.actions if a.cost is not None]
    statuses = {a.status for a in group.actions}
    status = "in_progress" if "in_progress" in statuses else "todo" if statuses else "open"
    deadlines = sorted(a.deadline for a in group.actions if a.deadline)
    owners = list(dict.fromkeys(a.owner for a in group.actions if a.owner))
    urgency = round(group.urgency(), 2)
    return Item(
        key=group.key, rank=rank, title=group.title, how=group.how, urgency=urgency,
        value=round(urgency * IMPACT_FACTOR.get(impact, 1.0), 2), impact=impact, effort=effort, workload_days=workload,
        status=status, owner=", ".join(owners), deadline=deadlines[0] if deadlines else None,
        cost=sum(costs) if costs else None, actions=[a.uuid for a in group.actions],
        reasons=sorted(group.reasons, key=lambda r: -r.urgency),
    )


def rank(groups: Sequence[_Group], deferred: frozenset[str] = frozenset()) -> list[Item]:
    drafts = [_item(g, 0) for g in groups]
    drafts = [msgspec.structs.replace(i, deferred=True)
              if i.reasons and not i.actions and set(i.questionnaires) <= deferred else i for i in drafts]
    orders = {g.key: g.order for g in groups}
    drafts.sort(key=lambda i: (i.deferred, -i.value, -i.urgency, orders[i.key]))
    return [msgspec.structs.replace(item, rank=n) for n, item in enumerate(drafts, start=1)]


def first_items(items: Sequence[Item], capacity: float) -> list[Item]:
    """The first three: in-progress items first, then the ranked ones that fit in the capacity left."""
    chosen: list[Item] = []
    left = capacity
    for item in [i for i in items if i.status == "in_progress"] + [i for i in items if i.status != "in_progress"]:
        if len(chosen) == FIRST or (item.deferred and chosen):
            break
        if item.workload_days <= left or not chosen:
            chosen.append(item)
            left -= item.workload_days
    return chosen


def capacity_for(headcount: str | None, stated: float | None) -> tuple[float, str]:
    if stated is not None:
        return stated, "plan"
    if headcount in QUARTER_CAPACITY:
        return QUARTER_CAPACITY[headcount], "headcount"
    return DEFAULT_CAPACITY, "default"


# -- sentences ------------------------------------------------------------------------


def _provisional(parts: Sequence[Part], lang: str) -> list[str]:
    out = []
    for part in parts:
        counts = part.result.counts
        coverage = counts.coverage
        if coverage is not None and coverage < PROVISIONAL_COVERAGE:
            out.append(i18n.tr("syn_provisional_part", lang, questionnaire=part.questionnaire.title.get(lang),
                               answered=counts.scored, total=counts.applicable))
    return out


def _finding(part: Part, lang: str) -> str:
    """One sentence per questionnaire: its score and band, the part furthest behind, the parts at target
    (or the least weak when none is), the verdict and its first reason."""
    result, q = part.result, part.questionnaire
    if result.score is None:
        return i18n.tr("syn_no_score", lang, questionnaire=q.title.get(lang))
    clauses = [i18n.tr("syn_score", lang, questionnaire=q.title.get(lang), score=i18n.score(result.score, lang),
                       band=q.band_for(result.score).label.get(lang))]
    scored = [s for s in result.top_sections if s.score is not None]
    if len(scored) >= 2:
        weakest = min(scored, key=lambda s: s.score - s.target)
        clauses.append(i18n.tr("syn_weakest", lang, part=weakest.title.get(lang), score=i18n.score(weakest.score, lang),
                               target=i18n.score(weakest.target, lang)))
        reached = sorted((s for s in scored if s.score >= s.target), key=lambda s: s.target - s.score)
        if reached:
            clauses.append(i18n.tr("syn_reached", lang, parts=", ".join(s.title.get(lang) for s in reached[:3])))
        else:
            least = max(scored, key=lambda s: s.score - s.target)
            clauses.append(i18n.tr("syn_none_reached", lang, part=least.title.get(lang),
                                   score=i18n.score(least.score, lang)))
    verdict = result.verdict
    if verdict is not None and verdict.rule is not None:
        reasons = verdict.reasons(lang)
        said = i18n.tr("syn_verdict", lang, label=verdict.rule.label.get(lang))
        first = reasons[0].rstrip('.') if reasons else ''
        if first[1:2].islower():
            first = first[0].lower() + first[1:]
        clauses.append(f"{said}{i18n.colon(lang)}{first}" if first else said)
    return i18n.tr("syn_clauses", lang, first=clauses[0], rest="".join(i18n.tr("syn_clause", lang, clause=c) for c in clauses[1:]))


def _findings(parts: Sequence[Part], items: Sequence[Item], done: int, lang: str) -> list[str]:
    out = [_finding(part, lang) for part in parts]
    shared = [i for i in items if len(i.questionnaires) > 1]
    if shared:
        top = max(shared, key=lambda i: (len(i.reasons), -i.rank))
        out.append(i18n.tr("syn_shared", lang, count=len(top.reasons), parts=len(top.questionnaires),
                           title=i18n.quote(top.title, lang), themes=len(shared)))
    under_way = sum(1 for i in items if i.status == "in_progress")
    if under_way or done:
        out.append(i18n.tr("syn_progress", lang, under_way=under_way, done=done))
    return out


def _decisions(parts: Sequence[Part], items: Sequence[Item], first: Sequence[Item], capacity: float, workload: float,
               cost: float | None, provisional: Sequence[str], lang: str, aside: frozenset[str],
               chosen: bool) -> list[str]:
    out = []
    for part in parts:
        verdict = part.result.verdict
        if verdict is not None and verdict.rule is not None and part.questionnaire.id not in aside:
            out.append(i18n.tr("syn_decide_verdict", lang, title=verdict.title.get(lang),
                               label=verdict.rule.label.get(lang)))
    if not chosen:
        out.append(i18n.tr("syn_decide_scenario", lang))
    if first:
        budget = i18n.tr("syn_budget", lang, amount=i18n.money(cost, lang)) if cost else ""
        out.append(i18n.tr_count("syn_decide_first", lang, len(first), days=i18n.number(workload, lang, 0), budget=budget))
        top = next((i for i in items if i.status != "in_progress" and not i.deferred), None)
        if top is not None and top not in first:
            busy = sum(i.workload_days for i in first if i.status == "in_progress")
            out.append(i18n.tr("syn_decide_split_busy" if busy else "syn_decide_split", lang,
                               title=i18n.quote(top.title, lang), days=i18n.number(top.workload_days, lang, 0),
                               capacity=i18n.number(capacity, lang, 0), left=i18n.number(max(0.0, capacity - busy), lang, 0)))
        ownerless = sum(1 for i in first if not i.owner)
        if ownerless:
            out.append(i18n.tr_count("syn_decide_owners", lang, ownerless))
    if provisional:
        missing = sum(p.result.counts.applicable - p.result.counts.scored for p in parts)
        out.append(i18n.tr_count("syn_decide_complete", lang, missing))
    return out


def _risks(items: Sequence[Item]) -> list[Risk]:
    out = []
    for item in items:
        if item.impact != "high" or item.status == "in_progress" or item.deferred or not item.reasons:
            continue
        reason = item.reasons[0]
        out.append(Risk(title=item.title, why=reason.why, questionnaire=reason.questionnaire,
                        question=reason.question, answer=reason.answer))
        if len(out) == RISKS:
            break
    return out


def set_aside(parts: Sequence[Part], chosen_kind: str | None) -> frozenset[str]:
    """The questionnaires the chosen scenario sets aside: those whose verdict speaks only to other scenarios
    (the outsourcing readiness questions, when the plan chose to optimise in-house)."""
    if chosen_kind is None:
        return frozenset()
    return frozenset(
        p.questionnaire.id for p in parts
        if p.questionnaire.verdict is not None and p.questionnaire.verdict.informs
        and chosen_kind not in p.questionnaire.verdict.informs
    )


def synthesise(parts: Sequence[Part], actions: Sequence[ActionRecord], questionnaire_of: Mapping[int, str],
               headcount: str | None, lang: str, capacity: float | None = None,
               chosen_kind: str | None = None) -> Synthesis:
    """The synthesis of ``parts`` (each questionnaire's latest assessment) and the plan's ``actions``;
    ``questionnaire_of`` maps every assessment id of the document to its questionnaire id (an action of an
    earlier assessment joins the same recommendation of the latest one); ``chosen_kind`` is the kind of the
    plan's chosen scenario, if any."""
    lang = i18n.check_lang(lang)
    aside = set_aside(parts, chosen_kind)
    items = rank(_groups(parts, actions, questionnaire_of, lang), aside)
    days, source = capacity_for(headcount, capacity)
    first = first_items(items, days)
    workload = sum(i.workload_days for i in first)
    costs = [i.cost for i in first if i.cost is not None]
    cost = sum(costs) if costs else None
    provisional = _provisional(parts, lang)
    done = sum(1 for a in actions if a.status == "done")
    return Synthesis(
        lang=lang, items=items, first=first, first_workload=workload, first_cost=cost, capacity_days=days,
        capacity_from=source, findings=_findings(parts, items, done, lang),
        decisions=_decisions(parts, items, first, days, workload, cost, provisional, lang, aside,
                             chosen_kind is not None) if parts else [], risks=_risks(items),
        provisional=provisional, done=done, dropped=sum(1 for a in actions if a.status == "dropped"),
        recommendations=sum(len(p.result.recommendations) for p in parts),
    )
