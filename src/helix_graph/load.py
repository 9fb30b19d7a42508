"""Write a checked Dataset into a graph store, in batches of ``UNWIND $rows AS row MERGE …``.

Loading is idempotent: every node is merged on its ``id`` and every relationship on its
ends, so loading the same data twice changes nothing, and loading corrected data updates
properties and moves a country, sector or programme tie rather than adding a second one.

On FalkorDB a load is all or nothing: it writes into a graph under a temporary key (new,
or a copy of the live graph) that replaces the live graph only once complete
(:meth:`GraphStore.staged`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from helix_graph.model import HELIX_SECTORS, NODE_LABELS, RELATIONSHIP_TYPES, Dataset, country_name
from helix_graph.store.base import GraphStore
from helix_graph.store.cypher import cypher

__all__ = ["load_dataset", "graph_counts", "LoadReport", "DEFAULT_BATCH_SIZE"]

DEFAULT_BATCH_SIZE = 5_000
Progress = Callable[[str, int, int], None]
"""Called as ``progress(step, rows_done, rows_total)`` after every batch."""


@dataclass
class LoadReport:
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _batches(rows: list[dict], size: int) -> Iterator[list[dict]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def _dump(records: Iterable, **kwargs) -> list[dict[str, Any]]:
    # None values are left out: a missing key reads as null in Cypher, the same as None,
    # and the client spends half of a large load turning parameters into text
    return [record.model_dump(mode="json", exclude_none=True, **kwargs) for record in records]


def load_dataset(store: GraphStore, dataset: Dataset, *, batch_size: int = DEFAULT_BATCH_SIZE,
                 progress: Progress | None = None) -> LoadReport:
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

    Returns
    -------
    LoadReport
        Rows written per step.

    Raises
    ------
    DataError
        If the dataset does not pass :meth:`Dataset.check` (nothing is written).
    StoreError
        If another process writes to the graph or loads into it meanwhile (nothing is written).
    """
    dataset.check()
    with store.staged() as target:
        return _merge_load(target, dataset, batch_size, progress)


def _merge_load(store: GraphStore, dataset: Dataset, batch_size: int, progress: Progress | None) -> LoadReport:
    organisations = _dump(dataset.organisations)
    projects = _dump(dataset.projects, exclude={"date_variants"})
    steps: list[tuple[str, str, list[dict]]] = [
        ("sectors", "load/sectors", [{"code": c, "label": lbl} for c, lbl in HELIX_SECTORS.items()]),
        ("countries", "load/countries",
         [{"code": c, "name": country_name(c)} for c in dataset.country_codes()]),
        ("programmes", "load/programmes", _dump(dataset.programmes)),
        ("projects", "load/projects", projects),
        ("project programmes", "load/project_programmes",
         [{"id": p["id"], "programme": p["programme"]} for p in projects if p.get("programme")]),
        ("organisations", "load/organisations", organisations),
        ("organisation countries", "load/organisation_countries",
         [{"id": o["id"], "country": o["country"]} for o in organisations if o.get("country")]),
        ("organisation sectors", "load/organisation_sectors",
         [{"id": o["id"], "helix_sector": o["helix_sector"]} for o in organisations]),
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


def graph_counts(store: GraphStore) -> dict[str, dict[str, int]]:
    """Nodes per label and relationships per type, every label and type of the model listed."""
    nodes = {label: 0 for label in NODE_LABELS}
    for row in store.read(cypher("read/node_counts")):
        if row["label"] in nodes:  # a store's own bookkeeping (Neo4j's data version node) is not data
            nodes[row["label"]] = row["count"]
    relationships = {rel: 0 for rel in RELATIONSHIP_TYPES}
    for row in store.read(cypher("read/relationship_counts")):
        relationships[row["type"]] = row["count"]
    return {"nodes": nodes, "relationships": relationships}
