"""The JSON Schema of the questionnaire format, exported from the model.

``questionnaires/schema.json`` is this function's output (``make schema``);
a test fails when the two differ.
"""

from __future__ import annotations

from typing import Any

from bodiag.domain.model import Questionnaire

SCHEMA_ID = "https://bodiag.invalid/schema/questionnaire-1.json"


def questionnaire_schema() -> dict[str, Any]:
    schema = Questionnaire.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "bodiag questionnaire (format 1)",
        "description": "See docs/questionnaire-format.md. Cross-references are checked by `bodiag validate`.",
        **{k: v for k, v in schema.items() if k != "title"},
    }
