"""What users type is shown as typed: never as rich text that could load a file or a link."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from bodiag.services import action_plan
from bodiag.services.diagnostic import Diagnostic
from bodiag.ui.safe_text import tooltip
from bodiag.ui.views.action_plan import TITLE

HOSTILE = '<img src="file:///etc/passwd"><a href="javascript:alert(1)">clic</a> & <b>gras</b>'


def test_tooltips_escape_everything():
    assert tooltip(HOSTILE) == (
        "<qt>&lt;img src=&quot;file:///etc/passwd&quot;&gt;&lt;a href=&quot;javascript:alert(1)&quot;&gt;"
        "clic&lt;/a&gt; &amp; &lt;b&gt;gras&lt;/b&gt;</qt>"
    )
    assert tooltip("") == "" and tooltip(None) == ""


def test_hostile_names_and_notes_stay_plain_everywhere(window, tmp_path, mini_path):
    path = tmp_path / "hostile.bodiag"
    with Diagnostic.create(path, HOSTILE) as diagnostic:
        record = diagnostic.start(str(mini_path), assessor=HOSTILE, title=HOSTILE)
        diagnostic.answer(record, "q1", "decided", note=HOSTILE)
        action_plan.add(diagnostic, HOSTILE, assessment=record, notes=HOSTILE)
    assert window.open_document(path)
    workspace = window.workspace
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
    labels = [label for label in window.findChildren(QLabel) if HOSTILE in label.text()]
    assert labels, "the hostile text should be on screen somewhere"
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    plan = workspace.action_plan
    assert plan.table.item(0, TITLE).text() == HOSTILE
    assert plan.table.item(0, TITLE).toolTip() == tooltip(HOSTILE)
    assert workspace.answer_view.pane.note.toPlainText() == HOSTILE
    assert window.windowTitle().startswith(HOSTILE)


def test_markup_in_a_questionnaire_or_a_shared_copy_is_shown_as_typed(window, tmp_path, mini_path, qtbot):
    from bodiag.services.sharing import save_copy_to_share

    source = mini_path.read_text(encoding="utf-8")
    hostile = (source.replace("label: Faible", "label: '<h1>Faible</h1>'")
               .replace("title: Section 1", "title: '<b>S</b>'")
               .replace("label: Niveau 4", "label: '<i>Niveau</i> 4'"))
    questionnaire = tmp_path / "hostile.yaml"
    questionnaire.write_text(hostile, encoding="utf-8")
    original = tmp_path / "doc.bodiag"
    with Diagnostic.create(original, "ACME") as diagnostic:
        record = diagnostic.start(str(questionnaire))
        diagnostic.answer(record, "q1", "none")
        copy = save_copy_to_share(diagnostic, tmp_path / "copy.bodiag", shared_by=HOSTILE)
    assert window.open_document(copy)
    workspace = window.workspace
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        qtbot.wait(1)
    window.present()
    markup = ("<h1>", "<b>S</b>", "<i>Niveau", "<img")
    rich = [label.text() for label in window.findChildren(QLabel)
            if any(m in label.text() for m in markup) and label.textFormat() != Qt.TextFormat.PlainText]
    assert rich == []
    assert any("<h1>Faible</h1>" in label.text() for label in window.findChildren(QLabel))
    window.presentation.close()


@pytest.mark.parametrize("text", ['<img src="file:///etc/passwd">', "a & b < c > d 'e' \"f\"", "&amp; déjà", ""])
def test_tooltip_escaping_matches_the_standard_library(text):
    import html

    from bodiag.ui.safe_text import escape

    assert escape(text) == html.escape(text)
