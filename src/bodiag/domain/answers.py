"""An answer to one question, and how text typed by a user becomes one.

An answer is exactly one of: a scale option (scale and grid questions), the
ticked items (checklist), a number (numeric indicator), a text (free text), or
the special states *not applicable* / *don't know*. On a scale that has options
flagged N/A or don't know, those states are stored as that option.
"""

from __future__ import annotations

import math
from typing import Any, Literal

import msgspec

from bodiag.domain import i18n
from bodiag.domain.model import (
    ChecklistQuestion,
    GridQuestion,
    NumericQuestion,
    Question,
    Questionnaire,
    ScaleQuestion,
    TextQuestion,
)
from bodiag.errors import InputError

Status = Literal["answered", "na", "dk"]

NA_WORDS = {"na", "n/a", "n.a.", "sans objet", "non applicable", "not applicable", "so"}
DK_WORDS = {"dk", "?", "nsp", "je ne sais pas", "ne sais pas", "don't know", "dont know", "unknown"}
NONE_WORDS = {"", "-", "none", "aucun", "aucune", "rien"}
MAX_TEXT = 100_000


class Answer(msgspec.Struct, frozen=True):
    option: str | None = None
    items: tuple[str, ...] | None = None
    number: float | None = None
    text: str | None = None
    special: Literal["na", "dk"] | None = None

    def to_json(self) -> str:
        data: dict[str, Any] = {}
        if self.option is not None:
            data["option"] = self.option
        if self.items is not None:
            data["items"] = list(self.items)
        if self.number is not None:
            data["number"] = self.number
        if self.text is not None:
            data["text"] = self.text
        if self.special is not None:
            data["special"] = self.special
        import json  # stored as the standard library writes it (documents written so far are so)

        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str) -> Answer:
        data = msgspec.json.decode(raw)
        items = data.get("items")
        return cls(
            option=data.get("option"),
            items=tuple(items) if items is not None else None,
            number=data.get("number"),
            text=data.get("text"),
            special=data.get("special"),
        )

    def display(self, questionnaire: Questionnaire, question: Question, lang: str = "fr") -> str:
        """How the answer reads for a person."""
        if self.special == "na":
            return "Non applicable" if lang == "fr" else "Not applicable"
        if self.special == "dk":
            return "Je ne sais pas" if lang == "fr" else "Don't know"
        if self.option is not None:
            scale = questionnaire.scale_of(question)
            option = scale.by_id.get(self.option) if scale else None
            return option.label.get(lang) if option else self.option
        if self.items is not None and isinstance(question, ChecklistQuestion):
            labels = [i.label.get(lang) for i in question.items if i.id in self.items]
            return ", ".join(labels) if labels else ("Aucun" if lang == "fr" else "None")
        if self.number is not None:
            unit = question.unit.get(lang) if isinstance(question, NumericQuestion) else ""
            return f"{format_number(self.number, lang)} {unit}".strip()
        return self.text or ""


def format_number(value: float, lang: str = "fr") -> str:
    """A typed number as it reads back: no useless decimals, the language's separators (:func:`i18n.plain`)."""
    return i18n.plain(value, lang)


def status_of(questionnaire: Questionnaire, question: Question, answer: Answer) -> Status:
    if answer.special is not None:
        return answer.special
    if answer.option is not None:
        scale = questionnaire.scale_of(question)
        option = scale.by_id.get(answer.option) if scale else None
        if option is not None and option.not_applicable:
            return "na"
        if option is not None and option.dont_know:
            return "dk"
    return "answered"


def offers_special(questionnaire: Questionnaire, question: Question, which: Literal["na", "dk"]) -> bool:
    """Whether ``question`` may be answered N/A (``na``) or don't know (``dk``).

    The scale decides: a question on a scale may be N/A only if its scale has an
    option flagged ``not_applicable`` (don't know: ``dont_know``), so that a model
    whose scale offers neither is answered as it was designed. A checklist, which
    has no scale, may be either; free text neither.
    """
    if isinstance(question, TextQuestion):
        return False
    scale = questionnaire.scale_of(question)
    if scale is None:
        return True
    return (scale.na_option if which == "na" else scale.dk_option) is not None


def _special(questionnaire: Questionnaire, question: Question, which: Literal["na", "dk"]) -> Answer:
    if isinstance(question, TextQuestion):
        raise InputError(f"question '{question.id}' is free text: it cannot be N/A or don't know")
    if not offers_special(questionnaire, question, which):
        scale = questionnaire.scale_of(question)
        what = "not applicable" if which == "na" else "don't know"
        allowed = ", ".join(o.id for o in scale.options)
        raise InputError(
            f"question '{question.id}': scale '{scale.id}' has no '{what}' option, so '{which}' is not an answer "
            f"to it (allowed: {allowed})"
        )
    scale = questionnaire.scale_of(question)
    if isinstance(question, (ScaleQuestion, GridQuestion)) and scale is not None:
        flagged = scale.na_option if which == "na" else scale.dk_option
        return Answer(option=flagged.id)
    return Answer(special=which)


def parse_answer(questionnaire: Questionnaire, question: Question, raw: Any) -> Answer:
    """Turn what a user typed (or a JSON value) into an :class:`Answer` for ``question``.

    Raises :class:`InputError` with a message naming the question and what is allowed.
    """
    if isinstance(question, TextQuestion):
        value = "" if raw is None else str(raw)
        if len(value) > MAX_TEXT:
            raise InputError(f"question '{question.id}': text longer than {MAX_TEXT} characters")
        return Answer(text=value)
    if isinstance(raw, str):
        word = raw.strip().lower()
        if word in NA_WORDS:
            return _special(questionnaire, question, "na")
        if word in DK_WORDS:
            return _special(questionnaire, question, "dk")
    if isinstance(question, ChecklistQuestion):
        return _parse_checklist(question, raw)
    if isinstance(question, NumericQuestion):
        return _parse_number(question, raw)
    return _parse_option(questionnaire, question, raw)


def _parse_option(questionnaire: Questionnaire, question: Question, raw: Any) -> Answer:
    scale = questionnaire.scale_of(question)
    assert scale is not None  # guaranteed by validation
    if isinstance(raw, bool) or raw is None:
        raw = ""
    text = str(raw).strip()
    if text in scale.by_id:
        return Answer(option=text)
    folded = text.casefold()
    for option in scale.options:
        labels = {option.label.fr.casefold(), (option.label.en or "").casefold()}
        if folded and folded in labels:
            return Answer(option=option.id)
    number = _to_float(raw)
    if number is not None:
        matches = [o for o in scale.scored_options if o.value == number]
        if len(matches) == 1:
            return Answer(option=matches[0].id)
    allowed = ", ".join(o.id for o in scale.options)
    raise InputError(f"question '{question.id}': '{text}' is not an option of scale '{scale.id}' (allowed: {allowed})")


def _parse_checklist(question: ChecklistQuestion, raw: Any) -> Answer:
    if isinstance(raw, (list, tuple)):
        parts = [str(p).strip() for p in raw]
    elif raw is None or (isinstance(raw, str) and raw.strip().lower() in NONE_WORDS):
        parts = []
    elif isinstance(raw, str):
        parts = [p.strip() for p in raw.replace(";", ",").split(",") if p.strip()]
    else:
        raise InputError(f"question '{question.id}': give the ticked items as a comma-separated list of ids")
    known = [i.id for i in question.items]
    unknown = [p for p in parts if p not in known]
    if unknown:
        raise InputError(
            f"question '{question.id}': unknown item {', '.join(repr(u) for u in unknown)} (items: {', '.join(known)})"
        )
    ticked = tuple(i for i in known if i in parts)  # file order, no duplicates
    return Answer(items=ticked)


def _parse_number(question: NumericQuestion, raw: Any) -> Answer:
    number = _to_float(raw)
    if number is None:
        raise InputError(f"question '{question.id}': '{raw}' is not a number ({question.unit.fr})")
    if question.min is not None and number < question.min:
        raise InputError(f"question '{question.id}': {number:g} is below the minimum {question.min:g}")
    if question.max is not None and number > question.max:
        raise InputError(f"question '{question.id}': {number:g} is above the maximum {question.max:g}")
    return Answer(number=number)


def _to_float(raw: Any) -> float | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        value = float(raw)
    elif isinstance(raw, str):
        try:
            value = float(raw.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace(",", "."))
        except ValueError:
            return None
    else:
        return None
    return value if math.isfinite(value) else None
