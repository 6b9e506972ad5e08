"""The user's preferences: language, recent documents, window layout.

Kept in an INI file in the user data folder (``BODIAG_DATA_DIR`` in tests), so
that every test starts from clean settings and none touches the real ones.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from bodiag.paths import user_data_dir

MAX_RECENT = 8
LANGUAGES = ("fr", "en")


class AppSettings:
    def __init__(self, path: Path | None = None):
        self.path = path or user_data_dir() / "settings.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._qs.value("language", "fr"))
        return value if value in LANGUAGES else "fr"

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("language", value if value in LANGUAGES else "fr")
        self._qs.sync()

    def recent_documents(self) -> list[Path]:
        raw = self._qs.value("recent", [])
        items = [raw] if isinstance(raw, str) else list(raw or [])
        return [Path(p) for p in items if p][:MAX_RECENT]

    def recent_details(self, path: Path) -> tuple[str, str] | None:
        """(organisation, ISO date last opened) of a recent document, if it was opened since bodiag kept them."""
        value = self._qs.value(f"recent_details/{_key(path)}")
        if isinstance(value, (list, tuple)) and len(value) == 2:
            return str(value[0]), str(value[1])
        return None

    def add_recent(self, path: Path, organisation: str | None = None, opened: str | None = None) -> None:
        path = Path(path).resolve()
        if organisation is not None and opened is not None and self.recent_details(path) != (organisation, opened):
            self._qs.setValue(f"recent_details/{_key(path)}", [organisation, opened])
            self._qs.sync()
        current = self.recent_documents()
        items = [p for p in current if p != path]
        recent = [path, *items][:MAX_RECENT]
        if recent == current:
            return  # reopening the latest document writes nothing
        self._qs.setValue("recent", [str(p) for p in recent])
        self._qs.sync()

    def remove_recent(self, path: Path) -> None:
        items = [p for p in self.recent_documents() if p != Path(path).resolve()]
        self._qs.setValue("recent", [str(p) for p in items])
        self._qs.sync()

    def export_folder(self, document: Path) -> Path | None:
        """The folder the user last exported ``document``'s files to (a report, a copy, a spreadsheet)."""
        value = self._qs.value(f"exports/{_key(document)}")
        return Path(str(value)) if value else None

    def set_export_folder(self, document: Path, folder: Path) -> None:
        self._qs.setValue(f"exports/{_key(document)}", str(folder))
        self._qs.sync()

    def layout(self, key: str) -> QByteArray | None:
        value = self._qs.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_layout(self, key: str, value: QByteArray) -> None:
        """Kept in memory until :meth:`sync` (the window saves several layouts at once)."""
        self._qs.setValue(f"layout/{key}", value)

    def sync(self) -> None:
        self._qs.sync()


def _key(document: Path) -> str:
    """A settings key for a document's path (a path's slashes would make QSettings groups)."""
    return _sha1(str(Path(document).resolve()).encode()).hexdigest()[:16]


try:  # Python's own SHA-1, the same digest as hashlib's without loading OpenSSL at start-up (milliseconds)
    from _sha1 import sha1 as _sha1
except ImportError:  # a Python built without it
    from hashlib import sha1 as _sha1
