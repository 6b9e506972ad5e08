"""Moving to the next question keeps the answer control when it can (same scale, as many levels) and redraws
only what changed: whatever was kept must show the new question whole, never the previous one's state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bodiag.services.diagnostic import Diagnostic
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.presenters.session import DocumentSession
from bodiag.ui.views.answer_widgets import GridAnswer, ScaleAnswer

# Two grids of five levels (the cards are kept), one of four without N/A nor don't know (made anew),
# then two questions on the same described scale (its buttons are kept).
QUESTIONNAIRE = """\
format: 1
id: moving-on
version: "1.0"
title: {fr: Questionnaire de passage, en: Moving-on questionnaire}
source: {title: Test, reference: tests}
license: CC-BY-4.0
levels: 5
target: 75
scales:
  - id: five
    options:
      - {id: a1, label: {fr: Un, en: One}, value: 1}
      - {id: a2, label: {fr: Deux, en: Two}, value: 2}
      - {id: a3, label: {fr: Trois, en: Three}, value: 3}
      - {id: a4, label: {fr: Quatre, en: Four}, value: 4}
      - {id: a5, label: {fr: Cinq, en: Five}, value: 5}
      - {id: na, label: {fr: Non applicable, en: Not applicable}, not_applicable: true}
      - {id: dk, label: {fr: Je ne sais pas, en: Don't know}, dont_know: true}
  - id: four
    options:
      - {id: b1, label: {fr: Bas, en: Low}, value: 1}
      - {id: b2, label: {fr: Moyen, en: Middle}, value: 2}
      - {id: b3, label: {fr: Haut, en: High}, value: 3}
      - {id: b4, label: {fr: Sommet, en: Top}, value: 4}
  - id: ready
    options:
      - {id: r0, label: {fr: Rien, en: Nothing}, value: 0, description: {fr: Rien n’est fait., en: Nothing is done.}}
      - {id: r1, label: {fr: Prévu, en: Planned}, value: 1, description: {fr: C’est prévu., en: It is planned.}}
      - {id: r2, label: {fr: Fait, en: Done}, value: 2, description: {fr: C’est fait., en: It is done.}}
      - {id: na, label: {fr: Non applicable, en: Not applicable}, not_applicable: true}
      - {id: dk, label: {fr: Je ne sais pas, en: Don't know}, dont_know: true}
bands:
  - {id: low, min: 0, max: 50, label: Faible}
  - {id: high, min: 50, max: 100, label: Élevé}
sections:
  - id: s
    title: {fr: Section, en: Section}
    questions:
      - id: g1
        kind: grid
        scale: five
        text: {fr: Premier critère, en: First criterion}
        levels: {a1: G1 un, a2: G1 deux, a3: G1 trois, a4: G1 quatre, a5: G1 cinq}
      - id: g2
        kind: grid
        scale: five
        text: {fr: Deuxième critère, en: Second criterion}
        levels: {a1: G2 un, a2: G2 deux, a3: G2 trois, a4: G2 quatre, a5: G2 cinq}
      - id: g3
        kind: grid
        scale: four
        text: {fr: Troisième critère, en: Third criterion}
        levels: {b1: G3 bas, b2: G3 moyen, b3: G3 haut, b4: G3 sommet}
      - id: r1
        kind: scale
        scale: ready
        text: {fr: Première question, en: First question}
      - id: r2
        kind: scale
        scale: ready
        text: {fr: Deuxième question, en: Second question}
"""


@pytest.fixture
def moving_doc(tmp_path) -> Path:
    """g1 not applicable with a note, g2 at level 3 with another note, r2 don't know; g3 and r1 unanswered."""
    source = tmp_path / "moving-on.yaml"
    source.write_text(QUESTIONNAIRE, encoding="utf-8")
    path = tmp_path / "moving-on.bodiag"
    with Diagnostic.create(path, "ACME") as diagnostic:
        diagnostic.start(str(source), assessor="Alice")
    session = DocumentSession.open(path)
    try:
        p = AnsweringPresenter(session, session.assessment)
        p.answer("na", "g1")
        p.set_note("Note of g1", "g1")
        p.answer("a3", "g2")
        p.set_note("Note of g2", "g2")
        p.answer("dk", "r2")
    finally:
        session.close()
    return path


def open_answers(window, path):
    assert window.open_document(path)
    window.workspace.show_answers()
    view = window.workspace.answer_view
    window.presenter.go_to("g1")
    return view, view.pane, window.presenter


def shows(pane, p, question_id: str) -> None:
    """Everything the pane says is ``question_id``'s own."""
    q = p.questionnaire.questions_by_id[question_id]
    lang = pane.lang
    entry = p.entry(question_id)
    status = p.result.questions[question_id].status
    assert pane.text.text() == q.text.get(lang)
    assert pane.text.accessibleName() == q.text.get(lang)
    index = [x.id for x in p.questions()].index(question_id) + 1
    assert str(index) in pane.position.text()
    assert pane.note.toPlainText() == entry.note
    assert pane.na_button.isChecked() == (status == "na")
    assert pane.dk_button.isChecked() == (status == "dk")
    assert pane.na_button.isVisibleTo(pane) == p.offers(question_id, "na")
    assert pane.dk_button.isVisibleTo(pane) == p.offers(question_id, "dk")
    chosen = entry.value.option if entry.value is not None else None
    options = p.questionnaire.scale_of(q).scored_options
    widget = pane.answer_widget
    if q.kind == "grid":
        assert isinstance(widget, GridAnswer)
        assert list(widget.cards) == [o.id for o in options]
        for number, (option, card) in enumerate(zip(options, widget.cards.values()), start=1):
            assert card.option_id == option.id
            assert option.label.get(lang) in card.heading.text()
            assert card.body.text() == q.levels[option.id].get(lang)
            assert card.accessibleName() == f"{number}. {option.label.get(lang)}"
            assert card.accessibleDescription() == q.levels[option.id].get(lang)
            assert card.is_selected() == (option.id == chosen)
            assert card.isChecked() == (option.id == chosen)
            assert card.property("selected") == (option.id == chosen)
    else:
        assert isinstance(widget, ScaleAnswer)
        assert list(widget.buttons) == [o.id for o in options]
        for option, button in widget.buttons.items():
            assert button.isChecked() == (option == chosen)


def test_the_kept_cards_show_the_next_criterion_whole_and_answer_it(window, moving_doc, qtbot):
    view, pane, p = open_answers(window, moving_doc)
    shows(pane, p, "g1")
    cards = pane.answer_widget
    pane.go_next()
    assert pane.answer_widget is cards  # kept: as many levels
    shows(pane, p, "g2")
    pane.go_previous()
    assert pane.answer_widget is cards
    shows(pane, p, "g1")  # N/A again, no level chosen, its own note

    pane.go_next()
    qtbot.mouseClick(cards.cards["a1"], Qt.MouseButton.LeftButton)
    assert p.entry("g2").value.option == "a1"  # the card answers the criterion it shows now
    assert p.result.questions["g1"].status == "na"
    shows(pane, p, "g2")
    view._level(5)  # the digit 5
    assert p.entry("g2").value.option == "a5"
    shows(pane, p, "g2")


def test_other_levels_make_new_cards_then_a_scale_keeps_its_buttons(window, moving_doc, qtbot):
    view, pane, p = open_answers(window, moving_doc)
    p.go_to("g2")
    five = pane.answer_widget
    pane.go_next()
    assert pane.answer_widget is not five and len(pane.answer_widget.cards) == 4
    shows(pane, p, "g3")  # no N/A nor don't know on its scale
    pane.go_next()
    buttons = pane.answer_widget
    shows(pane, p, "r1")
    pane.go_next()
    assert pane.answer_widget is buttons  # the same scale: the same options and texts
    shows(pane, p, "r2")  # don't know: no option checked
    buttons.buttons["r1"].click()
    assert p.entry("r2").value.option == "r1"
    assert p.entry("r1").value is None  # not the question these buttons showed first
    shows(pane, p, "r2")
    pane.go_previous()
    shows(pane, p, "r1")
    pane.answer("dk")
    shows(pane, p, "r1")


def test_undo_on_another_question_shows_that_question_in_the_kept_cards(window, moving_doc):
    view, pane, p = open_answers(window, moving_doc)
    p.go_to("g2")
    pane.answer("a2")
    pane.go_previous()
    shows(pane, p, "g1")
    p.undo()  # back to g2, at level 3 again
    assert p.current_id == "g2"
    shows(pane, p, "g2")


def test_a_note_typed_on_one_question_never_shows_on_the_next(window, moving_doc, qtbot):
    view, pane, p = open_answers(window, moving_doc)
    p.go_to("g3")
    qtbot.keyClicks(pane.note, "typed")
    pane.go_next()  # saved for g3, then r1's own (empty) note
    assert p.entry("g3").note == "typed"
    shows(pane, p, "r1")
    assert not pane.note.document().isUndoAvailable()  # Ctrl+Z cannot bring g3's text back here
    qtbot.keyClicks(pane.note, "gone")
    for _ in "gone":
        qtbot.keyClick(pane.note, Qt.Key.Key_Backspace)
    pane.go_next()  # r1's note typed then emptied; r2's is as empty
    shows(pane, p, "r2")
    assert not pane.note.document().isUndoAvailable()  # nor r1's, though the text shown was the same


def test_the_tree_follows_moves_and_answers(window, moving_doc):
    view, pane, p = open_answers(window, moving_doc)
    rows = view._question_items
    assert view.tree.currentItem() is rows["g1"]
    pane.go_next()
    assert view.tree.currentItem() is rows["g2"]
    p.go_to("g3")
    marks = rows["g3"].text(0)
    pane.answer("b2")
    assert rows["g3"].text(0) != marks  # answered: its mark changed
    view.unanswered_only.setChecked(True)
    assert not rows["g3"].isHidden()  # the current question stays listed
    pane.go_next()  # r1; g3, answered, goes out of the list
    assert p.current_id == "r1"
    assert rows["g3"].isHidden()
    assert view.progress.value() == 4  # g1, g2, g3 and r2 (don't know counts as an answer here)
