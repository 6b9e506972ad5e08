"""The action plan of an open document: list, add, change and remove actions,
and turn an assessment's recommendations into actions.

Every value is checked before anything is written, and a bad one raises
:class:`~bodiag.errors.InputError` with a message that says what is wrong. Values
may be given as typed by a person: a status or an effort by its id or its label in
French or English (``"en cours"``, ``"in_progress"``), a cost as ``1234.5`` or
``"1 234,50 €"``; a deadline is a date or ``YYYY-MM-DD``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date, datetime

from bodiag.domain.text import is_blank, required_line
from bodiag.domain.vocabulary import ACTION_STATUS, LEVEL
from bodiag.errors import InputError
from bodiag.services.diagnostic import Diagnostic
from bodiag.storage import actions as store
from bodiag.storage.actions import EFFORTS, STATUSES, ActionFields, ActionRecord
from bodiag.storage.assessments import AssessmentRecord

MAX_TITLE = 300
MAX_OWNER = 200
MAX_NOTES = 32_767  # what one spreadsheet cell holds, so that exports keep notes whole
MAX_COST = 1e12
MAX_QUESTIONS = 500
EDITABLE = ("title", "owner", "deadline", "status", "cost", "effort", "question_ids", "notes", "assessment")

_QUESTION_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# -- reading values as typed ----------------------------------------------------------


def fold(value: str) -> str:
    """Lower case, no accents, single spaces, ``_`` and ``-`` as spaces: how labels are compared."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("_", " ").replace("-", " ").split())


def _lookup(table: dict, extra: dict[str, str]) -> dict[str, str]:
    names = {fold(key): key for key in table}
    for key, entry in table.items():
        names[fold(entry.fr)] = key
        names[fold(entry.get("en"))] = key
    names.update(extra)
    return names


_STATUS_NAMES = _lookup(ACTION_STATUS, {"termine": "done", "fait": "done", "abandonne": "dropped"})
_EFFORT_NAMES = _lookup(LEVEL, {"moyenne": "medium", "elevee": "high"})


def parse_status(value: object) -> str:
    """A status id from its id or its French or English label."""
    key = _STATUS_NAMES.get(fold(str(value or "")))
    if key is None:
        labels = ", ".join(entry.fr for entry in ACTION_STATUS.values())
        raise InputError(f"unknown status '{value}' (one of {', '.join(STATUSES)}, or in French {labels})")
    return key


def parse_effort(value: object) -> str | None:
    """An effort id from its id or its French or English label; empty is none."""
    if value is None or not str(value).strip():
        return None
    key = _EFFORT_NAMES.get(fold(str(value)))
    if key is None:
        labels = ", ".join(entry.fr for entry in LEVEL.values())
        raise InputError(f"unknown effort '{value}' (one of {', '.join(EFFORTS)}, or in French {labels})")
    return key


def parse_cost(value: object) -> float | None:
    """Euros, 0 or more: a number, or text such as ``1234.5``, ``1 234,50`` or ``1 234,50 €``; empty is none."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise InputError(f"the cost '{value}' is not a number")
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip()
        compact = re.sub(r"[\s\u00a0\u202f€]|EUR", "", text, flags=re.IGNORECASE)
        if "," in compact and "." in compact:  # the last one is the decimal mark
            thousands = "," if compact.rfind(".") > compact.rfind(",") else "."
            compact = compact.replace(thousands, "")
        compact = compact.replace(",", ".")
        if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)", compact):
            raise InputError(f"the cost '{text}' is not a number")
        number = float(compact)
    if not math.isfinite(number):
        raise InputError(f"the cost '{value}' is not a number")
    if number < 0:
        raise InputError(f"the cost cannot be negative (got {value})")
    if number > MAX_COST:
        raise InputError(f"the cost is more than {MAX_COST:,.0f} euros (got {value})")
    return number


def parse_deadline(value: object) -> str | None:
    """``YYYY-MM-DD`` from a date or such a text; empty is none."""
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        day = value
    else:
        text = str(value).strip()
        try:
            if not _ISO_DATE.match(text):
                raise ValueError
            day = date.fromisoformat(text)
        except ValueError:
            raise InputError(f"the deadline must be a real date written YYYY-MM-DD (got '{text}')") from None
    if day.year < 1900:
        raise InputError(f"the deadline {day.isoformat()} is before 1900")
    return day.isoformat()


def parse_question_ids(value: object) -> tuple[str, ...]:
    """Question ids from a list, or a text separated by commas, semicolons or spaces (duplicates dropped)."""
    if value is None:
        return ()
    parts = re.split(r"[,;\s]+", value) if isinstance(value, str) else [str(v) for v in value]
    ids = tuple(dict.fromkeys(p.strip() for p in parts if p and p.strip()))
    if len(ids) > MAX_QUESTIONS:
        raise InputError(f"an action links to at most {MAX_QUESTIONS} questions")
    return ids


def _text(value: object, what: str, limit: int) -> str:
    text = "" if value is None else str(value).strip()
    if len(text) > limit:
        raise InputError(f"the {what} {'are' if what.endswith('s') else 'is'} longer than {limit} characters")
    return text


# -- checking ---------------------------------------------------------------------------


def _assessment(diagnostic: Diagnostic, reference: object) -> AssessmentRecord | None:
    if reference is None or isinstance(reference, AssessmentRecord):
        return reference
    if isinstance(reference, str) and not reference.strip():
        return None
    return diagnostic.assessment(reference)


def _check_questions(diagnostic: Diagnostic, ids: tuple[str, ...], assessment: AssessmentRecord | None) -> None:
    if assessment is None:
        bad = [q for q in ids if not _QUESTION_ID.match(q)]
        if bad:
            raise InputError(f"'{bad[0]}' is not a question id (lower-case letters, digits, '_', '.' and '-')")
        return
    questionnaire = diagnostic.questionnaire(assessment)
    missing = [q for q in ids if q not in questionnaire.questions_by_id]
    if missing:
        names = ", ".join(f"'{q}'" for q in missing)
        word = "question" if len(missing) == 1 else "questions"
        raise InputError(f"no {word} {names} in questionnaire '{questionnaire.id}' (assessment {assessment.id})")


def check_changes(
    diagnostic: Diagnostic, changes: Mapping[str, object], current: ActionRecord | None = None
) -> dict[str, object]:
    """The checked, stored form of ``changes`` (keys of :data:`EDITABLE`) to a new action
    (``current`` None) or to ``current``. Raises :class:`InputError` at the first bad value."""
    unknown = [name for name in changes if name not in EDITABLE]
    if unknown:
        raise InputError(f"unknown action field '{unknown[0]}' (fields: {', '.join(EDITABLE)})")
    out: dict[str, object] = {}
    if "title" in changes or current is None:
        out["title"] = required_line(
            changes.get("title"), MAX_TITLE,
            missing="the action needs a title", too_long=f"the title is longer than {MAX_TITLE} characters",
        )
    if "owner" in changes:
        out["owner"] = " ".join(_text(changes["owner"], "owner", MAX_OWNER).split())
    if "deadline" in changes:
        out["deadline"] = parse_deadline(changes["deadline"])
    if "status" in changes:
        out["status"] = parse_status(changes["status"])
    if "cost" in changes:
        out["cost"] = parse_cost(changes["cost"])
    if "effort" in changes:
        out["effort"] = parse_effort(changes["effort"])
    if "notes" in changes:
        out["notes"] = _text(changes["notes"], "notes", MAX_NOTES)
    if "assessment" in changes:
        assessment = _assessment(diagnostic, changes["assessment"])
        out["assessment_id"] = assessment.id if assessment else None
    if "question_ids" in changes or "assessment" in changes:
        if "assessment" not in changes:
            kept = current.assessment_id if current else None
            assessment = None if kept is None else diagnostic.assessment(kept)
        ids = (parse_question_ids(changes["question_ids"]) if "question_ids" in changes
               else current.question_ids if current else ())
        _check_questions(diagnostic, ids, assessment)
        out["question_ids"] = ids
    return out


def new_fields(checked: Mapping[str, object], recommendation_id: str | None = None) -> ActionFields:
    """A new action from the result of :func:`check_changes` (``current`` None); absent fields take
    their defaults (status: to do)."""
    return ActionFields(recommendation_id=recommendation_id, **checked)


# -- use cases ----------------------------------------------------------------------------


def list_actions(diagnostic: Diagnostic, assessment: AssessmentRecord | None = None) -> list[ActionRecord]:
    """The plan, or one assessment's part of it: to do, in progress, done, dropped, then by deadline."""
    return store.list_actions(diagnostic.document, None if assessment is None else assessment.id)


def find(diagnostic: Diagnostic, reference: ActionRecord | int | str) -> ActionRecord:
    """An action by number or uuid."""
    if isinstance(reference, ActionRecord):
        return store.get_action(diagnostic.document, reference.id)
    text = str(reference).strip()
    if text.isdigit():
        return store.get_action(diagnostic.document, int(text))
    found = store.find_action(diagnostic.document, text) if text else None
    if found is None:
        raise InputError(f"{diagnostic.document.path}: no action '{text}' (give its number or its identifier)")
    return found


def add(
    diagnostic: Diagnostic,
    title: str,
    *,
    assessment: AssessmentRecord | int | str | None = None,
    owner: str = "",
    deadline: date | str | None = None,
    status: str = "todo",
    cost: float | str | None = None,
    effort: str | None = None,
    question_ids: Iterable[str] | str = (),
    notes: str = "",
    recommendation_id: str | None = None,
) -> ActionRecord:
    """Check and store a new action; ``assessment`` (a record, number or questionnaire id) is optional,
    and when given, the linked questions must be questions of its questionnaire."""
    checked = check_changes(
        diagnostic,
        {"title": title, "assessment": assessment, "owner": owner, "deadline": deadline, "status": status,
         "cost": cost, "effort": effort, "question_ids": question_ids, "notes": notes},
    )
    if recommendation_id is not None:
        recommendation_id = _text(recommendation_id, "recommendation id", 200) or None
    return store.create_action(diagnostic.document, new_fields(checked, recommendation_id))


def update(diagnostic: Diagnostic, action: ActionRecord | int | str, **changes: object) -> ActionRecord:
    """Check and store changes to an action (by record, number or uuid): any of :data:`EDITABLE`;
    ``question_ids`` replaces the linked questions, an empty value clears an optional field."""
    current = find(diagnostic, action)
    checked = check_changes(diagnostic, changes, current)
    return store.update_action(diagnostic.document, current.id, **checked)


def delete(diagnostic: Diagnostic, action: ActionRecord | int | str) -> ActionRecord:
    """Remove an action (by record, number or uuid); return what it was."""
    current = find(diagnostic, action)
    store.delete_action(diagnostic.document, current.id)
    return current


def from_recommendations(
    diagnostic: Diagnostic, assessment: AssessmentRecord, top: int | None = None
) -> list[ActionRecord]:
    """One action per recommendation that applies to ``assessment`` (the ``top`` first by priority, or all),
    in priority order, in one transaction. A recommendation that already has an action for this assessment
    is skipped, so running it again creates nothing new. Return the actions created."""
    if top is not None and top < 1:
        raise InputError(f"top must be 1 or more (got {top})")
    ranked = diagnostic.score(assessment).recommendations
    if top is not None:
        ranked = ranked[:top]
    present = {a.recommendation_id for a in store.list_actions(diagnostic.document, assessment.id)}
    new: list[ActionFields] = []
    for item in ranked:
        if item.id in present:
            continue
        present.add(item.id)
        rec = item.recommendation
        title = " ".join(rec.title.fr.split())
        new.append(
            ActionFields(
                title=title if len(title) <= MAX_TITLE else title[: MAX_TITLE - 1] + "…",
                assessment_id=assessment.id,
                recommendation_id=item.id,
                effort=rec.effort.value if rec.effort.value in EFFORTS else None,
                notes=rec.how.fr.strip()[:MAX_NOTES],
                question_ids=(item.question_id,),
            )
        )
    return store.create_actions(diagnostic.document, new) if new else []
