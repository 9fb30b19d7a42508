"""The one analysis core: every table of the analysis, each defined once, computed once.

:class:`Analysis` holds one network and its parameters; each table (organisations,
projects, countries, communities, the under-connected report, the ties) is built by one
method the first time it is asked for, from one :class:`~helix_graph.analysis.GraphView`
that every measure shares. The command line (``analyze``, ``export``, ``recommend``), the
app and the Python API all ask the same object, so the same parameters give the same
numbers everywhere. :func:`analyze` computes everything and writes the files.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cached_property
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd

from helix_graph.analysis.brokerage import BROKERAGE_ROLES, brokerage
from helix_graph.analysis.centrality import (
    COUNTRY_METRICS,
    ESTIMATED,
    LANCZOS_VECTORS,
    METRICS,
    PROJECT_METRICS,
    node_metrics,
    weighted_pagerank,
)
from helix_graph.analysis.communities import (
    COMMUNITY_METHODS,
    Partition,
    community_profiles,
    detect_communities,
)
from helix_graph.analysis.engines import ENGINES, GraphView
from helix_graph.analysis.gaps import LOCAL_KINDS, under_connected
from helix_graph.analysis.graphs import (
    collaboration_edges,
    collaboration_view,
    country_graph,
    incidence,
    multipartite_graph,
    project_graph,
    project_view,
)
from helix_graph.analysis.helix import (
    SECTORS,
    helix_mix,
    helix_summary,
    mix_table,
    participation_sectors,
)
from helix_graph.analysis.network import Filters, Network, positions, read_network
from helix_graph.errors import UsageError
from helix_graph.model import country_name

__all__ = [
    "Analysis",
    "AnalysisResult",
    "analyze",
    "analyze_network",
    "ANALYSIS_FILES",
    "ORGANISATION_TABLE_COLUMNS",
    "STEPS",
]

ANALYSIS_FILES = (
    "organisations.csv",
    "projects.csv",
    "countries.csv",
    "communities.csv",
    "under_connected.csv",
    "collaboration_edges.csv",
    "helix.json",
    "manifest.json",
)

ORGANISATION_TABLE_COLUMNS = (
    "id",
    "name",
    "kind",
    "helix_sector",
    "country",
    "country_name",
    "city",
    "latitude",
    "longitude",
    *METRICS,
    *(f"{m}_error" for m in ESTIMATED),
    "community",
    "constraint",
    "effective_size",
    *BROKERAGE_ROLES,
    "brokerage",
)
"""The organisation table's columns, in order (every export and page shows these). The
``*_error`` columns are the 95% half-widths of sampled estimates, 0 where a measure is exact."""

STEPS = (
    "graph",
    "centrality",
    "communities",
    "brokerage",
    "organisations",
    "helix",
    "projects",
    "countries",
    "under_connected",
    "write",
)
"""The stages of :func:`analyze_network`, in order (each timed in the manifest)."""

Progress = Callable[[str, int, int], None]
"""Called as ``progress(step, steps_done, steps_total)``."""


class Analysis:
    """Every table of the analysis of one network, each built on first use and kept.

    Parameters
    ----------
    network : Network
        From :func:`read_network` (or :func:`network_from_dataset`).
    engine : {"auto", "networkx", "igraph"}, default "auto"
    seed : int, default 0
        Seed of communities, the betweenness sample and the closeness pivots.
    community_method : {"leiden", "louvain", "label_propagation"}, default "leiden"
    betweenness_k : int, optional
        Betweenness sample size (default: exact below 5,000 organisations, else 64).
    under_connected_kinds : sequence of str or None, default :data:`LOCAL_KINDS`
        Kinds in :attr:`under_connected` (None: every organisation).

    Examples
    --------
    >>> import pandas as pd
    >>> net = Network(pd.DataFrame({"id": ["a", "b", "c"], "name": ["A", "B", "C"]}),
    ...               pd.DataFrame({"id": ["p"]}),
    ...               pd.DataFrame({"organisation": ["a", "b", "c"], "project": "p", "role": None}))
    >>> Analysis(net).organisations[["id", "degree", "strength"]].values.tolist()
    [['a', 2, 2.0], ['b', 2, 2.0], ['c', 2, 2.0]]
    """

    def __init__(
        self,
        network: Network,
        *,
        engine: str = "auto",
        seed: int = 0,
        community_method: str = "leiden",
        betweenness_k: int | None = None,
        under_connected_kinds=LOCAL_KINDS,
    ):
        if community_method not in COMMUNITY_METHODS:
            raise UsageError(
                f"community method '{community_method}' is unknown; "
                f"use one of {', '.join(COMMUNITY_METHODS)}"
            )
        self.network = network
        self.engine = engine
        self.seed = seed
        self.community_method = community_method
        self.betweenness_k = betweenness_k
        self.under_connected_kinds = tuple(under_connected_kinds) if under_connected_kinds else None
        if engine not in ENGINES:  # refused now, not at the first table
            raise UsageError(f"engine '{engine}' is unknown; use one of {', '.join(ENGINES)}")

    # -- the graph every measure shares ------------------------------------------------------
    @cached_property
    def view(self) -> GraphView:
        """The collaboration graph (:func:`collaboration_view`), shared by every measure."""
        return collaboration_view(self.network)

    @property
    def graph(self) -> nx.Graph:
        """The collaboration graph as NetworkX (built on first use)."""
        return self.view.nx

    def evolution(self, by="period", *, progress=None):
        """The network's slices and what changed (:func:`evolution`), measured once per slicing.

        ``progress(label, done, total)`` is called as each slice is measured, the first time.
        """
        from helix_graph.analysis.evolution import evolution

        measured = self.__dict__.setdefault("_evolutions", {})
        key = repr(by)
        if key not in measured:
            measured[key] = evolution(self.network, by, seed=self.seed, progress=progress)
        return measured[key]

    def has_evolution(self, by="period") -> bool:
        """Whether :meth:`evolution` has measured ``by`` already."""
        return repr(by) in self.__dict__.get("_evolutions", {})

    # -- measures ----------------------------------------------------------------------------
    @cached_property
    def centrality(self) -> pd.DataFrame:
        """:func:`node_metrics` of every organisation (all of :data:`METRICS`)."""
        return node_metrics(
            self.view, METRICS, engine=self.engine, k=self.betweenness_k, seed=self.seed
        )

    def measure(self, name: str) -> pd.DataFrame:
        """One of :data:`METRICS` for every organisation (columns ``id`` and the measure).

        The column of :attr:`centrality` when the table is there; else computed alone, with
        the same parameters and so the same values (a drawing sized by PageRank needs no
        betweenness), and kept.
        """
        if "centrality" in self.__dict__:
            return self.centrality[["id", name]]
        measured = self.__dict__.setdefault("_measures", {})
        if name not in measured:
            measured[name] = node_metrics(
                self.view, [name], engine=self.engine, k=self.betweenness_k, seed=self.seed
            )[["id", name]]
        return measured[name]

    def has_measure(self, name: str) -> bool:
        """Whether :meth:`measure` has ``name`` at hand (alone, or in :attr:`centrality`)."""
        return "centrality" in self.__dict__ or name in self.__dict__.get("_measures", {})

    @cached_property
    def partition(self) -> Partition:
        return detect_communities(
            self.view, self.community_method, seed=self.seed, engine=self.engine
        )

    @cached_property
    def brokerage(self) -> pd.DataFrame:
        """Constraint, effective size and the Gould–Fernandez roles by helix sector."""
        return brokerage(self.view, "helix_sector", engine=self.engine)

    # -- the tables --------------------------------------------------------------------------
    @cached_property
    def organisations(self) -> pd.DataFrame:
        """The organisation table: one row per organisation, :data:`ORGANISATION_TABLE_COLUMNS`."""
        orgs = self.network.organisations
        table = pd.DataFrame(
            {
                c: orgs[c] if c in orgs else None
                for c in ("id", "name", "kind", "helix_sector", "country", "city")
            }
        )
        # the place given in the data (Gephi's geo layout reads these two), empty when none
        for c in ("latitude", "longitude"):
            table[c] = pd.to_numeric(orgs[c], errors="coerce") if c in orgs else np.nan
        names = [
            country_name(code) if isinstance(code, str) and code else None
            for code in table["country"].tolist()  # a list: Arrow columns iterate slowly
        ]
        table.insert(5, "country_name", names)
        metrics = self.centrality
        # every table is aligned with the network's organisations: columns are assigned, not merged
        for column in METRICS:
            table[column] = metrics[column].to_numpy()
        for metric in ESTIMATED:
            column = f"{metric}_error"
            table[column] = metrics[column].to_numpy() if column in metrics else 0.0
        membership = self.partition.membership
        table["community"] = np.fromiter(
            (membership.get(v, -1) for v in table["id"].tolist()), dtype=np.int64, count=len(table)
        )
        for column in ("constraint", "effective_size", *BROKERAGE_ROLES, "brokerage"):
            table[column] = self.brokerage[column].to_numpy()
        table.attrs["parameters"] = {
            "centrality": metrics.attrs.get("parameters", {}),
            "communities": self.partition.parameters,
        }
        return table

    @cached_property
    def edges(self) -> pd.DataFrame:
        """The collaboration ties: source, target, weight, projects."""
        return collaboration_edges(self.network, view=self.view)

    @cached_property
    def _projects(self) -> tuple[pd.DataFrame, dict]:
        return _project_table(self.network, engine=self.engine, seed=self.seed)

    @property
    def projects(self) -> pd.DataFrame:
        """One row per project: its fields, helix mix, partners, countries and project-graph measures."""
        return self._projects[0]

    @property
    def project_info(self) -> dict:
        """How the project measures were computed (the graph built or not, engine, samples)."""
        return self._projects[1]

    @cached_property
    def countries(self) -> pd.DataFrame:
        """One row per country: name, organisations, domestic and cross-border ties, measures, helix mix."""
        return _country_table(self.network, self.view, engine=self.engine, seed=self.seed)

    @cached_property
    def communities(self) -> pd.DataFrame:
        """One row per community: size, modularity, helix mix, countries, top members."""
        table = community_profiles(self.view, self.partition, self.centrality)
        table.insert(1, "modularity", self.partition.modularity)
        return table

    @cached_property
    def helix(self) -> dict:
        """Every helix indicator of the network (``helix.json``)."""
        summary = helix_summary(self.network, self.view, self.partition)
        summary["parameters"] = {"community_method": self.community_method, "seed": self.seed}
        return summary

    @cached_property
    def under_connected(self) -> pd.DataFrame:
        """The under-connected report on :attr:`under_connected_kinds`."""
        return self.under_connected_for(self.under_connected_kinds)

    def under_connected_for(
        self, kinds=LOCAL_KINDS, *, sectors=None, countries=None
    ) -> pd.DataFrame:
        """The under-connected report for other kinds, sectors or countries (see :func:`under_connected`); kept."""
        key = tuple(tuple(v) if v else None for v in (kinds, sectors, countries))
        reports = self.__dict__.setdefault("_reports", {})
        if key not in reports:
            reports[key] = under_connected(
                self.view, self.organisations, kinds=kinds, sectors=sectors, countries=countries
            )
        return reports[key]

    def graph_with_table(self, kind: str = "collaboration") -> tuple[nx.Graph, pd.DataFrame | None]:
        """A graph of ``kind`` (collaboration, project, country, multipartite) and the table of its nodes.

        What every export and download writes: the nodes' attributes are the table's
        columns (none for the multipartite graph, whose nodes are of five kinds).
        """
        tables = {
            "collaboration": lambda: self.organisations,
            "project": lambda: self.projects,
            "country": lambda: self.countries,
            "multipartite": lambda: None,
        }
        graph = self._graph_of(kind)
        return graph, tables[kind]()

    def _graph_of(self, kind: str) -> nx.Graph:
        """The graph of ``kind`` alone (no table computed for it)."""
        if kind == "collaboration":
            return self.graph
        if (
            kind == "project"
        ):  # the minimum-weight filter ties projects by that many shared partners
            return project_graph(self.network, min_weight=self.network.filters.min_weight)
        if kind == "country":
            return country_graph(self.network, self.view)
        if kind == "multipartite":
            return multipartite_graph(self.network)
        raise UsageError(
            f"graph '{kind}' is unknown; use collaboration, project, country or multipartite"
        )

    def view_graph(self, kind: str = "collaboration") -> nx.Graph:
        """The graph of ``kind`` (as :meth:`graph_with_table`), built once and kept (do not modify)."""
        graphs = self.__dict__.setdefault("_view_graphs", {})
        if kind not in graphs:
            graphs[kind] = self._graph_of(kind)
        return graphs[kind]

    def view_partition(self, kind: str = "collaboration") -> Partition:
        """Communities of the graph of ``kind`` (the organisations' own for collaboration); kept."""
        if kind in ("collaboration", "multipartite"):
            return self.partition
        partitions = self.__dict__.setdefault("_view_partitions", {})
        if kind not in partitions:
            partitions[kind] = detect_communities(
                self.view_graph(kind), self.community_method, seed=self.seed, engine=self.engine
            )
        return partitions[kind]

    @property
    def manifest(self) -> dict:
        """How the tables were computed: filters, counts, parameters (timings are added by :func:`analyze`)."""
        manifest = self.__dict__.setdefault(
            "_manifest", {}
        )  # timings and the store are added to the same dict
        manifest.update(
            {
                "filters": self.network.filters.as_dict(),
                "counts": self.network.counts(),
                "collaboration_ties": int(self.view.m),
                "centrality": self.centrality.attrs.get("parameters", {}),
                "communities": {
                    **self.partition.parameters,
                    "count": len(self.partition),
                    "modularity": self.partition.modularity,
                },
                "brokerage": {
                    "group": "helix_sector",
                    "roles": "gatekeeper and representative merged: ties are undirected",
                },
                "under_connected": {"kinds": list(self.under_connected_kinds or [])},
                "projects": self.project_info,
            }
        )
        return manifest


AnalysisResult = Analysis
"""What :func:`analyze` returns: the :class:`Analysis` with every table computed."""


def analyze(
    store, filters: Filters | None = None, out_dir: str | Path | None = None, **kwargs
) -> Analysis:
    """Read the network from ``store`` and run :func:`analyze_network` on it.

    Parameters
    ----------
    store : GraphStore
    filters : Filters, optional
    out_dir : path, optional
        Write :data:`ANALYSIS_FILES` there.
    **kwargs
        Passed to :func:`analyze_network` (engine, seed, community_method, betweenness_k,
        under_connected_kinds, progress).
    """
    started = time.perf_counter()
    network = read_network(store, filters)
    read_s = time.perf_counter() - started
    return analyze_network(
        network,
        out_dir,
        **kwargs,
        _timings={"read": read_s},
        _store=store.describe() if hasattr(store, "describe") else None,
    )


def analyze_network(
    network: Network,
    out_dir: str | Path | None = None,
    *,
    progress: Progress | None = None,
    _timings: dict | None = None,
    _store: dict | None = None,
    **parameters,
) -> Analysis:
    """Every table of :class:`Analysis` for one network, computed now (and written to ``out_dir``).

    Parameters
    ----------
    network : Network
    out_dir : path, optional
        Folder for the files (created); nothing is written without it.
    progress : callable, optional
        ``progress(step, done, total)`` after each of :data:`STEPS`.
    **parameters
        engine, seed, community_method, betweenness_k, under_connected_kinds (see :class:`Analysis`).

    Returns
    -------
    Analysis
        An empty network gives empty tables (with their columns), never an error.
    """
    result = Analysis(network, **parameters)
    timings = dict(_timings or {})
    work = {
        "graph": lambda: result.view,
        "centrality": lambda: result.centrality,
        "communities": lambda: result.partition,
        "brokerage": lambda: result.brokerage,
        "organisations": lambda: (result.organisations, result.communities),
        "helix": lambda: result.helix,
        "projects": lambda: result.projects,
        "countries": lambda: result.countries,
        "under_connected": lambda: result.under_connected,
        "write": lambda: write_analysis(result, out_dir) if out_dir is not None else None,
    }
    for done, step in enumerate(STEPS, start=1):
        clock = time.perf_counter()
        work[step]()
        timings[step] = round(time.perf_counter() - clock, 3)
        if progress:
            progress(step, done, len(STEPS))
    manifest = result.manifest
    manifest["store"] = _store
    manifest["timings_s"] = {**timings, "total": round(sum(timings.values()), 3)}
    if out_dir is not None:
        _write_manifest(result, Path(out_dir))
    return result


PROJECT_GRAPH_MAX_TIES = 2_000_000
"""Above this many project–project pair rows the project graph is not built: strength,
eigenvector and PageRank are computed from the participation matrix instead, and degree
and betweenness are left out (said in the manifest)."""


def _implicit_project_metrics(network: Network) -> pd.DataFrame:
    """Strength, eigenvector and PageRank of the project graph without building it.

    With B the organisation × project incidence matrix, the project graph's weights are
    W = BᵀB − diag(partners); products W·x are computed as Bᵀ(Bx) − partners·x.
    """
    import scipy.sparse.linalg as sla

    projects = network.projects["id"].to_numpy()
    B = incidence(network)
    Bt = B.T.tocsr()
    per_org = np.asarray(B.sum(axis=1)).ravel()
    partners = np.asarray(B.sum(axis=0)).ravel()
    strength = Bt @ (per_org - 1)

    def matvec(x):
        return Bt @ (B @ x) - partners * x

    n = len(projects)
    pagerank = weighted_pagerank(matvec, strength)
    operator = sla.LinearOperator((n, n), matvec=matvec, dtype=float)
    if n > 2 and strength.any():
        _, vectors = sla.eigsh(
            operator, k=1, which="LA", tol=1e-10, v0=np.ones(n), ncv=min(n, LANCZOS_VECTORS)
        )
        eigen = np.abs(vectors[:, 0])
        eigen /= np.linalg.norm(eigen) or 1.0
    else:
        eigen = np.zeros(n)
    return pd.DataFrame(
        {
            "id": pd.Series(projects, dtype=object),
            "strength": strength.astype(float),
            "eigenvector": eigen,
            "pagerank": pagerank,
        }
    )


def _project_table(network: Network, *, engine: str, seed: int) -> tuple[pd.DataFrame, dict]:
    parts, orgs, projects = network.participations, network.organisations, network.projects
    org_row = positions(parts["organisation"], orgs["id"])
    project_row = positions(parts["project"], projects["id"])
    per_org = np.bincount(org_row[org_row >= 0], minlength=len(orgs))
    pair_rows = int((per_org * (per_org - 1) // 2).sum())
    if pair_rows <= PROJECT_GRAPH_MAX_TIES:
        metrics = node_metrics(
            project_view(network, with_organisations=False),
            PROJECT_METRICS,
            engine=engine,
            seed=seed,
        )
        info = {"graph": "built", "parameters": metrics.attrs.get("parameters", {})}
    else:
        metrics = _implicit_project_metrics(network)
        info = {
            "graph": "implicit",
            "pair_rows": pair_rows,
            "note": f"more than {PROJECT_GRAPH_MAX_TIES:,} project pairs: degree and betweenness left out; "
            "strength, eigenvector and PageRank computed from the participation matrix",
        }
    # every count by the participations' rows in the tables (no merge on ids): one row per
    # project in table order, 0 where a project has no participation
    mix = mix_table("id", projects["id"], project_row, participation_sectors(network, org_row))
    table = pd.concat([projects.reset_index(drop=True), mix.drop(columns="id")], axis=1)
    table = table.merge(metrics, on="id", how="left")
    table["partners"] = np.bincount(project_row[project_row >= 0], minlength=len(projects))
    country = pd.factorize(orgs["country"], use_na_sentinel=True)[0]  # -1: none
    table["countries"] = _distinct_per_row(
        project_row, np.where(org_row >= 0, country[org_row], -1), len(projects)
    )
    return table, info


def _distinct_per_row(rows: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """How many distinct values ≥ 0 each of ``n`` rows has, from pairs (``rows[i]``, ``values[i]``); -1s count nowhere."""
    keep = (rows >= 0) & (values >= 0)
    width = int(values[keep].max()) + 1 if keep.any() else 1
    pairs = np.unique(rows[keep].astype(np.int64) * width + values[keep])
    return np.bincount(pairs // width, minlength=n)


COUNTRY_TABLE_COLUMNS = (
    "id",
    "name",
    "organisations",
    "domestic_ties",
    "cross_border_ties",
    *COUNTRY_METRICS,
)


def _country_table(network: Network, view: GraphView, *, engine: str, seed: int) -> pd.DataFrame:
    C = country_graph(network, view)
    keep = ["id", *[f"share_{s}" for s in SECTORS], "sectors_present"]
    if C.number_of_nodes() == 0:
        return pd.DataFrame(columns=[*COUNTRY_TABLE_COLUMNS, *keep[1:]])
    metrics = node_metrics(C, COUNTRY_METRICS, engine=engine, seed=seed)
    table = pd.DataFrame(
        {
            "id": list(C),
            "name": [country_name(c) for c in C],
            "organisations": [C.nodes[c]["organisations"] for c in C],
            "domestic_ties": [C.nodes[c]["domestic"] for c in C],
        }
    )
    table = table.merge(metrics, on="id")
    table.insert(4, "cross_border_ties", table["strength"].astype(int))
    mix = helix_mix(network, "country").rename(columns={"country": "id"})
    table = table.merge(mix[keep], on="id", how="left")
    return table.sort_values(["organisations", "id"], ascending=[False, True]).reset_index(
        drop=True
    )


def write_analysis(result: AnalysisResult, out_dir: str | Path) -> list[Path]:
    """Write the tables and ``helix.json`` of ``result`` into ``out_dir``."""
    from helix_graph.export import write_table

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)

    def edges() -> Path:
        table = (
            result.edges
            if "edges" in result.__dict__
            else collaboration_edges(result.network, view=result.view, projects_as_text=True)
        )
        return write_table(table, out / "collaboration_edges.csv")

    # the ties' file (a compiled kernel, then Arrow's writer: both let go of the GIL) is
    # built and written beside the other tables, which are mostly pandas
    with ThreadPoolExecutor(max_workers=1) as pool:
        ties = pool.submit(edges)
        paths = [
            write_table(result.organisations, out / "organisations.csv"),
            write_table(result.projects, out / "projects.csv"),
            write_table(result.countries, out / "countries.csv"),
            write_table(result.communities, out / "communities.csv"),
            write_table(result.under_connected, out / "under_connected.csv"),
            ties.result(),
        ]
    (out / "helix.json").write_text(
        json.dumps(result.helix, indent=2, allow_nan=False), encoding="utf-8"
    )
    return [*paths, out / "helix.json"]


def _write_manifest(result: AnalysisResult, out: Path) -> None:
    result.manifest["rows"] = {
        "organisations.csv": len(result.organisations),
        "projects.csv": len(result.projects),
        "countries.csv": len(result.countries),
        "communities.csv": len(result.communities),
        "under_connected.csv": len(result.under_connected),
        # one row per tie: counted from the view, not by building the table with tuples of projects
        "collaboration_edges.csv": int(result.view.m),
    }
    (out / "manifest.json").write_text(
        json.dumps(result.manifest, indent=2, default=str, allow_nan=False), encoding="utf-8"
    )
