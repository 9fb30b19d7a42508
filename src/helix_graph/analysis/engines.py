"""Compute engines and the one graph object every measure works on.

Every analysis function takes ``engine="auto" | "networkx" | "igraph"``; ``auto`` picks
igraph from :data:`IGRAPH_THRESHOLD` nodes on.

A measure takes either a NetworkX graph or a :class:`GraphView`: the graph's nodes in a
fixed order, its ties as arrays, and the fast copies (igraph, a sparse adjacency matrix,
the NetworkX graph itself) each made once, on first use. An analysis builds one view and
hands it to every measure; a NetworkX graph passed in is read afresh on every call, so an
answer never comes from a copy of a graph that has changed since.
"""

from __future__ import annotations

import ctypes
import random
from contextlib import contextmanager
from functools import cached_property
from itertools import chain, compress
from operator import itemgetter, methodcaller

import networkx as nx
import numpy as np
import pandas as pd

from helix_graph.errors import UsageError
from helix_graph.store.collector import collector_paused

__all__ = [
    "ENGINES",
    "IGRAPH_THRESHOLD",
    "choose_engine",
    "GraphView",
    "TieValues",
    "as_view",
    "seeded_igraph",
]

ENGINES = ("auto", "networkx", "igraph")
IGRAPH_THRESHOLD = 1
"""From this many nodes on, ``engine="auto"`` uses igraph (every graph with a node: the two
engines give the same answers, and igraph's fixed costs are far smaller; ``networkx`` stays
available as the reference)."""


class TieValues:
    """A tie attribute computed when it is needed: ``values()`` for every tie in edge order,
    ``values.part(chosen)`` for the ties at the positions ``chosen`` only (what a drawn part
    of a large graph needs)."""

    def __init__(self, compute):
        self._compute = compute  # compute(chosen or None) -> a sequence in the order of chosen

    def __call__(self):
        return self._compute(None)

    def part(self, chosen: np.ndarray):
        return self._compute(chosen)


class GraphView:
    """An undirected weighted graph as arrays, with its igraph, sparse and NetworkX forms made on demand.

    Parameters
    ----------
    nodes : sequence
        Node ids; a node's position in this list is its vertex number everywhere.
    edges : ndarray of int, shape (m, 2)
        Ties as pairs of positions; each unordered pair once.
    weights : ndarray of float, shape (m,), optional
        Tie weights (default 1).
    attributes : DataFrame, optional
        One row per node, in node order: node attributes (``name``, ``helix_sector``, …).
    graph : networkx.Graph, optional
        The NetworkX graph these arrays were read from (else built on first use of ``nx``).
    edge_data : dict, optional
        Extra tie attributes for the NetworkX form (e.g. ``projects``): a sequence in edge
        order, or a function returning one, called the first time it is needed
        (:meth:`edge_attribute`); a :class:`TieValues` also gives the values of some ties
        alone (:meth:`subgraph`).
    kind : str, optional
        ``G.graph["kind"]`` of the NetworkX form (collaboration, project, country).

    Examples
    --------
    >>> view = GraphView.from_networkx(nx.path_graph(3))
    >>> view.n, view.m, view.degree.tolist()
    (3, 2, [1, 2, 1])
    """

    def __init__(
        self,
        nodes,
        edges,
        weights=None,
        *,
        attributes: pd.DataFrame | None = None,
        graph: nx.Graph | None = None,
        edge_data: dict | None = None,
        kind: str | None = None,
    ):
        self.nodes = list(nodes)
        self.edges = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
        # integer weights (shared projects) stay integers in the NetworkX form and in files
        self.weights = (
            np.ones(len(self.edges), dtype=np.int64) if weights is None else np.asarray(weights)
        )
        self._attributes = (
            attributes.reset_index(drop=True)
            if attributes is not None
            else pd.DataFrame(index=range(len(self.nodes)))
        )
        self._graph = graph
        self.edge_data = edge_data or {}
        self.kind = kind
        self.memo: dict = {}  # results measures share (e.g. one pass for constraint and brokerage)

    @classmethod
    def from_networkx(cls, G: nx.Graph, weight: str = "weight") -> GraphView:
        """Read ``G`` into arrays (one pass over its ties; missing weights are 1).

        Self-loops are left out (an organisation is not its own partner); ``nx`` is then a
        copy of ``G`` without them, and ``G`` is left as it is.

        Raises
        ------
        UsageError
            If ``G`` is directed.
        """
        if G.is_directed():
            raise UsageError(
                "the measures here are for undirected collaboration graphs; pass an undirected graph "
                "(G.to_undirected())"
            )
        with collector_paused():
            return cls._read_networkx(G, weight)

    @classmethod
    def _read_networkx(cls, G: nx.Graph, weight: str) -> GraphView:
        nodes = list(G)
        adjacency = G._adj
        # every tie twice (u→v and v→u), read by C-level iterators: no Python step per tie
        degree = np.fromiter(map(len, adjacency.values()), dtype=np.int64, count=len(nodes))
        total = int(degree.sum())
        ends = _positions(nodes, chain.from_iterable(adjacency.values()), total)
        starts = np.repeat(np.arange(len(nodes), dtype=np.int64), degree)
        if np.any(starts == ends):  # self-loops are left out, from a copy: G stays as it is
            G = G.copy()
            G.remove_edges_from(list(nx.selfloop_edges(G)))
            return cls._read_networkx(G, weight)
        once = starts < ends
        # both directions share one data dict: read each tie's weight once
        weights = _tie_weights(G, weight, once)
        view = cls(
            nodes,
            np.column_stack([starts[once], ends[once]]),
            weights,
            graph=G,
            kind=G.graph.get("kind"),
        )
        view._attributes = None  # read from G.nodes on first use
        return view

    @property
    def attributes(self) -> pd.DataFrame:
        """Node attributes, one row per node in node order."""
        if self._attributes is None:
            G = self._graph
            names = sorted({key for _, data in G.nodes(data=True) for key in data})
            self._attributes = pd.DataFrame(
                {
                    key: pd.Series([G.nodes[v].get(key) for v in self.nodes], dtype=object)
                    for key in names
                },
                index=range(len(self.nodes)),
            )
        return self._attributes

    @property
    def n(self) -> int:
        return len(self.nodes)

    @property
    def m(self) -> int:
        return len(self.edges)

    @cached_property
    def index(self) -> dict:
        """Node id → position."""
        return {node: i for i, node in enumerate(self.nodes)}

    def attribute(self, name: str) -> np.ndarray:
        """One node attribute in node order (None where missing), as an object array."""
        if name not in self.attributes:
            return np.full(self.n, None, dtype=object)
        values = self.attributes[name].astype(object).to_numpy()
        return np.where(pd.isna(values), None, values)

    def codes(self, name: str, categories=None) -> np.ndarray:
        """An attribute as integer codes (-1 where missing, or not one of ``categories``)."""
        if categories is None:
            return pd.Categorical(self.attribute(name)).codes.astype(np.int64)
        return pd.Index(categories).get_indexer(self.attribute(name)).astype(np.int64)

    @cached_property
    def igraph(self):
        """The igraph copy (undirected, edge attribute ``weight``)."""
        import igraph as ig

        with collector_paused():
            g = ig.Graph(n=self.n, directed=False)
            g.add_edges(
                self.edges.tolist()
            )  # from a list: several times faster than Graph(edges=array)
            g.es["weight"] = self.weights.astype(float).tolist()
        return g

    @cached_property
    def networkit(self):
        """The NetworKit copy (undirected, weighted), for its Louvain and Leiden."""
        import networkit as nk
        import scipy.sparse as sp

        # each tie once (not the symmetric matrix: an undirected reader adds every entry as a
        # tie): NetworKit's CSR reader runs in C++, three times faster than its COO reader,
        # which steps through the ties in Python
        e = self.edges
        once = sp.csr_matrix((self.weights.astype(float), (e[:, 0], e[:, 1])), shape=(self.n,) * 2)
        return nk.graph.GraphFromCsr(once, directed=False, weighted=True)

    @cached_property
    def adjacency(self):
        """The symmetric weighted adjacency matrix (CSR)."""

        return self._symmetric(self.weights.astype(float))

    def _symmetric(self, values: np.ndarray):
        """The symmetric CSR matrix with ``values`` on the ties (a sparse sum drops zeros)."""
        import scipy.sparse as sp

        e = self.edges
        # one triangle, then its mirror added: half the entries to sort of building both at once
        upper = sp.csr_matrix((values, (e[:, 0], e[:, 1])), shape=(self.n,) * 2)
        return (upper + upper.T).tocsr()

    @cached_property
    def structure(self):
        """The symmetric 0/1-pattern matrix of every tie, whatever its weight (CSR).

        The adjacency itself when no tie weighs 0 (a sparse sum drops zeros): what the
        measures that count steps and ties walk on.
        """
        if self.weights.all():
            return self.adjacency
        return self._symmetric(np.ones(len(self.edges)))

    @cached_property
    def components(self) -> np.ndarray:
        """The connected component of each node, numbered in the order of their first nodes."""
        from helix_graph.analysis.kernels import component_labels

        return component_labels(self.n, self.edges)

    @cached_property
    def degree(self) -> np.ndarray:
        """Distinct partners per node (a self-loop counts twice, as in NetworkX)."""
        return np.bincount(self.edges.ravel(), minlength=self.n).astype(np.int64)

    @property
    def nx(self) -> nx.Graph:
        """The NetworkX form (built once from the arrays when the view was not read from one)."""
        if self._graph is None:
            with collector_paused():
                self._graph = self._build_networkx()
        return self._graph

    def _build_networkx(self) -> nx.Graph:
        G = nx.Graph(**({"kind": self.kind} if self.kind else {}))
        columns = [c for c in self.attributes.columns]
        records = (
            self.attributes[columns]
            .astype(object)
            .where(self.attributes[columns].notna(), None)
            .to_dict("records")
            if columns
            else [{} for _ in self.nodes]
        )
        G.add_nodes_from(
            (node, {k: v for k, v in attrs.items() if v is not None})
            for node, attrs in zip(self.nodes, records)
        )
        adjacency = G._adj  # filled directly: add_edges_from costs seconds at 800,000 ties
        nodes = self.nodes
        extra = [(key, self.edge_attribute(key)) for key in self.edge_data]
        weights = self.weights.tolist()
        for position, ((a, b), w) in enumerate(zip(self.edges.tolist(), weights)):
            data = {"weight": w}
            for key, values in extra:
                data[key] = values[position]
            adjacency[nodes[a]][nodes[b]] = adjacency[nodes[b]][nodes[a]] = data
        nx._clear_cache(G)
        return G

    def neighbourhood(self, node, radius: int = 1) -> list:
        """``node`` and every node within ``radius`` ties of it (breadth-first on the CSR matrix)."""
        adjacency = self.adjacency
        seen = np.zeros(self.n, dtype=bool)
        frontier = np.array([self.index[node]])
        seen[frontier] = True
        for _ in range(radius):
            rows = adjacency[frontier]
            frontier = np.unique(rows.indices)
            frontier = frontier[~seen[frontier]]
            if not len(frontier):
                break
            seen[frontier] = True
        return [self.nodes[i] for i in np.flatnonzero(seen)]

    def subgraph(self, nodes) -> nx.Graph:
        """The NetworkX graph induced by ``nodes``, built from the arrays (no copy of the whole graph).

        Nodes keep their attributes and ties their weight and the tie attributes: those
        already computed, and those given as :class:`TieValues` (shared projects) computed
        for these ties alone; ones given as plain functions are left out rather than
        computed for every tie.
        """
        if self._graph is not None:  # the whole graph exists already: take its view
            return self._graph.subgraph(nodes).copy()
        positions = np.array(sorted(self.index[v] for v in nodes), dtype=np.int64)
        keep = np.zeros(self.n, dtype=bool)
        keep[positions] = True
        chosen = np.flatnonzero(keep[self.edges[:, 0]] & keep[self.edges[:, 1]])
        G = nx.Graph(**({"kind": self.kind} if self.kind else {}))
        rows = self.attributes.iloc[positions].astype(object)
        records = rows.where(rows.notna(), None).to_dict("records")
        G.add_nodes_from(
            (self.nodes[i], {k: v for k, v in attrs.items() if v is not None})
            for i, attrs in zip(positions.tolist(), records)
        )
        extra = [
            (key, value if not callable(value) else value.part(chosen), callable(value))
            for key, value in self.edge_data.items()
            if not callable(value) or isinstance(value, TieValues)
        ]
        for i, k in enumerate(chosen.tolist()):
            a, b = self.edges[k]
            data = {"weight": self.weights[k].item()}
            for key, values, partial in extra:
                data[key] = values[i] if partial else values[k]
            G.add_edge(self.nodes[a], self.nodes[b], **data)
        return G

    def edge_attribute(self, name: str):
        """A tie attribute in edge order, computed now if it was given as a function."""
        value = self.edge_data[name]
        if callable(value):
            value = self.edge_data[name] = value()
        return value

    def computed(self, name: str) -> bool:
        """Whether the tie attribute ``name`` exists already (not left to compute)."""
        return name in self.edge_data and not callable(self.edge_data[name])


def as_view(G) -> GraphView:
    """``G`` itself if it is a :class:`GraphView`, else a view read from the NetworkX graph now."""
    return G if isinstance(G, GraphView) else GraphView.from_networkx(G)


def choose_engine(G, engine: str = "auto") -> str:
    """The engine that will run: ``networkx`` or ``igraph``.

    Raises
    ------
    UsageError
        If ``engine`` is not one of :data:`ENGINES`.
    """
    if engine not in ENGINES:
        raise UsageError(f"engine '{engine}' is unknown; use one of {', '.join(ENGINES)}")
    if engine == "auto":
        n = G.n if isinstance(G, GraphView) else G.number_of_nodes()
        return "igraph" if n >= IGRAPH_THRESHOLD else "networkx"
    return engine


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


def _positions(nodes: list, keys, count: int) -> np.ndarray:
    """The position in ``nodes`` of each of ``count`` neighbour keys (an iterator).

    A neighbour key is nearly always the very object that is the node (NetworkX stores the
    object it was given), and an object array holds its objects' addresses — their ``id()``
    in CPython — so the positions come from one vectorised look-up of addresses, three
    times faster than a dict look-up per key. A key that is an equal but distinct object
    is then looked up by value.
    """
    from helix_graph.analysis.kernels import lookup_positions  # numba loads on first use

    objects = np.fromiter(keys, dtype=object, count=count)
    if count == 0:
        return np.zeros(0, dtype=np.int64)
    addresses = np.ctypeslib.as_array(
        ctypes.cast(objects.ctypes.data, ctypes.POINTER(ctypes.c_ssize_t)), shape=(count,)
    )
    node_ids = np.fromiter(map(id, nodes), dtype=np.int64, count=len(nodes))
    positions = lookup_positions(node_ids, addresses)
    other = np.flatnonzero(positions < 0)
    if len(other):
        index = {node: i for i, node in enumerate(nodes)}
        positions[other] = [index[key] for key in objects[other]]
    return positions


def _tie_weights(G: nx.Graph, weight: str, chosen: np.ndarray) -> np.ndarray:
    """The weight (1 when missing) of the adjacency entries where ``chosen`` is true.

    ``chosen`` has one flag per adjacency entry, in the adjacency's order. The entries
    stream through ``compress`` straight into the weight reader: no array of the data dicts
    is made, and the mask is read as bytes (plain ints, where a boolean array would make a
    NumPy scalar per entry).
    A graph made of plain dicts (every ``nx.Graph`` with the default factories) reads
    ``dict.values`` and, when every tie has the weight, ``itemgetter`` (twice as fast as a
    ``methodcaller``); views and graphs with other mappings take the general path.
    """
    adjacency = G._adj
    plain = (
        type(adjacency) is dict
        and getattr(G, "adjlist_inner_dict_factory", None) is dict
        and getattr(G, "edge_attr_dict_factory", None) is dict
    )
    values = dict.values if plain else methodcaller("values")
    mask = np.ascontiguousarray(chosen, dtype=bool).tobytes()
    size = int(np.count_nonzero(chosen))

    def ties():
        return compress(chain.from_iterable(map(values, adjacency.values())), mask)

    read = None
    if plain:
        try:
            read = np.fromiter(map(itemgetter(weight), ties()), dtype=float, count=size)
        except KeyError:  # a tie without the weight counts 1
            pass
    if read is None:
        read = np.fromiter(map(methodcaller("get", weight, 1), ties()), dtype=float, count=size)
    if len(read) and np.all(read == np.rint(read)):
        return read.astype(np.int64)
    return read
