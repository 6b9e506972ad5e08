"""Every kind of problem in a questionnaire file is reported with its line, column and path."""

from __future__ import annotations

import pytest

from bodiag.domain.loader import MAX_FILE_BYTES, load_bytes, load_file, load_text
from tests.conftest import DATA

MINI = (DATA / "mini.yaml").read_text(encoding="utf-8")


def problems(text: str) -> list[str]:
    return [str(p) for p in load_text(text, "q.yaml").problems]


def edit(old: str, new: str) -> str:
    assert old in MINI, old
    return MINI.replace(old, new, 1)


def test_the_mini_questionnaire_is_valid(mini):
    assert [q.id for q in mini.questions] == ["q1", "q2"]
    assert mini.section_of["q2"].id == "s1"


@pytest.mark.parametrize(
    "text, expected",
    [
        (edit("weight: 2", "weight: 0"), "q.yaml:46:17: sections[0].questions[1].weight: weight must be greater than 0"),
        (edit("weight: 2", "weight: -1"), "q.yaml:46:17: sections[0].questions[1].weight: weight must be greater than 0"),
        (edit("scale: level5", "scale: lvl"), "q.yaml:44:16: sections[0].questions[1].scale: unknown scale 'lvl'"),
        (edit("kind: grid", "kind: grod"), "q.yaml:43:15: sections[0].questions[1].kind: unknown question kind 'grod'"),
        (edit("text: Critère", "text: Critère\n        colour: red"), "q.yaml:46:9: sections[0].questions[1].colour: unknown key 'colour'"),
        (edit("        text: Critère\n", ""), "q.yaml:42:9: sections[0].questions[1].text: required key 'text' is missing"),
        (edit("title: Section 1", "title: {en: Section}"), "q.yaml:31:5: sections[0].title.fr: French text is required"),
        (edit("title: Section 1", "title: '  '"), "q.yaml:31:12: sections[0].title: French text is empty"),
        (edit("id: q2", "id: q1"), "q.yaml:42:13: sections[0].questions[1].id: duplicate question id 'q1'"),
        (edit("id: s1", "id: S 1"), "q.yaml:30:9: sections[0].id: 'S 1' is not a valid id"),
        (edit("in: [decided, applied]", "in: [decided, nope]"), "q.yaml:48:50: sections[0].questions[1].visible_if.in[1]: unknown option 'nope' for question 'q1'"),
        (edit("{question: q1, in", "{question: q2, in"), "q.yaml:48:32: sections[0].questions[1].visible_if.question: condition refers to itself"),
        (edit("{question: q1, in", "{question: q9, in"), "q.yaml:48:32: sections[0].questions[1].visible_if.question: unknown question 'q9'"),
        (edit("max: 70, label: Moyen", "max: 65, label: Moyen"), "q.yaml:28:21: bands[2].min: bands leave a hole between 65 and 70"),
        (edit("max: 70, label: Moyen", "max: 75, label: Moyen"), "q.yaml:28:21: bands[2].min: bands overlap between 70 and 75"),
        (edit("max: 100, label", "max: 90, label"), "q.yaml:28:30: bands[2].max: bands leave a hole: nothing covers 90 to 100"),
        (edit("l5: Parfait}", "l6: Parfait}"), "q.yaml:47:62: sections[0].questions[1].levels.l6: 'l6' is not a scored option of scale 'level5'"),
        (edit("levels: [none, identified]", "levels: [none, later]"), "q.yaml:38:28: sections[0].questions[0].recommendations[0].levels[1]: unknown option 'later'"),
        (edit("value: 3}", "value: 0.5}"), "q.yaml:15:60: scales[0].options[3].value: values must increase in the order options are listed"),
        (edit("label: Non applicable, not_applicable: true}", "label: Non applicable, not_applicable: true, value: 9}"), "q.yaml:16:70: scales[0].options[4].value: option 'na' is N/A or don't know: it takes no 'value'"),
        (edit("format: 1", "format: 7"), "q.yaml:1:9: format: format 7 is newer than this bodiag reads"),
        (edit('version: "1.0"', "version: one"), "q.yaml:3:10: version: "),
        (edit('version: "1.0"', "version: one"), "q.yaml:3:10: version: 'one' is not a version number such as 1.0 or 1.2.3"),
        (edit("weight: 2", "weight: two"), "q.yaml:46:17: sections[0].questions[1].weight: expected a number, got a text"),
        (edit("format: 1", "format: 1\ndont_know: maybe"), "q.yaml:2:12: dont_know: 'maybe' is not one of: 'exclude', 'lowest'"),
        (edit("l5: Parfait}", "L5: Parfait}"), "q.yaml:47:58: sections[0].questions[1].levels.L5: 'L5' is not a valid id"),
        (edit("        kind: grid\n", ""), "q.yaml:42:9: sections[0].questions[1].kind: question has no 'kind'"),
        (edit("title: Section 1", "title: {fr: Section, de: Abschnitt}"), "q.yaml:31:26: sections[0].title.de: unknown key 'de'"),
        (edit("title: Section 1", "title: 2024"), "q.yaml:31:12: sections[0].title: expected a text: a string, or {fr, en}"),
        (MINI + "\n", None),
    ],
)
def test_problem_is_located(text, expected):
    found = problems(text)
    if expected is None:
        assert found == []
        return
    assert any(p.startswith(expected) for p in found), found


def test_condition_on_a_later_question():
    text = MINI.replace(
        "        text: Première question ?\n",
        "        text: Première question ?\n        visible_if: {question: q2, answered: true}\n",
    )
    assert any(
        "q.yaml:37:32: sections[0].questions[0].visible_if.question: condition refers to a later question 'q2'" in p
        for p in problems(text)
    ), problems(text)


def test_profile_references_are_checked():
    text = edit("weight: 2", "weight: 2\n        weight_by_profile: {phase: {boom: 2}, size: {big: 1}}")
    found = problems(text)
    assert any("weight_by_profile.phase.boom: 'boom' is not a value of profile field 'phase'" in p for p in found)
    assert any("weight_by_profile.size: unknown profile field 'size'" in p for p in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a: [1, 2\n", "q.yaml:2:1: (yaml): YAML syntax:"),
        ("a: 1\na: 2\n", "q.yaml:2:1: (yaml): YAML syntax: duplicate key \"a\""),
        ("a: &x [1]\nb: *x\n", "q.yaml:1:4: (yaml): YAML anchors (&name) are not allowed"),
        ("a: !!python/object/apply:os.system [echo]\n", "q.yaml:1:4: (yaml): YAML tags (tag:yaml.org,2002:python/object/apply:os.system) are not allowed"),
        ("a: !custom 1\n", "q.yaml:1:4: (yaml): YAML tags (!custom) are not allowed"),
        ("- 1\n- 2\n", "q.yaml:1:1: (top): a questionnaire file is a mapping"),
        ("", "q.yaml:1:1: (top): a questionnaire file is a mapping"),
    ],
)
def test_yaml_level_problems(text, expected):
    found = problems(text)
    assert len(found) == 1 and found[0].startswith(expected), found


def test_billion_laughs_is_refused_before_expansion():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(10)
    )
    found = problems(bomb)
    assert len(found) == 1 and "anchors" in found[0]


def test_deep_nesting_is_a_problem_not_a_crash():
    found = problems("a: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert found == ["q.yaml:1:67: (yaml): the file is nested too deeply (more than 64 levels)"]


def test_size_cap():
    result = load_bytes(b"a: 1\n" * (MAX_FILE_BYTES // 5 + 1), "big.yaml")
    assert [str(p) for p in result.problems] == ["big.yaml:0:0: (file): file is larger than 2 MiB"]


def test_not_utf8_says_where():
    result = load_bytes("id: x\ntitle: caf".encode() + b"\xe9\n", "latin.yaml")
    assert [str(p) for p in result.problems] == ["latin.yaml:2:11: (file): file is not valid UTF-8 text"]


def test_missing_file_and_folder(tmp_path):
    assert str(load_file(tmp_path / "nope.yaml").problems[0]).endswith("(file): file not found")
    assert "is a folder" in str(load_file(tmp_path).problems[0])


def test_every_problem_is_reported_not_just_the_first():
    text = edit("weight: 2", "weight: 0").replace("scale: level5", "scale: lvl")
    # shape errors are reported together; cross-references come once the shape is right
    assert len(problems(text)) == 1
    text = edit("scale: level5", "scale: lvl").replace("id: q2", "id: q1")
    assert len(problems(text)) == 2


def test_plain_string_is_french_and_english_falls_back(mini):
    assert mini.sections[0].title.get("en") == "Section 1"
    assert mini.scales[0].options[0].label.get("en") == "Not addressed"


def test_a_kpi_is_measured_by_a_numeric_question():
    own = problems(MINI + "kpis:\n  - {id: k1, label: Délai, measured_by: q2}\n")
    assert any("kpis[0].measured_by: an indicator is measured by a numeric question; 'q2' is grid" in p for p in own), own
    # a question of another questionnaire is looked for in the document when the report is made
    assert problems(MINI + "kpis:\n  - {id: k1, label: Délai, measured_by: ind.processing_time}\n") == []
