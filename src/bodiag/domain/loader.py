"""Load questionnaire files safely, reporting every problem with its line and column.

Safety: the file is read with a size cap, must be UTF-8, and may use neither YAML
tags nor anchors/aliases (so no object construction and no alias-expansion
bombs). No error in a file ever surfaces as a Python traceback: each becomes a
:class:`~bodiag.domain.problems.Problem` ``file:line:column: path: message``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import msgspec

from bodiag.domain.model import (
    COLOR_PATTERN,
    FORMAT_VERSION,
    ID_PATTERN,
    VERSION_PATTERN,
    Questionnaire,
    questionnaire_from_data,
    questionnaire_from_json,
)
from bodiag.domain.problems import PathPart, Problem, format_path
from bodiag.domain.yaml_tree import YamlMap, YamlSeq
from bodiag.errors import BodiagError, ExitCode
from bodiag.file_safety import NotARegularFile, read_at_most

MAX_FILE_BYTES = 2 * 1024 * 1024


class QuestionnaireError(BodiagError):
    """A questionnaire file has problems; ``problems`` lists them all."""

    exit_code = ExitCode.PROBLEMS

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        first = self.problems[0] if self.problems else "invalid questionnaire"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(f"{first}{more}")


class LoadResult(msgspec.Struct):
    """What loading a file gave: the questionnaire if it is valid, else its problems."""

    filename: str
    source: str = ""
    questionnaire: Questionnaire | None = None
    problems: list[Problem] = msgspec.field(default_factory=list)

    @property
    def sha256(self) -> str:
        return source_hash(self.source)

    def raise_for_problems(self) -> Questionnaire:
        if self.problems or self.questionnaire is None:
            raise QuestionnaireError(self.problems)
        return self.questionnaire


def source_hash(source: str) -> str:
    import hashlib  # with OpenSSL, a few milliseconds: not at start-up, where nothing is hashed

    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def load_file(path: str | Path) -> LoadResult:
    """Read and check a questionnaire file."""
    path = Path(path)
    name = str(path)
    try:
        raw = read_at_most(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        return _fail(name, 0, 0, "file not found")
    except (IsADirectoryError, NotARegularFile) as exc:
        kind = getattr(exc, "kind", "a folder")
        return _fail(name, 0, 0, f"is {kind}, not a questionnaire file")
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
    return _check_data(data, result)


def load_data(data: Any, filename: str) -> LoadResult:
    """Check the data of a questionnaire file built in memory (a reviewed workbook's), as a file's is checked.

    Its problems carry their path in the data; having no file behind them, they are placed at line 1, column 1.
    """
    return _check_data(data, LoadResult(filename=filename))


def _check_data(data: Any, result: LoadResult) -> LoadResult:
    filename = result.filename
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
        questionnaire = questionnaire_from_data(_builtin(data))
    except msgspec.ValidationError as exc:
        result.problems.append(_shape_problem(str(exc), data, filename))
        return result
    except RecursionError:
        result.problems.append(Problem(filename, 1, 1, "(top)", "the file is nested too deeply"))
        return result
    from bodiag.domain import validation  # only files are checked, not stored questionnaires

    for path, message in validation.check(questionnaire):
        line, col = _position(data, path)
        result.problems.append(Problem(filename, line, col, format_path(_real_path(data, path)), message))
    if not result.problems:
        result.questionnaire = questionnaire
    return result


def load_snapshot(model_json: str) -> Questionnaire:
    """Rebuild a questionnaire stored in a document (already validated when stored)."""
    return questionnaire_from_json(model_json)


# -- YAML ---------------------------------------------------------------------


# ruamel.yaml is imported when a file is read, not when bodiag starts: stored
# questionnaires are rebuilt from JSON, and the desktop app opens faster without it.


def _parse_yaml(source: str, filename: str) -> tuple[Any, Problem | None]:
    """The file's one YAML document, read once and checked as it is read (see ``yaml_tree``)."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    from bodiag.domain.yaml_tree import YamlRefused, read_yaml

    try:
        return read_yaml(source), None
    except YamlRefused as exc:
        return None, Problem(filename, exc.line + 1, exc.column + 1, "(yaml)", exc.message)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        return None, Problem(filename, line, col, "(yaml)", f"YAML syntax: {message}".strip())
    except YAMLError as exc:
        return None, Problem(filename, 1, 1, "(yaml)", f"YAML syntax: {exc}")
    except RecursionError:
        return None, Problem(filename, 1, 1, "(yaml)", "the file is nested too deeply")


# -- locating problems ----------------------------------------------------------


def _walk(data: Any, path: Sequence[PathPart], at_key: bool = False) -> tuple[list[PathPart], tuple[int, int]]:
    """Follow ``path`` into the YAML tree as far as it goes.

    Returns the parts of ``path`` as far as the file has them, then the rest as
    given, and the 1-based position of the deepest node reached.
    """
    node = data
    real: list[PathPart] = []
    pos = _node_pos(node) or (0, 0)
    parts = list(path)
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if isinstance(node, dict):
            if part in node:
                key_pos = node.keys_at[part] if isinstance(node, YamlMap) else pos
                value = node[part]
                value_pos = _node_pos(value) or (node.values_at[part] if isinstance(node, YamlMap) else pos)
                pos = value_pos if last and not at_key and not isinstance(value, (dict, list)) else key_pos
                node = value
                real.append(part)
                continue
            real.extend(parts[i:])
            break
        if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            pos = node.items_at[part] if isinstance(node, YamlSeq) else pos
            node = node[part]
            real.append(part)
            continue
        real.extend(p for p in parts[i:] if not isinstance(node, str) or p not in ("fr",))
        break
    return real, (pos[0] + 1, pos[1] + 1)


def _node_pos(node: Any) -> tuple[int, int] | None:
    if isinstance(node, (YamlMap, YamlSeq)):
        return node.line, node.col
    return None


def _position(data: Any, path: Sequence[PathPart]) -> tuple[int, int]:
    return _walk(data, path)[1]


def _real_path(data: Any, path: Sequence[PathPart]) -> list[PathPart]:
    return _walk(data, path)[0]


KIND_NAMES = "scale, grid, checklist, numeric, text"

# Patterns of msgspec's messages, compiled (and cached by re) when a file has a problem.
_AT = r"(?s)^(?P<message>.*?)(?: - at (?:`key` in )?`(?P<path>\$[^`]*)`)?$"
_STEP = r"\.([^.\[]+)|\[(\d+|\.\.\.)\]"
_BOUND = r"^Expected `[^`]+` (?P<op>>=|<=|>|<) (?P<n>-?[\d.e+-]+)$"
_LENGTH = r"^Expected `(?P<t>[^`]+)` of length (?P<op>>=|<=) (?P<n>\d+)$"
_REGEX = r"(?s)^Expected `str` matching regex '(?P<p>.*)'$"
_TYPE = r"^Expected `(?P<want>[^`]+)`, got `(?P<got>[^`]+)`$"
_FORMS = {ID_PATTERN: "a valid id (lower-case letters, digits, '_', '-', '.'; at most 64 characters)",
          VERSION_PATTERN: "a version number such as 1.0 or 1.2.3",
          COLOR_PATTERN: "a colour such as #1f5f8b"}
_WORDS = {">": "greater than", ">=": "at least", "<": "less than", "<=": "at most"}
_TYPES = {"float": "a number", "int": "a whole number", "str": "a text", "bool": "true or false",
          "array": "a list", "object": "a mapping", "null": "nothing", "date": "a date",
          "datetime": "a date and time", "time": "a time", "LocalText": "a text"}


def _shape_problem(error: str, data: Any, filename: str) -> Problem:
    """The first shape problem msgspec found (``message - at `$.path```), located in the file and said plainly.

    The problem's path names the key, so the message does not repeat it.
    """
    match = re.match(_AT, error)
    message, dollar = match["message"], match["path"] or "$"
    loc: list[PathPart] = [int(index) if index and index.isdigit() else name
                           for name, index in re.findall(_STEP, dollar) if index != "..."]
    if "[...]" in dollar:  # a mapping's value: point at the mapping
        loc = loc[: len(re.findall(_STEP, dollar.split("[...]")[0]))]
    at_key = False
    if "`key` in" in error:
        bad = next((k for k in _node(data, loc) or {} if not re.match(ID_PATTERN, str(k))), None)
        if bad is not None:
            loc.append(bad)
            at_key = True
    name = next((p for p in reversed(loc) if isinstance(p, str)), "(top)")
    value = loc[-1] if at_key else _node(data, loc)
    text = message
    if found := re.match(r"^Object missing required field `(.+)`$", message):
        field_name = found[1]
        loc.append(field_name)
        text = {"kind": f"question has no 'kind' (one of: {KIND_NAMES})",
                "fr": "French text is required"}.get(field_name, f"required key '{field_name}' is missing")
    elif found := re.match(r"^Object contains unknown field `(.+)`$", message) or re.match(r"^unknown key '(.+)'$", message):
        loc.append(found[1])
        at_key = True
        text = f"unknown key '{found[1]}'"
    elif message == "French text is required":
        loc.append("fr")
    elif found := re.match(r"^Invalid (?:enum )?value (.+)$", message):
        if name == "kind":
            text = f"unknown question kind {found[1]} (expected one of: {KIND_NAMES})"
        else:
            text = f"{found[1]} is not one of: {', '.join(_choices(name))}"
    elif found := re.match(_REGEX, message):
        pattern = found["p"].replace("\\\\", "\\")  # msgspec shows the pattern's repr
        form = _FORMS.get(pattern, f"text matching {pattern}")
        text = f"'{value}' is not {form}"
    elif found := re.match(_BOUND, message):
        bound = float(found["n"])
        text = f"{name} must be {_WORDS[found['op']]} {int(bound) if bound.is_integer() else bound} (got {value!r})"
    elif found := re.match(_LENGTH, message):
        count = int(found["n"])
        if found["t"] == "str":
            text = f"{name} must not be empty" if count == 1 else f"{name} needs at least {count} characters"
        else:
            text = f"{name} needs at least {count} item{'s' if count > 1 else ''}"
    elif found := re.match(_TYPE, message):
        text = f"expected {_describe(found['want'])}, got {_describe(found['got'])}"
    real, (line, col) = _walk(data, loc, at_key=at_key)
    return Problem(filename, line, col, format_path(real), text)


def _describe(types: str) -> str:
    words = [_TYPES.get(t.strip(), t.strip()) for t in types.split("|") if t.strip() != "null"]
    return " or ".join(words) or "nothing"


def _choices(field_name: str) -> list[str]:
    """The values a Literal or enum field of that name takes, anywhere in the model."""
    from bodiag.domain import model

    for struct in vars(model).values():
        if isinstance(struct, type) and issubclass(struct, msgspec.Struct):
            for info in msgspec.structs.fields(struct):
                if info.encode_name == field_name:
                    hint = msgspec.inspect.type_info(info.type)
                    hint = getattr(hint, "type", hint)
                    if isinstance(hint, msgspec.inspect.LiteralType | msgspec.inspect.EnumType):
                        values = hint.values if isinstance(hint, msgspec.inspect.LiteralType) else [m.value for m in hint.cls]
                        return [repr(v) for v in values]
    return []


def _node(data: Any, loc: Sequence[PathPart]) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _builtin(data: Any) -> Any:
    """The YAML tree as plain Python values (the positioned mappings and lists made plain dicts and lists)."""
    if isinstance(data, dict):
        return {_builtin(k): _builtin(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_builtin(v) for v in data]
    for kind in (bool, str, int, float):
        if isinstance(data, kind):
            return kind(data)
    return data


def _fail(filename: str, line: int, column: int, message: str) -> LoadResult:
    return LoadResult(filename=filename, problems=[Problem(filename, line, column, "(file)", message)])
