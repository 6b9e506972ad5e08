"""A shared copy without names hides the document's terms to hide too, in every text typed, and drops their list."""

from __future__ import annotations

import sqlite3

from bodiag.services import hidden_terms
from bodiag.services.documents import open_document
from bodiag.services.sharing import save_copy_to_share
from tests.sharing.conftest import NAMES, make_rich_document


def test_a_copy_without_names_hides_the_listed_terms_and_the_names_in_texts(tmp_path, mini_path):
    doc = make_rich_document(tmp_path / "acme.bodiag", mini_path)
    with open_document(doc) as diagnostic:
        hidden_terms.add(diagnostic, "Chêne Doré")
        with diagnostic.document.transaction() as db:
            db.execute("UPDATE answers SET note = 'Client CHENE DORE, voir Denis' WHERE question_id = 'q1'")
            db.execute("UPDATE actions SET title = 'Relancer Chêne Doré', milestone = 'Denis Owner valide'")
            db.execute("UPDATE assessments SET title = 'Audit chêne doré'")
        copy = save_copy_to_share(diagnostic, tmp_path / "copy.bodiag", strip_names=True)
    raw = copy.read_bytes()
    for secret in ("Chêne Doré".encode(), b"CHENE DORE", "chêne doré".encode(), *(n.encode() for n in NAMES)):
        assert secret not in raw
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("SELECT note FROM answers WHERE question_id = 'q1'").fetchone() == ("Client [terme masqué], voir Responsable 1",)
        assert conn.execute("SELECT title, milestone FROM actions").fetchone() == ("Relancer [terme masqué]", "Responsable 1 valide")
        assert conn.execute("SELECT count(*) FROM hidden_terms").fetchone() == (0,)
    finally:
        conn.close()


def test_a_copy_with_names_keeps_the_terms_and_their_list(tmp_path, mini_path):
    doc = make_rich_document(tmp_path / "acme.bodiag", mini_path)
    with open_document(doc) as diagnostic:
        hidden_terms.add(diagnostic, "Chêne Doré")
        copy = save_copy_to_share(diagnostic, tmp_path / "copy.bodiag")
    with open_document(copy, readonly=True) as received:
        assert hidden_terms.terms(received) == ["Chêne Doré"]
