"""The organisation profile: the facts about a company that change how it is assessed.

Questionnaires refer to these fields by id in visibility conditions
(``visible_if: {profile: phase, in: [growth]}``) and in profile weights
(``weight_by_profile: {phase: {sale_transfer: 2}}``). Only the enumerated fields
below can be referred to; the sector is free text and informative only.
"""

from __future__ import annotations

import msgspec

from bodiag.domain.text import LocalText, text


class ProfileField(msgspec.Struct, frozen=True):
    id: str
    label: LocalText
    choices: dict[str, LocalText]

    def choice_label(self, value: str | None, lang: str) -> str:
        if value is None or value not in self.choices:
            return ""
        return self.choices[value].get(lang)


PHASE = ProfileField(
    id="phase",
    label=text("Phase de l’entreprise", "Company phase"),
    choices={
        "growth": text("Croissance", "Growth"),
        "transformation": text("Transformation", "Transformation"),
        "sale_transfer": text("Cession ou transmission", "Sale or transfer"),
        "stable": text("Activité stable", "Stable"),
    },
)

HEADCOUNT = ProfileField(
    id="headcount",
    label=text("Effectif", "Headcount"),
    choices={
        "micro": text("1 à 9 personnes", "1 to 9 people"),
        "small": text("10 à 49 personnes", "10 to 49 people"),
        "medium": text("50 à 249 personnes", "50 to 249 people"),
        "large": text("250 personnes et plus", "250 people or more"),
    },
)

OUTSOURCING = ProfileField(
    id="outsourcing",
    label=text("Back-office externalisé aujourd’hui", "Back office outsourced today"),
    choices={
        "none": text("Non, tout est interne", "No, all in-house"),
        "partial": text("En partie", "Partly"),
        "full": text("Entièrement", "Entirely"),
    },
)

PROFILE_FIELDS: dict[str, ProfileField] = {f.id: f for f in (PHASE, HEADCOUNT, OUTSOURCING)}


class OrganisationProfile(msgspec.Struct, frozen=True):
    """What scoring needs to know about the organisation: enumerated field values."""

    phase: str | None = None
    headcount: str | None = None
    outsourcing: str | None = None

    def value(self, field_id: str) -> str | None:
        return getattr(self, field_id, None)

    @classmethod
    def from_mapping(cls, data: dict[str, str | None]) -> OrganisationProfile:
        return cls(**{k: data.get(k) for k in PROFILE_FIELDS})

    def as_dict(self) -> dict[str, str | None]:
        return {k: self.value(k) for k in PROFILE_FIELDS}


def check_profile_value(field_id: str, value: str | None) -> str | None:
    """Return a problem message if ``value`` is not allowed for ``field_id``."""
    field = PROFILE_FIELDS.get(field_id)
    if field is None:
        return f"unknown profile field '{field_id}' (known: {', '.join(PROFILE_FIELDS)})"
    if value is not None and value not in field.choices:
        return f"'{value}' is not a value of profile field '{field_id}' (allowed: {', '.join(field.choices)})"
    return None
