"""A document's scores by tag across its questionnaires, for every face to print.

The latest assessment of each questionnaire is the one read — the rule
:func:`bodiag.services.reassessment.latest_assessments` owns, which the plan
directeur builds on too — so a re-assessment replaces its predecessor instead of
counting twice.
"""

from __future__ import annotations

from bodiag.domain.tag_scores import CrossTagResult, across
from bodiag.services.diagnostic import Diagnostic
from bodiag.services.reassessment import latest_assessments


def tags_across(diagnostic: Diagnostic) -> list[CrossTagResult]:
    """Every tag carried by the questions of the document's latest assessments, pooled over questionnaires."""
    return across([diagnostic.score(record) for record in latest_assessments(diagnostic)])
