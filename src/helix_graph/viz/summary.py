"""Views of a graph too large to draw node by node (see :mod:`helix_graph.viz.views`).

Groups (communities, countries, sectors) as super-nodes, or the top N nodes by a metric.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping

import networkx as nx

__all__ = ["summarised_graph", "top_nodes_graph"]


def summarised_graph(
    graph: nx.Graph,
    group_of: Mapping[Hashable, Hashable],
    *,
    weight: str = "weight",
    group_names: Mapping[Hashable, str] | None = None,
    describe: Mapping[Hashable, str] | None = None,
) -> nx.Graph:
    """One super-node per group; ties between groups summed.

    Parameters
    ----------
    graph : networkx.Graph
        The graph to summarise.
    group_of : mapping
        node → group (a community number, a country code…). Nodes missing from it form
        the group ``"(none)"``.
    weight : str, default "weight"
        Edge attribute summed between groups (1 when absent).
    group_names : mapping, optional
        group → display name.
    describe : mapping, optional
        node → display name, used to list each group's best-connected members.

    Returns
    -------
    networkx.Graph
        Nodes carry ``name``, ``members`` (count), ``internal_ties`` and ``top_members``;
        edges carry ``weight`` (summed) and ``ties`` (number of node-level ties).

    Examples
    --------
    >>> g = nx.Graph([(1, 2), (2, 3), (3, 4)])
    >>> s = summarised_graph(g, {1: "a", 2: "a", 3: "b", 4: "b"})
    >>> sorted(s.nodes(data="members")), s["a"]["b"]["weight"]
    ([('a', 2), ('b', 2)], 1.0)
    """
    members: dict[Hashable, list] = defaultdict(list)
    for node in graph:
        members[group_of.get(node, "(none)")].append(node)
    internal: Counter = Counter()
    between: dict[tuple, list[float]] = {}
    for u, v, w in graph.edges(data=weight, default=1.0):
        gu, gv = group_of.get(u, "(none)"), group_of.get(v, "(none)")
        if gu == gv:
            internal[gu] += 1
            continue
        key = (gu, gv) if str(gu) <= str(gv) else (gv, gu)
        pair = between.setdefault(key, [0.0, 0])
        pair[0] += float(w if w is not None else 1.0)
        pair[1] += 1
    summary = nx.Graph()
    degree = dict(graph.degree())
    for group, nodes in members.items():
        top = sorted(nodes, key=lambda n: degree[n], reverse=True)[:5]
        summary.add_node(
            group,
            name=str(group_names.get(group, group)) if group_names else str(group),
            members=len(nodes),
            internal_ties=internal[group],
            top_members=", ".join(str(describe.get(n, n)) if describe else str(n) for n in top),
        )
    for (gu, gv), (total, ties) in between.items():
        summary.add_edge(gu, gv, weight=total, ties=ties)
    return summary


def top_nodes_graph(graph: nx.Graph, scores: Mapping[Hashable, float], n: int) -> nx.Graph:
    """The subgraph induced by the ``n`` nodes with the highest scores (ties by node order).

    Examples
    --------
    >>> g = nx.star_graph(4)
    >>> sorted(top_nodes_graph(g, nx.degree_centrality(g), 2))
    [0, 1]
    """
    ranked = sorted(graph, key=lambda node: scores.get(node, 0.0) or 0.0, reverse=True)[:n]
    return graph.subgraph(ranked).copy()
