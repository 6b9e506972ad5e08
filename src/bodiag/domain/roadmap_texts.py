"""The roadmap's fixed texts, in French and English: waves, totals, warnings, the board note's roadmap at a glance,
the report's timeline and the terminal's roadmap commands.

Part of the one catalogue of :mod:`bodiag.domain.i18n`, which merges them and
applies French typography: read them with :func:`bodiag.domain.i18n.tr`, never
from here.
"""

from __future__ import annotations

ROADMAP_TEXTS: dict[str, tuple[str, str]] = {
    "rm_wave_w0_6": ("0–6 mois", "0–6 months"),
    "rm_wave_w6_18": ("6–18 mois", "6–18 months"),
    "rm_wave_w18_36": ("18–36 mois", "18–36 months"),
    "rm_wave_w36_60": ("36–60 mois", "36–60 months"),
    "rm_heading": ("Feuille de route", "Roadmap"),
    "rm_intro": (
        "Chaque action ouverte du plan est placée dans une vague : à la main, ou suggérée d’après son rang dans la "
        "synthèse, sa charge et ses dépendances. La capacité d’une vague est celle indiquée pour elle, sinon "
        "{quarter} jours-personne par trimestre ({source}).",
        "Every open action of the plan is placed in a wave: by hand, or suggested from its rank in the synthesis, "
        "its workload and its dependencies. A wave's capacity is the one stated for it, else {quarter} person-days "
        "a quarter ({source}).",
    ),
    "rm_source_plan": ("indiquée pour le plan", "as stated for the plan"),
    "rm_source_headcount": ("d’après l’effectif", "from the headcount"),
    "rm_source_default": ("effectif inconnu", "headcount unknown"),
    "rm_wave_line": ("{wave} : {actions}, {days} jours-personne pour une capacité de {capacity}{cost}{budget}",
                     "{wave}: {actions}, {days} person-days against a capacity of {capacity}{cost}{budget}"),
    "rm_actions": ("{count} actions", "{count} actions"),
    "rm_actions_one": ("{count} action", "{count} action"),
    "rm_cost": (", coût {amount}", ", cost {amount}"),
    "rm_budget": (" (budget {amount})", " (budget {amount})"),
    "rm_overloaded": ("surchargée", "overloaded"),
    "rm_over_budget": ("au-delà du budget", "over budget"),
    "rm_warn_overload": ("La vague {wave} est surchargée : {days} jours-personne pour une capacité de {capacity}.",
                         "The {wave} wave is overloaded: {days} person-days against a capacity of {capacity}."),
    "rm_warn_over_budget": ("La vague {wave} dépasse son budget : {cost} pour {budget}.",
                            "The {wave} wave is over its budget: {cost} against {budget}."),
    "rm_warn_late_dependency": ("« {title} » ({wave}) dépend de « {other} », placée plus tard ({other_wave}).",
                                "“{title}” ({wave}) depends on “{other}”, placed later ({other_wave})."),
    "rm_warn_beyond_horizon": ("« {title} » est placée en {wave}, au-delà de l’horizon du plan ({months} mois).",
                               "“{title}” is placed in {wave}, beyond the plan's horizon ({months} months)."),
    "rm_col_action": ("Action", "Action"),
    "rm_col_wave": ("Vague", "Wave"),
    "rm_col_owner": ("Responsable", "Owner"),
    "rm_col_workload": ("Charge (j-p)", "Workload (p-d)"),
    "rm_col_budget": ("Budget", "Budget"),
    "rm_col_milestone": ("Jalon", "Milestone"),
    "rm_col_depends": ("Dépend de", "Depends on"),
    "rm_col_capacity": ("Capacité (j-p)", "Capacity (p-d)"),
    "rm_col_cost": ("Coût", "Cost"),
    "rm_col_actions": ("Actions", "Actions"),
    "rm_suggested": ("suggérée", "suggested"),
    "rm_timeline": ("Calendrier des vagues", "Timeline of the waves"),
    "rm_timeline_alt": (
        "Le tableau qui suit donne, pour chaque action, sa vague, son responsable, sa charge, son budget, son jalon "
        "et ses dépendances.",
        "The table below gives each action's wave, owner, workload, budget, milestone and dependencies.",
    ),
    "rm_timeline_first": ("Le calendrier montre les {shown} premières actions sur {count}.",
                          "The timeline shows the first {shown} actions of {count}."),
    "rm_legend_action": ("action (longueur : sa charge)", "action (length: its workload)"),
    "rm_legend_milestone": ("jalon", "milestone"),
    "rm_legend_overload": ("vague surchargée", "overloaded wave"),
    "rm_months": ("mois", "months"),
    "rm_totals": ("Par vague", "Per wave"),
    "rm_warnings": ("Points d’attention", "Points to watch"),
    "rm_closed": ("Terminées ou abandonnées, hors feuille de route : {count}.",
                  "Done or dropped, outside the roadmap: {count}."),
    "rm_empty": ("Aucune action décidée : la feuille de route se remplit à mesure que le plan d’action se décide.",
                 "No action decided yet: the roadmap fills as the action plan is decided."),
    "rm_glance": ("La feuille de route en un coup d’œil", "The roadmap at a glance"),
    "rm_glance_next": (
        "Dans les six prochains mois : {actions}, {days} jours-personne pour une capacité de {capacity}{cost}.",
        "In the next six months: {actions}, {days} person-days against a capacity of {capacity}{cost}.",
    ),
    "rm_glance_cost": (", pour un coût de {amount}", ", at a cost of {amount}"),
    "rm_glance_uncosted": (" ({count} actions sans coût indiqué)", " ({count} actions without a stated cost)"),
    "rm_glance_uncosted_one": (" ({count} action sans coût indiqué)", " ({count} action without a stated cost)"),
    "rm_glance_first": ("D’abord : {titles}.", "First: {titles}."),
    "rm_glance_more": (" et {count} autres", " and {count} more"),
    "rm_glance_more_one": (" et {count} autre", " and {count} more"),
    "rm_glance_milestones": ("Jalons : {milestones}.", "Milestones: {milestones}."),
    "rm_total_line": ("Ensemble : {actions}, {days} jours-personne{cost}.", "Altogether: {actions}, {days} person-days{cost}."),
    "rm_suggest_none": ("Rien à placer : chaque action ouverte a déjà sa vague.", "Nothing to place: every open action has its wave."),
    "rm_suggest_applied": ("{count} actions placées.", "{count} actions placed."),
    "rm_suggest_applied_one": ("{count} action placée.", "{count} action placed."),
    "rm_wave_setting": ("{wave} : capacité {capacity}, budget {budget}.", "{wave}: capacity {capacity}, budget {budget}."),
    "rm_from_quarters": ("d’après les trimestres", "from the quarters"),
    "rm_none": ("aucun", "none"),
    "rm_days_short": ("j-p", "p-d"),
    "rm_more_warnings": ("Et {count} autres points d’attention dans la feuille de route du plan directeur.",
                         "And {count} more points to watch in the plan directeur's roadmap."),
    "rm_dw": ("Approuver le budget et la charge de la première vague ({wave}) : {cost}, {days} jours-personne pour une "
              "capacité de {capacity}.",
              "Approve the first wave's budget and workload ({wave}): {cost}, {days} person-days against a capacity of "
              "{capacity}."),
    "rm_dw_cost": ("{amount} pour {actions}", "{amount} for {actions}"),
    "rm_dw_partly": ("{amount} pour {costed} des {actions} ({uncosted} à chiffrer)",
                     "{amount} for {costed} of the {actions} ({uncosted} still to be costed)"),
    "rm_dw_uncosted": ("{actions} encore sans coût indiqué, à chiffrer", "{actions} with no stated cost yet, to be costed"),
    "rm_dw_overload": ("La charge dépasse la capacité de {over} jours-personne : donner des moyens ou reporter des actions.",
                       "The workload exceeds the capacity by {over} person-days: give the wave resources or postpone "
                       "actions."),
    "rm_dw_budget": ("Le budget prévu pour la vague est de {budget}.", "The budget planned for the wave is {budget}."),
    "rm_dw_over_budget": ("Le coût dépasse de {over} le budget prévu ({budget}) : relever le budget ou reporter des "
                          "actions.",
                          "The cost exceeds the planned budget ({budget}) by {over}: raise the budget or postpone "
                          "actions."),
}
