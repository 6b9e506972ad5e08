"""What every window and widget of the app is handed: no globals.

A test builds a context with a :class:`~bodiag.ui.prompter.ScriptedPrompter`
and settings in a temporary folder, and can then build any single widget.
"""

from __future__ import annotations

import msgspec

from bodiag.ui.i18n import Translations
from bodiag.ui.prompter import Prompter
from bodiag.ui.settings import AppSettings


class AppContext(msgspec.Struct):
    settings: AppSettings
    prompter: Prompter
    translations: Translations = msgspec.field(default_factory=Translations)

    @property
    def language(self) -> str:
        return self.settings.language
