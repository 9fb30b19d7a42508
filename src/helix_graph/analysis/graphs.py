"""Graphs built from the network tables: collaboration, multipartite, project, country.

Ties are computed with grouped NumPy code from the participation table (a project with
60 partners makes 1,770 ties), never with a Python loop per tie.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd

from helix_graph.analysis.network import Network

__all__ = [
    "collaboration_edges",
    "collaboration_graph",
    "multipartite_graph",
    "project_graph",
    "country_graph",
    "co_membership_pairs",
    "attach_edges",
    "graph_from_edges",
]

ORGANISATION_ATTRIBUTES = ("name", "kind", "helix_sector", "country", "city")


def co_membership_pairs(members: np.ndarray, groups: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every unordered pair of members that share a group, once per shared group.

    Parameters
    ----------
    members, groups : ndarray of int
        Equal-length integer codes: member ``members[i]`` belongs to group ``groups[i]``
        (duplicates are removed first).

    Returns
    -------
    (a, b, group) : tuple of ndarray
        ``a < b``; one row per pair and shared group.

    Examples
    --------
    >>> a, b, g = co_membership_pairs(np.array([0, 1, 2, 1]), np.array([0, 0, 0, 1]))
    >>> sorted(zip(a.tolist(), b.tolist()))
    [(0, 1), (0, 2), (1, 2)]
    """
    if len(members) == 0:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, empty
    pairs = np.unique(np.stack([np.asarray(groups, np.int64), np.asarray(members, np.int64)], axis=1), axis=0)
    groups, members = pairs[:, 0], pairs[:, 1]
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
    sizes = np.diff(np.r_[starts, len(groups)])
    out_a, out_b, out_g = [], [], []
    for size in np.unique(sizes):
        if size < 2:
            continue
        first = starts[sizes == size]
        block = members[first[:, None] + np.arange(size)[None, :]]  # one row per group of this size
        i, j = np.triu_indices(size, 1)
        out_a.append(block[:, i].ravel())
        out_b.append(block[:, j].ravel())
        out_g.append(np.repeat(groups[first], len(i)))
    if not out_a:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, empty
    a, b, g = np.concatenate(out_a), np.concatenate(out_b), np.concatenate(out_g)
    return np.minimum(a, b), np.maximum(a, b), g


def _codes(values: pd.Series, categories) -> np.ndarray:
    return pd.Categorical(values, categories=categories).codes.astype(np.int64)


def collaboration_edges(network: Network, min_weight: int | None = None, *, with_projects: bool = True) -> pd.DataFrame:
    """The organisation collaboration ties as a table.

    Two organisations are tied when they take part in the same project; the weight is the
    number of projects they share.

    Parameters
    ----------
    network : Network
    min_weight : int, optional
        Keep ties with at least this many shared projects (default: the network's filter).
    with_projects : bool, default True
        Add the ``projects`` column (a tuple of project ids per tie).

    Returns
    -------
    DataFrame
        source, target (organisation ids, source < target by position in
        ``network.organisations``), weight, and projects.
    """
    min_weight = network.filters.min_weight if min_weight is None else int(min_weight)
    orgs = network.organisations["id"].to_numpy()
    project_ids = network.projects["id"].to_numpy()
    parts = network.participations
    a, b, g = co_membership_pairs(_codes(parts["organisation"], orgs), _codes(parts["project"], project_ids))
    n = max(len(orgs), 1)
    key = a * n + b
    order = np.lexsort((g, key))  # by tie, then shared projects in table order
    key, g = key[order], g[order]
    unique, first, weight = np.unique(key, return_index=True, return_counts=True)
    keep = weight >= min_weight
    frame = pd.DataFrame({"source": orgs[unique[keep] // n] if len(unique) else np.empty(0, object),
                          "target": orgs[unique[keep] % n] if len(unique) else np.empty(0, object),
                          "weight": weight[keep].astype(np.int64)})
    if with_projects:
        frame["projects"] = _shared_groups(project_ids, g, first, weight, keep)
    return frame


def _shared_groups(ids: np.ndarray, g: np.ndarray, first: np.ndarray, count: np.ndarray,
                   keep: np.ndarray) -> list[tuple]:
    """The ids shared by each kept pair, as tuples; most pairs share one, which is fast-pathed."""
    kept = np.flatnonzero(keep)
    names = ids[g].tolist() if len(g) else []
    out: list[tuple] = [()] * len(kept)
    single = count[kept] == 1
    starts = first[kept]
    for position, start in zip(np.flatnonzero(single).tolist(), starts[single].tolist()):
        out[position] = (names[start],)
    for position, start, n in zip(np.flatnonzero(~single).tolist(), starts[~single].tolist(),
                                  count[kept][~single].tolist()):
        out[position] = tuple(names[start:start + n])
    return out


def _organisation_nodes(network: Network) -> list[tuple[str, dict]]:
    table = network.organisations
    columns = [c for c in ORGANISATION_ATTRIBUTES if c in table.columns]
    records = table[columns].astype(object).where(table[columns].notna(), None).to_dict("records")
    return [(node_id, {k: v for k, v in attrs.items() if v is not None})
            for node_id, attrs in zip(table["id"], records)]


def collaboration_graph(network: Network, min_weight: int | None = None) -> nx.Graph:
    """The organisation collaboration graph.

    Parameters
    ----------
    network : Network
        From :func:`read_network`.
    min_weight : int, optional
        Keep ties with at least this many shared projects (default: the network's filter,
        1). Organisations are kept even when they lose all their ties.

    Returns
    -------
    networkx.Graph
        Nodes: organisation ids with name, kind, helix_sector, country, city.
        Edges: ``weight`` (shared projects) and ``projects`` (their ids).

    Examples
    --------
    >>> import pandas as pd
    >>> from helix_graph.analysis.network import Network
    >>> net = Network(pd.DataFrame({"id": ["a", "b", "c"], "name": ["A", "B", "C"]}),
    ...               pd.DataFrame({"id": ["p", "q"]}),
    ...               pd.DataFrame({"organisation": ["a", "b", "c", "a", "b"],
    ...                             "project": ["p", "p", "p", "q", "q"], "role": None}))
    >>> G = collaboration_graph(net)
    >>> G["a"]["b"]
    {'weight': 2, 'projects': ('p', 'q')}
    """
    edges = collaboration_edges(network, min_weight)
    return graph_from_edges(network, edges)


def graph_from_edges(network: Network, edges: pd.DataFrame) -> nx.Graph:
    """The collaboration graph of ``network`` with the ties of ``edges`` (source, target, weight[, projects])."""
    G = nx.Graph(kind="collaboration")
    G.add_nodes_from(_organisation_nodes(network))
    adjacency = G._adj  # filled directly: add_edges_from costs seconds at 800,000 ties
    columns = [edges["source"].tolist(), edges["target"].tolist(), edges["weight"].tolist()]
    if "projects" in edges:
        for s, t, w, p in zip(*columns, edges["projects"].tolist()):
            adjacency[s][t] = adjacency[t][s] = {"weight": w, "projects": p}
    else:
        for s, t, w in zip(*columns):
            adjacency[s][t] = adjacency[t][s] = {"weight": w}
    nx._clear_cache(G)
    attach_edges(G, edges)
    return G


def attach_edges(G: nx.Graph, edges: pd.DataFrame) -> None:
    """Cache the igraph copy of ``G`` built from its edge table (see :func:`attach_igraph`)."""
    from helix_graph.analysis.engines import attach_igraph

    nodes = list(G)
    index = pd.Index(nodes)
    pairs = np.column_stack([index.get_indexer(edges["source"]), index.get_indexer(edges["target"])])
    attach_igraph(G, pairs, edges["weight"].to_numpy(dtype=float), nodes)


def multipartite_graph(network: Network) -> nx.Graph:
    """Every node kind in one graph: organisations, projects, countries, sectors, programmes.

    Node ids are prefixed by their kind (``organisation:ID``, ``project:ID``,
    ``country:SI``, ``sector:academia``, ``programme:ID``) so ids never clash; every node
    has ``label`` (Organisation, Project, Country, HelixSector, Programme), ``id`` and
    ``name``. Edges carry ``type`` (PARTICIPATES_IN with ``role``, BASED_IN, IN_SECTOR,
    FUNDED_BY).
    """
    from helix_graph.model import HELIX_SECTORS, country_name

    G = nx.Graph(kind="multipartite")
    for node_id, attrs in _organisation_nodes(network):
        G.add_node(f"organisation:{node_id}", label="Organisation", id=node_id, bipartite=0, **attrs)
        if attrs.get("country"):
            code = attrs["country"]
            G.add_node(f"country:{code}", label="Country", id=code, name=country_name(code), bipartite=2)
            G.add_edge(f"organisation:{node_id}", f"country:{code}", type="BASED_IN")
        if attrs.get("helix_sector"):
            sector = attrs["helix_sector"]
            G.add_node(f"sector:{sector}", label="HelixSector", id=sector, name=HELIX_SECTORS[sector], bipartite=3)
            G.add_edge(f"organisation:{node_id}", f"sector:{sector}", type="IN_SECTOR")
    for row in network.projects.itertuples(index=False):
        attrs = {k: v for k, v in row._asdict().items() if v is not None and not (isinstance(v, float) and np.isnan(v))}
        attrs["name"] = attrs.get("acronym") or row.id
        G.add_node(f"project:{row.id}", label="Project", bipartite=1, **attrs)
        if attrs.get("programme"):
            G.add_node(f"programme:{row.programme}", label="Programme", id=row.programme, name=row.programme,
                       bipartite=4)
            G.add_edge(f"project:{row.id}", f"programme:{row.programme}", type="FUNDED_BY")
    for org, project, role in network.participations[["organisation", "project", "role"]].itertuples(index=False):
        attrs = {"type": "PARTICIPATES_IN"}
        if role is not None and role == role:
            attrs["role"] = role
        G.add_edge(f"organisation:{org}", f"project:{project}", **attrs)
    return G


def project_graph(network: Network, min_weight: int = 1, *, with_organisations: bool = True) -> nx.Graph:
    """Projects tied by shared partners.

    Parameters
    ----------
    network : Network
    min_weight : int, default 1
        Keep ties with at least this many shared organisations.
    with_organisations : bool, default True
        Put the shared organisations' ids on each tie (``organisations``).

    Returns
    -------
    networkx.Graph
        Nodes: project ids with acronym, title, programme, dates and ``partners``;
        edges: ``weight`` (shared organisations) and ``organisations``.
    """
    projects = network.projects["id"].to_numpy()
    orgs = network.organisations["id"].to_numpy()
    parts = network.participations
    a, b, g = co_membership_pairs(_codes(parts["project"], projects), _codes(parts["organisation"], orgs))
    G = nx.Graph(kind="project")
    sizes = parts.groupby("project").size()
    for row in network.projects.itertuples(index=False):
        attrs = {k: v for k, v in row._asdict().items() if k != "id" and v is not None and v == v}
        G.add_node(row.id, partners=int(sizes.get(row.id, 0)), **attrs)
    if not len(a):
        return G
    n = max(len(projects), 1)
    key = a * n + b
    order = np.lexsort((g, key))  # by tie, then shared projects in table order
    key, g = key[order], g[order]
    unique, first, weight = np.unique(key, return_index=True, return_counts=True)
    keep = np.flatnonzero(weight >= min_weight)
    shared = np.split(orgs[g], first[1:]) if with_organisations else None
    G.add_edges_from(
        (projects[unique[i] // n], projects[unique[i] % n],
         {"weight": int(weight[i]), **({"organisations": tuple(shared[i])} if with_organisations else {})})
        for i in keep)
    return G


def country_graph(network: Network, edges: pd.DataFrame | None = None) -> nx.Graph:
    """Countries tied by cross-country collaboration ties.

    ``weight`` is the number of organisation pairs (summed over shared projects) that tie
    the two countries; each node's ``domestic`` attribute counts ties inside the country
    and ``organisations`` how many organisations are based there.
    """
    from helix_graph.model import country_name

    edges = collaboration_edges(network, with_projects=False) if edges is None else edges
    country = dict(zip(network.organisations["id"], network.organisations["country"]))
    G = nx.Graph(kind="country")
    counts = network.organisations["country"].dropna().value_counts()
    for code, n in counts.items():
        G.add_node(code, name=country_name(code), organisations=int(n), domestic=0)
    if edges.empty:
        return G
    frame = pd.DataFrame({"a": edges["source"].map(country), "b": edges["target"].map(country),
                          "w": edges["weight"]}).dropna()
    lo = frame[["a", "b"]].min(axis=1)
    hi = frame[["a", "b"]].max(axis=1)
    totals = frame.assign(a=lo, b=hi).groupby(["a", "b"])["w"].sum()
    for (s, t), w in totals.items():
        if s == t:
            G.nodes[s]["domestic"] = int(w)
        else:
            G.add_edge(s, t, weight=int(w))
    return G
