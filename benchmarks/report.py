"""The PDF report's build time, against a bare reportlab document measured in the same run.

    python benchmarks/report.py

- bodiag: ``export_report`` of the demo document's full report (three
  assessments, French): reading the document, scoring, laying out, writing.
- reference: a bare reportlab ``SimpleDocTemplate`` with the same number of
  pages, the same embedded fonts, paragraphs, tables and a spider chart
  (``reportlab.graphics.charts.spider``) per assessment, written to a file.

Both run in this one process on the same reportlab, in turns, timed in CPU seconds, with the same C accelerator
(``rl-accel``, a dependency of bodiag) when it is installed: the figures say
whether it was. Target: bodiag ≤ 1.5 × the reference. Prints the medians and
the ratio; exits with status 1 when the target is missed.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = 9  # the machine's speed varies from run to run: the median of nine paired ratios is steadier than of five
TARGET = 1.5
LOREM = (
    "Le back-office regroupe les fonctions administratives qui soutiennent l’activité : comptabilité, paie, "
    "gestion des contrats, administration des ventes et archivage. Chaque processus est décrit, mesuré et "
    "amélioré ; les écarts sont traités chaque semaine et les indicateurs suivis chaque mois. "
)


def reference_story(chunks: int, charts: int):  # noqa: ANN201
    from reportlab.graphics.charts.spider import SpiderChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    from bodiag.report.fonts import FONTS, register_fonts

    register_fonts()
    body = ParagraphStyle("body", fontName=FONTS.regular, fontSize=9.2, leading=13)
    head = ParagraphStyle("head", fontName=FONTS.bold, fontSize=13, leading=17, spaceBefore=8, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName=FONTS.condensed, fontSize=8.4, leading=10.8)
    story = []
    for c in range(charts):
        drawing = Drawing(440, 300)
        spider = SpiderChart()
        spider.x, spider.y, spider.width, spider.height = 70, 30, 300, 240
        spider.data = [[40 + (i * 7 + c * 3) % 50 for i in range(12)], [60] * 12]
        spider.labels = [f"Section {i + 1}" for i in range(12)]
        spider.strands[0].fillColor = colors.Color(0.12, 0.37, 0.55, 0.2)
        spider.strands[1].strokeDashArray = (3, 2)
        spider.strandLabels.fontName = FONTS.condensed
        spider.spokeLabels.fontName = FONTS.condensed
        drawing.add(spider)
        story += [Paragraph(f"Partie {c + 1}", head), drawing, PageBreak()]
    for i in range(chunks):
        story.append(Paragraph(f"Section {i + 1} — les questions et leurs réponses", head))
        story += [Paragraph(LOREM * 2, body) for _ in range(3)]
        rows = [[Paragraph(f"Question {i}.{r} : {LOREM[:90]}", cell), Paragraph("Défini", cell), f"{r * 11 % 100},0", "60", ""] for r in range(8)]
        table = Table([["Question", "Réponse", "Score", "Cible", "Responsable"], *rows], colWidths=[220, 70, 50, 40, 80], repeatRows=1)
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONTS.condensed), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [table, Spacer(1, 8)]
    return story


def build_reference(path: Path, chunks: int, charts: int) -> int:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from bodiag.report.fonts import FONTS

    doc = SimpleDocTemplate(str(path), pagesize=A4, initialFontName=FONTS.regular, title="Référence")
    doc.build(reference_story(chunks, charts))
    return doc.page


def matching_chunks(pages: int, charts: int, folder: Path) -> int:
    """How many chunks of content give the reference ``pages`` pages (a search, not timed)."""
    low, high = 1, 400
    while low < high:
        mid = (low + high) // 2
        if build_reference(folder / "probe.pdf", mid, charts) < pages:
            low = mid + 1
        else:
            high = mid
    return low


def paired_seconds(first, second, runs: int = RUNS) -> tuple[list[float], list[float]]:  # noqa: ANN001
    """Each function's CPU seconds over ``runs`` runs, taken in turns (first, second, first…).

    CPU time of this process, not wall time: on a machine shared with other work the
    wall clock measures the neighbours too. Taking the two in turns gives both the
    same conditions (caches, frequency) rather than one the quiet minute and the other the busy one.
    """
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for func, times in zip((first, second), samples):
            start = time.process_time()
            func()
            times.append(time.process_time() - start)
    return samples


def accelerator() -> str:
    from reportlab.lib import rl_accel

    if not rl_accel._py_funcs:
        return "reportlab's C accelerator in use for both"
    return f"reportlab's C accelerator missing for {', '.join(sorted(rl_accel._py_funcs))}: both use pure Python"


def main() -> int:
    import pypdf

    from bodiag.services.demo import build_demo
    from bodiag.services.documents import open_document
    from bodiag.services.report_export import export_report

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build_demo(folder / "demo.bodiag").close()
        out = folder / "report.pdf"

        def ours() -> None:
            with open_document(folder / "demo.bodiag", readonly=True) as diagnostic:
                export_report(diagnostic, out, deterministic=True)

        ours()  # warm-up: fonts registered, modules imported
        pages = len(pypdf.PdfReader(out).pages)
        with open_document(folder / "demo.bodiag", readonly=True) as diagnostic:
            charts = len(diagnostic.assessments())
        chunks = matching_chunks(pages, charts, folder)
        reference_pages = build_reference(folder / "reference.pdf", chunks, charts)

        ours_times, reference_times = paired_seconds(ours, lambda: build_reference(folder / "reference.pdf", chunks, charts))
    bodiag_s, reference_s = statistics.median(ours_times), statistics.median(reference_times)
    ratio = statistics.median(a / b for a, b in zip(ours_times, reference_times))
    print(accelerator())
    print(f"bodiag report : {pages} pages, median {bodiag_s * 1000:.0f} ms CPU over {RUNS} runs")
    print(f"bare reportlab: {reference_pages} pages, median {reference_s * 1000:.0f} ms CPU over {RUNS} runs")
    print(f"ratio {ratio:.2f}, the median of the runs' ratios (target ≤ {TARGET})  {'OK' if ratio <= TARGET else 'MISSED'}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
