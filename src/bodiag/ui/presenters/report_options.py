"""What the user chose for a PDF report or a shared copy (plain data, from the dialogs to the services)."""

from __future__ import annotations

from pathlib import Path

import msgspec


class ReportOptions(msgspec.Struct):
    output: Path
    lang: str = "fr"
    assessment_ids: list[int] | None = None  # None: every assessment of the document
    without_notes: bool = False
    anonymise: bool = False
    plan_only: bool = False  # the board note and the plan directeur alone (assessment_ids is then None)
    logo: Path | None = None
    extra: dict = msgspec.field(default_factory=dict)


class ShareOptions(msgspec.Struct):
    output: Path
    strip_notes: bool = False
    strip_names: bool = False


def suggested_report_name(organisation: str, lang: str) -> str:
    from bodiag.ui.presenters.new_diagnostic import suggested_file_name

    stem = suggested_file_name(organisation).removesuffix(".bodiag")
    return f"{stem} - {'diagnostic' if lang == 'fr' else 'assessment'}.pdf"
