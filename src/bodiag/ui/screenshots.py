"""Write PNGs of the main screens: ``python -m bodiag.ui.screenshots [FOLDER] [--lang fr|en]`` (``make screenshots``).

Runs on the demo document in a throw-away user data folder, so the user's own
settings and documents are never touched.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bodiag.ui.screenshots")
    parser.add_argument("folder", nargs="?", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", choices=["fr", "en"], default="fr")
    parser.add_argument("--scaled-only", action="store_true", help=argparse.SUPPRESS)  # the child run below
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as data:
        os.environ["BODIAG_DATA_DIR"] = data
        if args.scaled_only:
            return _shoot_sizes(args.folder, args.lang, [(1280, 720, "125")])
        status = _shoot(args.folder, args.lang)
    # 1280×720 at 125 %: Qt takes its scale factor when it starts, so in a process of its own
    env = {**os.environ, "QT_SCALE_FACTOR": "1.25"}
    child = [sys.executable, "-m", "bodiag.ui.screenshots", str(args.folder), "--lang", args.lang, "--scaled-only"]
    return status or subprocess.run(child, env=env, check=False).returncode


def _shoot(folder: Path, lang: str) -> int:
    from PySide6.QtCore import QSize

    from bodiag.ui.app import build, parse_args

    folder.mkdir(parents=True, exist_ok=True)
    _enrich_demo(lang)
    app, window = build(parse_args(["--smoke", "--lang", lang]))
    window.resize(QSize(1360, 860))
    suffix = "" if lang == "fr" else f"-{lang}"

    def save(widget, name: str) -> None:  # noqa: ANN001
        for _ in range(3):
            app.processEvents()
        widget.grab().save(str(folder / f"{name}{suffix}.png"))
        print(folder / f"{name}{suffix}.png")

    workspace = window.workspace
    outsourcing = workspace.assessments.findText("externalisation", flags=_contains())
    workspace.assessments.setCurrentIndex(max(0, outsourcing))
    workspace.show_results()
    save(window, "dashboard")

    workspace.show_answers()
    presenter = window.presenter
    presenter.go_to("q19_reversibility" if "q19_reversibility" in presenter.questionnaire.questions_by_id
                    else presenter.questions()[0].id)
    workspace.answer_view.pane.help_toggle.setChecked(True)
    save(window, "answering")

    maturity = workspace.assessments.findText("maturité" if lang == "fr" else "maturity", flags=_contains())
    workspace.assessments.setCurrentIndex(max(0, maturity))
    workspace.show_answers()
    grid = next(q for q in window.presenter.questions() if q.kind == "grid")
    window.presenter.go_to(grid.id)
    save(window, "grid")

    later = workspace.assessments.findText("mai 2027", flags=_contains())
    workspace.assessments.setCurrentIndex(max(0, later))
    workspace = window.workspace
    workspace.show_view(workspace.evolution)
    save(window, "evolution")
    workspace.show_view(workspace.action_plan)
    save(window, "action-plan")
    workspace.show_view(workspace.plan)
    save(window, "plan")
    workspace.plan.pages.setCurrentWidget(workspace.plan.vision)
    save(window, "vision")
    workspace.plan.pages.setCurrentWidget(workspace.plan.roadmap)
    save(window, "roadmap")
    workspace.plan.pages.setCurrentWidget(workspace.plan.synthesis)
    workspace.show_view(workspace.deliverable)
    save(window, "report-tab")

    outsourcing = workspace.assessments.findText("externalisation" if lang == "fr" else "outsourcing",
                                                 flags=_contains())
    workspace.assessments.setCurrentIndex(max(0, outsourcing))
    workspace = window.workspace
    if workspace.workshop is not None:
        workspace.show_view(workspace.workshop)
        save(window, "workshop")

    window.present()
    window.presentation.resize(QSize(1360, 860))
    save(window.presentation, "presentation")
    window.presentation.close()

    _shoot_window_sizes(app, window, folder, suffix, [(1024, 640, ""), (1920, 1080, "")])
    window.resize(QSize(1360, 860))
    window.show_start_page()
    save(window, "start")

    from bodiag.ui.views.wizard import NewDiagnosticWizard

    wizard = NewDiagnosticWizard(window.context, window)
    wizard.organisation_page.form.name.setText("Atelier Lumière SARL")
    wizard.organisation_page.form.sector.setText("Agence de communication")
    wizard.organisation_page.form.city.setText("Lille")
    wizard.show()
    wizard.next()
    save(wizard, "wizard")
    wizard.close()
    window.close()
    return 0


def _shoot_window_sizes(app, window, folder: Path, suffix: str, sizes: list[tuple[int, int, str]]) -> None:  # noqa: ANN001
    """The results and a maturity grid at each screen size (device pixels; ``scale`` names the scale factor)."""
    workspace = window.workspace
    for width, height, scale in sizes:
        ratio = window.devicePixelRatioF()
        window.resize(round(width / ratio), round(height / ratio))
        name = f"{width}x{height}" + (f"@{scale}" if scale else "")
        maturity = workspace.assessments.findText("Maturité", flags=_contains())
        workspace.assessments.setCurrentIndex(max(0, maturity))
        workspace = window.workspace
        workspace.show_answers()
        grid = next(q for q in window.presenter.questions() if q.kind == "grid")
        window.presenter.go_to(grid.id)
        for view, shot in ((None, "grid"), ("results", "dashboard")):
            if view == "results":
                workspace.show_results()
            for _ in range(5):
                app.sendPostedEvents()
                app.processEvents()
            path = folder / f"{shot}-{name}{suffix}.png"
            window.grab().save(str(path))
            print(path)


def _shoot_sizes(folder: Path, lang: str, sizes: list[tuple[int, int, str]]) -> int:
    from bodiag.ui.app import build, parse_args

    folder.mkdir(parents=True, exist_ok=True)
    _enrich_demo(lang)
    app, window = build(parse_args(["--smoke", "--lang", lang]))
    _shoot_window_sizes(app, window, folder, "" if lang == "fr" else f"-{lang}", sizes)
    window.close()
    return 0


def _enrich_demo(lang: str) -> None:
    """The demo (with its action plan and workshop) and, in this throw-away copy only, a re-assessment."""
    from bodiag.paths import default_document_path
    from bodiag.services import reassessment
    from bodiag.services.demo import build_demo

    path = default_document_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with build_demo(path, overwrite=True) as diagnostic:
        maturity = next(r for r in diagnostic.assessments() if r.questionnaire_id == "back-office-maturity")
        later = reassessment.start_from(diagnostic, maturity, copy_answers=True,
                                        title="Maturité du back-office — mai 2027")
        for question_id, level in (("adm.file_tracking", "m3"), ("pro.mapping", "m3"), ("dat.backup", "m4")):
            if question_id in diagnostic.questionnaire(later).questions_by_id:
                diagnostic.answer(later, question_id, level)


def _contains():  # noqa: ANN202
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchContains


if __name__ == "__main__":
    sys.exit(main())
