"""The bundled questionnaires credit the articles they draw on, item by item, and say what their licence covers."""

from __future__ import annotations

import pytest

from bodiag.domain.loader import load_file, load_text
from bodiag.services.catalog import bundled_files


@pytest.mark.parametrize("path", bundled_files(), ids=lambda p: p.stem)
def test_every_question_credits_an_article_by_its_published_title(path):
    q = load_file(path).raise_for_problems()
    assert q.credits and q.license_note is not None
    assert all(c.reference and c.reference.startswith("shared/seeds/") for c in q.credits)
    uncredited = [question.id for question in q.questions if not q.credit_of(question)]
    assert uncredited == []
    # the questionnaire's own source names the same works, not a title of its own invention
    assert all(c.title.fr in q.source.title.fr or c.title.fr.rstrip(" ?\u202f") in q.source.title.fr for c in q.credits)


def test_the_outsourcing_licence_note_says_the_quoted_lists_are_not_ours():
    q = load_file(next(p for p in bundled_files() if p.stem == "outsourcing-readiness")).raise_for_problems()
    assert "32 questions" in q.license_note.fr and "ne sont pas couverts par la licence" in q.license_note.fr
    assert "not covered by the licence" in q.license_note.en


def test_a_credit_must_be_declared():
    source = """
format: 1
id: t
version: "1.0"
title: T
source: {title: T, reference: tests}
license: CC0-1.0
credits: [{id: a1, title: Un article}]
scales: [{id: s, options: [{id: o0, label: Zéro, value: 0}, {id: o1, label: Un, value: 1}]}]
bands: [{id: all, min: 0, max: 100, label: Tout}]
sections:
  - id: a
    title: A
    credit: [a1]
    questions:
      - {id: q1, kind: scale, scale: s, text: Q1, credit: [a2]}
"""
    result = load_text(source, "t.yaml")
    assert [p.message for p in result.problems] == ["unknown credit 'a2' (declared: a1)"]
    q = load_text(source.replace("credit: [a2]", "credit: []"), "t.yaml").raise_for_problems()
    assert [c.title.fr for c in q.credit_of(q.questions[0])] == ["Un article"]  # from its section
