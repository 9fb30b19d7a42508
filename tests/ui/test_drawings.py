"""Drawings a person can read: labels apart, communities in regions, the same picture twice, files to take away."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from helix_graph.analysis import Analysis, Filters, Network, network_from_dataset
from helix_graph.synth import synthesize
from helix_graph.viz import (
    backbone,
    overlapping_pairs,
    place_labels,
    scene_from_graph,
    scene_html,
    scene_png,
    scene_svg,
    silhouette,
)
from helix_graph.viz.labels import label_box
from helix_graph.viz.views import EGO_SHOWN, network_scene

SVG = "{http://www.w3.org/2000/svg}"


def _two_communities(size: int = 30) -> tuple[nx.Graph, dict]:
    """Two dense groups joined by one tie; names long enough to collide if all were drawn."""
    G = nx.Graph()
    groups = {}
    for g in (0, 1):
        members = [f"g{g}-{k}" for k in range(size)]
        for k, v in enumerate(members):
            G.add_node(v, name=f"Občina številka {k} skupine {g}", helix_sector="government")
            groups[v] = g
        G.add_edges_from(
            (u, v, {"weight": 1}) for i, u in enumerate(members) for v in members[i + 1 :]
        )
    G.add_edge("g0-0", "g1-0", weight=1)
    return G, groups


def test_labels_are_placed_by_importance_and_never_overlap_at_any_zoom():
    # five nodes on a line 20 px apart, each label wider than the gap
    reveal = place_labels([0, 20, 40, 60, 80], [0] * 5, [3] * 5, ["Maribor"] * 5, [5, 1, 4, 2, 3])
    assert reveal[0] == 1.0  # the most important is always drawn
    for zoom in (1.0, 2.0, 4.0, 8.0):
        shown = [i for i in range(5) if reveal[i] <= zoom]
        boxes = [label_box(i * 20 * zoom, 0, 3 * zoom, "Maribor") for i in shown]
        assert overlapping_pairs(boxes) == 0  # screen-size text at that zoom
    # worked by hand: "Maribor" takes 49.7 px + 2 px each side; in order of importance 0, 2, 4, 3, 1,
    # zoom 1 keeps 0 and 4 (2 and 3 collide with them), zoom 2 adds 2, zoom 4 adds 3 and 1
    assert reveal.tolist() == [1.0, 4.0, 2.0, 4.0, 1.0]


def test_overlapping_pairs_counts_by_hand():
    assert overlapping_pairs([(0, 0, 2, 2), (1, 1, 3, 3), (2.5, 2.5, 4, 4), (10, 10, 11, 11)]) == 2
    assert overlapping_pairs([(0, 0, 1, 1), (1, 0, 2, 1)]) == 0  # touching is not overlapping


def test_scene_puts_communities_in_their_own_regions_and_is_reproducible():
    G, groups = _two_communities()
    scene = scene_from_graph(G, color_by="community", colour_of=groups)
    again = scene_from_graph(G, color_by="community", colour_of=groups)
    assert scene.positions == again.positions
    assert silhouette(scene.positions, {str(v): g for v, g in groups.items()}) > 0.5
    labelled = scene.labelled(1.0)
    assert 0 < len(labelled) < G.number_of_nodes()
    assert overlapping_pairs([label_box(n.x, n.y, n.radius, n.label) for n in labelled]) == 0
    # no two nodes overlap either
    for a in scene.nodes:
        for b in scene.nodes:
            if a.id < b.id:
                assert (a.x - b.x) ** 2 + (a.y - b.y) ** 2 >= (a.radius + b.radius) ** 2 * 0.98


def test_backbone_keeps_each_nodes_strongest_ties():
    G = nx.complete_graph(6)
    nx.set_edge_attributes(G, 1, "weight")
    G[0][1]["weight"] = 9
    G[2][3]["weight"] = 7
    kept = backbone(G, per_node=1)
    assert kept[:2] == [(0, 1), (2, 3)]  # heaviest first
    assert {v for e in kept for v in e} == set(G)  # nobody left without a tie
    sparse = nx.path_graph(5)
    assert len(backbone(sparse, per_node=1)) == 4  # a sparse graph is drawn whole


def test_anchor_keeps_places_when_most_nodes_are_shared():
    G, groups = _two_communities(12)
    before = scene_from_graph(G, colour_of=groups, color_by="community")
    smaller = G.copy()
    smaller.remove_node("g1-11")
    after = scene_from_graph(
        smaller, colour_of=groups, color_by="community", anchor=before.positions
    )
    moved = [
        ((a.x - before.positions[a.id][0]) ** 2 + (a.y - before.positions[a.id][1]) ** 2) ** 0.5
        for a in after.nodes
    ]
    assert max(moved) < 25  # pixels, on a 1100-pixel canvas


def test_svg_has_circles_texts_legend_caption_and_escapes_names():
    G = nx.Graph()
    G.add_node("a", name="<script>alert(1)</script> & Co", helix_sector="industry")
    G.add_node("b", name="Univerza v Mariboru", helix_sector="academia")
    G.add_edge("a", "b", weight=2)
    scene = scene_from_graph(G, title="Test <view>", caption="Data: seed & more")
    svg = scene_svg(scene)
    root = ET.fromstring(svg.split("?>", 1)[1])  # well-formed XML, so the escaping held
    circles = root.findall(f".//{SVG}g[@id='nodes']/{SVG}circle")
    assert len(circles) == 2
    assert {c.find(f"{SVG}title").text for c in circles} == {
        "<script>alert(1)</script> & Co",
        "Univerza v Mariboru",
    }
    labels = [t.text for t in root.findall(f".//{SVG}g[@id='labels']/{SVG}text")]
    assert "Univerza v Mariboru" in labels
    legend = [t.text for t in root.findall(f".//{SVG}g[@id='legend']/{SVG}text")]
    assert legend[0] == "helix sector" and {"Industry", "Academia"} <= set(legend)
    caption = " ".join(t.text for t in root.findall(f".//{SVG}g[@id='caption']/{SVG}text"))
    assert caption == "Data: seed & more"
    assert "<script>" not in svg


def test_png_is_a_png_of_the_scale_asked_for():
    G = nx.path_graph(3)
    scene = scene_from_graph(G)
    one, three = scene_png(scene, scale=1), scene_png(scene, scale=3)
    assert one[:8] == b"\x89PNG\r\n\x1a\n"

    def size(png):
        return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")

    assert size(three)[0] == pytest.approx(3 * size(one)[0], abs=3)


def test_standalone_html_fetches_nothing_and_carries_the_caption():
    G = nx.path_graph(3)
    html = scene_html(scene_from_graph(G, title="Seed", caption="Filters: none."), standalone=True)
    assert "default-src 'none'" in html and "<h1>Seed</h1>" in html and "Filters: none." in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)


@pytest.fixture(scope="module")
def seed_core(seed_dataset):
    return Analysis(network_from_dataset(seed_dataset))


def test_ego_of_a_hub_groups_the_partners_beyond_the_strongest():
    hub = nx.star_graph(EGO_SHOWN + 30)
    for v in hub:
        hub.nodes[v].update(name=f"Partner {v}", helix_sector=("academia" if v % 2 else "industry"))
    hub.nodes[0]["name"] = "Hub"
    from helix_graph.viz.views import ego_view

    drawn, positions, note = ego_view(hub, 0, 1, "helix_sector", None)
    groups = [v for v in drawn if str(v).startswith("more:")]
    assert drawn.number_of_nodes() == 1 + EGO_SHOWN + len(groups)
    assert sum(drawn.nodes[g]["members"] for g in groups) == 30
    assert sorted(drawn.nodes[g]["name"] for g in groups) == [
        "and 15 more: Academia",
        "and 15 more: Industry",
    ]
    assert positions[0] == (0.0, 0.0) and "70 partners" in note


def test_views_of_the_seed_name_what_they_show(seed_core, seed_dataset):
    scene = network_scene(seed_core, colour="community", top=10)
    assert len(scene.nodes) == 10 and scene.summarised
    assert "top 10 of 44" in scene.note.replace(",", "")
    countries = network_scene(seed_core, summary="country", top=10)
    names = {n.name for n in countries.nodes}
    assert "Slovenia" in names and "SI" not in names  # names, not codes
    assert "Filters: none" in countries.caption
    filtered = Analysis(network_from_dataset(seed_dataset, Filters(countries=("SI",))))
    si = network_scene(filtered)
    assert {dict(n.info).get("country") for n in si.nodes} == {"SI"}
    assert "countries Slovenia" in si.caption


def test_a_drawing_sized_by_one_measure_computes_that_measure_alone():
    """Sized by PageRank, the top 10 drawn are the 10 highest PageRanks of the full table."""
    data = synthesize(600, seed=4)
    network = Network(data.organisations.assign(city=None), data.projects, data.participations)
    core = Analysis(network)
    scene = network_scene(core, size="pagerank", top=10)
    assert "centrality" not in core.__dict__ and core.has_measure("pagerank")
    assert not core.has_measure("betweenness")
    full = Analysis(network).centrality
    assert core.measure("pagerank")["pagerank"].tolist() == full["pagerank"].tolist()
    ranked = full["pagerank"].sort_values(ascending=False).to_numpy()
    assert ranked[9] > ranked[10]  # no tie at the cut: the top 10 is one set
    assert {n.id for n in scene.nodes} == set(full.nlargest(10, "pagerank")["id"])
    core.centrality  # noqa: B018 - once the table is there, a measure is its column
    assert core.measure("betweenness")["betweenness"].tolist() == full["betweenness"].tolist()


def test_views_refuse_bad_choices_in_one_sentence(seed_core):
    from helix_graph.errors import HelixError

    for kwargs, words in (
        (dict(colour="shoe"), "colour 'shoe' is unknown"),
        (dict(size="height"), "size 'height' is unknown"),
        (dict(view="galaxy"), "graph 'galaxy' is unknown"),
        (dict(ego="nobody"), "organisation 'nobody' takes part in no project these filters keep"),
        (dict(top=0), "--top 0 draws nothing"),
    ):
        with pytest.raises(HelixError, match=re.escape(words)):
            network_scene(seed_core, **kwargs)


def test_draw_command_writes_each_format_and_bad_input_writes_nothing(
    run_cli, seed_store, tmp_path
):
    for fmt in ("svg", "png", "html"):
        out = tmp_path / f"view.{fmt}"
        code, stdout, stderr = run_cli("draw", "--out", str(out), "--json")
        assert code == 0, stderr
        assert json.loads(stdout)["nodes"] == 44 and out.stat().st_size > 1000
    svg = (tmp_path / "view.svg").read_text()
    assert svg.count("<circle") >= 44 and "Data: falkordb" in svg
    ego = tmp_path / "ego.svg"
    assert run_cli("draw", "--out", str(ego), "--ego", "Smiltene Municipality")[0] == 0
    assert "Ego network of Smiltene" in ego.read_text()
    for args, exit_code, words in (
        (["--ego", "Nowhere Town"], 2, "Nowhere Town"),
        (["--colour", "shoe"], 2, "colour 'shoe' is unknown"),
        (
            ["--country", "SI", "--sector", "industry", "--kind", "municipality"],
            1,
            "leave no organisations",
        ),
        (["--top", "0"], 2, "draws nothing"),
    ):
        out = tmp_path / "bad.svg"
        code, _, stderr = run_cli("draw", "--out", str(out), *args)
        assert code == exit_code and words in stderr and len(stderr.strip().splitlines()) == 1
        assert not out.exists()
    code, _, stderr = run_cli("draw", "--out", str(tmp_path / "missing" / "x.svg"))
    assert code == 1 and "does not exist" in stderr
    code, _, stderr = run_cli("draw", "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and ".svg, .png, .html or .gexf" in stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "ego.svg",
        "view.html",
        "view.png",
        "view.svg",
    ]


def test_draw_by_period_writes_a_picture_per_slice_in_shared_places(run_cli, seed_store, tmp_path):
    code, stdout, stderr = run_cli(
        "draw", "--by", "period", "--out", str(tmp_path / "s.svg"), "--json"
    )
    assert code == 0, stderr
    data = json.loads(stdout)
    assert data["slices"] == ["2000–2006", "2014–2020", "2021–2027", "undated"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "s-2000-2006.svg",
        "s-2014-2020.svg",
        "s-2021-2027.svg",
        "s-undated.svg",
    ]
    code, stdout, stderr = run_cli("draw", "--by", "year", "--out", str(tmp_path / "s.html"))
    assert code == 0, stderr
    html = (tmp_path / "s.html").read_text()
    payload = json.loads(
        re.search(r'id="helix-data">(.*?)</script>', html, re.S).group(1).replace("\\u003c", "<")
    )
    assert [f["label"] for f in payload["frames"]] == ["2006", "2018", "2023", "undated"]
    code, _, stderr = run_cli("draw", "--by", "decades", "--out", str(tmp_path / "bad.svg"))
    assert code == 2 and "not period, year or windows" in stderr


def test_slices_keep_the_places_of_the_whole_period(seed_dataset):
    from helix_graph.analysis import evolution
    from helix_graph.viz.views import slice_scene

    net = network_from_dataset(seed_dataset)
    whole = network_scene(Analysis(net))
    ev = evolution(net, "period")
    for label in ev.labels:
        scene = slice_scene(ev, label, whole.positions)
        # every organisation of the slice sits where it sits in the whole period's drawing (fitted alike)
        shared = [n for n in scene.nodes if n.id in whole.positions]
        assert len(shared) == len(scene.nodes)
        xs = {n.id: n.x for n in shared}
        order = sorted(xs, key=xs.get)
        assert order == sorted(xs, key=lambda v: whole.positions[v][0])


def test_drawn_ties_name_their_shared_projects_without_the_whole_graph(seed_dataset):
    """The top of a network is cut from the arrays; each drawn tie still lists the projects
    its two organisations share, worked out here from the participations."""
    network = network_from_dataset(seed_dataset)
    core = Analysis(network)
    scene = network_scene(core, top=10)
    assert core.view._graph is None  # the NetworkX form of the whole graph was not built
    parts = network.participations
    projects_of = parts.groupby("organisation")["project"].agg(set).to_dict()
    assert scene.edges
    for edge in scene.edges:
        shared = projects_of[edge.source] & projects_of[edge.target]
        rows = dict((key, value) for key, value in edge.info)
        assert float(rows["weight"]) == len(shared) == edge.weight
        assert sorted(rows["projects"].split(", ")) == sorted(shared)
