"""A page's worth of content (the board note, a summary) shrinks a little to stay on its page, never much: longer, it runs on."""

from __future__ import annotations

import io

import pypdf
import pytest


def _build(lines: int) -> tuple[list[str], list[float]]:
    """A heading then ``lines`` paragraphs in a one-page block after a page break: each page's text, and the
    scale of every text drawn (1 where the block is at its own size)."""
    from pypdf.generic import ContentStream
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    from bodiag.report.document import OnePage
    from bodiag.report.styles import PAGE, make_styles, rich

    styles = make_styles()
    out = io.BytesIO()
    body = [rich(f"Paragraphe {n} : une ligne de la note, assez longue pour être lue comme telle.", styles.body) for n in range(lines)]
    SimpleDocTemplate(out, pagesize=PAGE, invariant=1).build([rich("Avant", styles.body), PageBreak(), rich("Note", styles.h2), OnePage(body),
                                                               rich("Après", styles.body)])
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    scales = []
    for page in reader.pages:
        stack = [1.0]  # the horizontal scale of the current transformation, saved and restored with the state
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"q":
                stack.append(stack[-1])
            elif operator == b"Q":
                stack.pop()
            elif operator == b"cm":
                stack[-1] *= float(operands[0])
            elif operator in (b"Tj", b"TJ"):
                scales.append(round(stack[-1], 3))
    return [page.extract_text() for page in reader.pages], scales


def _fitting() -> int:
    """How many paragraphs fill the page after the heading, at their own size."""
    count = 1
    while True:
        pages, scales = _build(count + 1)
        if f"Paragraphe {count}" not in pages[1] or set(scales) != {1.0}:  # the block's page, at its size
            return count
        count += 1


@pytest.fixture(scope="module")
def fitting() -> int:
    return _fitting()


def test_a_block_that_fits_is_drawn_at_its_size(fitting):
    pages, scales = _build(fitting)
    assert set(scales) == {1.0} and f"Paragraphe {fitting - 1}" in pages[1]


def test_a_block_a_little_too_long_shrinks_to_stay_on_its_page(fitting):
    extra = max(1, fitting // 9)  # some 10 % more: shrunk to about 95 %
    pages, scales = _build(fitting + extra)
    assert f"Paragraphe {fitting + extra - 1}" in pages[1]
    assert 0.9 <= min(scales) < 1


def test_a_block_far_too_long_runs_on_at_its_own_size(fitting):
    count = fitting + fitting // 3
    pages, scales = _build(count)
    assert len(pages) == 3 and set(scales) == {1.0}
    assert "Note" in pages[1] and f"Paragraphe {count - 1}" in pages[2] and f"Paragraphe {count - 1}" not in pages[1]
    assert "".join(pages).count("Paragraphe") == count
