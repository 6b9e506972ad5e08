"""The report's and the command line's fixed texts, in French and English: the cover, the sections, the summaries,
the appendix, the editable copy's alternative texts and the terminal's words.

Part of the one catalogue of :mod:`bodiag.domain.i18n`, which merges them with the plan
directeur's texts and applies French typography to them all: read them with
:func:`bodiag.domain.i18n.tr`, never from here.
"""

from __future__ import annotations

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space

REPORT_TEXTS: dict[str, tuple[str, str]] = {
    # cover
    "report_title": ("Diagnostic du back-office", "Back-office diagnostic"),
    "assessed_by": ("Évaluation conduite par {name}", "Assessment conducted by {name}"),
    "questionnaires": ("Questionnaires", "Questionnaires"),
    "version": ("version {version}", "version {version}"),
    "assessment_named": (f"évaluation «{NBSP}{{title}}{NBSP}»", "assessment “{title}”"),
    "confidential": (
        "Document confidentiel, destiné à la direction de l’organisation évaluée et aux personnes qu’elle désigne.",
        "Confidential document, intended for the management of the assessed organisation and the people it designates.",
    ),
    "anonymised_notice": (
        f"Version anonymisée{NBSP}: le nom de l’organisation, son secteur, sa ville, les noms des personnes et les termes "
        "que le document demande de masquer sont remplacés par des termes neutres, jusque dans les textes saisis.",
        "Anonymised version: the organisation's name, its sector, its city, people's names and the terms the document "
        "asks to hide are replaced by neutral words, in the texts typed too.",
    ),
    "without_notes_notice": (
        "Les notes saisies avec les réponses ne figurent pas dans cette version.",
        "The notes typed with the answers are left out of this version.",
    ),
    "generated_by": ("Établi avec bodiag {version}", "Produced with bodiag {version}"),
    "fingerprint_label": ("Empreinte du contenu (SHA-256)", "Content fingerprint (SHA-256)"),
    "commentary_heading": ("Commentaire de l’évaluateur", "Assessor’s commentary"),
    "status_draft": ("Projet — version {version}", "Draft — version {version}"),
    "status_final": ("Version {version} définitive du {date}", "Final version {version}, {date}"),
    "signatures": ("Signatures", "Signatures"),
    "sign_assessor": ("Pour l’évaluation", "For the assessment"),
    "sign_director": ("Pour la direction", "For the management"),
    "sign_date": (f"Date{NBSP}:", "Date:"),
    "sign_signature": (f"Signature{NBSP}:", "Signature:"),
    "attendees": ("Participants", "Attendees"),
    "sessions": ("Séances", "Sessions"),
    "verify_heading": ("Vérifier ce rapport", "Checking this report"),
    "verify_text": (
        "Ce rapport a été établi le {date} à partir du contenu du document dont l’empreinte figure ci-dessous et sur la "
        f"couverture. Toute réponse, note, action ou décision du plan modifiée depuis change cette empreinte{NBSP}: la commande "
        f"«{NBSP}bodiag verify RAPPORT DOCUMENT{NBSP}» dit si le document est toujours celui dont ce rapport est tiré.",
        "This report was produced on {date} from the content of the document whose fingerprint is given below and on the "
        "cover. Any answer, note, action or plan decision changed since changes that fingerprint: the command "
        "“bodiag verify REPORT DOCUMENT” tells whether the document is still the one this report was made from.",
    ),
    "prepared_by": ("Rapport préparé par {name}", "Report prepared by {name}"),
    "anon_org": ("Organisation anonymisée", "Anonymised organisation"),
    "anon_sector": ("Secteur non communiqué", "Sector not disclosed"),
    # In running text a bracketed marker, like the city's and the terms': « adaptée à la [organisation] » reads as a
    # redaction, where « adaptée à la Organisation anonymisée » reads as a mistake.
    "anon_org_in_text": ("[organisation]", "[organisation]"),
    "anon_sector_in_text": ("[secteur]", "[sector]"),
    "anon_person": ("Personne {n}", "Person {n}"),
    "anon_city": ("[ville non communiquée]", "[city not disclosed]"),
    "anon_term": ("[terme masqué]", "[term hidden]"),
    "hidden_summary": (f"{{count}} passages masqués dans les textes saisis{NBSP}: {{items}}.",
                       "{count} passages hidden in the texts typed: {items}."),
    "hidden_summary_one": (f"{{count}} passage masqué dans les textes saisis{NBSP}: {{items}}.",
                           "{count} passage hidden in the texts typed: {items}."),
    "hidden_none": ("Aucun passage à masquer dans les textes saisis.", "Nothing to hide in the texts typed."),
    "hidden_organisation": ("nom de l’organisation", "organisation name"),
    "hidden_people": ("{count} noms de personnes", "{count} people’s names"),
    "hidden_people_one": ("{count} nom de personne", "{count} person’s name"),
    "hidden_sector": ("secteur", "sector"),
    "hidden_city": ("ville", "city"),
    "hidden_terms": ("{count} termes de la liste à masquer", "{count} listed terms"),
    "hidden_terms_one": ("{count} terme de la liste à masquer", "{count} listed term"),
    "anon_someone": ("Une personne", "Someone"),
    # contents, headers
    "contents": ("Sommaire", "Contents"),
    "appendix": ("Annexe {n}", "Appendix {n}"),
    "page_of": ("page {page} / {total}", "page {page} / {total}"),
    # overview
    "overview": ("Vue d’ensemble", "Overview"),
    "overview_intro": (
        "Ce rapport réunit {count} évaluations de la même organisation. Chacune fait l’objet d’une partie : synthèse, "
        "résultats par section, détail des réponses et plan d’action. Les annexes décrivent la méthode de calcul et "
        "reprennent toutes les réponses.",
        "This report brings together {count} assessments of the same organisation. Each has its own part: summary, "
        "results by section, detailed answers and action plan. The appendices describe the scoring method and list "
        "every answer.",
    ),
    "overview_single": (
        "Ce rapport présente la synthèse de l’évaluation, les résultats par section, le détail des réponses et le plan "
        "d’action. Les annexes décrivent la méthode de calcul et reprennent toutes les réponses.",
        "This report gives the assessment's summary, the results by section, the detailed answers and the action plan. "
        "The appendices describe the scoring method and list every answer.",
    ),
    "how_to_read": ("Comment lire ce rapport", "How to read this report"),
    "how_to_read_text": (
        "Chaque score va de 0 à 100{levels}. Il se situe dans un palier (par exemple « {band} ») qui dit ce qu’il "
        "signifie. La couverture est la part des questions applicables dont la réponse compte dans le score : une "
        "couverture faible rend le score moins sûr. La cible est le score visé ; l’écart à la cible classe les actions.",
        "Every score runs from 0 to 100{levels}. It falls in a band (for instance “{band}”) that says what it means. "
        "Coverage is the share of applicable questions whose answer counts in the score: low coverage makes the "
        "score less certain. The target is the score aimed at; the gap to the target ranks the actions.",
    ),
    "band_legend": ("Légende des paliers", "Band legend"),
    "band_legend_note": (
        "Chaque couleur désigne le même palier partout dans le rapport : chiffres, radar, barres, tableaux et verdicts.",
        "Each colour stands for the same band throughout the report: figures, radar, bars, tables and verdicts.",
    ),
    "method_bands_legend": ("Leurs couleurs sont celles de la légende des paliers, dans la vue d’ensemble.",
                            "Their colours are those of the band legend, in the overview."),
    "levels_hint": (", et aussi sur une échelle de niveaux quand le questionnaire en définit une", ", and also on a scale of levels where the questionnaire defines one"),
    "col_questionnaire": ("Questionnaire", "Questionnaire"),
    "col_score": ("Score", "Score"),
    "col_band": ("Palier", "Band"),
    "col_coverage": ("Couverture", "Coverage"),
    "col_verdict": ("Verdict", "Verdict"),
    "col_section": ("Section", "Section"),
    "col_tag": ("Étiquette", "Tag"),
    "tags_title": ("Lecture par étiquette", "Reading by tag"),
    "tags_intro": (
        "Les questions de chaque étiquette, quelle que soit leur section, notées ensemble.",
        "The questions of each tag, whatever their section, scored together.",
    ),
    "col_level": ("Niveau", "Level"),
    "col_target": ("Cible", "Target"),
    "col_gap": ("Écart", "Gap"),
    # summary
    "summary": ("Synthèse", "Summary"),
    "summary_of": (
        f"Évaluation «{NBSP}{{title}}{NBSP}», questionnaire «{NBSP}{{questionnaire}}{NBSP}» version {{version}}.",
        "Assessment “{title}”, questionnaire “{questionnaire}” version {version}.",
    ),
    "overall_score": ("Score global", "Overall score"),
    "out_of_100": ("sur 100", "out of 100"),
    "level": ("Niveau", "Level"),
    "out_of_levels": ("sur {levels}", "out of {levels}"),
    "band": ("Palier", "Band"),
    "coverage": ("Couverture", "Coverage"),
    "coverage_detail": ("{scored} questions sur {applicable}", "{scored} questions of {applicable}"),
    "questions_asked": (
        f"{{asked}} questions posées, {{answered}} répondues (dont non applicable{NBSP}: {{na}}, «{NBSP}je ne sais pas{NBSP}»{NBSP}: {{dk}}){NNBSP}; "
        "la couverture porte sur les {applicable} qui s’appliquent et comptent",
        "{asked} questions asked, {answered} answered (of which not applicable: {na}, don't know: {dk}); the coverage is over "
        "the {applicable} that apply and are scored",
    ),
    "target": ("Cible", "Target"),
    "gap_to_target": ("écart {gap}", "gap {gap}"),
    "target_met": ("atteinte", "met"),
    "provisional": ("provisoire ({answered})", "provisional ({answered})"),
    "provisional_result": (
        "Résultat provisoire ({answered}) : répondez aux questions restantes pour le confirmer.",
        "Provisional result ({answered}): answer the remaining questions to confirm it.",
    ),
    "provisional_verdict": ("Verdict provisoire ({answered}).", "Provisional verdict ({answered})."),
    "answered_one": ("{n} question répondue sur {of}", "{n} of {of} questions answered"),
    "answered_many": ("{n} questions répondues sur {of}", "{n} of {of} questions answered"),
    "no_score_text": (
        "Aucune réponse ne compte encore dans le score : répondez aux questions pour obtenir un résultat.",
        "No answer counts in the score yet: answer the questions to get a result.",
    ),
    "strengths": ("Points forts", "Strengths"),
    "weaknesses": ("Points à renforcer", "Areas to strengthen"),
    "least_weak": ("Les moins faibles", "Least weak areas"),
    "least_weak_hint": ("Aucune section n’atteint encore sa cible.", "No section meets its target yet."),
    "none_yet": ("Aucune section notée.", "No section scored."),
    "none_below_target": ("Aucune section sous sa cible.", "No section below its target."),
    "verdict_undetermined": ("Verdict indéterminé", "No verdict"),
    "reasons": ("Pourquoi", "Why"),
    "weak_signals": ("Signaux faibles relevés", "Weak signals found"),
    "pitfalls": ("Pièges à éviter", "Pitfalls to avoid"),
    "none_found": ("Aucun.", "None."),
    "not_answered": ("Non répondu.", "Not answered."),
    "avoid_by": ("pour l’éviter", "to avoid it"),
    "top_actions": ("Actions prioritaires", "Priority actions"),
    "see_plan": ("Le plan d’action recommandé compte {count} recommandations, classées par priorité.",
                 "The recommended action plan has {count} recommendations, ranked by priority."),
    "see_plan_one": ("Le plan d’action recommandé compte une recommandation.",
                     "The recommended action plan has one recommendation."),
    "no_actions": ("Aucune action recommandée : toutes les réponses atteignent la cible.", "No action recommended: every answer meets the target."),
    # results by section
    "results": ("Résultats par section", "Results by section"),
    "results_intro": (
        "Le radar montre le score de chaque section (surface pleine) face à la cible (trait rouge pointillé). "
        "Les barres reprennent les mêmes scores dans la couleur de leur palier ; le trait rouge marque la cible.",
        "The radar shows each section's score (filled area) against the target (dashed red line). The bars give the "
        "same scores in their band's colour; the red tick marks the target.",
    ),
    "legend_score": ("Score", "Score"),
    "legend_target": ("Cible", "Target"),
    # section parts
    "details": ("Détail par section", "Details by section"),
    "answer": ("Réponse", "Answer"),
    "reached": ("Niveau atteint", "Level reached"),
    "next_level": ("Niveau suivant", "Next level"),
    "top_reached": ("Niveau le plus élevé atteint.", "Highest level reached."),
    "to_reach_next": ("à atteindre{colon}{bound}", "to reach it: {bound}"),
    "at_most": ("au plus {value}", "at most {value}"),
    "at_least": ("au moins {value}", "at least {value}"),
    "good_items": ("Points en place", "In place"),
    "bad_items": ("Points à traiter", "To address"),
    "found_items": ("Relevés", "Found"),
    "note": ("Note", "Note"),
    "score_short": ("score {score}", "score {score}"),
    "no_answer": ("Non répondu", "Not answered"),
    "not_scored": ("non noté", "not scored"),
    "hidden_questions": (
        "{count} questions masquées pour ce profil d’organisation.",
        "{count} questions hidden for this organisation profile.",
    ),
    "hidden_questions_one": (
        "{count} question masquée pour ce profil d’organisation.",
        "{count} question hidden for this organisation profile.",
    ),
    "section_line": ("Score {score} sur 100", "Score {score} out of 100"),
    # action plan
    "plan": ("Plan d’action", "Action plan"),
    "plan_intro": (
        "Les actions sont classées par priorité décroissante (poids de la question × écart à la cible × facteur de "
        "profil). Les colonnes Responsable et Échéance sont à remplir lors de la réunion de lancement.",
        "Actions are listed by decreasing priority (question weight × gap to target × profile factor). The Owner and "
        "Deadline columns are to be filled in at the kick-off meeting.",
    ),
    "col_rank": ("N°", "#"),
    "col_action": ("Action", "Action"),
    "col_effort": ("Effort", "Effort"),
    "col_impact": ("Impact", "Impact"),
    "col_horizon": ("Horizon", "Horizon"),
    "col_owner": ("Responsable", "Owner"),
    "col_deadline": ("Échéance", "Deadline"),
    "why": ("Pourquoi", "Why"),
    "how": ("Comment", "How"),
    "kpis": ("Indicateurs à mettre en place", "Indicators to set up"),
    "kpis_intro_phase": (
        "Sélection adaptée à la phase de l’entreprise ({phase}) : les indicateurs marqués prioritaires sont ceux à "
        "suivre en premier. Notez la valeur de départ et l’objectif pour mesurer les progrès.",
        "Chosen for the company's phase ({phase}): the indicators marked as a priority are the ones to track first. "
        "Write down the starting value and the goal to measure progress.",
    ),
    "kpis_intro": (
        "Les indicateurs à suivre pour mesurer les progrès. Notez la valeur de départ et l’objectif.",
        "The indicators to track to measure progress. Write down the starting value and the goal.",
    ),
    "kpis_measured": (
        "Valeur de départ : la dernière mesure de l’indicateur chiffré correspondant ({titles}). Objectif : la "
        "valeur qui porte cet indicateur au niveau de la cible de sa section.",
        "Starting value: the latest measure of the matching numeric indicator ({titles}). Goal: the value that "
        "brings this indicator to the level of its section's target.",
    ),
    "not_measured": ("non mesuré", "not measured"),
    "col_kpi": ("Indicateur", "Indicator"),
    "col_unit": ("Unité", "Unit"),
    "col_priority": ("Priorité", "Priority"),
    "col_start": ("Valeur de départ", "Starting value"),
    "col_goal": ("Objectif", "Goal"),
    "priority_yes": ("prioritaire", "priority"),
    "priority_no": ("à suivre", "to track"),
    # the action plan's recorded actions
    "plan_actions": ("Actions décidées", "Agreed actions"),
    "plan_actions_intro": (
        "Les actions inscrites au plan pour cette évaluation, avec leur responsable, leur échéance et leur état au {date}.",
        "The actions entered in the plan for this assessment, with their owner, deadline and status as of {date}.",
    ),
    "document_actions": ("Autres actions du plan", "Other actions of the plan"),
    "document_actions_intro": (
        "Les actions inscrites au plan sans être rattachées à une évaluation, avec leur responsable, leur échéance "
        "et leur état au {date}.",
        "The actions entered in the plan without being tied to an assessment, with their owner, deadline and status "
        "as of {date}.",
    ),
    "plan_other": ("Autres recommandations", "Other recommendations"),
    "plan_other_intro": (
        "Les recommandations du diagnostic qui ne sont pas encore reprises dans le plan, par priorité décroissante "
        "(même numérotation que dans la synthèse). Les colonnes Responsable et Échéance sont à remplir.",
        "The diagnostic's recommendations not yet taken into the plan, by decreasing priority (numbered as in the "
        "summary). The Owner and Deadline columns are to be filled in.",
    ),
    "col_status": ("État", "Status"),
    "col_cost": ("Coût estimé", "Estimated cost"),
    "linked_questions": ("Questions{colon}{ids}", "Questions: {ids}"),
    "overdue": ("en retard", "overdue"),
    "total_cost": ("Coût estimé des actions non abandonnées{colon}{total}.", "Estimated cost of the actions not dropped: {total}."),
    # workshop
    "workshop": ("Atelier", "Workshop"),
    "workshop_intro": (
        "Les répondants ont répondu chacun de leur côté ; la réponse retenue pour chaque question est celle que "
        "l’animateur a fixée à partir de leurs réponses.",
        "The respondents answered separately; the answer kept for each question is the one the facilitator settled "
        "from their answers.",
    ),
    "respondents": ("Répondants", "Respondents"),
    "col_name": ("Nom", "Name"),
    "col_role": ("Rôle", "Role"),
    "col_answers_given": ("Réponses données", "Answers given"),
    "divergent_questions": ("Questions divergentes", "Divergent questions"),
    "divergent_intro": (
        "Questions auxquelles plusieurs répondants ont répondu : {compared}. Questions dont les réponses s’écartent "
        "de 2 niveaux ou plus : {count}, classées de l’écart le plus grand au plus petit.",
        "Questions answered by several respondents: {compared}. Questions whose answers lie 2 levels or more apart: "
        "{count}, from the largest spread to the smallest.",
    ),
    "no_divergence": (
        "Aucune question ne montre un écart de 2 niveaux ou plus entre les répondants.",
        "No question shows a spread of 2 levels or more between the respondents.",
    ),
    "spread_of": ("écart de {spread} niveaux", "spread of {spread} levels"),
    "level_n": ("niveau {level}", "level {level}"),
    "suggested": ("Suggestion", "Suggested"),
    "basis_median": ("médiane des niveaux donnés", "median of the levels given"),
    "basis_majority": ("avis de la majorité", "majority view"),
    "kept": ("Réponse retenue", "Answer kept"),
    "not_settled": ("pas encore fixée", "not settled yet"),
    "no_suggestion": ("aucune", "none"),
    "respondent_note": ("Note ({name})", "Note ({name})"),
    # evolution
    "evolution": ("Évolution depuis le {date}", "Evolution since {date}"),
    "evolution_undated": ("Évolution", "Evolution"),
    "evolution_intro": (
        "Comparaison avec l’évaluation « {title} » du {date}, sur le même questionnaire : les chiffres d’alors, "
        "ceux d’aujourd’hui et leur évolution.",
        "Compared with the assessment “{title}” of {date}, on the same questionnaire: the figures then, now, and "
        "how they changed.",
    ),
    "before_value": ("avant{colon}{value}", "then: {value}"),
    "then": ("Avant", "Then"),
    "now": ("Maintenant", "Now"),
    "change": ("Évolution", "Change"),
    "points": ("{delta} points", "{delta} points"),
    "point": ("{delta} point", "{delta} point"),
    "evolution_chart": (
        "Le radar superpose les scores d’alors (en gris) et ceux d’aujourd’hui (surface pleine).",
        "The radar lays the scores then (in grey) under the scores now (filled area).",
    ),
    "evolution_bars": (
        "Pour chaque section, la barre pleine donne le score d’aujourd’hui et la barre grise celui d’alors.",
        "For each section, the full bar gives the score now and the grey bar the score then.",
    ),
    "section_scores": ("Scores par section", "Section scores"),
    "moves": ("Réponses qui ont changé", "Answers that moved"),
    "no_moves": ("Aucune réponse n’a changé entre les deux évaluations.", "No answer changed between the two assessments."),
    "completed_between": ("Actions terminées entre-temps", "Actions completed in between"),
    "no_completed": (
        "Aucune action du plan n’a été terminée entre les deux évaluations.",
        "No action of the plan was completed between the two assessments.",
    ),
    "completed_on": ("terminée le {date}", "completed on {date}"),
    # appendices
    "method": ("Méthode de calcul", "Scoring method"),
    "method_intro": (
        "Les scores sont calculés à partir des réponses et de la version exacte du questionnaire utilisée pour "
        "l’évaluation ; ce qui suit est établi à partir de cette version.",
        "Scores are computed from the answers and the exact version of the questionnaire the assessment was made "
        "with; what follows is generated from that version.",
    ),
    "method_question": (
        "Score d’une question (0 à 100) : place de l’option choisie sur son échelle, (valeur − valeur la plus basse) "
        "/ (valeur la plus haute − valeur la plus basse) × 100 ; pour un indicateur chiffré, le niveau atteint par la "
        "valeur mesurée ; pour une liste à cocher, la part pondérée des points en bon état × 100. Les textes libres "
        "ne sont pas notés.",
        "A question's score (0 to 100): the chosen option's place on its scale, (value − lowest value) / (highest "
        "value − lowest value) × 100; for a measured indicator, the level its value reaches; for a checklist, the "
        "weighted share of items in good state × 100. Free texts are not scored.",
    ),
    "method_formula": (
        "Score d’une section = Σ poids × score / Σ poids, sur ses questions comptées et ses sous-sections notées ; "
        "le score global est la même moyenne sur les sections de premier niveau. Une section sans rien à compter "
        "n’a pas de score (« — »), jamais 0.",
        "A section's score = Σ weight × score / Σ weight, over its counted questions and its scored subsections; the "
        "overall score is the same mean over the top-level sections. A section with nothing to count has no score "
        "(“—”), never 0.",
    ),
    "method_na": (
        "« Non applicable » sort la question du numérateur et du dénominateur : elle ne fait jamais baisser le score.",
        "“Not applicable” takes the question out of both numerator and denominator: it never lowers the score.",
    ),
    "method_dk_exclude": (
        "« Je ne sais pas » est traité comme « non applicable » pour le score, mais fait baisser la couverture.",
        "“Don't know” is treated as “not applicable” for the score, but lowers the coverage.",
    ),
    "method_dk_lowest": (
        "« Je ne sais pas » compte comme le niveau le plus bas (0).",
        "“Don't know” counts as the lowest level (0).",
    ),
    "method_coverage": (
        "Couverture = questions comptées / questions applicables × 100.",
        "Coverage = counted questions / applicable questions × 100.",
    ),
    "method_levels": (
        "Niveau sur l’échelle de {lowest} à {levels} = {lowest} + {steps} × score / 100.",
        "Level on the {lowest} to {levels} scale = {lowest} + {steps} × score / 100.",
    ),
    "method_unanswered_lowest": (
        "Une question sans réponse compte comme le plus bas niveau de son échelle (0), comme dans le modèle d’origine.",
        "An unanswered question counts as the lowest option of its scale (0), as in the original model.",
    ),
    "method_target": (
        "Cible : {target} sur 100 ; écart = cible − score. Priorité d’une action = poids de la question × écart × "
        "facteur de profil.",
        "Target: {target} out of 100; gap = target − score. An action's priority = question weight × gap × profile "
        "factor.",
    ),
    "method_bands": ("Paliers", "Bands"),
    "band_range": ("de {min} à {max}", "from {min} to {max}"),
    "method_weights": ("Poids des sections", "Section weights"),
    "col_base_weight": ("Poids de base", "Base weight"),
    "col_profile_factor": ("Facteur de profil", "Profile factor"),
    "col_effective_weight": ("Poids retenu", "Weight used"),
    "weighted_questions": ("Questions pondérées{colon}{items}.", "Weighted questions: {items}."),
    "credits": ("Articles crédités{colon}{items}.", "Credited articles: {items}."),
    "credit_item": ("«\u00a0{title}\u00a0»{publisher}", "“{title}”{publisher}"),
    "source": ("Source{colon}{title}{where}, licence {license}.", "Source: {title}{where}, licence {license}."),
    "answers_appendix": ("Réponses complètes", "Full answers"),
    "answers_intro": (
        "Toutes les réponses de l’évaluation, dans l’ordre du questionnaire.",
        "Every answer of the assessment, in questionnaire order.",
    ),
    "col_question": ("Question", "Question"),
    "col_respondent": ("Répondant", "Respondent"),
    "long_text_elsewhere": (
        "(texte long, {count} caractères : voir le détail par section)",
        "(long text, {count} characters: see the details by section)",
    ),
    # progress
    "progress_gather": ("Lecture de l’évaluation {n}", "Reading assessment {n}"),
    "progress_compose": ("Composition du rapport", "Composing the report"),
    "progress_layout": ("Mise en page, page {page}", "Laying out, page {page}"),
    "progress_write": ("Écriture du fichier", "Writing the file"),
    "progress_done": ("Rapport terminé", "Report done"),
    # the command line's terminal output
    "term_assessment": ("Évaluation", "Assessment"),
    "term_score": ("Score", "Score"),
    "term_level": ("niveau", "level"),
    "term_band": ("palier", "band"),
    "term_coverage": ("couverture", "coverage"),
    "term_coverage_title": ("Couverture", "Coverage"),
    "term_target": ("cible", "target"),
    "term_sections": ("Sections", "Sections"),
    "term_priorities": ("Priorités", "Priorities"),
    "term_by_tag": ("Par étiquette (questions de toutes les sections)", "By tag (questions from every section)"),
    "term_tags_across": ("Par étiquette, tous questionnaires confondus (dernière évaluation de chacun)", "By tag, across questionnaires (the latest assessment of each)"),
    "term_tags_across_none": ("aucune question des questionnaires du document ne porte d’étiquette", "no question of the document's questionnaires carries a tag"),
    "term_no_tags": ("aucune question de ce questionnaire ne porte d’étiquette", "no question of this questionnaire carries a tag"),
    "term_none": ("aucune", "none"),
    "term_effort": ("effort", "effort"),
    "term_impact": ("impact", "impact"),
    "term_kpis": ("Indicateurs à suivre", "Indicators to track"),
    "term_priority": ("prioritaire", "priority"),
    "term_spread": ("écart", "spread"),
    "term_suggested": ("suggéré", "suggested"),
    "term_chosen": ("retenu", "chosen"),
    "term_moves": ("Réponses qui ont bougé", "Answers that moved"),
    "term_completed": ("Actions terminées entre les deux", "Actions completed in between"),
    "term_then": ("avant", "then"),
    "term_now": ("après", "now"),
    # pdf metadata
    "meta_subject": ("Diagnostic du back-office{colon}{titles}", "Back-office diagnostic: {titles}"),
    "meta_keywords": ("diagnostic, back-office, PME", "diagnostic, back office, SME"),
    # the editable copy (DOCX): the charts' alternative texts
    "alt_radar": ("Radar des sections, score sur 100 face à la cible : {items}.", "Radar of the sections, score out of 100 against the target: {items}."),
    "alt_bars": ("Barres des sections, score sur 100 face à la cible : {items}.", "Bars of the sections, score out of 100 against the target: {items}."),
    "alt_item": ("{title} {score} (cible {target})", "{title} {score} (target {target})"),
    "alt_item_no_target": ("{title} {score}", "{title} {score}"),
    "alt_evolution": ("Scores des sections avant et maintenant, sur 100 : {items}.", "Section scores then and now, out of 100: {items}."),
    "alt_move": ("{title} {before} → {after}", "{title} {before} → {after}"),
}
