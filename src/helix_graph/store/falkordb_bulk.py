"""FalkorDB's bulk insert (``GRAPH.BULK``): a new graph from columns of values, in one pass.

This is the binary protocol the ``falkordb-bulk-loader`` package speaks and the module's
``bulk_insert.c`` reads, encoded here straight from Python values (no CSV in between):

- a command is ``GRAPH.BULK graph [BEGIN] nodes relationships node_tokens relationship_tokens
  token…``; ``BEGIN`` (first command only) makes the server refuse a key that exists;
- a token is one label's (or relationship type's) rows: a header — the name, NUL, the
  property count as a 4-byte unsigned integer, each property name and NUL — then the rows;
- a node row is its properties in header order; a relationship row starts with the source
  and target node as 8-byte unsigned integers — the nodes' positions in insertion order,
  counted from 0 across every label — then its properties;
- a property is a type byte and its payload: 0 null (left out of the entity), 1 bool (one
  byte), 2 double and 4 long (8 bytes), 3 string (UTF-8 and NUL), 5 array (an 8-byte
  length, then its elements as properties).

All integers are in the machine's byte order, as the server reads them in place.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Literal

__all__ = ["Column", "NodeTable", "RelationshipTable", "BulkValueError", "bulk_commands"]

Kind = Literal["string", "date", "float", "int", "bool", "strings"]

_NULL = b"\x00"
_TRUE, _FALSE = b"\x01\x01", b"\x01\x00"
_TYPED_8 = struct.Struct("=Bd").pack  # double
_TYPED_Q = struct.Struct("=Bq").pack  # long; also an array's type byte and length
_ENDS = struct.Struct("=QQ").pack
_COUNT = struct.Struct("=I").pack
_EMPTY_ARRAY = _TYPED_Q(5, 0)

# Keep a token and a command well below Redis's limits (512 MB per argument, 1 GB per request).
TOKEN_BYTES = 64 << 20
COMMAND_BYTES = 256 << 20


class BulkValueError(ValueError):
    """A value the binary format cannot carry: a text holding a NUL character."""

    def __init__(self, table: str, column: str, row: int):
        super().__init__(f"{table}.{column}, row {row}: text holds a NUL character")
        self.table, self.column, self.row = table, column, row


@dataclass
class Column:
    """One property: its name, what kind of values it holds, the values (None for missing)."""

    name: str
    kind: Kind
    values: Sequence


@dataclass
class NodeTable:
    """The nodes of one label, one value per row in every column."""

    label: str
    rows: int
    columns: list[Column] = field(default_factory=list)


@dataclass
class RelationshipTable:
    """The relationships of one type: source and target as node positions, and properties."""

    type: str
    sources: Sequence[int]
    targets: Sequence[int]
    columns: list[Column] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return len(self.sources)


def _text(value: str) -> bytes:
    return b"\x03" + value.encode() + b"\x00"


def _encode(table: str, column: Column) -> list[bytes]:
    values, kind = column.values, column.kind
    if kind == "string":
        # a NUL would end the string early and misalign everything after it
        if "\x00" in "".join(filter(None, values)):
            row = next(i for i, v in enumerate(values) if v and "\x00" in v)
            raise BulkValueError(table, column.name, row)
        return [_NULL if v is None else b"\x03" + v.encode() + b"\x00" for v in values]
    if kind == "date":
        return [_NULL if v is None else b"\x03" + v.isoformat().encode() + b"\x00" for v in values]
    if kind == "float":
        return [_NULL if v is None else _TYPED_8(2, v) for v in values]
    if kind == "int":
        return [_NULL if v is None else _TYPED_Q(4, v) for v in values]
    if kind == "bool":
        return [_NULL if v is None else (_TRUE if v else _FALSE) for v in values]
    if kind == "strings":
        if "\x00" in "".join(chain.from_iterable(filter(None, values))):
            row = next(i for i, v in enumerate(values) if v and any("\x00" in s for s in v))
            raise BulkValueError(table, column.name, row)
        seen: dict[tuple, bytes] = {}  # the same few lists (sources: ["CORDIS"]) recur on every row
        out = []
        for v in values:
            if v is None:
                out.append(_NULL)
            elif not v:
                out.append(_EMPTY_ARRAY)
            else:
                key = tuple(v)
                encoded = seen.get(key)
                if encoded is None:
                    encoded = seen[key] = _TYPED_Q(5, len(v)) + b"".join(map(_text, v))
                out.append(encoded)
        return out
    raise ValueError(f"unknown column kind {kind!r}")


def _header(name: str, columns: list[Column]) -> bytes:
    return (
        name.encode()
        + b"\x00"
        + _COUNT(len(columns))
        + b"".join(c.name.encode() + b"\x00" for c in columns)
    )


def _tokens(
    name: str, columns: list[Column], fields: list[list[bytes]], rows: int
) -> list[tuple[int, bytes]]:
    """``(rows, token)`` pieces of one table, each below TOKEN_BYTES."""
    header = _header(name, columns)
    size = sum(sum(map(len, f)) for f in fields)
    pieces = max(1, -(-size // TOKEN_BYTES))
    step = -(-rows // pieces) if rows else 0
    tokens = []
    for start in range(0, rows, step or 1):
        part = [f[start : start + step] for f in fields]
        tokens.append(
            (len(part[0]) if part else 0, header + b"".join(chain.from_iterable(zip(*part))))
        )
    return tokens


def bulk_commands(
    graph: str, nodes: list[NodeTable], relationships: list[RelationshipTable]
) -> list[list[bytes | str | int]]:
    """The GRAPH.BULK commands (argument lists) that create ``graph`` with these tables.

    Node positions count rows across ``nodes`` in order: the first row of the second
    table comes right after the last row of the first.

    Raises
    ------
    BulkValueError
        For a text value holding a NUL character.
    """
    node_tokens, relationship_tokens = [], []
    for table in nodes:
        if table.rows:
            if not table.columns:  # the server counts nodes by their bytes: a row needs one
                raise ValueError(f"{table.label}: a node table needs at least one property")
            fields = [_encode(table.label, c) for c in table.columns]
            node_tokens += _tokens(table.label, table.columns, fields, table.rows)
    for table in relationships:
        if table.rows:
            fields = [list(map(_ENDS, table.sources, table.targets))]
            fields += [_encode(table.type, c) for c in table.columns]
            relationship_tokens += _tokens(table.type, table.columns, fields, table.rows)

    commands: list[list] = []
    batch: dict[str, list] = {"nodes": [], "relationships": []}
    size = 0

    def flush():
        if batch["nodes"] or batch["relationships"]:
            head = ["BEGIN"] if not commands else []
            commands.append(
                [
                    "GRAPH.BULK",
                    graph,
                    *head,
                    sum(n for n, _ in batch["nodes"]),
                    sum(n for n, _ in batch["relationships"]),
                    len(batch["nodes"]),
                    len(batch["relationships"]),
                    *(t for _, t in batch["nodes"]),
                    *(t for _, t in batch["relationships"]),
                ]
            )
        batch["nodes"], batch["relationships"] = [], []

    # every node token goes before any relationship token: ties point at nodes that exist
    for kind, tokens in (("nodes", node_tokens), ("relationships", relationship_tokens)):
        for rows, token in tokens:
            if size + len(token) > COMMAND_BYTES:
                flush()
                size = 0
            batch[kind].append((rows, token))
            size += len(token)
    flush()
    return commands
