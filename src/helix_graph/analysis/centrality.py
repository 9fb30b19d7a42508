"""Centrality per node: degree, strength, betweenness, closeness, harmonic, eigenvector,
PageRank, core number — with NetworkX or igraph behind the same function.

Distances (betweenness, closeness, harmonic) count steps: a tie is a tie, whatever its
weight, because a weight here says how *strong* a partnership is, not how *long*.
Strength, eigenvector and PageRank use the weights.
"""

from __future__ import annotations

import random

import networkx as nx
import numpy as np
import pandas as pd

from helix_graph.analysis.engines import GraphView, as_view, choose_engine
from helix_graph.errors import UsageError

__all__ = [
    "METRICS",
    "PROJECT_METRICS",
    "COUNTRY_METRICS",
    "EXACT_WORK",
    "node_metrics",
    "weighted_pagerank",
    "organisation_metrics",
    "project_metrics",
    "country_metrics",
]

METRICS = (
    "degree",
    "strength",
    "betweenness",
    "closeness",
    "harmonic",
    "eigenvector",
    "pagerank",
    "core_number",
)
PROJECT_METRICS = ("degree", "strength", "betweenness", "eigenvector", "pagerank")
"""The measures of the project graph (projects tied by shared partners)."""
COUNTRY_METRICS = PROJECT_METRICS
"""The measures of the country graph (countries tied by cross-border ties)."""
BETWEENNESS_BATCHES = 8
"""A sampled betweenness runs its sources in this many batches; their spread gives the error."""
ESTIMATED = ("betweenness", "closeness", "harmonic")
"""The measures estimated from samples on large graphs; each gets an ``<name>_error`` column then."""
EXACT_WORK = 50_000_000
"""Betweenness, closeness and harmonic centrality are exact while nodes × ties stays within
this (well under a second); above it they are estimated from a fixed number of sources (64
for betweenness, 256 pivots for closeness and harmonic), so their cost grows with the ties,
the same per organisation at any size, with no cliff."""


def node_metrics(
    G: nx.Graph | GraphView,
    metrics=None,
    *,
    engine: str = "auto",
    k: int | None = None,
    seed: int = 0,
    exact_below: int | None = None,
    pivots: int = 256,
) -> pd.DataFrame:
    """Centrality measures of every node of an undirected graph.

    Parameters
    ----------
    G : networkx.Graph or GraphView
        Undirected; edge attribute ``weight`` (default 1).
    metrics : sequence of str, optional
        Any of :data:`METRICS` (default: all).
    engine : {"auto", "networkx", "igraph"}, default "auto"
        ``auto`` uses igraph; ``networkx`` is the pure-Python reference (same answers).
    k : int, optional
        Sample this many source nodes for betweenness (Brandes & Pich). Default: exact
        while nodes × ties ≤ :data:`EXACT_WORK`, else 64.
    seed : int, default 0
        Seed of the betweenness sample and the closeness pivots.
    exact_below : int, optional
        Estimate from samples from this many nodes on, instead of the work rule.
    pivots : int, default 256
        Pivots for estimating closeness and harmonic centrality in components larger than
        this (Eppstein & Wang), used only when sampling.

    Returns
    -------
    DataFrame
        One row per node: ``id`` and one column per metric, never NaN. ``attrs["parameters"]``
        records the engine, seed and sample sizes.

    Raises
    ------
    UsageError
        For an unknown metric or engine, or a directed graph.

    Notes
    -----
    - degree: number of distinct partners; strength: shared projects summed over ties.
    - betweenness: share of shortest paths between other pairs that pass through the node,
      normalised by (n-1)(n-2)/2 as in NetworkX [1]_; sampled with ``k`` sources when large.
    - closeness: Wasserman–Faust closeness, (r-1)/Σd · (r-1)/(n-1) with r the size of the
      node's component (NetworkX's ``wf_improved``), so small components score low.
    - harmonic: Σ 1/d over every other node, divided by n-1 (0 for an isolate).
    - eigenvector: leading eigenvector of the weighted adjacency matrix, unit length.
    - pagerank: damping 0.85, weighted [2]_; core_number: the largest k of a k-core holding the node.

    Examples
    --------
    >>> m = node_metrics(nx.path_graph(3), ["degree", "betweenness"])
    >>> m[["degree", "betweenness"]].values.tolist()
    [[1.0, 0.0], [2.0, 1.0], [1.0, 0.0]]

    References
    ----------
    .. [1] Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of
       Mathematical Sociology 25(2), 163–177. https://doi.org/10.1080/0022250X.2001.9990249
    .. [2] Brin, S., Page, L. (1998). The anatomy of a large-scale hypertextual Web search
       engine. Computer Networks 30, 107–117. https://doi.org/10.1016/S0169-7552(98)00110-X
    .. [3] Eppstein, D., Wang, J. (2004). Fast approximation of centrality. Journal of Graph
       Algorithms and Applications 8(1), 39–45. https://doi.org/10.7155/jgaa.00081
    """
    metrics = list(METRICS if metrics is None else metrics)
    for metric in metrics:
        if metric not in METRICS:
            raise UsageError(f"metric '{metric}' is unknown; use one of {', '.join(METRICS)}")
    engine = choose_engine(G, engine)
    view = as_view(G)
    n = view.n
    nodes = view.nodes
    m = view.m
    sampled = n >= exact_below if exact_below is not None else n * max(m, 1) > EXACT_WORK
    if k is None and sampled:
        k = 64
    if k is not None and k >= n:
        k = None
    params = {
        "engine": engine,
        "seed": seed,
        "nodes": n,
        "edges": view.m,
        "betweenness_sample": k,
        "closeness_pivots": pivots if sampled else None,
    }
    frame = pd.DataFrame({"id": pd.Series(nodes, dtype=object)})
    if n == 0:
        for metric in metrics:
            frame[metric] = pd.Series(dtype=float)
        frame.attrs["parameters"] = params
        return frame
    compute = _igraph_metric if engine == "igraph" else _networkx_metric
    memo: dict = {}
    for metric in metrics:
        values = np.asarray(
            compute(view, metric, k=k, seed=seed, sampled=sampled, pivots=pivots, memo=memo),
            dtype=float,
        )
        frame[metric] = np.nan_to_num(values, nan=0.0, posinf=0.0, neginf=0.0)
    for metric in ("degree", "core_number"):
        if metric in frame:
            frame[metric] = frame[metric].astype(np.int64)
    if not memo.get("pivoted", True):
        params["closeness_pivots"] = (
            None  # no component was larger than the pivots: exact after all
        )
    if sampled or k is not None:
        errors = memo.get("errors", {})
        if engine == "networkx" and any(m in ESTIMATED for m in metrics):
            # the same samples through igraph: NetworkX does not say how far an estimate may be off
            igraph_memo: dict = {}
            for metric in (m for m in metrics if m in ESTIMATED):
                _igraph_metric(
                    view, metric, k=k, seed=seed, sampled=sampled, pivots=pivots, memo=igraph_memo
                )
            errors = igraph_memo.get("errors", {})
        for metric in (m for m in ESTIMATED if m in metrics):
            frame[f"{metric}_error"] = errors.get(metric, np.zeros(n))
        params["error"] = (
            "the *_error columns are 95% half-widths of the sampled estimates (normal "
            "approximation, finite-population corrected; 0 where exact)"
        )
    frame.attrs["parameters"] = params
    return frame


def organisation_metrics(G: nx.Graph, **kwargs) -> pd.DataFrame:
    """Every metric of :data:`METRICS` for the collaboration graph (see :func:`node_metrics`)."""
    return node_metrics(G, METRICS, **kwargs)


def project_metrics(G: nx.Graph, **kwargs) -> pd.DataFrame:
    """:data:`PROJECT_METRICS` of the project graph."""
    return node_metrics(G, PROJECT_METRICS, **kwargs)


def country_metrics(G: nx.Graph, **kwargs) -> pd.DataFrame:
    """:data:`COUNTRY_METRICS` of the country graph."""
    return node_metrics(G, COUNTRY_METRICS, **kwargs)


def _sample(nodes: list, k: int, seed: int) -> list:
    # the same sample NetworkX draws for betweenness_centrality(k=k, seed=seed)
    return random.Random(seed).sample(nodes, k)


def weighted_pagerank(
    matvec, strength: np.ndarray, damping: float = 0.85, tol: float = 1e-12
) -> np.ndarray:
    """Weighted PageRank of an undirected graph, from products with its weight matrix.

    For a symmetric weight matrix W with row sums D, PageRank's fixed point is, up to
    scale, x = D·y where (D − damping·W)·y = 1 on the nodes with ties, and x = 1 on the
    nodes without (they are isolated, and receive the same share as the teleport gives
    everyone). D − damping·W is symmetric and strictly diagonally dominant, so conjugate
    gradients with D as preconditioner solve it: the error falls by about
    (√κ − 1)/(√κ + 1) ≈ 0.56 a product, with κ ≤ (1 + damping)/(1 − damping), against
    ``damping`` (0.85) for the power iteration. On Horizon 2020 that is 24 products for
    41, with a result fifteen times closer to the exact scores at the same ``tol``.

    Parameters
    ----------
    matvec : callable
        ``matvec(x)`` = W·x for the symmetric weight matrix W (a sparse matrix's ``@``, or
        a product computed without building W).
    strength : ndarray
        Row sums of W; a node with none spreads its score evenly, as in NetworkX.
    damping : float, default 0.85
    tol : float, default 1e-12
        Stop when a step moves the scores less than ``n · tol`` in total (L1), NetworkX's
        rule for its power iteration.

    Returns
    -------
    ndarray
        Scores summing to 1.

    Raises
    ------
    UsageError
        When negative weights leave D − damping·W without positive curvature along a
        search direction: no ranking then (NetworkX's power iteration does not converge).
    """
    n = len(strength)
    if n == 0:
        return np.zeros(0)
    live = strength != 0
    d = np.where(live, strength, 1.0)  # a node without ties: y = 0 solves its row
    isolated = n - int(np.count_nonzero(live))

    def operator(v):
        return d * v - damping * matvec(v)

    # products of plain sums, not ``@``: BLAS threads that spin between calls slow every
    # other step on a busy machine more than they speed the dot products
    y = live / d
    r = live - operator(y)
    z = r / d
    p = z.copy()
    rz = float((r * z).sum())
    for _ in range(10_000):
        if rz == 0.0:
            break
        q = operator(p)
        curvature = float((p * q).sum())
        if curvature <= 0.0:
            raise UsageError(
                "PageRank needs tie weights of zero or more; this graph has negative weights "
                "that leave it without a ranking (drop those ties, or use the weights' absolute values)"
            )
        alpha = rz / curvature
        y += alpha * p
        r -= alpha * q
        total = float((d * y).sum()) + isolated  # the scores' sum, to measure the step against
        if abs(alpha) * float(np.abs(p * d).sum()) < n * tol * total:
            break
        z = r / d
        rz, previous = float((r * z).sum()), rz
        p *= rz / previous
        p += z
    x = np.where(live, d * y, 1.0)
    return x / x.sum()


LANCZOS_VECTORS = 12
"""Lanczos vectors ARPACK keeps for the leading eigenvector: with SciPy's default (20) each
restart orthogonalises more than it gains; 12 gives the same vector to 1e-13 in a third to
a half of the time (Horizon 2020: 0.11 s against 0.28-0.34 s)."""


DENSE_EIGEN_NODES = 20
"""Up to this many nodes the leading eigenvector comes from the whole dense spectrum; above,
from Lanczos. Dense ``eigh`` costs n³: 4.5 ms at 267 nodes against Lanczos' 0.5 ms, and on a
busy machine its BLAS threads can wait a quarter of a second."""


def _eigenvector(A, n: int) -> np.ndarray:
    import scipy.sparse.linalg as sla

    if A.nnz == 0:
        return np.zeros(n)
    if n <= DENSE_EIGEN_NODES:
        values, vectors = np.linalg.eigh(A.toarray())
        vector = vectors[:, np.argmax(values)]
    else:
        _, vectors = sla.eigsh(
            A.astype(float), k=1, which="LA", tol=1e-12, v0=np.ones(n), ncv=LANCZOS_VECTORS
        )
        vector = vectors[:, 0]
    vector = np.abs(vector)
    norm = np.linalg.norm(vector)
    return vector / norm if norm else vector


def _networkx_metric(view, metric, *, k, seed, sampled, pivots, memo):
    G = view.nx
    nodes = view.nodes
    n = len(nodes)
    if metric == "degree":
        return [G.degree(v) for v in nodes]
    if metric == "strength":
        return [G.degree(v, weight="weight") for v in nodes]
    if metric == "betweenness":
        values = nx.betweenness_centrality(G, k=k, seed=seed, normalized=True)
    elif metric == "closeness":
        values = nx.closeness_centrality(G)
    elif metric == "harmonic":
        values = {v: h / (n - 1) if n > 1 else 0.0 for v, h in nx.harmonic_centrality(G).items()}
    elif metric == "eigenvector":
        return _eigenvector(
            nx.to_scipy_sparse_array(G, nodelist=nodes, weight="weight", format="csr"), n
        )
    elif metric == "pagerank":
        values = nx.pagerank(G, weight="weight", tol=1e-12, max_iter=10_000)
    else:  # core_number
        values = nx.core_number(G)
    return [values[v] for v in nodes]


def _igraph_metric(view, metric, *, k, seed, sampled, pivots, memo):
    n = view.n
    if metric == "degree":
        return view.degree
    if metric == "strength":
        return np.bincount(
            view.edges.ravel(), weights=np.repeat(view.weights.astype(float), 2), minlength=n
        )
    if metric == "betweenness":
        if n < 3:
            return np.zeros(n)
        if k is None:
            return np.asarray(view.igraph.betweenness(directed=False)) / ((n - 1) * (n - 2) / 2)
        sources = [view.index[v] for v in _sample(view.nodes, k, seed)]
        # sources in a few batches, so the spread of the estimate is known from the batch means;
        # δ/(n-2) is one source's term (a compiled Brandes pass per source, batches on every core)
        from helix_graph.analysis.kernels import source_dependencies

        batches = [sources[i::BETWEENNESS_BATCHES] for i in range(min(BETWEENNESS_BATCHES, k))]
        sums = source_dependencies(view.adjacency, np.asarray(sources), len(batches)) / (n - 2)
        # as in NetworkX 3.6, a sampled source cannot be its own endpoint: it has k-1 terms
        per_batch = np.array([[len(b)] for b in batches], dtype=float) - np.stack(
            [np.isin(np.arange(n), b) for b in batches]
        ).astype(float)
        terms_count = per_batch.sum(axis=0)
        with np.errstate(divide="ignore", invalid="ignore"):
            mean = np.where(terms_count > 0, sums.sum(axis=0) / terms_count, 0.0)
            batch_means = np.where(
                per_batch > 0, sums / np.where(per_batch > 0, per_batch, 1), mean
            )
            # the variance of one term, from the spread of the batch means (each a mean of ~k/batches terms)
            variance = (
                batch_means.var(axis=0, ddof=1) * (terms_count / len(batches))
                if len(batches) > 1
                else 0.0
            )
        memo.setdefault("errors", {})["betweenness"] = _half_width(variance, terms_count, n - 1)
        return mean
    if metric in ("closeness", "harmonic"):
        # both come from one pass of shortest-path lengths, kept for the other
        if "distances" not in memo:
            memo["distances"] = _distance_metrics(view, sampled=sampled, pivots=pivots, seed=seed)
            memo.setdefault("errors", {}).update(memo["distances"].pop("errors"))
            memo["pivoted"] = memo["distances"].pop("pivoted", False)
        return memo["distances"][metric]
    if metric == "eigenvector":
        return _eigenvector(view.adjacency, n)
    if metric == "pagerank":
        # conjugate gradients on the sparse matrix: igraph's PRPACK takes ~0.25 s even on small dense graphs
        A = view.adjacency
        return weighted_pagerank(A.__matmul__, np.asarray(A.sum(axis=1)).ravel())
    from helix_graph.analysis.kernels import core_numbers  # numba loads on first use

    return core_numbers(view.structure)


def _half_width(variance: np.ndarray, count: np.ndarray, population) -> np.ndarray:
    """95% half-width of a mean of ``count`` draws without replacement from ``population`` values."""
    with np.errstate(divide="ignore", invalid="ignore"):
        correction = np.clip((population - count) / np.maximum(population - 1, 1), 0.0, 1.0)
        se = np.sqrt(np.clip(variance, 0.0, None) / count * correction)
    return np.nan_to_num(1.96 * se, nan=0.0, posinf=0.0)


def _distance_metrics(view, *, sampled: bool, pivots: int, seed: int) -> dict:
    """Closeness and harmonic centrality: exact per small component, pivot-estimated in large ones.

    Returns ``closeness``, ``harmonic`` and ``errors`` (their 95% half-widths: 0 where exact).
    """
    from helix_graph.analysis.kernels import pivot_distances

    n = view.n
    out = {"closeness": np.zeros(n), "harmonic": np.zeros(n)}
    errors = {"closeness": np.zeros(n), "harmonic": np.zeros(n)}
    out["errors"] = errors
    if n < 2:
        return out
    membership = view.components
    comp_size = np.bincount(membership)[membership]
    large = comp_size > pivots if sampled else np.zeros(n, dtype=bool)  # smaller components: exact
    small = np.flatnonzero(~large & (comp_size > 1))
    if len(small):  # every node of them a source: the sums are over all the others it reaches
        sums = pivot_distances(view.structure, small)
        with np.errstate(divide="ignore", invalid="ignore"):
            reached = sums["count"][small]
            out["closeness"][small] = np.nan_to_num(
                reached / sums["sum"][small] * (comp_size[small] - 1) / (n - 1)
            )
        out["harmonic"][small] = sums["inverse"][small] / (n - 1)
    out["pivoted"] = bool(large.any())
    if not large.any():
        return out
    rng = np.random.default_rng(seed)
    chosen = [
        rng.choice(
            np.flatnonzero(membership == comp),
            size=min(pivots, int((membership == comp).sum())),
            replace=False,
        )
        for comp in np.unique(membership[large])
    ]
    sums = pivot_distances(view.structure, np.concatenate(chosen))
    members = np.flatnonzero(large)
    count = sums["count"][members]
    r = comp_size[members]
    scale = (r - 1) / (n - 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_d = sums["sum"][members] / count
        var_d = sums["sum_sq"][members] / count - mean_d**2
        mean_inv = sums["inverse"][members] / count
        var_inv = sums["inverse_sq"][members] / count - mean_inv**2
        closeness = np.nan_to_num(scale / mean_d)
        out["closeness"][members] = closeness
        out["harmonic"][members] = np.nan_to_num(mean_inv * scale)
        # the standard error of 1/mean(d) by the delta method: closeness · se(mean d) / mean d
        errors["closeness"][members] = np.nan_to_num(
            closeness * _half_width(var_d, count, r - 1) / mean_d
        )
        errors["harmonic"][members] = _half_width(var_inv, count, r - 1) * scale
    return out
