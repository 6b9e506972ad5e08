"""Where a document's exports are suggested: the folder last chosen for that document, else the user's Documents.

Never the folder the document lives in by default: the demo lives in bodiag's hidden
data folder, and a report saved there is lost to the user (issue 17).
"""

from __future__ import annotations

from pathlib import Path

from bodiag.paths import user_documents_dir
from bodiag.ui.settings import AppSettings


class ExportFolders:
    def __init__(self, settings: AppSettings):
        self.settings = settings

    def folder(self, document: Path) -> Path:
        remembered = self.settings.export_folder(document)
        if remembered is not None and remembered.is_dir():
            return remembered
        documents = user_documents_dir()
        return documents if documents.is_dir() else Path.home()

    def suggest(self, document: Path, name: str) -> Path:
        """The path to offer for a file named ``name`` exported from ``document``."""
        return self.folder(document) / name

    def remember(self, document: Path, chosen: Path) -> None:
        """The user chose ``chosen``: its folder is offered next time for this document."""
        self.settings.set_export_folder(document, Path(chosen).parent)
