"""Writing a file so that it is complete or absent: beside its target, synced, then renamed over it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bodiag.errors import WriteError
from bodiag.storage.document import apply_umask, describe_os_error


def write_bytes_atomically(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path``; on any failure the old file (if any) is intact and no temporary is left."""
    path = Path(path)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
        apply_umask(Path(tmp))
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise WriteError(f"{path}: cannot be written: {describe_os_error(exc)}") from None


def write_text_atomically(path: Path, content: str) -> None:
    """:func:`write_bytes_atomically` for UTF-8 text, line endings as given."""
    write_bytes_atomically(path, content.encode("utf-8"))
