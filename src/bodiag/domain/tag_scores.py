"""Scores by tag across questionnaires: "all the security questions" of a document, wherever they are asked.

A questionnaire's own tag scores (:attr:`AssessmentResult.tags`) read one
questionnaire along a second dimension. A document often holds several
questionnaires that tag some of their questions alike (the maturity grid's and
the master-plan check's ``continuity``, say). :func:`across` pools them: a
tag's score is the weighted mean of every counted question that carries it, in
every result given, each with its own weight — the rule of a single
questionnaire's tag, applied to all of them at once — and each contributing
questionnaire is named with its own score for the tag, so a reader sees where
the figure comes from.
"""

from __future__ import annotations

import math

import msgspec

from bodiag.domain.results import AssessmentResult, Counts
from bodiag.domain.text import LocalText


class TagContribution(msgspec.Struct):
    """One questionnaire's share of a tag: its own score for the tag and its counts."""

    questionnaire_id: str
    title: LocalText
    score: float | None
    counts: Counts


class CrossTagResult(msgspec.Struct):
    """A tag scored over every questionnaire that uses it; ``label`` from the first that declares it."""

    id: str
    label: LocalText | None
    score: float | None
    counts: Counts
    contributions: list[TagContribution]

    def title(self, lang: str) -> str:
        return self.label.get(lang) if self.label else self.id

    @property
    def shared(self) -> bool:
        """Whether more than one questionnaire carries the tag."""
        return len(self.contributions) > 1

    def as_dict(self, lang: str) -> dict:
        def rounded(value: float | None) -> float | None:
            return None if value is None else round(value, 2)

        return {
            "id": self.id, "label": self.title(lang), "score": rounded(self.score), "counts": self.counts.as_dict(),
            "questionnaires": [{"id": c.questionnaire_id, "title": c.title.get(lang), "score": rounded(c.score),
                                "counts": c.counts.as_dict()} for c in self.contributions],
        }


def across(results: list[AssessmentResult]) -> list[CrossTagResult]:
    """Every tag the results' questions carry, in order of first use (declared tags first within each)."""
    order: dict[str, LocalText | None] = {}
    for result in results:
        for tag in result.tags:
            if order.get(tag.id) is None:
                order[tag.id] = tag.label
    out = []
    for tag_id, label in order.items():
        counts, pairs, contributions = Counts(), [], []
        for result in results:
            own = next((t for t in result.tags if t.id == tag_id), None)
            if own is None:
                continue
            counts.add(own.counts)
            for question in result.questionnaire.questions:
                qr = result.questions[question.id]
                if tag_id in question.tags and qr.counted:
                    pairs.append((qr.weight, qr.score))
            q = result.questionnaire
            contributions.append(TagContribution(q.id, q.title, own.score, own.counts))
        total = sum(w for w, _ in pairs)
        score = math.fsum(w * s for w, s in pairs) / total if total > 0 else None
        out.append(CrossTagResult(tag_id, label, score, counts, contributions))
    return out
