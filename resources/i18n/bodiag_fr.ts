<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Cannot open “%1”</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The file no longer exists. It may have been moved, renamed or deleted.</source>
        <translation>Le fichier n’existe plus. Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <source>This document is already open in bodiag by %1. Close it there first, or open a copy.</source>
        <translation>Ce document est déjà ouvert dans bodiag par %1. Fermez-le d’abord, ou ouvrez-en une copie.</translation>
    </message>
    <message>
        <source>This document was saved by a newer version of bodiag. Update bodiag to open it; the file has not been changed.</source>
        <translation>Ce document a été enregistré par une version plus récente de bodiag. Mettez bodiag à jour pour l’ouvrir&#x202f;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely. It has been left untouched: restore it from a backup, or send it to whoever supports you.</source>
        <translation>Ce document est endommagé et ne peut pas être lu sans risque. Il n’a pas été modifié&#xa0;: restaurez-le depuis une sauvegarde, ou transmettez-le à la personne qui vous assiste.</translation>
    </message>
    <message>
        <source>This file is not a bodiag document. It has been left untouched.</source>
        <translation>Ce fichier n’est pas un document bodiag. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This document cannot be opened for writing.</source>
        <translation>Ce document ne peut pas être ouvert en écriture.</translation>
    </message>
    <message>
        <source>This document cannot be opened.</source>
        <translation>Ce document ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>&amp;New diagnostic…</source>
        <translation>&amp;Nouveau diagnostic…</translation>
    </message>
    <message>
        <source>Create a document for an organisation</source>
        <translation>Créer un document pour une organisation</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a .bodiag document</source>
        <translation>Ouvrir un document .bodiag</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>Open the demo organisation, fully answered</source>
        <translation>Ouvrir l’organisation de démonstration, entièrement renseignée</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>Page d’&amp;accueil</translation>
    </message>
    <message>
        <source>Recent documents, new, open</source>
        <translation>Documents récents, nouveau, ouvrir</translation>
    </message>
    <message>
        <source>New &amp;assessment…</source>
        <translation>Nouvelle é&amp;valuation…</translation>
    </message>
    <message>
        <source>Run another questionnaire for this organisation</source>
        <translation>Passer un autre questionnaire pour cette organisation</translation>
    </message>
    <message>
        <source>&amp;Export the PDF report…</source>
        <translation>&amp;Exporter le rapport PDF…</translation>
    </message>
    <message>
        <source>A report to forward to the board or a partner</source>
        <translation>Un rapport à transmettre au conseil ou à un partenaire</translation>
    </message>
    <message>
        <source>&amp;Close the document</source>
        <translation>&amp;Fermer le document</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last answer or note change</source>
        <translation>Annuler la dernière modification de réponse ou de note</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation>Rétablir la modification annulée</translation>
    </message>
    <message>
        <source>&amp;Find a question</source>
        <translation>&amp;Rechercher une question</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>Question &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>Question &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>Résul&amp;tats</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>One question at a time in large type, for a projector</source>
        <translation>Une question à la fois en grands caractères, pour un vidéoprojecteur</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Documents &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>Réessayer l’enregistrement</translation>
    </message>
    <message>
        <source>The demo cannot be created</source>
        <translation>La démo ne peut pas être créée</translation>
    </message>
    <message>
        <source>A questionnaire file…</source>
        <translation>Un fichier de questionnaire…</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>Questionnaire&#xa0;:</translation>
    </message>
    <message>
        <source>The assessment cannot be started</source>
        <translation>L’évaluation ne peut pas être commencée</translation>
    </message>
    <message>
        <source>The report could not be exported</source>
        <translation>Le rapport n’a pas pu être exporté</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Export du rapport…</translation>
    </message>
    <message>
        <source>Report exported: %1</source>
        <translation>Rapport exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Some changes could not be saved (%1). Quit anyway and lose them?</source>
        <translation>Certaines modifications n’ont pas pu être enregistrées (%1). Quitter quand même et les perdre&#x202f;?</translation>
    </message>
    <message>
        <source>Open a diagnostic</source>
        <translation>Ouvrir un diagnostic</translation>
    </message>
    <message>
        <source>bodiag documents</source>
        <translation>Documents bodiag</translation>
    </message>
    <message>
        <source>Save the new diagnostic as</source>
        <translation>Enregistrer le nouveau diagnostic sous</translation>
    </message>
    <message>
        <source>Add a questionnaire file</source>
        <translation>Ajouter un fichier de questionnaire</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Export the PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Fichier du rapport</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>Cette évaluation</translation>
    </message>
    <message>
        <source>Every assessment of the document</source>
        <translation>Toutes les évaluations du document</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Leave the notes out</source>
        <translation>Ne pas inclure les notes</translation>
    </message>
    <message>
        <source>Anonymise (no organisation or people&apos;s names)</source>
        <translation>Anonymiser (ni nom d’organisation ni nom de personne)</translation>
    </message>
    <message>
        <source>Optional: PNG or JPEG</source>
        <translation>Facultatif&#xa0;: PNG ou JPEG</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>L&amp;ogo:</source>
        <translation>L&amp;ogo&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Rapport exporté</translation>
    </message>
    <message>
        <source>The report was saved as %1.
Open it now?</source>
        <translation>Le rapport a été enregistré sous %1.
L’ouvrir maintenant&#x202f;?</translation>
    </message>
    <message>
        <source>Search the questions (Ctrl+F)</source>
        <translation>Rechercher dans les questions (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the questions</source>
        <translation>Rechercher dans les questions</translation>
    </message>
    <message>
        <source>Unanswered questions only</source>
        <translation>Questions sans réponse uniquement</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation>Sections et questions</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered</source>
        <translation>%1&#xa0;: %2 sur %3 répondues</translation>
    </message>
    <message>
        <source>None of these applies</source>
        <translation>Aucun de ces cas</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Level reached: %1</source>
        <translation>Niveau atteint&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Overall score: %1 out of 100</source>
        <translation>Score global&#xa0;: %1 sur 100</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>Pas encore de score</translation>
    </message>
    <message>
        <source>Level %1 of %2</source>
        <translation>Niveau %1 sur %2</translation>
    </message>
    <message>
        <source>Coverage %1 % (%2 of %3 questions)</source>
        <translation>Couverture %1&#x202f;% (%2 questions sur %3)</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Cible %1</translation>
    </message>
    <message>
        <source>Radar of the section scores. %1</source>
        <translation>Radar des scores par section. %1</translation>
    </message>
    <message>
        <source>Bars of the section scores. %1</source>
        <translation>Barres des scores par section. %1</translation>
    </message>
    <message>
        <source>Sections at a glance (dashed: target)</source>
        <translation>Vue d’ensemble des sections (pointillés&#xa0;: cible)</translation>
    </message>
    <message>
        <source>Score per section</source>
        <translation>Score par section</translation>
    </message>
    <message>
        <source>Sections (table)</source>
        <translation>Sections (tableau)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Section scores as a table</source>
        <translation>Scores des sections sous forme de tableau</translation>
    </message>
    <message>
        <source>Top priorities (%1 recommendations)</source>
        <translation>Priorités (%1 recommandations)</translation>
    </message>
    <message>
        <source>effort %1 · impact %2 · %3</source>
        <translation>effort %1 · impact %2 · %3</translation>
    </message>
    <message>
        <source>No recommendation: every answer meets its target.</source>
        <translation>Aucune recommandation&#xa0;: chaque réponse atteint sa cible.</translation>
    </message>
    <message>
        <source>Indicators to track</source>
        <translation>Indicateurs à suivre</translation>
    </message>
    <message>
        <source>priority for your profile</source>
        <translation>prioritaire pour votre profil</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Not applicable (N)</source>
        <translation>Non applicable (N)</translation>
    </message>
    <message>
        <source>This question does not apply here. Shortcut: N</source>
        <translation>Cette question ne s’applique pas ici. Raccourci&#xa0;: N</translation>
    </message>
    <message>
        <source>Don&apos;t know (?)</source>
        <translation>Je ne sais pas (?)</translation>
    </message>
    <message>
        <source>You do not know yet. Shortcut: ?</source>
        <translation>Vous ne savez pas encore. Raccourci&#xa0;: ?</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>Effacer la réponse</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What supports this answer, who to ask, what to do…</source>
        <translation>Ce qui justifie la réponse, qui consulter, quoi faire…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Previous question (Alt+Up)</source>
        <translation>Question précédente (Alt+Haut)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Next question (Ctrl+Enter or Alt+Down)</source>
        <translation>Question suivante (Ctrl+Entrée ou Alt+Bas)</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>→ next · ← previous · 1–9 answer · N not applicable · ? don&apos;t know · R radar · Esc leave</source>
        <translation>→ suivante · ← précédente · 1–9 répondre · N non applicable · ? je ne sais pas · R radar · Échap quitter</translation>
    </message>
    <message>
        <source>No question matches.</source>
        <translation>Aucune question ne correspond.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Diagnose your back office: administration, accounting, HR, legal, sales administration, data and processes. Everything stays on this computer.</source>
        <translation>Diagnostiquez votre back-office&#xa0;: administration, comptabilité, RH, juridique, administration des ventes, données et processus. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>New diagnostic…</source>
        <translation>Nouveau diagnostic…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <source>A realistic SME, fully answered, to explore</source>
        <translation>Une PME réaliste, entièrement renseignée, à explorer</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Revenir à %1</translation>
    </message>
    <message>
        <source>&amp;Recent documents</source>
        <translation>Documents &amp;récents</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>Documents récents</translation>
    </message>
    <message>
        <source>No recent document yet.</source>
        <translation>Aucun document récent pour l’instant.</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>L’organisation</translation>
    </message>
    <message>
        <source>Its profile adapts the questions and the weights to your situation.</source>
        <translation>Son profil adapte les questions et les pondérations à votre situation.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation>&amp;Effectif&#xa0;:</translation>
    </message>
    <message>
        <source>Company &amp;phase:</source>
        <translation>&amp;Phase de l’entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Back office &amp;outsourced today:</source>
        <translation>Back-office &amp;externalisé aujourd’hui&#xa0;:</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>The questionnaires</source>
        <translation>Les questionnaires</translation>
    </message>
    <message>
        <source>Each one becomes an assessment of the document. You can add another later.</source>
        <translation>Chacun devient une évaluation du document. Vous pourrez en ajouter d’autres plus tard.</translation>
    </message>
    <message>
        <source>Questionnaires to run</source>
        <translation>Questionnaires à passer</translation>
    </message>
    <message>
        <source>Add a questionnaire file…</source>
        <translation>Ajouter un fichier de questionnaire…</translation>
    </message>
    <message>
        <source>Problems in the questionnaire file</source>
        <translation>Problèmes dans le fichier de questionnaire</translation>
    </message>
    <message>
        <source>%1 — %2 questions (version %3)</source>
        <translation>%1 — %2 questions (version %3)</translation>
    </message>
    <message>
        <source>This file cannot be used:</source>
        <translation>Ce fichier ne peut pas être utilisé&#xa0;:</translation>
    </message>
    <message>
        <source>Who assesses, and how</source>
        <translation>Qui évalue, et comment</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation>É&amp;valuateur&#xa0;:</translation>
    </message>
    <message>
        <source>Self-assessment: I answer alone</source>
        <translation>Autodiagnostic&#xa0;: je réponds seul</translation>
    </message>
    <message>
        <source>Workshop: a facilitator with the management team</source>
        <translation>Atelier&#xa0;: un animateur avec l’équipe de direction</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <source>On the next step, choose where to save the document. It is one file you can copy, back up and hand over.</source>
        <translation>Vous choisirez ensuite où enregistrer le document. C’est un seul fichier, que vous pouvez copier, sauvegarder et transmettre.</translation>
    </message>
    <message>
        <source>New diagnostic</source>
        <translation>Nouveau diagnostic</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <source>The document cannot be created</source>
        <translation>Le document ne peut pas être créé</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>É&amp;valuation&#xa0;:</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Read-only: this document cannot be changed here. %1</source>
        <translation>Lecture seule&#xa0;: ce document ne peut pas être modifié ici. %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
</context>
</TS>
