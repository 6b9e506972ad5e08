"""Format features that let an external model be written in bodiag's format as it was designed.

A published maturity model may offer no "not applicable" answer, count its
levels from 0, count an unanswered criterion as unmet, and read its results
along a second dimension (tags) across its sections.
"""

from __future__ import annotations

import pytest

from bodiag.cli import main
from bodiag.domain.answers import Answer, offers_special, parse_answer
from bodiag.domain.loader import load_text
from bodiag.domain.scoring import score
from bodiag.errors import InputError

MODEL = """
format: 1
id: ext
version: "1.0"
title: External model
source: {title: A published model, reference: tests}
license: CC0-1.0
levels: 4
lowest_level: 0
{extra}
scales:
  - id: zero_three
    options:
      - {id: l0, label: Absent, value: 0}
      - {id: l1, label: Initial, value: 1}
      - {id: l2, label: Defined, value: 2}
      - {id: l3, label: Managed, value: 3}
bands:
  - {id: low, min: 0, max: 50, label: Bas}
  - {id: high, min: 50, max: 100, label: Haut}
tags:
  - {id: security, label: {fr: Sécurité, en: Security}}
sections:
  - id: people
    title: People
    questions:
      - {id: p1, kind: scale, scale: zero_three, text: P1, tags: [security]}
      - {id: p2, kind: scale, scale: zero_three, text: P2}
  - id: tools
    title: Tools
    questions:
      - {id: t1, kind: scale, scale: zero_three, text: T1, tags: [security, tooling]}
      - {id: t2, kind: checklist, text: T2, items: [{id: a, label: A}, {id: b, label: B}]}
"""


def model(extra: str = ""):
    return load_text(MODEL.replace("{extra}", extra), "ext.yaml").raise_for_problems()


def test_a_scale_without_na_or_dont_know_refuses_them_with_a_clear_error():
    q = model()
    question = q.questions_by_id["p1"]
    assert not offers_special(q, question, "na") and not offers_special(q, question, "dk")
    with pytest.raises(InputError, match=r"question 'p1': scale 'zero_three' has no 'not applicable' option.*allowed: l0, l1, l2, l3"):
        parse_answer(q, question, "na")
    with pytest.raises(InputError, match=r"has no 'don't know' option"):
        parse_answer(q, question, "dk")
    # a checklist has no scale: it may still be N/A
    assert parse_answer(q, q.questions_by_id["t2"], "na") == Answer(special="na")


def test_levels_may_count_from_zero():
    q = model()
    assert (q.lowest_level, q.top_level) == (0, 3)
    r = score(q, {"p1": Answer(option="l3"), "p2": Answer(option="l0"), "t1": Answer(option="l3"),
                  "t2": Answer(items=("a", "b"))})
    assert r.section("people").level == pytest.approx(1.5)
    assert q.level_for(0) == 0 and q.level_for(100) == 3 and q.score_for_level(2) == pytest.approx(200 / 3)
    assert r.as_dict("en")["levels"] == 3 and r.as_dict("en")["lowest_level"] == 0


def test_unanswered_lowest_counts_an_unanswered_question_as_zero():
    answers = {"p1": Answer(option="l3")}
    assert score(model(), answers).section("people").score == pytest.approx(100.0)
    strict = score(model("unanswered: lowest"), answers)
    assert strict.section("people").score == pytest.approx(50.0)
    assert strict.section("tools").score == pytest.approx(0.0)
    assert strict.counts.unanswered == 3  # still listed as unanswered: coverage tells the truth


def test_scores_by_tag_cross_sections_declared_tags_first():
    q = model()
    r = score(q, {"p1": Answer(option="l3"), "p2": Answer(option="l0"), "t1": Answer(option="l1")})
    tags = {t.id: t for t in r.tags}
    assert [t.id for t in r.tags] == ["security", "tooling"]
    assert tags["security"].score == pytest.approx((100 + 100 / 3) / 2)
    assert tags["security"].title("en") == "Security" and tags["security"].declared
    assert tags["tooling"].title("fr") == "tooling" and not tags["tooling"].declared


def test_a_declared_tag_no_question_carries_is_a_problem():
    source = MODEL.replace("{extra}", "").replace("tags: [security, tooling]", "tags: [tooling]").replace(
        "tags: [security]}", "}")
    result = load_text(source, "ext.yaml")
    assert any("no scored question carries tag 'security'" in str(p) for p in result.problems)


def test_lowest_level_accepts_only_0_or_1():
    result = load_text(MODEL.replace("{extra}", "").replace("lowest_level: 0", "lowest_level: 2"), "ext.yaml")
    assert result.problems and "lowest_level" in str(result.problems[0])


def test_score_by_tag_from_the_command_line(tmp_path, capsys):
    path = tmp_path / "ext.yaml"
    path.write_text(MODEL.replace("{extra}", ""), encoding="utf-8")
    doc = tmp_path / "acme.bodiag"
    assert main(["new", str(doc), "--org", "ACME"]) == 0
    capsys.readouterr()
    assert main(["start", str(doc), str(path), "--title", "T"]) == 0
    assessment = capsys.readouterr().out.strip()
    assert main(["answer", str(doc), assessment, "p1", "l3"]) == 0
    assert main(["answer", str(doc), assessment, "t1", "l1"]) == 0
    assert main(["answer", str(doc), assessment, "p1", "na"]) != 0
    err = capsys.readouterr().err
    assert "scale 'zero_three' has no 'not applicable' option" in err
    assert main(["score", str(doc), assessment, "--by-tag", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "By tag (questions from every section)" in out
    security = next(line for line in out.splitlines() if line.strip().startswith("Security"))
    assert "66.7" in security and "2/2" in security
    assert "level" in out and "/3" in out


def test_the_target_vision_of_a_model_counted_from_zero_runs_from_0_to_its_top_level():
    from bodiag.domain.vision import vision

    q = model()
    result = score(q, {"p1": Answer(option="l1"), "p2": Answer(option="l1"), "t1": Answer(option="l3")})
    v = vision(q, result, {}, "en")
    assert (v.lowest_level, v.levels) == (0, 3)
    people = next(p for p in v.parts if p.section_id == "people")
    assert people.level == pytest.approx(1.0) and people.target_level == pytest.approx(2.0)  # one step up: 0..3
