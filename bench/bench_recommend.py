"""Partner recommendations on real Horizon 2020 data: how long one takes, and whether hubs crowd them.

The real participations (``../shared/data``, imported as a CORDIS download; 150,000
synthetic participations when that folder is absent) in memory; 300 organisations drawn
with a fixed seed from those with at least one partner; ten suggestions each from
:func:`helix_graph.analysis.recommend_partners` on the analysis's shared view, the known
partners taken from the same (unfiltered) network. Figures: the median time of one
recommendation once the network is loaded (as in the app), the share of all suggestions
that go to the ten most-suggested organisations (issue 11: at most 20%), and
``helix-graph recommend`` from the command line in its own process against the data
loaded into an embedded FalkorDB (time and peak memory, medians of ``repeat`` runs).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

from bench._common import cli_in_own_process, embedded_server
from bench.bench_analysis import H2020, TO_CORDIS
from helix_graph.analysis import (
    Analysis,
    Network,
    known_partners,
    network_from_dataset,
    recommend_partners,
)
from helix_graph.synth import synthesize

ORGANISATIONS = 300
QUICK_ORGANISATIONS = 30


def _dataset():
    """The real Horizon 2020 participations as a Dataset (through the CORDIS importer), or None."""
    if not (H2020.is_file() and TO_CORDIS.is_file()):
        return None
    from helix_graph.ingest.cordis import read_cordis

    with tempfile.TemporaryDirectory() as tmp:
        zip_path = Path(tmp) / "h2020.zip"
        subprocess.run(
            [sys.executable, str(TO_CORDIS), str(H2020), str(zip_path)],
            check=True,
            capture_output=True,
        )
        dataset, _ = read_cordis(zip_path)
    return dataset


def _network(dataset=None) -> tuple[Network, str]:
    dataset = dataset if dataset is not None else _dataset()
    if dataset is not None:
        return network_from_dataset(dataset), "real Horizon 2020"
    data = synthesize(150_000, seed=1)
    return Network(
        data.organisations.assign(city=None), data.projects, data.participations
    ), "150,000 synthetic"


def _command_line(dataset, organisations: list[str], repeat: int) -> list[dict]:
    """``helix-graph recommend ID`` in its own process against the data in an embedded store."""
    from helix_graph.load import load_dataset
    from helix_graph.store import FalkorDBStore

    with embedded_server("helix-bench-recommend-") as (_, server, client):
        load_dataset(FalkorDBStore(client, "bench_recommend"), dataset)
        runs = [
            cli_in_own_process(server, "bench_recommend", ["recommend", org, "--json"])
            for org in organisations[: max(repeat, 1)]
        ]
    return [
        {
            "name": "recommend: the command line, real Horizon 2020",
            "value": statistics.median(r["seconds"] for r in runs),
            "unit": "s",
            "target": 2.0,
            "note": f"median of {len(runs)} organisations, each in its own process",
        },
        {
            "name": "recommend: the command line's peak memory",
            "value": statistics.median(r["gb"] for r in runs),
            "unit": "GB",
            "target": 1.0,
        },
    ]


def run(quick: bool, repeat: int) -> list[dict]:
    dataset = _dataset()
    network, label = _network(dataset)
    core = Analysis(network)
    view = core.view
    with_partners = np.flatnonzero(view.degree > 0)
    chosen = np.random.default_rng(7).choice(
        with_partners, size=QUICK_ORGANISATIONS if quick else ORGANISATIONS, replace=False
    )
    times, suggested = [], Counter()
    for position in chosen:
        org = view.nodes[position]
        started = time.perf_counter()
        table = recommend_partners(
            view, org, 10, known=known_partners(network, org), network=network
        )
        times.append(time.perf_counter() - started)
        suggested.update(table["id"])
    total = sum(suggested.values())
    top10 = sum(n for _, n in suggested.most_common(10)) / total if total else 0.0
    figures = [
        {
            "name": f"recommend: one call on the shared view, {label}",
            "value": statistics.median(times),
            "unit": "s",
            "target": 0.3,
            "note": f"median over {len(chosen)} organisations",
        },
        {
            "name": "recommend: share of suggestions going to the 10 most-suggested",
            "value": top10,
            "unit": "",
            "target": 0.20,
            "note": f"{total:,} suggestions, {len(suggested):,} distinct organisations",
        },
    ]
    if dataset is not None:
        figures += _command_line(dataset, [view.nodes[p] for p in chosen], repeat)
    return figures
