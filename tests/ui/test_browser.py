"""The real app in headless Chromium: the network is painted, nothing leaves localhost, and an
organisation named ``<img src=x onerror=alert(1)>`` shows as text and runs nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from helix_graph.load import graph_counts
from tests.ui.browser import CHROMIUM, browser_page, network_frame
from tests.ui.conftest import HOSTILE_ID, HOSTILE_NAME, start_app, stop_app

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make browser-deps)"
    ),
]


def test_network_is_drawn_offline_and_hostile_name_stays_text(running_app, tmp_path):
    with browser_page() as (page, watch):
        page.goto(running_app)
        frame = network_frame(page)
        assert frame.locator("#legend").inner_text().startswith("helix sector")
        shot = tmp_path / "explore.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000

        # Hover the hostile node: its tooltip shows the name as text.
        box = page.locator("iframe[data-testid=stIFrame]").first.bounding_box()
        point = frame.locator("body").evaluate(
            "(body, id) => helixNetwork.canvasToDOM(helixNetwork.getPosition(id))", HOSTILE_ID
        )
        page.mouse.move(box["x"] + point["x"] + 1, box["y"] + point["y"] + 1)
        tooltip = frame.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=10_000)
        assert tooltip.inner_text().splitlines()[0] == HOSTILE_NAME

        # Clicking it highlights it and its neighbours (the smartvillages partners).
        page.mouse.click(box["x"] + point["x"] + 1, box["y"] + point["y"] + 1)
        frame.locator("body[data-highlighted]").wait_for(timeout=10_000)
        assert int(frame.locator("body").get_attribute("data-highlighted")) > 2

        # Its ego network: the name in the heading, as text.
        combo = page.get_by_role("combobox", name="Organisation (show its ego network)")
        combo.click()
        combo.fill("onerror")
        page.get_by_role("option", name=HOSTILE_NAME).click()
        page.get_by_text(f"Ego network of {HOSTILE_NAME}").wait_for(timeout=30_000)
        network_frame(page)

        assert page.locator("img[src=x]").count() == 0
        assert frame.locator("img").count() == 0
        assert watch.dialogs == []
        assert watch.external == []


def test_app_command_loads_the_seed_into_an_empty_graph(store, cli_env):
    assert not any(graph_counts(store)["nodes"].values())
    process, url = start_app(cli_env)
    try:
        counts = graph_counts(store)
        assert counts["nodes"]["Project"] == 4 and counts["nodes"]["Organisation"] == 44
    finally:
        stop_app(process)


def test_two_downloads_clicked_in_a_row_both_arrive(running_app):
    with browser_page() as (page, watch):
        page.goto(running_app)
        network_frame(page)
        page.get_by_text("Metrics", exact=True).first.click()
        page.get_by_test_id("stDataFrame").first.wait_for(timeout=60_000)
        downloads = []
        page.on("download", lambda download: downloads.append(download))
        page.get_by_role("button", name="Table as CSV").click()
        page.get_by_role(
            "button", name="Table as Parquet"
        ).click()  # at once, before the first has arrived
        page.get_by_role("button", name="Collaboration graph as GEXF").click()
        page.wait_for_timeout(3_000)
        assert len(downloads) == 3
        assert [d.failure() for d in downloads] == [None, None, None]
        assert Path(downloads[0].path()).read_text(encoding="utf-8").startswith('"id","name"')
        assert page.get_by_test_id("stException").count() == 0
        assert watch.external == []
