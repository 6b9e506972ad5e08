"""Scoring rules, one at a time, on small questionnaires built in the test."""

from __future__ import annotations

import pytest

from bodiag.domain.answers import Answer, parse_answer
from bodiag.domain.loader import load_text
from bodiag.domain.profile import OrganisationProfile
from bodiag.domain.scoring import score

HEAD = """
format: 1
id: t
version: "1.0"
title: T
source: {title: T, reference: tests}
license: CC0-1.0
target: 75
scales:
  - id: s
    options:
      - {id: o0, label: Zéro, value: 0}
      - {id: o1, label: Un, value: 1}
      - {id: o2, label: Deux, value: 2}
      - {id: o4, label: Quatre, value: 4}
      - {id: na, label: N/A, not_applicable: true}
      - {id: dk, label: NSP, dont_know: true}
bands:
  - {id: low, min: 0, max: 50, label: Bas}
  - {id: high, min: 50, max: 100, label: Haut}
"""


def build(body: str, **top: str):
    extra = "".join(f"{k}: {v}\n" for k, v in top.items())
    return load_text(HEAD + extra + body, "t.yaml").raise_for_problems()


def answers(q, **raw):
    return {qid: parse_answer(q, q.questions_by_id[qid], value) for qid, value in raw.items()}


TWO = """
sections:
  - id: a
    title: A
    questions:
      - {id: q1, kind: scale, scale: s, text: Q1}
      - {id: q2, kind: scale, scale: s, text: Q2, weight: 3}
  - id: b
    title: B
    questions:
      - {id: q3, kind: scale, scale: s, text: Q3}
"""


def test_option_score_is_its_place_between_lowest_and_highest_value():
    q = build(TWO)
    r = score(q, answers(q, q1="o1", q2="o2", q3="o4"))
    assert r.questions["q1"].score == pytest.approx(25.0)
    assert r.questions["q2"].score == pytest.approx(50.0)
    assert r.questions["q3"].score == pytest.approx(100.0)


def test_weighted_mean_per_section_and_overall():
    q = build(TWO)
    r = score(q, answers(q, q1="o4", q2="o0", q3="o2"))
    assert r.section("a").score == pytest.approx((1 * 100 + 3 * 0) / 4)
    assert r.score == pytest.approx((25 + 50) / 2)


def test_na_leaves_numerator_and_denominator():
    q = build(TWO)
    r = score(q, answers(q, q1="o4", q2="na", q3="o4"))
    assert r.section("a").score == pytest.approx(100.0)
    assert r.counts.na == 1 and r.counts.applicable == 2 and r.coverage == pytest.approx(100.0)


def test_dont_know_is_excluded_by_default_and_lowers_coverage():
    q = build(TWO)
    r = score(q, answers(q, q1="o4", q2="dk", q3="o4"))
    assert r.section("a").score == pytest.approx(100.0)
    assert r.counts.dk == 1 and r.counts.answered == 3 and r.counts.scored == 2
    assert r.coverage == pytest.approx(200 / 3)


def test_dont_know_counts_as_lowest_when_the_questionnaire_says_so():
    q = build(TWO, dont_know="lowest")
    r = score(q, answers(q, q1="o4", q2="dk", q3="o4"))
    assert r.section("a").score == pytest.approx(25.0)
    assert r.coverage == pytest.approx(100.0)


def test_universal_na_and_dk_words_map_to_the_scale_flagged_options():
    q = build(TWO)
    assert parse_answer(q, q.questions_by_id["q1"], "N/A") == Answer(option="na")
    assert parse_answer(q, q.questions_by_id["q1"], "je ne sais pas") == Answer(option="dk")
    assert parse_answer(q, q.questions_by_id["q1"], "Deux") == Answer(option="o2")
    assert parse_answer(q, q.questions_by_id["q1"], "4") == Answer(option="o4")


def test_a_section_with_nothing_answered_has_no_score_not_zero():
    q = build(TWO)
    r = score(q, answers(q, q1="o4"))
    assert r.section("b").score is None and r.section("b").band_id is None
    assert r.score == pytest.approx(100.0)  # b leaves the overall mean
    empty = score(q, {})
    assert empty.score is None and empty.coverage == pytest.approx(0.0) and empty.band_id is None


def test_all_na_section_has_no_coverage():
    q = build(TWO)
    r = score(q, answers(q, q3="na"))
    assert r.section("b").coverage is None


NESTED = """
sections:
  - id: top
    title: Top
    weight: 2
    questions:
      - {id: q1, kind: scale, scale: s, text: Q1}
    sections:
      - id: mid
        title: Mid
        weight: 3
        sections:
          - id: leaf
            title: Leaf
            questions:
              - {id: q2, kind: scale, scale: s, text: Q2}
  - id: other
    title: Other
    questions:
      - {id: q3, kind: scale, scale: s, text: Q3}
"""


def test_nested_sections_three_levels_deep():
    q = build(NESTED)
    r = score(q, answers(q, q1="o0", q2="o4", q3="o2"))
    assert r.section("leaf").score == pytest.approx(100.0)
    assert r.section("mid").score == pytest.approx(100.0)
    assert r.section("top").score == pytest.approx((1 * 0 + 3 * 100) / 4)
    assert r.score == pytest.approx((2 * 75 + 1 * 50) / 3)
    assert [s.depth for s in r.sections] == [0, 1, 2, 0]
    assert r.section("top").counts.scored == 2


CONDITIONS = """
sections:
  - id: a
    title: A
    questions:
      - {id: q1, kind: scale, scale: s, text: Q1}
      - {id: q2, kind: scale, scale: s, text: Q2, visible_if: {question: q1, in: [o2, o4]}}
      - id: q3
        kind: scale
        scale: s
        text: Q3
        visible_if: {all: [{profile: phase, in: [sale_transfer]}, {not: {question: q1, in: [o0]}}]}
      - {id: q4, kind: scale, scale: s, text: Q4, visible_if: {question: q2, answered: true}}
"""


def test_conditions_hide_questions_from_score_and_coverage():
    q = build(CONDITIONS)
    r = score(q, answers(q, q1="o1", q2="o0"))
    assert r.questions["q2"].status == "hidden"  # q1 is not o2/o4: the stored answer is ignored
    assert r.questions["q4"].status == "hidden"  # a condition on a hidden question is false
    assert r.score == pytest.approx(25.0)
    assert r.counts.hidden == 3 and r.counts.applicable == 1


def test_conditions_on_answers_and_profile():
    q = build(CONDITIONS)
    r = score(q, answers(q, q1="o4", q2="o0", q3="o4"), OrganisationProfile(phase="sale_transfer"))
    assert {qid for qid, qr in r.questions.items() if qr.status != "hidden"} == {"q1", "q2", "q3", "q4"}
    assert r.questions["q4"].status == "unanswered"
    assert r.score == pytest.approx(200 / 3)


PROFILE = """
sections:
  - id: a
    title: A
    weight_by_profile: {phase: {growth: 3}}
    questions:
      - {id: q1, kind: scale, scale: s, text: Q1, weight_by_profile: {phase: {growth: 2}, headcount: {micro: 0.5}}}
      - {id: q2, kind: scale, scale: s, text: Q2}
  - id: b
    title: B
    questions:
      - {id: q3, kind: scale, scale: s, text: Q3}
"""


@pytest.mark.parametrize(
    "profile, q1_weight, expected_a, expected_total",
    [
        (OrganisationProfile(), 1.0, 50.0, 25.0),
        (OrganisationProfile(phase="growth"), 2.0, 200 / 3, 50.0),
        (OrganisationProfile(phase="growth", headcount="micro"), 1.0, 50.0, 37.5),
        (OrganisationProfile(phase="stable"), 1.0, 50.0, 25.0),
    ],
)
def test_profile_weights_multiply(profile, q1_weight, expected_a, expected_total):
    q = build(PROFILE)
    r = score(q, answers(q, q1="o4", q2="o0", q3="o0"), profile)
    assert r.questions["q1"].weight == pytest.approx(q1_weight)
    assert r.section("a").score == pytest.approx(expected_a)
    assert r.score == pytest.approx(expected_total)


CHECKLIST = """
sections:
  - id: a
    title: A
    questions:
      - id: good
        kind: checklist
        text: Good things
        items: [{id: x, label: X, weight: 3}, {id: y, label: Y}]
        recommendations: [{items: [y], title: Do Y, why: W, how: H}]
      - id: bad
        kind: checklist
        polarity: negative
        text: Bad things
        items: [{id: p, label: P}, {id: r, label: R}, {id: s, label: S}, {id: t, label: T}]
        recommendations: [{items: [p], title: Avoid P, why: W, how: H}]
      - id: info
        kind: checklist
        scored: false
        text: Just context
        items: [{id: z, label: Z}]
"""


def test_checklist_weighted_share_and_polarity():
    q = build(CHECKLIST)
    r = score(q, answers(q, good="x", bad="p,r", info="z"))
    assert r.questions["good"].score == pytest.approx(75.0)
    assert r.questions["bad"].score == pytest.approx(50.0)
    assert r.questions["info"].status == "answered" and not r.questions["info"].scored
    assert r.questions["info"].score == 100  # informative only: not in the section's mean
    assert r.score == pytest.approx(62.5)
    nothing = score(q, answers(q, good="-", bad="none"))
    assert nothing.questions["good"].score == 0 and nothing.questions["bad"].score == 100


def test_checklist_recommendation_gap_is_the_points_its_items_cost():
    q = build(CHECKLIST)
    r = score(q, answers(q, good="x", bad="p"))
    gaps = {rec.id: rec.gap for rec in r.recommendations}
    assert gaps == {"good.1": pytest.approx(25.0), "bad.1": pytest.approx(25.0)}
    assert [rec.id for rec in r.recommendations] == ["good.1", "bad.1"]  # tie: file order
    assert "good.1" not in {rec.id for rec in score(q, answers(q, good="x,y")).recommendations}


NUMERIC = """
sections:
  - id: a
    title: A
    questions:
      - {id: days, text: Délai, kind: numeric, scale: s, unit: jours, direction: lower_is_better, thresholds: [2, 5, 10], min: 0}
      - {id: rate, text: Taux, kind: numeric, scale: s, unit: "%", direction: higher_is_better, thresholds: [50, 80, 95], min: 0, max: 100}
"""


@pytest.mark.parametrize(
    "value, option", [(0, "o4"), (2, "o4"), (2.5, "o2"), (5, "o2"), (7, "o1"), (10, "o1"), (10.01, "o0"), (99, "o0")]
)
def test_numeric_lower_is_better_thresholds(value, option):
    q = build(NUMERIC)
    r = score(q, answers(q, days=value))
    assert r.questions["days"].option == option


@pytest.mark.parametrize("value, option", [(0, "o0"), (49.9, "o0"), (50, "o1"), (80, "o2"), (94, "o2"), (95, "o4"), (100, "o4")])
def test_numeric_higher_is_better_thresholds(value, option):
    q = build(NUMERIC)
    assert score(q, answers(q, rate=value)).questions["rate"].option == option


def test_numeric_input_is_checked():
    from bodiag.errors import InputError

    q = build(NUMERIC)
    assert parse_answer(q, q.questions_by_id["rate"], "12,5").number == 12.5
    with pytest.raises(InputError, match="above the maximum 100"):
        parse_answer(q, q.questions_by_id["rate"], "120")
    with pytest.raises(InputError, match="not a number"):
        parse_answer(q, q.questions_by_id["days"], "soon")
    assert parse_answer(q, q.questions_by_id["days"], "n/a") == Answer(special="na")


RECS = """
sections:
  - id: a
    title: A
    target: 90
    questions:
      - id: q1
        kind: scale
        scale: s
        text: Q1
        weight: 2
        recommendations:
          - {levels: [o0, o1], title: R1, why: W, how: H}
          - {id: q1.extra, levels: [o0, o1, o2], title: R1b, why: W, how: H, effort: low}
      - id: q2
        kind: scale
        scale: s
        text: Q2
        weight_by_profile: {phase: {growth: 2}}
        recommendations: [{levels: [o0, o1, o2], title: R2, why: W, how: H}]
  - id: b
    title: B
    questions:
      - id: q3
        kind: scale
        scale: s
        text: Q3
        recommendations: [{levels: [o2], title: R3, why: W, how: H}]
"""


def test_recommendations_ranked_by_weight_gap_profile_factor_with_stable_ties():
    q = build(RECS)
    r = score(q, answers(q, q1="o1", q2="o2", q3="o2"), OrganisationProfile(phase="growth"))
    ranked = [(rec.id, round(rec.priority, 2)) for rec in r.recommendations]
    # q1: weight 2, gap 90 - 25 = 65 -> 130 (two recommendations, file order)
    # q2: weight 1, factor 2, gap 90 - 50 = 40 -> 80 ; q3: section b target 75, gap 25 -> 25
    assert ranked == [("q1.1", 130.0), ("q1.extra", 130.0), ("q2.1", 80.0), ("q3.1", 25.0)]


def test_recommendation_dropped_once_target_is_met():
    q = build(RECS.replace("target: 90", "target: 40"))
    r = score(q, answers(q, q1="o1", q2="o2", q3="o4"))
    assert [rec.id for rec in r.recommendations] == ["q1.1", "q1.extra"]


def test_assessment_target_overrides_questionnaire_default_but_not_section_target():
    q = build(RECS)
    r = score(q, answers(q, q1="o1", q3="o2"), target=60)
    assert r.section("a").target == 90 and r.section("b").target == 60
    assert r.target == 60 and r.gap == pytest.approx(60 - r.score)


VERDICT = """
sections:
  - id: a
    title: A
    questions:
      - {id: q1, kind: scale, scale: s, text: Q1}
      - id: traps
        kind: checklist
        scored: false
        polarity: negative
        text: Pièges
        items: [{id: p1, label: Piège un}, {id: p2, label: Piège deux}]
verdict:
  title: Prêt ?
  undetermined: Pas assez de réponses
  rules:
    - id: no
      label: Non
      criteria:
        - {metric: score, below: 40, reason: "Score {value} sous {threshold}."}
        - {metric: ticked, question: traps, at_least: 2, reason: "Pièges : {items}."}
    - id: maybe
      label: Peut-être
      criteria:
        - {metric: score, below: 70, reason: "Score {value} sous {threshold}."}
        - {metric: ticked, question: traps, at_least: 1, reason: {fr: "Piège : {items}.", en: "Pitfall: {items}."}}
    - id: yes
      label: Oui
      when: all
      criteria:
        - {metric: score, at_least: 70, reason: "Score {value} d’au moins {threshold}."}
        - {metric: coverage, at_least: 80, reason: "Couverture {value} %."}
"""


@pytest.mark.parametrize(
    "raw, verdict, reasons",
    [
        ({"q1": "o0", "traps": "-"}, "no", ["Score 0 sous 40."]),
        ({"q1": "o4", "traps": "p1,p2"}, "no", ["Pièges : Piège un, Piège deux."]),
        ({"q1": "o2", "traps": "-"}, "maybe", ["Score 50 sous 70."]),
        ({"q1": "o4", "traps": "p2"}, "maybe", ["Piège : Piège deux."]),
        ({"q1": "o4", "traps": "-"}, "yes", ["Score 100 d’au moins 70.", "Couverture 100 %."]),
        ({}, None, []),
    ],
)
def test_verdict_first_rule_that_holds_with_reasons(raw, verdict, reasons):
    q = build(VERDICT)
    result = score(q, answers(q, **raw)).verdict
    assert (result.rule.id if result.rule else None) == verdict
    assert result.reasons("fr") == reasons
    if verdict is None:
        assert result.as_dict("fr")["label"] == "Pas assez de réponses"


def test_verdict_reasons_in_english_fall_back_to_french():
    q = build(VERDICT)
    result = score(q, answers(q, q1="o4", traps="p1")).verdict
    assert result.reasons("en") == ["Pitfall: Piège un."]
    assert score(q, answers(q, q1="o2", traps="-")).verdict.reasons("en") == ["Score 50 sous 70."]


def test_result_is_json_serialisable_in_both_languages():
    import json

    q = build(VERDICT)
    r = score(q, answers(q, q1="o4", traps="p1"))
    for lang in ("fr", "en"):
        text = json.dumps(r.as_dict(lang), ensure_ascii=False)
        assert '"verdict"' in text


def test_no_verdict_without_any_answer_even_if_a_coverage_rule_would_hold():
    q = build(VERDICT.replace("- {metric: score, below: 40,", "- {metric: coverage, below: 50, reason: C}\n        - {metric: score, below: 40,"))
    assert score(q, {}).verdict.rule is None


def test_unscored_checklist_feeds_verdict_and_recommendations():
    q = build(CHECKLIST.replace("        items: [{id: z, label: Z}]", "        items: [{id: z, label: Z}]\n        recommendations: [{items: [z], title: Z, why: W, how: H}]").replace("scored: false", "scored: false\n        polarity: negative"))
    r = score(q, answers(q, good="x,y", bad="-", info="z"))
    assert [rec.id for rec in r.recommendations] == ["info.1"]
    assert r.score == pytest.approx(100.0)


def test_the_value_that_reaches_a_target():
    from bodiag.domain.thresholds import level_bound, level_option, target_value

    q = load_text(HEAD + """
sections:
  - id: s
    title: S
    questions:
      - {id: days, text: Délai, kind: numeric, scale: s, unit: jours, direction: lower_is_better, thresholds: [2, 5, 10], min: 0}
      - {id: mark, text: Note, kind: numeric, scale: s, unit: sur 10, direction: higher_is_better, thresholds: [5, 7, 9], min: 0}
""", "t.yaml").raise_for_problems()
    days, mark = q.questions_by_id["days"], q.questions_by_id["mark"]
    # levels of values 0, 1, 2 and 4 score 0, 25, 50 and 100: a target of 50 asks for the third, one of 60 for the top one
    assert target_value(q, days, 50) == 5 and target_value(q, mark, 50) == 7
    assert target_value(q, days, 60) == 2 and target_value(q, mark, 60) == 9
    assert target_value(q, days, 25) == 10 and target_value(q, mark, 25) == 5
    assert target_value(q, days, 0) is None  # the lowest level reaches it
    for question in (days, mark):  # the bound reaches its level, and a value just short of it does not
        levels = q.scales_by_id["s"].scored_options
        for index in range(1, len(levels)):
            bound = level_bound(question, index, len(levels))
            assert level_option(q, question, bound) == levels[index]
            short = bound + (1 if question.direction == "lower_is_better" else -1) * 0.01
            assert level_option(q, question, short) == levels[index - 1]
