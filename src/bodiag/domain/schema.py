"""The JSON Schema of the questionnaire format, exported from the model.

``questionnaires/schema.json`` is this function's output (``make schema``);
a test fails when the two differ.
"""

from __future__ import annotations

import inspect
from typing import Any

import msgspec

from bodiag.domain.model import Questionnaire
from bodiag.domain.text import JSON_SCHEMA as LOCAL_TEXT_SCHEMA
from bodiag.domain.text import LocalText

SCHEMA_ID = "https://bodiag.invalid/schema/questionnaire-1.json"


def _local_text(type_: type) -> dict[str, Any]:
    if type_ is LocalText:
        return LOCAL_TEXT_SCHEMA
    raise NotImplementedError(f"no schema for {type_!r}")


def _shared_text(node: Any) -> Any:
    """The schema with each inlined text schema replaced by a reference to one definition."""
    if node == LOCAL_TEXT_SCHEMA:
        return {"$ref": "#/$defs/LocalText"}
    if isinstance(node, dict):
        return {k: _shared_text(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_shared_text(v) for v in node]
    return node


def _clean_descriptions(node: Any) -> Any:
    """The schema with every description laid out by bodiag, not by the library.

    Descriptions come from the model's docstrings; whether a msgspec release keeps
    their indentation is its own choice, so each one goes through
    :func:`inspect.cleandoc` and the exported schema depends on the model alone.
    """
    if isinstance(node, dict):
        return {k: inspect.cleandoc(v) if k == "description" and isinstance(v, str) else _clean_descriptions(v)
                for k, v in node.items()}
    if isinstance(node, list):
        return [_clean_descriptions(v) for v in node]
    return node


def questionnaire_schema() -> dict[str, Any]:
    raw = msgspec.json.schema(Questionnaire, schema_hook=_local_text)
    schema = _shared_text(_clean_descriptions(raw))
    root = schema["$defs"].pop("Questionnaire")
    schema["$defs"]["LocalText"] = LOCAL_TEXT_SCHEMA
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "bodiag questionnaire (format 1)",
        "description": "See docs/questionnaire-format.md. Cross-references are checked by `bodiag validate`.",
        **{k: v for k, v in root.items() if k != "title"},
        "$defs": schema["$defs"],
    }
