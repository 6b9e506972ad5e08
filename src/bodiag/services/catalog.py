"""The questionnaires bodiag ships, and questionnaires given as a file."""

from __future__ import annotations

from pathlib import Path

import msgspec

from bodiag.domain.loader import LoadResult, QuestionnaireError, load_file
from bodiag.domain.model import Questionnaire
from bodiag.errors import InputError
from bodiag.paths import questionnaires_dir


class CatalogEntry(msgspec.Struct, frozen=True):
    path: Path
    source: str
    questionnaire: Questionnaire


_loaded: dict[tuple[str, int, int], LoadResult] = {}


def load_cached(path: Path) -> LoadResult:
    """:func:`load_file`, remembered while the file's size and modification time stay the same.

    Parsing YAML with positions is the slow part of starting an assessment
    (a fraction of a second for a large questionnaire); a changed file is read again.
    """
    try:
        stat = path.stat()
    except OSError:
        return load_file(path)
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    if key not in _loaded:
        _loaded[key] = load_file(path)
    return _loaded[key]


def bundled_files() -> list[Path]:
    return sorted(questionnaires_dir().glob("*.yaml"))


def bundled() -> list[CatalogEntry]:
    """Every bundled questionnaire, in a stable order. A broken bundled file is a bug: it raises."""
    entries = []
    for path in bundled_files():
        result = load_cached(path)
        entries.append(CatalogEntry(path, result.source, result.raise_for_problems()))
    return entries


def resolve(reference: str) -> CatalogEntry:
    """A bundled questionnaire by id, or a questionnaire file by path."""
    for path in bundled_files():
        if path.stem == reference:
            return _entry(load_cached(path))
    candidate = Path(reference)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        return _entry(load_cached(candidate))
    for entry in bundled():
        if entry.questionnaire.id == reference:
            return entry
    known = ", ".join(e.questionnaire.id for e in bundled())
    raise InputError(f"no questionnaire '{reference}' (bundled: {known}; or give the path of a .yaml file)")


def _entry(result: LoadResult) -> CatalogEntry:
    if result.problems:
        raise QuestionnaireError(result.problems)
    return CatalogEntry(Path(result.filename), result.source, result.questionnaire)
