"""Errors meant for people: one sentence saying what was wrong, where, and what to do."""

from __future__ import annotations

__all__ = ["HelixError", "DataError", "StoreError", "UsageError", "ReadOnlyError"]


class HelixError(Exception):
    """Base class: the message is shown to the user as it is, without a traceback."""


class DataError(HelixError):
    """Input data is wrong: names the file, the record and the field."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        record: str | None = None,
        field: str | None = None,
    ):
        super().__init__(message)
        self.file = file
        self.record = record
        self.field = field


class StoreError(HelixError):
    """The graph store cannot be reached, started or used."""


class UsageError(HelixError):
    """A command or function was called with arguments that do not fit."""


class ReadOnlyError(HelixError):
    """A query sent to the read-only console would change the graph."""
