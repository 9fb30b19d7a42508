"""Take the README's screenshots of the app's Explore page.

``python -m tests.ui.screenshot OUT.png`` starts a throwaway embedded FalkorDB, lets
``helix-graph app`` load the seed into it, sizes organisations by PageRank in headless
Chromium and saves the page. ``--data-dir DIR --graph NAME`` shows a store that already
holds data instead (e.g. 20,000 synthetic participations, or an imported CORDIS
download); ``--colour community`` picks the colouring.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from helix_graph.store import EmbeddedServer
from tests.ui.browser import browser_page, network_frame
from tests.ui.conftest import start_app, stop_app


def _choose(page, box: str, option: str) -> None:
    page.get_by_role("combobox", name=box).click()
    page.get_by_role("option", name=option, exact=True).click()


def take(
    path: Path, data_dir: Path | None = None, graph: str = "seed", colour: str | None = None
) -> None:
    with tempfile.TemporaryDirectory(prefix="helix-screenshot-") as tmp:
        server = EmbeddedServer(data_dir or Path(tmp) / "falkordb")
        was_running = server.info() is not None
        server.start()
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
        env.update(HELIX_STORE="embedded", HELIX_DATA_DIR=str(server.data_dir), HELIX_GRAPH=graph)
        process, url = start_app(env)
        try:
            with browser_page(width=1500, height=1150) as (page, watch):
                page.goto(url)
                network_frame(page, timeout_ms=300_000)
                if colour:
                    _choose(page, "Colour by", colour)
                    page.wait_for_timeout(1500)
                    network_frame(page, timeout_ms=300_000)
                _choose(page, "Size by", "pagerank")
                page.get_by_test_id("stDataFrame").first.wait_for(timeout=300_000)
                network_frame(page, timeout_ms=300_000)
                page.wait_for_timeout(1500)
                page.screenshot(path=str(path))
                assert not watch.external and not watch.dialogs
        finally:
            stop_app(process)
            if not was_running:
                server.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="docs/explore-seed.png")
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--graph", default="seed")
    parser.add_argument("--colour")
    args = parser.parse_args()
    take(Path(args.out), args.data_dir, args.graph, args.colour)
