"""The command line's layout: each command group stands alone, and its choices come from the domain.

Read from the sources with ``ast``, so that an import inside a function counts as
much as one at the top of a module.
"""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

import pytest

import bodiag.cli
from bodiag.cli import build_parser
from bodiag.domain.profile import PROFILE_FIELDS
from bodiag.domain.text import LANGUAGES
from bodiag.domain.vocabulary import ACTION_STATUS, ASSESSMENT_MODES, HORIZON, LEVEL, ROLES, STATUS

PACKAGE = "bodiag.cli"
FOLDER = Path(bodiag.cli.__file__).parent
MODULES = sorted(path.stem for path in FOLDER.glob("*.py"))
SHARED = {"common", "text"}  # what every group may import
GROUPS = sorted(set(MODULES) - SHARED - {"__init__", "reference"})


def _source(module: str) -> str:
    return (FOLDER / f"{module}.py").read_text(encoding="utf-8")


def _absolute(node: ast.ImportFrom, module: str) -> str:
    if not node.level:
        return node.module or ""
    # bodiag/cli/X.py (and bodiag/cli/__init__.py) sit in the package bodiag.cli
    parts = PACKAGE.split(".")
    base = parts[: len(parts) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def _cli_module(name: str) -> str | None:
    """The module of bodiag/cli/ that importing ``name`` runs (``bodiag.cli`` itself is ``__init__``)."""
    if name == PACKAGE:
        return "__init__"
    if name.startswith(PACKAGE + "."):
        return name.removeprefix(PACKAGE + ".").split(".")[0]
    return None


def cli_imports(source: str, module: str) -> set[str]:
    """The modules of bodiag/cli/ that ``source`` imports, anywhere; ``__init__`` for a name taken from the package."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(filter(None, (_cli_module(alias.name) for alias in node.names)))
        elif isinstance(node, ast.ImportFrom):
            target = _absolute(node, module)
            if target == PACKAGE:  # from bodiag.cli import X: a submodule, or a name of the package itself
                found.update(alias.name if alias.name in MODULES else "__init__" for alias in node.names)
            elif (inner := _cli_module(target)) is not None:
                found.add(inner)
    found.discard(module)
    return found


def dynamic_imports(source: str) -> list[str]:
    """Calls and modules that import by a name computed at run time: ``__import__``, ``importlib``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name) and node.id == "__import__":
            found.append("__import__")
        elif isinstance(node, ast.Import) and any(a.name.split(".")[0] == "importlib" for a in node.names):
            found.append("import importlib")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "importlib":
            found.append("from importlib")
    return found


def test_the_package_has_its_groups_and_shared_modules():
    assert {"__init__", "common", "text", "reference"} <= set(MODULES)
    assert len(GROUPS) >= 8, GROUPS


@pytest.mark.parametrize("group", GROUPS)
def test_a_group_imports_no_other_group_nor_the_package(group):
    imported = cli_imports(_source(group), group)
    assert imported <= SHARED, f"bodiag/cli/{group}.py imports {sorted(imported - SHARED)}"


@pytest.mark.parametrize("module", sorted(SHARED))
def test_the_shared_modules_import_no_group(module):
    imported = cli_imports(_source(module), module)
    assert imported <= SHARED, f"bodiag/cli/{module}.py imports {sorted(imported - SHARED)}"


@pytest.mark.parametrize("module", MODULES)
def test_no_module_imports_by_a_computed_name(module):
    assert dynamic_imports(_source(module)) == []


def test_every_group_is_on_the_parser():
    assert sorted(group.__name__.removeprefix(PACKAGE + ".") for group in bodiag.cli.GROUPS) == GROUPS


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from bodiag.cli.common import add_command", {"common"}),
        ("def cmd(args):\n    from bodiag.cli.workshop import cmd_consensus\n", {"workshop"}),
        ("from bodiag.cli import actions, common", {"actions", "common"}),
        ("from bodiag.cli import build_parser", {"__init__"}),
        ("import bodiag.cli", {"__init__"}),
        ("import bodiag.cli.answers", {"answers"}),
        ("from . import sharing", {"sharing"}),
        ("from .text import render_result", {"text"}),
        ("from ..cli import main", {"__init__"}),
        ("from bodiag.services import workshop\nimport json", set()),
    ],
)
def test_the_check_sees_every_spelling_of_an_import(source, expected):
    assert cli_imports(source, "report") == expected


def test_the_check_sees_imports_by_a_computed_name():
    source = (
        "def f():\n    __import__('bodiag.cli.sharing')\n    import importlib\n    from importlib import import_module\n"
    )
    assert sorted(dynamic_imports(source)) == ["__import__", "from importlib", "import importlib"]


# -- choices come from the domain ------------------------------------------------------------


def _options(command: str) -> dict[str, argparse.Action]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {o: a for a in sub.choices[command]._actions for o in a.option_strings}


@pytest.mark.parametrize("command", ["new", "organisation"])
def test_the_profile_options_are_the_domain_profile(command):
    options = _options(command)
    for field in PROFILE_FIELDS.values():
        assert list(options[f"--{field.id}"].choices) == list(field.choices)


def test_the_other_choices_are_the_domain_vocabulary():
    assert list(_options("start")["--mode"].choices) == list(ASSESSMENT_MODES)
    assert list(_options("respondent-add")["--role"].choices) == list(ROLES)
    for command in ("score", "report", "questions", "compare"):
        assert list(_options(command)["--lang"].choices) == list(LANGUAGES)


DOMAIN_LISTS = [
    *(set(field.choices) for field in PROFILE_FIELDS.values()),
    *(set(table) for table in (ACTION_STATUS, HORIZON, LEVEL, ROLES, STATUS)),
    set(ASSESSMENT_MODES),
    set(LANGUAGES),
]


def copied_lists(source: str) -> list[list[str]]:
    """Literal lists, tuples and sets of strings that hold the same values as one of the domain's lists."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)) and len(node.elts) >= 2:
            if all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
                values = [e.value for e in node.elts]
                if set(values) in DOMAIN_LISTS:
                    found.append(values)
    return found


@pytest.mark.parametrize("module", MODULES)
def test_no_module_copies_a_list_of_the_domain(module):
    assert copied_lists(_source(module)) == []


def test_the_copy_check_sees_a_copied_list():
    assert copied_lists('CHOICES = {"phase": ["growth", "transformation", "sale_transfer", "stable"]}') == [
        ["growth", "transformation", "sale_transfer", "stable"]
    ]
    assert copied_lists('p.add_argument("--mode", choices=["self", "workshop"])') == [["self", "workshop"]]
