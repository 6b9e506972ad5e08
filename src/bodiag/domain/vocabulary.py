"""Labels for the fixed values of the format (effort, impact, horizon, statuses), in both languages.

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


def label(table: dict[str, LocalText], key: str, lang: str) -> str:
    entry = table.get(key)
    return entry.get(lang) if entry else key
