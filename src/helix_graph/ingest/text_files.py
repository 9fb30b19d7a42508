"""Reading people's tables: encodings, delimiters, numbers and dates as they are written.

Shared by the CORDIS and the CSV/Excel importers. Rows are streamed: a file is decoded
line by line, so a byte that does not fit the encoding is reported with its row, and
nothing holds the whole file in memory.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import BinaryIO

from helix_graph.errors import DataError

__all__ = [
    "ENCODINGS",
    "decoded_lines",
    "csv_rows",
    "parse_number",
    "parse_date",
    "guess_delimiter",
]

ENCODINGS = {
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "utf-8-sig": "utf-8",
    "cp1250": "cp1250",
    "windows-1250": "cp1250",
    "latin-1": "latin-1",
    "latin1": "latin-1",
    "iso-8859-1": "latin-1",
    "cp1252": "cp1252",
    "windows-1252": "cp1252",
    "iso-8859-2": "iso-8859-2",
    "latin-2": "iso-8859-2",
}
_DELIMITERS = [";", ",", "\t", "|"]
_DELIMITER_NAMES = {";": "';'", ",": "','", "\t": "tabs", "|": "'|'"}


def _codec(encoding: str, shown: str) -> str:
    codec = ENCODINGS.get(encoding.lower())
    if not codec:
        raise DataError(
            f"{shown}: encoding '{encoding}' is not supported; use one of "
            f"{', '.join(sorted(set(ENCODINGS.values())))}",
            file=shown,
        )
    return codec


def decoded_lines(stream: BinaryIO, shown: str, encoding: str = "utf-8") -> Iterator[str]:
    """The lines of a binary stream as text, a UTF-8 byte-order mark removed.

    Raises DataError naming the row whose bytes do not fit ``encoding``.
    """
    codec = _codec(encoding, shown)
    for number, raw in enumerate(stream, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            yield raw.decode(codec)
        except UnicodeDecodeError as exc:
            byte = raw[exc.start : exc.start + 1].hex()
            hint = (
                (
                    "pass --encoding cp1250 (Central European Windows) or --encoding latin-1, or save the "
                    "file as UTF-8"
                )
                if codec == "utf-8"
                else f"check that the file is really {encoding}"
            )
            raise DataError(
                f"{shown} line {number}: byte 0x{byte} at column {exc.start + 1} is not "
                f"{encoding}; {hint}",
                file=shown,
                record=f"line {number}",
            ) from None


def guess_delimiter(header_line: str) -> str:
    """The delimiter that splits the header line into the most columns."""
    counts = {d: header_line.count(d) for d in _DELIMITERS}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def csv_rows(
    lines: Iterable[str],
    shown: str,
    *,
    delimiter: str | None = None,
    required: Iterable[str] = (),
    expected_delimiter_hint: str = "",
) -> Iterator[tuple[int, dict[str, str]]]:
    """``(row label, {column: value})`` for every data row; the header checked first.

    The label is ``"row N"`` (the header is row 1), with the line added when a quoted
    field spanning lines makes the two differ: ``"row 3 (line 4)"``.

    Parameters
    ----------
    lines : iterable of str
        Decoded lines (see :func:`decoded_lines`).
    shown : str
        The file as named in messages.
    delimiter : str, optional
        Expected delimiter; when the header does not split on it but does on another one,
        the error says so. Guessed from the header when omitted.
    required : iterable of str
        Columns that must be in the header.
    """
    lines = iter(lines)
    header_line = next(lines, None)
    if header_line is None or not header_line.strip():
        raise DataError(
            f"{shown} row 1: the file is empty; it needs a header row", file=shown, record="1"
        )
    found = guess_delimiter(header_line)
    used = delimiter or found
    required = list(required)
    if delimiter and found != delimiter and header_line.count(found) > header_line.count(delimiter):
        raise DataError(
            f"{shown} row 1: the header is separated by {_DELIMITER_NAMES[found]}, not "
            f"{_DELIMITER_NAMES[delimiter]}{expected_delimiter_hint}; save the file with "
            f"{_DELIMITER_NAMES[delimiter]} as delimiter",
            file=shown,
            record="1",
            field=required[0] if required else None,
        )
    reader = csv.reader(_chain(header_line, lines), delimiter=used, strict=True)
    record, line = 0, 0  # records and lines read so far (the header is record 1)
    try:
        header = [name.strip() for name in next(reader)]
        missing = [name for name in required if name not in header]
        if missing:
            shown_header = ", ".join(header[:12]) + (", …" if len(header) > 12 else "")
            raise DataError(
                f"{shown} row 1: column '{missing[0]}' is missing (the header has: {shown_header}); "
                "add it or check that this is the right file",
                file=shown,
                record="1",
                field=missing[0],
            )
        width = len(header)
        record, line = 1, reader.line_num
        for cells in reader:
            first_line, line = line + 1, reader.line_num
            if not cells or (len(cells) == 1 and not cells[0].strip()):
                continue
            record += 1
            # a spreadsheet counts records, an editor counts lines: name both when they differ
            label = f"row {record}" if first_line == record else f"row {record} (line {first_line})"
            if len(cells) != width:
                raise DataError(
                    f"{shown} {label}: the row has {len(cells)} cells but the header has "
                    f"{width} columns; check the delimiter ({_DELIMITER_NAMES.get(used, repr(used))}) and "
                    "the quotes in that row",
                    file=shown,
                    record=label,
                )
            yield label, dict(zip(header, cells))
    except csv.Error as exc:
        # the row after the last one read, which starts on the line after the last one read
        record, first_line = record + 1, line + 1
        label = f"row {record}" if first_line == record else f"row {record} (line {first_line})"
        raise DataError(
            f"{shown} {label}: the CSV cannot be read ({exc}); fix the quotes there "
            "(a quote left open?)",
            file=shown,
            record=label,
        ) from None


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


_NUMBER = re.compile(r"^[+-]?[0-9][0-9., ']*$")
_PLAIN = re.compile(r"^[0-9]{1,15}(?:[.,][0-9]{1,2})?$|^[0-9]{1,15}\.[0-9]{3,}$")


def parse_number(value: str | float | int | None, where: str, field: str) -> float | None:
    """A number as people write it: ``2.689.072,80``, ``498,400.00``, ``81 200,00``, ``1234,5``.

    The last of ``.`` and ``,`` is the decimal mark when both occur; a single ``,`` is a
    decimal comma; a mark repeated is a thousands separator. Empty → None.
    """
    if value is None or isinstance(value, (int, float)):
        return None if value is None else float(value)
    if _PLAIN.match(value):  # the common cases, quickly: "1234", "1234.5", "1234,5"
        return float(value.replace(",", "."))
    text = value.strip().replace("\u00a0", " ")
    text = re.sub(r"(?i)\s*(eur|€)\s*$", "", text)
    text = re.sub(r"(?i)^(eur|€)\s*", "", text)
    if not text:
        return None
    if not _NUMBER.match(text):
        raise DataError(
            f"{where}: field '{field}' is '{value}', which is not a number; write it as e.g. "
            "1234.56 or 1.234,56",
            record=where,
            field=field,
        )
    text = text.replace(" ", "").replace("'", "")
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        text = text.replace(thousands, "").replace(decimal, ".")
    elif commas == 1:
        text = text.replace(",", ".")
    elif commas > 1:
        text = text.replace(",", "")
    elif dots > 1:
        text = text.replace(".", "")
    try:
        return float(text)
    except ValueError:
        raise DataError(
            f"{where}: field '{field}' is '{value}', which is not a number; write it as e.g. "
            "1234.56 or 1.234,56",
            record=where,
            field=field,
        ) from None


_DATE_FORMATS = (
    "%Y-%m-%d",
    "%d.%m.%Y",
    "%d. %m. %Y",
    "%d/%m/%Y",
    "%Y/%m/%d",
    "%d-%m-%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
)


def parse_date(value: str | date | None, where: str, field: str) -> date | None:
    """A date written as ISO (2018-04-17), 17.04.2018, 17/04/2018; empty → None."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    text = str(value).strip()
    if not text:
        return None
    if len(text) == 10 and text[4] == "-":
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise DataError(
        f"{where}: field '{field}' is '{value}', which is not a date; write it as 2018-04-17 "
        "or 17.04.2018",
        record=where,
        field=field,
    )
