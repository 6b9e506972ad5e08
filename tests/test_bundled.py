"""The questionnaires and the demo that bodiag ships."""

from __future__ import annotations

import json
import re

import pytest

from bodiag.domain.loader import load_file
from bodiag.domain.model import ChecklistQuestion, GridQuestion, NumericQuestion, ScaleQuestion
from bodiag.domain.schema import questionnaire_schema
from bodiag.services.catalog import bundled, bundled_files
from tests.conftest import ROOT

SEEDS = {"outsourcing-readiness", "back-office-maturity", "master-plan-readiness", "back-office-manager"}
DEMO = SEEDS - {"back-office-manager"}  # the demo runs the questionnaires a new diagnostic ticks by default


def test_the_four_questionnaires_are_bundled_the_manager_one_optional():
    from bodiag.ui.presenters.new_diagnostic import bundled_choices, selected_by_default

    assert {p.stem for p in bundled_files()} == SEEDS
    assert {e.questionnaire.id for e in bundled()} == SEEDS
    ticked = {c.reference for c in bundled_choices() if selected_by_default(c)}
    assert ticked == SEEDS - {"back-office-manager"}  # it concerns one person: a new diagnostic leaves it unticked


def test_the_manager_questionnaire_covers_the_role_the_five_skills_and_development():
    q = load_file(ROOT / "questionnaires" / "back-office-manager.yaml").raise_for_problems()
    assert q.optional and [s.id for s in q.sections] == ["role", "skills", "practice", "development"]
    assert len(q.sections_by_id["skills"].questions) == 5
    assert all(qq.recommendations for qq in q.questions)


@pytest.mark.parametrize("path", bundled_files(), ids=lambda p: p.stem)
def test_bundled_questionnaire_is_valid_bilingual_and_sourced(path):
    result = load_file(path)
    assert result.problems == []
    q = result.questionnaire
    assert q.id == path.stem
    assert "shared/seeds/" in q.source.reference
    missing_en = [question.id for question in q.questions if not question.text.en]
    assert missing_en == []
    for question in q.questions:
        if question.scored and not isinstance(question, ChecklistQuestion):
            assert question.recommendations, f"{question.id} has no recommendation"
    assert q.bands[0].min == 0 and q.bands[-1].max == 100


def outsourcing():
    return load_file(ROOT / "questionnaires" / "outsourcing-readiness.yaml").raise_for_problems()


def test_outsourcing_has_all_32_questions_weak_signals_pitfalls_and_verdict():
    q = outsourcing()
    scale_questions = [x for x in q.questions if isinstance(x, ScaleQuestion) and re.match(r"q\d\d_", x.id)]
    assert len(scale_questions) == 32
    # the article's third context, transformation, has its own question, shown only in that phase
    extra = [x for x in q.questions if isinstance(x, ScaleQuestion) and x not in scale_questions]
    assert [x.id for x in extra] == ["transformation_support"]
    assert extra[0].visible_if.profile == "phase" and extra[0].visible_if.in_ == ["transformation"]
    assert [x.id[:3] for x in sorted(scale_questions, key=lambda x: x.id)] == [f"q{i:02d}" for i in range(1, 33)]
    checklists = {x.id: x for x in q.questions if isinstance(x, ChecklistQuestion)}
    assert len(checklists["weak_signals"].items) == 4
    assert len(checklists["pitfalls"].items) == 5
    assert [r.id for r in q.verdict.rules] == ["premature", "to_prepare", "ready"]
    assert {k.id for k in q.kpis} and all(k.profiles for k in q.kpis)
    assert any("phase" in x.weight_by_profile for x in q.questions)


def test_maturity_grid_has_five_descriptors_per_criterion_and_indicators():
    q = load_file(ROOT / "questionnaires" / "back-office-maturity.yaml").raise_for_problems()
    grids = [x for x in q.questions if isinstance(x, GridQuestion)]
    assert len(grids) >= 30
    assert all(len(g.levels) == 5 for g in grids)
    assert len([x for x in q.questions if isinstance(x, NumericQuestion)]) >= 5
    assert len(q.sections) >= 12
    assert max(_depth(s) for s in q.sections) >= 1  # domain > practice > criterion (questions)
    assert q.levels == 5


def _depth(section, level=0):
    return max([level] + [_depth(s, level + 1) for s in section.sections])


def test_master_plan_checks_the_prerequisites_not_the_plan_s_content():
    """The questionnaire asks whether a plan can be built; the plan's own steps are built in the plan, not scored here."""
    q = load_file(ROOT / "questionnaires" / "master-plan-readiness.yaml").raise_for_problems()
    assert [s.id for s in q.sections] == ["sponsor", "resources", "baseline", "people", "starting_point", "signals"]
    assert q.version == "2.0" and q.verdict is not None
    assert {r.id for r in q.verdict.rules} == {"not_yet", "prepare_first", "launch"}
    # the method's steps bodiag's plan directeur builds (target, scenarios, roadmap, steering) have no question here
    words = " ".join(x.text.en.lower() for x in q.questions)
    for step in ("target level", "scenario", "roadmap", "committee", "milestone"):
        assert step not in words, step
    assert {"res.time", "base.running_costs", "spon.decision_rights", "ppl.cross_views"} <= set(q.questions_by_id)


def test_schema_json_is_current():
    on_disk = json.loads((ROOT / "questionnaires" / "schema.json").read_text(encoding="utf-8"))
    assert on_disk == questionnaire_schema(), "run `make schema`"


def _indent_descriptions(node, prefix):
    if isinstance(node, dict):
        return {k: v.replace("\n", "\n" + prefix) if k == "description" and isinstance(v, str)
                else _indent_descriptions(v, prefix) for k, v in node.items()}
    if isinstance(node, list):
        return [_indent_descriptions(v, prefix) for v in node]
    return node


@pytest.mark.parametrize("prefix", ["", "    ", "\t"])
def test_schema_does_not_depend_on_how_the_library_lays_out_docstrings(monkeypatch, prefix):
    """msgspec 0.22 kept a docstring's indentation in descriptions and 0.23 does not: the export is the same."""
    import msgspec

    real = msgspec.json.schema
    laid_out = []

    def schema(*args, **kwargs):
        laid_out.append(_indent_descriptions(real(*args, **kwargs), prefix))
        return laid_out[-1]

    monkeypatch.setattr(msgspec.json, "schema", schema)
    exported = questionnaire_schema()
    assert any("\n" + prefix + "Exactly one form" in d.get("description", "") for d in laid_out[0]["$defs"].values())
    assert exported == json.loads((ROOT / "questionnaires" / "schema.json").read_text(encoding="utf-8"))


def test_demo_answers_every_visible_question(demo_path):
    from bodiag.services.documents import open_document

    with open_document(demo_path, readonly=True) as diagnostic:
        records = diagnostic.assessments()
        assert {r.questionnaire_id for r in records} == DEMO
        org = diagnostic.organisation
        assert org.name == "Menuiseries Vasseur SAS" and org.phase == "growth"
        for record in records:
            result = diagnostic.score(record)
            unanswered = [q.id for q in result.questions.values() if q.status == "unanswered"]
            assert unanswered == [], record.questionnaire_id
            notes = [a for a in diagnostic.answers(record).values() if a.note]
            assert len(notes) >= 10
            assert result.score is not None and 15 < result.score < 80
        verdicts = {r.questionnaire_id: diagnostic.score(r).verdict for r in records}
        assert verdicts["outsourcing-readiness"].rule.id == "to_prepare"
        assert verdicts["outsourcing-readiness"].reasons("fr")


def test_every_measured_kpi_names_a_numeric_question_of_a_bundled_questionnaire_with_its_unit():
    questions = {q.id: q for e in bundled() for q in e.questionnaire.questions if isinstance(q, NumericQuestion)}
    measured = [(e.questionnaire.id, k) for e in bundled() for k in e.questionnaire.kpis if k.measured_by]
    assert {qid for qid, _ in measured} == DEMO  # the manager's questionnaire has no indicators
    for qid, kpi in measured:
        question = questions.get(kpi.measured_by)
        assert question is not None, (qid, kpi.id)
        assert kpi.unit is not None and (kpi.unit.fr, kpi.unit.en) == (question.unit.fr, question.unit.en), (qid, kpi.id)


MONTHS = ("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|February|March|"
          "April|May|June|July|August|September|October|November|December")
RELATIVE_DATE = re.compile(  # "à partir de septembre 2026", "depuis le 1er mars 2025", "from September 2027", "by 2028"…
    r"\b(?:à partir d[eu]|à compter d[eu]|depuis|dès|d’ici|jusqu’(?:au|en|à)|avant|après|from|since|by|until|before|after|"
    r"starting|as of|as from)\s+(?:(?:le|the)\s+)?(?:\d{1,2}(?:er)?\s+)?(?:(?:" + MONTHS + r")\s+)?(?:de\s+|of\s+)?20\d\d\b",
    re.IGNORECASE,
)


def _texts(value):
    """Every string inside a questionnaire's plain data."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def test_no_bundled_text_words_a_date_relative_to_when_it_is_read():
    """A text read in any year says "on 1 September 2026", never "from September 2026" (wrong once it has passed)."""
    from bodiag.domain import i18n
    from bodiag.domain.model import to_data
    from tests.domain.test_i18n import _DUMMY

    assert RELATIVE_DATE.search("réception obligatoire à partir de septembre 2026") and RELATIVE_DATE.search("from September 2027")
    assert RELATIVE_DATE.search("depuis le 1er\u00a0mars 2025".replace("\u00a0", " ")) and not RELATIVE_DATE.search("au 1er septembre 2026")
    found = [text for e in bundled() for text in _texts(to_data(e.questionnaire)) if RELATIVE_DATE.search(" ".join(text.split()))]
    found += [text for key in i18n.keys() for lang in ("fr", "en") if RELATIVE_DATE.search(i18n.tr(key, lang, **_DUMMY))]
    assert found == []
    dated = [text for e in bundled() for text in _texts(to_data(e.questionnaire)) if re.search(r"\b20\d\d\b", text)]
    assert any("au 1er\u00a0septembre 2026" in text for text in dated)  # the e-invoicing timetable, worded for any date
