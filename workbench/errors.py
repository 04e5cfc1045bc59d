"""Errors the package raises on bad input: one clear line each."""
from __future__ import annotations


class WorkbenchError(Exception):
    """Base class: the message is a one-line description fit for a user."""


class InputError(WorkbenchError, ValueError):
    """An article cannot be read: missing, empty, binary, badly encoded, too large."""


class OutputError(WorkbenchError, OSError):
    """An output folder or file cannot be written."""


class UsageError(WorkbenchError, TypeError):
    """A function was called with the wrong kind of argument (say, None for a path)."""
