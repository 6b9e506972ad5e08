"""The terms a document asks anonymising to hide, beyond the names bodiag knows: ``bodiag anonymise-terms`` and the
app's report dialog read and change them here."""

from __future__ import annotations

from bodiag.services.diagnostic import Diagnostic
from bodiag.storage import hidden_terms as store


def terms(diagnostic: Diagnostic) -> list[str]:
    """The document's terms to hide, in the order they were added."""
    return store.list_terms(diagnostic.document)


def add(diagnostic: Diagnostic, term: str) -> bool:
    """Add ``term`` to the document's list; False when it is there already (whatever its case)."""
    return store.add_term(diagnostic.document, term)


def remove(diagnostic: Diagnostic, term: str) -> bool:
    """Remove ``term`` from the document's list; False when it is not there."""
    return store.remove_term(diagnostic.document, term)


def replace_all(diagnostic: Diagnostic, wanted: list[str]) -> list[str]:
    """Make the list ``wanted`` (the app's field edits the whole list): terms missing are added, others removed."""
    cleaned: list[str] = []
    for term in wanted:
        if term.strip() and term.strip().casefold() not in {t.casefold() for t in cleaned}:
            cleaned.append(store.clean_term(term))
    present = terms(diagnostic)
    for term in present:
        if term.casefold() not in {t.casefold() for t in cleaned}:
            remove(diagnostic, term)
    for term in cleaned:
        add(diagnostic, term)
    return terms(diagnostic)
