"""The app offers to recover a received copy a crash left mid-change on a private copy, and says what it did."""

from __future__ import annotations

from bodiag.services.documents import open_document
from bodiag.services.sharing import save_copy_to_share
from bodiag.storage.document import interrupted
from tests.storage.test_interrupted import crash_mid_change, notes


def _received(demo_path, tmp_path):
    copy = tmp_path / "copy.bodiag"
    with open_document(demo_path) as diagnostic:
        save_copy_to_share(diagnostic, copy)
    kept = notes(copy)
    return copy, kept, crash_mid_change(copy)


def test_with_consent_the_private_copy_opens_and_the_user_is_told(window, prompter, demo_path, tmp_path):
    copy, kept, left = _received(demo_path, tmp_path)
    window.context.translations.apply("fr")
    prompter.script("confirm", True)
    assert window.open_document(copy)
    (asked,) = prompter.calls("confirm")
    assert asked[0] == "Récupérer sur une copie privée" and "copy.bodiag" in asked[1]
    opened = window.session.path
    assert opened != copy and opened.name == "copy-recovered.bodiag"
    (told,) = prompter.calls("inform")
    assert "copie privée" in told[1] and str(opened) in told[1] and "inchangé" in told[1]
    assert "toutes les réponses enregistrées avant elle sont là" in told[1]
    assert window.session.read_only and window.session.shared is not None  # still the shared copy
    assert copy.read_bytes() == left and interrupted(copy)
    assert window.close_document()
    assert notes(opened) == kept


def test_without_consent_nothing_is_written_or_opened(window, prompter, demo_path, tmp_path):
    copy, _kept, left = _received(demo_path, tmp_path)
    prompter.script("confirm", False)
    assert not window.open_document(copy)
    assert window.session is None and copy.read_bytes() == left
    assert not prompter.calls("inform")
