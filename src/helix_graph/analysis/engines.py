"""Compute engines: NetworkX (pure Python, the reference) and igraph/leidenalg (C cores).

Every analysis function takes ``engine="auto" | "networkx" | "igraph"``; ``auto`` picks
igraph from :data:`IGRAPH_THRESHOLD` nodes on. The igraph copy of a NetworkX graph is
built once from arrays and cached on the graph (``G.graph``), keyed by its size.
"""

from __future__ import annotations

import random
from contextlib import contextmanager
from dataclasses import dataclass

import networkx as nx
import numpy as np

from helix_graph.errors import UsageError

__all__ = ["ENGINES", "IGRAPH_THRESHOLD", "choose_engine", "IGraphView", "as_igraph", "attach_igraph", "seeded_igraph"]

ENGINES = ("auto", "networkx", "igraph")
IGRAPH_THRESHOLD = 500
"""From this many nodes on, ``engine="auto"`` uses igraph."""


def choose_engine(G: nx.Graph, engine: str = "auto") -> str:
    """The engine that will run: ``networkx`` or ``igraph``.

    Raises
    ------
    UsageError
        If ``engine`` is not one of :data:`ENGINES`.
    """
    if engine not in ENGINES:
        raise UsageError(f"engine '{engine}' is unknown; use one of {', '.join(ENGINES)}")
    if engine == "auto":
        return "igraph" if G.number_of_nodes() >= IGRAPH_THRESHOLD else "networkx"
    return engine


@dataclass
class IGraphView:
    """An igraph copy of a NetworkX graph: ``graph`` and the NetworkX ``nodes`` in vertex order."""

    graph: object
    nodes: list
    index: dict

    @property
    def weights(self) -> np.ndarray:
        return np.asarray(self.graph.es["weight"], dtype=float)

    @property
    def edges(self) -> np.ndarray:
        """The ties as an (m, 2) array of vertex positions (computed once)."""
        if getattr(self, "_edges", None) is None:
            self._edges = np.asarray(self.graph.get_edgelist(), dtype=np.int64).reshape(-1, 2)
        return self._edges


def as_igraph(G: nx.Graph, weight: str = "weight") -> IGraphView:
    """The igraph copy of ``G`` (undirected, edge attribute ``weight``, missing weights = 1).

    Built once from arrays and cached in ``G.graph["_igraph"]`` for as long as ``G`` keeps
    its numbers of nodes and edges. After changing weights in place, drop the copy with
    ``G.graph.pop("_igraph", None)``.
    """
    key = (G.number_of_nodes(), G.number_of_edges(), weight)
    cached = G.graph.get("_igraph")
    if cached is not None and cached[0] == key:
        return cached[1]
    nodes = list(G)
    index = {node: i for i, node in enumerate(nodes)}
    m = G.number_of_edges()
    pairs = np.fromiter((x for u, v in G.edges() for x in (index[u], index[v])), dtype=np.int64, count=2 * m)
    w = np.fromiter((d for *_, d in G.edges(data=weight, default=1)), dtype=float, count=m)
    return attach_igraph(G, pairs.reshape(-1, 2), w, nodes, weight=weight)


def attach_igraph(G: nx.Graph, edges: np.ndarray, weights: np.ndarray, nodes: list | None = None, *,
                  weight: str = "weight") -> IGraphView:
    """Build the igraph copy of ``G`` from arrays (vertex positions in ``nodes``) and cache it.

    For graphs built from tables (:func:`collaboration_graph`), where the arrays exist
    already, so the copy costs no Python loop per tie.
    """
    import igraph as ig

    nodes = list(G) if nodes is None else nodes
    edges = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    g = ig.Graph(n=len(nodes), edges=edges, directed=False)
    g.es["weight"] = np.asarray(weights, dtype=float).tolist()
    view = IGraphView(g, nodes, {node: i for i, node in enumerate(nodes)})
    view._edges = edges
    G.graph["_igraph"] = ((G.number_of_nodes(), G.number_of_edges(), weight), view)
    return view


@contextmanager
def seeded_igraph(seed: int | None):
    """Run igraph's randomised algorithms with their own ``random.Random(seed)``."""
    import igraph as ig

    if seed is None:
        yield
        return
    ig.set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        ig.set_random_number_generator(random)
