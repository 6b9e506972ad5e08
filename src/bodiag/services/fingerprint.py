"""The fingerprint of a document's assessed content, printed in every report, and its check.

The fingerprint is the SHA-256 of the document's content (:mod:`bodiag.storage.content`:
answers, notes, actions, the plan… never the history or the times of changes),
encoded canonically: the same content gives the same fingerprint on any machine,
in a copy of the file or after a schema upgrade; any change to an answer, a note
or a plan choice gives another. A report carries it in its metadata and prints it,
so ``bodiag verify REPORT DOCUMENT`` can say whether the report was made from the
document as it is now.
"""

from __future__ import annotations

import hashlib
import re
import stat
from collections.abc import Iterable
from pathlib import Path

import msgspec

from bodiag.domain.fingerprint import MARK
from bodiag.errors import InputError
from bodiag.file_safety import describe_os_error
from bodiag.services.diagnostic import Diagnostic
from bodiag.storage.content import content

VERSION = b"bodiag content fingerprint 1\n"  # changes only if the encoding below ever does
_FOUND = re.compile(re.escape(MARK.encode()) + rb"([0-9a-f]{64})")
MAX_REPORT_BYTES = 512 * 1024 * 1024


class Verification(msgspec.Struct, frozen=True):
    """What ``verify`` found: the report's fingerprint (None when it carries none) and the document's."""

    report: str | None
    document: str

    @property
    def matches(self) -> bool:
        return self.report == self.document


def fingerprint(diagnostic: Diagnostic) -> str:
    """The SHA-256, in hexadecimal, of ``diagnostic``'s assessed content."""
    return digest(content(diagnostic.document))


def digest(tables: Iterable[tuple[str, list[dict[str, object]]]]) -> str:
    """The SHA-256 of content read table by table (:func:`bodiag.storage.content.content`), canonically encoded."""
    sha = hashlib.sha256(VERSION)
    for table, rows in tables:
        sha.update(msgspec.json.encode([table, rows], order="sorted"))
        sha.update(b"\n")
    return sha.hexdigest()


def carried_by(path: str | Path) -> str | None:
    """The fingerprint a report file (PDF or DOCX) carries, or None when it carries none."""
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path}: not a regular file")
        if info.st_size > MAX_REPORT_BYTES:
            raise InputError(f"{path}: larger than {MAX_REPORT_BYTES // (1024 * 1024)} MiB, not a report")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({describe_os_error(exc)})") from None
    if data.startswith(b"PK"):  # a DOCX: the mark is in its core properties, a small zipped part
        data = _docx_properties(path)
    found = set(_FOUND.findall(data))
    if len(found) > 1:
        raise InputError(f"{path}: carries several different fingerprints; it is not a report bodiag wrote as it is")
    return found.pop().decode() if found else None


def _docx_properties(path: Path) -> bytes:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            member = archive.getinfo("docProps/core.xml")
            if member.file_size > 1024 * 1024:
                raise InputError(f"{path}: its document properties are too large")
            return archive.read(member)
    except KeyError:
        return b""
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"{path}: not a readable DOCX ({exc})") from None


def verify(report: str | Path, diagnostic: Diagnostic) -> Verification:
    """Compare the fingerprint ``report`` carries with ``diagnostic``'s content now."""
    return Verification(report=carried_by(report), document=fingerprint(diagnostic))
