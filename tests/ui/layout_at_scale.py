"""``python -m tests.ui.layout_at_scale WIDTH HEIGHT``: the app on the demo at WIDTH×HEIGHT device pixels, under the
QT_SCALE_FACTOR given; prints the screens' problems as JSON (see :mod:`tests.ui.layout_check`)."""

from __future__ import annotations

import json
import sys


def main(width: int, height: int) -> int:
    from PySide6.QtWidgets import QApplication

    from bodiag.paths import default_document_path
    from bodiag.services.demo import build_demo
    from bodiag.ui.app import build, parse_args
    from tests.ui.layout_check import cut_off

    path = default_document_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    build_demo(path).close()
    app, window = build(parse_args(["--smoke"]))
    ratio = window.devicePixelRatioF()
    logical = (round(width / ratio), round(height / ratio))
    window.resize(*logical)
    problems = {}

    def look(name: str) -> None:
        for _ in range(5):
            app.sendPostedEvents()
            app.processEvents()
        found = cut_off(window)
        if found:
            problems[name] = found

    workspace = window.workspace
    for index in range(workspace.assessments.count()):
        workspace.assessments.setCurrentIndex(index)
        workspace = window.workspace
        workspace.show_results()
        look(f"{index} results")
        workspace.show_answers()
        p = window.presenter
        for kind in ("grid", "scale", "checklist", "numeric"):
            question = next((q for q in p.questions() if q.kind == kind), None)
            if question is not None:
                p.go_to(question.id)
                look(f"{index} answer {kind}")
    button = window.toolbar.widgetForAction(window.act_export)
    reachable = button is not None and button.isVisible() and window.toolbar.rect().contains(button.geometry())
    print(json.dumps({"ratio": ratio, "logical": [window.width(), window.height()], "problems": problems,
                      "export_reachable": reachable}))
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]), int(sys.argv[2])))
