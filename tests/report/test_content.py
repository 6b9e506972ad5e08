"""What the demo's report says, read back from the PDF's text: sections, figures, order, language."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest

from bodiag.domain import i18n
from tests.report.conftest import spaced, squash


def fmt(value: float | None) -> str:
    """A figure as the report shows it (independently of the report's own formatting code): two decimals,
    then one with a half rounded up."""
    return "—" if value is None else _half_up(value, "0.1").replace(".", ",")


def pct(value: float) -> str:
    return f"{_half_up(value, '1')} %"


def _half_up(value: float, quantum: str) -> str:
    return str(Decimal(f"{value:.2f}").quantize(Decimal(quantum), rounding=ROUND_HALF_UP))


def plain(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def test_every_part_of_the_report_is_there_in_order(demo_report):
    headings = [(text, level) for text, level, _ in demo_report.headings]
    tops = [text for text, level in headings if level == 0]
    assert tops == [
        "Note à la direction",
        "Sommaire",
        "Vue d’ensemble",
        "Plan directeur",
        "1. Maturité du back-office",
        "2. Plan directeur du back-office\u00a0: êtes-vous prêt\u202f?",
        "3. Externalisation du back-office\u00a0: les 32 questions essentielles",
        "Annexe A — Méthode de calcul",
        "Annexe B — Réponses complètes",
    ]
    for part in (1, 2, 3):
        for name in ("Synthèse", "Résultats par section", "Détail par section", "Plan d’action", "Indicateurs à mettre en place"):
            demo_report.page_of(name, part)
    text = demo_report.text
    for expected in ("DIAGNOSTIC DU BACK-OFFICE", "Menuiseries Vasseur SAS", "30 novembre 2026", "Évaluation conduite par Claire Vasseur",
                     "version 1.1", "Document confidentiel", "Les moins faibles", "Points à renforcer", "Niveau atteint", "Niveau suivant",
                     "Responsable", "Échéance", "Paliers", "Poids des sections"):
        assert expected in text, expected


def test_the_cover_names_the_organisation_the_assessor_and_each_questionnaire(demo_report):
    cover = spaced(demo_report.pages[0])
    assert "Menuiseries Vasseur SAS" in cover and "Fabrication et pose de menuiseries bois et aluminium (Amiens, Somme)" in cover
    assert "Évaluation conduite par Claire Vasseur" in cover and "30 novembre 2026" in cover
    for title in ("Maturité du back-office", "Plan directeur du back-office : êtes-vous prêt ?", "Externalisation du back-office : les 32 questions essentielles"):
        assert title in cover
    assert cover.count("version 1.1") == 2 and "version 2.0" in cover and "Document confidentiel" in cover


def test_contents_and_footers_give_the_right_pages(demo_report):
    total = len(demo_report.pages)
    for number, page in enumerate(demo_report.pages[1:], start=2):
        assert f"page {number} / {total}" in page
        assert "Menuiseries Vasseur SAS · 30 novembre 2026" in page
    start = next(page for text, _, page in demo_report.headings if text == "Sommaire")
    contents = spaced(" ".join(demo_report.pages[start - 1:start + 1]))
    for text, level, page in demo_report.headings:
        if level <= 1 and text != "Sommaire":
            assert spaced(f"{text} {page}") in contents, (text, page)


def test_the_pdf_outline_has_every_heading(demo_report):
    import io

    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(demo_report.pdf))

    def titles(items, depth=0):  # noqa: ANN001, ANN202
        for item in items:
            if isinstance(item, list):
                yield from titles(item, depth + 1)
            else:
                yield item.title, depth, reader.get_destination_page_number(item) + 1

    assert list(titles(reader.outline)) == demo_report.headings


def test_the_executive_summary_fits_on_one_page(demo_report):
    for part in (1, 2, 3):
        first = demo_report.page_of("Synthèse", part)
        assert demo_report.page_of("Résultats par section", part) == first + 1
        page = demo_report.pages[first - 1]
        assert "Actions prioritaires" in page and "Points à renforcer" in page


def test_headline_figures_are_those_of_score_json(demo_report, demo_results):
    for part, result in enumerate(demo_results, start=1):
        page = spaced(demo_report.pages[demo_report.page_of("Synthèse", part) - 1])
        counts = result["counts"]
        assert f"SCORE GLOBAL {fmt(result['score'])} sur 100" in page
        assert f"COUVERTURE {pct(result['coverage'])} {counts['scored']} questions sur {counts['applicable']}" in page
        assert f"PALIER ■ {result['band']['label']}" in page
        assert f"CIBLE {plain(result['target'])} écart {fmt(result['gap'])}" in page
        count = len(result["recommendations"])
        assert f"Le plan d’action recommandé compte {count} recommandations, classées par priorité." in page
        if result["levels"]:
            assert f"NIVEAU {fmt(result['level'])} sur {result['levels']}" in page


def test_the_coverage_card_says_what_asked_and_applicable_count(demo_report, demo_master):
    """Under the cards, the sentence the Results tab and ``bodiag score`` print: asked, answered, the N/A and « don't
    know » among them, and the applicable questions the coverage is over."""
    from bodiag.domain.results import question_count
    from bodiag.services.documents import open_document

    with open_document(demo_master, readonly=True) as diagnostic:
        counts = [question_count(diagnostic.score(record)) for record in diagnostic.assessments()]
    for part, n in enumerate(counts, start=1):
        page = spaced(demo_report.pages[demo_report.page_of("Synthèse", part) - 1])
        said = i18n.tr("questions_asked", "fr", asked=n.asked, answered=n.answered, na=n.na, dk=n.dk, applicable=n.applicable)
        assert spaced(f"{said}.") in page, part
        assert f"{n.counted} questions sur {n.applicable}" in page
    assert any(n.asked != n.applicable for n in counts)  # the demo shows the difference the sentence explains


def test_the_band_card_keeps_its_chip_on_the_line_of_the_band_s_name(demo_report):
    """« ■ Reproductible » on one line in the figure card: the chip alone above the name read as a stray mark."""
    for part in (1, 2, 3):
        lines = demo_report.pages[demo_report.page_of("Synthèse", part) - 1].split("\n")
        assert "■" not in [line.strip() for line in lines], part
    first = demo_report.pages[demo_report.page_of("Synthèse", 1) - 1]
    assert any(line.strip().replace("\u00a0", " ") == "■ Reproductible" for line in first.split("\n"))


def provisional_note(counts: dict) -> list[str]:
    """« provisoire (…) » for a figure with answers missing from thin counts (at most 2, or under 75 %), as the report words it."""
    scored, applicable = counts["scored"], counts["applicable"]
    if not applicable or scored >= applicable or (scored > 2 and scored / applicable >= 0.75):
        return []
    return [f"provisoire ({scored} question{'s' if scored > 1 else ''} répondue{'s' if scored > 1 else ''} sur {applicable})"]


def test_every_section_row_has_the_figures_of_score_json(demo_report, demo_results):
    for part, result in enumerate(demo_results, start=1):
        text = spaced(demo_report.part_text(part))
        for section in result["sections"]:
            if section["score"] is None:
                continue
            cells = [section["title"], *provisional_note(section["counts"]), fmt(section["score"])]
            if result["levels"]:
                cells.append(fmt(section["level"]))
            row = spaced(" ".join(cells))
            assert f"{row} ■" in text, row
            tail = spaced(f"{pct(section['coverage'])} {plain(section['target'])} {fmt(section['gap'])}")
            assert tail in text[text.index(row) :], (row, tail)


def test_the_verdict_with_its_reasons_weak_signals_and_pitfalls(demo_report, demo_results):
    page = spaced(demo_report.pages[demo_report.page_of("Synthèse", 3) - 1])
    verdict = demo_results[2]["verdict"]
    assert verdict["label"] == "À préparer"
    assert spaced(f"{verdict['title'].upper()} {verdict['label']} {verdict['meaning']}") in page
    for reason in verdict["reasons"]:
        assert spaced(f"• {reason}") in page
    assert "Signaux faibles relevés • Des profils clés accumulent des tâches routinières ou chronophages" in page
    assert ("Pièges à éviter • Résistance au changement culturel (internalisation contre externalisation) → pour l’éviter : "
            "Accompagner le changement auprès de l’équipe") in page


def test_the_action_plan_is_in_priority_order(demo_report, demo_results):
    for part, result in enumerate(demo_results, start=1):
        first = demo_report.page_of("Plan d’action", part)
        last = demo_report.page_of("Indicateurs à mettre en place", part)
        plan = spaced(" ".join(demo_report.pages[first - 1 : last]))
        # introduced as the recommendations it lists, not as the plan directeur (the two texts once shared a key)
        assert spaced(i18n.tr("plan_intro", "fr")) in plan and spaced(i18n.tr("master_plan_intro", "fr")) not in plan
        priorities = [r["priority"] for r in result["recommendations"]]
        assert priorities == sorted(priorities, reverse=True) and len(priorities) > 10
        position = 0
        for rank, rec in enumerate(result["recommendations"], start=1):
            found = plan.find(spaced(f"{rank} {rec['title']}"), position)
            assert found > position, (rank, rec["title"])
            position = found
            assert spaced(f"Pourquoi : {rec['why']}") in plan and spaced(f"Comment : {rec['how']}") in plan


def test_kpis_put_the_priorities_of_the_company_phase_first(demo_report, demo_results):
    outsourcing = demo_results[2]
    page = spaced(demo_report.pages[demo_report.page_of("Indicateurs à mettre en place", 3) - 1])
    assert "phase de l’entreprise (croissance)" in page
    labels = [spaced(k["label"]) for k in sorted(outsourcing["kpis"], key=lambda k: not k["priority"])]
    positions = [page.index(label) for label in labels]
    assert positions == sorted(positions)
    assert labels[-1] == "Nombre d’incidents ou d’erreurs détectés sur les processus externalisés"  # for transformation or sale


def test_each_question_shows_its_answer_level_next_level_and_note(demo_report):
    text = spaced(demo_report.part_text(1))
    assert ("Q1 Suivi des dossiers administratifs et clients Réponse Reproductible · score 25,0 "
            "Niveau atteint Reproductible — Un tableau ou un classeur recense les dossiers en cours") in text
    assert "Niveau suivant Défini — Chaque dossier a un numéro, un responsable, un statut et un emplacement commun" in text
    assert "Note : Les dossiers clients sont suivis dans un tableau Excel tenu par Julien" in text
    # an indicator says which value reaches the next level
    assert "Réponse 4 jours ouvrés · score 50,0" in text and "à atteindre : au plus 2 jours ouvrés" in text


def test_appendices_describe_the_method_from_the_snapshot_and_list_every_answer(demo_report, demo_results):
    text = spaced(demo_report.text)
    assert "Score d’une section = Σ poids × score / Σ poids" in text
    assert "« Je ne sais pas » est traité comme « non applicable » pour le score, mais fait baisser la couverture." in text
    assert "Niveau sur l’échelle de 1 à 5 = 1 + 4 × score / 100." in text
    assert "Initial de 0 à 25" in text and "Optimisé de 90 à 100" in text
    answers = spaced(" ".join(demo_report.pages[demo_report.page_of("Annexe B — Réponses complètes") - 1 :]))
    from bodiag.services.catalog import bundled

    questionnaires = {e.questionnaire.id: e.questionnaire for e in bundled()}
    position = 0
    for result in demo_results:  # every question, by its number and text, in questionnaire order
        for number, question in enumerate(questionnaires[result["questionnaire"]["id"]].questions, start=1):
            found = answers.find(spaced(f"Q{number} {question.text.get('fr')}"), position)
            assert found >= position, (number, question.id)
            position = found


def test_english_report(demo_report_en):
    text = spaced(demo_report_en.text)
    for expected in ("BACK-OFFICE DIAGNOSTIC", "30 November 2026", "Contents", "Summary", "Results by section", "Details by section",
                     "Action plan", "Indicators to set up", "Appendix A — Scoring method", "Appendix B — Full answers",
                     "OVERALL SCORE 38.0 out of 100", "READY TO OUTSOURCE? To prepare", "Level reached", "Owner", "Deadline",
                     "Outsourcing the back office: the 32 essential questions", f"page 2 / {len(demo_report_en.pages)}"):
        assert expected in text, expected
    for french in ("Sommaire", "Synthèse", "Points forts", "Niveau atteint", "Responsable", "Échéance", "sur 100"):
        assert french not in text, french


def test_narrow_no_break_spaces_survive_layout(demo_report):
    raw = demo_report.text
    assert "98\u202f%" in raw and "écart 22,0" in raw  # the report's own figures: decimal comma, U+202F before %
    assert "êtes-vous prêt\u202f?" in raw  # a questionnaire's text keeps its U+202F (reportlab would make it a breaking space)
    assert "prêt ?" not in raw


@pytest.mark.parametrize("page", [1, 5, 6, 8])
def test_key_pages_are_not_blank(demo_report, page):
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(demo_report.pdf)
    try:
        image = document[page - 1].render(scale=30 / 72).to_pil().convert("L")
    finally:
        document.close()
    width, height = image.size
    body = image.crop((0, int(height * 0.08), width, int(height * 0.9)))
    inked = body.histogram()[:200]
    inked = sum(inked)
    assert inked > 0.01 * body.size[0] * body.size[1]


def test_no_page_is_empty(demo_report):
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(demo_report.pdf)
    try:
        for index in range(len(document)):
            image = document[index].render(scale=20 / 72).to_pil().convert("L")
            width, height = image.size
            body = image.crop((int(width * 0.1), int(height * 0.1), int(width * 0.9), int(height * 0.88)))
            # at 20 dpi, a page of small regular text greys to ~130; an empty body stays white (a pale panel: ~240)
            assert body.getextrema()[0] < 200, f"page {index + 1} has nothing but its header and footer"
    finally:
        document.close()
