"""Shared fixtures. Every test runs headless and with its own user data folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
ROOT = TESTS.parent


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    """pytest-qt's application, made as the app makes its own."""
    import sys

    from bodiag.ui.theme import APPLICATION_ARGUMENTS

    return [sys.argv[0], *APPLICATION_ARGUMENTS]


@pytest.fixture(scope="session")
def qapp_cls():
    """pytest-qt's application is of the app's own class."""
    from bodiag.ui.desktop import Application

    return Application


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("BODIAG_DATA_DIR", str(tmp_path_factory.mktemp("user-data")))
    monkeypatch.setenv("BODIAG_DOCUMENTS_DIR", str(tmp_path_factory.mktemp("documents")))
    monkeypatch.setenv("BODIAG_CONFIG_DIR", str(tmp_path_factory.mktemp("user-config")))


@pytest.fixture
def mini_path() -> Path:
    return DATA / "mini.yaml"


@pytest.fixture
def mini(mini_path):
    from bodiag.domain.loader import load_file

    return load_file(mini_path).raise_for_problems()


@pytest.fixture
def doc_path(tmp_path) -> Path:
    return tmp_path / "acme.bodiag"


@pytest.fixture
def diagnostic(doc_path):
    """A fresh document for ACME, closed after the test."""
    from bodiag.services.diagnostic import Diagnostic

    diag = Diagnostic.create(doc_path, "ACME", phase="growth", headcount="small")
    yield diag
    diag.close()


@pytest.fixture
def demo_path(tmp_path_factory) -> Path:
    """A copy of the demo's answers, without its action plan and workshop (built once per session, copied per test)."""
    return _demo_copy(tmp_path_factory)


_DEMO_CACHE: dict[str, Path] = {}


def _demo_copy(factory) -> Path:
    from bodiag.services.demo import build_demo

    if "demo" not in _DEMO_CACHE:
        source = factory.mktemp("demo-master") / "demo.bodiag"
        build_demo(source, story=False).close()
        _DEMO_CACHE["demo"] = source
    target = factory.mktemp("demo") / "demo.bodiag"
    shutil.copyfile(_DEMO_CACHE["demo"], target)
    return target
