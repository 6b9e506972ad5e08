"""The questionnaire model: what a questionnaire file may say, and nothing else.

This module describes the *shape* of a questionnaire (types, ranges, unknown keys
refused) as msgspec structs, which both check a file's data and rebuild a stored
questionnaire quickly. Rules that relate one part to another (ids unique,
references resolve, conditions only look back, bands cover 0–100) live in
:mod:`bodiag.domain.validation`, which reports each problem at its own path.
The format is documented in ``docs/questionnaire-format.md``; its JSON Schema,
``questionnaires/schema.json``, is exported from these classes.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from functools import cached_property
from typing import Annotated, Any, Literal, Union

import msgspec
from msgspec import Meta, Struct, field

from bodiag.domain.text import LocalText

FORMAT_VERSION = 1
ID_PATTERN = r"^[a-z0-9][a-z0-9_.-]{0,63}$"
VERSION_PATTERN = r"^\d+\.\d+(\.\d+)?$"
COLOR_PATTERN = r"^#[0-9a-fA-F]{6}$"

Id = Annotated[
    str,
    Meta(
        pattern=ID_PATTERN,
        description="Stable identifier: lower-case letters, digits, '_', '-', '.'; at most 64 characters.",
    ),
]
Weight = Annotated[float, Meta(gt=0, le=1000, description="Relative weight, > 0.")]
Percent = Annotated[float, Meta(ge=0, le=100)]
ProfileWeights = dict[str, dict[str, Annotated[float, Meta(gt=0, le=1000)]]]


class _Strict(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True, dict=True):
    """Immutable, refuses unknown keys; ``dict=True`` lets navigation helpers cache their results."""


class DontKnowPolicy(StrEnum):
    EXCLUDE = "exclude"
    LOWEST = "lowest"


class UnansweredPolicy(StrEnum):
    """How a visible scored question left unanswered counts: ``exclude`` leaves the score, ``lowest`` counts as 0.

    ``lowest`` is for models with a fixed denominator, where every question counts
    whether answered or not (an unanswered question is an unmet criterion).
    """

    EXCLUDE = "exclude"
    LOWEST = "lowest"


class Effort(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


Impact = Effort


class Horizon(StrEnum):
    SHORT = "short"
    MEDIUM = "medium"
    LONG = "long"


class Option(_Strict, kw_only=True):
    id: Id
    label: LocalText
    value: Annotated[float | None, Meta(description="Numeric value; required unless the option is N/A or don't know.")] = None
    description: LocalText | None = None
    not_applicable: bool = False
    dont_know: bool = False

    @property
    def scored(self) -> bool:
        return not (self.not_applicable or self.dont_know)


class Scale(_Strict, kw_only=True):
    id: Id
    label: LocalText | None = None
    options: Annotated[list[Option], Meta(min_length=2)]

    @cached_property
    def scored_options(self) -> list[Option]:
        return [o for o in self.options if o.scored]

    @cached_property
    def by_id(self) -> dict[str, Option]:
        return {o.id: o for o in self.options}

    @property
    def na_option(self) -> Option | None:
        return next((o for o in self.options if o.not_applicable), None)

    @property
    def dk_option(self) -> Option | None:
        return next((o for o in self.options if o.dont_know), None)

    def percent(self, option: Option) -> float:
        """Position of a scored option on 0–100, from the scale's lowest to highest value."""
        values = [o.value for o in self.scored_options]
        low, high = min(values), max(values)
        return (option.value - low) / (high - low) * 100.0


class Band(_Strict, kw_only=True):
    id: Id
    min: Percent
    max: Percent
    label: LocalText
    meaning: LocalText | None = None
    color: Annotated[str, Meta(pattern=COLOR_PATTERN)] | None = None


class Condition(_Strict, kw_only=True):
    """Makes a question visible only for some earlier answer or organisation profile.

    Exactly one form: ``{question, in}``, ``{question, answered}``, ``{profile, in}``,
    ``{all: [...]}``, ``{any: [...]}`` or ``{not: ...}``.
    """

    question: Id | None = None
    profile: Id | None = None
    in_: Annotated[list[Id], Meta(min_length=1)] | None = field(default=None, name="in")
    answered: bool | None = None
    all: Annotated[list[Condition], Meta(min_length=1)] | None = None
    any: Annotated[list[Condition], Meta(min_length=1)] | None = None
    not_: Condition | None = field(default=None, name="not")


class Recommendation(_Strict, kw_only=True):
    id: Annotated[Id | None, Meta(description="Defaults to '<question id>.<n>' (n from 1).")] = None
    levels: Annotated[list[Id], Meta(description="Scale options (or numeric levels) it applies to.")] = []
    items: Annotated[list[Id], Meta(description="Checklist items whose bad state it addresses.")] = []
    title: LocalText
    why: LocalText
    how: LocalText
    effort: Effort = Effort.MEDIUM
    impact: Impact = Impact.MEDIUM
    horizon: Horizon = Horizon.MEDIUM
    theme: Annotated[
        Id | None,
        Meta(description=(
            "The underlying action it asks for, shared with recommendations of other questions or questionnaires "
            "that ask for the same one: the plan directeur's synthesis merges recommendations of one theme."
        )),
    ] = None
    credit: Annotated[list[Id], Meta(description="Credited works (ids of `credits`) whose figures or advice it uses.")] = []


class _QuestionBase(_Strict, tag_field="kind", kw_only=True):
    """What every kind of question has; a file names the kind with ``kind:`` (the struct's tag)."""

    id: Id
    text: LocalText
    help: LocalText | None = None
    weight: Weight = 1.0
    weight_by_profile: ProfileWeights = {}
    tags: list[Id] = []
    visible_if: Condition | None = None
    recommendations: list[Recommendation] = []
    scored: bool = True
    credit: Annotated[list[Id], Meta(description="The credited works (ids of `credits`) this question comes from.")] = []

    @property
    def kind(self) -> str:
        """scale, grid, checklist, numeric or text."""
        return self.__struct_config__.tag

    @property
    def scale_id(self) -> str | None:
        return getattr(self, "scale", None)


class ScaleQuestion(_QuestionBase, tag="scale", kw_only=True):
    scale: Id


class GridQuestion(_QuestionBase, tag="grid", kw_only=True):
    """A maturity-grid criterion: each level of the scale has a descriptor specific to it."""

    scale: Id
    levels: Annotated[dict[Id, LocalText], Meta(description="Descriptor per scored option id of the scale.")]


class ChecklistItem(_Strict, kw_only=True):
    id: Id
    label: LocalText
    help: LocalText | None = None
    weight: Weight = 1.0


class ChecklistQuestion(_QuestionBase, tag="checklist", kw_only=True):
    items: Annotated[list[ChecklistItem], Meta(min_length=1)]
    polarity: Annotated[
        Literal["positive", "negative"],
        Meta(description="positive: a ticked item is good; negative: a ticked item is a problem."),
    ] = "positive"


class NumericQuestion(_QuestionBase, tag="numeric", kw_only=True):
    """An indicator measured as a number; thresholds map it onto the levels of a scale."""

    unit: LocalText
    scale: Id
    direction: Literal["higher_is_better", "lower_is_better"]
    thresholds: Annotated[list[float], Meta(min_length=1, description="Ascending; one fewer than the scale's scored options.")]
    min: float | None = None
    max: float | None = None


class TextQuestion(_QuestionBase, tag="text", kw_only=True):
    scored: bool = False


Question = Union[ScaleQuestion, GridQuestion, ChecklistQuestion, NumericQuestion, TextQuestion]


class Section(_Strict, kw_only=True):
    id: Id
    title: LocalText
    description: LocalText | None = None
    weight: Weight = 1.0
    weight_by_profile: ProfileWeights = {}
    target: Annotated[Percent | None, Meta(description="Target score; defaults to the parent's.")] = None
    sections: list[Section] = []
    questions: list[Question] = []
    credit: Annotated[
        list[Id], Meta(description="The credited works (ids of `credits`) its questions come from, unless they say otherwise.")
    ] = []


class Criterion(_Strict, kw_only=True):
    """One test of a verdict rule, on a result figure."""

    metric: Literal["score", "coverage", "section_score", "question_score", "ticked"]
    section: Id | None = None
    question: Id | None = None
    below: float | None = None
    at_least: float | None = None
    reason: Annotated[LocalText, Meta(description="Shown when the test holds; may use {value}, {threshold}, {items}.")]


class VerdictRule(_Strict, kw_only=True):
    id: Id
    label: LocalText
    meaning: LocalText | None = None
    when: Literal["any", "all"] = "any"
    criteria: Annotated[list[Criterion], Meta(min_length=1)]


class Verdict(_Strict, kw_only=True):
    title: LocalText
    rules: Annotated[list[VerdictRule], Meta(min_length=1, description="Tried in order; the first that holds gives the verdict.")]
    undetermined: LocalText | None = None
    informs: Annotated[
        list[Literal["optimise", "acquire", "outsource_partial", "outsource_total"]],
        Meta(description="The plan directeur's scenarios this verdict speaks to: it is shown beside them, with its reasons."),
    ] = []


class Kpi(_Strict, kw_only=True):
    id: Id
    label: LocalText
    why: LocalText | None = None
    unit: LocalText | None = None
    profiles: Annotated[
        dict[str, list[Id]],
        Meta(description="Profile values for which this indicator is a priority; empty: always."),
    ] = {}
    measured_by: Annotated[
        Id | None,
        Meta(description="A numeric question that measures this indicator, in this questionnaire or another: the "
                         "report takes its latest answer in the document as the starting value, and the value that "
                         "reaches its section's target as the goal."),
    ] = None


class TagView(_Strict, kw_only=True):
    """A score view across sections: the questions that carry this tag, scored together."""

    id: Id
    label: LocalText
    description: LocalText | None = None


class Source(_Strict, kw_only=True):
    title: LocalText
    reference: Annotated[str, Meta(min_length=1, description="Where the content comes from (article, file).")]
    url: str | None = None


class Credit(_Strict, kw_only=True):
    """A work the content draws on, credited by the items that come from it (``credit: [id]``)."""

    id: Id
    title: Annotated[LocalText, Meta(description="The work's own title, as it is published.")]
    publisher: Annotated[str | None, Meta(description="Who publishes it, where the work names them.")] = None
    url: str | None = None
    reference: Annotated[str | None, Meta(description="Where the questionnaire's authors keep their copy.")] = None
    note: Annotated[LocalText | None, Meta(description="What is taken from it (a quoted list, ideas, figures).")] = None


class Questionnaire(_Strict, kw_only=True):
    format: Annotated[Literal[1], Meta(description="Version of this file format.")]
    id: Id
    version: Annotated[str, Meta(pattern=VERSION_PATTERN)]
    title: LocalText
    description: LocalText | None = None
    source: Source
    license: Annotated[str, Meta(min_length=1)]
    license_note: Annotated[
        LocalText | None, Meta(description="What the licence covers and what it does not (quoted, credited content).")
    ] = None
    credits: Annotated[list[Credit], Meta(description="The works items credit, each named once.")] = []
    optional: Annotated[
        bool,
        Meta(description="Offered but not selected by default for a new diagnostic (it concerns one person, or a "
                         "particular situation)."),
    ] = False
    dont_know: DontKnowPolicy = DontKnowPolicy.EXCLUDE
    unanswered: Annotated[
        UnansweredPolicy,
        Meta(description="exclude: an unanswered question leaves the score; lowest: it counts as 0."),
    ] = UnansweredPolicy.EXCLUDE
    levels: Annotated[int, Meta(ge=2, le=10, description="Also express scores on a scale of this many levels.")] | None = None
    lowest_level: Annotated[
        int, Meta(ge=0, le=1, description="The number of the lowest level: 1 (levels 1..levels) or 0 (0..levels-1).")
    ] = 1
    target: Percent = 75.0
    scales: Annotated[list[Scale], Meta(min_length=1)]
    bands: Annotated[list[Band], Meta(min_length=1)]
    sections: Annotated[list[Section], Meta(min_length=1)]
    verdict: Verdict | None = None
    kpis: list[Kpi] = []
    tags: Annotated[
        list[TagView],
        Meta(description="Score views across sections, one per tag that questions carry; shown in the report."),
    ] = []

    # -- navigation helpers (computed once; the model is frozen) -------------

    @cached_property
    def scales_by_id(self) -> dict[str, Scale]:
        return {s.id: s for s in self.scales}

    @cached_property
    def questions(self) -> list[Question]:
        """Every question in document order."""
        return [q for _, q in self.walk_questions()]

    @cached_property
    def questions_by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}

    @cached_property
    def question_numbers(self) -> dict[str, int]:
        """Each question's number, from 1 in document order: how a reader names a question (ids are for files)."""
        return {q.id: n for n, q in enumerate(self.questions, start=1)}

    @cached_property
    def sections_by_id(self) -> dict[str, Section]:
        return {s.id: s for s in self.walk_sections()}

    @cached_property
    def section_of(self) -> dict[str, Section]:
        """The section that directly holds each question."""
        return {q.id: s for s, q in self.walk_questions()}

    def walk_sections(self, sections: list[Section] | None = None) -> Iterator[Section]:
        for section in self.sections if sections is None else sections:
            yield section
            yield from self.walk_sections(section.sections)

    def walk_questions(self) -> Iterator[tuple[Section, Question]]:
        """(section, question) pairs in document order: a section's questions, then its subsections."""
        for section in self.walk_sections():
            for question in section.questions:
                yield section, question

    def scale_of(self, question: Question) -> Scale | None:
        scale_id = question.scale_id
        return self.scales_by_id.get(scale_id) if scale_id else None

    def band_for(self, score: float) -> Band:
        for band in self.bands:
            if band.min <= score < band.max:
                return band
        return self.bands[-1]

    @property
    def top_level(self) -> int | None:
        """The number of the highest level (``levels`` when levels count from 1, ``levels - 1`` from 0)."""
        return None if self.levels is None else self.lowest_level + self.levels - 1

    def level_for(self, score: float) -> float | None:
        if self.levels is None:
            return None
        return self.lowest_level + (self.levels - 1) * score / 100.0

    def score_for_level(self, level: float) -> float:
        """The 0–100 score of a level (the inverse of :meth:`level_for`)."""
        assert self.levels is not None
        return (level - self.lowest_level) / (self.levels - 1) * 100.0

    @cached_property
    def credits_by_id(self) -> dict[str, Credit]:
        return {c.id: c for c in self.credits}

    def credit_of(self, question: Question) -> list[Credit]:
        """The works a question comes from: its own ``credit``, else its nearest section's that has one."""
        ids = list(question.credit)
        if not ids:
            section = self.section_of[question.id]
            parents = {child.id: s for s in self.walk_sections() for child in s.sections}
            while section is not None and not section.credit:
                section = parents.get(section.id)
            ids = list(section.credit) if section is not None else []
        return [self.credits_by_id[i] for i in ids if i in self.credits_by_id]

    def recommendation_id(self, question: Question, index: int) -> str:
        rec = question.recommendations[index]
        return rec.id or f"{question.id}.{index + 1}"


# -- data and JSON ----------------------------------------------------------------
#
# A questionnaire is built from a file's data with questionnaire_from_data (which
# raises msgspec.ValidationError at the first shape problem, with its path) and is
# stored in documents as JSON (questionnaire_to_json / questionnaire_from_json).


def _decode_hook(type_: type, obj: Any) -> Any:
    if type_ is LocalText:
        return LocalText.parse(obj)
    raise NotImplementedError(f"no decoder for {type_!r}")


def _encode_hook(obj: Any) -> Any:
    if isinstance(obj, LocalText):
        return obj.to_json()
    raise NotImplementedError(f"no encoder for {type(obj)!r}")


_json_decoder: msgspec.json.Decoder | None = None
_json_encoder = msgspec.json.Encoder(enc_hook=_encode_hook)


def questionnaire_from_data(data: Any) -> Questionnaire:
    """The questionnaire that plain data (parsed YAML or JSON) describes; raises msgspec.ValidationError."""
    return msgspec.convert(data, Questionnaire, dec_hook=_decode_hook)


def questionnaire_from_json(raw: str | bytes) -> Questionnaire:
    """The questionnaire stored as JSON; raises msgspec.ValidationError or msgspec.DecodeError."""
    global _json_decoder
    if _json_decoder is None:  # built on first use: its type is resolved then
        _json_decoder = msgspec.json.Decoder(Questionnaire, dec_hook=_decode_hook)
    return _json_decoder.decode(raw)


def questionnaire_to_json(questionnaire: Questionnaire) -> str:
    return _json_encoder.encode(questionnaire).decode("utf-8")


def to_data(value: Any) -> Any:
    """A model value as plain data (dicts, lists, strings, numbers, None), keys as a file writes them."""
    return msgspec.to_builtins(value, enc_hook=_encode_hook)
