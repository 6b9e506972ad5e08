"""Every opener of a document goes through the one door, bodiag.services.documents.

An ``ast`` scan of ``src/bodiag``: outside storage (which opens what it has just
created) and the door itself, nothing calls ``Document.open``, builds a
``Document``, or connects ``sqlite3`` to a file; and each face's opener calls the door.
"""

from __future__ import annotations

import ast
from pathlib import Path

import bodiag

PACKAGE = Path(bodiag.__file__).resolve().parent
DOOR = "services/documents.py"
OPENER_CLASSES = {"Document", "Diagnostic", "ReceivedDiagnostic", "OpenDocument"}
# (module, function): why it may connect on its own
ALLOWED = {
    ("services/sharing.py", "_prepare_copy"): "its own temporary copy, before it is published",
}
OPENERS = {  # every way in, and the door's function it calls
    "cli/common.py": "open_document",
    "cli/sharing.py": "open_document",
    "ui/presenters/session.py": "open_document",
    "ui/report_job.py": "open_document",
    "services/workshop.py": "read_someone_elses",  # the door's way to read a respondent's copy
}


def _doors_opened(tree: ast.AST) -> list[tuple[str, int, str]]:
    """(enclosing function, line, what) for each direct opening of a file."""
    found = []

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            name = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else function
            if isinstance(child, ast.Call):
                func = child.func
                if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                    owner, attr = func.value.id, func.attr
                    if (owner in OPENER_CLASSES and attr == "open") or (owner == "sqlite3" and attr == "connect"):
                        found.append((function, child.lineno, f"{owner}.{attr}"))
                elif isinstance(func, ast.Name) and func.id in {"Document", "connect"}:
                    found.append((function, child.lineno, func.id))
            visit(child, name)

    visit(tree, "")
    return found


def _modules() -> dict[str, ast.AST]:
    return {
        path.relative_to(PACKAGE).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def test_only_the_door_and_storage_open_a_document():
    modules = _modules()
    strays = [
        f"{module}:{line} {what} in {function or 'module'}()"
        for module, tree in modules.items()
        if not module.startswith("storage/") and module != DOOR
        for function, line, what in _doors_opened(tree)
        if (module, function) not in ALLOWED
    ]
    assert strays == [], "open documents through bodiag.services.documents.open_document"
    # the scan does see openings: the door's own, and storage's
    assert {what for _, _, what in _doors_opened(modules[DOOR])} == {"Document.open"}
    assert "sqlite3.connect" in {what for _, _, what in _doors_opened(modules["storage/document.py"])}
    for (module, function), _why in ALLOWED.items():
        assert function in {f for f, _, _ in _doors_opened(modules[module])}, f"{module}: {function} is allowed for nothing"


def test_every_opener_calls_the_door():
    modules = _modules()
    for module, door in OPENERS.items():
        called = {
            node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            for node in ast.walk(modules[module])
            if isinstance(node, ast.Call)
        }
        assert door in called, f"{module} opens a document without {door}"
