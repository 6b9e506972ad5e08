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
        <source>bodiag (or the computer) stopped while a change was being saved: that last, unfinished change was undone. Every answer saved before it is there.</source>
        <translation>bodiag (ou l’ordinateur) s’est arrêté pendant l’enregistrement d’une modification&#xa0;: cette dernière modification inachevée a été annulée. Toutes les réponses enregistrées avant elle sont là.</translation>
    </message>
    <message>
        <source>%1 lay beside the document: bodiag never writes such a file, so it was not applied; it was renamed %2. The document itself is unchanged.</source>
        <translation>%1 se trouvait à côté du document&#xa0;: bodiag n’écrit jamais un tel fichier, il n’a donc pas été appliqué et a été renommé %2. Le document lui-même n’a pas changé.</translation>
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
        <source>Reasse&amp;ss…</source>
        <translation>Réé&amp;valuer…</translation>
    </message>
    <message>
        <source>A new assessment of the same questionnaire, to compare with this one</source>
        <translation>Une nouvelle évaluation du même questionnaire, à comparer avec celle-ci</translation>
    </message>
    <message>
        <source>Or&amp;ganisation…</source>
        <translation>Or&amp;ganisation…</translation>
    </message>
    <message>
        <source>The organisation&apos;s name, sector, city and profile</source>
        <translation>Le nom, le secteur, la ville et le profil de l’organisation</translation>
    </message>
    <message>
        <source>Save a copy to &amp;share…</source>
        <translation>Enregistrer une copie à &amp;partager…</translation>
    </message>
    <message>
        <source>A complete copy, read-only for whoever receives it</source>
        <translation>Une copie complète, en lecture seule pour qui la reçoit</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>&amp;Importer des réponses…</translation>
    </message>
    <message>
        <source>From a CSV, XLSX or JSON file: question, answer, note</source>
        <translation>Depuis un fichier CSV, XLSX ou JSON&#xa0;: question, réponse, note</translation>
    </message>
    <message>
        <source>E&amp;xport the answers…</source>
        <translation>E&amp;xporter les réponses…</translation>
    </message>
    <message>
        <source>To an XLSX or CSV file</source>
        <translation>Vers un fichier XLSX ou CSV</translation>
    </message>
    <message>
        <source>Questionnaire to a spreadsheet…</source>
        <translation>Questionnaire vers un tableur…</translation>
    </message>
    <message>
        <source>For a colleague to review it in Excel</source>
        <translation>Pour qu’un collègue le relise dans Excel</translation>
    </message>
    <message>
        <source>Spreadsheet to a questionnaire…</source>
        <translation>Tableur vers un questionnaire…</translation>
    </message>
    <message>
        <source>A reviewed spreadsheet back to a questionnaire file</source>
        <translation>Un tableur relu, reconverti en fichier de questionnaire</translation>
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
        <source>Undo the last change: of the answers, or of the plan on the action plan&apos;s and plan directeur&apos;s tabs</source>
        <translation>Annuler la dernière modification&#xa0;: des réponses, ou du plan sur les onglets Plan d’action et Plan directeur</translation>
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
        <source>Next &amp;unanswered question</source>
        <translation>Question sans &amp;réponse suivante</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key of the app</source>
        <translation>Toutes les touches de l’application</translation>
    </message>
    <message>
        <source>&amp;About bodiag</source>
        <translation>À &amp;propos de bodiag</translation>
    </message>
    <message>
        <source>Version, licence, questionnaires</source>
        <translation>Version, licence, questionnaires</translation>
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
        <source>Firm &amp;branding…</source>
        <translation>&amp;Identité du cabinet…</translation>
    </message>
    <message>
        <source>Your firm&apos;s name, accent colour and logo on every report, set once for this computer</source>
        <translation>Le nom, la couleur d’accent et le logo de votre cabinet sur chaque rapport, définis une fois pour cet ordinateur</translation>
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
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
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
        <source>Opening the document</source>
        <translation>Ouverture du document</translation>
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
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>La copie n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Copie enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The document cannot be taken over</source>
        <translation>Le document ne peut pas être repris</translation>
    </message>
    <message>
        <source>Organisation saved</source>
        <translation>Organisation enregistrée</translation>
    </message>
    <message>
        <source>Reassess on the new version</source>
        <translation>Réévaluer sur la nouvelle version</translation>
    </message>
    <message>
        <source>The words to hide were not kept</source>
        <translation>Les mots à masquer n’ont pas été conservés</translation>
    </message>
    <message>
        <source>The document is read-only: the report hides the words it already lists.</source>
        <translation>Le document est en lecture seule&#xa0;: le rapport masque les mots qu’il liste déjà.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>%1 answers imported</source>
        <translation>%1 réponses importées</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>The answers were not exported</source>
        <translation>Les réponses n’ont pas été exportées</translation>
    </message>
    <message>
        <source>%1 answers exported to %2</source>
        <translation>%1 réponses exportées vers %2</translation>
    </message>
    <message>
        <source>The spreadsheet was not written</source>
        <translation>Le tableur n’a pas été écrit</translation>
    </message>
    <message>
        <source>Spreadsheet written: %1</source>
        <translation>Tableur écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The questionnaire was not written</source>
        <translation>Le questionnaire n’a pas été écrit</translation>
    </message>
    <message>
        <source>Questionnaire written: %1</source>
        <translation>Questionnaire écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start from the current answers</source>
        <translation>Repartir des réponses actuelles</translation>
    </message>
    <message>
        <source>Start blank</source>
        <translation>Repartir de zéro</translation>
    </message>
    <message>
        <source>Reassess</source>
        <translation>Réévaluer</translation>
    </message>
    <message>
        <source>The new assessment:</source>
        <translation>La nouvelle évaluation&#xa0;:</translation>
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
        <source>Not saved: the disk may be full, or the file was moved or is locked</source>
        <translation>Non enregistré&#xa0;: le disque est peut-être plein, ou le fichier a été déplacé ou verrouillé</translation>
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
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Parade</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The governance was not changed</source>
        <translation>La gouvernance n’a pas été modifiée</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>Remove a committee member</source>
        <translation>Retirer un membre du comité</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <source>Delete a risk</source>
        <translation>Supprimer un risque</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>Delete an indicator</source>
        <translation>Supprimer un indicateur</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Radar of each part today and its target. %1</source>
        <translation>Radar de chaque partie aujourd’hui et de sa cible. %1</translation>
    </message>
    <message>
        <source>Target (level)</source>
        <translation>Cible (niveau)</translation>
    </message>
    <message>
        <source>Target (score)</source>
        <translation>Cible (score)</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cost estimate (€)</source>
        <translation>Coût estimé (€)</translation>
    </message>
    <message>
        <source>The plan directeur was not changed</source>
        <translation>Le plan directeur n’a pas été modifié</translation>
    </message>
    <message>
        <source>That part is no longer in the target vision</source>
        <translation>Cette partie n’est plus dans la vision cible</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Delete a scenario</source>
        <translation>Supprimer un scénario</translation>
    </message>
    <message>
        <source>Save the questionnaire as</source>
        <translation>Enregistrer le questionnaire sous</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>Tableurs</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
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
        <source>Every assessment of the document, with the plan directeur</source>
        <translation>Toutes les évaluations du document, avec le plan directeur</translation>
    </message>
    <message>
        <source>The board note alone (one or two pages, for the board)</source>
        <translation>La note à la direction seule (une ou deux pages, pour le conseil)</translation>
    </message>
    <message>
        <source>The board note and the plan directeur alone</source>
        <translation>La note à la direction et le plan directeur seuls</translation>
    </message>
    <message>
        <source>The action list (spreadsheet, for whoever does the work)</source>
        <translation>La liste des actions (tableur, pour qui fait le travail)</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat&#xa0;:</translation>
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
        <source>A product, a site, a client… separated by commas</source>
        <translation>Un produit, un site, un client… séparés par des virgules</translation>
    </message>
    <message>
        <source>Other words to hide</source>
        <translation>Autres mots à masquer</translation>
    </message>
    <message>
        <source>Anonymising hides the organisation&apos;s name, its sector, its city and people&apos;s names; these words are hidden too, wherever they were typed. The list is kept in the document.</source>
        <translation>L’anonymisation masque le nom de l’organisation, son secteur, sa ville et les noms des personnes&#xa0;; ces mots sont masqués aussi, partout où ils ont été saisis. La liste est conservée dans le document.</translation>
    </message>
    <message>
        <source>&amp;Hide too:</source>
        <translation>&amp;Masquer aussi&#xa0;:</translation>
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
        <source>PDF (to read and print)</source>
        <translation>PDF (à lire et imprimer)</translation>
    </message>
    <message>
        <source>Word DOCX (to edit)</source>
        <translation>Word DOCX (à modifier)</translation>
    </message>
    <message>
        <source>Excel XLSX spreadsheet</source>
        <translation>Tableur Excel XLSX</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
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
        <source>Re-open…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <source>Re-open the final report, for a reason that is recorded</source>
        <translation>Rouvrir le rapport final, pour une raison qui est consignée</translation>
    </message>
    <message>
        <source>Frozen answers</source>
        <translation>Réponses figées</translation>
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
        <source>%1 of %2 questions answered</source>
        <translation>Questions répondues&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Avancement global</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered</source>
        <translation>%1&#xa0;: %2 sur %3 répondues</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
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
        <source>(provisional)</source>
        <translation>(provisoire)</translation>
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
        <source>Current question</source>
        <translation>Question en cours</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Help on the question</source>
        <translation>Aide sur la question</translation>
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
        <source>%1 — %2, opened on %3</source>
        <translation>%1 — %2, ouvert le %3</translation>
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
        <source>&amp;City:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Where the organisation is; an anonymised report hides it</source>
        <translation>Où se trouve l’organisation&#xa0;; un rapport anonymisé la masque</translation>
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
        <source>The organisation needs a name: type the company&apos;s name.</source>
        <translation>L’organisation doit avoir un nom&#xa0;: saisissez celui de l’entreprise.</translation>
    </message>
    <message>
        <source>The document is read-only: its organisation cannot be changed here.</source>
        <translation>Le document est en lecture seule&#xa0;: son organisation ne peut pas être modifiée ici.</translation>
    </message>
    <message>
        <source>%1 questions asked instead of %2</source>
        <translation>%1 questions posées au lieu de %2</translation>
    </message>
    <message>
        <source>score %1 instead of %2</source>
        <translation>score %1 au lieu de %2</translation>
    </message>
    <message>
        <source>No assessment changes: the same questions are asked, with the same scores.</source>
        <translation>Aucune évaluation ne change&#xa0;: les mêmes questions sont posées, avec les mêmes scores.</translation>
    </message>
    <message>
        <source>The organisation was not changed: %1</source>
        <translation>L’organisation n’a pas été modifiée&#xa0;: %1</translation>
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
        <source>%1 — %2 questions asked (version %3)</source>
        <translation>%1 — %2 questions posées (version %3)</translation>
    </message>
    <message>
        <source>%1 — %2 of its %4 questions asked (version %3)</source>
        <translation>%1 — %2 de ses %4 questions posées (version %3)</translation>
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
        <source>The assessor&apos;s name goes on the report; a workshop records each participant&apos;s answers.</source>
        <translation>Le nom de l’évaluateur ou de l’évaluatrice figure au rapport&#x202f;; un atelier garde les réponses de chaque participant.</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Where the commentary goes</source>
        <translation>Où va le commentaire</translation>
    </message>
    <message>
        <source>Assessor’s commentary</source>
        <translation>Commentaire de l’évaluateur</translation>
    </message>
    <message>
        <source>Plain text: a blank line between paragraphs, « - » at the start of a line for a bullet.</source>
        <translation>Texte simple&#xa0;: une ligne vide entre les paragraphes, «&#xa0;-&#xa0;» en début de ligne pour une puce.</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>&amp;Save the commentary</source>
        <translation>&amp;Enregistrer le commentaire</translation>
    </message>
    <message>
        <source>Status and signatures</source>
        <translation>Statut et signatures</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation>É&amp;valuateur&#xa0;:</translation>
    </message>
    <message>
        <source>Assessor’s &amp;function:</source>
        <translation>&amp;Fonction de l’évaluateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Director:</source>
        <translation>&amp;Dirigeant&#xa0;:</translation>
    </message>
    <message>
        <source>Director’s f&amp;unction:</source>
        <translation>F&amp;onction du dirigeant&#xa0;:</translation>
    </message>
    <message>
        <source>Issue as &amp;final…</source>
        <translation>Émettre la version &amp;définitive…</translation>
    </message>
    <message>
        <source>&amp;Re-open…</source>
        <translation>&amp;Rouvrir…</translation>
    </message>
    <message>
        <source>A commentary is written here</source>
        <translation>Un commentaire est rédigé ici</translation>
    </message>
    <message>
        <source>Self-assessment: I answer alone</source>
        <translation>Autodiagnostic&#xa0;: je réponds moi-même</translation>
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
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
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
        <source>Compare with:</source>
        <translation>Comparer avec&#xa0;:</translation>
    </message>
    <message>
        <source>Earlier assessment to compare with</source>
        <translation>Évaluation antérieure à comparer</translation>
    </message>
    <message>
        <source>Only one assessment of this questionnaire so far. To follow the evolution, reassess later: File › Reassess…</source>
        <translation>Une seule évaluation de ce questionnaire pour l’instant. Pour suivre l’évolution, réévaluez plus tard&#xa0;: Fichier › Réévaluer…</translation>
    </message>
    <message>
        <source>%5 point.</source>
        <translation>%5 point.</translation>
    </message>
    <message>
        <source>%5 points.</source>
        <translation>%5 points.</translation>
    </message>
    <message>
        <source>Score %1 on %2, %3 on %4:</source>
        <translation>Score de %1 le %2, de %3 le %4&#xa0;:</translation>
    </message>
    <message>
        <source>Radar: sections now, and in grey, before. %1</source>
        <translation>Radar&#xa0;: les sections aujourd’hui et, en gris, avant. %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Section scores before and now</source>
        <translation>Scores des sections avant et aujourd’hui</translation>
    </message>
    <message>
        <source>Answers that moved (%1)</source>
        <translation>Réponses qui ont changé (%1)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answers that moved</source>
        <translation>Réponses qui ont changé</translation>
    </message>
    <message>
        <source>Actions completed in between (%1)</source>
        <translation>Actions terminées entre-temps (%1)</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Aujourd’hui&#xa0;: %1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every assessment of this questionnaire</source>
        <translation>Toutes les évaluations de ce questionnaire</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Timeline of the assessments</source>
        <translation>Historique des évaluations</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the organisation</source>
        <translation>Modifier l’organisation</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>A copy shared by %1 on %2: it opens read-only. Take it over to change it.</source>
        <translation>Copie partagée par %1 le %2&#xa0;: elle s’ouvre en lecture seule. Reprenez-la pour la modifier.</translation>
    </message>
    <message>
        <source>Read-only: this document cannot be changed here. %1</source>
        <translation>Lecture seule&#xa0;: ce document ne peut pas être modifié ici. %1</translation>
    </message>
    <message>
        <source>Take over this document</source>
        <translation>Reprendre ce document</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Evolution</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Master plan</source>
        <translation>Plan directeur</translation>
    </message>
    <message>
        <source>This is the demo: a fictional SME, fully answered, to explore. Your own diagnostic starts from an empty document.</source>
        <translation>Ceci est la démo&#xa0;: une PME fictive, entièrement répondue, à explorer. Votre propre diagnostic part d’un document vide.</translation>
    </message>
    <message>
        <source>Start my own diagnostic…</source>
        <translation>Commencer mon propre diagnostic…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Some changes could not be saved (%1). Leave anyway and lose them?</source>
        <translation>Certaines modifications n’ont pas pu être enregistrées (%1). Partir quand même et les perdre&#x202f;?</translation>
    </message>
    <message>
        <source>The workshop change was not made</source>
        <translation>La modification de l’atelier n’a pas été faite</translation>
    </message>
    <message>
        <source>Respondents&apos; answers</source>
        <translation>Réponses des participants</translation>
    </message>
    <message>
        <source>Answer of %1</source>
        <translation>Réponse de %1</translation>
    </message>
    <message>
        <source>Their remark</source>
        <translation>Sa remarque</translation>
    </message>
    <message>
        <source>Remark of %1</source>
        <translation>Remarque de %1</translation>
    </message>
    <message>
        <source>Suggested consensus (%1): %2</source>
        <translation>Consensus suggéré (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Keep it as the answer</source>
        <translation>Le retenir comme réponse</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 sur %2 cochés</translation>
    </message>
    <message>
        <source>Tick…</source>
        <translation>Cocher…</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <source>Spread: %1 levels</source>
        <translation>Écart&#xa0;: %1 niveaux</translation>
    </message>
    <message>
        <source>Spread: 1 level</source>
        <translation>Écart&#xa0;: 1 niveau</translation>
    </message>
    <message>
        <source>divergent</source>
        <translation>divergent</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>majority</source>
        <translation>majorité</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Respondent&apos;s name</source>
        <translation>Nom du participant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Firm branding</source>
        <translation>Identité du cabinet</translation>
    </message>
    <message>
        <source>Your firm&apos;s name, accent colour and logo, on the cover and headings of every report (PDF and Word) exported from this computer.</source>
        <translation>Le nom, la couleur d’accent et le logo de votre cabinet, sur la couverture et les titres de chaque rapport (PDF et Word) exporté depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>e.g. Cabinet Durand Conseil</source>
        <translation>p.&#xa0;ex. Cabinet Durand Conseil</translation>
    </message>
    <message>
        <source>Firm&apos;s name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <source>&amp;Firm&apos;s name:</source>
        <translation>&amp;Nom du cabinet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Use bodiag&apos;s blue</source>
        <translation>Reprendre le bleu de bodiag</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>Couleur d’&amp;accent&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose a file…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image; a copy is kept, so moving the file later changes nothing</source>
        <translation>Une image PNG ou JPEG&#xa0;; une copie est conservée, déplacer le fichier ensuite ne change rien</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of a report&apos;s cover:</source>
        <translation>Aperçu de la couverture d’un rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of a report&apos;s cover</source>
        <translation>Aperçu de la couverture d’un rapport</translation>
    </message>
    <message>
        <source>Back-office diagnostic</source>
        <translation>Diagnostic du back-office</translation>
    </message>
    <message>
        <source>Clear the branding…</source>
        <translation>Effacer l’identité…</translation>
    </message>
    <message>
        <source>DIAGNOSTIC REPORT</source>
        <translation>RAPPORT DE DIAGNOSTIC</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Préparé par %1</translation>
    </message>
    <message>
        <source>Import a respondent&apos;s copy…</source>
        <translation>Importer la copie d’un participant…</translation>
    </message>
    <message>
        <source>The .bodiag copy in which this respondent answered</source>
        <translation>La copie .bodiag dans laquelle ce participant a répondu</translation>
    </message>
    <message>
        <source>Questions by divergence</source>
        <translation>Questions par divergence</translation>
    </message>
    <message>
        <source>Keep the suggestion as the answer</source>
        <translation>Retenir la suggestion comme réponse</translation>
    </message>
    <message>
        <source>Go to the question</source>
        <translation>Aller à la question</translation>
    </message>
    <message>
        <source>Questions answered by several respondents: %1, divergent (2 levels apart or more): %2</source>
        <translation>Questions répondues par plusieurs participants&#xa0;: %1, divergentes (2 niveaux d’écart ou plus)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Answer kept</source>
        <translation>Réponse retenue</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove a respondent</source>
        <translation>Retirer un participant</translation>
    </message>
    <message>
        <source>Remove %1 and their answers?</source>
        <translation>Retirer %1 et ses réponses&#x202f;?</translation>
    </message>
    <message>
        <source>Import a respondent&apos;s copy</source>
        <translation>Importer la copie d’un participant</translation>
    </message>
    <message>
        <source>Select the respondent first.</source>
        <translation>Choisissez d’abord le participant.</translation>
    </message>
    <message>
        <source>Create from the recommendations</source>
        <translation>Créer depuis les recommandations</translation>
    </message>
    <message>
        <source>One action per recommendation of this assessment, by priority; those already in the plan are not added twice</source>
        <translation>Une action par recommandation de cette évaluation, par priorité&#x202f;; celles déjà au plan ne sont pas ajoutées deux fois</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>To a spreadsheet (XLSX) or CSV, with French headers</source>
        <translation>Vers un tableur (XLSX) ou un CSV, avec des en-têtes en français</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>The same file, edited: actions are updated, not duplicated</source>
        <translation>Le même fichier, modifié&#xa0;: les actions sont mises à jour, pas dupliquées</translation>
    </message>
    <message>
        <source>Every assessment</source>
        <translation>Toutes les évaluations</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>The questions this action answers, by number: Q3, Q12</source>
        <translation>Les questions auxquelles répond cette action, par leur numéro&#xa0;: Q3, Q12</translation>
    </message>
    <message>
        <source>Deadline of %1</source>
        <translation>Échéance de %1</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Statut de %1</translation>
    </message>
    <message>
        <source>Effort of %1</source>
        <translation>Effort de %1</translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation>Aucune action pour l’instant</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 action</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 actions</translation>
    </message>
    <message>
        <source>none done</source>
        <translation>aucune faite</translation>
    </message>
    <message>
        <source>1 done</source>
        <translation>dont 1 faite</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>dont %1 faites</translation>
    </message>
    <message>
        <source>The action&apos;s own number, the one the roadmap names it by</source>
        <translation>Le numéro propre de l’action, celui par lequel la feuille de route la désigne</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cost (€)</source>
        <translation>Coût (€)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>The action plan was not changed</source>
        <translation>Le plan d’action n’a pas été modifié</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Delete an action</source>
        <translation>Supprimer une action</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>plan d’action</translation>
    </message>
    <message>
        <source>Action plan exported</source>
        <translation>Plan d’action exporté</translation>
    </message>
    <message>
        <source>Save a copy to share</source>
        <translation>Enregistrer une copie à partager</translation>
    </message>
    <message>
        <source>The copy is a complete document. It opens read-only for whoever receives it, until they choose to take it over. Your document is not changed.</source>
        <translation>La copie est un document complet. Elle s’ouvre en lecture seule pour qui la reçoit, jusqu’à ce qu’il choisisse de la reprendre. Votre document n’est pas modifié.</translation>
    </message>
    <message>
        <source>Copy file</source>
        <translation>Fichier de la copie</translation>
    </message>
    <message>
        <source>Replace people&apos;s names (respondents, assessors, owners)</source>
        <translation>Remplacer les noms des personnes (participants, évaluateurs, responsables)</translation>
    </message>
    <message>
        <source>Names typed inside the notes are not replaced: leave the notes out too, or read them first.</source>
        <translation>Les noms écrits dans les notes ne sont pas remplacés&#xa0;: laissez aussi les notes de côté, ou relisez-les d’abord.</translation>
    </message>
    <message>
        <source>Capacity per &amp;quarter:</source>
        <translation>Capacité par &amp;trimestre&#xa0;:</translation>
    </message>
    <message>
        <source>person-days</source>
        <translation>jours-personne</translation>
    </message>
    <message>
        <source>Capacity per quarter, in person-days</source>
        <translation>Capacité par trimestre, en jours-personne</translation>
    </message>
    <message>
        <source>From the head&amp;count</source>
        <translation>D’après l’&amp;effectif</translation>
    </message>
    <message>
        <source>15 person-days a quarter for 1–9 people, 30 for 10–49, 60 for 50–249, 120 beyond</source>
        <translation>15 jours-personne par trimestre de 1 à 9 personnes, 30 de 10 à 49, 60 de 50 à 249, 120 au-delà</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Decisions requested</source>
        <translation>Décisions demandées</translation>
    </message>
    <message>
        <source>The first three actions</source>
        <translation>Les trois premières actions</translation>
    </message>
    <message>
        <source>Risks of doing nothing</source>
        <translation>Risques à ne rien faire</translation>
    </message>
    <message>
        <source>Everything to do, by priority</source>
        <translation>Tout ce qu’il y a à faire, par ordre de priorité</translation>
    </message>
    <message>
        <source>For each part, where it stands today and where it should be at the plan&apos;s end. A target not chosen is a suggestion: one step up from today.</source>
        <translation>Pour chaque partie, où elle en est aujourd’hui et où elle doit être au terme du plan. Une cible non choisie est une suggestion&#xa0;: un cran au-dessus d’aujourd’hui.</translation>
    </message>
    <message>
        <source>Radar of the target vision of %1</source>
        <translation>Radar de la vision cible de %1</translation>
    </message>
    <message>
        <source>Target vision of %1</source>
        <translation>Vision cible de %1</translation>
    </message>
    <message>
        <source>Target of %1</source>
        <translation>Cible de %1</translation>
    </message>
    <message>
        <source>Ambition for %1</source>
        <translation>Ambition pour %1</translation>
    </message>
    <message>
        <source>One line: what this part should look like</source>
        <translation>Une ligne&#xa0;: ce que cette partie doit devenir</translation>
    </message>
    <message>
        <source>Back to the suggestion</source>
        <translation>Revenir à la suggestion</translation>
    </message>
    <message>
        <source>Back to the suggestion for %1</source>
        <translation>Revenir à la suggestion pour %1</translation>
    </message>
    <message>
        <source>(suggested)</source>
        <translation>(suggérée)</translation>
    </message>
    <message>
        <source>Each criterion is a burden, rated from 1 (low) to 5 (high): the lowest weighted total comes first.</source>
        <translation>Chaque critère est une charge, notée de 1 (faible) à 5 (élevée)&#xa0;: le total pondéré le plus bas l’emporte.</translation>
    </message>
    <message>
        <source>Weights (0 to 10):</source>
        <translation>Poids (0 à 10)&#xa0;:</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Poids de %1</translation>
    </message>
    <message>
        <source>Add the &amp;method&apos;s options</source>
        <translation>Ajouter les options de la &amp;méthode</translation>
    </message>
    <message>
        <source>Optimise in-house, acquire new solutions, outsource in part or entirely: those not listed yet</source>
        <translation>Optimiser en interne, acquérir de nouvelles solutions, externaliser en partie ou en totalité&#xa0;: celles qui ne sont pas encore listées</translation>
    </message>
    <message>
        <source>Add a sce&amp;nario</source>
        <translation>Ajouter un &amp;scénario</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>Scénarios comparés</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>Rationale of the choice</source>
        <translation>Justification du choix</translation>
    </message>
    <message>
        <source>Why this scenario</source>
        <translation>Pourquoi ce scénario</translation>
    </message>
    <message>
        <source>&amp;Choose this scenario</source>
        <translation>Re&amp;tenir ce scénario</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Rate at least two scenarios on every criterion to compare them.</source>
        <translation>Notez au moins deux scénarios sur chaque critère pour les comparer.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>What the diagnostic says about “%1”</source>
        <translation>Ce que dit le diagnostic de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No verdict of the diagnostic speaks to this scenario.</source>
        <translation>Aucun verdict du diagnostic ne concerne ce scénario.</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Target vision</source>
        <translation>Vision cible</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>The whole report</source>
        <translation>Le rapport entier</translation>
    </message>
    <message>
        <source>Version %1, final since %2</source>
        <translation>Version %1, définitive depuis le %2</translation>
    </message>
    <message>
        <source>Version %1, draft</source>
        <translation>Version %1, projet</translation>
    </message>
    <message>
        <source>%1: version %2 issued as final</source>
        <translation>%1&#xa0;: version %2 émise comme définitive</translation>
    </message>
    <message>
        <source>%1: version %2 re-opened (%3)</source>
        <translation>%1&#xa0;: version %2 rouverte (%3)</translation>
    </message>
    <message>
        <source>The commentary was not saved</source>
        <translation>Le commentaire n’a pas été enregistré</translation>
    </message>
    <message>
        <source>The signatories were not saved</source>
        <translation>Les signataires n’ont pas été enregistrés</translation>
    </message>
    <message>
        <source>Issue version %1 of the report as final? The answers of every assessment and the commentary are frozen until the report is re-opened, which is recorded.</source>
        <translation>Émettre la version %1 du rapport comme définitive&#xa0;? Les réponses de chaque évaluation et le commentaire sont figés jusqu’à ce que le rapport soit rouvert, ce qui est consigné.</translation>
    </message>
    <message>
        <source>Issue the final version</source>
        <translation>Émettre la version définitive</translation>
    </message>
    <message>
        <source>The report was not issued</source>
        <translation>Le rapport n’a pas été émis</translation>
    </message>
    <message>
        <source>Re-open the report</source>
        <translation>Rouvrir le rapport</translation>
    </message>
    <message>
        <source>Why is the final version re-opened? (recorded)</source>
        <translation>Pourquoi rouvrir la version définitive&#xa0;? (consigné)</translation>
    </message>
    <message>
        <source>The report was not re-opened</source>
        <translation>Le rapport n’a pas été rouvert</translation>
    </message>
    <message>
        <source>Choose that level of the current question</source>
        <translation>Choisir ce niveau pour la question en cours</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Space, Enter</source>
        <translation>Espace, Entrée</translation>
    </message>
    <message>
        <source>Choose the level card that has the keyboard</source>
        <translation>Choisir la carte de niveau qui a le clavier</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Move between the controls</source>
        <translation>Passer d’une commande à l’autre</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>About bodiag</source>
        <translation>À propos de bodiag</translation>
    </message>
    <message>
        <source>Diagnose the back office of a small or mid-sized company, offline.</source>
        <translation>Diagnostiquer le back-office d’une PME ou d’une ETI, hors ligne.</translation>
    </message>
    <message>
        <source>Licence: %1. Free software: you may share and change it under its terms.</source>
        <translation>Licence&#xa0;: %1. Logiciel libre&#xa0;: vous pouvez le partager et le modifier selon ses termes.</translation>
    </message>
    <message>
        <source>Bundled questionnaires</source>
        <translation>Questionnaires fournis</translation>
    </message>
    <message>
        <source>In the open document</source>
        <translation>Dans le document ouvert</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>%1 person-days a quarter (%2)</source>
        <translation>%1 jours-personne par trimestre (%2)</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Workload (person-days)</source>
        <translation>Charge (jours-personne)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>The roadmap was not changed</source>
        <translation>La feuille de route n’a pas été modifiée</translation>
    </message>
    <message>
        <source>“%1” is not the number of an action of the roadmap</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le numéro d’une action de la feuille de route</translation>
    </message>
    <message>
        <source>Suggest every wave again</source>
        <translation>Suggérer à nouveau chaque vague</translation>
    </message>
    <message>
        <source>Every open action goes to the wave the suggestion gives it, those placed by hand too. Go on?</source>
        <translation>Chaque action ouverte va dans la vague que la suggestion lui donne, celles placées à la main aussi. Continuer&#x202f;?</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <source>Add a &amp;member</source>
        <translation>Ajouter un &amp;membre</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>&amp;Cadence&#xa0;:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>à fixer</translation>
    </message>
    <message>
        <source>Plan &amp;starts:</source>
        <translation>&amp;Début du plan&#xa0;:</translation>
    </message>
    <message>
        <source>YYYY-MM (default: after the latest assessment)</source>
        <translation>AAAA-MM (par défaut&#xa0;: après le dernier diagnostic)</translation>
    </message>
    <message>
        <source>The plan&apos;s start month</source>
        <translation>Mois de début du plan</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Réunions tenues</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Day of the meeting</source>
        <translation>Jour de la réunion</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Nature de la réunion</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>Ce qui a été décidé</translation>
    </message>
    <message>
        <source>What was decided at the meeting</source>
        <translation>Ce qui a été décidé en réunion</translation>
    </message>
    <message>
        <source>Recor&amp;d the meeting</source>
        <translation>&amp;Enregistrer la réunion</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>Add a &amp;risk</source>
        <translation>Ajouter un &amp;risque</translation>
    </message>
    <message>
        <source>Add the risks the answers point at</source>
        <translation>Ajouter les risques que signalent les réponses</translation>
    </message>
    <message>
        <source>The synthesis&apos;s risks of doing nothing, not in the register yet</source>
        <translation>Les risques à ne rien faire de la synthèse, pas encore au registre</translation>
    </message>
    <message>
        <source>Delete the risk</source>
        <translation>Supprimer le risque</translation>
    </message>
    <message>
        <source>KPI board</source>
        <translation>Tableau de bord des indicateurs</translation>
    </message>
    <message>
        <source>Add an &amp;indicator</source>
        <translation>Ajouter un &amp;indicateur</translation>
    </message>
    <message>
        <source>Add the indicators measured by the answers</source>
        <translation>Ajouter les indicateurs mesurés par les réponses</translation>
    </message>
    <message>
        <source>The priority indicators for the company&apos;s profile, with their baselines from the answers</source>
        <translation>Les indicateurs prioritaires pour le profil de l’entreprise, avec leur point de départ tiré des réponses</translation>
    </message>
    <message>
        <source>Delete the indicator</source>
        <translation>Supprimer l’indicateur</translation>
    </message>
    <message>
        <source>Change management</source>
        <translation>Conduite du changement</translation>
    </message>
    <message>
        <source>Add communication, training and gains for the first actions</source>
        <translation>Ajouter communication, formation et gains pour les premières actions</translation>
    </message>
    <message>
        <source>Progress towards the targets</source>
        <translation>Avancement vers les cibles</translation>
    </message>
    <message>
        <source>No change-management action yet.</source>
        <translation>Aucune action de conduite du changement pour l’instant.</translation>
    </message>
    <message>
        <source>Timeline of the waves</source>
        <translation>Calendrier des vagues</translation>
    </message>
    <message>
        <source>The table below gives each action&apos;s wave, workload, milestone and dependencies.</source>
        <translation>Le tableau ci-dessous donne la vague, la charge, le jalon et les dépendances de chaque action.</translation>
    </message>
    <message>
        <source>Every open action of the plan in a wave: placed by hand, or suggested from its rank in the synthesis, its workload and its dependencies. Each change is saved at once.</source>
        <translation>Chaque action ouverte du plan dans une vague&#xa0;: placée à la main, ou suggérée d’après son rang dans la synthèse, sa charge et ses dépendances. Chaque modification est enregistrée aussitôt.</translation>
    </message>
    <message>
        <source>&amp;Apply the suggestion</source>
        <translation>&amp;Appliquer la suggestion</translation>
    </message>
    <message>
        <source>Record the suggested wave of every action not placed by hand yet</source>
        <translation>Enregistrer la vague suggérée de chaque action pas encore placée à la main</translation>
    </message>
    <message>
        <source>Suggest &amp;every wave again</source>
        <translation>Suggérer à nouveau &amp;chaque vague</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizon&#xa0;:</translation>
    </message>
    <message>
        <source>%1 years (%2 months)</source>
        <translation>%1 ans (%2 mois)</translation>
    </message>
    <message>
        <source>Horizon of the plan</source>
        <translation>Horizon du plan</translation>
    </message>
    <message>
        <source>Points to watch</source>
        <translation>Points d’attention</translation>
    </message>
    <message>
        <source>Actions of the roadmap</source>
        <translation>Actions de la feuille de route</translation>
    </message>
    <message>
        <source>No action decided yet: the roadmap fills as the action plan is decided.</source>
        <translation>Aucune action décidée&#xa0;: la feuille de route se remplit à mesure que le plan d’action se décide.</translation>
    </message>
    <message>
        <source>Capacity of a wave: the one stated for it, else %1 × its quarters.</source>
        <translation>Capacité d’une vague&#xa0;: celle indiquée pour elle, sinon %1 × ses trimestres.</translation>
    </message>
    <message>
        <source>Capacity (person-days)</source>
        <translation>Capacité (jours-personne)</translation>
    </message>
    <message>
        <source>Budget (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>from the quarters</source>
        <translation>d’après les trimestres</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Capacity of %1, in person-days</source>
        <translation>Capacité de %1, en jours-personne</translation>
    </message>
    <message>
        <source>Budget of %1, in euros</source>
        <translation>Budget de %1, en euros</translation>
    </message>
    <message>
        <source>Wave of %1</source>
        <translation>Vague de %1</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Indiquée</translation>
    </message>
    <message>
        <source>From the effort: type a number to state it</source>
        <translation>D’après l’effort&#xa0;: tapez un nombre pour l’indiquer</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Suggérée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report&apos;s final version froze these answers: re-open it to change them.</source>
        <translation>La version finale du rapport a figé ces réponses&#xa0;: rouvrez-le pour les modifier.</translation>
    </message>
    <message>
        <source>Final report v%1 signed on %2</source>
        <translation>Rapport final v%1 signé le %2</translation>
    </message>
    <message>
        <source>Final report v%1</source>
        <translation>Rapport final v%1</translation>
    </message>
    <message>
        <source>%1: the answers are frozen. Re-open the report to change them (the re-opening and its reason are recorded).</source>
        <translation>%1&#xa0;: les réponses sont figées. Rouvrez le rapport pour les modifier (la réouverture et sa raison sont consignées).</translation>
    </message>
    <message>
        <source>“%1” was left in the middle of a change when bodiag (or the computer) stopped. Undoing that change writes to the file, which is not done on a copy you received. Undo it on a private copy instead? The file you received stays exactly as it is.</source>
        <translation>«&#xa0;%1&#xa0;» est resté au milieu d’une modification quand bodiag (ou l’ordinateur) s’est arrêté. Annuler cette modification écrit dans le fichier, ce qui ne se fait pas sur une copie reçue. L’annuler plutôt sur une copie privée&#x202f;? Le fichier reçu reste exactement tel qu’il est.</translation>
    </message>
    <message>
        <source>Recover on a private copy</source>
        <translation>Récupérer sur une copie privée</translation>
    </message>
    <message>
        <source>The private copy was not made</source>
        <translation>La copie privée n’a pas été faite</translation>
    </message>
    <message>
        <source>The last, unfinished change of “%1” was undone on a private copy, %2: every answer saved before it is there. The file you received is unchanged.</source>
        <translation>La dernière modification inachevée de «&#xa0;%1&#xa0;» a été annulée sur une copie privée, %2&#xa0;: toutes les réponses enregistrées avant elle sont là. Le fichier reçu est inchangé.</translation>
    </message>
    <message>
        <source>bodiag&apos;s own blue</source>
        <translation>le bleu de bodiag</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Choisi</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Kept on this computer, in %1, for every report you export.</source>
        <translation>Conservée sur cet ordinateur, dans %1, pour chaque rapport que vous exportez.</translation>
    </message>
    <message>
        <source>The firm&apos;s name was not saved</source>
        <translation>Le nom du cabinet n’a pas été enregistré</translation>
    </message>
    <message>
        <source>The accent colour was not saved</source>
        <translation>La couleur d’accent n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>The logo was not saved</source>
        <translation>Le logo n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Clear the branding</source>
        <translation>Effacer l’identité du cabinet</translation>
    </message>
    <message>
        <source>Forget the firm&apos;s name, accent colour and logo? Reports will carry bodiag&apos;s own colours.</source>
        <translation>Oublier le nom, la couleur d’accent et le logo du cabinet&#x202f;? Les rapports reprendront les couleurs de bodiag.</translation>
    </message>
    <message>
        <source>The branding was not cleared</source>
        <translation>L’identité du cabinet n’a pas été effacée</translation>
    </message>
    <message>
        <source>Branding: the settings cannot be read (Settings › Firm branding…)</source>
        <translation>Identité du cabinet&#xa0;: les réglages ne peuvent pas être lus (Paramètres › Identité du cabinet…)</translation>
    </message>
    <message>
        <source>Branding: none, the report carries bodiag&apos;s own colours (Settings › Firm branding…)</source>
        <translation>Identité du cabinet&#xa0;: aucune, le rapport porte les couleurs de bodiag (Paramètres › Identité du cabinet…)</translation>
    </message>
    <message>
        <source>no firm name</source>
        <translation>sans nom de cabinet</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>sans logo</translation>
    </message>
    <message>
        <source>Branding: %1 (Settings › Firm branding…)</source>
        <translation>Identité du cabinet&#xa0;: %1 (Paramètres › Identité du cabinet…)</translation>
    </message>
    <message>
        <source>%1 questions asked, %2 answered (of which not applicable: %3, don&apos;t know: %4); the coverage is over the %5 that apply and are scored</source>
        <translation>%1 questions posées, %2 répondues (dont non applicable&#xa0;: %3, «&#xa0;je ne sais pas&#xa0;»&#xa0;: %4)&#x202f;; la couverture porte sur les %5 qui s’appliquent et comptent</translation>
    </message>
    <message>
        <source>Move to version %1 (this one uses %2): unchanged answers carried over</source>
        <translation>Passer à la version %1 (celle-ci suit la %2)&#xa0;: réponses inchangées reprises</translation>
    </message>
    <message>
        <source>Version %1 → %2: %3 answer(s) carried over with their notes.</source>
        <translation>Version %1 → %2&#xa0;: %3 réponse(s) reprise(s) avec leurs notes.</translation>
    </message>
    <message>
        <source>No answered question changed.</source>
        <translation>Aucune question répondue n’a changé.</translation>
    </message>
    <message>
        <source>Asked otherwise or removed, to answer again:</source>
        <translation>Posées autrement ou retirées, à répondre de nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>removed in the new version</source>
        <translation>retirée de la nouvelle version</translation>
    </message>
    <message>
        <source>The row is no longer there: the step was dropped.</source>
        <translation>La ligne n’existe plus&#xa0;: l’étape a été abandonnée.</translation>
    </message>
    <message>
        <source>It was changed since, elsewhere: the step was dropped.</source>
        <translation>Elle a été modifiée depuis, ailleurs&#xa0;: l’étape a été abandonnée.</translation>
    </message>
    <message>
        <source>A row it added is no longer there: the step was dropped.</source>
        <translation>Une ligne qu’elle a ajoutée n’existe plus&#xa0;: l’étape a été abandonnée.</translation>
    </message>
    <message>
        <source>A row it added was changed since, elsewhere: the step was dropped.</source>
        <translation>Une ligne qu’elle a ajoutée a été modifiée depuis, ailleurs&#xa0;: l’étape a été abandonnée.</translation>
    </message>
    <message>
        <source>The change was not undone</source>
        <translation>La modification n’a pas été annulée</translation>
    </message>
    <message>
        <source>The change was not redone</source>
        <translation>La modification n’a pas été rétablie</translation>
    </message>
    <message>
        <source>The actions it changed were changed since, elsewhere: the step was dropped.</source>
        <translation>Les actions qu’elle a changées ont été modifiées depuis, ailleurs&#xa0;: l’étape a été abandonnée.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The organisation this document is about. Its profile adapts the questions asked and the weights: every assessment is scored again with it.</source>
        <translation>L’organisation dont traite ce document. Son profil adapte les questions posées et les pondérations&#xa0;: chaque évaluation est recalculée avec lui.</translation>
    </message>
    <message>
        <source>With this profile:</source>
        <translation>Avec ce profil&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
</TS>
