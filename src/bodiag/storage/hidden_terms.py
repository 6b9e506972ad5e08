"""The document's own list of terms that anonymising hides (schema step 7): a product, a place, a client's name."""

from __future__ import annotations

from bodiag.errors import InputError
from bodiag.storage.document import Document, now

MAX_TERM = 100
MAX_TERMS = 200


def list_terms(doc: Document) -> list[str]:
    """The terms, in the order they were added."""
    return [row["term"] for row in doc.query("SELECT term FROM hidden_terms ORDER BY id")]


def clean_term(term: str) -> str:
    """The term as stored: spaces collapsed; refused when empty or too long."""
    cleaned = " ".join((term or "").split())
    if not cleaned:
        raise InputError("a term to hide cannot be empty")
    if len(cleaned) > MAX_TERM:
        raise InputError(f"the term to hide '{cleaned[:40]}…' is longer than {MAX_TERM} characters")
    return cleaned


def add_term(doc: Document, term: str) -> bool:
    """Add ``term``; False when the list has it already (whatever its case)."""
    term = clean_term(term)
    present = list_terms(doc)
    if term.casefold() in {t.casefold() for t in present}:
        return False
    if len(present) >= MAX_TERMS:
        raise InputError(f"the list of terms to hide is full ({MAX_TERMS} terms): remove one first")
    with doc.transaction() as db:
        db.execute("INSERT INTO hidden_terms (term, added_at) VALUES (?, ?)", [term, now()])
    return True


def remove_term(doc: Document, term: str) -> bool:
    """Remove ``term`` (whatever its case); False when the list does not have it."""
    term = clean_term(term)
    ids = [row["id"] for row in doc.query("SELECT id, term FROM hidden_terms") if row["term"].casefold() == term.casefold()]
    if not ids:
        return False
    with doc.transaction() as db:
        db.executemany("DELETE FROM hidden_terms WHERE id = ?", [(i,) for i in ids])
    return True
