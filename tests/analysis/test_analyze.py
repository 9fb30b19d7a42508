"""The full analysis on a network: the large-graph paths give the small-graph answers."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from helix_graph.analysis import Network, analyze_network, node_metrics, project_graph
from helix_graph.analysis import run as run_module
from helix_graph.synth import synthesize


@pytest.fixture(scope="module")
def synthetic_network():
    data = synthesize(3_000, seed=4)
    return Network(data.organisations.assign(city=None), data.projects, data.participations)


def test_project_metrics_without_the_project_graph(synthetic_network):
    P = project_graph(synthetic_network, with_organisations=False)
    built = node_metrics(P, ["strength", "eigenvector", "pagerank"], engine="igraph").set_index("id")
    implicit = run_module._implicit_project_metrics(synthetic_network).set_index("id").loc[built.index]
    for column in ("strength", "eigenvector", "pagerank"):
        assert implicit[column].to_numpy() == pytest.approx(built[column].to_numpy(), abs=1e-9)


def test_forked_brokerage_gives_the_same_table(synthetic_network, monkeypatch, tmp_path):
    sequential = analyze_network(synthetic_network, seed=2).organisations
    monkeypatch.setattr(run_module, "PARALLEL_FROM", 0)
    forked = analyze_network(synthetic_network, tmp_path, seed=2)
    assert forked.manifest["brokerage"]["forked_process"] is True
    pd.testing.assert_frame_equal(sequential, forked.organisations)
    written = pd.read_csv(tmp_path / "organisations.csv")
    assert len(written) == len(sequential)
    metrics = written.drop(columns=["id", "name", "kind", "helix_sector", "country", "city"])
    assert np.isfinite(metrics.to_numpy(dtype=float)).all()


def test_large_project_graph_is_not_built(synthetic_network, monkeypatch, tmp_path):
    monkeypatch.setattr(run_module, "PROJECT_GRAPH_MAX_TIES", 10)
    result = analyze_network(synthetic_network, tmp_path)
    assert result.manifest["projects"]["graph"] == "implicit"
    assert "betweenness" not in result.projects and result.projects["pagerank"].sum() == pytest.approx(1.0)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["rows"]["projects.csv"] == len(synthetic_network.projects)


def test_same_seed_same_results(synthetic_network):
    a = analyze_network(synthetic_network, seed=9)
    b = analyze_network(synthetic_network, seed=9)
    pd.testing.assert_frame_equal(a.organisations, b.organisations)
    pd.testing.assert_frame_equal(a.under_connected, b.under_connected)
