"""Read a questionnaire's YAML in one pass: plain values that remember where they are in the file.

Why not ``YAML().load``: the safety checks (no anchors, aliases, tags, nesting past a depth, no
huge numbers) have to see the parser's events before anything is built, and ruamel's round-trip
loader scans the text a second time to build its tree, gathering every comment on the way. Here the
events are read once (from libyaml when ruamel.yaml.clib is installed, else ruamel's own parser), checked as they come and built into mappings and
lists with an explicit stack (so a deep file cannot exhaust Python's recursion); each container
keeps the 0-based line and column of itself, of its keys and of its values, which is all the
loader needs to say where a problem is. Plain scalars get the types ruamel's YAML 1.2 resolver
gives them (null, bool, int, float, text).
"""

from __future__ import annotations

import re
from typing import Any

MAX_DEPTH = 64  # sections ten deep with conditions need about 30
MAX_DIGITS = 100  # a whole number longer than this is no questionnaire's, and Python refuses to read 4,300
_WHOLE_NUMBER = re.compile(r"[-+]?[0-9][0-9_]*")
_STR_TAG = "tag:yaml.org,2002:str"


class YamlRefused(Exception):
    """The text is refused: ``message`` at the 0-based ``line`` and ``column``."""

    def __init__(self, message: str, line: int, column: int):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


class YamlMap(dict):
    """A mapping read from YAML, with the positions of itself, its keys and its values."""

    __slots__ = ("line", "col", "keys_at", "values_at")

    def __init__(self, line: int, col: int):
        super().__init__()
        self.line, self.col = line, col
        self.keys_at: dict[Any, tuple[int, int]] = {}
        self.values_at: dict[Any, tuple[int, int]] = {}


class YamlSeq(list):
    """A sequence read from YAML, with the positions of itself and of its items."""

    __slots__ = ("line", "col", "items_at")

    def __init__(self, line: int, col: int):
        super().__init__()
        self.line, self.col = line, col
        self.items_at: list[tuple[int, int]] = []


_NO_KEY = object()


def read_yaml(source: str) -> Any:
    """The one document of ``source`` as YamlMap / YamlSeq / plain scalars (None when empty).

    Raises :class:`YamlRefused` for what questionnaire files may not hold, and ruamel's
    ``YAMLError`` (``MarkedYAMLError`` with a position) for a syntax error.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    # ruamel.yaml.clib's parser (libyaml) when it is installed gives the same events twenty times faster; it
    # refuses a few YAML 1.2 forms that ruamel's own parser reads (« suppléant ?} » in a flow mapping), so a file
    # it refuses is read again by ruamel's, whose verdict and messages stand
    fast = YAML(typ="safe", pure=False)
    try:
        return _tree(fast.parse(source), fast.resolver, fast.constructor)
    except YAMLError:
        pass
    pure = YAML(typ="safe", pure=True)
    return _tree(pure.parse(source), pure.resolver, pure.constructor)


def _tree(events: Any, resolver: Any, constructor: Any) -> Any:
    """The tree the parser's ``events`` describe, checked as they come."""
    from ruamel.yaml.events import AliasEvent, CollectionEndEvent, DocumentStartEvent, MappingStartEvent, ScalarEvent, SequenceStartEvent
    from ruamel.yaml.nodes import ScalarNode

    root: Any = None
    documents = 0
    # each frame: [container, pending key (or _NO_KEY), pending key's position]
    stack: list[list[Any]] = []
    duplicate: YamlRefused | None = None

    def place(value: Any, mark: Any) -> None:
        nonlocal root, duplicate
        if not stack:
            root = value
            return
        frame = stack[-1]
        container = frame[0]
        at = (mark.line, mark.column)
        if isinstance(container, YamlSeq):
            container.append(value)
            container.items_at.append(at)
        elif frame[1] is _NO_KEY:
            frame[1], frame[2] = value, at
        else:
            key, key_at = frame[1], frame[2]
            frame[1] = _NO_KEY
            if key in container:
                if duplicate is None:
                    first = container.keys_at[key][0] + 1
                    duplicate = YamlRefused(f'YAML syntax: duplicate key "{key}" (first given on line {first})', *key_at)
                return
            container[key] = value
            container.keys_at[key] = key_at
            container.values_at[key] = at

    def key_expected() -> bool:
        return bool(stack) and isinstance(stack[-1][0], YamlMap) and stack[-1][1] is _NO_KEY

    depth = 0
    for event in events:
        kind = type(event)
        if kind is ScalarEvent:
            mark = event.start_mark
            refused = _refused(event)
            if refused:
                raise YamlRefused(refused, mark.line, mark.column)
            if not event.style and event.value == "<<" and key_expected():
                raise YamlRefused("YAML merge keys (<<) are not allowed in questionnaire files", mark.line, mark.column)
            place(_scalar(event, resolver, constructor, ScalarNode), mark)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            mark = event.start_mark
            depth += 1
            if depth > MAX_DEPTH:
                raise YamlRefused(f"the file is nested too deeply (more than {MAX_DEPTH} levels)", mark.line, mark.column)
            refused = _refused(event)
            if refused:
                raise YamlRefused(refused, mark.line, mark.column)
            if key_expected():
                raise YamlRefused("YAML syntax: a key must be a plain value, not a list or a mapping", mark.line, mark.column)
            container = YamlMap(mark.line, mark.column) if kind is MappingStartEvent else YamlSeq(mark.line, mark.column)
            place(container, mark)
            stack.append([container, _NO_KEY, None])
        elif isinstance(event, CollectionEndEvent):
            depth -= 1
            stack.pop()
        elif kind is AliasEvent:
            mark = event.start_mark
            raise YamlRefused("YAML aliases (*name) are not allowed in questionnaire files", mark.line, mark.column)
        elif kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                mark = event.start_mark
                raise YamlRefused("YAML syntax: expected a single document in the stream but found another document",
                                  mark.line, mark.column)
    if duplicate is not None:
        raise duplicate
    return root


def _refused(event: Any) -> str | None:
    """Why a scalar or collection event is refused (an anchor, a tag, a huge whole number), or None."""
    if event.anchor:
        return "YAML anchors (&name) are not allowed in questionnaire files"
    tag = event.tag
    if tag is not None and getattr(tag, "value", tag) not in (None, "!"):
        return f"YAML tags ({tag}) are not allowed in questionnaire files"
    value = getattr(event, "value", None)
    if value is not None and not event.style and len(value) > MAX_DIGITS and _WHOLE_NUMBER.fullmatch(value):
        return f"a number of {len(value)} digits, far longer than any questionnaire holds (at most {MAX_DIGITS})"
    return None


def _scalar(event: Any, resolver: Any, constructor: Any, node_class: Any) -> Any:
    """The scalar's value as YAML 1.2 types it: quoted and block scalars are text, plain ones resolved."""
    if event.style:  # quoted or block: always text
        return event.value
    tag = resolver.resolve(node_class, event.value, event.implicit)
    if str(tag) == _STR_TAG:
        return event.value
    return constructor.construct_object(node_class(tag, event.value, event.start_mark, event.end_mark, style=event.style))
