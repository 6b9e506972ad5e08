"""Which answers of an assessment still hold on a new version of its questionnaire.

A re-assessment may move to the newer text of a questionnaire. An answer is
carried over only when its question asks the same thing in the same terms: same
id, same kind, same French wording, and the same possible answers (the same
options with the same values, the same checklist items, the same unit and
thresholds). Anything else is listed as changed, to be answered again; a past
assessment is never touched.
"""

from __future__ import annotations

from bodiag.domain.model import ChecklistQuestion, NumericQuestion, Question, Questionnaire


def _answer_space(questionnaire: Questionnaire, question: Question) -> tuple:
    scale = questionnaire.scale_of(question)
    options = tuple((o.id, o.value, o.not_applicable, o.dont_know) for o in scale.options) if scale else ()
    if isinstance(question, ChecklistQuestion):
        return ("items", tuple(i.id for i in question.items), question.polarity)
    if isinstance(question, NumericQuestion):
        return ("numeric", question.unit.fr, question.direction, tuple(question.thresholds), options)
    return (question.kind, options)


def unchanged(old: Questionnaire, new: Questionnaire, question_id: str) -> bool:
    """Whether ``question_id`` asks the same thing, with the same possible answers, in both versions."""
    before, after = old.questions_by_id.get(question_id), new.questions_by_id.get(question_id)
    if before is None or after is None or before.kind != after.kind or before.text.fr != after.text.fr:
        return False
    return _answer_space(old, before) == _answer_space(new, after)


def carry_over(old: Questionnaire, new: Questionnaire, answered: list[str]) -> tuple[list[str], list[str]]:
    """The answered questions whose answers carry over to ``new``, and those that changed or were removed."""
    kept = [qid for qid in answered if unchanged(old, new, qid)]
    return kept, [qid for qid in answered if qid not in kept]
