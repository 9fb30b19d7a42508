"""Partner recommendations: who an organisation should meet, and why, in words."""

from __future__ import annotations

import difflib
import math

import networkx as nx
import numpy as np
import pandas as pd

from helix_graph.analysis.engines import GraphView, as_view
from helix_graph.errors import UsageError
from helix_graph.model import HELIX_SECTORS

__all__ = ["RECOMMENDATION_WEIGHTS", "recommend_partners", "link_scores"]

RECOMMENDATION_WEIGHTS = {
    "link": 0.50,  # link prediction: shared partners (Adamic–Adar, resource allocation, Jaccard, common)
    "sector": 0.30,  # brings a helix sector the organisation's network lacks
    "country": 0.10,  # a cross-border tie where the network has none, or a wanted country
    "centrality": 0.10,  # well connected (PageRank), so the meeting opens more doors
}


def _check_node(G: nx.Graph, org_id: str) -> None:
    if org_id in G:
        return
    ids = [str(v) for v in G]
    close = [v for v in ids if str(org_id).lower() in v.lower()][:3] or difflib.get_close_matches(
        str(org_id), ids, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else "; check the id (helix-graph query 'MATCH (o:Organisation) RETURN o.id')"
    raise UsageError(f"organisation '{org_id}' is not in the analysed network{hint}")


def link_scores(G: nx.Graph, org_id: str) -> pd.DataFrame:
    """Link-prediction scores of every organisation two steps from ``org_id``.

    Returns
    -------
    DataFrame
        id, common_partners, jaccard, adamic_adar, resource_allocation, shared (ids of the
        shared partners); matches NetworkX's ``jaccard_coefficient``, ``adamic_adar_index``
        and ``resource_allocation_index``.

    References
    ----------
    .. [1] Liben-Nowell, D., Kleinberg, J. (2007). The link-prediction problem for social
       networks. JASIST 58(7), 1019–1031. https://doi.org/10.1002/asi.20591
    .. [2] Zhou, T., Lü, L., Zhang, Y.-C. (2009). Predicting missing links via local
       information. Eur. Phys. J. B 71, 623–630. https://doi.org/10.1140/epjb/e2009-00335-8
    """
    _check_node(G, org_id)
    mine = set(G[org_id])
    common: dict = {}
    for u in mine:
        for w in G[u]:
            if w != org_id and w not in mine:
                common.setdefault(w, []).append(u)
    rows = []
    for w, shared in common.items():
        union = len(mine | set(G[w]))
        rows.append({
            "id": w,
            "common_partners": len(shared),
            "jaccard": len(shared) / union if union else 0.0,
            "adamic_adar": sum(1 / math.log(G.degree(u)) for u in shared if G.degree(u) > 1),
            "resource_allocation": sum(1 / G.degree(u) for u in shared),
            "shared": sorted(shared, key=lambda u: (-G[u].get(w, {}).get("weight", 1), str(u))),
        })
    return pd.DataFrame(rows, columns=["id", "common_partners", "jaccard", "adamic_adar", "resource_allocation",
                                       "shared"])


def recommend_partners(G: nx.Graph | GraphView, org_id: str, k: int = 10, *, countries=None, sectors=None,
                       cross_border: bool | None = None, pagerank: pd.Series | None = None) -> pd.DataFrame:
    """Organisations ``org_id`` should meet, best first, each with its reasons in words.

    The score blends (weights in :data:`RECOMMENDATION_WEIGHTS`): link prediction (the
    mean of Adamic–Adar, resource allocation, Jaccard and common partners, each divided by
    its largest value among the candidates); helix complementarity (1 when the candidate
    brings a sector absent from the organisation and its partners); a country term (1 for a
    cross-border tie when the organisation has none, or for a country asked for); and
    PageRank (divided by its largest value). An organisation without partners has no
    link-prediction evidence and is told so; its suggestions rest on the other three.

    Parameters
    ----------
    G : networkx.Graph
        The collaboration graph.
    org_id : str
    k : int, default 10
        How many suggestions.
    countries : sequence of str, optional
        Only suggest organisations based in these countries.
    sectors : sequence of str, optional
        Only suggest organisations of these helix sectors.
    cross_border : bool, optional
        True: only other countries; False: only the organisation's own country.
    pagerank : Series, optional
        PageRank by node id (computed when not given).

    Returns
    -------
    DataFrame
        rank, id, name, kind, helix_sector, country, score, common_partners, jaccard,
        adamic_adar, resource_allocation, reasons. Existing partners are never suggested.

    Raises
    ------
    UsageError
        If ``org_id`` is not in ``G`` or a sector is unknown.

    Examples
    --------
    >>> G = nx.Graph([("a", "b"), ("b", "c")])
    >>> nx.set_node_attributes(G, {"a": "government", "b": "industry", "c": "academia"}, "helix_sector")
    >>> recommend_partners(G, "a", 1)["reasons"].iloc[0]
    'shares 1 partner with you (b); brings academia, which your network lacks'
    """
    view = as_view(G)
    G = view.nx
    _check_node(G, org_id)
    for s in sectors or ():
        if s not in HELIX_SECTORS:
            raise UsageError(f"sector '{s}' is unknown; use one of {', '.join(HELIX_SECTORS)}")
    columns = ["rank", "id", "name", "kind", "helix_sector", "country", "score", "common_partners", "jaccard",
               "adamic_adar", "resource_allocation", "reasons"]
    if k <= 0:
        return pd.DataFrame(columns=columns)
    partners = set(G[org_id])
    me = G.nodes[org_id]
    my_country = me.get("country")
    have = {me.get("helix_sector")} | {G.nodes[v].get("helix_sector") for v in partners}
    lacking = [s for s in HELIX_SECTORS if s not in have]
    has_foreign = any(G.nodes[v].get("country") not in (None, my_country) for v in partners)

    nodes = [v for v in G if v != org_id and v not in partners]
    table = pd.DataFrame({"id": pd.Series(nodes, dtype=object)})
    for attr in ("name", "kind", "helix_sector", "country"):
        table[attr] = [G.nodes[v].get(attr) for v in nodes]
    table["name"] = table["name"].fillna(table["id"])
    if countries:
        table = table[table["country"].isin([c.upper() for c in countries])]
    if sectors:
        table = table[table["helix_sector"].isin(sectors)]
    if cross_border is True:
        table = table[table["country"].notna() & (table["country"] != my_country)]
    elif cross_border is False:
        table = table[table["country"] == my_country]
    if table.empty:
        return pd.DataFrame(columns=columns)

    links = link_scores(G, org_id)
    table = table.merge(links, on="id", how="left")
    for col in ("common_partners", "jaccard", "adamic_adar", "resource_allocation"):
        table[col] = table[col].fillna(0)
    table["common_partners"] = table["common_partners"].astype(int)
    link = np.zeros(len(table))
    for col in ("common_partners", "jaccard", "adamic_adar", "resource_allocation"):
        top = table[col].max()
        if top > 0:
            link += table[col].to_numpy(dtype=float) / top / 4
    if pagerank is None:
        pagerank = pd.Series(view.igraph.pagerank(weights="weight") if view.m else
                             np.full(len(view.nodes), 1 / max(len(view.nodes), 1)), index=view.nodes)
    pr = table["id"].map(pagerank).fillna(0).to_numpy(dtype=float)
    centrality = pr / pr.max() if pr.max() > 0 else pr
    sector_term = table["helix_sector"].isin(lacking).to_numpy(dtype=float)
    foreign = (table["country"].notna() & (table["country"] != my_country)).to_numpy()
    if countries:
        country_term = np.ones(len(table))
    else:
        country_term = (foreign & (not has_foreign)).astype(float)
    w = RECOMMENDATION_WEIGHTS
    table["score"] = np.round(w["link"] * link + w["sector"] * sector_term + w["country"] * country_term
                              + w["centrality"] * centrality, 6)
    table["_pr"] = pr
    table = table.sort_values(["score", "common_partners", "_pr", "id"], ascending=[False, False, False, True])
    table = table.head(k).reset_index(drop=True)
    percentile = pd.Series(pagerank).rank(pct=True)
    names = {v: G.nodes[v].get("name", v) for v in partners}
    reasons = []
    for row in table.itertuples(index=False):
        words = []
        if row.common_partners:
            shared = ", ".join(str(names[u]) for u in row.shared[:3]) + (", …" if row.common_partners > 3 else "")
            words.append(f"shares {row.common_partners} partner{'s' if row.common_partners > 1 else ''} "
                         f"with you ({shared})")
        if row.helix_sector in lacking:
            words.append(f"brings {HELIX_SECTORS[row.helix_sector].lower()}, which your network lacks")
        if row.country and row.country != my_country and (not has_foreign or countries):
            words.append(f"based in {row.country}: a cross-border tie" + ("" if has_foreign else ", which you have none of"))
        if percentile.get(row.id, 0) >= 0.9 and G.degree(row.id) > 0:
            words.append(f"well connected ({G.degree(row.id)} partners, top {max(1, round((1 - percentile[row.id]) * 100))}% by PageRank)")
        if not partners:
            words.append("you have no partners in the selected projects yet, so this rests on sector, "
                         "country and how well connected they are")
        reasons.append("; ".join(words) or "closest match on the remaining criteria")
    table["reasons"] = reasons
    table.insert(0, "rank", np.arange(1, len(table) + 1))
    out = table[columns]
    out.attrs["parameters"] = {"organisation": org_id, "k": k, "countries": list(countries or []),
                               "sectors": list(sectors or []), "cross_border": cross_border,
                               "lacking_sectors": lacking, "weights": dict(RECOMMENDATION_WEIGHTS)}
    return out
