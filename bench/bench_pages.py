"""Every page of the app at Horizon 2020 size, cold and warm (Streamlit's AppTest, the real store).

The real Horizon 2020 participations (``../shared/data``, as a CORDIS download imported
into an embedded FalkorDB; 150,000 synthetic participations when that folder is absent)
are loaded, then one app session, as ``helix-graph app`` starts it: the network read and
the compiled kernels loaded before the first page. Figures per page: the first visit
(cold: the tables that page needs computed then; target ≤ 10 s) and a rerun of it (warm:
target ≤ 2 s). The first page's cold figure includes the first analysis (the graph and the
measures every page shares). ``--quick`` uses 20,000 synthetic participations.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from bench._common import embedded_server
from helix_graph.ingest.seed_files import read_dataset
from helix_graph.load import load_dataset
from helix_graph.store import FalkorDBStore
from helix_graph.synth import synthesize, write_synth

PAGES = ("Explore", "Metrics", "Facilitate", "Helix", "Query", "Data")
APP = Path(__file__).resolve().parents[1] / "app.py"


def _timed_run(at) -> float:
    started = time.perf_counter()
    at.run()
    if at.exception:
        raise RuntimeError(f"the page failed: {at.exception[0].message}")
    return time.perf_counter() - started


def run(quick: bool, repeat: int) -> list[dict]:
    from streamlit.testing.v1 import AppTest

    from bench.bench_analysis import _h2020_store
    from helix_graph.analysis.kernels import warm_up
    from helix_graph.ui.preload import preload

    figures: list[dict] = []
    with embedded_server("helix-bench-pages-") as (tmp, server, client):
        store = None if quick else _h2020_store(client, Path(tmp))
        label = "real Horizon 2020"
        if store is None:
            n = 20_000 if quick else 150_000
            write_synth(synthesize(n, seed=1), Path(tmp) / "synth")
            store = FalkorDBStore(client, "bench_pages")
            load_dataset(store, read_dataset([Path(tmp) / "synth"]))
            label = f"{n:,} synthetic participations"
        saved = {k: os.environ.get(k) for k in ("HELIX_STORE", "HELIX_DATA_DIR", "HELIX_GRAPH")}
        os.environ.update(
            HELIX_STORE="embedded",
            HELIX_DATA_DIR=str(server.data_dir),
            HELIX_GRAPH=store.graph_name,
        )
        try:
            warm_up()
            preload(store)  # what helix-graph app does before serving
            at = AppTest.from_file(str(APP), default_timeout=600)
            first = _timed_run(at)
            figures.append(
                {
                    "name": f"app: first page (Explore) cold, {label}",
                    "value": first,
                    "unit": "s",
                    "target": None if quick else 10.0,
                    "note": "includes the first analysis",
                }
            )
            for page in PAGES:
                at.sidebar.radio(key="page").set_value(page)
                cold = first if page == "Explore" else _timed_run(at)
                warm = sorted(_timed_run(at) for _ in range(repeat))[repeat // 2]
                if page != "Explore":
                    figures.append(
                        {
                            "name": f"app: {page} cold",
                            "value": cold,
                            "unit": "s",
                            "target": None if quick else 10.0,
                        }
                    )
                figures.append(
                    {
                        "name": f"app: {page} warm",
                        "value": warm,
                        "unit": "s",
                        "target": None if quick else 2.0,
                        "note": f"median of {repeat} reruns",
                    }
                )
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    return figures
