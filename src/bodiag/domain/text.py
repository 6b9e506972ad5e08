"""User-visible text in French (required) and English (optional).

Every text a questionnaire shows a user is a :class:`LocalText`. In a file it is
either a plain string, taken as French, or a mapping ``{fr: ..., en: ...}``.
Where the English text is missing, the French one is shown.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"


class LocalText(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    fr: str
    en: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _plain_string_is_french(cls, data: Any) -> Any:
        if isinstance(data, str):
            return {"fr": data}
        return data

    @field_validator("fr")
    @classmethod
    def _french_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("French text is empty")
        return value

    @field_validator("en")
    @classmethod
    def _english_blank_is_missing(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            return None
        return value

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema, handler):  # noqa: ANN001
        return {
            "title": "LocalText",
            "description": "A text shown to users: a French string, or {fr, en}.",
            "anyOf": [
                {"type": "string", "minLength": 1},
                {
                    "type": "object",
                    "properties": {
                        "fr": {"type": "string", "minLength": 1},
                        "en": {"type": "string"},
                    },
                    "required": ["fr"],
                    "additionalProperties": False,
                },
            ],
        }

    def get(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """The text in ``lang``, falling back to French."""
        if lang == "en" and self.en:
            return self.en
        return self.fr

    def __str__(self) -> str:
        return self.fr


def text(fr: str, en: str | None = None) -> LocalText:
    """Shorthand used by code that builds texts (profiles, defaults)."""
    return LocalText(fr=fr, en=en)
