"""Communities, and the helix indicators, on hand-worked examples."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from helix_graph.analysis import (
    Network,
    community_profiles,
    cross_sector_share,
    detect_communities,
    ei_index,
    helix_completeness,
    helix_mix,
    helix_mutual_information,
    modularity,
    mutual_information,
    sector_assortativity,
)
from helix_graph.analysis.communities import Partition
from helix_graph.errors import UsageError


def two_cliques():
    return nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(4))


@pytest.mark.parametrize("method", ["louvain", "leiden", "label_propagation"])
@pytest.mark.parametrize("engine", ["networkx", "igraph"])
def test_two_cliques_are_two_communities(method, engine):
    p = detect_communities(two_cliques(), method, engine=engine, seed=1)
    assert sorted(map(sorted, p.communities)) == [[0, 1, 2, 3], [4, 5, 6, 7]]
    assert p.modularity == pytest.approx(0.5)  # 2 × (6/12 − (12/24)²)
    assert p.parameters["seed"] == 1 and p.parameters["method"] == method


@pytest.mark.parametrize("method", ["louvain", "leiden"])
@pytest.mark.parametrize(
    "G", [nx.karate_club_graph(), nx.les_miserables_graph()], ids=["karate", "miserables"]
)
def test_engines_reach_the_same_modularity(G, method):
    a = detect_communities(G, method, engine="networkx", seed=0)
    b = detect_communities(G, method, engine="igraph", seed=0)
    assert abs(a.modularity - b.modularity) <= 0.02
    assert a.modularity == pytest.approx(nx.community.modularity(G, a.communities, weight="weight"))


def test_weighted_modularity_by_hand():
    """a–b (2), b–c (1), c–d (3) split {a, b} | {c, d}: W = 6, inside 5, strengths 5 and 7."""
    G = nx.Graph()
    G.add_weighted_edges_from([("a", "b", 2), ("b", "c", 1), ("c", "d", 3)])
    split = {"a": "x", "b": "x", "c": "y", "d": "y"}  # any labels, not only numbers
    assert modularity(G, split) == pytest.approx(5 / 6 - (5 / 12) ** 2 - (7 / 12) ** 2)
    assert modularity(G, dict.fromkeys(G, 0)) == pytest.approx(0.0)  # one community: 1 − 1
    louvain = detect_communities(G, "louvain", engine="igraph", seed=0)
    assert louvain.parameters["implementation"] == "networkit PLM"


def test_leiden_on_a_large_graph_finds_a_ring_of_cliques():
    """250 cliques of 20 in a ring (5,000 nodes: NetworKit's Leiden, not igraph's), and 20
    isolated nodes. m = 250 · 190 + 250 = 47,750; each clique holds 190 ties and a strength
    of 2 · 190 + 2 = 382, so Q = 250 · (190 / m − (382 / 2m)²)."""
    G = nx.ring_of_cliques(250, 20)
    G.add_nodes_from(range(5_000, 5_020))
    runs = [detect_communities(G, "leiden", seed=seed) for seed in (4, 4, 5)]
    p = runs[0]
    assert p.parameters["implementation"] == "networkit ParallelLeiden, 3 iterations"
    cliques = sorted(sorted(range(start, start + 20)) for start in range(0, 5_000, 20))
    alone = [[node] for node in range(5_000, 5_020)]
    assert sorted(map(sorted, p.communities)) == cliques + alone
    m = 250 * 190 + 250
    assert p.modularity == pytest.approx(250 * (190 / m - (382 / (2 * m)) ** 2))
    assert runs[1].membership == p.membership  # one seed, one partition
    assert sorted(map(sorted, runs[2].communities)) == cliques + alone
    small = detect_communities(nx.ring_of_cliques(4, 5), "leiden", seed=4)
    assert small.parameters["implementation"] == "igraph community_leiden"


def test_leiden_changes_implementation_at_one_thousand_nodes():
    """50 cliques of 20 in a ring are 1,000 nodes: NetworKit's three passes; without one
    node, 999: igraph until stable. Both find the 50 cliques (the one short of a node too)."""
    G = nx.ring_of_cliques(50, 20)
    at = detect_communities(G, "leiden", seed=1)
    assert at.parameters["implementation"] == "networkit ParallelLeiden, 3 iterations"
    assert sorted(map(sorted, at.communities)) == [
        list(range(start, start + 20)) for start in range(0, 1_000, 20)
    ]
    G.remove_node(999)
    below = detect_communities(G, "leiden", seed=1)
    assert below.parameters["implementation"] == "igraph community_leiden"
    assert len(below) == 50


def test_same_seed_same_partition():
    G = nx.les_miserables_graph()
    assert (
        detect_communities(G, "louvain", seed=3).membership
        == detect_communities(G, "louvain", seed=3).membership
    )


def test_communities_bad_input_and_empty():
    with pytest.raises(UsageError, match="community method 'magic'"):
        detect_communities(nx.path_graph(3), "magic")
    for method in ("leiden", "louvain"):
        empty = detect_communities(nx.Graph(), method)
        assert len(empty) == 0 and empty.modularity == 0.0
        alone = detect_communities(nx.empty_graph(2), method)
        assert len(alone) == 2 and alone.modularity == 0.0
        # a self-loop is left out: two separate pairs, modularity 2 × (1/2 − (2/4)²)
        pairs = detect_communities(nx.Graph([(0, 1), (1, 1), (2, 3)]), method)
        assert sorted(map(sorted, pairs.communities)) == [[0, 1], [2, 3]]
        assert pairs.modularity == pytest.approx(0.5)


def test_community_profiles():
    G = two_cliques()
    sectors = [
        "government",
        "industry",
        "academia",
        "civil_society",
        "academia",
        "academia",
        "industry",
        "industry",
    ]
    nx.set_node_attributes(G, dict(enumerate(sectors)), "helix_sector")
    nx.set_node_attributes(G, {v: "SI" if v < 6 else "AT" for v in G}, "country")
    profiles = community_profiles(G, detect_communities(G, "louvain", seed=0)).set_index(
        "community"
    )
    first = profiles.loc[0]
    assert first["size"] == 4 and first["internal_ties"] == 6 and first["sectors_present"] == 4
    assert first["share_government"] == 0.25 and first["top_countries"] == "SI"
    assert profiles.loc[1, "sectors_present"] == 2 and profiles.loc[1, "share_academia"] == 0.5


def test_community_profiles_name_the_top_members_by_the_measure_asked_ties_by_id():
    # two cliques of four, each node of degree 3; PageRank given for the first clique only
    G = two_cliques()
    nx.set_node_attributes(G, {v: f"Org {v}" for v in G}, "name")
    partition = Partition({v: 0 if v < 4 else 1 for v in G}, 0.5, "given", "networkx", None)
    metrics = pd.DataFrame({"id": [3, 2, 0, 1], "pagerank": [0.4, 0.3, 0.1, 0.1]})
    two = community_profiles(G, partition, metrics, top=2)
    # first clique by PageRank: 3 (0.4), 2 (0.3), then 0 and 1 tied; second: no PageRank, ties by id
    assert two["top_members"].tolist() == ["Org 3;Org 2", "Org 4;Org 5"]
    everyone = community_profiles(G, partition, metrics)  # five by default: all four of each
    assert everyone["top_members"].tolist() == [
        "Org 3;Org 2;Org 0;Org 1",
        "Org 4;Org 5;Org 6;Org 7",
    ]
    # no betweenness column: ranked by degree, all 3, ties by id
    by_degree = community_profiles(G, partition, metrics, top=1, rank_by="betweenness")
    assert by_degree["top_members"].tolist() == ["Org 0", "Org 4"]


def test_community_profiles_count_countries_most_first_ties_by_code_and_name_the_unnamed_by_id():
    # one community of eight: DE three times, AT and SI twice (tied: AT first), HR once, one
    # without a country; the member without a name is listed by its id
    G = nx.complete_graph(9)
    countries = ["DE", "SI", "AT", "DE", "SI", "AT", "HR", "DE", None]
    nx.set_node_attributes(G, dict(enumerate(countries)), "country")
    nx.set_node_attributes(G, {v: f"Org {v}" for v in G if v != 8}, "name")
    partition = Partition({v: 0 for v in G}, 0.0, "given", "networkx", None)
    metrics = pd.DataFrame({"id": [8, 5, 1], "pagerank": [0.9, 0.5, 0.5]})
    profile = community_profiles(G, partition, metrics, top=3).loc[0]
    assert profile["countries"] == 4
    assert profile["top_countries"] == "DE;AT;SI"
    assert profile["top_members"] == "8;Org 1;Org 5"  # 0.9, then 0.5 twice: ids "1" < "5"


# --- mutual information: contingency tables worked out by hand ---------------------------------


def test_mutual_information_xor_is_one_bit_of_synergy():
    # z = x xor y, four equally likely cells: H_x = H_y = H_z = 1, every pair 2, the triple 2 bits
    t = np.zeros((2, 2, 2))
    t[0, 0, 0] = t[0, 1, 1] = t[1, 0, 1] = t[1, 1, 0] = 5
    assert mutual_information(t) == pytest.approx(1 + 1 + 1 - 2 - 2 - 2 + 2)  # = −1


def test_mutual_information_identical_dimensions_is_one_bit():
    t = np.zeros((2, 2, 2))
    t[0, 0, 0] = t[1, 1, 1] = 3  # three copies of one fair coin: every H is 1 bit
    assert mutual_information(t) == pytest.approx(3 - 3 + 1)


def test_mutual_information_uneven_table_by_hand():
    # 8 projects by (government, industry, academia) presence:
    #   (1,1,1) ×4, (1,0,0) ×2, (0,1,0) ×1, (0,0,1) ×1
    t = np.zeros((2, 2, 2))
    t[1, 1, 1], t[1, 0, 0], t[0, 1, 0], t[0, 0, 1] = 4, 2, 1, 1

    def H(*p):
        return -sum(x * math.log2(x) for x in p if x)

    h_g = H(6 / 8, 2 / 8)  # government present in 6 of 8
    h_i = H(5 / 8, 3 / 8)
    h_a = H(5 / 8, 3 / 8)
    h_gi = H(4 / 8, 2 / 8, 1 / 8, 1 / 8)  # (1,1) 4, (1,0) 2, (0,1) 1, (0,0) 1
    h_ga = H(4 / 8, 2 / 8, 1 / 8, 1 / 8)
    h_ia = H(4 / 8, 1 / 8, 1 / 8, 2 / 8)  # (1,1) 4, (1,0) 1, (0,1) 1, (0,0) 2
    h_gia = H(4 / 8, 2 / 8, 1 / 8, 1 / 8)
    expected = h_g + h_i + h_a - h_gi - h_ga - h_ia + h_gia
    # by hand: 0.8113 + 2 × 0.9544 − 3 × 1.75 + 1.75 = −0.7798 bits, negative: synergy
    assert expected == pytest.approx(-0.7798, abs=1e-4)
    assert mutual_information(t) == pytest.approx(expected)
    presence = pd.DataFrame([(1, 1, 1)] * 4 + [(1, 0, 0)] * 2 + [(0, 1, 0), (0, 0, 1)])
    assert mutual_information(presence) == pytest.approx(expected)


def test_mutual_information_four_dimensions_by_hand():
    # w, x independent fair coins, y = w, z = x; 4 equally likely rows
    rows = pd.DataFrame([(w, x, w, x) for w in (0, 1) for x in (0, 1)])
    # singles 4 × 1; pairs: (w,y),(x,z) 1 bit, the other four 2 bits; triples all 2; the quadruple 2
    expected = 4 * 1 - (2 * 1 + 4 * 2) + 4 * 2 - 2
    assert mutual_information(rows) == pytest.approx(expected)


def test_mutual_information_bad_and_empty():
    with pytest.raises(UsageError):
        mutual_information(np.zeros(2))
    assert mutual_information(np.zeros((2, 2, 2))) == 0.0


# --- other indicators --------------------------------------------------------------------------


def _sectored_path():
    G = nx.path_graph(4)  # 0-1-2-3
    nx.set_node_attributes(
        G, {0: "academia", 1: "academia", 2: "industry", 3: "government"}, "helix_sector"
    )
    return G


def test_cross_sector_share_and_ei_index_by_hand():
    G = _sectored_path()  # ties: a-a (internal), a-i, i-g (external)
    assert cross_sector_share(G) == pytest.approx(2 / 3)
    ei = ei_index(G)
    assert ei["overall"] == pytest.approx((2 - 1) / 3)
    assert ei["by_group"]["academia"] == pytest.approx((1 - 1) / 2)
    assert ei["by_group"]["industry"] == pytest.approx(1.0)
    H = _sectored_path()
    H[0][1]["weight"] = 3
    assert cross_sector_share(H, weight="weight") == pytest.approx(2 / 5)


def test_sector_assortativity_matches_networkx():
    G = nx.les_miserables_graph()
    rng = np.random.default_rng(0)
    nx.set_node_attributes(
        G, {v: rng.choice(["government", "industry", "academia"]) for v in G}, "helix_sector"
    )
    assert sector_assortativity(G) == pytest.approx(
        nx.attribute_assortativity_coefficient(G, "helix_sector")
    )
    assert sector_assortativity(nx.Graph()) == 0.0


def test_sector_assortativity_counts_nodes_without_a_sector_as_their_own_group():
    # NetworkX keys its mixing matrix by the attribute's value: a missing one is None, a group
    G = nx.les_miserables_graph()
    rng = np.random.default_rng(1)
    nx.set_node_attributes(
        G, {v: rng.choice(["government", "industry", "academia", None]) for v in G}, "helix_sector"
    )
    assert any(d["helix_sector"] is None for _, d in G.nodes(data=True))
    assert sector_assortativity(G) == pytest.approx(
        nx.attribute_assortativity_coefficient(G, "helix_sector"), rel=1e-12
    )


def test_helix_mix_and_completeness_on_the_seed(seed_dataset):
    from helix_graph.analysis import network_from_dataset

    network = network_from_dataset(seed_dataset)
    mix = helix_mix(network, "project").set_index("project")
    smiltene = mix.loc[
        "3i-solution-for-ps"
    ]  # LV municipality, FI university and company, PL agency, LT park
    assert (smiltene["n_government"], smiltene["n_industry"], smiltene["n_academia"]) == (2, 2, 1)
    assert smiltene["sectors_present"] == 3
    assert helix_completeness(network)["3i-solution-for-ps"] == 3
    assert helix_mix(network, "network")["n_government"].iloc[0] == 17
    with pytest.raises(UsageError):
        helix_mix(network, "planet")
    value = helix_mutual_information(network)
    assert math.isfinite(value)


def test_helix_mutual_information_empty_network():
    empty = Network(
        pd.DataFrame(columns=["id", "helix_sector"]),
        pd.DataFrame(columns=["id"]),
        pd.DataFrame(columns=["organisation", "project", "role"]),
    )
    assert helix_mutual_information(empty) == 0.0


def test_the_networkit_copy_holds_each_tie_once_with_its_weight():
    """Ties given with either end first (3–0, 1–2) and an isolate: NetworKit's copy, read from
    a matrix holding each tie once, has the same four ties, weights and total weight (2+5+1+4)."""
    from helix_graph.analysis import GraphView

    view = GraphView(["a", "b", "c", "d", "e"], [[0, 1], [3, 0], [1, 2], [2, 3]], [2, 5, 1, 4])
    copy = view.networkit
    assert (copy.numberOfNodes(), copy.numberOfEdges(), copy.totalEdgeWeight()) == (5, 4, 12.0)
    assert [copy.weight(u, v) for u, v in [(0, 1), (0, 3), (1, 2), (2, 3), (3, 0)]] == [
        2.0,
        5.0,
        1.0,
        4.0,
        5.0,
    ]
    assert copy.weight(0, 2) == 0.0 and copy.degree(4) == 0
