"""The report as a board member reads it: words that match the figures, nothing only the tool understands.

Strengths are parts at their target, thin figures say they are provisional, an
unanswered checklist says so, KPIs show the baselines and targets the document
holds, no internal id or repository path shows, no page is nearly blank, and
dated advice is worded against the report's date.
"""

from __future__ import annotations

import re

import pytest

from tests.report.conftest import make_document, render_report, spaced


def summary_page(report, part: int) -> str:  # noqa: ANN001
    return spaced(report.pages[report.page_of("Synthèse", part) - 1])


@pytest.fixture(scope="module")
def demo_story(tmp_path_factory):
    """The whole demo, with its action plan and workshop: the document docs/sample-report.pdf is made from."""
    from bodiag.services.demo import build_demo

    diagnostic = build_demo(tmp_path_factory.mktemp("story") / "demo.bodiag")
    yield diagnostic
    diagnostic.close()


@pytest.fixture(scope="module")
def sample(demo_story):
    """The sample report: the whole demo's report in French, deterministic."""
    return render_report(demo_story, deterministic=True)


@pytest.fixture(scope="module")
def sample_en(demo_story):
    return render_report(demo_story, lang="en", deterministic=True)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """The test questionnaire answered: its third part (100) meets the target of 70, the first two (16.7, 50) do not."""
    diagnostic = make_document(tmp_path_factory.mktemp("reading") / "doc.bodiag")
    yield diagnostic
    diagnostic.close()


@pytest.fixture(scope="module")
def small_report(small):
    return render_report(small, deterministic=True)


# -- strengths ------------------------------------------------------------------------


def test_strengths_are_only_parts_at_or_above_their_target(small, small_report):
    from bodiag.report.data import standing

    result = small.score(small.assessments()[0])
    ranking = standing(result)
    assert ranking.targets_met
    assert [s.id for s in ranking.best] == ["third"] and all(s.score >= s.target for s in ranking.best)
    assert [s.id for s in ranking.weakest] == ["first", "second"]
    page = summary_page(small_report, 1)
    assert "Points forts ■ Troisième partie 100,0" in page
    assert "Points à renforcer ■ Première partie 16,7 ■ Deuxième partie 50,0" in page
    assert "moins faibles" not in page


def test_when_no_part_reaches_its_target_the_summary_says_least_weak(sample, sample_en, demo_results):
    for part, result in enumerate(demo_results, start=1):
        assert all(s["score"] < s["target"] for s in result["sections"] if s["depth"] == 0 and s["score"] is not None)
        page = summary_page(sample, part)
        assert "Points forts" not in page
        assert "Les moins faibles Aucune section n’atteint encore sa cible." in page
    assert "Strengths" not in sample_en.text
    assert "Least weak areas No section meets its target yet." in spaced(sample_en.text)


@pytest.fixture(scope="module")
def partial(tmp_path_factory):
    """The outsourcing questionnaire with a few answers: the weak signals unanswered, the pitfalls "don't know"."""
    from bodiag.services.diagnostic import Diagnostic

    diagnostic = Diagnostic.create(tmp_path_factory.mktemp("partial") / "doc.bodiag", "ACME SAS", phase="growth")
    record = diagnostic.start("outsourcing-readiness", title="Premier passage", assessor="Alice Martin")
    diagnostic.answer(record, "pitfalls", "dk")
    for qid, value in (("q01_benefits", "formalised"), ("q02_profiles", "decided"), ("q03_volume", "identified"),
                       ("q05_rituals", "decided"), ("q19_reversibility", "identified")):
        diagnostic.answer(record, qid, value)
    yield diagnostic
    diagnostic.close()


@pytest.fixture(scope="module")
def partial_report(partial):
    return render_report(partial, deterministic=True)


# -- an unanswered checklist -------------------------------------------------------------


def test_an_unanswered_checklist_reads_not_answered_never_none(partial, partial_report):
    record = partial.assessments()[0]
    assert "weak_signals" not in partial.answers(record)
    page = summary_page(partial_report, 1)
    assert "Signaux faibles relevés Non répondu." in page
    assert "Pièges à éviter Je ne sais pas." in page
    details = spaced(partial_report.part_text(1))
    signals = details[details.index("Quels signaux faibles d’un besoin"):details.index("Quels pièges et résistances")]
    assert "Réponse Non répondu" in signals
    assert "Aucun." not in partial_report.text and "Sans réponse" not in partial_report.text
    assert "Non répondu" in spaced(partial_report.pages[partial_report.page_of("Annexe B — Réponses complètes") - 1])


# -- provisional figures ----------------------------------------------------------------------


def test_figures_from_few_answers_are_marked_provisional(partial, partial_report):
    result = partial.score(partial.assessments()[0])
    c = result.counts
    assert c.scored == 5 and c.scored < c.applicable
    answered = f"5 questions répondues sur {c.applicable}"
    page = summary_page(partial_report, 1)
    assert f"Résultat provisoire ({answered}) : répondez aux questions restantes pour le confirmer." in page
    assert f"Verdict provisoire ({answered})." in page
    assert f"Premier passage provisoire ({answered})" in spaced(partial_report.pages[partial_report.page_of("Vue d’ensemble") - 1])
    # a part scored from one answer of six: in the summary, the results table and its details
    integration = result.section("integration")
    assert (integration.counts.scored, integration.counts.applicable) == (1, 6)
    assert "Intégration et communication 66,7 provisoire (1 question répondue sur 6)" in page
    details = spaced(partial_report.part_text(1))
    assert "couverture 17 % (1 / 6) · cible 70 · provisoire (1 question répondue sur 6)" in details
    # a part with three answers of four is not
    strategy = result.section("strategy")
    assert (strategy.counts.scored, strategy.counts.applicable) == (3, 4)
    assert "couverture 75 % (3 / 4) · cible 70 Pourquoi" in details


def test_a_complete_report_marks_only_its_thin_parts(demo_report, demo_results):
    thin = [(part, s["title"]) for part, result in enumerate(demo_results, start=1) for s in result["sections"]
            if s["score"] is not None and s["counts"]["scored"] < s["counts"]["applicable"]
            and (s["counts"]["scored"] <= 2 or s["coverage"] < 75)]
    assert thin == [(1, "Conformité et protection des données")]
    details = spaced(demo_report.part_text(1))
    assert "couverture 50 % (1 / 2) · cible 60 · provisoire (1 question répondue sur 2)" in details
    assert spaced(demo_report.text).count("provisoire") == 2  # its figures line and its row of the results table
    assert "Résultat provisoire" not in demo_report.text and "Verdict provisoire" not in demo_report.text


# -- no internal ids or paths -------------------------------------------------------------------

PATH_LIKE = re.compile(
    r"(?<![\w./-])(?:[\w.-]+/)+[\w.-]+\.(?:txt|ya?ml|json|py|md|csv|xlsx|pdf|bodiag)\b"  # a/b/c.ext
    r"|(?<![\w.-])(?:shared|questionnaires|resources|src|tests|docs)/"  # a folder of the repository
)


FRENCH_WORDS = {"a", "absent", "administration", "change", "communication", "incidents"}  # ids that are French words too


def bundled_ids() -> set[str]:
    """Every question, recommendation, section, checklist item, option and KPI id of the bundled questionnaires."""
    from bodiag.services.catalog import bundled

    ids = set()
    for entry in bundled():
        q = entry.questionnaire
        ids |= {s.id for s in q.walk_sections()} | {k.id for k in q.kpis}
        for question in q.questions:
            ids.add(question.id)
            ids |= {q.recommendation_id(question, i) for i in range(len(question.recommendations))}
            ids |= {item.id for item in getattr(question, "items", [])}
        ids |= {o.id for scale in q.scales for o in scale.options}
    return ids


def ids_in(text: str, ids: set[str]) -> list[str]:
    return sorted(i for i in ids if re.search(rf"(?<![\w.]){re.escape(i)}(?![\w]|\.\w)", text))


def test_the_ids_are_looked_for_where_they_would_show():
    ids = bundled_ids()
    assert {"adm.file_tracking", "q12_kpis", "weak_signals", "adm.file_tracking.1", "indicators"} <= ids
    assert ids_in("Gestion administrative · adm.file_tracking faible", ids) == ["adm.file_tracking"]
    assert ids_in("Quels KPIs ou indicateurs suivre ? q12_kpis", ids) == ["q12_kpis"]
    assert PATH_LIKE.search("(shared/seeds/001_6a6c20e3a02bee3b.txt, …)") and PATH_LIKE.search("voir questionnaires/x.yaml")
    assert not PATH_LIKE.search("50 % (1 / 2) · cybermalveillance.gouv.fr · https://www.example.org · ERP/GED")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_internal_id_or_repository_path_shows_in_the_demo_report(lang, sample, sample_en):
    report = sample if lang == "fr" else sample_en
    text = report.text
    ids = bundled_ids()
    words = {i for i in ids if not re.search(r"[._\d]", i)}  # ids that are plain words a text may use
    assert ids_in(text, ids - words) == []
    if lang == "fr":  # the French report may use French words only: an English-word id would be one shown
        assert ids_in(text, words - FRENCH_WORDS) == []
    assert PATH_LIKE.findall(text) == []
    # questions are named by their number, as in the details and the appendix
    assert "Q1 Suivi des dossiers administratifs et clients" in spaced(text) or lang == "en"


# -- no near-blank pages ---------------------------------------------------------------------------

MIN_LINES = 6  # a page with fewer lines of text than this, besides its header and footer, is nearly blank


def body_lines(pdf: bytes, footer: str) -> list[int]:
    """How many lines of text each page after the cover holds, besides its running header and footer."""
    import io

    import pypdf

    counts = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages[1:]:
        lines = [line for line in page.extract_text(extraction_mode="layout").splitlines() if line.strip()]
        assert lines[0].lstrip().startswith(("Diagnostic du back-office", "Back-office diagnostic")) and footer in lines[-1]
        counts.append(len(lines) - 2)
    return counts


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_page_of_the_demo_report_is_nearly_blank(lang, sample, sample_en):
    report = sample if lang == "fr" else sample_en
    counts = body_lines(report.pdf, "Menuiseries Vasseur SAS")
    tiny = [(page, count) for page, count in enumerate(counts, start=2) if count < MIN_LINES]
    assert tiny == []


def test_the_short_end_of_a_table_shares_its_page_with_what_follows(sample):
    # the master plan's results table ends near the top of a page: its details start right below
    assert sample.page_of("Détail par section", 2) == sample.page_of("Résultats par section", 2) + 1
    # a long table starts below its heading, on the same page as the short table before it
    assert sample.page_of("Autres recommandations", 1) == sample.page_of("Actions décidées", 1)


# -- KPIs: the baselines and goals the document holds ---------------------------------------------


def kpi_page(report, part: int) -> str:  # noqa: ANN001
    first = report.page_of("Indicateurs à mettre en place", part)
    return spaced(" ".join(report.pages[first - 1 : first + 1]))


def goal_of(question, target: float) -> float:  # noqa: ANN001
    """The value a numeric question needs to score ``target``, worked out from its thresholds alone.

    The maturity scale's five levels score 0, 25, 50, 75 and 100; thresholds t1 < … < t4 separate them.
    """
    index = next(i for i, score in enumerate((0, 25, 50, 75, 100)) if score >= target)
    t = question.thresholds
    return t[index - 1] if question.direction == "higher_is_better" else t[len(t) - index]


def test_kpi_tables_show_the_baselines_and_goals_the_document_holds(demo_story, sample):
    from bodiag.domain.i18n import plain

    by_questionnaire = {r.questionnaire_id: r for r in demo_story.assessments()}
    maturity = by_questionnaire["back-office-maturity"]
    q = demo_story.questionnaire(maturity)
    answers = demo_story.answers(maturity)
    target = demo_story.score(maturity).section("indicators").target
    for part, questionnaire_id in enumerate(("back-office-maturity", "master-plan-readiness", "outsourcing-readiness"), start=1):
        page = kpi_page(sample, part)
        kpis = demo_story.questionnaire(by_questionnaire[questionnaire_id]).kpis
        assert [k for k in kpis if k.measured_by], questionnaire_id
        for kpi in kpis:
            row = page[page.index(spaced(kpi.label.get("fr"))):]
            if not kpi.measured_by:
                continue
            question = q.questions_by_id[kpi.measured_by]
            unit = question.unit.get("fr")
            word = "au moins" if question.direction == "higher_is_better" else "au plus"
            start = f"{plain(answers[question.id].value.number, 'fr')} {unit}"
            assert spaced(f"{start} {word} {plain(goal_of(question, target), 'fr')} {unit}") in row[:600], (part, kpi.id)
        assert "Valeur de départ : la dernière mesure de l’indicateur chiffré correspondant (évaluation « Maturité du back-office — novembre 2026 »)." in page
    # the outsourcing questionnaire's, in figures: 4 working days for at most 2, a score of 6.5 for at least 7
    page = kpi_page(sample, 3)
    row = page[page.index("Délai moyen de traitement des demandes"):]
    assert row.index("jours ouvrés prioritaire 4 jours ouvrés au plus 2 jours ouvrés") < 300
    assert "Satisfaction des utilisateurs internes" in page and "6,5 note sur 10 au moins 7 note sur 10" in page
    assert "9 incidents par mois au plus 5 incidents par mois" in page


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    """The outsourcing questionnaire, and the maturity grid assessed twice: in March (8 days, a score of 6, incidents
    don't know) and in October (3 days, satisfaction unanswered, incidents don't know)."""
    from bodiag.services.diagnostic import Diagnostic

    diagnostic = Diagnostic.create(tmp_path_factory.mktemp("measured") / "doc.bodiag", "ACME SAS", phase="growth")
    outsourcing = diagnostic.start("outsourcing-readiness", title="Externalisation")
    diagnostic.answer(outsourcing, "q01_benefits", "decided")
    for title, stamp, values in (("Mars", "2026-03-02T09:00:00+00:00", {"ind.processing_time": "8", "ind.internal_satisfaction": "6"}),
                                 ("Octobre", "2026-10-05T09:00:00+00:00", {"ind.processing_time": "3"})):
        record = diagnostic.start("back-office-maturity", title=title)
        for qid, value in {**values, "ind.incidents": "dk"}.items():
            diagnostic.answer(record, qid, value)
        with diagnostic.document.transaction() as db:
            db.execute("UPDATE assessments SET created_at = ? WHERE id = ?", [stamp, record.id])
    yield diagnostic, outsourcing
    diagnostic.close()


def test_a_kpi_takes_the_latest_measure_and_says_when_there_is_none(measured):
    from bodiag.services.indicators import Indicators

    diagnostic, outsourcing = measured
    indicators = Indicators(diagnostic)
    days, satisfaction, incidents = (indicators.measure(f"ind.{name}", "fr") for name in ("processing_time", "internal_satisfaction", "incidents"))
    assert (days.value, days.assessment, days.goal) == (3, "Octobre", 2)  # the latest assessment
    assert (satisfaction.value, satisfaction.assessment, satisfaction.goal) == (6, "Mars", 7)  # the latest that measured it
    assert (incidents.value, incidents.assessment, incidents.goal) == (None, "Octobre", 5)  # measured nowhere
    assert indicators.measure("q01_benefits", "fr") is None and indicators.measure("nowhere", "fr") is None

    report = render_report(diagnostic, assessment_ids=[outsourcing.id], deterministic=True)
    page = kpi_page(report, 1)
    assert "prioritaire 3 jours ouvrés au plus 2 jours ouvrés" in page
    assert "6 note sur 10 au moins 7 note sur 10" in page
    assert "non mesuré au plus 5 incidents par mois" in page
    assert "(évaluation « Mars », évaluation « Octobre »)" in page
    # a KPI no question measures keeps its cells blank, to fill in
    row = page[page.index("Part des tâches critiques faites"):page.index("Nombre d’incidents")]
    assert "non mesuré" not in row and "au plus" not in row and "au moins" not in row


# -- dated advice ---------------------------------------------------------------------------------------


def test_dated_advice_reads_right_whatever_the_report_date(sample):
    """The e-invoicing timetable is given by its dates: right in November 2026, when its first date has passed."""
    text = spaced(sample.text)
    assert ("l’impose de toute façon (calendrier : obligation de réception pour toutes les entreprises au 1er septembre 2026, "
            "obligation d’émission pour les PME au 1er septembre 2027)") in text
    assert "à partir de septembre 2026" not in text
