"""Readable drawings, measured: ``helix-graph draw`` and the Explore page at 20,000 participations.

Figures:

- ``helix-graph draw --graph collaboration --colour community --out view.svg`` of the
  default top-1,000 view of 20,000 synthetic participations (about 5,000
  organisations): nodes drawn (target ≥ 200), overlapping label pairs with the boxes
  Chromium itself lays the SVG's text out in (target 0), and the silhouette of the node
  positions grouped by fill colour (target ≥ 0.25); the command's wall time;
- the same view as a standalone HTML file opened in Chromium with every request that
  leaves the file blocked: requests attempted (target 0) and drawn or not;
- the view on the app's Explore page interactive (painted) after the data is cached:
  seconds from a reload to painted (target ≤ 3 s), median of ``repeat`` reloads.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from bench._common import embedded_server
from helix_graph.ingest.seed_files import read_dataset
from helix_graph.load import load_dataset
from helix_graph.store import FalkorDBStore
from helix_graph.synth import synthesize, write_synth
from helix_graph.viz import overlapping_pairs, silhouette
from tests.ui.browser import browser_page, network_frame
from tests.ui.conftest import start_app, stop_app

PARTICIPATIONS = 20_000
SVG = "{http://www.w3.org/2000/svg}"


def _env(data_dir: Path, graph: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(HELIX_STORE="embedded", HELIX_DATA_DIR=str(data_dir), HELIX_GRAPH=graph)
    return env


def _svg_figures(path: Path) -> dict:
    root = ET.parse(path).getroot()
    nodes = root.findall(f".//{SVG}g[@id='nodes']/*")
    transform = root.find(f".//{SVG}g[@id='drawing']").get("transform")
    positions, colours = {}, {}
    for k, node in enumerate(nodes):
        x = float(node.get("cx", node.get("x", 0)))
        y = float(node.get("cy", node.get("y", 0)))
        positions[k], colours[k] = (x, y), node.get("fill")
    with browser_page() as (page, watch):
        page.set_content(path.read_text(encoding="utf-8"), wait_until="load")
        boxes = page.evaluate(
            "() => Array.from(document.querySelectorAll('#labels text')).map(t => {"
            " const b = t.getBBox(); return [b.x, b.y, b.x + b.width, b.y + b.height]; })"
        )
    return {
        "nodes": len(nodes),
        "labels": len(boxes),
        "overlaps": overlapping_pairs(boxes),
        "silhouette": silhouette(positions, colours),
        "transform": transform,
    }


def _standalone(path: Path) -> tuple[int, bool]:
    with browser_page() as (page, watch):
        # the file's own content, as a browser opening it would; any request it makes is caught
        page.set_content(path.read_text(encoding="utf-8"), wait_until="load")
        page.locator("body[data-drawn=true] #network canvas").wait_for(timeout=60_000)
        drawn = page.evaluate("() => document.body.dataset.drawn === 'true'")
    return len(watch.external), drawn


def _reload_painted(url: str, repeat: int) -> list[float]:
    times = []
    with browser_page() as (page, watch):
        page.goto(url, wait_until="load")
        network_frame(page, timeout_ms=180_000)  # the first view computes and caches
        for _ in range(repeat):
            page.reload(wait_until="load")
            start = time.perf_counter()
            network_frame(page, timeout_ms=60_000)
            times.append(time.perf_counter() - start)
    return times


def run(quick: bool, repeat: int) -> list[dict]:
    figures = []
    with embedded_server("helix-bench-draw-") as (data_dir, server, client):
        store = FalkorDBStore(client, "draw")
        write_synth(synthesize(PARTICIPATIONS, seed=1), data_dir / "synth")
        load_dataset(store, read_dataset([data_dir / "synth"]))
        env = _env(server.data_dir, "draw")
        with tempfile.TemporaryDirectory(prefix="helix-bench-draw-out-") as out:
            svg, html = Path(out) / "view.svg", Path(out) / "view.html"
            walls = []
            for _ in range(repeat):
                start = time.perf_counter()
                subprocess.run(
                    [sys.executable, "-m", "helix_graph", "draw", "--graph", "collaboration",
                     "--colour", "community", "--out", str(svg), "--quiet"],
                    env=env, check=True,
                )  # fmt: skip
                walls.append(time.perf_counter() - start)
            subprocess.run(
                [sys.executable, "-m", "helix_graph", "draw", "--colour", "community",
                 "--out", str(html), "--quiet"],
                env=env, check=True,
            )  # fmt: skip
            shown = _svg_figures(svg)
            requests, drawn = _standalone(html)
        name = f"draw {PARTICIPATIONS:,} participations, top-1,000 community view"
        figures += [
            {"name": f"{name}: nodes drawn", "value": shown["nodes"], "unit": "", "target": 200,
             "lower_is_better": False},
            {"name": f"{name}: overlapping label pairs (Chromium boxes)", "value": shown["overlaps"],
             "unit": "", "target": 0, "note": f"{shown['labels']} labels drawn"},
            {"name": f"{name}: silhouette by colour", "value": shown["silhouette"], "unit": "",
             "target": 0.25, "lower_is_better": False},
            {"name": f"{name}: helix-graph draw wall time", "value": statistics.median(walls),
             "unit": "s"},
            {"name": "standalone HTML: requests leaving the file", "value": requests, "unit": "",
             "target": 0, "note": "drawn" if drawn else "NOT drawn"},
        ]  # fmt: skip
        process, url = start_app(env)
        try:
            times = _reload_painted(url, repeat)
        finally:
            stop_app(process)
        figures.append(
            {"name": f"app: Explore at {PARTICIPATIONS:,} participations, painted after reload",
             "value": statistics.median(times), "unit": "s", "target": 3.0,
             "note": "data cached"}
        )  # fmt: skip
    return figures
