"""The compiled kernels against hand-worked answers and NetworkX."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp

from helix_graph.analysis import node_metrics
from helix_graph.analysis.kernels import (
    _mirror,
    component_labels,
    core_numbers,
    ego_measures,
    lookup_positions,
    pivot_distances,
    shared_columns,
    source_dependencies,
)


def test_pivot_distances_on_a_path_by_hand():
    A = nx.to_scipy_sparse_array(nx.path_graph(4), format="csr")  # 0-1-2-3
    sums = pivot_distances(A, np.array([0, 3]))
    # node 1 is 1 step from 0 and 2 from 3; a pivot does not count itself
    assert sums["count"].tolist() == [1, 2, 2, 1]
    assert sums["sum"].tolist() == [3, 3, 3, 3]
    assert sums["sum_sq"].tolist() == [9, 5, 5, 9]
    assert sums["inverse"] == pytest.approx([1 / 3, 1 + 1 / 2, 1 / 2 + 1, 1 / 3])


def test_pivot_distances_stay_in_their_component():
    G = nx.disjoint_union(nx.path_graph(3), nx.path_graph(2))
    sums = pivot_distances(nx.to_scipy_sparse_array(G, format="csr"), np.array([0]))
    assert sums["count"].tolist() == [0, 1, 1, 0, 0]


def test_pivot_sums_of_more_than_one_batch_of_64_match_networkx_distances():
    # 130 pivots: two full batches of 64 and one of 2, over two components and an isolate
    G = nx.disjoint_union(nx.gnp_random_graph(150, 0.03, seed=5), nx.cycle_graph(40))
    G.add_node(190)
    pivots = np.random.default_rng(2).choice(len(G), 130, replace=False)
    sums = pivot_distances(nx.to_scipy_sparse_array(G, format="csr"), pivots)
    want = {key: np.zeros(len(G)) for key in sums}
    for p in pivots:
        for v, d in nx.single_source_shortest_path_length(G, int(p)).items():
            if d:
                for key, value in zip(want, (1, d, d * d, 1 / d, 1 / d**2)):
                    want[key][v] += value
    for key in sums:
        assert sums[key] == pytest.approx(want[key]), key


def test_every_node_a_pivot_gives_exact_closeness():
    G = nx.connected_watts_strogatz_graph(300, 6, 0.2, seed=3)
    estimate = node_metrics(G, ["closeness", "harmonic"], exact_below=10, pivots=300).set_index(
        "id"
    )
    exact_c, exact_h = nx.closeness_centrality(G), nx.harmonic_centrality(G)
    assert estimate["closeness"].to_numpy() == pytest.approx([exact_c[v] for v in estimate.index])
    assert estimate["harmonic"].to_numpy() == pytest.approx(
        [exact_h[v] / 299 for v in estimate.index]
    )
    assert estimate["closeness_error"].max() == pytest.approx(
        0.0, abs=1e-12
    )  # the whole population: no error


def test_dependencies_by_hand():
    # five nodes, all tied but 0-1: 0 reaches 1 by three paths of two steps, one through each
    # of 2, 3 and 4; every other pair is tied directly
    G = nx.complete_graph(5)
    G.remove_edge(0, 1)
    A = nx.to_scipy_sparse_array(G, format="csr")
    assert source_dependencies(A, np.array([0, 1]), 2).tolist() == [[0, 0, 1 / 3, 1 / 3, 1 / 3]] * 2
    assert source_dependencies(A, np.array([0, 1]), 1).tolist() == [[0, 0, 2 / 3, 2 / 3, 2 / 3]]


@pytest.mark.parametrize("density", [0.02, 0.3])
def test_dependencies_from_every_source_are_networkx_betweenness(density):
    # 204 sources: four groups of 51 searched together, over two components
    G = nx.disjoint_union(nx.gnp_random_graph(200, density, seed=4), nx.path_graph(4))
    A = nx.to_scipy_sparse_array(G, format="csr")
    sums = source_dependencies(A, np.arange(len(G)), 3)
    exact = nx.betweenness_centrality(G, normalized=False)
    # every ordered pair counted once per end: twice NetworkX's undirected figure
    assert sums.sum(axis=0) / 2 == pytest.approx([exact[v] for v in G])
    # source i goes to batch i % 3
    one = source_dependencies(A, np.array([1]), 1)[0]
    assert sums[1] == pytest.approx(
        one
        + source_dependencies(A, np.array([4]), 1)[0]
        + sum(source_dependencies(A, np.array([s]), 1)[0] for s in range(7, len(G), 3))
    )


def test_shared_columns_by_hand():
    B = sp.csr_matrix(np.array([[1, 1, 0, 1], [1, 0, 1, 1], [0, 0, 1, 0]]))
    flat = shared_columns(B, np.array([[0, 1], [1, 2], [0, 2]]), np.array([2, 1, 0]))
    assert flat.tolist() == [0, 3, 2]


def test_triangles_and_tied_pairs_by_hand():
    # a triangle 0-1-2 with a pendant 3 on 0; groups: 0 and 1 in group 0, 2 and 3 in group 1
    G = nx.Graph([(0, 1), (1, 2), (0, 2), (0, 3)])
    A = nx.to_scipy_sparse_array(G, nodelist=[0, 1, 2, 3], format="csr")
    constraint, triangles, tied = ego_measures(A, np.array([0, 0, 1, 1]))
    assert triangles.tolist() == [1, 1, 1, 0]
    # node 0's tied pair {1, 2}: one in its group, one not; node 2's pair {0, 1}: both in one other group
    assert tied.tolist() == [[0, 0, 1, 0], [0, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 0]]
    expected = nx.constraint(G)
    assert constraint == pytest.approx([expected[v] for v in range(4)])


def test_view_neighbourhood_and_subgraph_match_networkx():
    import networkx as nx

    from helix_graph.analysis import as_view

    G = nx.karate_club_graph()
    for u, v in G.edges:
        G[u][v]["weight"] = (u + v) % 3 + 1
    nx.set_node_attributes(G, {v: f"org {v}" for v in G}, "name")
    view = as_view(G)
    view.attributes  # noqa: B018 - read once, then drop the NetworkX graph as if read from the store
    view._graph = None
    for radius in (1, 2):
        assert sorted(view.neighbourhood(0, radius)) == sorted(nx.ego_graph(G, 0, radius))
    part = view.subgraph([0, 1, 2, 33])
    expected = G.subgraph([0, 1, 2, 33])
    assert sorted(part.edges) == sorted(expected.edges)
    assert all(part[u][v]["weight"] == expected[u][v]["weight"] for u, v in part.edges)
    assert part.nodes[33]["name"] == "org 33"


def test_the_mirror_of_each_entry_by_hand():
    # the path 0-1-2 and the tie 0-2: rows [1, 2], [0, 2], [0, 1]; entry 0 (0→1) mirrors entry 2 (1→0)
    A = sp.csr_matrix(np.array([[0, 1, 1], [1, 0, 1], [1, 1, 0]], dtype=float))
    assert _mirror(A.indptr.astype(np.int64), A.indices.astype(np.int64)).tolist() == [
        2, 4, 0, 5, 1, 3
    ]  # fmt: skip


def test_a_self_loop_and_a_stored_zero_change_no_ego_measure():
    """The diagonal and explicit zeros are not partners: the triangle-and-pendant answers stand."""
    G = nx.Graph([(0, 1), (1, 2), (0, 2), (0, 3)])
    ties = [(0, 1), (1, 2), (0, 2), (0, 3)]
    rows = [u for u, v in ties] + [v for u, v in ties] + [3, 1, 3]
    cols = [v for u, v in ties] + [u for u, v in ties] + [3, 3, 1]
    # the tie weights, a self-loop on 3, and a zero stored (not absent) between 1 and 3
    data = [1.0] * 8 + [4.0, 0.0, 0.0]
    A = sp.csr_matrix((data, (rows, cols)), shape=(4, 4))
    assert A.nnz == 11
    constraint, triangles, tied = ego_measures(A, np.array([0, 0, 1, 1]))
    assert triangles.tolist() == [1, 1, 1, 0]
    assert tied.tolist() == [[0, 0, 1, 0], [0, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 0]]
    expected = nx.constraint(G)
    assert constraint == pytest.approx([expected[v] for v in range(4)])


def test_lookup_positions_by_hand():
    # four values: an 8-slot table, a value's slot the top three bits of (value >> 4) times
    # 2^64/φ: 16 → slot 4, 48 → 6, 144 → 4 as well, so 144 probes on to slot 5; 16 is
    # repeated and keeps its first position, as a dict would; 64 and 0 are not among them
    values = np.array([16, 48, 144, 16])
    keys = np.array([144, 16, 64, 48, 0])
    assert lookup_positions(values, keys).tolist() == [2, 0, -1, 1, -1]


def test_lookup_positions_agree_with_a_dict():
    rng = np.random.default_rng(3)
    values = rng.permutation(np.unique(rng.integers(1, 10**9, 6000))[:5000]) * 16
    keys = np.concatenate([values[rng.integers(0, 5000, 20000)], values[:100] + 8])
    position = {v: i for i, v in enumerate(values.tolist())}
    assert lookup_positions(values, keys).tolist() == [position.get(k, -1) for k in keys.tolist()]


def test_one_thread_below_the_work_threshold_and_the_count_restored_after():
    import numba

    from helix_graph.analysis import kernels

    threads = numba.get_num_threads()
    with kernels._threads_for(kernels.SERIAL_BELOW - 1):
        assert numba.get_num_threads() == 1
    assert numba.get_num_threads() == threads
    with kernels._threads_for(kernels.SERIAL_BELOW):
        assert numba.get_num_threads() == threads


def test_every_kernel_gives_the_same_answer_on_one_thread_and_on_all(monkeypatch):
    """The threads share out blocks of the same loops: the sums must not depend on how many."""
    from helix_graph.analysis import kernels

    G = nx.disjoint_union(nx.gnp_random_graph(150, 0.2, seed=7), nx.path_graph(5))
    A = nx.to_scipy_sparse_array(G, format="csr", dtype=float)
    group = np.arange(len(G)) % 3
    sources = np.arange(0, len(G), 2)
    B = sp.random(len(G), 40, density=0.2, format="csr", random_state=3)
    B.data[:] = 1.0
    pairs = np.array([[0, 1], [2, 9], [5, 154]])
    counts = np.asarray((B @ B.T)[pairs[:, 0], pairs[:, 1]]).ravel().astype(np.int64)

    def run():
        return (
            ego_measures(A, group),
            pivot_distances(A, sources),
            source_dependencies(A, sources, 4),
            shared_columns(B, pairs, counts),
        )

    monkeypatch.setattr(kernels, "SERIAL_BELOW", 0)  # all threads
    parallel = run()
    monkeypatch.setattr(kernels, "SERIAL_BELOW", 10**12)  # one
    serial = run()
    for a, b in zip(parallel[0], serial[0]):
        assert a == pytest.approx(b)
    for key in parallel[1]:
        assert parallel[1][key] == pytest.approx(serial[1][key])
    assert parallel[2] == pytest.approx(serial[2])
    assert parallel[3].tolist() == serial[3].tolist()


def test_core_numbers_by_hand():
    # a triangle 0-1-2 with a tail 2-3-4 and an isolate 5: the triangle is the 2-core
    G = nx.Graph([(0, 1), (1, 2), (0, 2), (2, 3), (3, 4)])
    G.add_node(5)
    A = nx.to_scipy_sparse_array(G, nodelist=range(6), format="csr")
    assert core_numbers(A).tolist() == [2, 2, 2, 1, 1, 0]
    # a 4-clique hanging off a square: 3 for the clique, 2 for the square's other corners
    K = nx.complete_graph(4)
    K.add_edges_from([(3, 4), (4, 5), (5, 6), (6, 3)])
    assert core_numbers(nx.to_scipy_sparse_array(K, nodelist=range(7), format="csr")).tolist() == [
        3,
        3,
        3,
        3,
        2,
        2,
        2,
    ]
    assert core_numbers(sp.csr_matrix((0, 0))).tolist() == []


@pytest.mark.parametrize("seed", range(12))
def test_core_numbers_match_networkx_on_random_graphs(seed):
    rng = np.random.default_rng(seed)
    G = nx.gnm_random_graph(int(rng.integers(2, 120)), int(rng.integers(0, 600)), seed=seed)
    A = nx.to_scipy_sparse_array(G, nodelist=sorted(G), format="csr")
    expected = nx.core_number(G)
    assert core_numbers(A).tolist() == [expected[v] for v in sorted(G)]


def test_component_labels_by_hand():
    # 0-1, 2 alone, 3-4-5 joined through a tie listed before the one that links it to 3
    edges = np.array([[4, 5], [0, 1], [3, 4]])
    assert component_labels(6, edges).tolist() == [0, 0, 1, 2, 2, 2]
    # ties from the higher node to the lower, and a self-loop: numbered by first node all the same
    assert component_labels(4, np.array([[3, 0], [2, 2], [1, 3]])).tolist() == [0, 0, 1, 0]
    assert component_labels(3, np.zeros((0, 2), dtype=np.int64)).tolist() == [0, 1, 2]
    assert component_labels(0, np.zeros((0, 2), dtype=np.int64)).tolist() == []


@pytest.mark.parametrize("seed", range(12))
def test_component_labels_match_scipy(seed):
    from scipy.sparse.csgraph import connected_components

    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 300))
    edges = rng.integers(0, n, size=(int(rng.integers(0, 400)), 2))
    A = sp.csr_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n))
    assert (
        component_labels(n, edges).tolist() == connected_components(A, directed=False)[1].tolist()
    )


def test_core_numbers_and_closeness_count_ties_of_weight_zero_as_networkx_does():
    # a square with one tie of weight 0: still a tie for the k-core and for distances
    G = nx.cycle_graph(4)
    nx.set_edge_attributes(G, 1, "weight")
    G[0][1]["weight"] = 0
    G.add_edge(4, 5, weight=2)
    table = node_metrics(G, ["core_number", "closeness", "harmonic"], engine="igraph")
    closeness, harmonic = nx.closeness_centrality(G), nx.harmonic_centrality(G)
    assert table["core_number"].tolist() == [2, 2, 2, 2, 1, 1]
    assert table["closeness"].tolist() == pytest.approx([closeness[v] for v in G], rel=1e-12)
    assert table["harmonic"].tolist() == pytest.approx([harmonic[v] / 5 for v in G], rel=1e-12)
