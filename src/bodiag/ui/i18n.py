"""The interface language: bodiag's own translations and Qt's, switched at run time.

Interface strings are written in English in the code and translated through
Qt's machinery (``resources/i18n/bodiag_fr.ts``, compiled to ``.qm`` by
``make translations``). French is the default. Questionnaire content has its
own French and English texts (:class:`~bodiag.domain.text.LocalText`).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bodiag.paths import resources_dir


# Texts of Qt's own file dialog that Qt's French (qtbase_fr) leaves in English, so that the dialog
# would read half in each language. Named here with their Qt context, lupdate puts them in our
# .ts; our translator, installed after Qt's, is asked first and answers for them.
QT_FRENCH_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
)


def tr(text: str) -> str:
    """Translate an interface string (written in English) into the current language.

    All of bodiag's strings share one context, the empty one: that is the context
    ``pyside6-lupdate`` gives to calls of ``tr`` outside Qt's own ``self.tr``.
    """
    return QCoreApplication.translate("", text)


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def stretch(text: str) -> str:
    """With ``BODIAG_STRETCH_TEXT=1``, every string doubles: layouts must survive long text."""
    return f"{text} {text}" if os.environ.get("BODIAG_STRETCH_TEXT") == "1" else text


class StretchingTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001 - Qt's signature
        return stretch(source)


class Translations:
    """Installs the translators of one language on the application."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English))
        if language == "fr":
            qt = QTranslator(app)
            if qt.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) or qt.load(
                "qt_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            ):
                self._install(qt)
            ours = QTranslator(app)
            if ours.load(str(translations_dir() / "bodiag_fr.qm")):
                self._install(ours)
        if os.environ.get("BODIAG_STRETCH_TEXT") == "1":
            self._install(StretchingTranslator(app))

    def _install(self, translator: QTranslator) -> None:
        QCoreApplication.instance().installTranslator(translator)
        self._installed.append(translator)
