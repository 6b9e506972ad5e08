"""What the app says after moving a re-assessment to a newer questionnaire version.

Plain Python, no widget: the answers carried over are counted and the questions
to answer again are listed by their text in the language shown (with their id,
so a consultant can find them in the questionnaire file), for the prompter to
show before the new assessment opens.
"""

from __future__ import annotations

from bodiag.domain.model import Questionnaire
from bodiag.services.reassessment import Upgrade
from bodiag.ui.i18n import tr


def upgrade_choice(version_before: str, version_after: str) -> str:
    """The first choice of the re-assessment dialog when a newer version is bundled."""
    return tr("Move to version %1 (this one uses %2): unchanged answers carried over").replace(
        "%1", version_after).replace("%2", version_before)


def carried_over_message(upgrade: Upgrade, before: Questionnaire, after: Questionnaire, lang: str) -> str:
    """How many answers were carried over, and which questions to answer again (changed or removed)."""
    lines = [tr("Version %1 → %2: %3 answer(s) carried over with their notes.").replace(
        "%1", upgrade.version_before).replace("%2", upgrade.version_after).replace("%3", str(len(upgrade.carried)))]
    if not upgrade.changed:
        lines.append(tr("No answered question changed."))
        return "\n".join(lines)
    lines.append(tr("Asked otherwise or removed, to answer again:"))
    for question_id in upgrade.changed:
        question = after.questions_by_id.get(question_id) or before.questions_by_id[question_id]
        gone = "" if question_id in after.questions_by_id else " — " + tr("removed in the new version")
        lines.append(f"• {question.text.get(lang)} ({question_id}){gone}")
    return "\n".join(lines)
