"""Compiled loops (numba) for the passes over every tie that Python would make too slowly.

- :func:`ego_measures`: Burt's constraint, triangle counts and the tied pairs behind the
  Gould–Fernandez roles all look at which of a node's partners are tied to each other; one
  pass over the triangles computes them all.
- :func:`pivot_distances`: breadth-first searches from sampled pivots (closeness, harmonic).
- :func:`source_dependencies`: Brandes' dependencies from sampled sources (betweenness); on
  a small dense graph, level by level with matrix products instead.
- :func:`shared_columns`: the projects two organisations share, for every tie.

Each runs on every core, without the GIL, and is compiled once and cached on disk.
"""

from __future__ import annotations

import numpy as np
from numba import njit, prange

__all__ = ["ego_measures", "pivot_distances", "shared_columns", "source_dependencies", "warm_up"]


@njit(cache=True, parallel=True, nogil=True)
def _ego(
    optr, oidx, oent, rev, share, group, chunks, blocks, n, nnz
):  # pragma: no cover - compiled
    """Every triangle once (edges oriented from lower to higher degree), feeding the six indirect
    terms of Burt's constraint, the triangle counts and the tied pairs of its three brokers."""
    indirect = np.zeros((blocks, nnz))
    triangles = np.zeros((blocks, n), dtype=np.int64)
    tied = np.zeros(
        (blocks, n, 4), dtype=np.int64
    )  # coordinator, itinerant, gatekeeper/representative, liaison
    for t in prange(blocks):
        mark = np.full(
            n, -1, dtype=np.int64
        )  # entry u→x of the full matrix, for x a forward partner of u
        for c in range(t, len(chunks) - 1, blocks):
            for u in range(chunks[c], chunks[c + 1]):
                for a in range(optr[u], optr[u + 1]):
                    mark[oidx[a]] = oent[a]
                for a in range(optr[u], optr[u + 1]):
                    v = oidx[a]
                    uv = oent[a]
                    for b in range(optr[v], optr[v + 1]):
                        w = oidx[b]
                        uw = mark[w]
                        if uw < 0:
                            continue
                        vw = oent[b]
                        vu, wu, wv = rev[uv], rev[uw], rev[vw]
                        indirect[t, uv] += share[uw] * share[wv]
                        indirect[t, vu] += share[vw] * share[wu]
                        indirect[t, uw] += share[uv] * share[vw]
                        indirect[t, wu] += share[wv] * share[vu]
                        indirect[t, vw] += share[vu] * share[uw]
                        indirect[t, wv] += share[wu] * share[uv]
                        gu, gv, gw = group[u], group[v], group[w]
                        for broker, g0, g1, g2 in (
                            (u, gu, gv, gw),
                            (v, gv, gu, gw),
                            (w, gw, gu, gv),
                        ):
                            triangles[t, broker] += 1
                            if g1 == g2:
                                tied[t, broker, 0 if g1 == g0 else 1] += 1
                            elif g1 == g0 or g2 == g0:
                                tied[t, broker, 2] += 1
                            else:
                                tied[t, broker, 3] += 1
                for a in range(optr[u], optr[u + 1]):
                    mark[oidx[a]] = -1
    return indirect.sum(axis=0), triangles.sum(axis=0), tied.sum(axis=0)


def ego_measures(
    adjacency, group: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Burt's constraint, triangles and tied partner pairs by group role, for every node.

    Parameters
    ----------
    adjacency : scipy.sparse matrix
        Symmetric, weighted (n × n); the diagonal is ignored.
    group : ndarray of int, optional
        A group code per node (e.g. the helix sector); default: one group.

    Returns
    -------
    (constraint, triangles, tied)
        ``constraint[i]`` = Σ_j (p_ij + Σ_q p_iq p_qj)² over i's partners j, with
        p_ij = w_ij / Σ_k w_ik (0 for an isolate); ``triangles[i]`` the ties among i's
        partners; ``tied[i]`` those ties split by the groups of the two partners against
        i's own: both in i's group, both in one other group, one in i's group, both in
        different other groups.

    Notes
    -----
    Each indirect term Σ_q p_iq p_qj runs over the triangles (i, q, j), so the work is one
    pass over the triangles, enumerated with the ties oriented from the lower- to the
    higher-degree end (each node then looks forward at no more than √(2m) partners) [1]_.

    References
    ----------
    .. [1] Latapy, M. (2008). Main-memory triangle computations for very large (sparse
       (power-law)) graphs. Theoretical Computer Science 407, 458–473.
       https://doi.org/10.1016/j.tcs.2008.07.017
    """
    import numba
    import scipy.sparse as sp

    A = sp.csr_matrix(adjacency, dtype=np.float64)
    A.setdiag(0)
    A.eliminate_zeros()
    A.sort_indices()
    n, nnz = A.shape[0], A.nnz
    group = np.zeros(n, dtype=np.int64) if group is None else np.asarray(group, dtype=np.int64)
    if nnz == 0:
        return np.zeros(n), np.zeros(n, dtype=np.int64), np.zeros((n, 4), dtype=np.int64)
    rows = np.repeat(np.arange(n), np.diff(A.indptr))
    cols = A.indices.astype(np.int64)
    strength = np.asarray(A.sum(axis=1)).ravel()
    share = A.data / strength[rows]
    # the entry j→i of every entry i→j: both lists sorted by (row, column), so one argsort
    rev = np.lexsort((rows, cols)).astype(np.int64)
    degree = np.diff(A.indptr)
    rank = np.empty(n, dtype=np.int64)
    rank[np.lexsort((np.arange(n), degree))] = np.arange(n)
    forward = rank[cols] > rank[rows]
    optr = np.r_[0, np.cumsum(np.bincount(rows[forward], minlength=n))].astype(np.int64)
    oidx = cols[forward]
    oent = np.flatnonzero(forward).astype(np.int64)
    d_forward = np.diff(optr)
    work = np.cumsum(np.bincount(rows[forward], weights=d_forward[oidx], minlength=n) + 1)
    chunks = np.unique(
        np.r_[0, np.searchsorted(work, np.linspace(0, work[-1], 257)[1:-1]), n]
    ).astype(np.int64)
    blocks = max(1, numba.get_num_threads())
    indirect, triangles, tied = _ego(optr, oidx, oent, rev, share, group, chunks, blocks, n, nnz)
    constraint = np.bincount(rows, weights=(share + indirect) ** 2, minlength=n)
    return constraint, triangles, tied


@njit(cache=True, inline="always")
def _bits(x):  # pragma: no cover - compiled
    """How many bits of a uint64 are set (the parallel sum of bit counts)."""
    x = x - ((x >> np.uint64(1)) & np.uint64(0x5555555555555555))
    x = (x & np.uint64(0x3333333333333333)) + ((x >> np.uint64(2)) & np.uint64(0x3333333333333333))
    x = (x + (x >> np.uint64(4))) & np.uint64(0x0F0F0F0F0F0F0F0F)
    return (x * np.uint64(0x0101010101010101)) >> np.uint64(56)


@njit(cache=True, parallel=True, nogil=True)
def _pivot_sums(indptr, indices, sources, n, blocks):  # pragma: no cover - compiled
    """Per target: how many pivots reach it, and the sums of d, d², 1/d and 1/d² over them.

    The searches of 64 pivots run together, one bit each (a multi-source breadth-first
    search [1]_): a node passes on the bits of every search that reached it on the last
    level with one look at each of its ties, so a tie is read once a level for 64 pivots
    instead of once per pivot.

    References
    ----------
    .. [1] Then, M. et al. (2014). The more the merrier: efficient multi-source graph
       traversal. Proceedings of the VLDB Endowment 8(4), 449–460.
       https://doi.org/10.14778/2735496.2735507
    """
    partial = np.zeros((blocks, n, 5))  # a node's five sums side by side: one cache line per visit
    batches = (len(sources) + 63) // 64
    for b in prange(blocks):
        seen = np.zeros(n, dtype=np.uint64)
        frontier = np.zeros(n, dtype=np.uint64)
        reached = np.zeros(n, dtype=np.uint64)
        active = np.empty(n, dtype=np.int64)
        for batch in range(b, batches, blocks):
            seen[:] = 0
            frontier[:] = 0
            count = 0
            for i in range(batch * 64, min(len(sources), batch * 64 + 64)):
                bit = np.uint64(1) << np.uint64(i - batch * 64)
                source = sources[i]
                if frontier[source] == 0:
                    active[count] = source
                    count += 1
                seen[source] |= bit
                frontier[source] |= bit
            d = 0
            while count:
                d += 1
                for k in range(count):  # every tie of the last level's nodes, read once
                    u = active[k]
                    bits = frontier[u]
                    for a in range(indptr[u], indptr[u + 1]):
                        reached[indices[a]] |= bits
                for k in range(count):
                    frontier[active[k]] = 0
                count = 0
                for v in range(n):
                    new = reached[v] & ~seen[v]
                    reached[v] = 0
                    if new:
                        seen[v] |= new
                        frontier[v] = new
                        active[count] = v
                        count += 1
                        c = float(_bits(new))
                        partial[b, v, 0] += c
                        partial[b, v, 1] += c * d
                        partial[b, v, 2] += c * d * d
                        partial[b, v, 3] += c / d
                        partial[b, v, 4] += c / (d * d)
    return partial.sum(axis=0).T.copy()


def pivot_distances(adjacency, sources: np.ndarray) -> dict[str, np.ndarray]:
    """Breadth-first distances from ``sources`` to every node, summarised per node.

    Returns
    -------
    dict
        ``count`` (pivots reaching the node, itself excluded), ``sum``, ``sum_sq`` of the
        distances, ``inverse`` and ``inverse_sq`` (of 1/d), each an array over the nodes.
    """
    import scipy.sparse as sp

    A = sp.csr_matrix(adjacency)
    n = A.shape[0]
    if n == 0 or len(sources) == 0:
        zero = np.zeros(n)
        return {"count": zero, "sum": zero, "sum_sq": zero, "inverse": zero, "inverse_sq": zero}
    import numba

    # one set of sums per thread, each taking whole batches of 64 pivots
    blocks = max(1, min((len(sources) + 63) // 64, numba.get_num_threads()))
    sums = _pivot_sums(
        A.indptr.astype(np.int64),
        A.indices.astype(np.int32),
        np.asarray(sources, np.int32),
        n,
        blocks,
    )
    return dict(zip(("count", "sum", "sum_sq", "inverse", "inverse_sq"), sums))


@njit(cache=True, parallel=True, nogil=True)
def _shared(indptr, indices, a, b, offsets, out):  # pragma: no cover - compiled
    for t in prange(len(a)):
        i, j = a[t], b[t]
        if indptr[i + 1] - indptr[i] > indptr[j + 1] - indptr[j]:
            i, j = j, i  # look the shorter row's columns up in the longer one
        longer = indices[indptr[j] : indptr[j + 1]]
        k, end = offsets[t], offsets[t + 1]
        low = 0
        for p in range(indptr[i], indptr[i + 1]):
            if k == end:
                break
            x = indices[p]
            low = low + np.searchsorted(longer[low:], x)
            if low < len(longer) and longer[low] == x:
                out[k] = x
                k += 1


def shared_columns(matrix, edges: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The columns two rows share, for each pair of rows in ``edges``, concatenated in pair order.

    ``counts[t]`` is how many columns pair t shares (the weight of the tie, from BBᵀ);
    pair t's columns, ascending, are ``out[offsets[t]:offsets[t + 1]]`` with
    ``offsets = r_[0, cumsum(counts)]``.
    """
    import scipy.sparse as sp

    B = sp.csr_matrix(matrix)
    B.sort_indices()
    offsets = np.r_[0, np.cumsum(counts)].astype(np.int64)
    out = np.empty(offsets[-1], dtype=np.int64)
    if len(edges):
        _shared(
            B.indptr.astype(np.int64),
            B.indices.astype(np.int64),
            edges[:, 0].astype(np.int64),
            edges[:, 1].astype(np.int64),
            offsets,
            out,
        )
    return out


def warm_up() -> None:
    """Load (or compile, the first time) every kernel, on a triangle: the first real call is then full speed."""
    import scipy.sparse as sp

    A = sp.csr_matrix(np.array([[0, 1, 1], [1, 0, 1], [1, 1, 0]], dtype=float))
    ego_measures(A, np.array([0, 1, 0]))
    pivot_distances(A, np.array([0, 1]))
    shared_columns(A, np.array([[0, 1]]), np.array([1]))
    source_dependencies(A, np.array([0, 1]), 2)


@njit(cache=True, parallel=True, nogil=True)
def _dependencies(indptr, indices, sources, batch_of, batches, n):  # pragma: no cover - compiled
    """Brandes' dependencies δ_s(v) of every node on the shortest paths from each source, summed per batch."""
    sums = np.zeros((batches, n))
    for b in prange(batches):
        distance = np.full(n, -1, dtype=np.int32)
        sigma = np.zeros(n)
        delta = np.zeros(n)
        order = np.empty(n, dtype=np.int32)
        for s_index in range(len(sources)):
            if batch_of[s_index] != b:
                continue
            source = sources[s_index]
            distance[source] = 0
            sigma[source] = 1.0
            order[0] = source
            head, tail = 0, 1
            while head < tail:  # breadth first, counting shortest paths
                u = order[head]
                head += 1
                for a in range(indptr[u], indptr[u + 1]):
                    v = indices[a]
                    if distance[v] < 0:
                        distance[v] = distance[u] + 1
                        order[tail] = v
                        tail += 1
                    if distance[v] == distance[u] + 1:
                        sigma[v] += sigma[u]
            for position in range(tail - 1, 0, -1):  # dependencies, farthest first
                w = order[position]
                for a in range(indptr[w], indptr[w + 1]):
                    v = indices[a]
                    if distance[v] == distance[w] - 1:
                        delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w])
                sums[b, w] += delta[w]
            for position in range(tail):
                w = order[position]
                distance[w] = -1
                sigma[w] = 0.0
                delta[w] = 0.0
    return sums


def source_dependencies(adjacency, sources: np.ndarray, batches: int) -> np.ndarray:
    """Σ over each batch of sources of Brandes' dependency δ_s(v) (unweighted shortest paths).

    Source ``sources[i]`` goes to batch ``i % batches``; returns an array (batches × n).
    The exact betweenness of v is Σ over every source s of δ_s(v), halved for undirected
    graphs [1]_.

    References
    ----------
    .. [1] Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of
       Mathematical Sociology 25(2), 163–177. https://doi.org/10.1080/0022250X.2001.9990249
    """
    import scipy.sparse as sp

    A = sp.csr_matrix(adjacency)
    n = A.shape[0]
    sources = np.asarray(sources, dtype=np.int32)
    batch_of = (np.arange(len(sources)) % batches).astype(np.int32)
    if n <= DENSE_MAX_NODES and A.nnz >= DENSE_SHARE * n * n:
        delta = _dense_dependencies(A, sources)
        return (delta @ np.eye(batches)[batch_of]).T
    return _dependencies(
        A.indptr.astype(np.int64), A.indices.astype(np.int32), sources, batch_of, batches, n
    )


DENSE_SHARE = 0.1
"""A graph with at least this share of all pairs tied (and at most :data:`DENSE_MAX_NODES`
nodes) has its dependencies computed with dense matrix products: a project graph of 1,300
projects and 200,000 ties (24% of pairs) takes 60 ms instead of 170 ms for 64 sources."""
DENSE_MAX_NODES = 3_000
"""The dense form holds an n × n matrix: 72 MB at 3,000 nodes."""


def _dense_dependencies(A, sources: np.ndarray) -> np.ndarray:
    """Brandes' δ_s(v) for every source at once (n × sources), one matrix product a level.

    The breadth-first searches of all sources advance together: the paths counted into
    the next level are D·(σ on the frontier), and the dependencies flow back a level at a
    time as σ_v · D·((1 + δ_w)/σ_w on level d) for v on level d − 1 [1]_. A dense product
    costs n² per source and level, where Brandes' loop costs every tie twice at a few
    nanoseconds each; on a dense graph with few levels the products are cheaper.

    References
    ----------
    .. [1] Brandes, U. (2008). On variants of shortest-path betweenness centrality and
       their generic computation. Social Networks 30(2), 136–145.
       https://doi.org/10.1016/j.socnet.2007.11.001
    """
    n, count = A.shape[0], len(sources)
    D = np.zeros((n, n))
    D[np.repeat(np.arange(n), np.diff(A.indptr)), A.indices] = 1.0  # the ties, not their weights
    columns = np.arange(count)
    sigma = np.zeros((n, count))
    sigma[sources, columns] = 1.0
    reached = sigma > 0
    levels = [reached.copy()]
    while not reached.all():
        counted = D @ np.where(levels[-1], sigma, 0.0)
        new = (counted > 0) & ~reached
        if not new.any():
            break
        sigma[new] = counted[new]
        reached |= new
        levels.append(new)
    delta = np.zeros((n, count))
    # level 1 down to the sources is left out: a source's own dependency is not counted
    for d in range(len(levels) - 1, 1, -1):
        on_level = levels[d]
        share = np.where(on_level, (1.0 + delta) / np.where(on_level, sigma, 1.0), 0.0)
        delta += np.where(levels[d - 1], sigma * (D @ share), 0.0)
    return delta
