"""Write a checked Dataset into a graph store: one graph model, two ways of writing it.

- Into an empty embedded FalkorDB graph: FalkorDB's bulk insert (``GRAPH.BULK``), every
  row in one binary command. The labels, relationship types and properties it writes are
  read from the same ``cypher/load/`` statements the other way runs, so both give the
  same graph.
- Otherwise (a graph that holds data, or Neo4j): batches of ``UNWIND $rows AS row MERGE …``.
  Every node is merged on its ``id`` and every relationship on its ends, so loading the
  same data twice changes nothing, and loading corrected data updates properties and moves
  a country, sector or programme tie rather than adding a second one.

On FalkorDB a load is all or nothing: it writes into a graph under a temporary key (new,
or a copy of the live graph) that replaces the live graph only once complete
(:meth:`GraphStore.staged`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from operator import attrgetter
from types import UnionType
from typing import Any, Union, get_args, get_origin

import pandas as pd

from helix_graph.errors import DataError
from helix_graph.model import (
    HELIX_SECTORS,
    NODE_LABELS,
    RELATIONSHIP_TYPES,
    Dataset,
    Organisation,
    Participation,
    Programme,
    Project,
    country_name,
)
from helix_graph.store.base import GraphStore
from helix_graph.store.collector import collector_paused
from helix_graph.store.cypher import cypher
from helix_graph.store.falkordb_bulk import (
    BulkValueError,
    Column,
    NodeTable,
    RelationshipTable,
)
from helix_graph.store.falkordb_store import FalkorDBStore

__all__ = ["load_dataset", "preview_load", "graph_counts", "LoadReport", "DEFAULT_BATCH_SIZE"]

DEFAULT_BATCH_SIZE = 5_000
Progress = Callable[[str, int, int], None]
"""Called as ``progress(step, rows_done, rows_total)`` after every batch."""


@dataclass
class LoadReport:
    rows: dict[str, int] = field(default_factory=dict)
    bulk: bool = False  # written with FalkorDB's bulk insert rather than MERGE batches

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _batches(rows: list[dict], size: int) -> Iterator[list[dict]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _dump(records: Iterable, **kwargs) -> list[dict[str, Any]]:
    # None values are left out: a missing key reads as null in Cypher, the same as None,
    # and the client spends half of a large load turning parameters into text
    return [record.model_dump(mode="json", exclude_none=True, **kwargs) for record in records]


def load_dataset(
    store: GraphStore,
    dataset: Dataset,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Progress | None = None,
    bulk: bool = True,
) -> LoadReport:
    """Merge ``dataset`` into ``store``.

    Parameters
    ----------
    store : GraphStore
        The store to write to; its schema is applied too (idempotent).
    dataset : Dataset
        Already checked (``read_dataset`` and the importers return checked datasets);
        checked again here, before anything is written.
    batch_size : int, default 5000
        Rows per ``UNWIND`` statement.
    progress : callable, optional
        ``progress(step, done, total)`` after each batch, for a progress bar.
    bulk : bool, default True
        Use FalkorDB's bulk insert when the graph is empty; False always merges in batches.

    Returns
    -------
    LoadReport
        Rows written per step, and whether the bulk insert wrote them.

    Raises
    ------
    DataError
        If the dataset does not pass :meth:`Dataset.check` (nothing is written).
    StoreError
        If another process writes to the graph or loads into it meanwhile (nothing is written).
    """
    dataset.check()
    _refuse_nul(dataset)
    with store.staged() as target, collector_paused():
        if bulk and isinstance(target, FalkorDBStore) and target.is_empty():
            return _bulk_load(target, dataset, progress)
        return _merge_load(target, dataset, batch_size, progress)


def _merge_load(
    store: GraphStore, dataset: Dataset, batch_size: int, progress: Progress | None
) -> LoadReport:
    organisations = _dump(dataset.organisations)
    projects = _dump(dataset.projects, exclude={"date_variants"})
    steps: list[tuple[str, str, list[dict]]] = [
        (
            "sectors",
            "load/sectors",
            [{"code": c, "label": lbl} for c, lbl in HELIX_SECTORS.items()],
        ),
        (
            "countries",
            "load/countries",
            [{"code": c, "name": country_name(c)} for c in dataset.country_codes()],
        ),
        ("programmes", "load/programmes", _dump(dataset.programmes)),
        ("projects", "load/projects", projects),
        (
            "project programmes",
            "load/project_programmes",
            [{"id": p["id"], "programme": p["programme"]} for p in projects if p.get("programme")],
        ),
        ("organisations", "load/organisations", organisations),
        (
            "organisation countries",
            "load/organisation_countries",
            [{"id": o["id"], "country": o["country"]} for o in organisations if o.get("country")],
        ),
        (
            "organisation sectors",
            "load/organisation_sectors",
            [{"id": o["id"], "helix_sector": o["helix_sector"]} for o in organisations],
        ),
        ("participations", "load/participations", _dump(dataset.participations)),
    ]
    store.apply_schema()
    report = LoadReport()
    total = sum(len(rows) for _, _, rows in steps)
    done = 0
    for step, statement, rows in steps:
        for batch in _batches(rows, batch_size):
            store.write(cypher(statement), {"rows": batch})
            done += len(batch)
            if progress:
                progress(step, done, total)
        report.rows[step] = len(rows)
    return report


# -- the bulk path -----------------------------------------------------------------------
_MERGE_NODE = re.compile(r"MERGE\s*\(\w+:(\w+)\s*\{(\w+):\s*row\.(\w+)\s*\}\s*\)")
_MERGE_RELATIONSHIP = re.compile(r"MERGE\s*\(\w+\)-\[\w*:(\w+)\]->\(\w+\)")
_SET = re.compile(r"\b\w+\.(\w+)\s*=\s*row\.(\w+)")


@cache
def _written(statement: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The label or type a ``cypher/load/`` statement merges, and its ``(property, row field)`` pairs.

    >>> _written("load/countries")
    ('Country', (('id', 'code'), ('code', 'code'), ('name', 'name')))
    """
    text = cypher(statement)
    node = _MERGE_NODE.search(text)
    if node:
        name, key, key_field = node.groups()
        pairs = [(key, key_field)]
    else:
        name, pairs = _MERGE_RELATIONSHIP.search(text).group(1), []
    assignments = re.search(r"\bSET\b", text)
    if assignments:
        pairs += _SET.findall(text[assignments.start() :])
    return name, tuple(pairs)


def _kind(annotation) -> str:
    """The bulk column kind of a model field: its type, as ``model_dump(mode="json")`` gives it."""
    options = (
        [a for a in get_args(annotation) if a is not type(None)]
        if get_origin(annotation) in (Union, UnionType)
        else [annotation]
    )
    base = options[0] if len(options) == 1 else str
    if get_origin(base) is list:
        return "strings"
    return {bool: "bool", int: "int", float: "float", date: "date"}.get(base, "string")


@cache
def _kinds(model: type) -> dict[str, str]:
    return {name: _kind(info.annotation) for name, info in model.model_fields.items()}


def _columns(
    statement: str, values: Callable[[str], Sequence], kinds: dict[str, str]
) -> list[Column]:
    """The properties ``statement`` writes, as columns of values taken by row field."""
    return [
        Column(prop, kinds.get(source, "string"), values(source))
        for prop, source in _written(statement)[1]
    ]


def _of(records: Sequence) -> Callable[[str], list]:
    return lambda name: list(map(attrgetter(name), records))


def _bulk_load(store: FalkorDBStore, dataset: Dataset, progress: Progress | None) -> LoadReport:
    """Write ``dataset`` into an empty FalkorDB graph with one bulk insert, then its schema."""
    codes = dataset.country_codes()
    sectors = {"code": list(HELIX_SECTORS), "label": list(HELIX_SECTORS.values())}
    countries = {"code": codes, "name": [country_name(c) for c in codes]}
    nodes = {  # in the MERGE path's order
        "sectors": ("load/sectors", sectors.get, len(HELIX_SECTORS), {}),
        "countries": ("load/countries", countries.get, len(codes), {}),
        "programmes": (
            "load/programmes",
            _of(dataset.programmes),
            len(dataset.programmes),
            _kinds(Programme),
        ),
        "projects": (
            "load/projects",
            _of(dataset.projects),
            len(dataset.projects),
            _kinds(Project),
        ),
        "organisations": (
            "load/organisations",
            _of(dataset.organisations),
            len(dataset.organisations),
            _kinds(Organisation),
        ),
    }
    node_tables = {
        step: NodeTable(_written(statement)[0], rows, _columns(statement, values, kinds))
        for step, (statement, values, rows, kinds) in nodes.items()
    }
    # a relationship names its ends by position: nodes are numbered in insertion order from 0
    at: dict[str, dict[str, int]] = {}
    first = 0
    for table in node_tables.values():
        ids = next(c.values for c in table.columns if c.name == "id")
        at[table.label] = dict(zip(ids, range(first, first + table.rows)))
        first += table.rows

    def ties(
        statement: str, ends: list[tuple[int, int]], columns: list[Column] | None = None
    ) -> RelationshipTable:
        return RelationshipTable(
            _written(statement)[0], [s for s, _ in ends], [t for _, t in ends], columns or []
        )

    projects, organisations, participations = (
        dataset.projects,
        dataset.organisations,
        dataset.participations,
    )
    relationship_tables = {
        "project programmes": ties(
            "load/project_programmes",
            [(at["Project"][p.id], at["Programme"][p.programme]) for p in projects if p.programme],
        ),
        "organisation countries": ties(
            "load/organisation_countries",
            [
                (at["Organisation"][o.id], at["Country"][o.country])
                for o in organisations
                if o.country
            ],
        ),
        "organisation sectors": ties(
            "load/organisation_sectors",
            [
                (at["Organisation"][o.id], at["HelixSector"][o.helix_sector])
                for o in organisations
                if o.helix_sector in HELIX_SECTORS  # an unknown sector has no tie
            ],
        ),
        "participations": ties(
            "load/participations",
            [
                (at["Organisation"][p.organisation], at["Project"][p.project])
                for p in participations
            ],
            _columns("load/participations", _of(participations), _kinds(Participation)),
        ),
    }
    tables = {**node_tables, **relationship_tables}
    order = [
        "sectors",
        "countries",
        "programmes",
        "projects",
        "project programmes",
        "organisations",
        "organisation countries",
        "organisation sectors",
        "participations",
    ]  # the MERGE path's steps
    report = LoadReport(rows={step: tables[step].rows for step in order}, bulk=True)
    done = 0
    for step, rows in report.rows.items():
        done += rows
        if progress:
            progress(step, done, report.total)
    try:
        store.bulk_insert(list(node_tables.values()), list(relationship_tables.values()))
    except BulkValueError as exc:
        records = {
            "Programme": dataset.programmes,
            "Project": projects,
            "Organisation": organisations,
            "PARTICIPATES_IN": participations,
        }[exc.table]
        raise _nul_error(records[exc.row], exc.column) from None
    store.apply_schema()
    return report


def _nul_error(record, field_name: str) -> DataError:
    return DataError(
        f"{record.origin}: field '{field_name}' holds a NUL character (\\x00), which the graph "
        "store cannot keep; remove it",
        file=record.origin,
        record=getattr(record, "id", None) or getattr(record, "organisation", None),
        field=field_name,
    )


def _texts(value) -> list[str]:
    """The text of one field: a text, or the texts of a list (sources, aliases)."""
    if isinstance(value, str):
        return [value]
    return [t for t in value if isinstance(t, str)] if isinstance(value, list) else []


def _refuse_nul(dataset: Dataset) -> None:
    """Refuse, before anything is written, a text holding a NUL character.

    Neither way of writing carries one: Cypher parameters travel as text that a NUL ends,
    and the bulk format ends its strings with NUL. One join per column finds it; only a
    column that holds one is gone through value by value, to name the record.
    """
    for records in (
        dataset.programmes,
        dataset.projects,
        dataset.organisations,
        dataset.participations,
    ):
        for name, kind in (_kinds(type(records[0])) if records else {}).items():
            if kind not in ("string", "strings"):
                continue
            values = _of(records)(name)
            if "\x00" not in "".join(t for v in values if v for t in _texts(v)):
                continue
            for record, value in zip(records, values):
                if any("\x00" in t for t in _texts(value)):
                    raise _nul_error(record, name)


def graph_counts(store: GraphStore) -> dict[str, dict[str, int]]:
    """Nodes per label and relationships per type, every label and type of the model listed."""
    nodes = {label: 0 for label in NODE_LABELS}
    for row in store.read(cypher("read/node_counts")):
        if (
            row["label"] in nodes
        ):  # a store's own bookkeeping (Neo4j's data version node) is not data
            nodes[row["label"]] = row["count"]
    relationships = {rel: 0 for rel in RELATIONSHIP_TYPES}
    for row in store.read(cypher("read/relationship_counts")):
        relationships[row["type"]] = row["count"]
    return {"nodes": nodes, "relationships": relationships}


def preview_load(store: GraphStore, dataset: Dataset) -> dict[str, dict[str, int]]:
    """What loading ``dataset`` into ``store`` would change, writing nothing.

    Organisations and projects are compared with the stored ones on the fields the analysis
    reads (names, kind, sector, country, city; acronym, title, programme, dates);
    participations on their role.

    Returns
    -------
    dict
        For ``organisations``, ``projects`` and ``participations``: how many are ``new``,
        ``changed`` and ``unchanged``.
    """
    from helix_graph.analysis.network import network_from_dataset, stored_tables

    dataset.check()
    stored, incoming = stored_tables(store), network_from_dataset(dataset, unfiltered=True)
    report = {}
    for name, keys in (
        ("organisations", ["id"]),
        ("projects", ["id"]),
        ("participations", ["organisation", "project"]),
    ):
        old, new = getattr(stored, name), getattr(incoming, name)
        fields = [c for c in new.columns if c not in keys and c in old.columns]
        merged = new.merge(old, on=keys, how="left", suffixes=("", "_stored"), indicator=True)
        present = merged["_merge"] == "both"
        differs = pd.Series(False, index=merged.index)
        for field_name in fields:
            a, b = merged[field_name].astype(object), merged[f"{field_name}_stored"].astype(object)
            differs |= ~((a == b) | (a.isna() & b.isna()))
        report[name] = {
            "new": int((~present).sum()),
            "changed": int((present & differs).sum()),
            "unchanged": int((present & ~differs).sum()),
        }
    return report
