"""Load questionnaire files safely, reporting every problem with its line and column.

Safety: the file is read with a size cap, must be UTF-8, and may use neither YAML
tags nor anchors/aliases (so no object construction and no alias-expansion
bombs). No error in a file ever surfaces as a Python traceback: each becomes a
:class:`~bodiag.domain.problems.Problem` ``file:line:column: path: message``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bodiag.domain import validation
from bodiag.domain.model import FORMAT_VERSION, Questionnaire
from bodiag.domain.problems import PathPart, Problem, format_path
from bodiag.errors import BodiagError, ExitCode

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64  # sections ten deep with conditions need about 30


class QuestionnaireError(BodiagError):
    """A questionnaire file has problems; ``problems`` lists them all."""

    exit_code = ExitCode.PROBLEMS

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        first = self.problems[0] if self.problems else "invalid questionnaire"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(f"{first}{more}")


@dataclass
class LoadResult:
    """What loading a file gave: the questionnaire if it is valid, else its problems."""

    filename: str
    source: str = ""
    questionnaire: Questionnaire | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        return source_hash(self.source)

    def raise_for_problems(self) -> Questionnaire:
        if self.problems or self.questionnaire is None:
            raise QuestionnaireError(self.problems)
        return self.questionnaire


def source_hash(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def load_file(path: str | Path) -> LoadResult:
    """Read and check a questionnaire file."""
    path = Path(path)
    name = str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return _fail(name, 0, 0, "file not found")
    except IsADirectoryError:
        return _fail(name, 0, 0, "is a folder, not a questionnaire file")
    except OSError as exc:
        return _fail(name, 0, 0, f"cannot be read: {exc.strerror or exc}")
    return load_bytes(raw, name)


def load_bytes(raw: bytes, filename: str) -> LoadResult:
    if len(raw) > MAX_FILE_BYTES:
        return _fail(filename, 0, 0, f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return _fail(filename, line, column, "file is not valid UTF-8 text")
    return load_text(source, filename)


def load_text(source: str, filename: str = "<text>") -> LoadResult:
    result = LoadResult(filename=filename, source=source)
    data, problem = _parse_yaml(source, filename)
    if problem is not None:
        result.problems.append(problem)
        return result
    if not isinstance(data, dict):
        result.problems.append(Problem(filename, 1, 1, "(top)", "a questionnaire file is a mapping of keys to values"))
        return result
    if data.get("format") not in (None, FORMAT_VERSION) and isinstance(data.get("format"), int):
        if data["format"] > FORMAT_VERSION:
            line, col = _position(data, ["format"])
            result.problems.append(
                Problem(filename, line, col, "format", f"format {data['format']} is newer than this bodiag reads "
                        f"(format {FORMAT_VERSION}): update bodiag")
            )
            return result
    try:
        questionnaire = Questionnaire.model_validate(data)
    except ValidationError as exc:
        result.problems.extend(_pydantic_problems(exc, data, filename))
        return result
    except RecursionError:
        result.problems.append(Problem(filename, 1, 1, "(top)", "the file is nested too deeply"))
        return result
    for path, message in validation.check(questionnaire):
        line, col = _position(data, path)
        result.problems.append(Problem(filename, line, col, format_path(_real_path(data, path)), message))
    if not result.problems:
        result.questionnaire = questionnaire
    return result


def load_snapshot(model_json: str) -> Questionnaire:
    """Rebuild a questionnaire stored in a document (already validated when stored)."""
    return Questionnaire.model_validate_json(model_json)


# -- YAML ---------------------------------------------------------------------


# ruamel.yaml is imported when a file is read, not when bodiag starts: stored
# questionnaires are rebuilt from JSON, and the desktop app opens faster without it.


def _parse_yaml(source: str, filename: str) -> tuple[Any, Problem | None]:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.events import CollectionEndEvent, CollectionStartEvent

    yaml = YAML(typ="rt", pure=True)
    yaml.allow_duplicate_keys = False
    try:
        depth = 0
        for event in yaml.parse(source):
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    message = f"the file is nested too deeply (more than {MAX_DEPTH} levels)"
                    return None, Problem(filename, mark.line + 1, mark.column + 1, "(yaml)", message)
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
            refused = _refused_event(event)
            if refused:
                mark = event.start_mark
                return None, Problem(filename, mark.line + 1, mark.column + 1, "(yaml)", refused)
        return yaml.load(source), None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        if "duplicate key" in message:
            message = "duplicate key" + message.split("duplicate key", 1)[1].split("\n")[0]
        return None, Problem(filename, line, col, "(yaml)", f"YAML syntax: {message}".strip())
    except YAMLError as exc:
        return None, Problem(filename, 1, 1, "(yaml)", f"YAML syntax: {exc}")
    except RecursionError:
        return None, Problem(filename, 1, 1, "(yaml)", "the file is nested too deeply")


def _refused_event(event: Any) -> str | None:
    from ruamel.yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent

    if isinstance(event, AliasEvent):
        return "YAML aliases (*name) are not allowed in questionnaire files"
    if isinstance(event, (ScalarEvent, CollectionStartEvent)):
        if getattr(event, "anchor", None):
            return "YAML anchors (&name) are not allowed in questionnaire files"
        tag = getattr(event, "tag", None)
        if tag is not None and not _is_implicit_tag(event):
            return f"YAML tags ({tag}) are not allowed in questionnaire files"
    return None


def _is_implicit_tag(event: Any) -> bool:
    tag = event.tag
    value = getattr(tag, "value", tag)
    return value in (None, "!")


# -- locating problems ----------------------------------------------------------


def _walk(data: Any, path: Sequence[PathPart], at_key: bool = False) -> tuple[list[PathPart], tuple[int, int]]:
    """Follow ``path`` into the YAML tree as far as it goes.

    Returns the parts that exist in the file (discriminator tags that pydantic
    inserts, such as ``scale`` in ``questions.0.scale.weight``, are dropped) and
    the 1-based position of the deepest node reached.
    """
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    node = data
    real: list[PathPart] = []
    pos = _node_pos(node) or (0, 0)
    parts = list(path)
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if isinstance(node, CommentedMap):
            if part in node:
                key_pos = node.lc.key(part)
                value = node[part]
                value_pos = _node_pos(value) or node.lc.value(part)
                pos = value_pos if last and not at_key and not isinstance(value, (dict, list)) else key_pos
                node = value
                real.append(part)
                continue
            if node.get("kind") == part:  # pydantic's tag for the union member
                continue
            real.extend(parts[i:])
            break
        if isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            pos = node.lc.item(part)
            node = node[part]
            real.append(part)
            continue
        real.extend(p for p in parts[i:] if not isinstance(node, str) or p not in ("fr",))
        break
    return real, (pos[0] + 1, pos[1] + 1)


def _node_pos(node: Any) -> tuple[int, int] | None:
    lc = getattr(node, "lc", None)
    if lc is None or lc.line is None:
        return None
    return lc.line, lc.col


def _position(data: Any, path: Sequence[PathPart]) -> tuple[int, int]:
    return _walk(data, path)[1]


def _real_path(data: Any, path: Sequence[PathPart]) -> list[PathPart]:
    return _walk(data, path)[0]


KIND_NAMES = "scale, grid, checklist, numeric, text"


def _pydantic_problems(exc: ValidationError, data: Any, filename: str) -> list[Problem]:
    problems = []
    seen = set()
    for error in exc.errors(include_url=False):
        loc = [part for part in error["loc"] if part != "[key]"]
        if error["type"] in ("union_tag_invalid", "union_tag_not_found"):
            loc.append("kind")
        real, (line, col) = _walk(data, loc, at_key=error["type"] == "extra_forbidden")
        message = _message(error, loc)
        key = (line, col, message)
        if key in seen:
            continue
        seen.add(key)
        problems.append(Problem(filename, line, col, format_path(real), message))
    return sorted(problems, key=lambda p: (p.line, p.column))


def _message(error: dict[str, Any], loc: list[PathPart]) -> str:
    kind = error["type"]
    name = loc[-1] if loc else "(top)"
    value = error.get("input")
    if kind == "extra_forbidden":
        return f"unknown key '{name}'"
    if kind == "missing":
        if name == "fr":
            return "French text is required"
        return f"required key '{name}' is missing"
    if kind == "union_tag_invalid":
        return f"unknown question kind '{error.get('ctx', {}).get('tag')}' (expected one of: {KIND_NAMES})"
    if kind == "union_tag_not_found":
        return f"question has no 'kind' (one of: {KIND_NAMES})"
    if kind == "string_pattern_mismatch" and name in ("id", "scale", "question", "section") or (
        kind == "string_pattern_mismatch" and isinstance(loc[-2] if len(loc) > 1 else None, str)
        and loc[-2] in ("tags", "levels", "items", "in")
    ):
        return f"'{value}' is not a valid id (lower-case letters, digits, '_', '-', '.'; at most 64 characters)"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        return f"{name} must be {error['msg'][len('Input should be '):]} (got {value!r})"
    if kind == "literal_error":
        return f"{name}: {error['msg'][len('Input should be '):]} (got {value!r})"
    if kind == "enum":
        return f"{name}: {error['msg'][len('Input should be '):]} (got {value!r})"
    if kind == "value_error":
        return error["msg"].removeprefix("Value error, ")
    msg = error["msg"]
    return f"{name}: {msg[0].lower()}{msg[1:]}" if msg else str(name)


def _fail(filename: str, line: int, column: int, message: str) -> LoadResult:
    return LoadResult(filename=filename, problems=[Problem(filename, line, column, "(file)", message)])
