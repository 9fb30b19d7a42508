"""The under-connected report: which organisations are poorly connected, and why, in words."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd

from helix_graph.analysis.engines import GraphView, as_view
from helix_graph.errors import UsageError
from helix_graph.model import HELIX_SECTORS, ORGANISATION_KINDS

__all__ = ["LOCAL_KINDS", "UNDER_CONNECTED_WEIGHTS", "under_connected", "sectors_within"]

LOCAL_KINDS = ("municipality", "region", "agency", "association", "foundation")
"""Kinds the report looks at by default: municipalities and other local actors."""

UNDER_CONNECTED_WEIGHTS = {
    "component": 0.30,  # cut off from the main network
    "degree": 0.15,  # few partners, compared with every organisation
    "core": 0.15,  # at the edge (low k-core)
    "constraint": 0.15,  # depends on one closed group
    "sector_gap": 0.15,  # sectors not reached within two steps
    "no_cross_border": 0.10,
}


def _sector_label(code: str) -> str:
    return HELIX_SECTORS[code].lower()


def sectors_within(G: nx.Graph | GraphView, steps: int = 2) -> pd.DataFrame:
    """For every node, whether each helix sector is reached within ``steps`` (1 or 2) ties, itself excluded.

    Returns
    -------
    DataFrame
        Index: node ids; one boolean column per sector.
    """
    import scipy.sparse as sp

    view = as_view(G)
    n = view.n
    sectors = list(HELIX_SECTORS)
    if n == 0:
        return pd.DataFrame(columns=sectors, dtype=bool)
    A = view.structure
    A = sp.csr_matrix((np.ones(A.nnz), A.indices, A.indptr), shape=A.shape)  # a tie counts 1
    if len(view.edges) and (view.edges[:, 0] == view.edges[:, 1]).any():
        A.setdiag(0)
        A.eliminate_zeros()
    code = view.codes("helix_sector", sectors)
    rows = np.flatnonzero(code >= 0)
    S = np.zeros((n, len(sectors)))
    S[rows, code[rows]] = 1.0
    one = A @ S  # partners per sector (a sparse matrix times a dense one: one pass over the ties)
    reach = one > 0
    if steps >= 2:
        # walks of two steps, minus those that come back to the node itself
        two = A @ one - S * np.diff(A.indptr).reshape(-1, 1)
        reach |= two > 0
    return pd.DataFrame(reach, index=pd.Index(view.nodes, dtype=object), columns=sectors)


def under_connected(
    G: nx.Graph | GraphView,
    metrics: pd.DataFrame | None = None,
    *,
    kinds=LOCAL_KINDS,
    sectors=None,
    countries=None,
    top: int | None = None,
) -> pd.DataFrame:
    """Rank organisations by how poorly they are connected, each with its reasons in words.

    The score (0 = well connected, 1 = as badly as it gets) is a weighted sum
    (:data:`UNDER_CONNECTED_WEIGHTS`) of: being cut off from the largest component
    (1 − component size / largest component size), few partners (share of organisations
    with more), a low core number (1 − core / largest core), Burt's constraint (capped
    at 1), the share of the other helix sectors not reached within two ties, and having no
    tie across a border.

    Parameters
    ----------
    G : networkx.Graph
        The collaboration graph (node attributes ``kind``, ``helix_sector``, ``country``, ``name``).
    metrics : DataFrame, optional
        With ``id``, ``degree``, ``core_number`` and ``constraint`` (from
        :func:`organisation_metrics` merged with :func:`structural_holes`); computed when
        missing.
    kinds : sequence of str or None, default :data:`LOCAL_KINDS`
        Organisation kinds to report on; ``None`` for every organisation.
    sectors, countries : sequence of str, optional
        Report only on organisations of these sectors or countries.
    top : int, optional
        Keep the ``top`` worst-connected.

    Returns
    -------
    DataFrame
        rank, id, name, kind, helix_sector, country, score, component_size, degree,
        core_number, constraint, missing_sectors, cross_border, reasons (sentences joined
        by "; "). Empty (with these columns) when no organisation matches.

    Raises
    ------
    UsageError
        For an unknown kind.
    """
    from helix_graph.analysis.brokerage import structural_holes
    from helix_graph.analysis.centrality import node_metrics

    columns = [
        "rank",
        "id",
        "name",
        "kind",
        "helix_sector",
        "country",
        "score",
        "component_size",
        "degree",
        "core_number",
        "constraint",
        "missing_sectors",
        "cross_border",
        "reasons",
    ]
    for kind in kinds or ():
        if kind not in ORGANISATION_KINDS:
            raise UsageError(
                f"kind '{kind}' is unknown; use one of {', '.join(ORGANISATION_KINDS)}"
            )
    view = as_view(G)
    nodes = view.nodes
    if not nodes:
        return pd.DataFrame(columns=columns)
    table = pd.DataFrame({"id": pd.Series(nodes, dtype=object)})
    for attr in ("name", "kind", "helix_sector", "country"):
        table[attr] = view.attribute(attr)
    table["name"] = table["name"].fillna(table["id"])
    needed = {"degree", "core_number", "constraint"}
    if metrics is None or not needed <= set(metrics.columns):
        metrics = node_metrics(view, ["degree", "core_number"]).merge(
            structural_holes(view), on="id"
        )
    table = table.merge(metrics[["id", *sorted(needed)]].drop_duplicates("id"), on="id", how="left")

    # the table's rows are the view's nodes, in node order: node measures go in by position
    membership = view.components
    sizes = np.bincount(membership)
    table["component_size"] = sizes[membership].astype(int)
    largest = int(sizes.max())
    n = len(nodes)
    reach = sectors_within(view, 2)
    table["cross_border"] = _has_foreign_partner(view)

    chosen = pd.Series(True, index=table.index)
    if kinds:
        chosen &= table["kind"].isin(kinds)
    if sectors:
        chosen &= table["helix_sector"].isin(sectors)
    if countries:
        chosen &= table["country"].isin(countries)
    degree_rank = table["degree"].rank(method="max", pct=True)  # share with at most this degree
    max_core = max(int(table["core_number"].max()), 1)
    table = table[chosen].copy()
    if table.empty:
        return pd.DataFrame(columns=columns)
    degree_rank = degree_rank[table.index]

    reached = reach.to_numpy()[table.index.to_numpy()]
    own = view.codes("helix_sector", list(HELIX_SECTORS))[table.index.to_numpy()]
    lacking = ~reached
    lacking[np.flatnonzero(own >= 0), own[own >= 0]] = False  # a node's own sector is no gap
    parts = {
        "component": np.zeros(len(table))
        if largest <= 1
        else 1 - (table["component_size"].to_numpy(float) - 1) / (largest - 1),
        "degree": 1 - degree_rank.to_numpy(float),
        "core": 1 - table["core_number"].to_numpy(float) / max_core,
        "constraint": np.minimum(table["constraint"].to_numpy(float), 1.0),
        "sector_gap": lacking.sum(axis=1) / (len(HELIX_SECTORS) - (own >= 0)),
        "no_cross_border": 1.0 - table["cross_border"].to_numpy(float),
    }
    scores = sum(UNDER_CONNECTED_WEIGHTS[k] * v for k, v in parts.items())
    # the sectors lacking, as a set of bits: each of the 16 sets named once
    sectors_all = list(HELIX_SECTORS)
    bits = lacking @ (1 << np.arange(len(sectors_all)))
    lacks_of = [
        [s for i, s in enumerate(sectors_all) if b >> i & 1] for b in range(1 << len(sectors_all))
    ]
    joined = [";".join(lacks) for lacks in lacks_of]
    # the rows the sentences read, as plain values: stepping through Arrow strings costs a
    # call per value (17,000 organisations: 0.06 s)
    read = ["component_size", "degree", "core_number", "constraint", "cross_border"]
    rows = table[read].astype(object).itertuples(index=False)
    reasons = [
        "; ".join(_reasons(row, lacks_of[b], largest, n, d_rank, max_core))
        for row, d_rank, b in zip(rows, degree_rank.tolist(), bits.tolist())
    ]
    missing = [joined[b] for b in bits.tolist()]
    table["score"] = np.round(scores, 6)
    table["missing_sectors"] = missing
    table["reasons"] = reasons
    # equal scores: the more local kind first (municipalities are who facilitators look for)
    table["_local"] = (
        table["kind"].map({k: i for i, k in enumerate(LOCAL_KINDS)}).fillna(len(LOCAL_KINDS))
    )
    table = table.sort_values(
        ["score", "_local", "degree", "id"], ascending=[False, True, True, True]
    )
    table = table.drop(columns="_local").reset_index(drop=True)
    table.insert(0, "rank", np.arange(1, len(table) + 1))
    if top is not None:
        table = table.head(top)
    return table[columns]


def _has_foreign_partner(view: GraphView) -> np.ndarray:
    """Per node, in node order: has it a tie to an organisation of another country?"""
    edges = view.edges
    result = np.zeros(len(view.nodes), dtype=bool)
    if len(edges):
        country = view.codes("country")  # -1: none
        a, b = country[edges[:, 0]], country[edges[:, 1]]
        cross = (a >= 0) & (b >= 0) & (a != b)
        result[edges[cross, 0]] = True
        result[edges[cross, 1]] = True
    return result


def _reasons(row, lacks, largest, n, degree_rank, max_core) -> list[str]:
    reasons = []
    if row.degree == 0:
        reasons.append("has no partners in the selected projects")
    elif row.component_size < largest:
        reasons.append(
            f"alone with {row.component_size - 1} partner{'s' if row.component_size != 2 else ''} "
            f"in a group of {row.component_size} organisations cut off from the main network "
            f"of {largest}"
        )
    if 0 < row.degree and degree_rank <= 0.25:
        reasons.append(
            f"few partners ({row.degree}; {degree_rank:.0%} of organisations have as few or fewer)"
        )
    if row.degree > 0 and row.core_number <= max(1, max_core // 4):
        reasons.append(
            f"at the edge of the network (core number {row.core_number} of at most {max_core})"
        )
    if row.degree > 0 and row.constraint >= 0.5:
        reasons.append(
            f"depends on one closed group of partners (constraint {row.constraint:.2f}; 1 = fully dependent)"
        )
    if lacks:
        names = ", ".join(_sector_label(s) for s in lacks)
        reasons.append(f"no tie to {names} within two steps")
    if not row.cross_border:
        reasons.append("no cross-border tie")
    return reasons or ["well connected on every count"]
