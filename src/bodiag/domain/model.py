"""The questionnaire model: what a questionnaire file may say, and nothing else.

This module describes the *shape* of a questionnaire (types, ranges, unknown keys
refused). Rules that relate one part to another (ids unique, references resolve,
conditions only look back, bands cover 0–100) live in
:mod:`bodiag.domain.validation`, which reports each problem at its own path.
The format is documented in ``docs/questionnaire-format.md``; its JSON Schema,
``questionnaires/schema.json``, is exported from these classes.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from functools import cached_property
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

from bodiag.domain.text import LocalText

FORMAT_VERSION = 1

Id = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$",
        description="Stable identifier: lower-case letters, digits, '_', '-', '.'; at most 64 characters.",
    ),
]
Weight = Annotated[float, Field(gt=0, le=1000, description="Relative weight, > 0.")]
Percent = Annotated[float, Field(ge=0, le=100)]
ProfileWeights = dict[str, dict[str, Annotated[float, Field(gt=0, le=1000)]]]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


class DontKnowPolicy(StrEnum):
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


class Option(_Strict):
    id: Id
    label: LocalText
    value: float | None = Field(None, description="Numeric value; required unless the option is N/A or don't know.")
    description: LocalText | None = None
    not_applicable: bool = False
    dont_know: bool = False

    @property
    def scored(self) -> bool:
        return not (self.not_applicable or self.dont_know)


class Scale(_Strict):
    id: Id
    label: LocalText | None = None
    options: list[Option] = Field(min_length=2)

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


class Band(_Strict):
    id: Id
    min: Percent
    max: Percent
    label: LocalText
    meaning: LocalText | None = None
    color: str | None = Field(None, pattern=r"^#[0-9a-fA-F]{6}$")


class Condition(_Strict):
    """Makes a question visible only for some earlier answer or organisation profile.

    Exactly one form: ``{question, in}``, ``{question, answered}``, ``{profile, in}``,
    ``{all: [...]}``, ``{any: [...]}`` or ``{not: ...}``.
    """

    question: Id | None = None
    profile: Id | None = None
    in_: list[Id] | None = Field(None, alias="in", min_length=1)
    answered: bool | None = None
    all: list[Condition] | None = Field(None, min_length=1)
    any: list[Condition] | None = Field(None, min_length=1)
    not_: Condition | None = Field(None, alias="not")


class Recommendation(_Strict):
    id: Id | None = Field(None, description="Defaults to '<question id>.<n>' (n from 1).")
    levels: list[Id] = Field(default_factory=list, description="Scale options (or numeric levels) it applies to.")
    items: list[Id] = Field(default_factory=list, description="Checklist items whose bad state it addresses.")
    title: LocalText
    why: LocalText
    how: LocalText
    effort: Effort = Effort.MEDIUM
    impact: Impact = Impact.MEDIUM
    horizon: Horizon = Horizon.MEDIUM


class _QuestionBase(_Strict):
    id: Id
    text: LocalText
    help: LocalText | None = None
    weight: Weight = 1.0
    weight_by_profile: ProfileWeights = Field(default_factory=dict)
    tags: list[Id] = Field(default_factory=list)
    visible_if: Condition | None = None
    recommendations: list[Recommendation] = Field(default_factory=list)
    scored: bool = True

    @property
    def scale_id(self) -> str | None:
        return getattr(self, "scale", None)


class ScaleQuestion(_QuestionBase):
    kind: Literal["scale"]
    scale: Id


class GridQuestion(_QuestionBase):
    """A maturity-grid criterion: each level of the scale has a descriptor specific to it."""

    kind: Literal["grid"]
    scale: Id
    levels: dict[Id, LocalText] = Field(description="Descriptor per scored option id of the scale.")


class ChecklistItem(_Strict):
    id: Id
    label: LocalText
    help: LocalText | None = None
    weight: Weight = 1.0


class ChecklistQuestion(_QuestionBase):
    kind: Literal["checklist"]
    items: list[ChecklistItem] = Field(min_length=1)
    polarity: Literal["positive", "negative"] = Field(
        "positive", description="positive: a ticked item is good; negative: a ticked item is a problem."
    )


class NumericQuestion(_QuestionBase):
    """An indicator measured as a number; thresholds map it onto the levels of a scale."""

    kind: Literal["numeric"]
    unit: LocalText
    scale: Id
    direction: Literal["higher_is_better", "lower_is_better"]
    thresholds: list[float] = Field(min_length=1, description="Ascending; one fewer than the scale's scored options.")
    min: float | None = None
    max: float | None = None


class TextQuestion(_QuestionBase):
    kind: Literal["text"]
    scored: bool = False


Question = Annotated[
    Union[ScaleQuestion, GridQuestion, ChecklistQuestion, NumericQuestion, TextQuestion],
    Field(discriminator="kind"),
]


class Section(_Strict):
    id: Id
    title: LocalText
    description: LocalText | None = None
    weight: Weight = 1.0
    weight_by_profile: ProfileWeights = Field(default_factory=dict)
    target: Percent | None = Field(None, description="Target score; defaults to the parent's.")
    sections: list[Section] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)


class Criterion(_Strict):
    """One test of a verdict rule, on a result figure."""

    metric: Literal["score", "coverage", "section_score", "question_score", "ticked"]
    section: Id | None = None
    question: Id | None = None
    below: float | None = None
    at_least: float | None = None
    reason: LocalText = Field(description="Shown when the test holds; may use {value}, {threshold}, {items}.")


class VerdictRule(_Strict):
    id: Id
    label: LocalText
    meaning: LocalText | None = None
    when: Literal["any", "all"] = "any"
    criteria: list[Criterion] = Field(min_length=1)


class Verdict(_Strict):
    title: LocalText
    rules: list[VerdictRule] = Field(min_length=1, description="Tried in order; the first that holds gives the verdict.")
    undetermined: LocalText | None = None


class Kpi(_Strict):
    id: Id
    label: LocalText
    why: LocalText | None = None
    unit: LocalText | None = None
    profiles: dict[str, list[Id]] = Field(
        default_factory=dict, description="Profile values for which this indicator is a priority; empty: always."
    )


class Source(_Strict):
    title: LocalText
    reference: str = Field(min_length=1, description="Where the content comes from (article, file).")
    url: str | None = None


class Questionnaire(_Strict):
    format: Literal[1] = Field(description="Version of this file format.")
    id: Id
    version: str = Field(pattern=r"^\d+\.\d+(\.\d+)?$")
    title: LocalText
    description: LocalText | None = None
    source: Source
    license: str = Field(min_length=1)
    dont_know: DontKnowPolicy = DontKnowPolicy.EXCLUDE
    levels: int | None = Field(None, ge=2, le=10, description="Also express scores on a 1..levels scale.")
    target: Percent = 75.0
    scales: list[Scale] = Field(min_length=1)
    bands: list[Band] = Field(min_length=1)
    sections: list[Section] = Field(min_length=1)
    verdict: Verdict | None = None
    kpis: list[Kpi] = Field(default_factory=list)

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

    def level_for(self, score: float) -> float | None:
        if self.levels is None:
            return None
        return 1 + (self.levels - 1) * score / 100.0

    def recommendation_id(self, question: Question, index: int) -> str:
        rec = question.recommendations[index]
        return rec.id or f"{question.id}.{index + 1}"
