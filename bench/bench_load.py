"""Load benchmark: synthetic CORDIS-scale data into the embedded FalkorDB.

Figures: reading and checking the CSV files (``read_dataset``); writing them into an empty
graph with FalkorDB's bulk insert (what ``helix-graph load DIR`` does on a first load) and
both together against the target of 5 s for 150,000 participations; the same write with
batched MERGE (the path of a graph that holds data, and of Neo4j); and an incremental load
of a small change (100 organisations moved to another sector, 100 new participations) into
the loaded graph, with the GRAPH.COPY it starts with on its own line. Every run loads into
a fresh graph of one embedded server.
"""

from __future__ import annotations

import statistics
import time
import uuid
from pathlib import Path

from bench._common import embedded_server
from helix_graph.ingest.seed_files import read_dataset
from helix_graph.load import load_dataset
from helix_graph.model import HELIX_SECTORS, Dataset, Participation
from helix_graph.store import FalkorDBStore
from helix_graph.synth import synthesize, write_synth

FULL = 150_000
QUICK = 5_000
CHANGED = 100


def small_change(dataset: Dataset) -> Dataset:
    """100 organisations in another sector and 100 participations that were not there."""
    sectors = list(HELIX_SECTORS)
    moved = [
        o.model_copy(update={"helix_sector": sectors[(sectors.index(o.helix_sector) + 1) % 4]})
        for o in dataset.organisations[:CHANGED]
    ]
    taken = {(p.organisation, p.project) for p in dataset.participations}
    new = []
    for i, organisation in enumerate(dataset.organisations[:CHANGED]):
        project = dataset.projects[-1 - i].id
        if (organisation.id, project) not in taken:
            new.append(Participation(project=project, organisation=organisation.id, role="partner"))
    return Dataset(
        projects=[p for p in dataset.projects if p.id in {n.project for n in new}],
        programmes=dataset.programmes,
        organisations=moved,
        participations=new,
    ).check()


def run(quick: bool, repeat: int) -> list[dict]:
    n = QUICK if quick else FULL
    with embedded_server("helix-bench-load-") as (tmp, server, client):
        folder = Path(tmp) / "synth"
        write_synth(synthesize(n, seed=1), folder)
        reads, writes, totals, merges, copies, changes = [], [], [], [], [], []
        for _ in range(repeat):
            started = time.perf_counter()
            dataset = read_dataset([folder])
            read_done = time.perf_counter()
            store = FalkorDBStore(client, f"bench_{uuid.uuid4().hex[:8]}")
            assert load_dataset(store, dataset).bulk
            finished = time.perf_counter()
            reads.append(read_done - started)
            writes.append(finished - read_done)
            totals.append(finished - started)

            change = small_change(dataset)
            copy_name = f"{store.graph_name}_copy"
            started = time.perf_counter()
            store._copy_graph(store.graph_name, copy_name)
            copies.append(time.perf_counter() - started)
            client.connection.delete(copy_name)
            started = time.perf_counter()
            assert not load_dataset(store, change).bulk
            changes.append(time.perf_counter() - started)
            store.delete_graph()

            merged = FalkorDBStore(client, f"bench_{uuid.uuid4().hex[:8]}")
            started = time.perf_counter()
            load_dataset(merged, dataset, bulk=False)
            merges.append(time.perf_counter() - started)
            merged.delete_graph()
    note = f"{n:,} participations, {len(dataset.organisations):,} organisations, median of {repeat}"
    return [
        {
            "name": "load: read + check CSV files",
            "value": statistics.median(reads),
            "unit": "s",
            "note": note,
        },
        {
            "name": "load: write, bulk insert into an empty graph",
            "value": statistics.median(writes),
            "unit": "s",
        },
        {
            "name": "load: total (helix-graph load DIR, empty graph)",
            "value": statistics.median(totals),
            "unit": "s",
            "target": 5.0 if not quick else None,
        },
        {
            "name": "load: write with MERGE batches instead",
            "value": statistics.median(merges),
            "unit": "s",
            "note": "the path of a graph that holds data, and of Neo4j",
        },
        {
            "name": "load: GRAPH.COPY of the loaded graph",
            "value": statistics.median(copies),
            "unit": "s",
            "note": "an incremental load starts with it",
        },
        {
            "name": "load: small change into the loaded graph",
            "value": statistics.median(changes),
            "unit": "s",
            "note": f"{CHANGED} organisations change sector, {len(change.participations)} new participations: "
            "copy, merge, swap",
        },
    ]
