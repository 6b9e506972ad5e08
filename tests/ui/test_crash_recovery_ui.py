"""The app opens a document a crash left mid-change as every command does: the change undone, the user told."""

from __future__ import annotations

from bodiag.services.demo import build_demo
from bodiag.storage.document import interrupted
from tests.storage.test_interrupted import crash_mid_change, notes


def test_a_crashed_document_opens_with_every_saved_answer_and_the_user_is_told(window, prompter, tmp_path):
    document = tmp_path / "acme.bodiag"
    build_demo(document, story=False).close()
    saved = notes(document)
    crash_mid_change(document)
    window.context.translations.apply("fr")
    assert window.open_document(document)
    (told,) = prompter.calls("inform")
    assert told[0] == "Ouverture du document"
    assert "cette dernière modification inachevée a été annulée" in told[1]
    assert "Toutes les réponses enregistrées avant elle sont là" in told[1]
    assert not window.session.diagnostic.readonly, "the user's own document stays editable"
    assert not interrupted(document)
    assert window.close_document()
    assert notes(document) == saved
