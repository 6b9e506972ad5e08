"""The action plan's recommendation rows: kept whole on a page, and cut only when one is taller than a page."""

from __future__ import annotations

import io

import msgspec
import pypdf

from tests.report.conftest import squash


def test_a_recommendation_longer_than_a_page_runs_on_to_the_next_pages(tmp_path):
    """A questionnaire may say far more than ours in why and how: the row is cut where the page ends, its text
    continues under the next page's heading row, and the recommendations after it follow."""
    from reportlab.platypus import SimpleDocTemplate

    from bodiag.domain.report_content import ReportOptions
    from bodiag.domain.text import LocalText
    from bodiag.report.plan import recommendations_table
    from bodiag.report.styles import PAGE, make_styles
    from bodiag.services.demo import build_demo
    from bodiag.services.report_content import gather

    diagnostic = build_demo(tmp_path / "demo.bodiag")
    try:
        a = gather(diagnostic, None, ReportOptions(deterministic=True)).assessments[0]
    finally:
        diagnostic.close()
    first, second = a.result.recommendations[:2]
    words = " ".join(f"mot{n}" for n in range(2500))
    long = msgspec.structs.replace(first.recommendation, how=LocalText.parse({"fr": words, "en": words}))
    ranked = [(1, msgspec.structs.replace(first, recommendation=long)), (2, second)]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=PAGE, invariant=1).build([recommendations_table(a, ranked, "fr", make_styles())])
    pages = [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(out.getvalue())).pages]
    assert len(pages) >= 3
    assert all(page.lstrip().startswith("N°") for page in pages)  # the heading row on every page
    text = squash(" ".join(pages))
    assert squash(words) in text.replace("N°ActionEffortImpactHorizonResponsableÉchéance", "")
    assert squash(first.recommendation.title.get("fr")) in squash(pages[0])
    assert squash(second.recommendation.title.get("fr")) in squash(pages[-1])
