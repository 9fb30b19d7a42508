"""Errors meant for people: one sentence saying what was wrong, where, and what to do."""

from __future__ import annotations

__all__ = ["HelixError", "DataError", "StoreError", "UsageError", "ReadOnlyError"]


# The line breaks str.splitlines() knows, shown as escapes: a value quoted in a message (a
# header cell, a --param) must not break the one sentence over several lines.
_LINE_BREAKS = {
    ord(c): c.encode("unicode_escape").decode() for c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
}


class HelixError(Exception):
    """Base class: the message is shown to the user as it is, without a traceback."""

    def __str__(self) -> str:
        return super().__str__().translate(_LINE_BREAKS)


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
