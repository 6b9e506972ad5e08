"""Errors a user can cause and understand: each says what went wrong and where.

Every error carries the command-line exit code it maps to, so the CLI can turn
any of them into one line on stderr without a traceback.
"""

from __future__ import annotations


class ExitCode:
    OK = 0
    PROBLEMS = 1  # validation found problems in a questionnaire
    USAGE = 2  # the command line itself is wrong
    DOCUMENT = 3  # a document cannot be opened: missing, foreign, damaged, newer, locked
    INPUT = 4  # bad data: unknown assessment, question or answer, invalid import
    WRITE = 5  # a file could not be written: read-only, disk full


class BodiagError(Exception):
    """Base class of errors meant for the user's eyes."""

    exit_code = ExitCode.INPUT


class InputError(BodiagError):
    exit_code = ExitCode.INPUT


class WriteError(BodiagError):
    exit_code = ExitCode.WRITE
