"""How a report carries its document's fingerprint: one mark for the writers (PDF, DOCX) and the check.

The fingerprint itself (the SHA-256 of the document's content) is computed in
:mod:`bodiag.services.fingerprint`; this module only says how it is written down.
"""

from __future__ import annotations

MARK = "bodiag-sha256:"  # followed by the 64 hexadecimal digits, in the report's metadata


def marked(fingerprint: str) -> str:
    """The fingerprint as a report's metadata carries it."""
    return f"{MARK}{fingerprint}"


def spaced(fingerprint: str) -> str:
    """The fingerprint in groups of eight digits, as a report prints it for people to compare."""
    return " ".join(fingerprint[i:i + 8] for i in range(0, len(fingerprint), 8))
