"""The graphs of the small network (tests/analysis/test_small_network.py), node by node and
tie by tie; and, with a fourth project S (a, b and e), ties of weight two."""

from __future__ import annotations

import numpy as np

from helix_graph.analysis import (
    collaboration_edges,
    collaboration_graph,
    country_graph,
    multipartite_graph,
    network_from_dataset,
    project_graph,
)
from helix_graph.analysis.graphs import shared_ids
from helix_graph.model import Participation, Project
from tests.analysis.test_small_network import SMALL


def _with_s():
    dataset = SMALL.model_copy(deep=True)
    dataset.projects.append(Project(id="s", acronym="S"))
    dataset.participations += [
        Participation(organisation=o, project="s", role="partner") for o in ("a", "b", "e")
    ]
    return network_from_dataset(dataset)


def test_the_multipartite_graph_holds_every_kind_of_node_and_tie():
    G = multipartite_graph(network_from_dataset(SMALL))
    labels = {}
    for node, data in G.nodes(data=True):
        labels.setdefault(data["label"], []).append(node)
    assert labels == {
        "Organisation": [f"organisation:{o}" for o in "abcde"],
        "Country": ["country:SI", "country:AT", "country:HR"],
        "HelixSector": ["sector:government", "sector:academia", "sector:industry",
                        "sector:civil_society"],
        "Project": ["project:p", "project:q", "project:r"],
        "Programme": ["programme:alps"],
    }  # fmt: skip
    assert G.nodes["organisation:a"] == {
        "label": "Organisation", "id": "a", "bipartite": 0, "name": "Občina A",
        "kind": "municipality", "helix_sector": "government", "country": "SI",
    }  # fmt: skip
    assert G.nodes["country:HR"] == {
        "label": "Country",
        "id": "HR",
        "name": "Croatia",
        "bipartite": 2,
    }
    assert G.nodes["sector:civil_society"] == {
        "label": "HelixSector", "id": "civil_society", "name": "Civil society", "bipartite": 3,
    }  # fmt: skip
    assert G.nodes["project:r"] == {
        "label": "Project",
        "bipartite": 1,
        "id": "r",
        "acronym": "R",
        "name": "R",
    }
    assert G.nodes["project:p"]["programme_name"] == "Interreg Alpine Space"
    assert G.nodes["programme:alps"] == {
        "label": "Programme",
        "id": "alps",
        "name": "alps",
        "bipartite": 4,
    }
    types = {}
    for a, b, data in G.edges(data=True):
        types.setdefault(data["type"], set()).add(frozenset((a, b)))
    assert {t: len(e) for t, e in types.items()} == {
        "BASED_IN": 5, "IN_SECTOR": 5, "PARTICIPATES_IN": 6, "FUNDED_BY": 1,
    }  # fmt: skip
    assert G.edges["organisation:c", "project:q"] == {"type": "PARTICIPATES_IN", "role": "lead"}
    assert G.edges["project:p", "programme:alps"] == {"type": "FUNDED_BY"}
    assert G.graph == {"kind": "multipartite"}


def test_a_tie_of_two_projects_names_both_and_a_minimum_weight_keeps_it_alone():
    network = _with_s()
    edges = collaboration_edges(network)
    assert [tuple(row) for row in edges.values] == [
        ("a", "b", 2, ("p", "s")), ("a", "c", 1, ("p",)), ("a", "e", 1, ("s",)),
        ("b", "c", 1, ("p",)), ("b", "e", 1, ("s",)), ("c", "d", 1, ("q",)),
    ]  # fmt: skip
    as_text = collaboration_edges(network, projects_as_text=True)
    assert as_text["projects"].tolist() == ["p;s", "p", "s", "p", "s", "q"]
    heavy = collaboration_edges(network, min_weight=2)
    assert [tuple(row) for row in heavy.values] == [("a", "b", 2, ("p", "s"))]
    assert list(collaboration_edges(network, with_projects=False).columns) == [
        "source",
        "target",
        "weight",
    ]
    G = collaboration_graph(network, min_weight=2)
    assert sorted(G.nodes) == list("abcde")  # organisations stay when they lose their ties
    assert list(G.edges(data=True)) == [("a", "b", {"weight": 2, "projects": ("p", "s")})]
    assert G.nodes["d"] == {
        "name": "Verein D", "kind": "association", "helix_sector": "civil_society",
        "country": "AT",
    }  # fmt: skip


def test_projects_are_tied_by_their_shared_partners():
    """P and S share a and b; P and Q share c; R and S share e."""
    G = project_graph(_with_s())
    assert sorted((a, b, d["weight"], d["organisations"]) for a, b, d in G.edges(data=True)) == [
        ("p", "q", 1, ("c",)),
        ("p", "s", 2, ("a", "b")),
        ("r", "s", 1, ("e",)),
    ]
    assert {p: G.nodes[p]["partners"] for p in G} == {"p": 3, "q": 2, "r": 1, "s": 3}
    assert G.nodes["q"]["acronym"] == "Q"
    bare = project_graph(_with_s(), min_weight=2, with_organisations=False)
    assert list(bare.edges(data=True)) == [("p", "s", {"weight": 2})]


def test_countries_are_tied_by_the_ties_across_their_borders():
    """With S: SI–HR by a–e and b–e, SI–AT by a–c and b–c; a–b (two projects) at home."""
    G = country_graph(_with_s())
    assert {c: (G.nodes[c]["organisations"], G.nodes[c]["domestic"]) for c in G} == {
        "SI": (2, 2), "AT": (2, 1), "HR": (1, 0),
    }  # fmt: skip
    assert sorted((*sorted((a, b)), d["weight"]) for a, b, d in G.edges(data=True)) == [
        ("AT", "SI", 2),
        ("HR", "SI", 2),
    ]
    assert G.nodes["HR"]["name"] == "Croatia" and G.graph == {"kind": "country"}


def test_shared_ids_as_tuples_or_text_for_one_and_several():
    import scipy.sparse as sp

    # rows x, y, z over columns P, Q, R: x has P, Q; y has P, Q, R; z has R
    matrix = sp.csr_matrix(np.array([[1, 1, 0], [1, 1, 1], [0, 0, 1]]))
    ids = np.array(["P", "Q", "R"], dtype=object)
    edges = np.array([[0, 1], [1, 2]], dtype=np.int64)
    counts = np.array([2, 1], dtype=np.int64)
    assert shared_ids(matrix, ids, edges, counts) == [("P", "Q"), ("R",)]
    # as files hold them: an Arrow text array
    assert shared_ids(matrix, ids, edges, counts, as_text=True).to_pylist() == ["P;Q", "R"]
    empty = np.zeros((0, 2), dtype=np.int64)
    assert shared_ids(matrix, ids, empty, np.zeros(0, dtype=np.int64)) == []
    assert (
        shared_ids(matrix, ids, empty, np.zeros(0, dtype=np.int64), as_text=True).to_pylist() == []
    )


def test_an_empty_network_has_empty_tables_with_their_columns():
    network = network_from_dataset(SMALL.model_copy(update={"participations": []}))
    edges = collaboration_edges(network)
    assert list(edges.columns) == ["source", "target", "weight", "projects"] and edges.empty
    assert country_graph(network).number_of_nodes() == 0
