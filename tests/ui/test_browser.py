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
        _wait_until(page, lambda: len(downloads) >= 3)
        page.wait_for_timeout(500)  # a fourth, if one were wrongly sent, would come now
        assert len(downloads) == 3
        assert [d.failure() for d in downloads] == [None, None, None]
        # they may arrive in any order on a loaded machine: each is found by its name
        files = {Path(d.suggested_filename).suffix: Path(d.path()) for d in downloads}
        assert sorted(files) == [".csv", ".gexf", ".parquet"]
        assert files[".csv"].read_text(encoding="utf-8").startswith('"id","name"')
        assert files[".parquet"].read_bytes()[:4] == b"PAR1"
        assert page.get_by_test_id("stException").count() == 0
        assert watch.external == []


def _wait_until(page, arrived, timeout_ms: int = 60_000) -> None:
    """Poll ``arrived()`` while the browser runs: downloads come later on a loaded machine."""
    for _ in range(timeout_ms // 250):
        if arrived():
            return
        page.wait_for_timeout(250)


def _screen_label_boxes(frame) -> list[list[float]]:
    """The boxes of the names on the canvas now, in screen pixels, as vis-network lays them out."""
    return frame.locator("body").evaluate(
        """() => {
        const net = helixNetwork, boxes = [];
        for (const id of helixLabels()) {
          const node = net.body.nodes[id];
          const b = node.labelModule.size;  // the label's box in canvas units, set when drawn
          const a = net.canvasToDOM({x: b.left, y: b.top});
          const z = net.canvasToDOM({x: b.left + b.width, y: b.top + b.height});
          boxes.push([a.x, a.y, z.x, z.y]);
        }
        return boxes;
      }"""
    )


def test_names_on_screen_never_overlap_and_zooming_reveals_more(running_app):
    from helix_graph.viz import overlapping_pairs

    with browser_page() as (page, watch):
        page.goto(running_app)
        frame = network_frame(page)
        first = _screen_label_boxes(frame)
        assert len(first) >= 10 and overlapping_pairs(first) == 0
        frame.locator("body").evaluate(
            "() => helixNetwork.moveTo({scale: helixNetwork.getScale() * 4})"
        )
        page.wait_for_timeout(800)  # the names are updated on the next animation frame
        zoomed = _screen_label_boxes(frame)
        assert len(zoomed) > len(first)
        assert overlapping_pairs(zoomed) == 0
        assert watch.external == []


def test_the_three_drawing_downloads_arrive_whole(running_app):
    with browser_page() as (page, watch):
        page.goto(running_app)
        network_frame(page)
        downloads = []
        page.on("download", lambda download: downloads.append(download))
        for name in (
            "Drawing as SVG",
            "Drawing as PNG (print)",
            "Interactive HTML file",
            "For Gephi (GEXF, this layout)",
        ):
            page.get_by_role("button", name=name).click()
        _wait_until(page, lambda: len(downloads) >= 4)
        page.wait_for_timeout(500)
        assert sorted(d.suggested_filename for d in downloads) == [
            "helix-collaboration.gexf",
            "helix-collaboration.html",
            "helix-collaboration.png",
            "helix-collaboration.svg",
        ]
        files = {d.suggested_filename: Path(d.path()).read_bytes() for d in downloads}
        assert files["helix-collaboration.svg"].count(b"<circle") >= 44
        assert files["helix-collaboration.png"][:8] == b"\x89PNG\r\n\x1a\n"
        assert b"default-src 'none'" in files["helix-collaboration.html"]
        assert files["helix-collaboration.gexf"].count(b"<viz:position") == 45
        assert watch.external == []


def test_standalone_slices_file_steps_with_its_slider(tmp_path):
    import networkx as nx

    from helix_graph.viz import scene_from_graph, scene_html

    a, b = nx.path_graph(4), nx.path_graph(3)
    frames = [("2014–2020", scene_from_graph(a)), ("2021–2027", scene_from_graph(b))]
    html = scene_html(frames[0][1], standalone=True, frames=frames)
    with browser_page() as (page, watch):
        page.set_content(html, wait_until="load")
        page.locator("body[data-drawn=true] #network canvas").wait_for(timeout=30_000)
        assert page.locator("#frame-label").inner_text() == "2014–2020"
        assert page.evaluate("() => helixNetwork.body.data.nodes.length") == 4
        page.locator("#frames input").fill("1")
        page.locator("body[data-frame='1']").wait_for(timeout=5_000)
        assert page.locator("#frame-label").inner_text() == "2021–2027"
        assert page.evaluate("() => helixNetwork.body.data.nodes.length") == 3
        assert watch.external == []


def test_a_click_on_a_community_opens_its_own_network_and_back(seed_dataset):
    from helix_graph.analysis import Analysis, network_from_dataset
    from helix_graph.viz import scene_html
    from helix_graph.viz.views import network_scene

    scene = network_scene(Analysis(network_from_dataset(seed_dataset)), summary="community", top=10)
    assert len(scene.opens) == 4  # the seed's four communities, each with its own network
    target = max(scene.nodes, key=lambda n: n.radius)
    opened_title, opened = scene.opens[target.opens - 1]
    with browser_page() as (page, watch):
        page.set_content(scene_html(scene, standalone=True), wait_until="load")
        page.locator("body[data-drawn=true] #network canvas").wait_for(timeout=30_000)
        point = page.evaluate(
            "(id) => helixNetwork.canvasToDOM(helixNetwork.getPosition(id))", target.id
        )
        box = page.locator("#network").bounding_box()
        page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
        page.locator(f"body[data-frame='{target.opens}']").wait_for(timeout=5_000)
        assert page.locator("#frame-label").inner_text() == opened_title
        assert page.evaluate("() => helixNetwork.body.data.nodes.length") == len(opened.nodes)
        page.get_by_role("button", name=f"← {scene.title}").click()
        page.locator("body[data-frame='0']").wait_for(timeout=5_000)
        assert watch.external == []


def test_the_page_is_wide_and_the_uploader_takes_the_seed_formats(running_app):
    """What only a browser sees: the tab's name, the wide layout (the drawing gets the
    window's width), the file types the Data page's uploader offers and the height of the
    Query page's Cypher box."""
    with browser_page() as (page, watch):
        page.set_viewport_size({"width": 1600, "height": 900})
        page.goto(running_app)
        network_frame(page)
        assert page.title() == "helix-graph explorer"  # the tab's name
        main = page.locator("[data-testid=stMainBlockContainer]").first
        assert main.bounding_box()["width"] > 1000  # the centred layout is at most ~740 px
        page.get_by_text("Data", exact=True).first.click()
        uploader = page.locator("[data-testid=stFileUploaderDropzoneInput]").first
        uploader.wait_for(state="attached", timeout=30_000)
        accepted = set(uploader.get_attribute("accept").split(","))
        # the extensions offered (Streamlit adds a type of its own beside them)
        assert {a for a in accepted if a.startswith(".")} == {".yaml", ".yml", ".csv"}
        # the Query page's Cypher box is 150 px tall: room for the example's four lines
        page.get_by_text("Query", exact=True).first.click()
        cypher = page.locator("textarea[aria-label='Cypher']")
        cypher.wait_for(timeout=30_000)
        height = "(box) => box.closest('[data-testid=stTextArea]').getBoundingClientRect().height"
        assert cypher.evaluate(height) == 150
        assert watch.external == []
