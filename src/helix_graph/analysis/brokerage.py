"""Brokerage: Burt's constraint and effective size, Gould–Fernandez brokerage roles."""

from __future__ import annotations

from itertools import combinations

import networkx as nx
import numpy as np
import pandas as pd

from helix_graph.analysis.engines import GraphView, as_view, choose_engine

__all__ = ["BROKERAGE_ROLES", "structural_holes", "brokerage_roles", "brokerage"]

BROKERAGE_ROLES = ("coordinator", "itinerant", "gatekeeper_representative", "liaison")
"""Gould–Fernandez roles for undirected ties; gatekeeper and representative are merged."""


def structural_holes(G: nx.Graph, *, engine: str = "auto") -> pd.DataFrame:
    """Burt's constraint and effective size of every node.

    Parameters
    ----------
    G : networkx.Graph
        Undirected; constraint uses the tie weights (``weight``, default 1), effective size
        the ties only.
    engine : {"auto", "networkx", "igraph"}

    Returns
    -------
    DataFrame
        id, constraint (0–1+, high = the node's partners are tied to each other, so it
        depends on one closed group), effective_size (partners minus their redundancy:
        d − 2t/d with t the ties among its d partners, Borgatti's form of Burt's measure).
        An isolate has constraint 1.0 (it depends entirely on whoever it meets next) and
        effective size 0.0, so no value is NaN.

    Examples
    --------
    >>> structural_holes(nx.star_graph(3), engine="networkx").round(3).values.tolist()
    [[0, 0.333, 3.0], [1, 1.0, 1.0], [2, 1.0, 1.0], [3, 1.0, 1.0]]

    References
    ----------
    .. [1] Burt, R. S. (1992). Structural Holes: The Social Structure of Competition.
       Harvard University Press. https://doi.org/10.4159/9780674029095
    .. [2] Borgatti, S. P. (1997). Structural holes: unpacking Burt's redundancy measures.
       Connections 20(1), 35–38.
    """
    engine = choose_engine(G, engine)
    view = as_view(G)
    nodes = view.nodes
    if not nodes:
        return pd.DataFrame(
            {
                "id": pd.Series([], dtype=object),
                "constraint": pd.Series([], dtype=float),
                "effective_size": pd.Series([], dtype=float),
            }
        )
    if engine == "networkx":
        G = view.nx
        constraint = nx.constraint(G, weight="weight")
        c = np.array([constraint[v] for v in nodes], dtype=float)
        degree = np.array([G.degree(v) for v in nodes], dtype=float)
        tri = nx.triangles(G)
        t = np.array([tri[v] for v in nodes], dtype=float)
    else:
        c, t, _ = _ego(view, None)
        degree = view.degree.astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        effective = np.where(degree > 0, degree - 2 * t / np.where(degree > 0, degree, 1), 0.0)
    c = np.where(degree > 0, np.nan_to_num(c, nan=1.0), 1.0)
    return pd.DataFrame(
        {"id": pd.Series(nodes, dtype=object), "constraint": c, "effective_size": effective}
    )


def _group_codes(view: GraphView, attribute: str) -> np.ndarray:
    values = view.attribute(attribute)
    return pd.Categorical([("\0missing" if v is None else v) for v in values]).codes.astype(
        np.int64
    )


def _roles_brute_force(G: nx.Graph, nodes: list, group: np.ndarray) -> np.ndarray:
    index = {v: i for i, v in enumerate(nodes)}
    out = np.zeros((len(nodes), 4), dtype=np.int64)
    for i, b in enumerate(nodes):
        for a, c in combinations(G[b], 2):
            if a == b or c == b or G.has_edge(a, c):
                continue
            ga, gb, gc = group[index[a]], group[i], group[index[c]]
            if ga == gb == gc:
                out[i, 0] += 1
            elif ga == gc:
                out[i, 1] += 1
            elif ga == gb or gc == gb:
                out[i, 2] += 1
            else:
                out[i, 3] += 1
    return out


def _ego(view: GraphView, attribute: str | None, group: np.ndarray | None = None):
    """Constraint, triangles and tied pairs by role (one compiled pass, shared through the view)."""
    from helix_graph.analysis.kernels import ego_measures

    key = ("ego", attribute)
    if key not in view.memo:
        # a pass made for one grouping serves structural_holes (which ignores groups) too
        reuse = (
            next((v for k, v in view.memo.items() if k[0] == "ego"), None)
            if attribute is None
            else None
        )
        if reuse is None and attribute is not None and group is None:
            group = _group_codes(view, attribute)
        view.memo[key] = reuse or ego_measures(view.adjacency, group)
    return view.memo[key]


def _roles_compiled(view: GraphView, attribute: str, group: np.ndarray) -> np.ndarray:
    """Pair counts from the groups of each node's partners, minus the pairs that are tied."""
    import scipy.sparse as sp

    n = view.n
    k = int(group.max()) + 1 if n else 0
    adjacency = (view.adjacency != 0).astype(np.float64)
    onehot = sp.csr_matrix((np.ones(n), (np.arange(n), group)), shape=(n, k))
    counts = np.asarray((adjacency @ onehot).todense(), dtype=np.int64)  # partners per group
    rows = np.arange(n)
    d = counts.sum(axis=1)
    same = counts[rows, group]
    other = d - same
    sq_other = (counts**2).sum(axis=1) - same**2
    pairs = np.column_stack(
        [
            same * (same - 1) // 2,
            ((counts * (counts - 1)) // 2).sum(axis=1) - same * (same - 1) // 2,
            same * other,
            (other**2 - sq_other) // 2,
        ]
    )
    _, _, tied = _ego(view, attribute, group)
    return pairs - tied


def brokerage_roles(
    G: nx.Graph, attribute: str = "helix_sector", *, engine: str = "auto"
) -> pd.DataFrame:
    """Gould–Fernandez brokerage roles of every node, with ``attribute`` as the group.

    A node B brokers between two of its partners A and C who are not tied to each other.
    The role depends on the groups (helix sectors, or countries) of A, B and C:

    - coordinator: all three in the same group;
    - itinerant (consultant): A and C in one group, B in another;
    - gatekeeper_representative: B shares its group with exactly one of A and C;
    - liaison: all three in different groups.

    Gould and Fernandez define roles on *directed* ties; partnership ties are undirected,
    so a gatekeeper (A outside → B, C inside) cannot be told from a representative
    (A inside → B → C outside), and the two are reported together. Each unordered pair
    {A, C} counts once.

    Parameters
    ----------
    G : networkx.Graph
    attribute : str, default "helix_sector"
        A node attribute; nodes without it form one "missing" group.
    engine : {"auto", "networkx", "igraph"}
        ``networkx`` enumerates every pair; ``igraph`` subtracts the tied pairs, counted in
        one compiled pass, from pair counts (same result, much faster on large graphs).

    Returns
    -------
    DataFrame
        id, the four roles of :data:`BROKERAGE_ROLES` (counts of brokered pairs) and
        ``brokerage`` (their sum).

    Examples
    --------
    >>> G = nx.path_graph(3)
    >>> nx.set_node_attributes(G, {0: "academia", 1: "industry", 2: "academia"}, "helix_sector")
    >>> brokerage_roles(G, engine="networkx").loc[1, ["itinerant", "brokerage"]].tolist()
    [1, 1]

    References
    ----------
    .. [1] Gould, R. V., Fernandez, R. M. (1989). Structures of mediation: a formal approach
       to brokerage in transaction networks. Sociological Methodology 19, 89–126.
       https://doi.org/10.2307/270949
    """
    engine = choose_engine(G, engine)
    view = as_view(G)
    nodes = view.nodes
    columns = ["id", *BROKERAGE_ROLES, "brokerage"]
    if not nodes:
        return pd.DataFrame(columns=columns)
    group = _group_codes(view, attribute)
    counts = (
        _roles_brute_force(view.nx, nodes, group)
        if engine == "networkx"
        else _roles_compiled(view, attribute, group)
    )
    frame = pd.DataFrame(counts, columns=list(BROKERAGE_ROLES))
    frame.insert(0, "id", pd.Series(nodes, dtype=object))
    frame["brokerage"] = counts.sum(axis=1)
    return frame


def brokerage(
    G: nx.Graph | GraphView, attribute: str = "helix_sector", *, engine: str = "auto"
) -> pd.DataFrame:
    """Constraint, effective size and Gould–Fernandez roles in one table (see both functions)."""
    view = as_view(G)
    roles = brokerage_roles(
        view, attribute, engine=engine
    )  # first: its pass serves structural_holes too
    return structural_holes(view, engine=engine).merge(roles, on="id", how="left")
