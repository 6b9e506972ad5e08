"""Export the PDF diagnostic report: the use case behind ``bodiag report`` and the app's "Export PDF report…".

The report is built in memory, then written to a temporary file in the target
folder and renamed over the target: a failure (read-only folder, disk full,
interrupted export) never leaves a partial or damaged PDF behind. A bad logo is
refused before anything is written.

``progress(done, total, what)`` is called as the work goes (``total`` is 100,
``what`` a short phrase in the report's language). The desktop app calls
:func:`export_report` from a worker thread and forwards these calls to its
progress bar; if ``progress`` raises, the export stops and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bodiag import file_safety
from bodiag.errors import InputError, WriteError
from bodiag.storage.document import writable

if TYPE_CHECKING:
    from bodiag.services.diagnostic import Diagnostic

Progress = Callable[[int, int, str], None]

LOGO_MAX_BYTES = 10 * 1024 * 1024
LOGO_MAX_PIXELS = 25_000_000
LOGO_FORMATS = {"PNG", "JPEG", "GIF"}


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
    progress: Progress | None = None,
) -> Path:
    """Write the PDF report of ``diagnostic`` to ``output_path`` and return that path.

    ``assessment_ids`` (numbers, or questionnaire ids used once) choose and order
    the assessments; ``None`` takes every assessment of the document.
    ``deterministic`` fixes the dates and the PDF's ids so that the same document
    gives the same bytes. ``plan_only`` prints the board note and the plan
    directeur without the questionnaires' parts (the plan is made of the whole
    document, so not with ``assessment_ids``). Raises :class:`InputError` (bad language, logo or
    assessment) before anything is written, :class:`WriteError` when the file
    cannot be written.
    """
    from bodiag.domain.report_content import ReportOptions
    from bodiag.services.report_content import gather

    if lang not in ("fr", "en"):
        raise InputError(f"the report language is fr or en (got '{lang}')")
    target = _check_target(Path(output_path))
    logo_path = check_logo(Path(logo)) if logo is not None else None
    if assessment_ids is not None and not assessment_ids:
        raise InputError("no assessment chosen for the report")
    if plan_only and assessment_ids is not None:
        raise InputError("the plan directeur is made of the whole document: it cannot be printed for chosen assessments")
    if progress is not None:
        progress(0, 100, _phrase(lang))
    options = ReportOptions(lang=lang, logo=logo_path, without_notes=without_notes, anonymise=anonymise, deterministic=deterministic,
                            plan_only=plan_only)
    data = gather(diagnostic, assessment_ids, options)
    if not data.assessments:
        raise InputError(f"{diagnostic.document.path}: the document has no assessment to report on")

    from bodiag.report.compose import render
    from bodiag.domain.i18n import tr

    rendered = render(data, progress)
    write_atomically(target, rendered.pdf)
    if progress is not None:
        progress(100, 100, tr("progress_done", lang))
    return target


def _phrase(lang: str) -> str:
    from bodiag.domain.i18n import tr

    return tr("progress_gather", lang, n=1)


def _check_target(path: Path) -> Path:
    path = path.expanduser()
    if path.is_dir():
        raise WriteError(f"cannot write the report to {path}: it is a folder; give a file name ending in .pdf")
    folder = path.parent
    if not folder.is_dir():
        raise WriteError(f"cannot write the report to {path}: the folder {folder} does not exist")
    if not writable(folder):
        raise WriteError(f"cannot write the report to {path}: the folder is read-only")
    if path.exists() and not writable(path):
        raise WriteError(f"cannot write the report to {path}: the file is read-only")
    return path


def check_logo(path: Path) -> Path:
    """The logo must be a readable PNG, JPEG or GIF of reasonable size; anything else is refused now."""
    path = path.expanduser()
    if not path.is_file():
        kind = file_safety.kind_of(path.stat().st_mode) if path.exists() else None
        raise InputError(f"logo {path}: is {kind}, not an image file" if kind else f"logo {path}: no such file")
    size = path.stat().st_size
    if size > LOGO_MAX_BYTES:
        raise InputError(f"logo {path}: the file is too large ({size // (1024 * 1024)} MiB; at most {LOGO_MAX_BYTES // (1024 * 1024)} MiB)")
    from PIL import Image

    try:
        with Image.open(path) as image:
            kind = image.format
            width, height = image.size
            if kind not in LOGO_FORMATS:
                raise InputError(f"logo {path}: {kind} images are not supported (use PNG or JPEG)")
            if width * height > LOGO_MAX_PIXELS or width < 1 or height < 1:
                raise InputError(f"logo {path}: the image is {width}×{height} pixels, too large (at most {LOGO_MAX_PIXELS // 1_000_000} megapixels)")
            image.load()
    except InputError:
        raise
    except Image.DecompressionBombError:
        raise InputError(f"logo {path}: the image is too large") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"logo {path}: not a readable image ({exc})") from None
    return path


def write_atomically(target: Path, content: bytes) -> None:
    """Write the report to ``target`` through :func:`bodiag.file_safety.write_atomically`, in the report's words."""
    file_safety.write_atomically(
        target,
        content,
        refused=lambda reason: WriteError(f"cannot write the report to {target}: {reason}; no file was written"),
    )
