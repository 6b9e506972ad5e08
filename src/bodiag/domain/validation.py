"""Rules that relate parts of a questionnaire to each other.

:func:`check` runs after the shape is known to be right (see
:mod:`bodiag.domain.model`) and returns every problem with the path of the
value at fault, so that the loader can give its line and column.
"""

from __future__ import annotations

import string
from collections.abc import Iterator

from bodiag.domain.model import (
    ChecklistQuestion,
    Condition,
    GridQuestion,
    NumericQuestion,
    Question,
    Questionnaire,
    Section,
    TextQuestion,
)
from bodiag.domain.problems import PathPart, format_path
from bodiag.domain.profile import check_profile_value

Path = tuple[PathPart, ...]
Found = tuple[Path, str]

REASON_FIELDS = {"value", "threshold", "items"}


def check(q: Questionnaire) -> list[Found]:
    """Every cross-reference problem of ``q``, in file order."""
    found: list[Found] = []
    found += _check_scales(q)
    found += _check_bands(q)
    found += _check_sections_and_questions(q)
    found += _check_verdict(q)
    found += _check_kpis(q)
    found += _check_tags(q)
    found += _check_credits(q)
    return found


def _duplicates(ids_with_paths: list[tuple[str, Path]], what: str) -> Iterator[Found]:
    seen: dict[str, Path] = {}
    for ident, path in ids_with_paths:
        if ident in seen:
            yield path + ("id",), f"duplicate {what} id '{ident}' (first used at {_fmt(seen[ident])})"
        else:
            seen[ident] = path


def _fmt(path: Path) -> str:
    return format_path(path)


def _check_scales(q: Questionnaire) -> Iterator[Found]:
    yield from _duplicates([(s.id, ("scales", i)) for i, s in enumerate(q.scales)], "scale")
    for i, scale in enumerate(q.scales):
        base: Path = ("scales", i)
        yield from _duplicates(
            [(o.id, base + ("options", j)) for j, o in enumerate(scale.options)], f"option (scale '{scale.id}')"
        )
        previous = None
        for j, option in enumerate(scale.options):
            opath = base + ("options", j)
            if option.not_applicable and option.dont_know:
                yield opath, "an option cannot be both 'not_applicable' and 'dont_know'"
            elif option.scored and option.value is None:
                yield opath, f"option '{option.id}' needs a numeric 'value' (or the flag not_applicable/dont_know)"
            elif not option.scored and option.value is not None:
                yield opath + ("value",), f"option '{option.id}' is N/A or don't know: it takes no 'value'"
            elif option.scored:
                if previous is not None and option.value <= previous:
                    yield opath + ("value",), (
                        f"values must increase in the order options are listed ({option.value:g} after {previous:g})"
                    )
                previous = option.value
        if len(scale.scored_options) < 2:
            yield base + ("options",), "a scale needs at least two scored options"
        if sum(o.not_applicable for o in scale.options) > 1:
            yield base + ("options",), "a scale has at most one 'not_applicable' option"
        if sum(o.dont_know for o in scale.options) > 1:
            yield base + ("options",), "a scale has at most one 'dont_know' option"


def _check_bands(q: Questionnaire) -> Iterator[Found]:
    yield from _duplicates([(b.id, ("bands", i)) for i, b in enumerate(q.bands)], "band")
    order = sorted(range(len(q.bands)), key=lambda i: (q.bands[i].min, q.bands[i].max))
    for i in range(len(q.bands)):
        if q.bands[i].min >= q.bands[i].max:
            yield ("bands", i, "max"), f"band '{q.bands[i].id}' must have min < max"
    first, last = q.bands[order[0]], q.bands[order[-1]]
    if first.min > 0:
        yield ("bands", order[0], "min"), f"bands leave a hole: nothing covers 0 to {first.min:g}"
    if last.max < 100:
        yield ("bands", order[-1], "max"), f"bands leave a hole: nothing covers {last.max:g} to 100"
    for a, b in zip(order, order[1:]):
        prev, cur = q.bands[a], q.bands[b]
        if cur.min > prev.max:
            yield ("bands", b, "min"), f"bands leave a hole between {prev.max:g} and {cur.min:g}"
        elif cur.min < prev.max:
            yield ("bands", b, "min"), (
                f"bands overlap between {cur.min:g} and {min(prev.max, cur.max):g} ('{prev.id}' and '{cur.id}')"
            )


def _section_paths(sections: list[Section], base: Path = ()) -> Iterator[tuple[Section, Path]]:
    for i, section in enumerate(sections):
        path = base + ("sections", i)
        yield section, path
        yield from _section_paths(section.sections, path)


def _check_sections_and_questions(q: Questionnaire) -> Iterator[Found]:
    sections = list(_section_paths(q.sections))
    yield from _duplicates([(s.id, p) for s, p in sections], "section")
    questions: list[tuple[Question, Path]] = []
    for section, path in sections:
        if not section.sections and not section.questions:
            yield path, f"section '{section.id}' has neither questions nor sections"
        yield from _check_profile_weights(section.weight_by_profile, path + ("weight_by_profile",))
        questions += [(question, path + ("questions", j)) for j, question in enumerate(section.questions)]
    yield from _duplicates([(qu.id, p) for qu, p in questions], "question")
    rec_ids: list[tuple[str, Path]] = []
    position = {qu.id: i for i, (qu, _) in reversed(list(enumerate(questions)))}
    for index, (question, path) in enumerate(questions):
        yield from _check_question(q, question, path)
        if question.visible_if is not None:
            yield from _check_condition(q, question.visible_if, path + ("visible_if",), index, position)
        for k, rec in enumerate(question.recommendations):
            rec_ids.append((q.recommendation_id(question, k), path + ("recommendations", k)))
    yield from _duplicates(rec_ids, "recommendation")
    if not any(qu.scored for qu, _ in questions):
        yield ("sections",), "the questionnaire has no scored question"


def _check_profile_weights(weights: dict[str, dict[str, float]], path: Path) -> Iterator[Found]:
    for field_id, by_value in weights.items():
        problem = check_profile_value(field_id, None)
        if problem:
            yield path + (field_id,), problem
            continue
        for value in by_value:
            problem = check_profile_value(field_id, value)
            if problem:
                yield path + (field_id, value), problem


def _check_question(q: Questionnaire, question: Question, path: Path) -> Iterator[Found]:
    yield from _check_profile_weights(question.weight_by_profile, path + ("weight_by_profile",))
    scale = q.scale_of(question)
    if question.scale_id is not None and scale is None:
        known = ", ".join(s.id for s in q.scales)
        yield path + ("scale",), f"unknown scale '{question.scale_id}' (known: {known})"
    if isinstance(question, GridQuestion) and scale is not None:
        wanted = [o.id for o in scale.scored_options]
        for option_id in question.levels:
            if option_id not in wanted:
                yield path + ("levels", option_id), (
                    f"'{option_id}' is not a scored option of scale '{scale.id}' (expected: {', '.join(wanted)})"
                )
        missing = [o for o in wanted if o not in question.levels]
        if missing:
            yield path + ("levels",), f"missing level descriptor for {', '.join(missing)}"
    if isinstance(question, NumericQuestion):
        t = question.thresholds
        if any(b <= a for a, b in zip(t, t[1:])):
            yield path + ("thresholds",), "thresholds must be strictly ascending"
        if scale is not None and len(t) != len(scale.scored_options) - 1:
            yield path + ("thresholds",), (
                f"{len(t)} thresholds for {len(scale.scored_options)} levels of scale '{scale.id}': "
                f"expected {len(scale.scored_options) - 1}"
            )
        if question.min is not None and question.max is not None and question.min >= question.max:
            yield path + ("max",), "min must be below max"
    if isinstance(question, ChecklistQuestion):
        yield from _duplicates(
            [(item.id, path + ("items", j)) for j, item in enumerate(question.items)],
            f"item (question '{question.id}')",
        )
    if isinstance(question, TextQuestion) and question.scored:
        yield path + ("scored",), "a free-text question cannot be scored"
    for k, rec in enumerate(question.recommendations):
        yield from _check_recommendation(q, question, rec.levels, rec.items, path + ("recommendations", k))


def _answer_ids(q: Questionnaire, question: Question) -> tuple[list[str], str]:
    """Ids that a condition or recommendation may name for ``question``, and what they are."""
    if isinstance(question, ChecklistQuestion):
        return [i.id for i in question.items], "item"
    scale = q.scale_of(question)
    if scale is None:
        return [], "option"
    if isinstance(question, NumericQuestion):
        return [o.id for o in scale.scored_options], "level"
    return [o.id for o in scale.options], "option"


def _check_recommendation(
    q: Questionnaire, question: Question, levels: list[str], items: list[str], path: Path
) -> Iterator[Found]:
    if isinstance(question, TextQuestion):
        yield path, "a free-text question takes no recommendation"
        return
    if isinstance(question, ChecklistQuestion):
        if levels:
            yield path + ("levels",), "a checklist recommendation names 'items', not 'levels'"
        if not items:
            yield path, "say which checklist 'items' this recommendation addresses"
    else:
        if items:
            yield path + ("items",), "only checklist recommendations name 'items'; use 'levels'"
        if not levels:
            yield path, "say which 'levels' this recommendation applies to"
    allowed, what = _answer_ids(q, question)
    if q.scale_of(question) is None and not isinstance(question, ChecklistQuestion):
        return
    for j, ident in enumerate(levels if levels else items):
        if ident not in allowed:
            key = "levels" if levels else "items"
            yield path + (key, j), f"unknown {what} '{ident}' for question '{question.id}' (known: {', '.join(allowed)})"


def _check_condition(
    q: Questionnaire, cond: Condition, path: Path, index: int, position: dict[str, int]
) -> Iterator[Found]:
    forms = [f for f in ("question", "profile", "all", "any", "not_") if getattr(cond, f) is not None]
    if len(forms) != 1:
        yield path, "a condition has exactly one of: question, profile, all, any, not"
        return
    form = forms[0]
    if form in ("all", "any"):
        for j, sub in enumerate(getattr(cond, form)):
            yield from _check_condition(q, sub, path + (form, j), index, position)
        return
    if form == "not_":
        yield from _check_condition(q, cond.not_, path + ("not",), index, position)
        return
    if form == "profile":
        if cond.answered is not None:
            yield path + ("answered",), "'answered' goes with 'question', not 'profile'"
        problem = check_profile_value(cond.profile, None)
        if problem:
            yield path + ("profile",), problem
            return
        if cond.in_ is None:
            yield path, f"say which values of '{cond.profile}' make the question visible ('in: [...]')"
            return
        for j, value in enumerate(cond.in_):
            problem = check_profile_value(cond.profile, value)
            if problem:
                yield path + ("in", j), problem
        return
    target_index = position.get(cond.question)
    if target_index is None:
        yield path + ("question",), f"unknown question '{cond.question}'"
        return
    if target_index >= index:
        what = "itself" if target_index == index else f"a later question '{cond.question}'"
        yield path + ("question",), f"condition refers to {what}: conditions may only look at earlier questions"
        return
    if (cond.in_ is None) == (cond.answered is None):
        yield path, "a question condition has exactly one of 'in' or 'answered'"
        return
    if cond.in_ is not None:
        target = q.questions[target_index]
        if isinstance(target, TextQuestion):
            yield path + ("in",), f"question '{target.id}' is free text: use 'answered'"
            return
        allowed, what = _answer_ids(q, target)
        for j, ident in enumerate(cond.in_):
            if allowed and ident not in allowed:
                yield path + ("in", j), f"unknown {what} '{ident}' for question '{target.id}' (known: {', '.join(allowed)})"


def _check_verdict(q: Questionnaire) -> Iterator[Found]:
    if q.verdict is None:
        return
    rules = q.verdict.rules
    yield from _duplicates([(r.id, ("verdict", "rules", i)) for i, r in enumerate(rules)], "verdict rule")
    for i, rule in enumerate(rules):
        for j, crit in enumerate(rule.criteria):
            path: Path = ("verdict", "rules", i, "criteria", j)
            if (crit.below is None) == (crit.at_least is None):
                yield path, "a criterion has exactly one of 'below' or 'at_least'"
            if crit.metric == "section_score":
                if crit.section is None:
                    yield path, "metric 'section_score' needs 'section'"
                elif crit.section not in q.sections_by_id:
                    yield path + ("section",), f"unknown section '{crit.section}'"
            elif crit.section is not None:
                yield path + ("section",), f"'section' does not go with metric '{crit.metric}'"
            if crit.metric in ("question_score", "ticked"):
                target = q.questions_by_id.get(crit.question) if crit.question else None
                if crit.question is None:
                    yield path, f"metric '{crit.metric}' needs 'question'"
                elif target is None:
                    yield path + ("question",), f"unknown question '{crit.question}'"
                elif crit.metric == "ticked" and not isinstance(target, ChecklistQuestion):
                    yield path + ("question",), f"metric 'ticked' needs a checklist question; '{target.id}' is {target.kind}"
            elif crit.question is not None:
                yield path + ("question",), f"'question' does not go with metric '{crit.metric}'"
            for lang in ("fr", "en"):
                text = getattr(crit.reason, lang)
                for field in _placeholders(text or ""):
                    if field not in REASON_FIELDS:
                        yield path + ("reason", lang), (
                            f"unknown placeholder '{{{field}}}' (allowed: {', '.join(sorted(REASON_FIELDS))})"
                        )


def _placeholders(text: str) -> list[str]:
    try:
        return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        return ["(unbalanced braces)"]


def _check_kpis(q: Questionnaire) -> Iterator[Found]:
    yield from _duplicates([(k.id, ("kpis", i)) for i, k in enumerate(q.kpis)], "KPI")
    for i, kpi in enumerate(q.kpis):
        # a question of another questionnaire is looked for in the document; one of this questionnaire must be numeric
        own = q.questions_by_id.get(kpi.measured_by) if kpi.measured_by else None
        if own is not None and not isinstance(own, NumericQuestion):
            yield ("kpis", i, "measured_by"), f"an indicator is measured by a numeric question; '{own.id}' is {own.kind}"
        for field_id, values in kpi.profiles.items():
            problem = check_profile_value(field_id, None)
            if problem:
                yield ("kpis", i, "profiles", field_id), problem
                continue
            for j, value in enumerate(values):
                problem = check_profile_value(field_id, value)
                if problem:
                    yield ("kpis", i, "profiles", field_id, j), problem



def _check_tags(q: Questionnaire) -> Iterator[Found]:
    yield from _duplicates([(t.id, ("tags", i)) for i, t in enumerate(q.tags)], "tag")
    used = {tag for question in q.questions if question.scored for tag in question.tags}
    for i, tag in enumerate(q.tags):
        if tag.id not in used:
            yield ("tags", i, "id"), f"no scored question carries tag '{tag.id}': its score view would always be empty"


def _check_credits(q: Questionnaire) -> Iterator[Found]:
    yield from _duplicates([(c.id, ("credits", i)) for i, c in enumerate(q.credits)], "credit")
    known = {c.id for c in q.credits}

    def unknown(ids: list[str], path: Path) -> Iterator[Found]:
        for j, ident in enumerate(ids):
            if ident not in known:
                yield path + ("credit", j), f"unknown credit '{ident}' (declared: {', '.join(sorted(known)) or 'none'})"

    for section, path in _section_paths(q.sections):
        yield from unknown(section.credit, path)
        for i, question in enumerate(section.questions):
            qpath = path + ("questions", i)
            yield from unknown(question.credit, qpath)
            for k, rec in enumerate(question.recommendations):
                yield from unknown(rec.credit, qpath + ("recommendations", k))
