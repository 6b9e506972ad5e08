"""Labels for fixed values (effort, impact, horizon, statuses, respondent roles, action statuses), in both languages.

The assessment modes are listed here too, so that the command line's choices and
storage's check are one list.

Used by every face that shows them to a person: the command line, the report
and the desktop app (which may also pass them through its own translations).
"""

from __future__ import annotations

from bodiag.domain.text import LocalText, text

LEVEL = {
    "low": text("faible", "low"),
    "medium": text("moyen", "medium"),
    "high": text("élevé", "high"),
}
HORIZON = {
    "short": text("court terme (< 3 mois)", "short term (< 3 months)"),
    "medium": text("moyen terme (3 à 12 mois)", "medium term (3–12 months)"),
    "long": text("long terme (> 12 mois)", "long term (> 12 months)"),
}
STATUS = {
    "answered": text("répondu", "answered"),
    "unanswered": text("sans réponse", "unanswered"),
    "na": text("non applicable", "not applicable"),
    "dk": text("ne sait pas", "don't know"),
    "hidden": text("masquée", "hidden"),
}
ROLES = {
    "director": text("direction", "director"),
    "accounting": text("comptabilité", "accounting"),
    "hr": text("ressources humaines", "HR"),
    "sales_admin": text("administration des ventes", "sales administration"),
    "provider": text("prestataire externe", "external provider"),
    "other": text("autre", "other"),
}
# The statuses of an action of the action plan, in the order the plan lists them.
ACTION_STATUS = {
    "todo": text("à faire", "to do"),
    "in_progress": text("en cours", "in progress"),
    "done": text("terminée", "done"),
    "dropped": text("abandonnée", "dropped"),
}

# How an assessment is answered: by one assessor, or by several respondents in a workshop.
ASSESSMENT_MODES = ("self", "workshop")


def label(table: dict[str, LocalText], key: str, lang: str) -> str:
    entry = table.get(key)
    return entry.get(lang) if entry else key
