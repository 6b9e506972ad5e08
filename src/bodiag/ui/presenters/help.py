"""What the Help menu tells: the keyboard shortcuts, and what this copy of bodiag is (About).

Plain Python: the window hands over its actions' names and keys, the dialog shows the rows.
"""

from __future__ import annotations

import msgspec

from bodiag import __version__
from bodiag.ui.i18n import tr

LICENCE = "GPL-3.0-or-later"  # as in pyproject.toml; a test keeps them equal


class QuestionnaireVersion(msgspec.Struct, frozen=True):
    title: str
    id: str
    version: str


class AboutInfo(msgspec.Struct, frozen=True):
    version: str
    licence: str
    bundled: list[QuestionnaireVersion]
    in_document: list[QuestionnaireVersion]  # the versions the open document's assessments were made with


def answering_keys() -> list[tuple[str, str]]:
    """The answering pane's own keys, which no menu shows."""
    return [
        ("1 … 9", tr("Choose that level of the current question")),
        ("N", tr("Not applicable")),
        ("?", tr("Don't know")),
        (tr("Space, Enter"), tr("Choose the level card that has the keyboard")),
        (tr("Tab, Shift+Tab"), tr("Move between the controls")),
    ]


def shortcut_rows(actions: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Every shortcut: the answering keys, then the menus' actions that have one, as (keys, what it does)."""
    rows = answering_keys()
    for text, keys in actions:
        if keys:
            rows.append((keys, text.replace("&", "").rstrip("…")))
    return rows


def about_info(document_questionnaires: list | None = None, lang: str = "fr") -> AboutInfo:
    """This version, its licence, the bundled questionnaires' versions and those of the open document."""
    from bodiag.services.catalog import bundled

    def row(questionnaire) -> QuestionnaireVersion:  # noqa: ANN001 - a domain Questionnaire
        return QuestionnaireVersion(questionnaire.title.get(lang), questionnaire.id, questionnaire.version)

    seen: list[QuestionnaireVersion] = []
    for questionnaire in document_questionnaires or []:
        entry = row(questionnaire)
        if entry not in seen:
            seen.append(entry)
    return AboutInfo(__version__, LICENCE, [row(e.questionnaire) for e in bundled()], seen)
