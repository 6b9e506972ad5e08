"""Plain-text renderings for the terminal: results, the action plan, comparisons, the timeline, divergence.

Every command group may import this module; it imports none of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bodiag.domain import i18n
from bodiag.domain.answers import format_number
from bodiag.domain.results import question_count
from bodiag.domain.vocabulary import ACTION_STATUS, HORIZON, LEVEL, label

if TYPE_CHECKING:
    from bodiag.domain.answers import Answer
    from bodiag.domain.model import Questionnaire
    from bodiag.domain.records import ActionRecord, AssessmentRecord, Organisation
    from bodiag.domain.results import AssessmentResult
    from bodiag.domain.synthesis import Item, Synthesis
    from bodiag.domain.vision import PartVision, QuestionnaireVision
    from bodiag.domain.scenarios import ScenarioView
    from bodiag.domain.tag_scores import CrossTagResult
    from bodiag.services.diagnostic import Diagnostic
    from bodiag.services.workshop import QuestionDivergence

BAR_WIDTH = 20


def _num(value: float | None, lang: str, digits: int = 1, signed: bool = False) -> str:
    """The report's way of writing a figure (:mod:`bodiag.domain.i18n`); ``—`` for none."""
    return i18n.signed(value, lang, digits) if signed else i18n.number(value, lang, digits)


def _words(lang: str) -> dict[str, str]:
    """The terminal's fixed words in ``lang``, from the one catalogue, by their short names."""
    return {key.removeprefix("term_"): i18n.tr(key, lang) for key in i18n.keys() if key.startswith("term_")}


def shown(value: Answer | None, questionnaire: Questionnaire, question_id: str, lang: str) -> str:
    """An answer to a question as the terminal shows it; ``—`` for none, or for a question no longer asked."""
    question = questionnaire.questions_by_id.get(question_id)
    return value.display(questionnaire, question, lang) if value is not None and question is not None else "—"


def recorded_answer(
    diagnostic: Diagnostic, assessment: AssessmentRecord, question_id: str, value: Answer | None, lang: str
) -> str:
    """``question: answer``, as a command that records an answer prints what is now stored."""
    return f"{question_id}: {shown(value, diagnostic.questionnaire(assessment), question_id, lang)}"


def _bar(score: float | None) -> str:
    if score is None:
        return " " * BAR_WIDTH
    filled = round(score / 100 * BAR_WIDTH)
    return "█" * filled + "░" * (BAR_WIDTH - filled)


def render_tags_across(tags: list[CrossTagResult], lang: str) -> str:
    """The tags pooled over questionnaires, each followed by the questionnaires it comes from and their own score."""
    w = _words(lang)
    lines = [w["tags_across"]]
    if not tags:
        lines.append(f"  {w['tags_across_none']}")
    width = min(48, max([len(t.title(lang)) for t in tags], default=0))
    for tag in tags:
        title = tag.title(lang)
        if len(title) > width:
            title = title[: width - 1] + "…"
        counts = f"{tag.counts.scored}/{tag.counts.applicable}"
        lines.append(f"  {title:<{width}}  {_num(tag.score, lang):>5}  {_bar(tag.score)}  {counts:>5}")
        for part in tag.contributions:
            part_counts = f"{part.counts.scored}/{part.counts.applicable}"
            lines.append(f"    – {part.title.get(lang)} — {_num(part.score, lang)} ({part_counts})")
    return "\n".join(lines)


def render_result(
    organisation: Organisation, assessment: AssessmentRecord, result: AssessmentResult, lang: str, top: int = 5,
    by_tag: bool = False,
) -> str:
    w = _words(lang)
    q = result.questionnaire
    lines = [
        f"{organisation.name} — {q.title.get(lang)} (v{q.version})",
        f"{w['assessment']} {assessment.id} · {assessment.title}",
    ]
    band = q.band_for(result.score).label.get(lang) if result.score is not None else "—"
    level = f" · {w['level']} {_num(result.level, lang)}/{q.top_level}" if q.levels else ""
    c = result.counts
    lines.append(
        f"{w['score']} {_num(result.score, lang)}/100{level} · {w['band']} {band} · "
        f"{w['coverage']} {_num(result.coverage, lang, 0)} % ({c.scored}/{c.applicable}) · "
        f"{w['target']} {format_number(result.target, lang)}"
    )
    n = question_count(result)  # the one count the app's answer pane and Results tab show
    lines.append(i18n.tr("questions_asked", lang, asked=n.asked, answered=n.answered, na=n.na, dk=n.dk,
                         applicable=n.applicable))
    if result.verdict is not None:
        verdict = result.verdict.as_dict(lang)
        lines.append(f"{verdict['title']} {verdict['label']}")
        lines += [f"  – {reason}" for reason in verdict["reasons"]]
    lines += ["", w["sections"]]
    sections = [s for s in result.sections if s.counts.any_scored_question]
    titles = [("  " * s.depth + s.title.get(lang)) for s in sections]
    width = min(48, max(len(t) for t in titles))
    for section, title in zip(sections, titles):
        if len(title) > width:
            title = title[: width - 1] + "…"
        band_label = q.band_for(section.score).label.get(lang) if section.score is not None else ""
        counts = f"{section.counts.scored}/{section.counts.applicable}"
        lines.append(
            f"  {title:<{width}}  {_num(section.score, lang):>5}  {_bar(section.score)}  {counts:>5}  {band_label}"
        )
    if by_tag:
        lines += ["", w["by_tag"]]
        if not result.tags:
            lines.append(f"  {w['no_tags']}")
        labels = [t.title(lang) for t in result.tags]
        width = min(48, max([len(t) for t in labels], default=0))
        for tag, title in zip(result.tags, labels):
            if len(title) > width:
                title = title[: width - 1] + "…"
            counts = f"{tag.counts.scored}/{tag.counts.applicable}"
            lines.append(f"  {title:<{width}}  {_num(tag.score, lang):>5}  {_bar(tag.score)}  {counts:>5}")
    lines += ["", f"{w['priorities']} ({len(result.recommendations)})"]
    if not result.recommendations:
        lines.append(f"  {w['none']}")
    for rank, rec in enumerate(result.recommendations[:top], start=1):
        r = rec.recommendation
        lines.append(
            f"  {rank}. {r.title.get(lang)} [{rec.question_id}] — {w['effort']} {label(LEVEL, r.effort, lang)}, "
            f"{w['impact']} {label(LEVEL, r.impact, lang)}, {label(HORIZON, r.horizon, lang)}"
        )
    if result.kpis:
        lines += ["", w["kpis"]]
        for kpi in result.kpis:
            mark = f" ({w['priority']})" if kpi.priority else ""
            lines.append(f"  – {kpi.kpi.label.get(lang)}{mark}")
    return "\n".join(lines)


# -- the action plan ----------------------------------------------------------------------


def _cost(value: float | None, lang: str) -> str:
    return "—" if value is None else i18n.money(value, lang)


def _day(value: str | None, lang: str) -> str:
    if not value:
        return "—"
    return f"{value[8:10]}/{value[5:7]}/{value[:4]}" if lang == "fr" else value


def render_action(action: ActionRecord, lang: str) -> str:
    status = label(ACTION_STATUS, action.status, lang)
    owner = action.owner[:18] or "—"
    return (f"{action.id:>3}  {status:<11} {_day(action.deadline, lang):<10}  {owner:<18} "
            f"{_cost(action.cost, lang):>14}  {action.title}")


# -- workshop -------------------------------------------------------------------------------

def render_divergence(items: list[QuestionDivergence], lang: str) -> str:
    words = [i18n.tr(key, lang) for key in ("term_spread", "term_suggested", "term_chosen")]
    if not items:
        return "—"
    lines = []
    for item in items:
        data = item.as_dict(lang)
        mark = "!" if item.divergent else " "
        spread = "—" if item.spread is None else str(item.spread)
        lines.append(f"{mark} {item.question.id:<28} {words[0]} {spread:<2} {data['text']}")
        for answer in data["answers"]:
            level = f" ({answer['level']})" if answer["level"] is not None else ""
            lines.append(f"      {answer['respondent']['name']:<20} {answer['display']}{level}")
        suggested, chosen = data["suggestion"]["display"] or "—", data["consensus"]["display"] or "—"
        lines.append(f"      → {words[1]}: {suggested} · {words[2]}: {chosen}")
    return "\n".join(lines)


# -- re-assessment --------------------------------------------------------------------------

def render_comparison(data: dict, lang: str) -> str:
    w = {**_words(lang), "coverage": i18n.tr("term_coverage_title", lang), "actions": i18n.tr("term_completed", lang),
         "none": i18n.tr("term_none", lang)}
    b, a = data["before"], data["after"]
    lines = [
        data["questionnaire"]["title"],
        f"{w['then']}: {b['id']} · {b['title']} ({b['created_at'][:10]})",
        f"{w['now']}: {a['id']} · {a['title']} ({a['created_at'][:10]})",
        "",
    ]
    def change(c: dict) -> str:
        return f"{_num(c['before'], lang):>6} → {_num(c['after'], lang):>6}  {_num(c['delta'], lang, signed=True):>6}"

    for key in ("score", "coverage"):
        lines.append(f"{w[key]:<12} {change(data[key])}")
    lines += ["", w["sections"]]
    for s in data["sections"]:
        c = s["score"]
        if c["before"] is None and c["after"] is None:
            continue
        title = ("  " * s["depth"] + s["title"])[:44]
        lines.append(f"  {title:<44} {change(c)}")
    lines += ["", f"{w['moves']} ({len(data['moves'])})"]
    for m in data["moves"]:
        delta = f"  ({m['level_delta']:+d})" if m["level_delta"] is not None else ""
        lines.append(f"  {m['question']:<28} {m['before']['display'] or '—'} → {m['after']['display'] or '—'}{delta}")
    lines += ["", f"{w['actions']} ({len(data['actions'])})"]
    lines += [f"  {row['completed_at'][:10]}  {row['title']}" for row in data["actions"]] or [f"  {w['none']}"]
    return "\n".join(lines)


def render_timeline(data: list[dict], lang: str) -> str:
    blocks = []
    for group in data:
        lines = [f"{group['questionnaire']['title']} ({group['questionnaire']['id']})"]
        for e in group["assessments"]:
            band = e["band"]["label"] if e["band"] else "—"
            cover = _num(e["coverage"], lang)
            origin = f"  ← {e['based_on']}" if e["based_on"] else ""
            lines.append(
                f"  {e['created_at'][:10]}  {e['id']:>3}  {_num(e['score'], lang):>5}  {band:<20} {cover:>5} %  "
                f"{e['title']}{origin}"
            )
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


# -- the plan directeur ---------------------------------------------------------------------

def _item_line(item: Item, lang: str) -> str:
    status = (i18n.tr("syn_status_deferred", lang) if item.deferred
              else i18n.tr("syn_status_open", lang) if item.status == "open" else label(ACTION_STATUS, item.status, lang))
    days = i18n.tr("syn_days", lang, days=i18n.number(item.workload_days, lang, 0))
    asked = ", ".join(dict.fromkeys(r.questionnaire for r in item.reasons))
    return (f"{item.rank:>3}. {item.title}\n      {status} · {i18n.tr('term_impact', lang)} {label(LEVEL, item.impact, lang)} · {days}"
            f" · {_num(item.urgency, lang, 0)} · {i18n.tr('syn_asked_by', lang)} {asked}")


def render_synthesis(synthesis: Synthesis, top: int | None = None) -> str:
    lang = synthesis.lang
    lines: list[str] = []

    def block(key: str, rows: list[str]) -> None:
        if rows:
            lines.extend(["", i18n.tr(key, lang), *(f"- {row}" for row in rows)])

    block("syn_heading_provisional", synthesis.provisional)
    block("syn_heading_findings", synthesis.findings)
    block("syn_heading_decisions", synthesis.decisions)
    lines += ["", i18n.tr("syn_heading_first", lang), *(_item_line(i, lang) for i in synthesis.first)]
    source = i18n.tr(f"syn_capacity_{synthesis.capacity_from}", lang)
    lines.append(i18n.tr("syn_capacity", lang, days=i18n.number(synthesis.capacity_days, lang, 0), source=source,
                         used=i18n.number(synthesis.first_workload, lang, 0)))
    block("syn_heading_risks", [f"{r.title} — {r.why} ({r.answer})" if r.answer else f"{r.title} — {r.why}"
                                for r in synthesis.risks])
    items = synthesis.items if top is None else synthesis.items[:top]
    lines += ["", i18n.tr("syn_heading_items", lang), *(_item_line(i, lang) for i in items)]
    return "\n".join(lines).lstrip("\n")


def _aim(part: PartVision, levels: int | None, score: float | None, level: float | None, lang: str) -> str:
    if score is None:
        return "—"
    shown = _num(score, lang)
    return f"{shown} ({i18n.tr('vis_level', lang, level=_num(level, lang))})" if levels is not None else shown


def render_vision(visions: list[QuestionnaireVision], lang: str) -> str:
    lines = [i18n.tr("vis_heading", lang), i18n.tr("vis_columns", lang)]
    for v in visions:
        lines += ["", v.title]
        for p in v.parts:
            mark = "" if p.chosen else f" [{i18n.tr('vis_suggested', lang)}]"
            today = _aim(p, v.levels, p.score, p.level, lang)
            target = _aim(p, v.levels, p.target, p.target_level, lang)
            gap = "—" if p.gap is None else _num(p.gap, lang)
            ambition = f" · {p.ambition}" if p.ambition else ""
            lines.append(f"  {p.section_id:<14} {p.title}: {today} → {target}{mark} ({gap}){ambition}")
    return "\n".join(lines)


def render_scenarios(view: ScenarioView, lang: str) -> str:
    from bodiag.domain.scenarios import CRITERIA, criterion_label, sensitivity

    c = view.comparison
    weights = ", ".join(f"{criterion_label(k, lang)} {i18n.plain(c.weights[k], lang)}" for k in CRITERIA)
    lines = [i18n.tr("scn_heading", lang), i18n.tr("scn_scale", lang), f"{i18n.tr('scn_weights', lang)}: {weights}", ""]
    for ranked in c.scenarios:
        s = ranked.scenario
        place = f"{ranked.rank}." if ranked.rank else "–"
        chosen = " ✔" if s.uuid == c.chosen else ""
        ratings = " ".join(f"{criterion_label(k, lang)} {s.ratings[k] or '—'}" for k in CRITERIA)
        total = _num(ranked.total, lang, 2) if ranked.total is not None else i18n.tr(
            "scn_unrated", lang, criteria=", ".join(criterion_label(k, lang) for k in ranked.unrated))
        cost = f" · {i18n.money(s.cost_estimate, lang)}" if s.cost_estimate is not None else ""
        lines.append(f"{place:>3} [{s.id}] {s.title}{chosen} — {total}{cost}")
        lines.append(f"      {ratings}")
        for evidence in view.evidence.get(s.uuid, []):
            lines.append(f"      {i18n.tr('scn_verdict', lang, questionnaire=evidence.questionnaire, verdict=evidence.verdict)}")
            lines += [f"        · {reason}" for reason in evidence.reasons]
            lines += [f"        » {note}" for note in evidence.notes]
    lines += ["", *sensitivity(c, lang)]
    chosen = next((s.scenario for s in c.scenarios if s.scenario.uuid == c.chosen), None)
    if chosen is None:
        lines.append(i18n.tr("scn_none_chosen", lang))
    else:
        lines.append(i18n.tr("scn_chosen", lang, title=chosen.title) + (f" — {c.rationale}" if c.rationale else ""))
    return "\n".join(lines).rstrip()
