"""The demo document: a realistic SME, fully answered on every bundled questionnaire.

It is what a newcomer sees first (``make run``) and what the tests, screenshots
and sample report are built from. Its content is data in ``resources/demo/``.
"""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

from bodiag.errors import InputError
from bodiag.paths import resources_dir
from bodiag.services.diagnostic import Diagnostic


def demo_dir() -> Path:
    return resources_dir() / "demo"


def _read(path: Path) -> dict:
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


def build_demo(path: str | Path, *, overwrite: bool = False) -> Diagnostic:
    """Create the demo document at ``path`` and return it open."""
    org = _read(demo_dir() / "organisation.yaml")
    diagnostic = Diagnostic.create(
        path,
        org["name"],
        overwrite=overwrite,
        sector=org.get("sector"),
        headcount=org.get("headcount"),
        phase=org.get("phase"),
        outsourcing=org.get("outsourcing"),
    )
    try:
        for answers_file in sorted(demo_dir().glob("answers-*.yaml")):
            _fill(diagnostic, _read(answers_file), answers_file)
    except Exception:
        diagnostic.close()
        Path(path).unlink(missing_ok=True)
        raise
    return diagnostic


def _fill(diagnostic: Diagnostic, data: dict, source: Path) -> None:
    title = data.get("title") or {}
    assessment = diagnostic.start(
        data["questionnaire"],
        title=title.get("fr") if isinstance(title, dict) else title,
        assessor=data.get("assessor", ""),
    )
    pending = []
    for question_id, entry in (data.get("answers") or {}).items():
        try:
            pending.append(
                diagnostic.prepare(assessment, question_id, value=entry.get("value"), note=entry.get("note", ""))
            )
        except InputError as exc:
            raise InputError(f"{source}: {exc}") from None
    diagnostic.save(assessment, pending)
