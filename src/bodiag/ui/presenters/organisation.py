"""The organisation a document is about: its name, sector, city and profile, as the wizard and the edit dialog show
them, and the change saved through the service ``bodiag organisation`` uses.

Plain Python, no widget. The profile's choices come from :data:`bodiag.domain.profile.PROFILE_FIELDS`, the
command line's ``--phase``, ``--headcount`` and ``--outsourcing`` choices: no list of its own here. A change of
profile re-scores every assessment (profile weights, questions asked only for some profiles):
:meth:`OrganisationPresenter.effects` says what it would do before it is saved.
"""

from __future__ import annotations

import msgspec

from bodiag.domain.profile import PROFILE_FIELDS, OrganisationProfile
from bodiag.domain.records import Organisation
from bodiag.domain.results import question_count
from bodiag.errors import BodiagError
from bodiag.services.diagnostic import ORGANISATION_TEXT_LENGTHS, Diagnostic
from bodiag.ui.formats import score as score_text
from bodiag.ui.i18n import tr

TEXT_LENGTHS = ORGANISATION_TEXT_LENGTHS  # the longest name, sector and city a field takes


class OrganisationFields(msgspec.Struct, frozen=True):
    """What the organisation form holds: the texts as typed, each profile field's value or None (not specified)."""

    name: str = ""
    sector: str = ""
    city: str = ""
    headcount: str | None = None
    phase: str | None = None
    outsourcing: str | None = None

    @classmethod
    def of(cls, organisation: Organisation) -> OrganisationFields:
        return cls(name=organisation.name, sector=organisation.sector or "", city=organisation.city or "",
                   headcount=organisation.headcount, phase=organisation.phase, outsourcing=organisation.outsourcing)

    @property
    def profile(self) -> OrganisationProfile:
        return OrganisationProfile(phase=self.phase, headcount=self.headcount, outsourcing=self.outsourcing)

    def tidied(self) -> OrganisationFields:
        """The texts as the document keeps them: name and sector trimmed, the city's spaces collapsed."""
        return msgspec.structs.replace(self, name=self.name.strip(), sector=self.sector.strip(),
                                       city=" ".join(self.city.split()))

    def as_dict(self) -> dict[str, str | None]:
        return {field: getattr(self, field) for field in self.__struct_fields__}


def profile_choices(field_id: str, lang: str) -> list[tuple[str | None, str]]:
    """A profile field's choices as (value, label), « Not specified » (None) first: the wizard's and the dialog's."""
    field = PROFILE_FIELDS[field_id]
    return [(None, tr("Not specified")), *((value, label.get(lang)) for value, label in field.choices.items())]


def profile_label(field_id: str) -> str:
    """A profile field's form label, with its keyboard shortcut."""
    return {"headcount": tr("&Headcount:"), "phase": tr("Company &phase:"),
            "outsourcing": tr("Back office &outsourced today:")}[field_id]


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be the organisation's name, if it cannot: the wizard's check and the dialog's."""
    if not name.strip():
        return tr("The organisation needs a name: type the company's name.")
    return None


class OrganisationPresenter:
    """The open document's organisation, and saving a change to it."""

    def __init__(self, diagnostic: Diagnostic, lang: str):
        self.diagnostic = diagnostic
        self.lang = lang
        self.fields = OrganisationFields.of(self.diagnostic.organisation)
        self.problem: str | None = None  # why the last save was refused
        self.saved = False  # whether a change was saved (the window then shows it everywhere)

    @property
    def read_only(self) -> bool:
        return self.diagnostic.document.readonly  # a shared copy, a read-only file

    def read_only_text(self) -> str:
        return tr("The document is read-only: its organisation cannot be changed here.")

    def changes(self, fields: OrganisationFields) -> dict[str, str | None]:
        """The fields that differ from what the document holds."""
        wanted = fields.tidied().as_dict()
        return {key: value for key, value in wanted.items() if value != getattr(self.fields, key)}

    def effects(self, fields: OrganisationFields) -> list[str]:
        """What the profile in ``fields`` would change, one line per assessment it moves (its questions asked,
        its score); none when the profile is the document's."""
        profile = fields.profile
        if profile == self.fields.profile:
            return []
        lines = []
        for record in self.diagnostic.assessments():
            before, after = self.diagnostic.score(record), self.diagnostic.score(record, profile)
            asked_before, asked_after = question_count(before).asked, question_count(after).asked
            moves = []
            if asked_after != asked_before:
                moves.append(tr("%1 questions asked instead of %2").replace("%1", str(asked_after))
                             .replace("%2", str(asked_before)))
            if score_text(after.score) != score_text(before.score):
                moves.append(tr("score %1 instead of %2").replace("%1", score_text(after.score))
                             .replace("%2", score_text(before.score)))
            if moves:
                lines.append(tr("%1: %2").replace("%1", record.title).replace("%2", ", ".join(moves)))
        return lines

    def effects_text(self, fields: OrganisationFields) -> str:
        """:meth:`effects` as the dialog shows them, one bullet each; empty while the profile is the document's."""
        if fields.profile == self.fields.profile:
            return ""
        lines = self.effects(fields)
        if not lines:
            return tr("No assessment changes: the same questions are asked, with the same scores.")
        return "\n".join(f"• {line}" for line in lines)

    def save(self, fields: OrganisationFields) -> bool:
        """Save what changed through the organisation service; False, with :attr:`problem` saying why, if refused."""
        self.problem = None
        if self.read_only:
            self.problem = self.read_only_text()
            return False
        self.problem = name_problem(fields.name)
        if self.problem is not None:
            return False
        changes = self.changes(fields)
        if not changes:
            return True
        try:
            organisation = self.diagnostic.update_organisation(**changes)
        except BodiagError as exc:
            self.problem = tr("The organisation was not changed: %1").replace("%1", str(exc))
            return False
        self.fields = OrganisationFields.of(organisation)
        self.saved = True
        return True
