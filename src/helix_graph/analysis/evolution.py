"""How the network changes between periods: slices, the evolution table, who moved.

A *slice* is the network of the projects of one period: a programming period
(2000–2006, 2007–2013, 2014–2020, 2021–2027) or a calendar year, by the project's start,
or a window of years chosen by the user (projects whose run overlaps it). Projects
without dates form the slice "undated" (by period or year), said so in the table.

:func:`evolution` measures every slice once — organisations, ties, density, components
and the share of the largest, modularity, the helix mix, the cross-sector share,
Leydesdorff's mutual information — with the change from the previous slice, and lists
per organisation its rank by each measure in each slice (entered, left, rose, fell) and
per tie whether it is new, repeated or dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from helix_graph.analysis.centrality import node_metrics
from helix_graph.analysis.communities import detect_communities
from helix_graph.analysis.engines import GraphView
from helix_graph.analysis.graphs import collaboration_view
from helix_graph.analysis.helix import SECTORS, helix_summary
from helix_graph.analysis.network import Network
from helix_graph.errors import UsageError

__all__ = [
    "PERIODS",
    "UNDATED",
    "MOVER_METRICS",
    "Evolution",
    "slice_network",
    "slices",
    "evolution",
    "parse_slicing",
    "write_evolution",
]

PERIODS = {
    "2000–2006": (2000, 2006),
    "2007–2013": (2007, 2013),
    "2014–2020": (2014, 2020),
    "2021–2027": (2021, 2027),
}
"""The EU programming periods (multiannual financial frameworks)."""
UNDATED = "undated"
MOVER_METRICS = ("degree", "strength", "pagerank", "betweenness")
"""The measures organisations are ranked by in every slice."""
TABLE_MEASURES = (
    "projects", "organisations", "ties", "density", "components", "largest_share",
    "modularity", "communities", *(f"share_{s}" for s in SECTORS), "cross_sector_share",
    "mutual_information_3", "mutual_information_4",
)  # fmt: skip


@dataclass
class Evolution:
    """The slices and what changed between them (see :func:`evolution`)."""

    table: pd.DataFrame
    """One row per slice: every measure and its change from the previous slice (``change_*``)."""
    movers: pd.DataFrame
    """One row per organisation and slice: ranks, their change, entered / stayed / left."""
    ties: pd.DataFrame
    """One row per tie and slice: source, target, weight, status (new / repeated / dropped)."""
    networks: dict[str, Network] = field(default_factory=dict)
    views: dict[str, GraphView] = field(default_factory=dict)

    @property
    def labels(self) -> list[str]:
        return list(self.table["slice"])


def parse_slicing(text: str) -> str | list[tuple[str, tuple[int, int]]]:
    """``period``, ``year``, or windows ``2014-2016,2017-2020`` (each ``A-B`` or a year ``A``).

    Examples
    --------
    >>> parse_slicing("2014-2016, 2019")
    [('2014–2016', (2014, 2016)), ('2019', (2019, 2019))]
    """
    text = (text or "").strip().lower()
    if text in ("period", "year"):
        return text
    windows = []
    for part in text.split(","):
        start, sep, end = part.strip().partition("-")
        try:
            a, b = int(start), int(end) if sep else int(start)
        except ValueError:
            raise UsageError(
                f"--by '{text}' is not period, year or windows of years; write e.g. "
                "--by period, --by year or --by 2014-2016,2017-2020"
            ) from None
        if b < a:
            raise UsageError(f"--by window '{part.strip()}' ends before it starts; write {b}-{a}")
        windows.append((f"{a}–{b}" if b != a else str(a), (a, b)))
    return windows


def slice_network(network: Network, projects) -> Network:
    """The network of the projects ``projects``: their participations and organisations."""
    keep = network.projects["id"].isin(projects)
    parts = network.participations[network.participations["project"].isin(projects)]
    orgs = network.organisations[network.organisations["id"].isin(parts["organisation"].unique())]
    return Network(orgs, network.projects[keep], parts, filters=network.filters)


def _split(
    network: Network, labels: dict[str, np.ndarray], keep_empty: bool = False
) -> dict[str, Network]:
    """One network per label, from a boolean mask over the projects for each: one pass each.

    Labels whose mask chooses nothing are left out, or kept as empty slices (``keep_empty``:
    a window the user chose stays, empty, and is said to be).
    """
    projects, parts, orgs = network.projects, network.participations, network.organisations
    position = pd.Index(projects["id"]).get_indexer(parts["project"])
    org_codes, org_ids = pd.factorize(parts["organisation"])
    org_rows = pd.Index(orgs["id"]).get_indexer(org_ids)
    out = {}
    for label, chosen in labels.items():
        if not chosen.any() and not keep_empty:
            continue
        mine = (position >= 0) & chosen[np.maximum(position, 0)]
        present = np.unique(org_codes[mine])
        rows = org_rows[present]
        out[label] = Network(
            orgs.iloc[np.sort(rows[rows >= 0])],
            projects[chosen],
            parts[mine],
            filters=network.filters,
        )
    return out


def slices(network: Network, by="period") -> dict[str, Network]:
    """The network cut into slices, in time order (``undated`` last, when there are such projects).

    ``by`` is ``"period"``, ``"year"`` (both by the project's start) or a list of
    ``(label, (first_year, last_year))`` windows (projects whose run overlaps one).
    """
    projects = network.projects
    start = pd.to_datetime(projects["start_date"], errors="coerce")
    end = pd.to_datetime(projects["end_date"], errors="coerce").fillna(start)
    years = start.dt.year.to_numpy()
    labels: dict[str, np.ndarray] = {}
    if by == "year":
        for year in sorted(np.unique(years[~np.isnan(years)])):
            labels[str(int(year))] = years == year
    elif by == "period":
        for label, (a, b) in PERIODS.items():
            labels[label] = (years >= a) & (years <= b)
        # before 2000 or after 2027: said, not dropped
        labels["other years"] = ~np.isnan(years) & ((years < 2000) | (years > 2027))
    else:
        for label, (a, b) in by:
            lo, hi = pd.Timestamp(a, 1, 1), pd.Timestamp(b, 12, 31)
            labels[label] = ((start <= hi) & (end >= lo)).to_numpy()
    if by in ("year", "period"):
        labels[UNDATED] = np.isnan(years)
        return _split(network, labels)
    return _split(network, labels, keep_empty=True)


def _measures(net: Network, view: GraphView, seed: int) -> dict:
    n, m = view.n, view.m
    row = {"projects": len(net.projects), "organisations": n, "ties": m}
    row["density"] = 2 * m / (n * (n - 1)) if n > 1 else 0.0
    if n:
        membership = view.components
        sizes = np.bincount(membership)
        row["components"], row["largest_share"] = len(sizes), float(sizes.max() / n)
    else:
        row["components"], row["largest_share"] = 0, 0.0
    partition = detect_communities(view, "leiden", seed=seed) if m else None
    row["modularity"] = partition.modularity if partition else 0.0
    row["communities"] = len(partition) if partition else n
    helix = helix_summary(net, view) if n else {}
    for s in SECTORS:
        row[f"share_{s}"] = helix.get("share_by_sector", {}).get(s, 0.0)
    row["cross_sector_share"] = helix.get("cross_sector_tie_share", 0.0)
    mi = helix.get("mutual_information_bits", {})
    row["mutual_information_3"] = mi.get("government_industry_academia", 0.0)
    row["mutual_information_4"] = mi.get("quadruple_helix", 0.0)
    return row


def _missing_kept(values: pd.Series) -> pd.Series:
    """Numbers with "not applicable" kept as missing (written as an empty cell, not 0).

    Whole numbers become a nullable integer column, others a nullable float column.
    """
    values = pd.to_numeric(values, errors="coerce")
    known = values.dropna()
    if known.empty or np.allclose(known, np.round(known)):
        return values.round().astype("Int64")
    return values.astype("Float64")


def _pairs(view: GraphView) -> pd.DataFrame:
    nodes = np.asarray(view.nodes, dtype=object)
    a, b = nodes[view.edges[:, 0]], nodes[view.edges[:, 1]]
    swap = a > b
    return pd.DataFrame(
        {"source": np.where(swap, b, a), "target": np.where(swap, a, b), "weight": view.weights}
    )


def evolution(network: Network, by="period", *, seed: int = 0, progress=None) -> Evolution:
    """Slice ``network`` and measure every slice (see the module's description).

    Parameters
    ----------
    network : Network
        The (filtered) network.
    by : "period", "year" or list of (label, (first, last))
        How to slice (:func:`slices`, :func:`parse_slicing`).
    seed : int, default 0
        Seed of communities and samples.
    progress : callable, optional
        ``progress(label, done, total)``, called as each slice is measured.

    Returns
    -------
    Evolution
    """
    cut = slices(network, by)
    if not cut:
        # projects without a date go to the "undated" slice: nothing to slice means no project
        raise UsageError(
            "there is no project to slice: the network is empty (or the filters leave nothing)"
        )
    names = dict(zip(network.organisations["id"], network.organisations["name"]))
    rows, movers, ties, views = [], [], [], {}
    previous_ranks: pd.DataFrame | None = None
    previous_pairs: pd.DataFrame | None = None
    for done, (label, net) in enumerate(cut.items(), start=1):
        view = collaboration_view(net)
        views[label] = view
        row = {"slice": label, **_measures(net, view, seed)}
        pairs = _pairs(view)
        if label == UNDATED or previous_pairs is None:
            status = pd.Series("new", index=pairs.index) if label != UNDATED else "undated"
            row.update(new_ties=len(pairs), repeated_ties=0, dropped_ties=0)
            pairs = pairs.assign(status=status)
        else:
            known = previous_pairs.set_index(["source", "target"]).index
            here = pairs.set_index(["source", "target"]).index
            repeated = here.isin(known)
            pairs = pairs.assign(status=np.where(repeated, "repeated", "new"))
            dropped = previous_pairs[~known.isin(here)].assign(status="dropped", weight=0.0)
            row.update(
                new_ties=int((~repeated).sum()),
                repeated_ties=int(repeated.sum()),
                dropped_ties=len(dropped),
            )
            pairs = pd.concat([pairs, dropped[pairs.columns]], ignore_index=True)
        ties.append(pairs.assign(slice=label))
        if view.n:
            metrics = node_metrics(view, MOVER_METRICS, seed=seed)
            ranks = pd.DataFrame({"id": metrics["id"]})
            for metric in MOVER_METRICS:
                ranks[f"rank_{metric}"] = (
                    metrics[metric].rank(ascending=False, method="min").astype(int).to_numpy()
                )
                ranks[metric] = metrics[metric].to_numpy()
        else:
            ranks = pd.DataFrame(columns=["id", *[f"rank_{m}" for m in MOVER_METRICS]])
        if previous_ranks is not None and label != UNDATED:
            before = previous_ranks.set_index("id")
            ranks["status"] = np.where(ranks["id"].isin(before.index), "stayed", "entered")
            for metric in MOVER_METRICS:
                old = ranks["id"].map(before[f"rank_{metric}"])
                ranks[f"rank_change_{metric}"] = (old - ranks[f"rank_{metric}"]).to_numpy()
            gone = before.index.difference(ranks["id"])
            row.update(entered=int((ranks["status"] == "entered").sum()), left=len(gone))
            left = pd.DataFrame({"id": gone, "status": "left"})
            ranks = pd.concat([ranks, left], ignore_index=True)
        else:
            ranks["status"] = "entered" if label != UNDATED else "undated"
            row.update(entered=int(view.n) if label != UNDATED else 0, left=0)
        ranks.insert(0, "slice", label)
        ranks.insert(2, "name", ranks["id"].map(names))
        movers.append(ranks)
        if label != UNDATED:
            previous_ranks = ranks[ranks["status"] != "left"][
                ["id", *[f"rank_{m}" for m in MOVER_METRICS]]
            ]
            previous_pairs = pairs[pairs["status"] != "dropped"][["source", "target"]]
        rows.append(row)
        if progress:
            progress(label, done, len(cut))
    table = pd.DataFrame(rows)
    dated = table["slice"] != UNDATED
    for measure in TABLE_MEASURES:
        change = table.loc[dated, measure].astype(float).diff()
        table[f"change_{measure}"] = _missing_kept(change.reindex(table.index))
    movers = pd.concat(movers, ignore_index=True)
    for column in movers.columns:
        # no rank or measure (left), no change (entered): empty, not 0
        if column.startswith("rank") or column in MOVER_METRICS:
            movers[column] = _missing_kept(movers[column])
    return Evolution(
        table=table,
        movers=movers,
        ties=pd.concat(ties, ignore_index=True)[["slice", "source", "target", "weight", "status"]],
        networks=cut,
        views=views,
    )


def _folder_name(label: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in label.replace("–", "-")).strip("-") or "slice"


def write_evolution(
    result: Evolution, out_dir, *, analyse_slices: bool = True, progress=None, **parameters
) -> list:
    """Write ``evolution.csv``, ``movers.csv`` and ``ties.csv``, and every slice's own tables.

    Each slice's analysis (:func:`~helix_graph.analysis.run.analyze_network`, with
    ``parameters``) goes into ``slices/<label>/``, the same files ``analyze`` writes;
    ``progress(label)`` is called as each one is done.
    """
    from pathlib import Path

    from helix_graph.analysis.run import analyze_network
    from helix_graph.export import write_table

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = [
        write_table(result.table, out / "evolution.csv"),
        write_table(result.movers, out / "movers.csv"),
        write_table(result.ties, out / "ties.csv"),
    ]
    if len(result.table):  # the table as lines over the slices
        from helix_graph.viz.charts import chart_svg, evolution_chart

        (out / "evolution.svg").write_text(
            chart_svg(evolution_chart(result.table)), encoding="utf-8"
        )
        paths.append(out / "evolution.svg")
    if analyse_slices:
        for label, net in result.networks.items():
            folder = out / "slices" / _folder_name(label)
            analyze_network(net, folder, **parameters)
            paths.append(folder)
            if progress:
                progress(label)
    return paths
