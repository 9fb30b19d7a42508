"""Partner recommendations: who an organisation should meet, and why, in words."""

from __future__ import annotations

import difflib

import networkx as nx
import numpy as np
import pandas as pd

from helix_graph.analysis.engines import GraphView, as_view
from helix_graph.errors import UsageError
from helix_graph.model import HELIX_SECTORS

__all__ = ["RECOMMENDATION_WEIGHTS", "recommend_partners", "link_scores", "known_partners"]

RECOMMENDATION_WEIGHTS = {
    "link": 0.50,  # link prediction: shared partners (Adamic–Adar, resource allocation, Jaccard, common)
    "sector": 0.30,  # brings a helix sector the organisation's network lacks
    "country": 0.10,  # a cross-border tie where the network has none, or a wanted country
    "centrality": 0.10,  # well connected (PageRank), so the meeting opens more doors
}


def _check_node(view: GraphView, org_id: str) -> int:
    """The position of ``org_id`` in ``view``, or a one-sentence error naming the closest ids."""
    if org_id in view.index:
        return view.index[org_id]
    ids = [str(v) for v in view.nodes]
    close = [v for v in ids if str(org_id).lower() in v.lower()][:3] or difflib.get_close_matches(
        str(org_id), ids, n=3, cutoff=0.5
    )
    hint = (
        f"; did you mean {', '.join(close)}?"
        if close
        else "; check the id (helix-graph query 'MATCH (o:Organisation) RETURN o.id')"
    )
    raise UsageError(f"organisation '{org_id}' is not in the analysed network{hint}")


def _scores(view: GraphView, i: int) -> dict[str, np.ndarray]:
    """Link-prediction scores of every node against node ``i``, from the sparse adjacency (no loop per node)."""
    A = (view.adjacency != 0).astype(np.float64).tocsr()
    A.setdiag(0)
    A.eliminate_zeros()
    degree = np.diff(A.indptr).astype(float)
    mine = A.indices[A.indptr[i] : A.indptr[i + 1]]
    rows = A[mine]
    with np.errstate(divide="ignore"):
        adamic = np.where(degree[mine] > 1, 1.0 / np.log(degree[mine]), 0.0)
    common = np.asarray(rows.sum(axis=0)).ravel()
    union = degree[i] + degree - common
    with np.errstate(divide="ignore", invalid="ignore"):
        jaccard = np.where(union > 0, common / union, 0.0)
    return {
        "common_partners": common,
        "jaccard": jaccard,
        "adamic_adar": rows.T @ adamic,
        "resource_allocation": rows.T @ (1.0 / degree[mine]) if len(mine) else np.zeros(view.n),
        "_partners": mine,
        "_A": A,
    }


def _shared(view: GraphView, scores: dict, w: int) -> list[int]:
    """The partners node ``w`` shares with the organisation, strongest tie to ``w`` first (then by id)."""
    A, W = scores["_A"], view.adjacency
    theirs = A.indices[A.indptr[w] : A.indptr[w + 1]]
    shared = np.intersect1d(scores["_partners"], theirs)
    return sorted(shared.tolist(), key=lambda u: (-W[u, w], str(view.nodes[u])))


def link_scores(G: nx.Graph | GraphView, org_id: str) -> pd.DataFrame:
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
    view = as_view(G)
    i = _check_node(view, org_id)
    scores = _scores(view, i)
    two_steps = np.flatnonzero(scores["common_partners"] > 0)
    two_steps = two_steps[(two_steps != i) & ~np.isin(two_steps, scores["_partners"])]
    nodes = np.asarray(view.nodes, dtype=object)
    return pd.DataFrame(
        {
            "id": pd.Series(nodes[two_steps], dtype=object),
            "common_partners": scores["common_partners"][two_steps].astype(int),
            **{
                name: scores[name][two_steps]
                for name in ("jaccard", "adamic_adar", "resource_allocation")
            },
            "shared": [[view.nodes[u] for u in _shared(view, scores, w)] for w in two_steps],
        }
    )


def known_partners(network, org_id: str) -> set:
    """Every organisation ``org_id`` shares a project with in ``network`` (itself left out).

    Pass the unfiltered network: filters narrow where to look for partners, not who
    already is one.
    """
    parts = network.participations
    projects = parts.loc[parts["organisation"] == org_id, "project"]
    return set(parts.loc[parts["project"].isin(projects), "organisation"]) - {org_id}


def _duplicates(
    names: np.ndarray, countries: np.ndarray, i: int, candidates: np.ndarray
) -> np.ndarray:
    """Candidates that are the organisation itself under another record: same country, same name once normalised."""
    from helix_graph.ingest.resolve import normalise_name

    same_country = (
        candidates[countries[candidates] == countries[i]]
        if countries[i] is not None
        else candidates[:0]
    )
    if not len(same_country) or names[i] is None:
        return same_country[:0]
    mine = normalise_name(str(names[i]))
    return same_country[
        np.array([normalise_name(str(names[c])) == mine for c in same_country], dtype=bool)
    ]


def recommend_partners(
    G: nx.Graph | GraphView,
    org_id: str,
    k: int = 10,
    *,
    countries=None,
    sectors=None,
    cross_border: bool | None = None,
    pagerank: pd.Series | None = None,
    known=None,
) -> pd.DataFrame:
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
    G : networkx.Graph or GraphView
        The collaboration graph (filtered as the user wishes).
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
    known : collection of str, optional
        Organisations ``org_id`` already works with, never suggested — from the whole
        loaded data (:func:`known_partners` of the unfiltered network), since a filter
        must not make a current partner look new. Default: its partners in ``G``.

    Returns
    -------
    DataFrame
        rank, id, name, kind, helix_sector, country, score, common_partners, jaccard,
        adamic_adar, resource_allocation, reasons. The organisation itself, a record with
        its own name and country (a duplicate) and every known partner are never suggested.

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
    i = _check_node(view, org_id)
    for s in sectors or ():
        if s not in HELIX_SECTORS:
            raise UsageError(f"sector '{s}' is unknown; use one of {', '.join(HELIX_SECTORS)}")
    columns = [
        "rank",
        "id",
        "name",
        "kind",
        "helix_sector",
        "country",
        "score",
        "common_partners",
        "jaccard",
        "adamic_adar",
        "resource_allocation",
        "reasons",
    ]
    if k <= 0:
        return pd.DataFrame(columns=columns)
    nodes = np.asarray(view.nodes, dtype=object)
    names, kinds = view.attribute("name"), view.attribute("kind")
    sector_of, country_of = view.attribute("helix_sector"), view.attribute("country")
    scores = _scores(view, i)
    partners = scores["_partners"]
    my_country = country_of[i]
    have = {sector_of[i]} | set(sector_of[partners].tolist())
    lacking = [s for s in HELIX_SECTORS if s not in have]
    has_foreign = any(c not in (None, my_country) for c in country_of[partners])

    excluded = np.zeros(view.n, dtype=bool)
    excluded[i] = True
    excluded[partners] = True
    if known is not None:
        known_positions = [view.index[v] for v in known if v in view.index]
        excluded[known_positions] = True
    candidates = np.flatnonzero(~excluded)
    if countries:
        candidates = candidates[
            np.isin(country_of[candidates].astype(str), [c.upper() for c in countries])
        ]
    if sectors:
        candidates = candidates[np.isin(sector_of[candidates].astype(str), list(sectors))]
    if cross_border is True:
        theirs = country_of[candidates]
        # an object array: elementwise comparison with None is meant here
        candidates = candidates[(theirs != None) & (theirs != my_country)]  # noqa: E711
    elif cross_border is False:
        candidates = candidates[country_of[candidates] == my_country]
    candidates = np.setdiff1d(candidates, _duplicates(names, country_of, i, candidates))
    if not len(candidates):
        return pd.DataFrame(columns=columns)

    table = pd.DataFrame(
        {
            "id": pd.Series(nodes[candidates], dtype=object),
            "name": names[candidates],
            "kind": kinds[candidates],
            "helix_sector": sector_of[candidates],
            "country": country_of[candidates],
        }
    )
    table["name"] = table["name"].where(table["name"].notna(), table["id"])
    for col in ("common_partners", "jaccard", "adamic_adar", "resource_allocation"):
        table[col] = scores[col][candidates]
    table["common_partners"] = table["common_partners"].astype(int)
    link = np.zeros(len(table))
    for col in ("common_partners", "jaccard", "adamic_adar", "resource_allocation"):
        top = table[col].max()
        if top > 0:
            link += table[col].to_numpy(dtype=float) / top / 4
    if pagerank is None:
        from helix_graph.analysis.centrality import node_metrics

        pagerank = node_metrics(view, ["pagerank"]).set_index("id")["pagerank"]
    pr = table["id"].map(pagerank).fillna(0).to_numpy(dtype=float)
    centrality = pr / pr.max() if pr.max() > 0 else pr
    sector_term = table["helix_sector"].isin(lacking).to_numpy(dtype=float)
    foreign = (table["country"].notna() & (table["country"] != my_country)).to_numpy()
    if countries:
        country_term = np.ones(len(table))
    else:
        country_term = (foreign & (not has_foreign)).astype(float)
    w = RECOMMENDATION_WEIGHTS
    table["score"] = np.round(
        w["link"] * link
        + w["sector"] * sector_term
        + w["country"] * country_term
        + w["centrality"] * centrality,
        6,
    )
    table["_pr"] = pr
    table["node_position"] = candidates
    table = table.sort_values(
        ["score", "common_partners", "_pr", "id"], ascending=[False, False, False, True]
    )
    table = table.head(k).reset_index(drop=True)
    percentile = pd.Series(pagerank).rank(pct=True)
    degree = view.degree
    reasons = []
    for row in table.itertuples(index=False):
        words = []
        if row.common_partners:
            shared = _shared(view, scores, row.node_position)
            named = ", ".join(
                str(names[u] if names[u] is not None else nodes[u]) for u in shared[:3]
            )
            words.append(
                f"shares {row.common_partners} partner{'s' if row.common_partners > 1 else ''} "
                f"with you ({named}{', …' if row.common_partners > 3 else ''})"
            )
        if row.helix_sector in lacking:
            words.append(
                f"brings {HELIX_SECTORS[row.helix_sector].lower()}, which your network lacks"
            )
        if row.country and row.country != my_country and (not has_foreign or countries):
            words.append(
                f"based in {row.country}: a cross-border tie"
                + ("" if has_foreign else ", which you have none of")
            )
        if percentile.get(row.id, 0) >= 0.9 and degree[row.node_position] > 0:
            words.append(
                f"well connected ({degree[row.node_position]} partners, top "
                f"{max(1, round((1 - percentile[row.id]) * 100))}% by PageRank)"
            )
        if not len(partners):
            words.append(
                "you have no partners in the selected projects yet, so this rests on sector, "
                "country and how well connected they are"
            )
        reasons.append("; ".join(words) or "closest match on the remaining criteria")
    table["reasons"] = reasons
    table.insert(0, "rank", np.arange(1, len(table) + 1))
    out = table[columns]
    out.attrs["parameters"] = {
        "organisation": org_id,
        "k": k,
        "countries": list(countries or []),
        "sectors": list(sectors or []),
        "cross_border": cross_border,
        "lacking_sectors": lacking,
        "weights": dict(RECOMMENDATION_WEIGHTS),
    }
    return out
