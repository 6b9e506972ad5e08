"""The workshop, the evolution since an earlier assessment and the recorded action plan, read back from the PDF."""

from __future__ import annotations

import msgspec

import pytest

from bodiag.services import action_plan, reassessment, workshop
from tests.report.conftest import body_text, extract, make_document, render_report, spaced, squash

LONG_NOTE = " ".join(f"remarque{i}" for i in range(900))  # about 10,000 characters: more than a page
NOTE = "Chloé Petit doute que le sujet soit vraiment engagé"


def fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".replace(".", ",")


def signed(value: float | None) -> str:
    if value is None:
        return "—"
    text = fmt(abs(value))
    return text if text == "0,0" else ("+" if value > 0 else "\u2212") + text


def _date(diagnostic, assessment_id: int, stamp: str) -> None:  # noqa: ANN001
    with diagnostic.document.transaction() as db:
        db.execute("UPDATE assessments SET created_at = ? WHERE id = ?", [stamp, assessment_id])


@pytest.fixture(scope="module")
def document(tmp_path_factory):
    """Assessment 1 answered in a workshop of three (q1 divergent), assessment 2 re-assessed from it, actions on both."""
    diagnostic = make_document(tmp_path_factory.mktemp("extras") / "doc.bodiag", note="Note de l’évaluation")
    first = diagnostic.assessments()[0]
    _date(diagnostic, first.id, "2025-03-12T09:00:00+00:00")
    people = [workshop.add_respondent(diagnostic, first, name, role)
              for name, role in (("Bob Durand", "director"), ("Chloé Petit", "accounting"), ("Denis Roux", "hr"))]
    given = {"q1": ("none", "started", "done"), "q2": ("started", "started", "done"), "q4": ("done", "done", None)}
    notes = {("q1", 1): NOTE, ("q1", 2): LONG_NOTE}
    for qid, values in given.items():
        for index, (person, value) in enumerate(zip(people, values)):
            if value is not None:
                workshop.respondent_answer(diagnostic, first, person, qid, value=value, note=notes.get((qid, index), ""))
    later = reassessment.start_from(diagnostic, first, copy_answers=True, title="Réévaluation de printemps")
    _date(diagnostic, later.id, "2026-05-04T09:00:00+00:00")
    for qid, value in (("q1", "done"), ("q3", "a,b"), ("free", "Nouveau commentaire")):
        diagnostic.answer(later, qid, value)
    action_plan.add(diagnostic, "Traiter le sujet avec l’équipe", assessment=later, owner="Eve Martin", deadline="2027-03-31",
                    cost="1 500", effort="faible", question_ids="q1, q2")
    done = action_plan.add(diagnostic, "Nommer un référent", assessment=first, owner="Bob Durand", status="done")
    with diagnostic.document.transaction() as db:
        db.execute("UPDATE actions SET completed_at = '2025-10-01T12:00:00+00:00' WHERE id = ?", [done.id])
    yield diagnostic
    diagnostic.close()


@pytest.fixture(scope="module")
def report(document):
    return render_report(document, deterministic=True)


def _pages(report, first: str, last: str, part: int) -> str:  # noqa: ANN001
    """The text from heading ``first`` of part ``part`` to the next heading ``last`` (pieces of a part share pages)."""
    start = report.page_of(first, part)
    end = min(page for text, _, page in report.headings if text == last and page >= start)
    text = spaced(" ".join(body_text(p) for p in report.pages[start - 1 : end]))
    begin = text.index(spaced(first))
    cut = text.find(spaced(last), begin + len(spaced(first)))
    return text[begin:cut] if cut >= 0 else text[begin:]


def test_the_workshop_lists_the_respondents_and_the_divergent_question(document, report):
    text = _pages(report, "Atelier", "Détail par section", 1)
    assert "Répondants" in text and "Questions divergentes" in text
    for row in ("Bob Durand Direction 3", "Chloé Petit Comptabilité 3", "Denis Roux Ressources humaines 2"):
        assert row in text, row
    first = document.assessments()[0]
    items = [i for i in workshop.divergence(document, first) if i.divergent]
    assert [i.question.id for i in items] == ["q1"] and items[0].spread == 2
    data = items[0].as_dict("fr")
    assert "Q1 Le sujet est-il traité ? Première partie · écart de 2 niveaux" in text
    assert ("Bob Durand Non traité · niveau 1 · direction Chloé Petit Engagé · niveau 2 · comptabilité "
            "Denis Roux Fait · niveau 3 · ressources humaines") in text
    assert f"Suggestion {data['suggestion']['display']} · médiane des niveaux donnés" in text
    assert f"Réponse retenue {data['consensus']['display']}" in text
    assert f"Note (Chloé Petit) : {NOTE}" in text
    assert squash(LONG_NOTE) in squash(text)  # a note longer than a page flows on
    assert "Le second sujet" not in text  # a spread of 1 is not divergent
    assert report.page_of("Détail par section", 1) > report.page_of("Atelier", 1) + 1


def test_the_evolution_shows_the_figures_of_compare(document, report):
    first, later = document.assessments()
    data = reassessment.compare(document, first, later).as_dict("fr")
    assert report.page_of("Évolution depuis le 12\u00a0mars 2025", 2)
    text = _pages(report, "Évolution depuis le 12\u00a0mars 2025", "Détail par section", 2)
    assert "Comparaison avec l’évaluation « Petit questionnaire d’essai » du 12 mars 2025" in text
    score, coverage = data["score"], data["coverage"]
    assert f"SCORE GLOBAL {fmt(score['after'])} avant : {fmt(score['before'])} · {signed(score['delta'])}" in text
    assert f"COUVERTURE {coverage['after']:.0f} % avant : {coverage['before']:.0f} %" in text
    shown = [s for s in data["sections"] if s["score"]["before"] is not None or s["score"]["after"] is not None]
    assert shown
    for s in shown:
        row = f"{s['title']} {fmt(s['score']['before'])} {fmt(s['score']['after'])} {signed(s['score']['delta'])}"
        assert row in text, row
    assert any(s["score"]["delta"] for s in shown)
    assert {m["question"] for m in data["moves"]} == {"q1", "q3", "free"}
    assert "Q1 Le sujet est-il traité ? Avant Engagé · niveau 2 · score 50,0 Maintenant Fait · niveau 3 · score 100,0" in text
    assert "Q4 Un commentaire libre ? Avant Non répondu Maintenant Nouveau commentaire" in text
    assert "Actions terminées entre-temps ✓ Nommer un référent — Bob Durand · terminée le 1er octobre 2025" in text
    assert "Évolution" not in _pages(report, "Synthèse", "Détail par section", 1)  # the first one has nothing earlier


def test_the_recorded_actions_come_first_in_the_plan(report):
    text = _pages(report, "Plan d’action", "Annexe A — Méthode de calcul", 2)
    assert ("Actions décidées Les actions inscrites au plan pour cette évaluation, avec leur responsable, "
            "leur échéance et leur état au 30 novembre 2026.") in text
    assert "Traiter le sujet avec l’équipe Questions : Q1, Q2 Eve Martin 31 mars 2027 à faire 1 500 € faible" in text
    assert "Coût estimé des actions non abandonnées : 1 500 €." in text
    # the recommendations come after, with their blank columns
    assert text.index("Autres recommandations") > text.index("Traiter le sujet avec l’équipe")
    assert "Responsable Échéance" in text[text.index("Autres recommandations"):]
    assert "Nommer un référent Bob Durand — terminée" in _pages(report, "Plan d’action", "2. Petit questionnaire d’essai", 1)


def test_the_recorded_actions_are_numbered_as_the_roadmap_numbers_them(document, report):
    from bodiag.services import roadmap

    numbers = {a.title: a.id for a in roadmap.view(document).actions}  # as its table and timeline print them
    number = numbers["Traiter le sujet avec l’équipe"]
    assert number == next(a.number for a in action_plan.list_actions(document) if a.title in numbers)
    text = _pages(report, "Plan d’action", "Annexe A — Méthode de calcul", 2)
    assert f"{number}. Traiter le sujet avec l’équipe Questions : Q1, Q2 Eve Martin" in text
    done = next(a.number for a in action_plan.list_actions(document) if a.title == "Nommer un référent")
    assert f"{done}. Nommer un référent Bob Durand" in _pages(report, "Plan d’action", "2. Petit questionnaire d’essai", 1)


def test_contents_and_bookmarks_have_the_new_parts(report):
    headings = [(text, level) for text, level, _ in report.headings]
    for heading in (("Atelier", 1), ("Répondants", 2), ("Questions divergentes", 2), ("Évolution depuis le 12\u00a0mars 2025", 1),
                    ("Scores par section", 2), ("Réponses qui ont changé", 2), ("Actions terminées entre-temps", 2),
                    ("Actions décidées", 2)):
        assert heading in headings, heading
    contents = spaced(" ".join(report.pages[1:3]))
    for text, level, page in report.headings:
        if text in ("Atelier", "Évolution depuis le 12\u00a0mars 2025", "Actions décidées"):
            assert spaced(f"{text} {page}") in contents


def test_anonymised_names_neither_respondents_nor_owners(document):
    anonymous = render_report(document, deterministic=True, anonymise=True)
    text = anonymous.text
    for name in ("Bob", "Durand", "Chloé", "Denis", "Roux", "Eve", "Martin", "Alice"):
        assert name not in text, name
    body = spaced(text)
    # Personne 1 is the assessor, then the respondents in order, then the owners not named yet
    assert "Personne 2 Direction 3" in body and "Personne 2 Non traité · niveau 1 · direction" in body
    assert "Note (Personne 3) : Personne 3 doute que le sujet soit vraiment engagé" in body
    assert "Nommer un référent — Personne 2" in body
    assert "Questions : Q1, Q2 Personne 5 31 mars 2027" in body


def test_without_notes_leaves_out_the_respondents_notes(document, report):
    assert NOTE in spaced(report.text)
    bare = spaced(render_report(document, deterministic=True, without_notes=True).text)
    assert NOTE not in bare and "remarque12" not in bare and "Note (" not in bare
    assert "Questions divergentes" in bare


def test_in_english(document):
    text = spaced(render_report(document, lang="en", deterministic=True).text)
    for expected in ("Workshop", "Respondents", "Divergent questions", "spread of 2 levels", "Suggested", "Answer kept",
                     "Evolution since 12 March 2025", "Answers that moved", "Actions completed in between",
                     "Agreed actions", "Other recommendations", "€1,500", "to do", "Then", "Now"):
        assert expected in text, expected
    for french in ("Atelier", "Répondants", "Évolution", "Actions décidées", "Réponse retenue"):
        assert french not in text, french


def test_the_same_document_gives_the_same_bytes(document, report):
    assert render_report(document, deterministic=True).pdf == report.pdf


def test_the_demo_report_has_none_of_these_parts(demo_report):
    tops = {text for text, level, _ in demo_report.headings if level >= 1}
    assert not tops & {"Atelier", "Répondants", "Questions divergentes", "Actions décidées", "Autres recommandations",
                       "Scores par section", "Réponses qui ont changé", "Actions terminées entre-temps"}
    assert not any(text.startswith("Évolution depuis") for text in tops)
    text = spaced(demo_report.text)
    for absent in ("Questions divergentes", "Réponses qui ont changé", "Actions décidées", "Coût estimé"):
        assert absent not in text, absent


def test_fewer_than_three_sections_give_bars_instead_of_a_radar(document):
    from bodiag.report.charts import EvolutionBars, EvolutionRadar
    from bodiag.domain.report_content import ReportOptions
    from bodiag.services.report_content import gather
    from bodiag.report.document import Outline
    from bodiag.report.evolution import evolution
    from bodiag.report.styles import make_styles

    data = gather(document, [2], ReportOptions(deterministic=True))
    a = data.assessments[0]
    styles = make_styles()
    kinds = lambda a: {type(f) for f in evolution(a, data, styles, Outline(styles))}  # noqa: E731
    assert EvolutionRadar in kinds(a) and EvolutionBars not in kinds(a)
    ev = msgspec.structs.replace(a.extras.evolution, radar=a.extras.evolution.radar[:2])
    two = msgspec.structs.replace(a, extras=msgspec.structs.replace(a.extras, evolution=ev))
    assert EvolutionBars in kinds(two) and EvolutionRadar not in kinds(two)


def test_user_texts_of_these_parts_come_out_verbatim(document):
    from bodiag.report.compose import render
    from bodiag.domain.report_content import ReportOptions
    from bodiag.services.report_content import gather

    piece = '<b>gras</b> <img src="/etc/passwd"/> &amp; {x} %s </para> « ça\u202f? »'
    data = gather(document, None, ReportOptions(deterministic=True))
    first, later = data.assessments
    w = first.extras.workshop
    divergent = [msgspec.structs.replace(q, answers=[msgspec.structs.replace(x, name=f"N {piece}", note=f"note {piece}") for x in q.answers])
                 for q in w.divergent]
    first = msgspec.structs.replace(first, extras=msgspec.structs.replace(first.extras, workshop=msgspec.structs.replace(
        w, respondents=[msgspec.structs.replace(r, name=f"R {piece}") for r in w.respondents], divergent=divergent)))
    ev = msgspec.structs.replace(later.extras.evolution, before_title=f"T {piece}",
                             actions=[msgspec.structs.replace(x, title=f"A {piece}") for x in later.extras.evolution.actions])
    actions = [msgspec.structs.replace(x, title=f"P {piece}", owner=f"O {piece}") for x in later.extras.actions]
    later = msgspec.structs.replace(later, extras=msgspec.structs.replace(later.extras, evolution=ev, actions=actions))
    pdf = render(msgspec.structs.replace(data, assessments=[first, later])).pdf
    flat = squash("\n".join(body_text(page) for page in extract(pdf)))
    for expected in (f"R {piece}", f"note {piece}", f"T {piece}", f"A {piece}", f"P {piece}", f"O {piece}"):
        assert squash(expected) in flat, expected
    assert b"/Subtype /Image" not in pdf and b"/URI" not in pdf


def test_anonymising_also_hides_a_person_named_by_one_word_of_their_name(tmp_path):
    note = "Nadine a relancé Mme Lefèvre ; Paul Lefèvre validera, Alice aussi."
    diagnostic = make_document(tmp_path / "doc.bodiag", note=note)
    try:
        first = diagnostic.assessments()[0]
        for name in ("Nadine Lefèvre", "Paul Lefèvre"):
            workshop.add_respondent(diagnostic, first, name, "accounting")
        body = spaced(render_report(diagnostic, deterministic=True, anonymise=True).text)
    finally:
        diagnostic.close()
    for word in ("Nadine", "Lefèvre", "Paul", "Alice", "Martin"):  # Alice Martin is the assessor
        assert word not in body, word
    # Personne 1 is the assessor, then the respondents; a surname two people share names neither
    assert "Personne 2 a relancé Mme Une personne ; Personne 3 validera, Personne 1 aussi." in body


def test_actions_recorded_for_no_assessment_have_their_own_part(tmp_path):
    diagnostic = make_document(tmp_path / "doc.bodiag")
    try:
        action_plan.add(diagnostic, "Choisir un logiciel de paie avec Zoé", owner="Zoé Garnier", deadline="2027-05-31")
        report = render_report(diagnostic, deterministic=True)
        anonymous = spaced(render_report(diagnostic, deterministic=True, anonymise=True).text)
    finally:
        diagnostic.close()
    page = spaced(report.pages[report.page_of("Autres actions du plan") - 1])
    assert "sans être rattachées à une évaluation" in page
    assert "Choisir un logiciel de paie avec Zoé" in page and "Zoé Garnier" in page and "31 mai 2027" in page
    assert "Zoé" not in anonymous and "Garnier" not in anonymous
    assert "Choisir un logiciel de paie avec Personne 2" in anonymous  # Personne 1 is the assessor
