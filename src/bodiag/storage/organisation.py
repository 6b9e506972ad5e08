"""The organisation a document is about: its name, sector, city and profile."""

from __future__ import annotations

from bodiag.domain.profile import check_profile_value
from bodiag.domain.records import Organisation
from bodiag.errors import InputError
from bodiag.storage.document import Document, now

MAX_NAME = 200
MAX_SECTOR = 200
MAX_CITY = 200


def get_organisation(doc: Document) -> Organisation:
    rows = doc.query("SELECT name, sector, headcount, phase, outsourcing, created_at, updated_at, city FROM organisation")
    if not rows:
        raise InputError(f"{doc.path}: the document has no organisation")
    return Organisation(**rows[0])


def update_organisation(doc: Document, **changes: str | None) -> Organisation:
    """Change the name, sector, city or profile fields; enumerated values are checked."""
    allowed = {"name", "sector", "city", "headcount", "phase", "outsourcing"}
    unknown = set(changes) - allowed
    if unknown:
        raise InputError(f"unknown organisation field {', '.join(sorted(unknown))}")
    for field_id in ("headcount", "phase", "outsourcing"):
        if field_id in changes:
            problem = check_profile_value(field_id, changes[field_id])
            if problem:
                raise InputError(problem)
    if "name" in changes:
        name = (changes["name"] or "").strip()
        if not name:
            raise InputError("the organisation needs a name")
        if len(name) > MAX_NAME:
            raise InputError(f"the organisation name is longer than {MAX_NAME} characters")
        changes["name"] = name
    if "sector" in changes:
        changes["sector"] = (changes["sector"] or "").strip()[:MAX_SECTOR]
    if "city" in changes:
        changes["city"] = " ".join((changes["city"] or "").split())[:MAX_CITY]
    if changes:
        sets = ", ".join(f"{k} = ?" for k in changes)
        with doc.transaction() as db:
            db.execute(f"UPDATE organisation SET {sets}, updated_at = ?", [*changes.values(), now()])
    return get_organisation(doc)
