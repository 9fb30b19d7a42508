"""Synthetic data (reproducible, realistic shape, loadable) and file exports read back."""

from __future__ import annotations

import filecmp
import json

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from helix_graph.analysis import Network, collaboration_graph, network_from_dataset
from helix_graph.errors import UsageError
from helix_graph.export import clean_table, export_graph, write_table
from helix_graph.ingest.seed_files import read_dataset
from helix_graph.synth import synthesize, write_synth


def test_same_seed_same_files(tmp_path):
    for name in ("a", "b"):
        write_synth(synthesize(3000, seed=5), tmp_path / name)
    write_synth(synthesize(3000, seed=6), tmp_path / "c")
    files = ["programmes.csv", "projects.csv", "organisations.csv", "participations.csv"]
    match, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", files, shallow=False)
    assert match == files and not mismatch and not errors
    assert not filecmp.cmp(
        tmp_path / "a" / "participations.csv", tmp_path / "c" / "participations.csv", shallow=False
    )


def test_synthetic_shape():
    data = synthesize(20_000, seed=1)
    assert len(data.participations) == 20_000
    sizes = data.participations.groupby("project").size()
    assert sizes.min() >= 2 and sizes.max() <= 60
    assert sizes.quantile(0.99) > 3 * sizes.median()  # heavy tail
    per_org = data.participations["organisation"].value_counts()
    assert per_org.max() > 50 * per_org.median()  # hubs from preferential attachment
    assert 25 <= data.organisations["country"].nunique() <= 30
    shares = data.organisations["helix_sector"].value_counts(normalize=True)
    assert set(shares.index) == {"government", "industry", "academia", "civil_society"}
    assert shares["civil_society"] < shares["government"]
    kinds = data.organisations.set_index("id")["kind"]
    reuse = per_org.groupby(kinds).mean()
    assert (
        reuse["municipality"] < 0.5 * reuse.drop("municipality").min()
    )  # municipalities rarely return
    assert not data.participations.duplicated(["project", "organisation"]).any()
    assert (
        data.participations.groupby("project")["role"].apply(lambda r: (r == "lead").sum()) == 1
    ).all()


def test_synthetic_files_load_as_the_seed_format(tmp_path):
    write_synth(synthesize(500, seed=2), tmp_path)
    dataset = read_dataset([tmp_path])
    assert len(dataset.participations) == 500
    assert all(p.programme for p in dataset.projects)


def test_synth_refuses_too_few():
    with pytest.raises(
        UsageError, match="--participations 1 is too small; a project needs at least 2"
    ):
        synthesize(1)


def test_clean_table_has_no_nan_or_infinity(tmp_path):
    frame = pd.DataFrame({"id": ["a", "b"], "x": [np.nan, np.inf], "tags": [("p", "q"), None]})
    cleaned = clean_table(frame)
    assert cleaned["x"].tolist() == [0.0, 0.0] and cleaned["tags"].tolist() == ["p;q", ""]
    back = pd.read_csv(write_table(frame, tmp_path / "t.csv"))
    assert np.isfinite(back["x"]).all()


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "csv", "parquet"])
def test_export_round_trip(tmp_path, fmt, seed_dataset):
    G = collaboration_graph(network_from_dataset(seed_dataset))
    nx.set_node_attributes(G, {v: 0.5 for v in G}, "pagerank")
    paths = export_graph(G, tmp_path / f"g.{fmt}", fmt)
    if fmt in ("csv", "parquet"):
        read = pd.read_csv if fmt == "csv" else pd.read_parquet
        nodes, edges = read(paths[0]), read(paths[1])
        H = nx.from_pandas_edgelist(edges, edge_attr=True)
        H.add_nodes_from(nodes["id"])
        nx.set_node_attributes(H, dict(zip(nodes["id"], nodes["country"])), "country")
    elif fmt == "graphml":
        H = nx.read_graphml(paths[0])
    elif fmt == "gexf":
        H = nx.read_gexf(paths[0])
    else:
        H = nx.node_link_graph(json.loads(paths[0].read_text()), edges="edges")
    assert set(H) == set(G)
    assert {frozenset(e) for e in H.edges()} == {frozenset(e) for e in G.edges()}
    assert H.nodes["smiltene-municipality"]["country"] == "LV"
    u, v = "smiltene-municipality", "lut-university"
    assert float(H[u][v]["weight"]) == G[u][v]["weight"]
    assert H[u][v]["projects"] == "3i-solution-for-ps"


def test_export_empty_graph_and_bad_format(tmp_path):
    empty = Network(
        pd.DataFrame(columns=["id", "name"]),
        pd.DataFrame(columns=["id"]),
        pd.DataFrame(columns=["organisation", "project", "role"]),
    )
    G = collaboration_graph(empty)
    for fmt in ("graphml", "gexf", "json", "csv", "parquet"):
        export_graph(G, tmp_path / f"e.{fmt}", fmt)
    assert nx.read_graphml(tmp_path / "e.graphml").number_of_nodes() == 0
    with pytest.raises(UsageError, match="export format 'xls'"):
        export_graph(G, tmp_path / "e.xls", "xls")


def test_node_table_goes_into_the_file_and_leaves_the_graph_alone(tmp_path):
    import networkx as nx
    import pandas as pd

    from helix_graph.export import export_graph

    G = nx.path_graph(["a", "b", "c"])
    table = pd.DataFrame(
        {"id": ["a", "c", "zz"], "pagerank": [0.25, 0.25, 1.0], "community": [0, 1, 2]}
    )
    (path,) = export_graph(G, tmp_path / "g.graphml", "graphml", node_table=table)
    read = nx.read_graphml(path)
    assert read.nodes["a"] == {
        "label": "a",
        "pagerank": 0.25,
        "community": 0,
    }  # no name: the id is the label
    assert "pagerank" not in read.nodes["b"] and "zz" not in read
    assert all(not data for _, data in G.nodes(data=True))  # the cached graph is not touched
