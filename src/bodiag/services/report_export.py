"""Export the diagnostic report, as a PDF or as an editable Word copy (DOCX): the use case behind ``bodiag report``
and the app's "Export the report…".

The report is built in memory, then written to a temporary file in the target
folder and renamed over the target: a failure (read-only folder, disk full,
interrupted export) never leaves a partial or damaged file behind. A bad logo is
refused before anything is written. The format is the one asked for, or the
target's suffix (``.docx``, otherwise PDF); both render the same content.

``progress(done, total, what)`` is called as the work goes (``total`` is 100,
``what`` a short phrase in the report's language). The desktop app calls
:func:`export_report` from a worker thread and forwards these calls to its
progress bar; if ``progress`` raises, the export stops and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from bodiag import file_safety
from bodiag.errors import InputError, WriteError
from bodiag.services.logos import check_logo
from bodiag.storage.document import writable

if TYPE_CHECKING:
    from bodiag.services.diagnostic import Diagnostic

Progress = Callable[[int, int, str], None]

FORMATS = ("pdf", "docx")
AUDIENCES = ("full", "board", "plan", "actions")  # the whole report; the board note; the plan directeur; the action list


class ReportRequest(msgspec.Struct):
    """A report asked for, as ``bodiag report`` and the app's export dialog ask for it: what
    :func:`export_requested` passes on to :func:`export_report` (``format`` None: from the output's suffix)."""

    output: str | Path
    lang: str = "fr"
    assessment_ids: list[int | str] | None = None  # None: every assessment of the document
    without_notes: bool = False
    anonymise: bool = False
    plan_only: bool = False  # the board note and the plan directeur alone (assessment_ids is then None)
    logo: str | Path | None = None
    audience: str = "full"  # one of AUDIENCES
    format: str | None = None  # pdf | docx, or for the action list xlsx | csv
    deterministic: bool = False


def export_requested(diagnostic: Diagnostic, request: ReportRequest, progress: Progress | None = None) -> Path:
    """:func:`export_report` of what ``request`` asks for."""
    return export_report(
        diagnostic,
        request.output,
        assessment_ids=request.assessment_ids,
        lang=request.lang,
        logo=request.logo,
        without_notes=request.without_notes,
        anonymise=request.anonymise,
        deterministic=request.deterministic,
        plan_only=request.plan_only,
        format=request.format,
        audience=request.audience,
        progress=progress,
    )


def report_format(output_path: str | Path, format: str | None = None) -> str:  # noqa: A002 - the option's name
    """The format asked for, or the one the file name says (``.docx``; PDF otherwise)."""
    if format is not None:
        if format not in FORMATS:
            raise InputError(f"the report format is pdf or docx (got '{format}')")
        return format
    return "docx" if Path(output_path).suffix.lower() == ".docx" else "pdf"


def export_report(
    diagnostic: Diagnostic,
    output_path: str | Path,
    *,
    assessment_ids: Sequence[int | str] | None = None,
    lang: str = "fr",
    logo: str | Path | None = None,
    without_notes: bool = False,
    anonymise: bool = False,
    deterministic: bool = False,
    plan_only: bool = False,
    format: str | None = None,  # noqa: A002 - the option's name
    audience: str = "full",
    branded: bool = True,
    progress: Progress | None = None,
) -> Path:
    """Write the report of ``diagnostic`` to ``output_path`` and return that path.

    ``assessment_ids`` (numbers, or questionnaire ids used once) choose and order
    the assessments; ``None`` takes every assessment of the document.
    ``deterministic`` fixes the dates and the PDF's ids so that the same document
    gives the same bytes. ``plan_only`` prints the board note and the plan
    directeur without the questionnaires' parts (the plan is made of the whole
    document, so not with ``assessment_ids``). ``format`` is ``pdf`` or ``docx``
    (None: from the suffix of ``output_path``). ``audience`` chooses what is
    printed: ``full`` (the whole report), ``board`` (the board note alone, one or
    two pages), ``plan`` (the board note and the plan directeur: ``plan_only``)
    or ``actions`` (the action list as a spreadsheet, .xlsx or .csv, for whoever
    does the work). ``branded`` applies the machine's branding (firm, accent
    colour, and its logo when none is given: :mod:`bodiag.services.branding`). Raises :class:`InputError` (bad language, logo or
    assessment) before anything is written, :class:`WriteError` when the file
    cannot be written.
    """
    from bodiag.domain.report_content import ReportOptions
    from bodiag.services.report_content import gather

    if lang not in ("fr", "en"):
        raise InputError(f"the report language is fr or en (got '{lang}')")
    if audience not in AUDIENCES:
        raise InputError(f"the audience is one of {', '.join(AUDIENCES)} (got '{audience}')")
    if plan_only and audience not in ("full", "plan"):
        raise InputError(f"--plan-only is the audience 'plan': it cannot be combined with the audience '{audience}'")
    audience = "plan" if plan_only else audience
    if audience == "actions":
        brand = _branding() if branded else None
        return _export_actions(diagnostic, Path(output_path), assessment_ids, format=format, anonymise=anonymise,
                               without_notes=without_notes, lang=lang, progress=progress, brand=brand)
    kind = report_format(output_path, format)
    target = _check_target(Path(output_path), kind)
    brand = _branding() if branded else None
    if logo is None and brand is not None and brand.logo_path() is not None:
        logo = brand.logo_path()
        if not logo.is_file():
            raise InputError(f"the branding's logo {logo} is missing: set it again with 'bodiag branding set --logo FILE'")
    logo_path = check_logo(Path(logo)) if logo is not None else None
    if assessment_ids is not None and not assessment_ids:
        raise InputError("no assessment chosen for the report")
    if audience in ("plan", "board") and assessment_ids is not None:
        raise InputError("the plan directeur is made of the whole document: it cannot be printed for chosen assessments")
    if progress is not None:
        progress(0, 100, _phrase(lang))
    options = ReportOptions(lang=lang, logo=logo_path, without_notes=without_notes, anonymise=anonymise, deterministic=deterministic,
                            plan_only=audience == "plan", audience=audience,
                            accent=brand.accent if brand else None, firm=brand.firm if brand else "")
    data = gather(diagnostic, assessment_ids, options)
    if not data.assessments:
        raise InputError(f"{diagnostic.document.path}: the document has no assessment to report on")
    if audience == "board" and data.plan is None:
        raise InputError(f"{diagnostic.document.path}: the document has no plan directeur to make a board note of")

    from bodiag.domain.i18n import tr

    if kind == "docx":
        from bodiag.report.docx_compose import render_docx

        if progress is not None:
            progress(10, 100, tr("progress_compose", lang))
        content = render_docx(data).docx
    else:
        from bodiag.report.compose import render

        content = render(data, progress).pdf
    write_atomically(target, content)
    if progress is not None:
        progress(100, 100, tr("progress_done", lang))
    return target


def _export_actions(diagnostic: Diagnostic, target: Path, assessment_ids: Sequence[int | str] | None, *, format: str | None,  # noqa: A002
                    anonymise: bool, without_notes: bool, lang: str, progress: Progress | None, brand=None) -> Path:  # noqa: ANN001
    """The action list as a spreadsheet (:mod:`bodiag.services.action_files`): for whoever does the work, anonymised
    or without its notes when asked; a workbook carries the branding's firm and accent colour."""
    from bodiag.domain.i18n import tr
    from bodiag.services.action_files import Brand, export_actions

    if format not in (None, "xlsx"):
        raise InputError(f"the action list is a spreadsheet (.xlsx or .csv), not {format}")
    if target.suffix.lower() not in (".xlsx", ".csv"):
        raise InputError(f"{target}: the action list is written as .xlsx (or .csv); give a file name ending in .xlsx")
    target = _check_target(target, target.suffix.lower().lstrip("."))
    assessment = None
    if assessment_ids is not None:
        if len(assessment_ids) != 1:
            raise InputError("the action list is the whole plan's or one assessment's: choose one assessment at most")
        assessment = diagnostic.assessment(assessment_ids[0])
    if progress is not None:
        progress(0, 100, _phrase(lang))
    export_actions(diagnostic, target, assessment, anonymise=anonymise, without_notes=without_notes, lang=lang,
                   brand=Brand(firm=brand.firm, accent=brand.accent) if brand is not None else None)
    if progress is not None:
        progress(100, 100, tr("progress_done", lang))
    return target


def _branding():  # noqa: ANN202
    from bodiag.services import branding

    return branding.load()


def _phrase(lang: str) -> str:
    from bodiag.domain.i18n import tr

    return tr("progress_gather", lang, n=1)


def _check_target(path: Path, kind: str = "pdf") -> Path:
    path = path.expanduser()
    if path.is_dir():
        raise WriteError(f"cannot write the report to {path}: it is a folder; give a file name ending in .{kind}")
    folder = path.parent
    if not folder.is_dir():
        raise WriteError(f"cannot write the report to {path}: the folder {folder} does not exist")
    if not writable(folder):
        raise WriteError(f"cannot write the report to {path}: the folder is read-only")
    if path.exists() and not writable(path):
        raise WriteError(f"cannot write the report to {path}: the file is read-only")
    return path


def write_atomically(target: Path, content: bytes) -> None:
    """Write the report to ``target`` through :func:`bodiag.file_safety.write_atomically`, in the report's words."""
    file_safety.write_atomically(
        target,
        content,
        refused=lambda reason: WriteError(f"cannot write the report to {target}: {reason}; no file was written"),
    )
