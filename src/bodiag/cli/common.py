"""What every command group shares: declaring a command and its common options, opening a document, printing.

It imports no command group, so that every group can import it; services are
imported when a command runs, so that ``bodiag --help`` stays quick.
"""

from __future__ import annotations

import argparse
import json
import sys
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from bodiag.domain.profile import PROFILE_FIELDS
from bodiag.domain.text import DEFAULT_LANGUAGE, LANGUAGES
from bodiag.errors import ExitCode

if TYPE_CHECKING:
    from bodiag.domain.records import AssessmentRecord
    from bodiag.services.diagnostic import Diagnostic

EXIT_CODES = """exit codes:
  0  success
  1  a questionnaire file has problems (validate); a report does not match its
     document (verify)
  2  the command line is wrong
  3  the document cannot be opened: missing, not a bodiag document, damaged,
     made by a newer bodiag, open elsewhere, or read-only
  4  bad input: unknown assessment, question or answer; an import with bad rows
  5  a file could not be written: read-only location, disk full"""

Subcommands = argparse._SubParsersAction


_GROUP_PARTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def group_parts(sub: Subcommands, name: str, help_text: str = "", metavar: str = "PART") -> Subcommands:
    """The subcommands of command ``name`` (``bodiag plan …``): made by the first group that asks, shared with the
    groups that add their own commands to it (each part of the plan directeur is a group of its own)."""
    known = _GROUP_PARTS.setdefault(sub, {})
    if name not in known:
        parser = sub.add_parser(name, help=help_text, description=help_text[:1].upper() + help_text[1:] + ".")
        known[name] = parser.add_subparsers(dest=f"{name}_command", required=True, metavar=metavar)
    return known[name]


def add_command(
    sub: Subcommands, name: str, func: Callable[[argparse.Namespace], int], help_text: str
) -> argparse.ArgumentParser:
    """A subcommand whose parsed arguments go to ``func``; ``func`` returns the exit code."""
    p = sub.add_parser(name, help=help_text, description=help_text)
    p.set_defaults(func=func)
    return p


def add_lang_option(p: argparse.ArgumentParser, what: str = "questionnaire texts") -> None:
    p.add_argument(
        "--lang", choices=list(LANGUAGES), default=DEFAULT_LANGUAGE,
        help=f"language of {what} (default {DEFAULT_LANGUAGE})",
    )


def add_profile_options(p: argparse.ArgumentParser) -> None:
    """``--phase``, ``--headcount``…: one option per field of the organisation profile, its values as choices."""
    for field in PROFILE_FIELDS.values():
        p.add_argument(f"--{field.id}", choices=list(field.choices))


def open_document(path: str, readonly: bool = False):
    """The document, checked as a file received from someone else; a shared copy is never written.

    Every command that opens a document goes through here.
    """
    from bodiag.errors import DocumentReadOnly
    from bodiag.services.documents import open_document

    diagnostic = open_document(path, readonly=readonly)
    for notice in diagnostic.document.notices:  # what opening did that the user must know (a crash undone…)
        print(f"bodiag: note: {notice}", file=sys.stderr)
    if not readonly and diagnostic.is_shared_copy:
        mark = diagnostic.shared
        diagnostic.close()
        by = f" by {mark.shared_by}" if mark.shared_by else ""
        raise DocumentReadOnly(
            f"{path}: a copy shared{by} on {mark.shared_at[:10]}, read-only until taken over (bodiag take-over {path})"
        )
    return diagnostic


@contextmanager
def open_assessment(args: argparse.Namespace, readonly: bool = False) -> Iterator[tuple[Diagnostic, AssessmentRecord]]:
    """The document ``args.file`` (through :func:`open_document`) and its assessment ``args.assessment``."""
    with open_document(args.file, readonly=readonly) as diagnostic:
        yield diagnostic, diagnostic.assessment(args.assessment)


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def show_view(result: object, args: argparse.Namespace, text: Callable[[], str]) -> int:
    """A read model as JSON (``--json``, for the commands that have it) or as the terminal's text; the exit code."""
    import msgspec

    if getattr(args, "json", False):
        print_json(msgspec.to_builtins(result))
    else:
        print(text())
    return ExitCode.OK


@contextmanager
def rejected_rows_listed(source: str) -> Iterator[None]:
    """Every bad row of a rejected import on stderr, each after its file's name, before ``main`` sums it up."""
    from bodiag.services.answer_files import ImportRejected

    try:
        yield
    except ImportRejected as exc:
        for problem in exc.problems:
            print(f"{source}: {problem}", file=sys.stderr)
        raise
