"""What the user chose for a report or a shared copy (plain data, from the dialogs to the services), and the
export dialog's rules: which format each audience takes, which suffix the file gets, which options apply."""

from __future__ import annotations

import re
from pathlib import Path

import msgspec

from bodiag.services.report_export import ReportRequest


class ReportOptions(ReportRequest):
    """What the export dialog asks for: a report request, and the document's terms to hide as the dialog left them."""

    format: str = "pdf"  # pdf | docx | xlsx (the action list)
    extra: dict = msgspec.field(default_factory=dict)
    hidden_terms: list[str] | None = None  # None: not shown


class ShareOptions(msgspec.Struct):
    output: Path
    strip_notes: bool = False
    strip_names: bool = False


AUDIENCES = ("full", "board", "plan", "actions")
SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx"}
KNOWN_SUFFIXES = (".pdf", ".docx", ".xlsx", ".csv")


def formats_for(audience: str) -> list[str]:
    """The formats an audience's output comes in: the action list is a spreadsheet, the rest a PDF or an editable DOCX."""
    return ["xlsx"] if audience == "actions" else ["pdf", "docx"]


def output_path(path: Path, format: str) -> Path:  # noqa: A002 - the option's name
    """``path`` with the suffix of ``format`` in place of a report's suffix (or added when it has none of them)."""
    suffix = SUFFIXES[format]
    if path.suffix.lower() in KNOWN_SUFFIXES:
        return path.with_suffix(suffix)
    return path.with_name(path.name + suffix) if path.name else path


def report_options_apply(audience: str) -> bool:
    """Whether the logo applies: not to the action list (a spreadsheet); language, notes and anonymising apply to all."""
    return audience != "actions"


def parse_terms(text: str) -> list[str]:
    """The terms typed in the dialog's field: separated by commas, semicolons or new lines, blanks and repeats left
    out (whatever their case)."""
    terms: list[str] = []
    for piece in re.split(r"[,;\n]+", text):
        term = " ".join(piece.split())
        if term and term.casefold() not in {t.casefold() for t in terms}:
            terms.append(term)
    return terms


def terms_text(terms: list[str]) -> str:
    """The document's terms as the dialog's field shows them."""
    return ", ".join(terms)


def suggested_report_name(organisation: str, lang: str) -> str:
    from bodiag.ui.presenters.new_diagnostic import suggested_file_name

    stem = suggested_file_name(organisation).removesuffix(".bodiag")
    return f"{stem} - {'diagnostic' if lang == 'fr' else 'assessment'}.pdf"
