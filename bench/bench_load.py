"""Load benchmark: synthetic CORDIS-scale data into the embedded FalkorDB.

Figures: reading and checking the CSV files (``read_dataset``), writing them
(``load_dataset``), and both together against the target of 15 s for 150,000
participations. Every run loads into a fresh graph of one embedded server.
"""

from __future__ import annotations

import statistics
import time
import uuid
from pathlib import Path

from helix_graph.ingest.seed_files import read_dataset
from helix_graph.load import load_dataset
from helix_graph.store import FalkorDBStore
from helix_graph.synth import synthesize, write_synth

from bench._common import embedded_server

FULL = 150_000
QUICK = 5_000


def run(quick: bool, repeat: int) -> list[dict]:
    n = QUICK if quick else FULL
    with embedded_server("helix-bench-load-") as (tmp, server, client):
        folder = Path(tmp) / "synth"
        write_synth(synthesize(n, seed=1), folder)
        reads, writes, totals = [], [], []
        for _ in range(repeat):
            started = time.perf_counter()
            dataset = read_dataset([folder])
            read_done = time.perf_counter()
            store = FalkorDBStore(client, f"bench_{uuid.uuid4().hex[:8]}")
            load_dataset(store, dataset)
            finished = time.perf_counter()
            store.delete_graph()
            reads.append(read_done - started)
            writes.append(finished - read_done)
            totals.append(finished - started)
    note = f"{n:,} participations, {len(dataset.organisations):,} organisations, median of {repeat}"
    return [
        {"name": "load: read + check CSV files", "value": statistics.median(reads), "unit": "s", "note": note},
        {"name": "load: write into embedded FalkorDB", "value": statistics.median(writes), "unit": "s"},
        {"name": "load: total (helix-graph load DIR)", "value": statistics.median(totals), "unit": "s",
         "target": 15.0 if not quick else None},
    ]
