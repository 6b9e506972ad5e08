"""Fixtures of the storage tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.storage.storage_helpers import make_document


@pytest.fixture
def closed_doc(doc_path, mini_path) -> Path:
    """A closed document: ACME, assessment 1 on mini.yaml, q1 answered 'decided' with a note."""
    return make_document(doc_path, mini_path)


@pytest.fixture
def chmod():
    """Change a path's mode for the test; every change is undone afterwards."""
    changed: list[tuple[Path, int]] = []

    def change(path: Path, mode: int) -> None:
        changed.append((path, path.stat().st_mode))
        os.chmod(path, mode)

    yield change
    for path, mode in reversed(changed):
        os.chmod(path, mode)
