"""Node positions computed in Python, so the browser draws with physics off.

Readable at any size means: communities in their own regions, nodes that do not pile up,
and the same picture for the same data. :func:`network_positions` therefore

1. lays out the groups (communities) as super-nodes, tied by the ties between them, and
   gives each a disc whose area grows with its members;
2. pushes the discs apart until none overlaps;
3. lays out each group's members inside its disc (force-directed, igraph's C core above a
   few hundred nodes, seeded);
4. pushes apart any two nodes closer than their radii allow.

With ``anchor`` (the positions of a related drawing, e.g. the same view before a filter
changed), nodes found there keep their place and only the others are laid out, next to
their tied neighbours: changing a filter moves nodes as little as it can.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Hashable, Mapping

import networkx as nx
import numpy as np

__all__ = ["network_positions", "SMALL_LAYOUT_NODES", "silhouette"]

SMALL_LAYOUT_NODES = 60
"""Up to this many nodes NetworkX's spring layout is used (seeded, reproducible)."""
ANCHOR_SHARE = 0.8
"""An earlier drawing is kept when it has at least this share of the nodes (else a fresh layout)."""
_REGION_GAP = 1.35  # a group's disc radius, as a multiple of the radius its members need


def network_positions(
    graph: nx.Graph,
    *,
    groups: Mapping[Hashable, Hashable] | None = None,
    anchor: Mapping[Hashable, tuple[float, float]] | None = None,
    radii: Mapping[Hashable, float] | None = None,
    seed: int = 7,
    weight: str | None = "weight",
    spacing: float = 90.0,
    anchor_share: float = ANCHOR_SHARE,
) -> dict[Hashable, tuple[float, float]]:
    """Positions in drawing pixels, centred on (0, 0).

    Parameters
    ----------
    graph : networkx.Graph
        Any graph; edge attribute ``weight`` (if present) pulls tied nodes closer.
    groups : mapping, optional
        node → group (a community); each group gets its own region. Without it, each
        connected component is a group.
    anchor : mapping, optional
        node → (x, y) to keep (from an earlier drawing); used when it has at least
        ``anchor_share`` of the nodes (default :data:`ANCHOR_SHARE`; 0 keeps it always,
        as the slices of one network in time do).
    radii : mapping, optional
        node → drawn radius in pixels; no two nodes end closer than their radii plus a gap.
    seed : int, default 7
        The same seed gives the same positions.
    weight : str or None, default "weight"
        Edge attribute used as attraction; None for unweighted.
    spacing : float, default 90
        Roughly the pixels per node along one side: a group of ``k`` nodes takes a disc
        of about ``spacing * sqrt(k)`` pixels across.

    Returns
    -------
    dict
        node → (x, y).

    Examples
    --------
    >>> pos = network_positions(nx.path_graph(3))
    >>> sorted(pos) == [0, 1, 2] and all(len(p) == 2 for p in pos.values())
    True
    >>> network_positions(nx.empty_graph(1))
    {0: (0.0, 0.0)}
    """
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    radius = np.array([float((radii or {}).get(v, 8.0)) for v in nodes])
    index = {v: i for i, v in enumerate(nodes)}
    if anchor is not None and sum(v in anchor for v in nodes) >= max(anchor_share * n, 1):
        xy = _anchored(graph, nodes, index, anchor, spacing, seed)
    else:
        xy = _grouped(graph, nodes, index, groups, seed, weight, spacing)
    xy = _separate(xy, radius, gap=max(spacing * 0.12, 4.0))
    xy -= (xy.max(axis=0) + xy.min(axis=0)) / 2
    return {v: (round(float(x), 1), round(float(y), 1)) for v, (x, y) in zip(nodes, xy)}


def _packed(graph, nodes, index, seed, weight, spacing) -> np.ndarray:
    """Each connected component laid out on its own, packed in rows, largest first.

    A single force layout would push the components far apart and crush each one; in
    rows, a filter that splits the network still reads.
    """
    components = sorted(
        (list(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), str(c[0]))
    )
    n = len(nodes)
    width = max(spacing * math.sqrt(len(components[0])), spacing * math.sqrt(n) * 1.5)
    xy = np.zeros((n, 2))
    x = y = row = 0.0
    for members in components:
        side = spacing * math.sqrt(len(members))
        if x > 0 and x + side > width:  # next row
            x, y, row = 0.0, y + row, 0.0
        inner = side - spacing if len(members) > 1 else 0.0  # a margin of one spacing
        for v, (ux, uy) in _unit_layout(graph.subgraph(members), seed, weight).items():
            xy[index[v]] = (x + side / 2 + ux * inner, y + side / 2 + uy * inner)
        x += side
        row = max(row, side)
    return xy


def _grouped(graph, nodes, index, groups, seed, weight, spacing) -> np.ndarray:
    if groups is None:
        return _packed(graph, nodes, index, seed, weight, spacing)
    members: dict[Hashable, list] = defaultdict(list)
    for v in nodes:
        members[groups.get(v, "(none)")].append(v)
    # groups in a fixed order (largest first, then by name), so the picture does not depend on dict order
    order = sorted(members, key=lambda g: (-len(members[g]), str(g)))
    gi = {g: k for k, g in enumerate(order)}
    ties: dict[tuple[int, int], float] = defaultdict(float)
    for u, v, w in graph.edges(data=weight or "__none__", default=1.0):
        a, b = gi[groups.get(u, "(none)")], gi[groups.get(v, "(none)")]
        if a != b:
            ties[(min(a, b), max(a, b))] += float(w or 1.0)
    need = np.array([spacing * math.sqrt(len(members[g])) / 2 for g in order])
    disc = need * _REGION_GAP + spacing * 0.5
    centres = _group_centres(len(order), ties, disc, seed)
    xy = np.zeros((len(nodes), 2))
    for g, k in gi.items():
        inner = _unit_layout(graph.subgraph(members[g]), seed, weight)
        for v, (ux, uy) in inner.items():
            xy[index[v]] = centres[k] + np.array([ux, uy]) * 2 * need[k]
    return xy


def _group_centres(count: int, ties, disc: np.ndarray, seed: int) -> np.ndarray:
    """Centres of the group discs: a force layout of the group graph, then no two discs overlap."""
    if count == 1:
        return np.zeros((1, 2))
    meta = nx.Graph()
    meta.add_nodes_from(range(count))
    meta.add_weighted_edges_from((a, b, w) for (a, b), w in ties.items())
    if count <= SMALL_LAYOUT_NODES:
        raw = nx.spring_layout(meta, seed=seed, weight="weight", iterations=200)
    else:  # many groups (a filtered view of small communities): igraph's force layout in C,
        # not NetworkX's energy minimiser, which takes seconds from 500 nodes on
        raw = _igraph_layout(meta, seed, "weight")
    xy = np.array([raw[k] for k in range(count)], dtype=float)
    xy -= xy.mean(axis=0)
    xy /= float(np.abs(xy).max()) or 1.0  # the unit square spring_layout returns
    xy *= disc.sum() / 2  # spread the unit layout to about the room the discs need
    # a margin between regions, so each community reads as its own patch
    return _separate(xy, disc, gap=0.35 * float(np.median(disc)), rounds=400)


def _anchored(graph, nodes, index, anchor, spacing, seed) -> np.ndarray:
    """Anchored nodes where they were; each new node beside its placed neighbours."""
    rng = np.random.default_rng(seed)
    xy = np.zeros((len(nodes), 2))
    placed = np.zeros(len(nodes), dtype=bool)
    for v in nodes:
        if v in anchor:
            xy[index[v]] = anchor[v]
            placed[index[v]] = True
    centre = xy[placed].mean(axis=0)
    # new nodes by how many placed neighbours they have, most first: each sits by its neighbours
    pending = [v for v in nodes if not placed[index[v]]]
    for _ in range(3):
        still = []
        for v in sorted(pending, key=lambda v: str(v)):
            near = [index[u] for u in graph[v] if placed[index[u]]]
            if not near:
                still.append(v)
                continue
            xy[index[v]] = xy[near].mean(axis=0) + rng.normal(0, spacing * 0.3, 2)
            placed[index[v]] = True
        pending = still
    extent = float(np.ptp(xy[placed], axis=0).max()) if placed.any() else spacing
    for k, v in enumerate(sorted(pending, key=str)):  # unconnected newcomers on a ring outside
        angle = 2 * math.pi * k / max(len(pending), 1)
        xy[index[v]] = centre + (extent / 2 + spacing) * np.array(
            [math.cos(angle), math.sin(angle)]
        )
    return xy


def _separate(xy: np.ndarray, radius: np.ndarray, *, gap: float, rounds: int = 60) -> np.ndarray:
    """Push apart every pair closer than the sum of their radii plus ``gap`` (a few sweeps)."""
    from scipy.spatial import cKDTree

    xy = np.array(xy, dtype=float)
    if len(xy) < 2:
        return xy
    reach = 2 * float(radius.max()) + gap
    jitter = np.random.default_rng(0)
    for _ in range(rounds):
        pairs = cKDTree(xy).query_pairs(reach, output_type="ndarray")
        if not len(pairs):
            break
        i, j = pairs[:, 0], pairs[:, 1]
        delta = xy[j] - xy[i]
        dist = np.hypot(delta[:, 0], delta[:, 1])
        want = radius[i] + radius[j] + gap
        close = dist < want
        if not close.any():
            break
        i, j, delta, dist, want = i[close], j[close], delta[close], dist[close], want[close]
        same = dist < 1e-9  # coincident nodes: a small fixed nudge apart
        delta[same] = jitter.normal(0, 1, (int(same.sum()), 2))
        dist[same] = np.hypot(delta[same, 0], delta[same, 1])
        push = (delta / dist[:, None]) * ((want - dist) / 2)[:, None]
        moved = np.zeros_like(xy)
        np.add.at(moved, i, -push)
        np.add.at(moved, j, push)
        xy += moved
    return xy


def _unit_layout(
    graph: nx.Graph, seed: int, weight: str | None
) -> dict[Hashable, tuple[float, float]]:
    """Positions of one group inside the disc of radius 0.5 around (0, 0)."""
    n = graph.number_of_nodes()
    if n == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    if n <= SMALL_LAYOUT_NODES:
        raw = nx.spring_layout(graph, seed=seed, weight=weight, iterations=100)
        coords = {node: (float(p[0]), float(p[1])) for node, p in raw.items()}
    else:
        coords = _igraph_layout(graph, seed, weight)
    xy = np.array(list(coords.values()))
    xy -= np.median(xy, axis=0)
    # scaled by the 90th percentile, so a few far-flung nodes do not crush the rest into
    # the middle; those few are pulled in to the disc's edge
    dist = np.hypot(xy[:, 0], xy[:, 1])
    extent = float(np.percentile(dist, 90)) or float(dist.max()) or 1.0
    xy /= 2 * extent
    far = dist / (2 * extent) > 0.5
    xy[far] *= (0.5 / (dist[far] / (2 * extent)))[:, None]
    return {node: (float(x), float(y)) for node, (x, y) in zip(coords, xy)}


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
    # igraph draws from a Python RNG: a seeded one makes layouts reproducible
    ig.set_random_number_generator(rng)
    try:
        layout = g.layout_fruchterman_reingold(weights=weights, niter=300, seed=start, grid=True)
    finally:
        ig.set_random_number_generator(random)
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, layout.coords)}


def silhouette(positions: Mapping[Hashable, tuple[float, float]], groups: Mapping) -> float:
    """The mean silhouette of node positions grouped by ``groups`` (−1 to 1; higher: apart).

    Groups of one node and nodes without a group are left out; fewer than two groups
    give ``nan``.

    Examples
    --------
    >>> pos = {1: (0, 0), 2: (0, 1), 3: (10, 0), 4: (10, 1)}
    >>> round(silhouette(pos, {1: "a", 2: "a", 3: "b", 4: "b"}), 2)
    0.9
    """
    from scipy.spatial.distance import cdist

    sizes: dict = defaultdict(int)
    for v in positions:
        if v in groups:
            sizes[groups[v]] += 1
    nodes = [v for v in positions if v in groups and sizes[groups[v]] > 1]
    labels = sorted({groups[v] for v in nodes}, key=str)
    if len(labels) < 2:
        return float("nan")
    code = {g: k for k, g in enumerate(labels)}
    y = np.array([code[groups[v]] for v in nodes])
    xy = np.array([positions[v] for v in nodes], dtype=float)
    d = cdist(xy, xy)
    mean_to = np.stack([d[:, y == k].sum(axis=1) for k in range(len(labels))], axis=1)
    counts = np.bincount(y, minlength=len(labels)).astype(float)
    own = counts[y]
    a = mean_to[np.arange(len(y)), y] / (own - 1)
    other = mean_to / counts
    other[np.arange(len(y)), y] = np.inf
    b = other.min(axis=1)
    top = np.maximum(a, b)
    s = np.divide(b - a, top, out=np.zeros_like(top), where=top > 0)  # coincident nodes: 0
    return float(np.mean(s))
