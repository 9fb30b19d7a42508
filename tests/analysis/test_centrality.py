"""Centrality on classic graphs, by hand, and the two engines side by side."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pytest

from helix_graph.analysis import METRICS, node_metrics, organisation_metrics
from helix_graph.analysis.engines import GraphView
from helix_graph.errors import UsageError


def _by_id(frame, column):
    return dict(zip(frame["id"], frame[column]))


@pytest.mark.parametrize("engine", ["networkx", "igraph"])
def test_star_by_hand(engine):
    m = node_metrics(nx.star_graph(4), engine=engine)  # centre 0, leaves 1..4
    centre = m.set_index("id").loc[0]
    leaf = m.set_index("id").loc[1]
    assert centre["degree"] == 4 and leaf["degree"] == 1
    assert centre["betweenness"] == pytest.approx(1.0)  # every leaf pair passes through the centre
    assert leaf["betweenness"] == pytest.approx(0.0)
    assert centre["closeness"] == pytest.approx(1.0)
    assert leaf["closeness"] == pytest.approx(4 / (1 + 2 * 3))  # (n-1) / sum of distances 1,2,2,2
    assert leaf["harmonic"] == pytest.approx((1 + 3 / 2) / 4)
    assert centre["core_number"] == 1
    assert centre["eigenvector"] == pytest.approx(
        1 / np.sqrt(2)
    )  # star: centre sqrt(1/2), leaves sqrt(1/8)
    assert leaf["eigenvector"] == pytest.approx(np.sqrt(1 / 8))
    assert m["pagerank"].sum() == pytest.approx(1.0)


@pytest.mark.parametrize("engine", ["networkx", "igraph"])
def test_path_by_hand(engine):
    m = node_metrics(nx.path_graph(5), engine=engine).set_index("id")
    # the middle of a 5-path lies on 4 of the 6 pairs of other nodes: 4/6
    assert m.loc[2, "betweenness"] == pytest.approx(4 / 6)
    assert m.loc[1, "betweenness"] == pytest.approx(3 / 6)
    assert m.loc[0, "closeness"] == pytest.approx(4 / (1 + 2 + 3 + 4))
    assert m.loc[2, "closeness"] == pytest.approx(4 / 6)
    assert list(m["core_number"]) == [1] * 5


@pytest.mark.parametrize("engine", ["networkx", "igraph"])
def test_krackhardt_kite_by_hand(engine):
    G = nx.krackhardt_kite_graph()  # 0 Andre ... 3 Diane, 7 Heather, 8 Ike, 9 Jane
    m = node_metrics(G, engine=engine).set_index("id")
    assert m.loc[3, "degree"] == 6  # Diane has the most ties
    assert m.loc[7, "betweenness"] == pytest.approx(14 / 36)  # Heather, the broker: 14 of 36 pairs
    assert m.loc[8, "betweenness"] == pytest.approx(8 / 36)
    assert m.loc[9, "betweenness"] == 0
    assert m.loc[5, "closeness"] == pytest.approx(9 / 14)  # Fernando and Garth are closest
    assert m.loc[6, "closeness"] == pytest.approx(9 / 14)
    assert m.loc[3, "core_number"] == 3 and m.loc[9, "core_number"] == 1


def _weighted(G, seed=1):
    rng = np.random.default_rng(seed)
    for u, v in G.edges():
        G[u][v]["weight"] = int(rng.integers(1, 4))
    return G


@pytest.mark.parametrize(
    "G",
    [
        nx.krackhardt_kite_graph(),
        _weighted(nx.les_miserables_graph()),
        _weighted(nx.disjoint_union(nx.karate_club_graph(), nx.path_graph(6))),
        nx.davis_southern_women_graph(),
    ],
    ids=["kite", "les-miserables", "disconnected", "davis"],
)
def test_engines_agree(G):
    a = node_metrics(G, engine="networkx")
    b = node_metrics(G, engine="igraph")
    assert list(a["id"]) == list(b["id"])
    assert a["betweenness"].to_numpy() == pytest.approx(b["betweenness"].to_numpy(), abs=1e-12)
    assert a["pagerank"].to_numpy() == pytest.approx(b["pagerank"].to_numpy(), abs=1e-6)
    for metric in ("degree", "strength", "closeness", "harmonic", "core_number"):
        assert a[metric].to_numpy() == pytest.approx(b[metric].to_numpy(), abs=1e-9), metric
    # eigenvector: unique (and comparable) on a connected graph
    if nx.is_connected(G):
        assert a["eigenvector"].to_numpy() == pytest.approx(b["eigenvector"].to_numpy(), abs=1e-6)


def test_pagerank_matches_networkx_itself():
    G = _weighted(nx.les_miserables_graph())
    ours = node_metrics(G, ["pagerank"], engine="igraph").set_index("id")["pagerank"]
    theirs = nx.pagerank(G, weight="weight", tol=1e-12)
    assert max(abs(ours[v] - theirs[v]) for v in G) < 1e-6


def test_pagerank_by_hand_with_an_isolated_node():
    # a-b-c and d alone, damping 0.85, n = 4. d keeps the teleport share and spreads its own
    # score evenly: x_d = 0.0375 + 0.2125·x_d, so x_d = 1/21, and everyone receives
    # c0 = 0.0375 + 0.2125/21 = 1/21 besides. Then x_b = c0 + 0.85·2·x_a and
    # x_a = c0 + 0.85·x_b/2 give x_b = 360/777 and x_a = x_c = 190/777 (they sum to 1).
    G = nx.path_graph(["a", "b", "c"])
    G.add_node("d")
    expected = {"a": 190 / 777, "b": 360 / 777, "c": 190 / 777, "d": 37 / 777}
    for engine in ("networkx", "igraph"):
        got = _by_id(node_metrics(G, ["pagerank"], engine=engine), "pagerank")
        assert got == pytest.approx(expected, abs=1e-12), engine


def test_pagerank_weighted_is_closer_than_networkx_at_the_same_tolerance():
    G = _weighted(nx.les_miserables_graph())
    exact = nx.pagerank(G, weight="weight", tol=1e-15, max_iter=10_000)
    theirs = nx.pagerank(G, weight="weight", tol=1e-12)
    ours = _by_id(node_metrics(G, ["pagerank"], engine="igraph"), "pagerank")
    assert sum(abs(ours[v] - exact[v]) for v in G) <= sum(abs(theirs[v] - exact[v]) for v in G)
    assert max(abs(ours[v] - exact[v]) for v in G) < 1e-10


def test_pagerank_with_negative_weights_says_so():
    # weights -2.9 and 1 at c leave D - 0.85·W indefinite: no ranking exists to converge to
    G = nx.Graph()
    G.add_weighted_edges_from([("a", "b", 3), ("b", "c", 1), ("c", "d", 3), ("a", "c", -2.9)])
    with pytest.raises(UsageError, match="PageRank needs tie weights of zero or more"):
        node_metrics(G, ["pagerank"], engine="igraph")


def test_sampled_betweenness_is_networkx_with_the_same_sources():
    G = nx.les_miserables_graph()
    expected = nx.betweenness_centrality(G, k=10, seed=7)
    for engine in ("networkx", "igraph"):
        m = node_metrics(G, ["betweenness"], engine=engine, k=10, seed=7)
        assert m["betweenness"].to_numpy() == pytest.approx(
            [expected[v] for v in m["id"]], abs=1e-12
        )
        assert (
            m.attrs["parameters"]["betweenness_sample"] == 10 and m.attrs["parameters"]["seed"] == 7
        )


def test_large_graph_samples_and_records_it():
    G = nx.barabasi_albert_graph(600, 3, seed=1)
    m = node_metrics(G, engine="igraph", exact_below=500, pivots=100)
    params = m.attrs["parameters"]
    assert params["betweenness_sample"] == 64 and params["closeness_pivots"] == 100
    exact = nx.closeness_centrality(G)
    estimate = m.set_index("id")["closeness"]
    errors = [abs(estimate[v] - exact[v]) / exact[v] for v in G]
    assert np.median(errors) < 0.05  # pivot estimate (Eppstein–Wang) within a few percent


@pytest.mark.parametrize(
    "G", [nx.Graph(), nx.empty_graph(1), nx.empty_graph(3)], ids=["empty", "one", "isolates"]
)
@pytest.mark.parametrize("engine", ["networkx", "igraph"])
def test_degenerate_graphs_give_finite_values(G, engine):
    m = organisation_metrics(G, engine=engine)
    assert list(m.columns) == ["id", *METRICS]
    assert len(m) == G.number_of_nodes()
    assert np.isfinite(m[list(METRICS)].to_numpy(dtype=float)).all()


def test_bad_input():
    with pytest.raises(UsageError, match="metric 'fame' is unknown"):
        node_metrics(nx.path_graph(3), ["fame"])
    with pytest.raises(UsageError, match="engine 'gpu' is unknown"):
        node_metrics(nx.path_graph(3), engine="gpu")
    with pytest.raises(UsageError, match="undirected"):
        node_metrics(nx.DiGraph([(0, 1)]))


def test_work_rule_chooses_samples_and_says_how_far_they_may_be_off(monkeypatch):
    from helix_graph.analysis import centrality

    G = nx.barabasi_albert_graph(400, 4, seed=2)  # 400 nodes × 1,584 ties
    exact = node_metrics(G, ["betweenness", "closeness"])
    assert exact.attrs["parameters"]["betweenness_sample"] is None
    assert "betweenness_error" not in exact  # exact values carry no error column
    monkeypatch.setattr(centrality, "EXACT_WORK", 400 * 1_584 - 1)
    sampled = node_metrics(G, ["betweenness", "closeness"], pivots=100)
    params = sampled.attrs["parameters"]
    assert (params["betweenness_sample"], params["closeness_pivots"]) == (64, 100)
    for name in ("betweenness", "closeness"):
        error = sampled[f"{name}_error"].to_numpy()
        assert np.isfinite(error).all() and (error >= 0).all() and error.max() > 0
    held = np.abs(sampled["closeness"] - exact["closeness"]) <= sampled["closeness_error"]
    assert held.mean() > 0.9  # a 95% half-width holds for nearly every node


def test_analysis_table_has_zero_errors_where_exact():
    from helix_graph.analysis import Analysis, Network
    from helix_graph.synth import synthesize

    data = synthesize(400, seed=2)
    table = Analysis(
        Network(data.organisations.assign(city=None), data.projects, data.participations)
    ).organisations
    for name in ("betweenness", "closeness", "harmonic"):
        assert (table[f"{name}_error"] == 0).all()


def test_a_networkx_graph_is_read_with_its_weights_and_views_too():
    """Missing weights are 1, a self-loop is left out, a subgraph view reads as the graph."""
    G = nx.Graph()
    G.add_edge("a", "b", weight=2)
    G.add_edge("b", "c")  # no weight: 1
    G.add_edge("c", "a", weight=3)
    G.add_edge("c", "c", weight=9)  # an organisation is not its own partner
    G.add_node("d")
    view = GraphView.from_networkx(G)
    assert view.nodes == ["a", "b", "c", "d"]
    assert view.edges.tolist() == [[0, 1], [0, 2], [1, 2]]
    assert view.weights.tolist() == [2, 3, 1]
    expected = [[0, 2, 3, 0], [2, 0, 1, 0], [3, 1, 0, 0], [0, 0, 0, 0]]
    assert view.adjacency.toarray().tolist() == expected
    assert G.has_edge("c", "c")  # the caller's graph is left as it was
    sub = GraphView.from_networkx(G.subgraph(["a", "b", "d"]))
    assert sub.nodes == ["a", "b", "d"]
    assert sub.adjacency.toarray().tolist() == [[0, 2, 0], [2, 0, 0], [0, 0, 0]]
    # the matrix read from the adjacency lists is the one built from the tie arrays
    rebuilt = GraphView(view.nodes, view.edges, view.weights)
    assert (rebuilt.adjacency != view.adjacency).nnz == 0


def test_a_neighbour_that_is_an_equal_but_distinct_object_is_found_by_value():
    """Ties named by another object equal to the node (not the same one) still find the node."""
    first, second = "".join(["org", "-1"]), "".join(["org", "-", "1"])
    assert first == second and first is not second
    G = nx.Graph()
    G.add_node(first)
    G.add_edge("x", second, weight=1.5)  # NetworkX keeps `second` as the neighbour key
    G.add_edge((1, 2), "x", weight=0.5)  # any hashable node
    view = GraphView.from_networkx(G)
    assert view.nodes == ["org-1", "x", (1, 2)]
    assert view.edges.tolist() == [[0, 1], [1, 2]]
    assert view.weights.tolist() == [1.5, 0.5]  # fractional weights stay fractional
    assert view.adjacency.toarray().tolist() == [[0, 1.5, 0], [1.5, 0, 0.5], [0, 0.5, 0]]


def test_sampled_betweenness_and_its_half_width_by_hand():
    """The path 0–1–2–3, sources drawn as NetworkX draws them, one source a batch.

    A source s adds δ_s(v)/(n − 2) to v: from 0, node 1 gets 2/2 and node 2 gets 1/2; from
    3, node 1 gets 1/2 and node 2 gets 2/2; from 1, node 2 gets 1/2; from 2, node 1 gets 1/2.
    A node is never its own source, so its mean is over the others; the half-width is
    1.96 · √(s² / count · (3 − count) / 2), s² the spread of the batch means (a node's own
    batch counts its mean) times the sources per batch, from the population of 3 others.
    """
    path = nx.path_graph(4)
    # seed 0 draws sources 3 and 1: node 2 has terms 1 and 1/2, mean 3/4, s² = 1/8
    two = node_metrics(path, ["betweenness"], k=2, seed=0, exact_below=1)
    assert two["betweenness"].tolist() == pytest.approx([0, 0.5, 0.75, 0])
    half = 1.96 * math.sqrt(0.125 / 2 * (3 - 2) / 2)
    assert two["betweenness_error"].tolist() == pytest.approx([0, 0, half, 0])
    # seed 2 draws 0, 3 and 2: node 1 sees every other source (exact, no error); node 2 has
    # terms 1/2 and 1 and its own batch at their mean: s² = var(1/2, 1, 3/4) · 2/3 = 1/24
    three = node_metrics(path, ["betweenness"], k=3, seed=2, exact_below=1)
    assert three["betweenness"].tolist() == pytest.approx([0, 2 / 3, 0.75, 0])
    half = 1.96 * math.sqrt((1 / 24) / 2 * (3 - 2) / 2)
    assert three["betweenness_error"].tolist() == pytest.approx([0, 0, half, 0])
    assert three.attrs["parameters"]["betweenness_sample"] == 3


def test_an_empty_graph_gives_an_empty_table_with_its_parameters():
    table = node_metrics(nx.Graph(), ["degree", "pagerank"], engine="networkx")
    assert table.columns.tolist() == ["id", "degree", "pagerank"] and table.empty
    assert table.attrs["parameters"] == {
        "engine": "networkx",
        "seed": 0,
        "nodes": 0,
        "edges": 0,
        "betweenness_sample": None,
        "closeness_pivots": None,
    }
