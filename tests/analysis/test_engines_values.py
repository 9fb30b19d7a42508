"""The arrays a graph is read into and the graphs built back from them, by hand on a few
ties: positions, weights (integers kept), self-loops left out, attributes, codes, the
neighbourhood, the subgraph by either route, and the engine's choice and its message."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from helix_graph.analysis.engines import GraphView, TieValues, as_view, choose_engine
from helix_graph.errors import UsageError


def _graph() -> nx.Graph:
    """a–b (2 shared projects), b–c (1), c–d (weight missing), a self-loop on d, e alone."""
    G = nx.Graph(kind="collaboration")
    G.add_node("a", name="Alpha", helix_sector="academia")
    G.add_node("b", name="Beta", helix_sector="industry")
    G.add_node("c", name="Gamma")
    G.add_edge("a", "b", weight=2, projects=["p1", "p2"])
    G.add_edge("b", "c", weight=1)
    G.add_edge("c", "d")
    G.add_edge("d", "d", weight=5)
    G.add_node("e")
    return G


def test_a_networkx_graph_read_into_arrays():
    G = _graph()
    view = GraphView.from_networkx(G)
    assert view.nodes == ["a", "b", "c", "d", "e"] and (view.n, view.m) == (5, 3)
    assert view.edges.tolist() == [[0, 1], [1, 2], [2, 3]]  # the self-loop left out
    # every weight a whole number: kept as integers; the missing one counts 1
    assert view.weights.tolist() == [2, 1, 1] and view.weights.dtype == np.int64
    assert view.degree.tolist() == [1, 2, 2, 1, 0]
    assert view.kind == "collaboration" and view.index == {"a": 0, "b": 1, "c": 2, "d": 3, "e": 4}
    assert G.has_edge("d", "d")  # the graph given is left as it is
    assert not view.nx.has_edge("d", "d") and view.nx.number_of_edges() == 3
    assert view.adjacency.toarray().tolist() == [
        [0, 2, 0, 0, 0],
        [2, 0, 1, 0, 0],
        [0, 1, 0, 1, 0],
        [0, 0, 1, 0, 0],
        [0, 0, 0, 0, 0],
    ]
    assert view.igraph.es["weight"] == [2.0, 1.0, 1.0] and view.igraph.vcount() == 5
    # a weight that is not whole stays a float
    G.add_edge("a", "e", weight=0.5)
    assert GraphView.from_networkx(G).weights.tolist() == [2.0, 0.5, 1.0, 1.0]
    assert as_view(view) is view


def test_attributes_and_their_codes_in_node_order():
    view = GraphView.from_networkx(_graph())
    assert list(view.attributes.columns) == ["helix_sector", "name"]
    assert view.attribute("name").tolist() == ["Alpha", "Beta", "Gamma", None, None]
    assert view.attribute("city").tolist() == [None] * 5
    # categories sorted: academia 0, industry 1; missing -1
    assert view.codes("helix_sector").tolist() == [0, 1, -1, -1, -1]
    assert view.codes("helix_sector", ["industry", "academia"]).tolist() == [1, 0, -1, -1, -1]


def test_neighbourhood_and_subgraph_by_either_route():
    view = GraphView.from_networkx(_graph())
    assert view.neighbourhood("a") == ["a", "b"]
    assert view.neighbourhood("a", 2) == ["a", "b", "c"]
    assert view.neighbourhood("a", 9) == ["a", "b", "c", "d"]  # stops when nothing is new
    assert view.neighbourhood("e", 3) == ["e"]
    # a view made from arrays builds its subgraph from them
    arrays = GraphView(
        view.nodes,
        view.edges,
        view.weights,
        attributes=view.attributes,
        edge_data={
            "projects": [["p1", "p2"], [], []],
            "later": lambda: [1, 2, 3],
            "partial": TieValues(
                lambda chosen: [
                    [10, 20, 30][k] for k in (chosen if chosen is not None else range(3))
                ]
            ),
        },
        kind="collaboration",
    )
    assert not arrays.computed("later") and arrays.computed("projects")
    sub = arrays.subgraph(["c", "a", "b"])
    assert sorted(sub.nodes(data=True)) == [
        ("a", {"helix_sector": "academia", "name": "Alpha"}),
        ("b", {"helix_sector": "industry", "name": "Beta"}),
        ("c", {"name": "Gamma"}),
    ]
    # the ties keep their weight and the attributes computed; one given as a function is left out
    assert sorted((u, v, d["weight"], d["projects"]) for u, v, d in sub.edges(data=True)) == [
        ("a", "b", 2, ["p1", "p2"]),
        ("b", "c", 1, []),
    ]
    assert all("later" not in d for *_, d in sub.edges(data=True)) and not arrays.computed("later")
    # one given as TieValues is computed for the chosen ties alone, each with its own value
    assert sorted((u, v, d["partial"]) for u, v, d in sub.edges(data=True)) == [
        ("a", "b", 10),
        ("b", "c", 20),
    ]
    assert not arrays.computed("partial")
    assert sub.graph == {"kind": "collaboration"}
    # the whole graph built from the arrays: every attribute, the function's values too
    G = arrays.nx
    assert G.graph == {"kind": "collaboration"} and G.nodes["d"] == {}
    assert G.edges["c", "d"] == {"weight": 1, "projects": [], "later": 3, "partial": 30}
    assert arrays.computed("later")
    # once the whole graph exists, its subgraph is taken from it
    assert arrays.subgraph(["c", "d"]).edges["c", "d"]["later"] == 3


def test_the_engine_chosen_and_what_is_refused():
    small = nx.path_graph(2)
    assert choose_engine(small) == "igraph"  # from one node on, igraph's cores
    assert choose_engine(nx.Graph()) == "networkx"
    assert choose_engine(small, "networkx") == "networkx"
    with pytest.raises(UsageError) as refused:
        choose_engine(small, "gephi")
    assert str(refused.value) == "engine 'gephi' is unknown; use one of auto, networkx, igraph"
    with pytest.raises(UsageError) as directed:
        GraphView.from_networkx(nx.DiGraph([(1, 2)]))
    assert str(directed.value) == (
        "the measures here are for undirected collaboration graphs; pass an undirected graph "
        "(G.to_undirected())"
    )
    empty = GraphView([], np.zeros((0, 2)))
    assert (empty.n, empty.m, empty.weights.tolist()) == (0, 0, [])
    assert isinstance(empty.attributes, pd.DataFrame) and empty.nx.number_of_nodes() == 0
