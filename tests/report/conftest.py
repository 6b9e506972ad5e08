"""Report fixtures: the demo report rendered once per session, small documents built on demand, text helpers."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import _demo_copy

HERE = Path(__file__).resolve().parent
HOSTILE = HERE / "data" / "hostile.yaml"


@dataclass(frozen=True)
class Report:
    pdf: bytes
    pages: list[str]  # extracted text of each page (pypdf)
    headings: list[tuple[str, int, int]]  # (text, level, page)

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def body(self) -> str:
        """The text of every page without the running header and footer (drawn last on each page)."""
        return "\n".join(body_text(page) for page in self.pages)

    def page_of(self, text: str, part: int | None = None) -> int:
        """The page of the first heading ``text`` (within part ``part``)."""
        current = None
        for heading, level, page in self.headings:
            if level == 0 and heading[:1].isdigit():
                current = int(heading.split(".", 1)[0])
            if heading == text and (part is None or part == current):
                return page
        raise KeyError(text)

    def board_note(self) -> str:
        """The board note's text without headers and footers: from its heading's page (the report's first heading) to
        the page before the next part's heading (one page, or two when the note is far longer than a page)."""
        starts = [page for heading, level, page in self.headings if level == 0]
        last = starts[1] - 1 if len(starts) > 1 else len(self.pages)
        return "\n".join(body_text(page) for page in self.pages[starts[0] - 1 : last])

    def part_text(self, part: int) -> str:
        starts = [page for heading, level, page in self.headings if level == 0]
        first = self.page_of(next(h for h, lvl, _ in self.headings if lvl == 0 and h.startswith(f"{part}. ")))
        following = [p for p in starts if p > first]
        last = (min(following) - 1) if following else len(self.pages)
        return "\n".join(self.pages[first - 1 : last])


def extract(pdf: bytes) -> list[str]:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [page.extract_text() for page in reader.pages]


def body_text(page: str) -> str:
    """A page's text without its header and footer: they come last (drawn when the page ends)."""
    for title in ("Diagnostic du back-office", "Back-office diagnostic"):
        cut = page.rfind(f"\n{title}\n")
        if cut >= 0 and page.rstrip().rsplit("\n", 1)[-1].startswith("page "):
            return page[:cut]
    return page


def squash(text: str) -> str:
    """Text without any whitespace: how a laid-out text compares once extracted (line breaks fall anywhere)."""
    return "".join(text.split())


def spaced(text: str) -> str:
    return " ".join(text.split())


def render_report(diagnostic, **options) -> Report:  # noqa: ANN001, ANN003
    from bodiag.domain.report_content import ReportOptions
    from bodiag.report.compose import render
    from bodiag.services.report_content import gather

    ids = options.pop("assessment_ids", None)
    rendered = render(gather(diagnostic, ids, ReportOptions(**options)))
    return Report(rendered.pdf, extract(rendered.pdf), rendered.headings)


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory) -> Path:
    return _demo_copy(tmp_path_factory)


@pytest.fixture(scope="session")
def demo_report(demo_master) -> Report:
    """The demo's full report in French, deterministic (as docs/sample-report.pdf)."""
    from bodiag.services.documents import open_document

    with open_document(demo_master, readonly=True) as diagnostic:
        return render_report(diagnostic, deterministic=True)


@pytest.fixture(scope="session")
def demo_report_en(demo_master) -> Report:
    from bodiag.services.documents import open_document

    with open_document(demo_master, readonly=True) as diagnostic:
        return render_report(diagnostic, lang="en", deterministic=True)


@pytest.fixture(scope="session")
def demo_results(demo_master) -> list[dict]:
    """What ``bodiag score --json`` says about each demo assessment."""
    from bodiag.services.documents import open_document

    with open_document(demo_master, readonly=True) as diagnostic:
        return [{"assessment": {"id": r.id, "title": r.title}, **diagnostic.score(r).as_dict("fr")} for r in diagnostic.assessments()]


def make_document(path: Path, organisation: str = "ACME SAS", *, note: str = "", free: str = "", respondent: str | None = None, phase: str | None = "growth"):
    """A small document on the test questionnaire, answered, with ``note`` on q1 and ``free`` as the free text."""
    from bodiag.services.diagnostic import Diagnostic

    diagnostic = Diagnostic.create(path, organisation, phase=phase, headcount="small", sector="Conseil")
    record = diagnostic.start(str(HOSTILE), assessor="Alice Martin")
    values = {"q1": "started", "q2": "none", "q3": "a", "q4": "done"}
    pending = [diagnostic.prepare(record, q, value=v, respondent=respondent) for q, v in values.items()]
    pending[0] = diagnostic.prepare(record, "q1", value="started", note=note, respondent=respondent)
    if free:
        pending.append(diagnostic.prepare(record, "free", value=free, respondent=respondent))
    diagnostic.save(record, pending)
    return diagnostic
