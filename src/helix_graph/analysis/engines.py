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

__all__ = ["ENGINES", "IGRAPH_THRESHOLD", "choose_engine", "IGraphView", "as_igraph", "seeded_igraph"]

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
    def weights(self) -> list[float]:
        return self.graph.es["weight"]


def as_igraph(G: nx.Graph, weight: str = "weight") -> IGraphView:
    """The igraph copy of ``G`` (undirected, edge attribute ``weight``, missing weights = 1).

    Built once from arrays and cached in ``G.graph`` for as long as ``G`` keeps its size.
    """
    import igraph as ig

    key = (G.number_of_nodes(), G.number_of_edges(), weight)
    cached = G.graph.get("_igraph")
    if cached is not None and cached[0] == key:
        return cached[1]
    nodes = list(G)
    index = {node: i for i, node in enumerate(nodes)}
    m = G.number_of_edges()
    src = np.fromiter((index[u] for u, _ in G.edges()), dtype=np.int64, count=m)
    dst = np.fromiter((index[v] for _, v in G.edges()), dtype=np.int64, count=m)
    w = np.fromiter((d.get(weight, 1) for _, _, d in G.edges(data=True)), dtype=float, count=m)
    g = ig.Graph(n=len(nodes), edges=np.column_stack([src, dst]).tolist() if m else [], directed=False)
    g.es["weight"] = w.tolist()
    view = IGraphView(g, nodes, index)
    G.graph["_igraph"] = (key, view)
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
