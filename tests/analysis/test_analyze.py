"""The full analysis on a network: the large-graph paths give the small-graph answers."""

from __future__ import annotations

import json

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from helix_graph.analysis import (
    ORGANISATION_TABLE_COLUMNS,
    Analysis,
    Network,
    analyze_network,
    brokerage,
    collaboration_edges,
    cross_sector_share,
    detect_communities,
    node_metrics,
    project_graph,
    structural_holes,
)
from helix_graph.analysis import run as run_module
from helix_graph.synth import synthesize


@pytest.fixture(scope="module")
def synthetic_network():
    data = synthesize(3_000, seed=4)
    return Network(data.organisations.assign(city=None), data.projects, data.participations)


def test_project_metrics_without_the_project_graph(synthetic_network):
    P = project_graph(synthetic_network, with_organisations=False)
    built = node_metrics(P, ["strength", "eigenvector", "pagerank"], engine="igraph").set_index(
        "id"
    )
    implicit = (
        run_module._implicit_project_metrics(synthetic_network).set_index("id").loc[built.index]
    )
    for column in ("strength", "eigenvector", "pagerank"):
        assert implicit[column].to_numpy() == pytest.approx(built[column].to_numpy(), abs=1e-9)


def test_organisation_table_is_the_one_definition(synthetic_network, tmp_path):
    result = analyze_network(synthetic_network, tmp_path, seed=2)
    table = result.organisations
    assert tuple(table.columns) == ORGANISATION_TABLE_COLUMNS
    written = pd.read_csv(tmp_path / "organisations.csv", keep_default_na=False)
    assert list(written.columns) == list(table.columns) and len(written) == len(table)
    metrics = written[[c for c in table.columns if pd.api.types.is_numeric_dtype(table[c])]]
    assert np.isfinite(metrics.to_numpy(dtype=float)).all()
    # each column is the measure's own answer, row for row (assigned by position, never shuffled)
    degree = dict(result.graph.degree())
    assert table["degree"].tolist() == [degree[v] for v in table["id"]]
    assert table["community"].tolist() == [result.partition.membership[v] for v in table["id"]]
    lazy = Analysis(synthetic_network, seed=2)
    pd.testing.assert_frame_equal(lazy.organisations, table)


def test_a_changed_graph_gives_new_answers_with_the_same_counts():
    G = nx.path_graph(4)  # 0-1-2-3
    assert node_metrics(G, ["degree"], engine="igraph")["degree"].tolist() == [1, 2, 2, 1]
    G.remove_edge(2, 3)
    G.add_edge(0, 2)  # the same numbers of nodes and ties: a triangle 0-1-2 and an isolate
    assert node_metrics(G, ["degree"], engine="igraph")["degree"].tolist() == [2, 2, 2, 0]
    nx.set_node_attributes(
        G, {0: "academia", 1: "industry", 2: "industry", 3: "academia"}, "helix_sector"
    )
    before = brokerage(G, engine="igraph")["liaison"].sum()
    nx.set_node_attributes(
        G, {0: "academia", 1: "industry", 2: "government", 3: "academia"}, "helix_sector"
    )
    assert (before, brokerage(G, engine="igraph")["liaison"].sum()) == (
        0,
        0,
    )  # a triangle brokers nothing
    assert cross_sector_share(G) == pytest.approx(1.0)


@pytest.mark.parametrize("graph", ["empty", "single", "no_ties", "self_loop", "two_components"])
def test_awkward_graphs_give_answers(graph):
    G = {
        "empty": nx.Graph(),
        "single": nx.empty_graph(["a"]),
        "no_ties": nx.empty_graph(["a", "b", "c"]),
        "self_loop": nx.Graph([("a", "a"), ("a", "b")]),
        "two_components": nx.Graph([("a", "b"), ("c", "d"), ("d", "e")]),
    }[graph]
    for engine in ("networkx", "igraph"):
        table = node_metrics(G, engine=engine)
        assert len(table) == G.number_of_nodes()
        assert np.isfinite(table.drop(columns="id").to_numpy(dtype=float)).all()
        holes = structural_holes(G, engine=engine)
        assert np.isfinite(holes.drop(columns="id").to_numpy(dtype=float)).all()
        assert len(detect_communities(G, engine=engine)) == (
            0
            if graph == "empty"
            else len(list(nx.connected_components(G)))
            if graph != "no_ties"
            else 3
        )


def test_large_project_graph_is_not_built(synthetic_network, monkeypatch, tmp_path):
    monkeypatch.setattr(run_module, "PROJECT_GRAPH_MAX_TIES", 10)
    result = analyze_network(synthetic_network, tmp_path)
    assert result.manifest["projects"]["graph"] == "implicit"
    assert "betweenness" not in result.projects and result.projects[
        "pagerank"
    ].sum() == pytest.approx(1.0)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["rows"]["projects.csv"] == len(synthetic_network.projects)


def test_manifest_counts_the_rows_of_every_file_written(synthetic_network, tmp_path):
    result = analyze_network(synthetic_network, tmp_path)
    rows = json.loads((tmp_path / "manifest.json").read_text())["rows"]
    assert rows == {name: len(pd.read_csv(tmp_path / name, keep_default_na=False)) for name in rows}
    assert rows["collaboration_edges.csv"] == result.view.m > 0
    # the ties were written as text straight away: counting them built no table of tuples
    assert "edges" not in result.__dict__


def test_the_tie_file_holds_every_tie_with_its_shared_projects(synthetic_network, tmp_path):
    """The file is written from Arrow columns; its rows are the library's tie table, tuples joined."""
    result = analyze_network(synthetic_network, tmp_path)
    written = pd.read_csv(tmp_path / "collaboration_edges.csv", dtype=str, keep_default_na=False)
    expected = collaboration_edges(synthetic_network)
    assert list(written.columns) == ["source", "target", "weight", "projects"]
    assert written["source"].tolist() == expected["source"].tolist()
    assert written["target"].tolist() == expected["target"].tolist()
    assert written["weight"].astype(int).tolist() == expected["weight"].tolist()
    assert written["projects"].tolist() == [";".join(p) for p in expected["projects"]]
    several = expected["weight"] > 1
    assert (
        several.any()
        and (written["projects"][several].str.count(";") == expected["weight"][several] - 1).all()
    )
    assert len(written) == result.view.m


def test_tie_file_ids_that_look_like_formulas_are_quoted(tmp_path):
    """Arrow's text columns get the same formula guard as every other table."""
    network = Network(
        pd.DataFrame(
            {
                "id": ["=a", "b", "@c"],
                "name": ["A", "B", "C"],
                "helix_sector": ["industry"] * 3,
                "country": ["SI"] * 3,
            }
        ),
        pd.DataFrame({"id": ["+p", "q"], "title": ["P", "Q"]}),
        pd.DataFrame(
            {
                "organisation": ["=a", "b", "@c", "b"],
                "project": ["+p", "+p", "q", "q"],
                "role": ["partner"] * 4,
            }
        ),
    )
    analyze_network(network, tmp_path)
    written = pd.read_csv(tmp_path / "collaboration_edges.csv", dtype=str, keep_default_na=False)
    assert sorted(map(tuple, written.to_numpy().tolist())) == [
        ("'=a", "b", "1", "'+p"),
        ("b", "'@c", "1", "q"),
    ]


def test_same_seed_same_results(synthetic_network):
    a = analyze_network(synthetic_network, seed=9)
    b = analyze_network(synthetic_network, seed=9)
    pd.testing.assert_frame_equal(a.organisations, b.organisations)
    pd.testing.assert_frame_equal(a.under_connected, b.under_connected)


def test_graphs_for_views_and_exports_keep_the_minimum_weight(synthetic_network):
    from helix_graph.analysis import Filters, filter_network

    core = Analysis(filter_network(synthetic_network, Filters(min_weight=2)))
    P, projects = core.graph_with_table("project")
    assert P.number_of_edges() and min(w for *_, w in P.edges(data="weight")) >= 2
    G, organisations = core.graph_with_table("collaboration")
    assert G.number_of_edges() and min(w for *_, w in G.edges(data="weight")) >= 2
    assert len(organisations) == G.number_of_nodes() and len(projects) == P.number_of_nodes()


def test_the_project_table_names_each_programme_and_its_period(seed_store):
    from helix_graph.analysis import Analysis, read_network

    table = Analysis(read_network(seed_store)).projects.set_index("id")
    assert table.loc["asis", "programme"] == "interreg-alpine-space-2014-2020"
    assert table.loc["asis", "programme_name"] == "Interreg Alpine Space"
    assert table.loc["asis", "programme_period"] == "2014–2020"
