"""Reading the network from the real embedded FalkorDB, filters, and the graphs built from it."""

from __future__ import annotations

import networkx as nx
import pytest

from helix_graph.analysis import (
    Filters,
    collaboration_edges,
    collaboration_graph,
    country_graph,
    multipartite_graph,
    network_from_dataset,
    project_graph,
    read_network,
)
from helix_graph.errors import UsageError


def test_read_network_matches_the_seed(seed_store, seed_dataset):
    network = read_network(seed_store)
    assert network.counts() == {"organisations": 44, "projects": 4, "participations": 44}
    from_dataset = network_from_dataset(seed_dataset)
    assert set(network.organisations["id"]) == set(from_dataset.organisations["id"])
    smiltene = network.organisations.set_index("id").loc["smiltene-municipality"]
    assert (smiltene["kind"], smiltene["helix_sector"], smiltene["country"]) == (
        "municipality",
        "government",
        "LV",
    )
    assert (
        network.projects.set_index("id").loc["3i-solution-for-ps", "programme"]
        == "interreg-bsr-2021-2027"
    )


def test_collaboration_graph_of_the_seed_is_four_cliques(seed_store):
    G = collaboration_graph(read_network(seed_store))
    components = sorted((len(c) for c in nx.connected_components(G)), reverse=False)
    assert sum(components) == 44
    sizes = read_network(seed_store).participations.groupby("project").size()
    assert sorted(components) == sorted(sizes.tolist())
    assert G.number_of_edges() == sum(k * (k - 1) // 2 for k in sizes)
    assert G["smiltene-municipality"]["lut-university"] == {
        "weight": 1,
        "projects": ("3i-solution-for-ps",),
    }
    assert G.nodes["smiltene-municipality"]["helix_sector"] == "government"


def test_filters(seed_store):
    latvia = read_network(seed_store, Filters(countries=["lv"]))
    assert latvia.organisations["id"].tolist() == ["smiltene-municipality"]
    assert collaboration_graph(latvia).number_of_edges() == 0
    bsr = read_network(seed_store, Filters(programmes=["interreg-bsr-2021-2027"]))
    assert set(bsr.projects["id"]) == {"3i-solution-for-ps"} and len(bsr) == 5
    recent = read_network(seed_store, Filters(years=(2023, 2024)))
    assert "3i-solution-for-ps" in set(recent.projects["id"])
    assert "smartvillages" not in set(recent.projects["id"])
    academia = read_network(seed_store, Filters(sectors=["academia"]))
    assert set(academia.organisations["helix_sector"]) == {"academia"}
    nothing = read_network(seed_store, Filters(years=(1900, 1901)))
    assert nothing.empty and collaboration_graph(nothing).number_of_nodes() == 0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"sectors": ["banking"]},
        {"roles": ["sponsor"]},
        {"kinds": ["castle"]},
        {"countries": ["ZZ"]},
        {"years": (2020, 2010)},
        {"min_weight": 0},
    ],
)
def test_unknown_filter_values_are_refused(kwargs):
    with pytest.raises(UsageError):
        Filters(**kwargs)


def test_unknown_programme_is_refused(seed_store):
    with pytest.raises(UsageError, match="no programme"):
        read_network(seed_store, Filters(programmes=["interreg-mars"]))


def _davis_network():
    """Davis Southern Women as a network: women take part in events (projects)."""
    import pandas as pd

    from helix_graph.analysis import Network

    B = nx.davis_southern_women_graph()
    women = [n for n, d in B.nodes(data=True) if d["bipartite"] == 0]
    events = [n for n, d in B.nodes(data=True) if d["bipartite"] == 1]
    parts = pd.DataFrame(
        [(w, e, None) for w, e in B.edges() if w in women]
        + [(w, e, None) for e, w in B.edges() if w in women],
        columns=["organisation", "project", "role"],
    ).drop_duplicates()
    orgs = pd.DataFrame(
        {
            "id": women,
            "name": women,
            "kind": "other",
            "helix_sector": "civil_society",
            "country": None,
            "city": None,
        }
    )
    return B, women, Network(orgs, pd.DataFrame({"id": events}), parts)


def test_collaboration_weights_match_the_bipartite_projection():
    B, women, network = _davis_network()
    expected = nx.bipartite.weighted_projected_graph(B, women)
    G = collaboration_graph(network)
    assert G.number_of_edges() == expected.number_of_edges()
    for u, v, d in expected.edges(data=True):
        assert G[u][v]["weight"] == d["weight"]
        assert len(G[u][v]["projects"]) == d["weight"]
    strong = collaboration_graph(network, min_weight=4)
    assert all(d["weight"] >= 4 for *_, d in strong.edges(data=True))
    assert strong.number_of_nodes() == len(women)
    edges = collaboration_edges(network)
    assert len(edges) == expected.number_of_edges()


def test_project_country_and_multipartite_graphs(seed_store):
    network = read_network(seed_store)
    P = project_graph(network)
    assert (
        P.number_of_nodes() == 4 and P.number_of_edges() == 0
    )  # the seed's projects share no partner
    C = country_graph(network)
    assert C["LV"]["FI"]["weight"] == 2  # Smiltene with LUT and AR-GO lab
    M = multipartite_graph(network)
    labels = nx.get_node_attributes(M, "label")
    assert sum(1 for v in labels.values() if v == "Organisation") == 44
    assert sum(1 for v in labels.values() if v == "Project") == 4
    assert M.has_edge("organisation:smiltene-municipality", "project:3i-solution-for-ps")
    assert M.has_edge("organisation:smiltene-municipality", "country:LV")


def test_project_graph_of_davis_events():
    B, women, network = _davis_network()
    events = [n for n in B if n not in women]
    expected = nx.bipartite.weighted_projected_graph(B, events)
    P = project_graph(network)
    assert {frozenset(e) for e in P.edges()} == {frozenset(e) for e in expected.edges()}
    for u, v, d in expected.edges(data=True):
        assert P[u][v]["weight"] == d["weight"]


def test_the_tables_are_kept_under_the_data_version_and_never_used_after_a_write(
    seed_store, tmp_path
):
    import pandas as pd

    from helix_graph.analysis.network import stored_tables
    from helix_graph.ingest.seed_files import read_dataset
    from helix_graph.load import load_dataset

    seed_store.cache_dir = tmp_path / "cache"
    reads = []
    real_read = seed_store.read_columns
    seed_store.read_columns = lambda *a, **k: reads.append(a[0]) or real_read(*a, **k)
    first = stored_tables(seed_store)
    assert len(reads) == 3 and len(list((tmp_path / "cache").glob("tables-*.pickle"))) == 1
    again = stored_tables(seed_store)
    assert len(reads) == 3  # from the kept copy, not the graph
    pd.testing.assert_frame_equal(again.organisations, first.organisations)
    pd.testing.assert_frame_equal(again.participations, first.participations)
    # a correction that changes a name and no count: the next read sees it
    (tmp_path / "fix.yaml").write_text(
        "organisations:\n"
        "  - {id: refit, name: ReFIT Renamed, kind: other, helix_sector: industry, country: DE}\n",
        encoding="utf-8",
    )
    load_dataset(seed_store, read_dataset([tmp_path / "fix.yaml"]))
    fresh = stored_tables(seed_store)
    assert len(reads) == 6
    assert fresh.organisations.set_index("id").at["refit", "name"] == "ReFIT Renamed"
    kept = list((tmp_path / "cache").glob("tables-*.pickle"))
    assert len(kept) == 1  # the older copy is gone
    kept[0].write_bytes(b"not a pickle")  # damaged: read from the graph again
    assert stored_tables(seed_store).organisations.equals(fresh.organisations) and len(reads) == 9
