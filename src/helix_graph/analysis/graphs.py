"""Graphs built from the network tables: collaboration, multipartite, project, country.

Ties are products of the sparse participation matrix B (organisations × projects): BBᵀ
ties organisations, BᵀB projects (a project with 60 partners makes 1,770 ties), never a
Python loop per tie.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd

from helix_graph.analysis.engines import GraphView, TieValues
from helix_graph.analysis.network import Network, positions
from helix_graph.store.collector import collector_paused

__all__ = [
    "collaboration_view",
    "project_view",
    "collaboration_edges",
    "collaboration_graph",
    "multipartite_graph",
    "project_graph",
    "country_graph",
    "incidence",
    "tie_projects",
]

ORGANISATION_ATTRIBUTES = ("name", "kind", "helix_sector", "country", "city")


def incidence(network: Network):
    """The organisation × project participation matrix B (CSR, ones), rows and columns in table order."""
    import scipy.sparse as sp

    parts = network.participations
    rows = positions(parts["organisation"], network.organisations["id"])
    cols = positions(parts["project"], network.projects["id"])
    B = sp.csr_matrix(
        (np.ones(len(rows)), (rows, cols)),
        shape=(len(network.organisations), len(network.projects)),
    )
    B.data[:] = 1.0  # a participation listed twice counts once
    return B


def _projection(B, min_weight: int) -> tuple[np.ndarray, np.ndarray]:
    """The ties of BBᵀ above the diagonal with at least ``min_weight``: (pairs of rows, weights), by (row, column)."""
    import scipy.sparse as sp

    upper = sp.triu(B @ B.T, k=1, format="csr")
    upper.sort_indices()
    W = upper.tocoo()
    keep = W.data >= min_weight
    return np.column_stack([W.row[keep], W.col[keep]]).astype(np.int64), np.rint(
        W.data[keep]
    ).astype(np.int64)


def collaboration_view(network: Network, min_weight: int | None = None) -> GraphView:
    """The organisation collaboration graph as a :class:`GraphView`: ties from the sparse product BBᵀ.

    The same graph as :func:`collaboration_graph` (``view.nx`` is that NetworkX graph, built
    on first use), without a Python loop per tie: with B the organisation × project
    incidence matrix, the weight of the tie between organisations i and j is (BBᵀ)ᵢⱼ, the
    projects they share. The ties' ``projects`` are found when first asked for.
    """
    min_weight = network.filters.min_weight if min_weight is None else int(min_weight)
    B = incidence(network)
    edges, weights = _projection(B, min_weight)
    organisations = network.organisations
    columns = [c for c in ORGANISATION_ATTRIBUTES if c in organisations.columns]
    view = GraphView(
        organisations["id"].tolist(),
        edges,
        weights,
        attributes=organisations[columns],
        kind="collaboration",
    )
    view.edge_data["projects"] = TieValues(
        lambda chosen: tie_projects(
            network,
            view.edges if chosen is None else view.edges[chosen],
            view.weights if chosen is None else view.weights[chosen],
            matrix=B,
        )
    )
    view.memo["incidence"] = B  # rows in node order: what a measure of projects reads
    return view


def shared_ids(
    matrix, ids: np.ndarray, edges: np.ndarray, counts: np.ndarray, *, as_text: bool = False
):
    """For each pair of rows in ``edges``, the ids of the columns both have (in column order).

    ``counts`` is how many each pair shares (the tie's weight). Returns a list with a tuple
    per pair or, with ``as_text``, an Arrow string array of the ids joined by ';' (as files
    hold them: joined in Arrow's kernels, no Python object per pair).
    """
    from helix_graph.analysis.kernels import shared_columns

    flat = shared_columns(matrix, edges, counts)
    if as_text:
        import pyarrow as pa
        import pyarrow.compute as pc

        offsets = np.r_[0, np.cumsum(counts)].astype(np.int64)
        names = _arrow_text(ids).take(pa.array(flat))
        lists = pa.LargeListArray.from_arrays(pa.array(offsets), names)
        return pc.binary_join(lists, pa.scalar(";", pa.large_string()))
    names = np.asarray(ids, dtype=object)[flat]
    starts = np.r_[0, np.cumsum(counts)[:-1]] if len(counts) else np.zeros(0, dtype=np.int64)
    single, several = np.flatnonzero(counts == 1), np.flatnonzero(counts > 1)
    with collector_paused():  # millions of small objects
        out: list = [()] * len(counts)
        # most ties share one project: no slice for those
        for position, name in zip(single.tolist(), names[starts[single]].tolist()):
            out[position] = (name,)
        listed = names.tolist()
        for position, start, count in zip(
            several.tolist(), starts[several].tolist(), counts[several].tolist()
        ):
            out[position] = tuple(listed[start : start + count])
    return out


def _arrow_text(ids):
    """``ids`` as an Arrow (large) string array; ids that are not text are written as text."""
    import pyarrow as pa

    ids = np.asarray(ids, dtype=object)
    try:
        return pa.array(ids, type=pa.large_string())
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        return pa.array([str(i) for i in ids], type=pa.large_string())


def tie_projects(
    network: Network,
    edges: np.ndarray,
    weights: np.ndarray,
    *,
    as_text: bool = False,
    matrix=None,
) -> list:
    """The shared project ids (a tuple, in table order; or ';'-joined text in an Arrow array) of each tie of ``edges``.

    ``edges`` are pairs of organisation positions and ``weights`` their shared-project
    counts (both from :func:`collaboration_view`); each tie's projects are the
    intersection of its two rows of the incidence matrix (``matrix``, when the caller has
    it already), by a compiled merge.
    """
    return shared_ids(
        incidence(network) if matrix is None else matrix,
        network.projects["id"].to_numpy(),
        np.asarray(edges, dtype=np.int64),
        np.asarray(weights, dtype=np.int64),
        as_text=as_text,
    )


def collaboration_edges(
    network: Network,
    min_weight: int | None = None,
    *,
    with_projects: bool = True,
    view: GraphView | None = None,
    projects_as_text: bool = False,
) -> pd.DataFrame:
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
    projects_as_text : bool, default False
        The table as files hold it: ``projects`` as the ids joined by ';', and the text
        columns in Arrow (several times faster to build and write at millions of ties).
    view : GraphView, optional
        The network's :func:`collaboration_view`, when it exists already.

    Returns
    -------
    DataFrame
        source, target (organisation ids, source < target by position in
        ``network.organisations``), weight, and projects.
    """
    view = collaboration_view(network, min_weight) if view is None else view
    if projects_as_text and view.m:
        import pyarrow as pa

        orgs = _arrow_text(view.nodes)
        frame = pd.DataFrame(
            {
                "source": pd.arrays.ArrowExtensionArray(orgs.take(pa.array(view.edges[:, 0]))),
                "target": pd.arrays.ArrowExtensionArray(orgs.take(pa.array(view.edges[:, 1]))),
                "weight": view.weights.astype(np.int64),
            }
        )
        if with_projects:
            projects = tie_projects(
                network,
                view.edges,
                view.weights,
                as_text=True,
                matrix=view.memo.get("incidence"),  # the view's own, when it was built from B
            )
            frame["projects"] = pd.arrays.ArrowExtensionArray(projects)
        return frame
    orgs = np.asarray(view.nodes, dtype=object)
    # ids kept as Python objects: a text dtype would convert millions of them here and back when written
    frame = pd.DataFrame(
        {
            "source": pd.Series(orgs[view.edges[:, 0]] if view.m else [], dtype=object),
            "target": pd.Series(orgs[view.edges[:, 1]] if view.m else [], dtype=object),
            "weight": view.weights.astype(np.int64),
        }
    )
    if with_projects:
        frame["projects"] = view.edge_attribute("projects") if view.m else []
    return frame


def _organisation_nodes(network: Network) -> list[tuple[str, dict]]:
    table = network.organisations
    columns = [c for c in ORGANISATION_ATTRIBUTES if c in table.columns]
    records = table[columns].astype(object).where(table[columns].notna(), None).to_dict("records")
    return [
        (node_id, {k: v for k, v in attrs.items() if v is not None})
        for node_id, attrs in zip(table["id"], records)
    ]


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
    return collaboration_view(network, min_weight).nx


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
        G.add_node(
            f"organisation:{node_id}", label="Organisation", id=node_id, bipartite=0, **attrs
        )
        if attrs.get("country"):
            code = attrs["country"]
            G.add_node(
                f"country:{code}", label="Country", id=code, name=country_name(code), bipartite=2
            )
            G.add_edge(f"organisation:{node_id}", f"country:{code}", type="BASED_IN")
        if attrs.get("helix_sector") in HELIX_SECTORS:  # not "unknown": no sector node
            sector = attrs["helix_sector"]
            G.add_node(
                f"sector:{sector}",
                label="HelixSector",
                id=sector,
                name=HELIX_SECTORS[sector],
                bipartite=3,
            )
            G.add_edge(f"organisation:{node_id}", f"sector:{sector}", type="IN_SECTOR")
    for row in network.projects.itertuples(index=False):
        attrs = {
            k: v
            for k, v in row._asdict().items()
            if v is not None and not (isinstance(v, float) and np.isnan(v))
        }
        attrs["name"] = attrs.get("acronym") or row.id
        G.add_node(f"project:{row.id}", label="Project", bipartite=1, **attrs)
        if attrs.get("programme"):
            G.add_node(
                f"programme:{row.programme}",
                label="Programme",
                id=row.programme,
                name=row.programme,
                bipartite=4,
            )
            G.add_edge(f"project:{row.id}", f"programme:{row.programme}", type="FUNDED_BY")
    for org, project, role in network.participations[
        ["organisation", "project", "role"]
    ].itertuples(index=False):
        attrs = {"type": "PARTICIPATES_IN"}
        if role is not None and role == role:
            attrs["role"] = role
        G.add_edge(f"organisation:{org}", f"project:{project}", **attrs)
    return G


def project_view(
    network: Network, min_weight: int = 1, *, with_organisations: bool = True
) -> GraphView:
    """Projects tied by shared partners, as a :class:`GraphView` (ties from the sparse product BᵀB).

    See :func:`project_graph`; ``view.nx`` is that graph, built on first use.
    """
    B = incidence(network).T.tocsr()
    edges, weights = _projection(B, min_weight)
    projects = network.projects
    attributes = projects.drop(columns="id").assign(partners=np.diff(B.indptr).astype(np.int64))
    view = GraphView(projects["id"].tolist(), edges, weights, attributes=attributes, kind="project")
    if with_organisations and len(edges):
        view.edge_data["organisations"] = TieValues(
            lambda chosen: shared_ids(
                B,
                network.organisations["id"].to_numpy(),
                view.edges if chosen is None else view.edges[chosen],
                view.weights if chosen is None else view.weights[chosen],
            )
        )
    return view


def project_graph(
    network: Network, min_weight: int = 1, *, with_organisations: bool = True
) -> nx.Graph:
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
    return project_view(network, min_weight, with_organisations=with_organisations).nx


def country_graph(network: Network, view: GraphView | None = None) -> nx.Graph:
    """Countries tied by cross-country collaboration ties.

    ``weight`` is the number of organisation pairs (summed over shared projects) that tie
    the two countries; each node's ``domestic`` attribute counts ties inside the country
    and ``organisations`` how many organisations are based there.

    Parameters
    ----------
    network : Network
    view : GraphView, optional
        The network's :func:`collaboration_view`, when it exists already.
    """
    from helix_graph.model import country_name

    view = collaboration_view(network) if view is None else view
    G = nx.Graph(kind="country")
    counts = network.organisations["country"].dropna().value_counts()
    names = counts.index.tolist()  # a list: an Arrow-backed index is slow to read item by item
    for code, n in zip(names, counts.tolist()):
        G.add_node(code, name=country_name(code), organisations=int(n), domestic=0)
    if not view.m:
        return G
    codes = view.codes("country", names)
    a, b = codes[view.edges[:, 0]], codes[view.edges[:, 1]]
    placed = (a >= 0) & (b >= 0)
    lo, hi = np.minimum(a, b)[placed], np.maximum(a, b)[placed]
    k = len(counts)
    totals = np.bincount(lo * k + hi, weights=view.weights[placed].astype(float), minlength=k * k)
    keys = np.flatnonzero(totals)
    for s, t, w in zip(
        (keys // k).tolist(), (keys % k).tolist(), np.rint(totals[keys]).astype(np.int64).tolist()
    ):
        if s == t:
            G.nodes[names[s]]["domestic"] = w
        else:
            G.add_edge(names[s], names[t], weight=w)
    return G
