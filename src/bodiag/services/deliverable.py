"""The consultant's deliverable: commentary, the report's sign-off, a workshop's attendance.

The same calls serve the command line and the app. Commentary is checked plain
text (:func:`bodiag.domain.deliverable.clean`) kept with its history, like notes.
A report is a draft until it is issued as final: that freezes the answers of every
assessment it covers (storage refuses any change to them) and its commentary,
until it is explicitly re-opened — which needs a reason, is recorded, and starts
the draft of the next version.
"""

from __future__ import annotations

import datetime as dt

import msgspec

from bodiag.domain.deliverable import Attendee, Commentary, CommentaryChange, Session, SignOff, clean, plan_part
from bodiag.domain.records import AssessmentRecord
from bodiag.errors import FrozenAssessment, InputError
from bodiag.services.diagnostic import Diagnostic, current_user
from bodiag.storage import deliverable as store

MAX_NAME = 200


class Place(msgspec.Struct, frozen=True):
    """Where a commentary goes: the whole report, an assessment, one of its sections, or a part of the plan."""

    assessment_id: int | None = None
    part: str = ""


def place(diagnostic: Diagnostic, assessment: int | str | None = None, section: str | None = None,
          plan: str | None = None) -> Place:
    """The place named by the command line's or the app's choices, checked against the document."""
    if plan is not None:
        if assessment is not None or section is not None:
            raise InputError("a commentary on the plan belongs to no assessment or section")
        try:
            return Place(None, plan_part(plan))
        except ValueError as exc:
            raise InputError(str(exc)) from None
    if section is not None and assessment is None:
        raise InputError("a section's commentary needs its assessment")
    if assessment is None:
        return Place()
    record = diagnostic.assessment(assessment)
    if section is None:
        return Place(record.id, "")
    if section not in diagnostic.questionnaire(record).sections_by_id:
        raise InputError(f"assessment {record.id} has no section {section!r}")
    return Place(record.id, section)


def commentaries(diagnostic: Diagnostic) -> list[Commentary]:
    return store.commentaries(diagnostic.document)


def commentary_at(diagnostic: Diagnostic, where: Place) -> str:
    return next((c.text for c in commentaries(diagnostic) if (c.assessment_id, c.part) == (where.assessment_id, where.part)), "")


def set_commentary(diagnostic: Diagnostic, where: Place, text: str, author: str | None = None) -> bool:
    """Write the commentary of ``where`` (empty text removes it); False when nothing changed."""
    _check_draft(diagnostic, "its commentary")
    try:
        text = clean(text)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    return store.set_commentary(diagnostic.document, where.assessment_id, where.part, text,
                                current_user() if author is None else author)


def commentary_history(diagnostic: Diagnostic, where: Place) -> list[CommentaryChange]:
    return store.commentary_history(diagnostic.document, where.assessment_id, where.part)


# -- sign-off ------------------------------------------------------------------------------


def sign_off(diagnostic: Diagnostic) -> SignOff:
    return store.sign_off(diagnostic.document)


def _name(value: object, what: str) -> str:
    text = " ".join(str(value).split())
    if len(text) > MAX_NAME:
        raise InputError(f"{what}: at most {MAX_NAME} characters")
    return text


def set_signatories(diagnostic: Diagnostic, **changes: object) -> SignOff:
    """Who signs: ``assessor``, ``assessor_role``, ``director``, ``director_role`` (names as they will print)."""
    checked = {name: _name(value, name.replace("_", " ")) for name, value in changes.items() if value is not None}
    try:
        return store.update_sign_off(diagnostic.document, **checked)
    except ValueError as exc:
        raise InputError(str(exc)) from None


def _check_draft(diagnostic: Diagnostic, what: str) -> None:
    current = sign_off(diagnostic)
    if current.final:
        raise FrozenAssessment(f"{diagnostic.document.path}: version {current.version} of the report is final: re-open it "
                               f"to change {what} (the re-opening is recorded)")


def finalise(diagnostic: Diagnostic, day: dt.date | None = None, by_whom: str | None = None) -> SignOff:
    """Issue the current version as final on ``day`` (today): the answers and the commentary are frozen."""
    _check_draft(diagnostic, "it")
    if not diagnostic.assessments():
        raise InputError(f"{diagnostic.document.path}: no assessment to report on: nothing to issue")
    return store.issue(diagnostic.document, (day or dt.date.today()).isoformat(), current_user() if by_whom is None else by_whom)


def reopen(diagnostic: Diagnostic, reason: str, by_whom: str | None = None) -> SignOff:
    """Back to a draft of the next version, for ``reason`` (required, recorded)."""
    current = sign_off(diagnostic)
    if not current.final:
        raise InputError(f"{diagnostic.document.path}: the report is a draft (version {current.version}): nothing to re-open")
    reason = " ".join(reason.split())
    if not reason:
        raise InputError("say why the final version is re-opened (--reason): the reason is recorded")
    return store.reopen(diagnostic.document, current_user() if by_whom is None else by_whom, _name(reason, "reason"))


# -- a workshop's attendance ---------------------------------------------------------------


def attendance(diagnostic: Diagnostic, assessment: AssessmentRecord) -> tuple[list[Attendee], list[Session]]:
    return store.attendees(diagnostic.document, assessment.id), store.sessions(diagnostic.document, assessment.id)


def add_attendee(diagnostic: Diagnostic, assessment: AssessmentRecord, name: str, role: str = "", organisation: str = "") -> Attendee:
    name = _name(name, "name")
    if not name:
        raise InputError("an attendee needs a name")
    return store.add_attendee(diagnostic.document, assessment.id, name, _name(role, "role"), _name(organisation, "organisation"))


def remove_attendee(diagnostic: Diagnostic, assessment: AssessmentRecord, attendee_id: int) -> None:
    if attendee_id not in {a.id for a in store.attendees(diagnostic.document, assessment.id)}:
        raise InputError(f"assessment {assessment.id} has no attendee {attendee_id}")
    store.remove_attendee(diagnostic.document, attendee_id)


def add_session(diagnostic: Diagnostic, assessment: AssessmentRecord, day: dt.date | str, place_name: str = "") -> Session:
    try:
        day = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day).strip())
    except ValueError:
        raise InputError(f"{day!r} is not a date (YYYY-MM-DD)") from None
    return store.add_session(diagnostic.document, assessment.id, day.isoformat(), _name(place_name, "place"))


def remove_session(diagnostic: Diagnostic, assessment: AssessmentRecord, session_id: int) -> None:
    if session_id not in {s.id for s in store.sessions(diagnostic.document, assessment.id)}:
        raise InputError(f"assessment {assessment.id} has no session {session_id}")
    store.remove_session(diagnostic.document, session_id)

