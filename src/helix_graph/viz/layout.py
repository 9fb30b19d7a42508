"""Node positions computed in Python, so the browser draws with physics off.

vis-network's own physics can run for minutes on a few thousand nodes; a force-directed
layout here takes well under a second (igraph's C core above a few hundred nodes).
"""

from __future__ import annotations

import math
import random
from collections.abc import Hashable

import networkx as nx

__all__ = ["network_positions", "SMALL_LAYOUT_NODES"]

SMALL_LAYOUT_NODES = 300
"""Up to this many nodes NetworkX's spring layout is used (seeded, reproducible)."""


def network_positions(
    graph: nx.Graph, *, seed: int = 7, weight: str | None = "weight", spacing: float = 90.0
) -> dict[Hashable, tuple[float, float]]:
    """Force-directed positions in screen pixels, centred on (0, 0).

    Each connected component is laid out on its own and the components are packed in
    rows, largest first, so a filter that splits the network still reads (a single
    force layout would push the components far apart and crush each one).

    Parameters
    ----------
    graph : networkx.Graph
        Any graph; edge attribute ``weight`` (if present) pulls tied nodes closer.
    seed : int, default 7
        The same seed gives the same positions.
    weight : str or None, default "weight"
        Edge attribute used as attraction; None for unweighted.
    spacing : float, default 90
        Roughly the pixels per node along one side: a component of ``k`` nodes takes a
        square of ``spacing * sqrt(k)`` pixels.

    Returns
    -------
    dict
        node → (x, y).

    Examples
    --------
    >>> pos = network_positions(nx.path_graph(3))
    >>> sorted(pos) == [0, 1, 2] and all(len(p) == 2 for p in pos.values())
    True
    >>> network_positions(nx.empty_graph(2))  # two isolates side by side
    {0: (-45.0, 0.0), 1: (45.0, 0.0)}
    """
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    components = sorted(
        (list(c) for c in nx.connected_components(graph.to_undirected(as_view=True))),
        key=lambda c: (-len(c), str(c[0])),
    )
    boxes = []
    for nodes in components:
        side = spacing * math.sqrt(len(nodes))
        boxes.append((side, _unit_layout(graph.subgraph(nodes), seed, weight)))
    width = max(boxes[0][0], spacing * math.sqrt(n) * 1.5)
    placed: dict[Hashable, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for side, unit in boxes:
        if x > 0 and x + side > width:  # next row
            x, y, row_height = 0.0, y + row_height, 0.0
        inner = (
            side - spacing if len(unit) > 1 else 0.0
        )  # keep a margin of one spacing between components
        for node, (ux, uy) in unit.items():
            placed[node] = (x + side / 2 + ux * inner, y + side / 2 + uy * inner)
        x += side
        row_height = max(row_height, side)
    xs = [p[0] for p in placed.values()]
    ys = [p[1] for p in placed.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {node: (round(px - cx, 1), round(py - cy, 1)) for node, (px, py) in placed.items()}


def _unit_layout(
    graph: nx.Graph, seed: int, weight: str | None
) -> dict[Hashable, tuple[float, float]]:
    """Positions of one connected component inside the square [-0.5, 0.5]²."""
    n = graph.number_of_nodes()
    if n == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    if n <= SMALL_LAYOUT_NODES:
        raw = nx.spring_layout(graph, seed=seed, weight=weight, iterations=100)
        coords = {node: (float(p[0]), float(p[1])) for node, p in raw.items()}
    else:
        coords = _igraph_layout(graph, seed, weight)
    xs = [p[0] for p in coords.values()]
    ys = [p[1] for p in coords.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    extent = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    return {node: ((x - cx) / extent, (y - cy) / extent) for node, (x, y) in coords.items()}


def _igraph_layout(
    graph: nx.Graph, seed: int, weight: str | None
) -> dict[Hashable, tuple[float, float]]:
    import igraph as ig

    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in graph.edges()]
    weights = None
    if weight:
        weights = [float(d.get(weight, 1.0) or 1.0) for _, _, d in graph.edges(data=True)]
    g = ig.Graph(n=len(nodes), edges=edges)
    rng = random.Random(seed)
    side = math.sqrt(
        len(nodes)
    )  # igraph's own starting square; a cramped start makes the grid slow
    start = [[rng.uniform(-side, side), rng.uniform(-side, side)] for _ in nodes]
    ig.set_random_number_generator(
        rng
    )  # igraph draws from a Python RNG: a seeded one makes layouts reproducible
    try:
        layout = g.layout_fruchterman_reingold(weights=weights, niter=300, seed=start, grid=True)
    finally:
        ig.set_random_number_generator(random)
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, layout.coords)}
