"""Regenerate ``docs/sample-report.pdf`` and the PNG previews of its key pages in ``docs/report/``.

    python -m bodiag.services.sample_report [DOCS_FOLDER]

The sample is the demo document's full report (all three assessments, in
French) in deterministic mode, so it only changes when the report or the demo
changes. Previews are rendered with pypdfium2 (a test dependency), or poppler's
``pdftoppm`` when pypdfium2 is missing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PREVIEW_DPI = 90
# preview file -> (part number, or None for any, heading text) of the page to show
PREVIEWS = {
    "cover.png": None,
    "board-note.png": (None, "board_note"),
    "master-plan.png": (None, "plan_title"),
    "roadmap.png": (None, "rm_heading"),
    "summary.png": (3, "summary"),
    "results.png": (1, "results"),
    "section.png": (1, "details"),
    "action-plan.png": (3, "plan"),
}


def _pages(headings: list[tuple[str, int, int]], lang: str) -> dict[str, int]:
    from bodiag.domain.i18n import tr

    pages = {"cover.png": 1}
    part = 0
    for text, level, page in headings:
        if level == 0 and text[:1].isdigit():
            part = int(text.split(".", 1)[0])
            continue
        for name, wanted in PREVIEWS.items():
            if wanted and wanted[0] in (part, None) and text == tr(wanted[1], lang) and name not in pages:
                pages[name] = page
    return pages


def render_png(pdf: Path, page: int, target: Path, dpi: int = PREVIEW_DPI) -> None:
    """One page of ``pdf`` (1-based) as a PNG."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        pdfium = None
    if pdfium is not None:
        document = pdfium.PdfDocument(str(pdf))
        try:
            bitmap = document[page - 1].render(scale=dpi / 72)
            bitmap.to_pil().save(target, optimize=True)
        finally:
            document.close()
        return
    if shutil.which("pdftoppm") is None:
        raise SystemExit("install pypdfium2 (pip install '.[test]') or poppler-utils to render the previews")
    stem = target.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(stem)], check=True)


def build_sample(docs: Path) -> dict[str, int]:
    """Write ``docs/sample-report.pdf`` and ``docs/report/*.png``; return the page of each preview."""
    from bodiag.report.compose import render
    from bodiag.domain.report_content import ReportOptions
    from bodiag.services.demo import build_demo
    from bodiag.services.report_content import gather
    from bodiag.services.report_export import write_atomically

    lang = "fr"
    with tempfile.TemporaryDirectory() as folder:
        with build_demo(Path(folder) / "demo.bodiag") as diagnostic:
            data = gather(diagnostic, None, ReportOptions(lang=lang, deterministic=True))
            rendered = render(data)
    pdf = docs / "sample-report.pdf"
    write_atomically(pdf, rendered.pdf)
    previews = docs / "report"
    previews.mkdir(parents=True, exist_ok=True)
    pages = _pages(rendered.headings, lang)
    for name, page in pages.items():
        render_png(pdf, page, previews / name)
    return pages


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bodiag.services.sample_report", description=__doc__.splitlines()[0])
    parser.add_argument("docs", nargs="?", type=Path, default=Path(__file__).resolve().parents[3] / "docs",
                        help="the docs folder (default: the repository's)")
    docs = parser.parse_args(sys.argv[1:] if argv is None else argv).docs
    pages = build_sample(docs)
    print(f"wrote {docs / 'sample-report.pdf'} and {len(pages)} previews in {docs / 'report'}: "
          + ", ".join(f"{name} (page {page})" for name, page in pages.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
