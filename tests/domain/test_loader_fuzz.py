"""Whatever a questionnaire file holds, loading it gives problems, never an exception."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bodiag.domain.loader import load_text
from tests.conftest import DATA

LINES = (DATA / "mini.yaml").read_text(encoding="utf-8").splitlines()
TOKENS = ["", "0", "-1", "1e309", "null", "[]", "{}", "[a, b]", "{fr: ''}", "'x'", "~", "yes", "scale",
          "grid", "checklist", "numeric", "text", "q1", "q2", "l1", "na", "dk", "&a x", "*a", "!!str x", "ü€«»",
          "{question: q9, in: [x]}", "[1, 1, 1]", "999999999999999999999999", ":", "- x", "  - x"]


@st.composite
def mutated(draw) -> str:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "replace_value", "indent", "truncate"]))
        line = lines[index]
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, line)
        elif action == "replace_value" and ":" in line:
            key = line.split(":", 1)[0]
            lines[index] = f"{key}: {draw(st.sampled_from(TOKENS))}"
        elif action == "indent":
            lines[index] = " " * draw(st.integers(0, 12)) + line.lstrip()
        else:
            lines[index] = line[: draw(st.integers(0, len(line)))]
        if not lines:
            break
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_a_damaged_questionnaire_gives_located_problems_not_exceptions(text):
    result = load_text(text, "fuzz.yaml")
    for problem in result.problems:
        assert problem.file == "fuzz.yaml" and problem.message
    assert (result.questionnaire is None) == bool(result.problems)


def _bundled():
    from bodiag.services.catalog import bundled

    return [entry.questionnaire for entry in bundled()]


QUESTIONNAIRES = _bundled()


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_typed_answers_score_or_are_refused_cleanly(data):
    from bodiag.domain.answers import parse_answer
    from bodiag.domain.profile import OrganisationProfile
    from bodiag.domain.scoring import score
    from bodiag.errors import InputError

    questionnaire = data.draw(st.sampled_from(QUESTIONNAIRES))
    answers = {}
    for question in data.draw(st.lists(st.sampled_from(questionnaire.questions), max_size=20)):
        raw = data.draw(st.one_of(st.text(max_size=12), st.integers(-5, 200), st.floats(allow_nan=True),
                                  st.lists(st.text(max_size=8), max_size=3), st.none()))
        try:
            answers[question.id] = parse_answer(questionnaire, question, raw)
        except InputError:
            continue
    profile = OrganisationProfile(phase=data.draw(st.sampled_from([None, "growth", "sale_transfer"])))
    result = score(questionnaire, answers, profile)
    assert result.score is None or 0 <= result.score <= 100
    result.as_dict("en")
