"""Errors meant for people: one sentence saying what was wrong, where, and what to do.

A value quoted in a message (``'…'``) is shown with at most :data:`QUOTED_MAX` characters,
and a whole message with at most :data:`MESSAGE_MAX`: every error is built here, so a
hostile or enormous value can never flood a terminal or a log.
"""

from __future__ import annotations

import re

__all__ = [
    "HelixError",
    "DataError",
    "StoreError",
    "UsageError",
    "ReadOnlyError",
    "QUOTED_MAX",
    "MESSAGE_MAX",
    "shown",
]

QUOTED_MAX = 80
MESSAGE_MAX = 1_000

# a quoted span: opened after no letter, closed before no letter (so "it's" opens nothing)
_QUOTED = re.compile(r"(?<!\w)'([^']{" + str(QUOTED_MAX + 1) + r",})'(?!\w)")


def shown(value: object, limit: int = QUOTED_MAX) -> str:
    """``value`` as text for a message, cut to ``limit`` characters and saying how long it was.

    >>> shown("a" * 100)
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa… (100 characters)'
    >>> shown(12.5)
    '12.5'
    """
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text):,} characters)"


def _bounded(message: str) -> str:
    """The message with every long quoted value cut, and cut as a whole if still too long."""
    message = _QUOTED.sub(lambda m: f"'{shown(m.group(1))}'", message)
    if len(message) > MESSAGE_MAX:
        message = f"{message[: MESSAGE_MAX - 40]}… ({len(message):,} characters in all)"
    return message


# The line breaks str.splitlines() knows, shown as escapes: a value quoted in a message (a
# header cell, a --param) must not break the one sentence over several lines.
_LINE_BREAKS = {
    ord(c): c.encode("unicode_escape").decode() for c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
}


class HelixError(Exception):
    """Base class: the message is shown to the user as it is, without a traceback.

    >>> str(HelixError("field 'name' is '" + "x" * 200 + "'; shorten it"))
    "field 'name' is 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (200 characters)'; shorten it"
    """

    def __init__(self, message: str = "", *args):
        super().__init__(_bounded(str(message)), *args)

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
