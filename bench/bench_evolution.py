"""Time slices, measured on real Horizon 2020 (``../shared/data/``, by start year).

Figures (medians of ``repeat`` runs in one process):

- the evolution table of yearly slices (every slice's measures, who moved, tie status)
  from the network read out of the store, in seconds (target ≤ 15 s);
- one slice's drawing in the places of the whole period, computed (the first step onto
  a slice) and then stepping back to it from the app's cache, painted in Chromium (target ≤ 1 s).

``--quick`` (or without ``../shared``) uses 20,000 synthetic participations instead.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from bench._common import embedded_server
from bench.bench_analysis import _h2020_store
from helix_graph.analysis import Analysis, evolution, read_network
from helix_graph.ingest.seed_files import read_dataset
from helix_graph.load import load_dataset
from helix_graph.store import FalkorDBStore
from helix_graph.synth import synthesize, write_synth
from helix_graph.viz.views import network_scene, slice_scene
from tests.ui.browser import browser_page, network_frame
from tests.ui.conftest import start_app, stop_app


def _store(client, tmp: Path, quick: bool):
    store = None if quick else _h2020_store(client, tmp)
    if store is not None:
        return store, "real Horizon 2020"
    write_synth(synthesize(20_000, seed=1), tmp / "synth")
    store = FalkorDBStore(client, "bench_evolution")
    load_dataset(store, read_dataset([tmp / "synth"]))
    return store, "20,000 synthetic participations"


def _stepping(env: dict, repeat: int) -> list[float]:
    """Seconds from stepping back onto an already drawn slice to its drawing painted."""
    process, url = start_app(env)
    times = []
    try:
        with browser_page(width=1400, height=1400) as (page, watch):
            page.goto(url)
            network_frame(page, timeout_ms=300_000)
            page.get_by_text("Time and place", exact=True).first.click()
            page.get_by_text("years (by project start)").click()
            page.get_by_text("What changed in a slice").wait_for(timeout=600_000)
            network_frame(page, timeout_ms=600_000)
            slider = page.get_by_role("slider", name="Slice")
            frame = page.frame_locator("iframe[data-testid=stIFrame]").first

            def step(key: str, timeout_ms: int) -> float:
                # the drawing shown now is marked: the next one painted is a new page
                frame.locator("body").evaluate("() => { document.body.dataset.marker = 'old'; }")
                start = time.perf_counter()
                slider.press(key)
                frame.locator("body[data-drawn=true]:not([data-marker]) #network canvas").wait_for(
                    timeout=timeout_ms
                )
                return time.perf_counter() - start

            step("ArrowLeft", 600_000)  # the slice before: drawn once, then cached
            for k in range(repeat):
                times.append(step("ArrowRight" if k % 2 == 0 else "ArrowLeft", 120_000))
            assert not watch.external
    finally:
        stop_app(process)
    return times


def run(quick: bool, repeat: int) -> list[dict]:
    figures = []
    with embedded_server("helix-bench-evolution-") as (tmp, server, client):
        store, what = _store(client, Path(tmp), quick)
        network = read_network(store)
        times, result = [], None
        for _ in range(repeat):
            start = time.perf_counter()
            result = evolution(network, "year")
            times.append(time.perf_counter() - start)
        figures.append(
            {"name": f"evolution table, yearly slices, {what}", "value": statistics.median(times),
             "unit": "s", "target": 15.0, "note": f"{len(result.labels)} slices"}
        )  # fmt: skip
        whole = network_scene(Analysis(network))
        label = result.labels[len(result.labels) // 2]
        start = time.perf_counter()
        slice_scene(result, label, whole.positions)
        figures.append(
            {"name": f"one slice drawn in the whole period's places ({label})",
             "value": time.perf_counter() - start, "unit": "s", "note": "first step onto it"}
        )  # fmt: skip
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
        env.update(
            HELIX_STORE="embedded",
            HELIX_DATA_DIR=str(server.data_dir),
            HELIX_GRAPH=store.graph_name,
        )
        with tempfile.TemporaryDirectory():
            steps = _stepping(env, repeat)
        figures.append(
            {"name": "app: stepping onto a drawn slice, painted", "value": statistics.median(steps),
             "unit": "s", "target": 1.0, "note": "Time and place page, yearly slices, cached"}
        )  # fmt: skip
    return figures
