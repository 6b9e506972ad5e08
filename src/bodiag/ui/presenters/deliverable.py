"""The deliverable of the open document: the assessor's commentary by place, the report's status and signatories.

Plain Python, no widget: the deliverable view lays this out and calls the commands,
which go through the same services as ``bodiag comment``, ``sign-off``,
``finalise`` and ``reopen`` (:mod:`bodiag.services.deliverable`). A refusal (a
final report, text no person types) is told through the prompter, after which
the state is read again, so the screen shows what is stored.
"""

from __future__ import annotations


import msgspec

from bodiag.domain.deliverable import PLAN_PARTS, SignOff
from bodiag.services import deliverable
from bodiag.ui.formats import date
from bodiag.ui.i18n import tr
from bodiag.ui.presenters.document_page import DocumentPagePresenter


SIGNATORY_FIELDS = ("assessor", "assessor_role", "director", "director_role")


class PlaceChoice(msgspec.Struct, frozen=True):
    """One place a commentary can go, as the place list shows it."""

    label: str
    depth: int  # 0: the whole report, an assessment, the plan; 1: a section or a part of the plan
    where: deliverable.Place
    written: bool  # whether a commentary is there


def _plan_part_label(name: str) -> str:
    return {
        "synthesis": tr("Synthesis"), "vision": tr("Target vision"), "scenarios": tr("Scenarios"),
        "roadmap": tr("Roadmap"), "governance": tr("Governance"),
    }[name]


class DeliverablePresenter(DocumentPagePresenter):
    """The deliverable tab's state and commands, over one open document."""

    sign_off: SignOff
    places: list[PlaceChoice]

    def reload(self) -> None:
        self.sign_off = deliverable.sign_off(self.diagnostic)
        written = {(c.assessment_id, c.part) for c in deliverable.commentaries(self.diagnostic)}

        def choice(label: str, depth: int, where: deliverable.Place) -> PlaceChoice:
            return PlaceChoice(label, depth, where, (where.assessment_id, where.part) in written)

        places = [choice(tr("The whole report"), 0, deliverable.Place())]
        for record in self.diagnostic.assessments():
            questionnaire = self.diagnostic.questionnaire(record)
            places.append(choice(f"{record.id}. {record.title}", 0, deliverable.Place(record.id, "")))
            places += [choice(section.title.get(self.lang), 1, deliverable.Place(record.id, section.id))
                       for section in questionnaire.sections]
        places.append(choice(tr("Master plan"), 0, deliverable.Place(None, "plan:synthesis")))
        places += [choice(_plan_part_label(name), 1, deliverable.Place(None, f"plan:{name}")) for name in PLAN_PARTS[1:]]
        self.places = places
        self.notify()

    # -- what the tab shows -------------------------------------------------------------------

    @property
    def final(self) -> bool:
        return self.sign_off.final

    def status_text(self) -> str:
        s = self.sign_off
        if s.final and s.issued_on:
            return (tr("Version %1, final since %2").replace("%1", str(s.version))
                    .replace("%2", date(s.issued_on)))
        return tr("Version %1, draft").replace("%1", str(s.version))

    def events_text(self) -> list[str]:
        lines = []
        for event in self.sign_off.events:
            day = date(event.happened_at)
            if event.event == "final":
                lines.append(tr("%1: version %2 issued as final").replace("%1", day).replace("%2", str(event.version)))
            else:
                lines.append(tr("%1: version %2 re-opened (%3)").replace("%1", day).replace("%2", str(event.version))
                             .replace("%3", event.reason))
        return lines

    def text_at(self, index: int) -> str:
        return deliverable.commentary_at(self.diagnostic, self.places[index].where)

    # -- commands -----------------------------------------------------------------------------

    def save_text(self, index: int, text: str) -> bool:
        """Store the commentary of place ``index``; False (the error told) when it was refused."""
        return self.attempt(lambda: deliverable.set_commentary(self.diagnostic, self.places[index].where, text),
                            tr("The commentary was not saved"))

    def set_signatory(self, field: str, value: str) -> None:
        if field not in SIGNATORY_FIELDS:
            raise ValueError(field)
        if getattr(self.sign_off, field) == " ".join(value.split()):
            return
        self.attempt(lambda: deliverable.set_signatories(self.diagnostic, **{field: value}),
                     tr("The signatories were not saved"))

    def finalise(self) -> bool:
        """Issue the current version as final, once the user confirmed what it freezes."""
        question = tr("Issue version %1 of the report as final? The answers of every assessment and the commentary "
                      "are frozen until the report is re-opened, which is recorded.").replace("%1", str(self.sign_off.version))
        if not self.prompter.confirm(tr("Issue the final version"), question):
            return False
        return self.attempt(lambda: deliverable.finalise(self.diagnostic), tr("The report was not issued"))

    def reopen(self) -> bool:
        """Back to a draft of the next version, for a reason the user gives (recorded)."""
        reason = self.prompter.ask_text(tr("Re-open the report"), tr("Why is the final version re-opened? (recorded)"))
        if reason is None:
            return False
        return self.attempt(lambda: deliverable.reopen(self.diagnostic, reason), tr("The report was not re-opened"))
