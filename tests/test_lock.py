"""The lock file pins, with hashes, everything pyproject.toml asks for, and the suite runs on it."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT

LOCK = ROOT / "requirements.lock"


def locked() -> list[tuple[Requirement, list[str]]]:
    """Each entry of the lock with its hashes (entries are ``name==version ; marker`` and ``--hash`` lines)."""
    entries = []
    for block in re.split(r"\n(?=\S)", LOCK.read_text(encoding="utf-8")):
        lines = [line.strip().rstrip("\\").strip() for line in block.splitlines()]
        lines = [line for line in lines if line and not line.startswith("#")]
        if lines:
            entries.append((Requirement(lines[0]), [h.split("=", 1)[1] for h in lines[1:] if h.startswith("--hash=")]))
    return entries


def pins_here() -> dict[str, str]:
    env = default_environment()
    return {canonicalize_name(r.name): next(iter(r.specifier)).version
            for r, _ in locked() if r.marker is None or r.marker.evaluate(env)}


def asked_for() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = [*project["build-system"]["requires"], *project["project"]["dependencies"]]
    for extra in project["project"]["optional-dependencies"].values():
        wanted += extra
    return [Requirement(w) for w in wanted]


def test_every_entry_is_an_exact_version_with_hashes():
    entries = locked()
    assert len(entries) > 20
    for requirement, hashes in entries:
        assert [s.operator for s in requirement.specifier] == ["=="], requirement
        assert hashes and all(re.fullmatch(r"sha256:[0-9a-f]{64}", h) for h in hashes), requirement


def test_every_requirement_of_pyproject_is_pinned_within_its_range():
    pins, env = pins_here(), default_environment()
    for requirement in asked_for():
        if requirement.marker is not None and not requirement.marker.evaluate(env):
            continue
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement} is not in requirements.lock: run `make lock`"
        assert requirement.specifier.contains(pins[name], prereleases=True), \
            f"requirements.lock has {name}=={pins[name]}, outside {requirement}: run `make lock`"


@pytest.mark.parametrize("name", ["msgspec", "pyside6-essentials", "reportlab", "pytest"])
def test_the_suite_runs_on_the_locked_versions(name):
    assert metadata.version(name) == pins_here()[name], "reinstall with `make test` (the venv is not the lock's)"
