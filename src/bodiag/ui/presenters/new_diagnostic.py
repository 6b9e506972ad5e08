"""Creating a diagnostic: the organisation, the questionnaires to run, who assesses and how."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from bodiag.domain.loader import load_file
from bodiag.domain.model import Questionnaire
from bodiag.domain.profile import OrganisationProfile
from bodiag.domain.results import QuestionCount, question_count
from bodiag.domain.scoring import Scorer
from bodiag.services import catalog
from bodiag.services.diagnostic import Diagnostic


@dataclass(frozen=True)
class Choice:
    reference: str  # a bundled id, or a file path
    questionnaire: Questionnaire


@dataclass
class NewDiagnosticRequest:
    organisation: str = ""
    sector: str = ""
    city: str = ""
    headcount: str | None = None
    phase: str | None = None
    outsourcing: str | None = None
    questionnaires: list[str] = field(default_factory=list)
    assessor: str = ""
    mode: str = "self"

    def missing(self) -> list[str]:
        """What must still be given, by field name."""
        out = []
        if not self.organisation.strip():
            out.append("organisation")
        if not self.questionnaires:
            out.append("questionnaires")
        return out


def bundled_choices() -> list[Choice]:
    return [Choice(entry.questionnaire.id, entry.questionnaire) for entry in catalog.bundled()]


def selected_by_default(choice: Choice) -> bool:
    """A bundled questionnaire is ticked for a new diagnostic unless it says it is optional."""
    return not choice.questionnaire.optional


def questions_asked(questionnaire: Questionnaire, profile: OrganisationProfile) -> QuestionCount:
    """The questions ``questionnaire`` asks an organisation of ``profile`` before any answer: the count the answer
    pane shows on opening (« Question 1 of N »), from the same function (issue 17)."""
    return question_count(Scorer(questionnaire, profile).score({}))


def check_questionnaire_file(path: Path) -> tuple[Choice | None, list[str]]:
    """A questionnaire file the user picked: a choice if valid, else every problem as text."""
    result = load_file(path)
    if result.problems:
        return None, [str(problem) for problem in result.problems]
    return Choice(str(path), result.questionnaire), []


def suggested_file_name(organisation: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", organisation, flags=re.UNICODE).strip() or "diagnostic"
    return f"{stem[:60]}.bodiag"


def create(request: NewDiagnosticRequest, path: Path) -> Path:
    """Create the document with one assessment per chosen questionnaire, or nothing at all.

    Raises the core's errors; a document half-made (a questionnaire file vanished
    meanwhile, say) is removed.
    """
    diagnostic = Diagnostic.create(
        path,
        request.organisation,
        sector=request.sector or None,
        city=request.city or None,
        headcount=request.headcount,
        phase=request.phase,
        outsourcing=request.outsourcing,
    )
    try:
        for reference in request.questionnaires:
            diagnostic.start(reference, assessor=request.assessor, mode=request.mode)
    except Exception:
        diagnostic.close()
        path.unlink(missing_ok=True)
        raise
    diagnostic.close()
    return path
