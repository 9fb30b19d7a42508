"""Helix indicators: sector mix, cross-sector ties, E-I index, assortativity,
helix completeness and Leydesdorff's mutual information among the sectors."""

from __future__ import annotations

from itertools import combinations

import networkx as nx
import numpy as np
import pandas as pd

from helix_graph.analysis.engines import GraphView, as_view
from helix_graph.analysis.network import Network, positions
from helix_graph.errors import UsageError
from helix_graph.model import HELIX_SECTORS

__all__ = [
    "SECTORS",
    "helix_mix",
    "project_sectors",
    "helix_completeness",
    "cross_sector_share",
    "ei_index",
    "sector_assortativity",
    "entropy",
    "mutual_information",
    "helix_mutual_information",
    "helix_summary",
]

SECTORS = tuple(HELIX_SECTORS)
TRIPLE_HELIX = ("government", "industry", "academia")


def _mix(frame: pd.DataFrame, by: str) -> pd.DataFrame:
    unit_codes, units = (
        pd.factorize(_factorizable(frame[by]), sort=True)
        if len(frame)
        else (np.empty(0, dtype=np.int64), np.empty(0, dtype=object))
    )
    return mix_table(by, units, unit_codes, positions(frame["helix_sector"], SECTORS))


def _factorizable(values: pd.Series) -> pd.Series:
    """Arrow strings as they are (factorised in Arrow, six times faster); other values as objects."""
    return values if isinstance(values.dtype, pd.StringDtype) else values.astype(object)


def mix_table(by: str, units, unit_codes: np.ndarray, sector_codes: np.ndarray) -> pd.DataFrame:
    """The helix mix of ``units``: row ``unit_codes[i]`` counts one member of sector ``sector_codes[i]``.

    A code of -1 (no unit, no sector or "unknown") counts nowhere. The columns of
    :func:`helix_mix`, one row per unit, in the order of ``units``.
    """
    units = np.asarray(units, dtype=object)
    known = (sector_codes >= 0) & (unit_codes >= 0)
    k = len(SECTORS)
    counts = np.bincount(
        unit_codes[known] * k + sector_codes[known], minlength=len(units) * k
    ).reshape(len(units), k)
    total = np.maximum(counts.sum(axis=1), 1)
    columns = {by: pd.Series(units, dtype=object)}  # one table built at once, not column by column
    columns.update({f"n_{s}": counts[:, i] for i, s in enumerate(SECTORS)})
    columns.update({f"share_{s}": counts[:, i] / total for i, s in enumerate(SECTORS)})
    columns["sectors_present"] = (counts > 0).sum(axis=1)
    return pd.DataFrame(columns)


def participation_sectors(network: Network, org_row: np.ndarray | None = None) -> np.ndarray:
    """Each participation's helix sector as a position in :data:`SECTORS` (-1: none or unknown).

    ``org_row``: each participation's organisation row, when the caller has it already.
    """
    orgs = network.organisations
    sector = positions(orgs["helix_sector"], SECTORS)
    if org_row is None:
        org_row = positions(network.participations["organisation"], orgs["id"])
    return np.where(org_row >= 0, sector[org_row], -1)


def helix_mix(network: Network, by: str = "project", partition=None) -> pd.DataFrame:
    """How many organisations of each helix sector a project, community or country has.

    Parameters
    ----------
    network : Network
    by : {"project", "community", "country", "network"}, default "project"
        ``community`` needs ``partition`` (a :class:`~helix_graph.analysis.Partition`).
    partition : Partition, optional

    Returns
    -------
    DataFrame
        The unit (``project``, ``community``, ``country`` or ``network``), ``n_<sector>``
        and ``share_<sector>`` for the four sectors, and ``sectors_present`` (0–4).

    Raises
    ------
    UsageError
        For an unknown ``by`` or ``community`` without a partition.
    """
    if by == "project":
        projects = network.participations["project"]
        unit_codes, units = (
            pd.factorize(_factorizable(projects), sort=True)
            if len(projects)
            else (np.empty(0, dtype=np.int64), np.empty(0, dtype=object))
        )
        return mix_table(by, units, unit_codes, participation_sectors(network))
    sector = pd.Series(
        network.organisations["helix_sector"].to_numpy(), index=network.organisations["id"]
    )
    if by == "country":
        frame = network.organisations[["country", "helix_sector"]].dropna()
    elif by == "community":
        if partition is None:
            raise UsageError(
                "helix mix by community needs a partition; pass partition=detect_communities(G)"
            )
        frame = pd.DataFrame(
            {
                "community": list(partition.membership.values()),
                "helix_sector": pd.Series(list(partition.membership)).map(sector).to_numpy(),
            }
        )
    elif by == "network":
        frame = network.organisations[["helix_sector"]].assign(network="all")
    else:
        raise UsageError(
            f"helix mix by '{by}' is unknown; use project, community, country or network"
        )
    return _mix(frame, by)


def project_sectors(network: Network) -> pd.DataFrame:
    """One row per project, one boolean column per sector: is the sector among its partners?"""
    mix = helix_mix(network, "project")
    return pd.DataFrame(
        {s: (mix[f"n_{s}"] > 0).to_numpy() for s in SECTORS}, index=mix["project"].to_numpy()
    )


def helix_completeness(network: Network, by: str = "project", partition=None) -> pd.Series:
    """How many of the four sectors (0–4) each project or community brings together."""
    mix = helix_mix(network, by, partition)
    return pd.Series(
        mix["sectors_present"].to_numpy(), index=mix[by].to_numpy(), name="sectors_present"
    )


def _edge_sectors(G: nx.Graph | GraphView, attribute: str = "helix_sector"):
    view = as_view(G)
    codes = pd.Categorical(view.attribute(attribute))
    return codes, view.edges, view.weights.astype(float)


def cross_sector_share(G: nx.Graph, weight: str | None = None) -> float:
    """Share of collaboration ties that join two different helix sectors (0 without ties).

    With ``weight="weight"`` each tie counts as many times as the projects it carries.
    """
    codes, edges, weights = _edge_sectors(G)
    if len(edges) == 0:
        return 0.0
    w = weights if weight else np.ones(len(edges))
    cross = codes.codes[edges[:, 0]] != codes.codes[edges[:, 1]]
    return float(w[cross].sum() / w.sum())


def ei_index(G: nx.Graph, attribute: str = "helix_sector") -> dict:
    """Krackhardt's E-I index: (external − internal) / (external + internal) ties.

    −1: every tie stays inside its group; +1: every tie crosses groups.

    Parameters
    ----------
    G : networkx.Graph
    attribute : str, default "helix_sector"
        The node attribute that defines the groups (``country`` works too).

    Returns
    -------
    dict
        ``{"overall": float, "by_group": {group: float}}``; a group's index counts the
        ties of its members. 0.0 where there are no ties.

    Examples
    --------
    >>> G = nx.path_graph(3)
    >>> nx.set_node_attributes(G, {0: "a", 1: "a", 2: "b"}, "helix_sector")
    >>> ei_index(G)
    {'overall': 0.0, 'by_group': {'a': 0.0, 'b': 1.0}}

    References
    ----------
    .. [1] Krackhardt, D., Stern, R. N. (1988). Informal networks and organizational
       crises: an experimental simulation. Social Psychology Quarterly 51(2), 123–140.
       https://doi.org/10.2307/2786835
    """
    codes, edges, _ = _edge_sectors(G, attribute)
    if len(edges) == 0:
        return {"overall": 0.0, "by_group": {str(c): 0.0 for c in codes.categories}}
    a, b = codes.codes[edges[:, 0]], codes.codes[edges[:, 1]]
    external = a != b
    overall = float((external.sum() - (~external).sum()) / len(edges))
    by_group = {}
    for i, group in enumerate(codes.categories):
        touches = (a == i) | (b == i)
        e, internal = (external & touches).sum(), ((~external) & (a == i)).sum()
        by_group[str(group)] = float((e - internal) / (e + internal)) if e + internal else 0.0
    return {"overall": overall, "by_group": by_group}


def sector_assortativity(G: nx.Graph, attribute: str = "helix_sector") -> float:
    """Newman's attribute assortativity of the sectors (0.0 when undefined).

    Positive: organisations tie mostly within their sector; negative: across sectors.
    Matches ``nx.attribute_assortativity_coefficient`` (computed here from arrays).

    References
    ----------
    .. [1] Newman, M. E. J. (2003). Mixing patterns in networks. Phys. Rev. E 67, 026126.
       https://doi.org/10.1103/PhysRevE.67.026126
    """
    codes, edges, _ = _edge_sectors(G, attribute)
    if len(edges) == 0:
        return 0.0
    # a node without the attribute is of a group of its own, as in NetworkX
    k = len(codes.categories) + 1
    group = np.where(codes.codes >= 0, codes.codes, k - 1)
    a, b = group[edges[:, 0]], group[edges[:, 1]]
    # each tie both ways: counts by a bincount of the cell's flat index (np.add.at is ten times slower)
    mixing = np.bincount(np.r_[a * k + b, b * k + a], minlength=k * k).reshape(k, k).astype(float)
    mixing /= mixing.sum()
    squared = (mixing.sum(axis=1) * mixing.sum(axis=0)).sum()
    if squared >= 1:
        return 0.0
    return float((np.trace(mixing) - squared) / (1 - squared))


def entropy(counts) -> float:
    """Shannon entropy in bits of a table of counts (any shape); 0 for an empty table."""
    p = np.asarray(counts, dtype=float).ravel()
    total = p.sum()
    if total <= 0:
        return 0.0
    p = p[p > 0] / total
    return float(-(p * np.log2(p)).sum())


def mutual_information(table) -> float:
    r"""Leydesdorff's mutual information (configurational information) in bits.

    For two to four dimensions, with :math:`H` the Shannon entropy in bits of the
    marginal distributions:

    .. math::

        T_{xy}   &= H_x + H_y - H_{xy} \\
        T_{xyz}  &= H_x + H_y + H_z - H_{xy} - H_{xz} - H_{yz} + H_{xyz} \\
        T_{wxyz} &= \textstyle\sum H_i - \sum H_{ij} + \sum H_{ijk} - H_{wxyz}

    A negative value in three dimensions means synergy: the configuration of the three
    sectors reduces uncertainty more than the pairs do [1]_, [2]_. The four-dimensional
    value of the quadruple helix follows the same alternating sum [2]_.

    Parameters
    ----------
    table : array_like
        A contingency table with one axis per dimension (e.g. 2×2×2 counts of projects by
        presence of government, industry and academia), or a boolean/0-1 DataFrame with
        one column per dimension and one row per unit (counted into a table first).

    Returns
    -------
    float
        Bits; 0.0 for an empty table.

    Raises
    ------
    UsageError
        If the table does not have 2, 3 or 4 dimensions.

    Examples
    --------
    XOR: z is x xor y, the four combinations equally likely — one bit of synergy.

    >>> t = np.zeros((2, 2, 2)); t[0, 0, 0] = t[0, 1, 1] = t[1, 0, 1] = t[1, 1, 0] = 1
    >>> mutual_information(t)
    -1.0

    References
    ----------
    .. [1] Leydesdorff, L. (2003). The mutual information of university-industry-government
       relations: an indicator of the Triple Helix dynamics. Scientometrics 58(2), 445–467.
       https://doi.org/10.1023/A:1026253130577
    .. [2] Leydesdorff, L., Ivanova, I. (2014). Mutual redundancies in interhuman
       communication systems: steps toward a calculus of processing meaning. Journal of
       the Association for Information Science and Technology 65(2), 386–399.
       https://doi.org/10.1002/asi.22973
    """
    if isinstance(table, pd.DataFrame):
        table = _contingency(table)
    counts = np.asarray(table, dtype=float)
    d = counts.ndim
    if d not in (2, 3, 4):
        raise UsageError(
            f"mutual information is defined here for 2, 3 or 4 dimensions, not {d}; "
            "pass a table with one axis per sector"
        )
    if counts.sum() <= 0:
        return 0.0
    axes = range(d)
    total = 0.0
    for size in range(1, d + 1):
        sign = (-1) ** (size + 1)
        for keep in combinations(axes, size):
            drop = tuple(a for a in axes if a not in keep)
            total += sign * entropy(counts.sum(axis=drop) if drop else counts)
    return float(total) + 0.0  # + 0.0 turns -0.0 into 0.0


def _contingency(presence: pd.DataFrame) -> np.ndarray:
    values = presence.to_numpy().astype(np.int64)
    shape = (2,) * values.shape[1]
    cells = np.ravel_multi_index(tuple(values.T), shape)
    return np.bincount(cells, minlength=2 ** values.shape[1]).reshape(shape).astype(float)


def helix_mutual_information(network: Network, sectors=TRIPLE_HELIX) -> float:
    """Mutual information (bits) among the sectors present in each project.

    Each project is one unit; each sector in ``sectors`` (3 or 4 of them) is a yes/no
    dimension: does the project have a partner of that sector? See :func:`mutual_information`.
    """
    sectors = tuple(sectors)
    for s in sectors:
        if s not in SECTORS:
            raise UsageError(f"sector '{s}' is unknown; use one of {', '.join(SECTORS)}")
    presence = project_sectors(network)
    if presence.empty:
        return 0.0
    return mutual_information(presence[list(sectors)])


def helix_summary(network: Network, G: nx.Graph, partition=None) -> dict:
    """Every helix indicator of the network in one JSON-ready dict (for ``helix.json``)."""
    mix = helix_mix(network, "network")
    counts = {s: int(mix[f"n_{s}"].iloc[0]) if len(mix) else 0 for s in SECTORS}
    total = sum(counts.values())
    presence = project_sectors(network)  # read once for completeness and both mutual informations
    completeness = pd.Series(presence.sum(axis=1).to_numpy(), dtype=np.int64)
    summary = {
        "organisations_by_sector": counts,
        "share_by_sector": {s: (counts[s] / total if total else 0.0) for s in SECTORS},
        "cross_sector_tie_share": cross_sector_share(G),
        "cross_sector_tie_share_weighted": cross_sector_share(G, weight="weight"),
        "ei_index": ei_index(G),
        "sector_assortativity": sector_assortativity(G),
        "mutual_information_bits": {
            "government_industry_academia": mutual_information(presence[list(TRIPLE_HELIX)])
            if len(presence)
            else 0.0,
            "quadruple_helix": mutual_information(presence[list(SECTORS)])
            if len(presence)
            else 0.0,
        },
        "projects_by_sectors_present": {
            int(k): int(v) for k, v in completeness.value_counts().sort_index().items()
        },
    }
    if partition is not None and partition.membership:
        summary["communities_by_sectors_present"] = {
            int(k): int(v)
            for k, v in helix_completeness(network, "community", partition)
            .value_counts()
            .sort_index()
            .items()
        }
    return summary
