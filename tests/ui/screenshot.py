"""Take the README's screenshot of the app: ``python -m tests.ui.screenshot docs/screenshot.png``.

Starts a throwaway embedded FalkorDB, lets ``helix-graph app`` load the seed into it, sizes
organisations by PageRank in headless Chromium and saves the page.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from helix_graph.store import EmbeddedServer
from tests.ui.browser import browser_page, network_frame
from tests.ui.conftest import start_app, stop_app


def take(path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="helix-screenshot-") as tmp:
        server = EmbeddedServer(Path(tmp) / "falkordb")
        server.start()
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
        env.update(HELIX_STORE="embedded", HELIX_DATA_DIR=str(server.data_dir), HELIX_GRAPH="seed")
        process, url = start_app(env)
        try:
            with browser_page(width=1500, height=1050) as (page, watch):
                page.goto(url)
                network_frame(page)
                size = page.get_by_role("combobox", name="Size by")
                size.click()
                page.get_by_role("option", name="pagerank").click()
                page.get_by_test_id(
                    "stDataFrame"
                ).first.wait_for()  # the top-10 table under the drawing
                network_frame(page)
                page.wait_for_timeout(500)
                page.screenshot(path=str(path))
                assert not watch.external and not watch.dialogs
        finally:
            stop_app(process)
            server.stop()


if __name__ == "__main__":
    take(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png"))
