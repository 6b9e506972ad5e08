"""The board's decision on the roadmap's first wave: approve its budget and its workload, with the roadmap's figures.

The synthesis is ranked before the roadmap exists (the roadmap places the
synthesis' items), so this decision joins the synthesis afterwards: services
build both and call :func:`approve_first_wave`. Every figure comes from the
document's roadmap (the 0–6 months wave's actions, workload, capacity, known
costs and stated budget); the words are :mod:`bodiag.domain.roadmap_texts`'.
"""

from __future__ import annotations

from msgspec.structs import replace

from bodiag.domain import i18n
from bodiag.domain.roadmap import Roadmap
from bodiag.domain.roadmap_sentences import actions_count, days, wave_name
from bodiag.domain.synthesis import FirstWave, Synthesis

FIRST = "w0_6"


def first_wave(plan: Roadmap) -> FirstWave | None:
    """The first wave's figures; ``None`` when no open action is in it (there is nothing to approve)."""
    total = plan.wave_totals(FIRST)
    if total is None or not total.actions:
        return None
    return FirstWave(wave=total.wave, actions=total.actions, workload_days=total.workload_days,
                     capacity_days=total.capacity_days, cost=total.cost, costed=total.costed, budget=total.budget)


def _cost(wave: FirstWave, lang: str) -> str:
    actions = actions_count(wave.actions, lang)
    if not wave.costed:
        return i18n.tr("rm_dw_uncosted", lang, actions=actions)
    amount = i18n.money(wave.cost, lang)
    if wave.costed < wave.actions:
        return i18n.tr("rm_dw_partly", lang, amount=amount, costed=wave.costed, actions=actions,
                       uncosted=wave.actions - wave.costed)
    return i18n.tr("rm_dw_cost", lang, amount=amount, actions=actions)


def decision(wave: FirstWave, lang: str) -> str:
    """``Approuver le budget et la charge de la première vague (0–6 mois) : 12 000 € pour 3 actions, 16
    jours-personne pour une capacité de 30.``, then what to do when it is over its capacity or its budget."""
    text = i18n.tr("rm_dw", lang, wave=wave_name(wave.wave, lang), cost=_cost(wave, lang),
                   days=days(wave.workload_days, lang), capacity=days(wave.capacity_days, lang))
    if wave.overloaded:
        text += " " + i18n.tr("rm_dw_overload", lang, over=days(wave.workload_days - wave.capacity_days, lang))
    if wave.budget is not None:
        key = "rm_dw_over_budget" if wave.over_budget else "rm_dw_budget"
        text += " " + i18n.tr(key, lang, budget=i18n.money(wave.budget, lang),
                              over=i18n.money(max(0.0, wave.cost - wave.budget), lang))
    return text


def approve_first_wave(synthesis: Synthesis, plan: Roadmap) -> Synthesis:
    """``synthesis`` with the first wave's figures and, among its decisions, the board asked to approve its budget
    and workload: after committing the first three, before completing a provisional diagnostic (which is last)."""
    wave = first_wave(plan)
    if wave is None or not synthesis.decisions:
        return replace(synthesis, first_wave=wave)
    decisions = list(synthesis.decisions)
    at = len(decisions) - (1 if synthesis.provisional else 0)
    decisions.insert(at, decision(wave, synthesis.lang))
    return replace(synthesis, first_wave=wave, decisions=decisions)
