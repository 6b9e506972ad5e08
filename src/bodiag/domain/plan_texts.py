"""The plan directeur's fixed texts, in French and English: the synthesis, the vision, the scenarios, the board
note and the plan's part of the report, and the terminal's plan commands.

Part of the one catalogue of :mod:`bodiag.domain.i18n`, which merges them with the
report's and the command line's texts and applies French typography to them all:
read them with :func:`bodiag.domain.i18n.tr`, never from here.
"""

from __future__ import annotations

PLAN_TEXTS: dict[str, tuple[str, str]] = {
    "syn_provisional_part": (
        "« {questionnaire} » : {answered} questions sur {total} ont une réponse exploitable ; ce qui en est tiré est "
        "provisoire.",
        "“{questionnaire}”: {answered} of {total} questions have a usable answer; what is drawn from it is provisional.",
    ),
    "syn_no_score": ("« {questionnaire} » n’a pas encore de score : trop peu de réponses.",
                     "“{questionnaire}” has no score yet: too few answers."),
    "syn_score": ("{questionnaire} — {score} sur 100 ({band})", "{questionnaire} — {score} out of 100 ({band})"),
    "syn_weakest": ("le plus en retrait : « {part} » ({score} pour une cible de {target})",
                    "furthest behind: “{part}” ({score} against a target of {target})"),
    "syn_reached": ("à la cible ou au-dessus : {parts}", "at or above target: {parts}"),
    "syn_none_reached": ("aucune partie à sa cible, la moins faible : « {part} » ({score})",
                         "no part at its target, the least weak: “{part}” ({score})"),
    "syn_heading_items": ("Ce qu’il y a à faire, par ordre de priorité", "What to do, in order of priority"),
    "syn_heading_first": ("Les trois premières actions", "The first three actions"),
    "syn_heading_findings": ("Constats", "Findings"),
    "syn_heading_decisions": ("Décisions demandées", "Decisions requested"),
    "syn_heading_risks": ("Risques à ne rien faire", "Risks of doing nothing"),
    "syn_heading_provisional": ("Synthèse provisoire", "Provisional synthesis"),
    "syn_capacity": (
        "Capacité du trimestre : {days} jours-personne ({source}) ; les premières actions en demandent {used}.",
        "This quarter's capacity: {days} person-days ({source}); the first actions take {used}.",
    ),
    "syn_capacity_headcount": ("d’après l’effectif", "from the headcount"),
    "syn_capacity_plan": ("indiquée pour le plan", "as stated for the plan"),
    "vis_heading": ("Vision cible", "Target vision"),
    "vis_columns": ("partie · aujourd’hui → cible (écart) · ambition", "part · today → target (gap) · ambition"),
    "vis_suggested": ("suggérée", "suggested"),
    "vis_level": ("niveau {level}", "level {level}"),
    "plan_settings": ("Horizon : {months} mois ; capacité : {capacity} jours-personne par trimestre.",
                      "Horizon: {months} months; capacity: {capacity} person-days a quarter."),
    "scn_optimise": ("Optimiser l’existant en interne", "Optimise the existing tools in-house"),
    "scn_optimise_about": (
        "Garder l’organisation et les outils actuels, mais les mettre à plat : processus décrits, ressaisies "
        "supprimées, paramétrages et automatisations des outils déjà payés.",
        "Keep today's organisation and tools but straighten them out: processes written down, re-keying removed, "
        "the tools already paid for configured and automated.",
    ),
    "scn_acquire": ("Acquérir de nouvelles solutions", "Acquire new solutions"),
    "scn_acquire_about": (
        "Remplacer ou compléter les outils par des solutions intégrées (gestion commerciale, paie, GED), choisies "
        "pour échanger leurs données, avec la reprise et la formation qui vont avec.",
        "Replace or complement the tools with integrated solutions (sales management, payroll, document management) "
        "chosen to exchange their data, with the data migration and training that go with them.",
    ),
    "scn_outsource_partial": ("Externaliser en partie", "Outsource in part"),
    "scn_outsource_partial_about": (
        "Confier à un prestataire les tâches les plus répétitives ou les pics de charge, en gardant en interne le "
        "pilotage, les décisions et un référent.",
        "Hand the most repetitive tasks or the peaks of work to a provider, keeping the steering, the decisions and a "
        "referent in-house.",
    ),
    "scn_outsource_total": ("Externaliser en totalité", "Outsource entirely"),
    "scn_outsource_total_about": (
        "Confier l’ensemble du back-office à un prestataire, sous contrat de service, avec un pilotage interne réduit "
        "au contrôle et à la relation.",
        "Hand the whole back office to a provider under a service contract, with in-house steering reduced to control "
        "and the relationship.",
    ),
    "board_note": ("Note à la direction", "Note to the board"),
    "board_note_intro": (
        "Ce que le diagnostic du back-office de {name} établit au {date}, ce qu’il demande de décider et par quoi "
        "commencer. Chaque chiffre vient des réponses ou des choix consignés dans le plan directeur.",
        "What the diagnostic of {name}'s back office establishes on {date}, what it asks the board to decide and where "
        "to start. Every figure comes from the answers or from the choices recorded in the plan directeur.",
    ),
    "board_state": ("Où en est le back-office", "Where the back office stands"),
    "board_answer": ("réponse", "answer"),
    "board_workload": ("Charge", "Workload"),
    "board_scenario": ("Scénario", "Scenario"),
    "board_scenario_leading": (
        "Aucun scénario n’est encore retenu ; en tête de la comparaison : {title} (total pondéré {total} sur 5, le plus "
        "bas l’emporte).",
        "No scenario is chosen yet; leading the comparison: {title} (weighted total {total} out of 5, the lowest wins).",
    ),
    "plan_title": ("Plan directeur", "Plan directeur"),
    "master_plan_intro": (
        "La vision cible partie par partie, les scénarios comparés et la liste unique de ce qu’il y a à faire, "
        "construite à partir de tous les questionnaires et du plan d’action.",
        "The target vision part by part, the scenarios compared and the single list of what to do, built from every "
        "questionnaire and the action plan.",
    ),
    "plan_items_intro": (
        "{count} actions réunissent les {recommendations} recommandations ouvertes et les actions décidées ; celles "
        "que plusieurs questionnaires demandent passent devant. La colonne Parties renvoie aux parties du rapport qui "
        "les demandent.",
        "{count} actions bring together the {recommendations} open recommendations and the decided actions; those "
        "several questionnaires ask for come first. The Parts column refers to the parts of the report that ask for "
        "them.",
    ),
    "plan_parts": ("Parties", "Parts"),
    "vis_intro": (
        "Pour chaque partie : le score d’aujourd’hui, la cible (choisie, ou suggérée un niveau au-dessus, jamais "
        "au-delà du sommet), l’écart et l’ambition retenue.",
        "For each part: today's score, the target (chosen, or suggested one level up, never above the top), the gap "
        "and the ambition set.",
    ),
    "vis_today": ("Aujourd’hui", "Today"),
    "vis_of_levels": ("niveau sur {levels}", "level of {levels}"),
    "vis_of_100": ("sur 100", "of 100"),
    "vis_suggested_note": (
        "* Cible suggérée : un niveau au-dessus d’aujourd’hui (ou le palier suivant), jamais au-delà du sommet ; "
        "une partie déjà à sa cible la garde.",
        "* Suggested target: one level above today (or the next band), never above the top; a part already at its "
        "target keeps it.",
    ),
    "vis_target": ("Cible", "Target"),
    "vis_gap": ("Écart", "Gap"),
    "vis_ambition": ("Ambition", "Ambition"),
    "alt_vision": (
        "Radar de la vision cible de « {title} », aujourd’hui face à la cible ({label}) : {items}.",
        "Radar of the target vision of “{title}”, today against the target ({label}): {items}.",
    ),
    "alt_vision_item": ("{title} {current} → cible {target}", "{title} {current} → target {target}"),  # current: today
    "scn_none": ("Aucun scénario n’est encore décrit.", "No scenario is described yet."),
    "scn_col": ("Scénario", "Scenario"),
    "scn_total": ("Total", "Total"),
    "scn_estimate": ("Estimation", "Estimate"),
    "scn_to_rate": ("à noter", "to rate"),
    "crit_cost": ("coût", "cost"),
    "crit_complexity": ("complexité", "complexity"),
    "crit_human_impact": ("impact humain", "human impact"),
    "crit_delay": ("délai", "delay"),
    "crit_risk": ("risque", "risk"),
    "scn_heading": ("Scénarios comparés", "Scenarios compared"),
    "scn_scale": ("notes de 1 (faible) à 5 (élevé) ; total pondéré : le plus bas l’emporte",
                  "ratings from 1 (low) to 5 (high); weighted total: the lowest wins"),
    "scn_weights": ("Poids", "Weights"),
    "scn_unrated": ("à noter : {criteria}", "to rate: {criteria}"),
    "scn_more": ("La première place passe à {title} si « {criterion} » pèse plus de {weight} (aujourd’hui {current}).",
                 "The first place goes to {title} if “{criterion}” weighs more than {weight} (today {current})."),
    "scn_less": ("La première place passe à {title} si « {criterion} » pèse moins de {weight} (aujourd’hui {current}).",
                 "The first place goes to {title} if “{criterion}” weighs less than {weight} (today {current})."),
    "scn_robust": ("La première place tient quel que soit le poids d’un critère, de 0 à 10.",
                   "The first place holds whatever one criterion weighs, from 0 to 10."),
    "scn_chosen": ("Scénario retenu : {title}", "Chosen scenario: {title}"),
    "scn_none_chosen": ("Aucun scénario retenu pour l’instant.", "No scenario chosen yet."),
    "scn_verdict": ("{questionnaire} : verdict « {verdict} »", "{questionnaire}: verdict “{verdict}”"),
    "plan_capacity_headcount": ("d’après l’effectif", "from the headcount"),
    "syn_capacity_default": ("effectif inconnu, au plus juste", "headcount unknown, the smallest"),
    "syn_asked_by": ("demandé par", "asked by"),
    "syn_days": ("{days} j-p", "{days} p-d"),
    "syn_status_open": ("à décider", "not decided"),
    "syn_status_deferred": ("reportée (scénario retenu)", "deferred (chosen scenario)"),
    "syn_clauses": ("{first}{rest}.", "{first}{rest}."),
    "syn_clause": (" ; {clause}", "; {clause}"),
    "syn_verdict": ("verdict « {label} »", "verdict “{label}”"),
    "syn_shared": (
        "Les questionnaires se rejoignent sur {themes} actions ; la plus demandée, {title}, revient {count} fois dans "
        "{parts} questionnaires.",
        "The questionnaires agree on {themes} actions; the most asked for, {title}, comes up {count} times in {parts} "
        "questionnaires.",
    ),
    "syn_progress": ("Plan d’action : {under_way} en cours, {done} terminées.",
                     "Action plan: {under_way} under way, {done} done."),
    "syn_decide_verdict": ("Arrêter la suite à donner au verdict « {label} » ({title}).",
                           "Decide what follows from the verdict “{label}” ({title})."),
    "syn_decide_scenario": ("Choisir le scénario d’évolution parmi ceux que compare le plan directeur.",
                            "Choose the scenario of evolution among those the plan directeur compares."),
    "syn_decide_first": ("Engager les {count} premières actions ce trimestre : {days} jours-personne{budget}.",
                         "Commit the first {count} actions this quarter: {days} person-days{budget}."),
    "syn_decide_first_one": ("Engager la première action ce trimestre : {days} jours-personne{budget}.",
                             "Commit the first action this quarter: {days} person-days{budget}."),
    "syn_budget": (", pour un budget de {amount}", ", with a budget of {amount}"),
    "syn_decide_split": (
        "Découper {title} ou lui donner des moyens : {days} jours-personne pour une capacité de {capacity} ce trimestre.",
        "Split {title} or give it resources: {days} person-days against a capacity of {capacity} this quarter.",
    ),
    "syn_decide_split_busy": (
        "Découper {title} ou lui donner des moyens : {days} jours-personne, quand les actions en cours laissent {left} "
        "jours-personne sur {capacity} ce trimestre.",
        "Split {title} or give it resources: {days} person-days, when the actions under way leave {left} of {capacity} "
        "person-days this quarter.",
    ),
    "syn_decide_owners": ("Nommer un responsable pour {count} d’entre elles.", "Name an owner for {count} of them."),
    "syn_decide_owners_one": ("Nommer un responsable pour l’une d’elles.", "Name an owner for one of them."),
    "syn_decide_complete": ("Faire compléter les {count} questions sans réponse exploitable avant d’engager un budget.",
                            "Have the {count} questions without a usable answer completed before committing a budget."),
    "syn_decide_complete_one": (
        "Faire compléter la question sans réponse exploitable avant d’engager un budget.",
        "Have the question without a usable answer completed before committing a budget.",
    ),
}
