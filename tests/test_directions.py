"""Imports point one way: ui, cli → services → storage, report → domain; and no module imports itself back.

Every import statement of ``src/bodiag`` is read with :mod:`ast` — at module level,
inside functions and under ``TYPE_CHECKING`` alike, since each one is a dependency
a reader has to follow — and resolved to the module it names.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

SRC = ROOT / "src"
PACKAGE = SRC / "bodiag"

# Each layer and the layers it may import (besides itself). The base modules
# (bodiag, bodiag.errors, bodiag.paths, bodiag.file_safety: the standard library's file handling done
# safely) import nothing above them and may be imported by all.
BASE = {"bodiag", "bodiag.errors", "bodiag.paths", "bodiag.file_safety"}
MAY_IMPORT = {
    "domain": set(),
    "storage": {"domain"},
    "report": {"domain"},
    "services": {"storage", "report", "domain"},
    "cli": {"services", "domain"},
    "ui": {"services", "domain"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imported(path: Path, name: str, known: set[str]) -> Iterator[tuple[int, str]]:
    """The bodiag modules that ``path`` (module ``name``) imports, with their lines."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # ``from bodiag.domain import i18n`` imports the module bodiag.domain.i18n
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "__import__":
            targets = [a.value for a in node.args[:1] if isinstance(a, ast.Constant)]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target.startswith("bodiag"):
                yield node.lineno, target


def layer(name: str) -> str | None:
    parts = name.split(".")
    if name in BASE:
        return None
    if parts[1].startswith("cli"):
        return "cli"
    return parts[1] if parts[1] in MAY_IMPORT else "__main__" if parts[1] == "__main__" else parts[1]


def graph() -> dict[str, dict[str, int]]:
    found = modules()
    known = set(found)
    edges: dict[str, dict[str, int]] = {}
    for name, path in found.items():
        for line, target in imported(path, name, known):
            if target != name:
                edges.setdefault(name, {}).setdefault(target, line)
    return edges


def test_the_scan_sees_the_package():
    edges = graph()
    assert len(modules()) > 100
    assert "bodiag.domain.model" in edges["bodiag.domain.loader"]
    # function-level imports are read too
    assert any(t.startswith("bodiag.ui.views") for t in edges["bodiag.ui.main_window"])


def test_every_module_belongs_to_a_layer():
    unknown = sorted({layer(n) for n in modules() if layer(n) not in (*MAY_IMPORT, None, "__main__")})
    assert unknown == [], "a new top-level module or package: give it its place in MAY_IMPORT"


def test_every_import_points_down():
    wrong = []
    for source, targets in sorted(graph().items()):
        here = layer(source)
        if here is None or here == "__main__":
            continue
        for target, line in sorted(targets.items()):
            there = layer(target)
            if there is None or there == here or there in MAY_IMPORT[here]:
                continue
            wrong.append(f"{source}:{line} imports {target} ({here} → {there})")
    assert wrong == [], "\n".join(wrong)


def cycles(edges: dict[str, dict[str, int]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, {}):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_between_modules():
    assert cycles(graph()) == []


@pytest.mark.parametrize("edges, expected", [
    ({"a": {"b": 1}, "b": {"a": 1}}, [["a", "b"]]),
    ({"a": {"b": 1}, "b": {"c": 1}}, []),
    ({"a": {"b": 1}, "b": {"c": 1}, "c": {"a": 1}, "d": {"a": 1}}, [["a", "b", "c"]]),
])
def test_the_cycle_finder(edges, expected):
    assert cycles(edges) == expected
