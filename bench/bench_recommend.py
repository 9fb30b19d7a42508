"""Partner recommendations on real Horizon 2020 data: how long one takes, and whether hubs crowd them.

The real participations (``../shared/data``, imported as a CORDIS download; 150,000
synthetic participations when that folder is absent) in memory; 300 organisations drawn
with a fixed seed from those with at least one partner; ten suggestions each from
:func:`helix_graph.analysis.recommend_partners` on the analysis's shared view, the known
partners taken from the same (unfiltered) network. Figures: the median time of one
recommendation, and the share of all suggestions that go to the ten most-suggested
organisations (issue 11: at most 20%).
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
import pandas as pd

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


def _network() -> tuple[Network, str]:
    if H2020.is_file() and TO_CORDIS.is_file():
        from helix_graph.ingest.cordis import read_cordis

        with tempfile.TemporaryDirectory() as tmp:
            zip_path = Path(tmp) / "h2020.zip"
            subprocess.run(
                [sys.executable, str(TO_CORDIS), str(H2020), str(zip_path)],
                check=True,
                capture_output=True,
            )
            dataset, _ = read_cordis(zip_path)
        return network_from_dataset(dataset), "real Horizon 2020"
    data = synthesize(150_000, seed=1)
    return Network(
        data.organisations.assign(city=None), data.projects, data.participations
    ), "150,000 synthetic"


def run(quick: bool, repeat: int) -> list[dict]:
    network, label = _network()
    core = Analysis(network)
    view = core.view
    pagerank = pd.Series(
        core.centrality["pagerank"].to_numpy(), index=core.centrality["id"].to_numpy()
    )
    with_partners = np.flatnonzero(view.degree > 0)
    chosen = np.random.default_rng(7).choice(
        with_partners, size=QUICK_ORGANISATIONS if quick else ORGANISATIONS, replace=False
    )
    times, suggested = [], Counter()
    for position in chosen:
        org = view.nodes[position]
        started = time.perf_counter()
        table = recommend_partners(
            view, org, 10, pagerank=pagerank, known=known_partners(network, org)
        )
        times.append(time.perf_counter() - started)
        suggested.update(table["id"])
    total = sum(suggested.values())
    top10 = sum(n for _, n in suggested.most_common(10)) / total if total else 0.0
    return [
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
