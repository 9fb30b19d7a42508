"""The full analysis in one call: every table, written to a folder with a manifest."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pandas as pd

from helix_graph.analysis.brokerage import brokerage_roles, structural_holes
from helix_graph.analysis.centrality import METRICS, node_metrics
from helix_graph.analysis.communities import Partition, community_profiles, detect_communities
from helix_graph.analysis.gaps import LOCAL_KINDS, under_connected
from helix_graph.analysis.graphs import collaboration_edges, country_graph, graph_from_edges, project_graph
from helix_graph.analysis.helix import SECTORS, helix_mix, helix_summary
from helix_graph.analysis.network import Filters, Network, read_network
from helix_graph.model import country_name

__all__ = ["AnalysisResult", "analyze", "analyze_network", "ANALYSIS_FILES"]

ANALYSIS_FILES = ("organisations.csv", "projects.csv", "countries.csv", "communities.csv", "under_connected.csv",
                  "collaboration_edges.csv", "helix.json", "manifest.json")

PARALLEL_FROM = 20_000
"""From this many organisations on, brokerage runs in a forked process beside the centrality."""

Progress = Callable[[str, int, int], None]
"""Called as ``progress(step, steps_done, steps_total)``."""


@dataclass
class AnalysisResult:
    """Everything :func:`analyze` computes; ``manifest`` says how (parameters, timings, row counts)."""

    network: Network
    graph: nx.Graph
    organisations: pd.DataFrame
    projects: pd.DataFrame
    countries: pd.DataFrame
    communities: pd.DataFrame
    under_connected: pd.DataFrame
    edges: pd.DataFrame
    helix: dict
    partition: Partition
    manifest: dict = field(default_factory=dict)


def _in_child(fn: Callable[[], object], parallel: bool) -> Callable[[], object]:
    """Start ``fn()`` in a forked process when ``parallel`` (and the platform forks); return a waiter.

    igraph holds the GIL, so a thread would not overlap; a forked child shares the graph
    copy-on-write and sends back only its result table.
    """
    import multiprocessing as mp

    if not parallel or "fork" not in mp.get_all_start_methods():
        value = fn()
        return lambda: value
    context = mp.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def target():
        try:
            send.send(("ok", fn()))
        except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises it
            send.send(("error", exc))
        finally:
            send.close()

    process = context.Process(target=target, daemon=True)
    process.start()
    send.close()

    def wait():
        try:
            status, value = receive.recv()
        except EOFError:  # the child died (killed, out of memory): do the work here instead
            process.join()
            return fn()
        process.join()
        if status != "ok":
            raise value
        return value

    return wait


def analyze(store, filters: Filters | None = None, out_dir: str | Path | None = None, **kwargs) -> AnalysisResult:
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
    result = analyze_network(network, out_dir, **kwargs, _timings={"read": read_s},
                             _store=store.describe() if hasattr(store, "describe") else None)
    return result


def analyze_network(network: Network, out_dir: str | Path | None = None, *, engine: str = "auto", seed: int = 0,
                    community_method: str = "leiden", betweenness_k: int | None = None,
                    under_connected_kinds=LOCAL_KINDS, progress: Progress | None = None,
                    _timings: dict | None = None, _store: dict | None = None) -> AnalysisResult:
    """Every measure of the analysis for one network.

    Parameters
    ----------
    network : Network
    out_dir : path, optional
        Folder for the files (created); nothing is written without it.
    engine : {"auto", "networkx", "igraph"}, default "auto"
    seed : int, default 0
        Seed of communities, the betweenness sample and the closeness pivots.
    community_method : {"leiden", "louvain", "label_propagation"}, default "leiden"
    betweenness_k : int, optional
        Betweenness sample size (default: exact below 5,000 organisations, else 64).
    under_connected_kinds : sequence of str or None
        Kinds in the under-connected report (None: every organisation).
    progress : callable, optional

    Returns
    -------
    AnalysisResult
        An empty network gives empty tables (with their columns), never an error.
    """
    timings = dict(_timings or {})
    steps = ["graph", "centrality", "communities", "helix", "projects", "countries", "brokerage",
             "under_connected", "write"]
    clock = time.perf_counter()

    def step(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = round(now - clock, 3)
        clock = now
        if progress:
            progress(name, steps.index(name) + 1, len(steps))

    edges = collaboration_edges(network)
    G = graph_from_edges(network, edges)
    step("graph")
    parallel = G.number_of_nodes() >= PARALLEL_FROM
    if parallel:
        from helix_graph.analysis.engines import as_igraph

        as_igraph(G)  # build the igraph copy before the fork, so both processes share it
    brokerage_result = _in_child(lambda: structural_holes(G, engine=engine).merge(
        brokerage_roles(G, "helix_sector", engine=engine), on="id", how="left"), parallel)
    metrics = node_metrics(G, METRICS, engine=engine, k=betweenness_k, seed=seed)
    parameters = dict(metrics.attrs.get("parameters", {}))
    step("centrality")
    partition = detect_communities(G, community_method, seed=seed, engine=engine)
    metrics["community"] = metrics["id"].map(partition.membership).fillna(-1).astype(int)
    step("communities")
    helix = helix_summary(network, G, partition)
    helix["parameters"] = {"community_method": community_method, "seed": seed}
    step("helix")

    orgs = network.organisations[["id", "name", "kind", "helix_sector", "country", "city"]]
    organisations = orgs.merge(metrics, on="id", how="left")
    projects, project_info = _project_table(network, engine=engine, seed=seed)
    step("projects")
    countries = _country_table(network, edges, engine=engine, seed=seed)
    step("countries")
    organisations = organisations.merge(brokerage_result(), on="id", how="left")
    step("brokerage")
    communities = community_profiles(G, partition, metrics)
    communities.insert(1, "modularity", partition.modularity)
    gaps = under_connected(G, organisations, kinds=under_connected_kinds)
    step("under_connected")

    manifest = {
        "filters": network.filters.as_dict(),
        "store": _store,
        "counts": network.counts(),
        "collaboration_ties": int(len(edges)),
        "centrality": parameters,
        "communities": {**partition.parameters, "count": len(partition), "modularity": partition.modularity},
        "brokerage": {"group": "helix_sector", "forked_process": parallel, "roles": "gatekeeper and representative merged: "
                      "ties are undirected"},
        "under_connected": {"kinds": list(under_connected_kinds or [])},
        "projects": project_info,
        "timings_s": timings,
    }
    result = AnalysisResult(network, G, organisations, projects, countries, communities, gaps, edges, helix,
                            partition, manifest)
    if out_dir is not None:
        write_analysis(result, out_dir)
    step("write")
    manifest["timings_s"] = timings
    manifest["timings_s"]["total"] = round(sum(v for k, v in timings.items() if k != "total"), 3)
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
    import numpy as np
    import scipy.sparse as sp
    import scipy.sparse.linalg as sla

    from helix_graph.analysis.graphs import _codes

    projects = network.projects["id"].to_numpy()
    orgs = network.organisations["id"].to_numpy()
    parts = network.participations
    rows, cols = _codes(parts["organisation"], orgs), _codes(parts["project"], projects)
    B = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(orgs), len(projects)))
    Bt = B.T.tocsr()
    per_org = np.asarray(B.sum(axis=1)).ravel()
    partners = np.asarray(B.sum(axis=0)).ravel()
    strength = Bt @ (per_org - 1)

    def matvec(x):
        return Bt @ (B @ x) - partners * x

    n = len(projects)
    x = np.full(n, 1.0 / n)
    dangling = strength == 0
    safe = np.where(dangling, 1.0, strength)
    for _ in range(1000):
        y = 0.85 * matvec(np.where(dangling, 0.0, x / safe))
        y += (1 - 0.85) / n + 0.85 * x[dangling].sum() / n
        done = np.abs(y - x).sum() < n * 1e-12
        x = y
        if done:
            break
    operator = sla.LinearOperator((n, n), matvec=matvec, dtype=float)
    if n > 2 and strength.any():
        _, vectors = sla.eigsh(operator, k=1, which="LA", tol=1e-10, v0=np.ones(n))
        eigen = np.abs(vectors[:, 0])
        eigen /= np.linalg.norm(eigen) or 1.0
    else:
        eigen = np.zeros(n)
    return pd.DataFrame({"id": pd.Series(projects, dtype=object), "strength": strength.astype(float),
                         "eigenvector": eigen, "pagerank": x / x.sum()})


def _project_table(network: Network, *, engine: str, seed: int) -> tuple[pd.DataFrame, dict]:
    per_org = network.participations.groupby("organisation").size().to_numpy()
    pair_rows = int((per_org * (per_org - 1) // 2).sum())
    if pair_rows <= PROJECT_GRAPH_MAX_TIES:
        P = project_graph(network, with_organisations=False)
        metrics = node_metrics(P, ["degree", "strength", "betweenness", "eigenvector", "pagerank"], engine=engine,
                               seed=seed)
        info = {"graph": "built", "parameters": metrics.attrs.get("parameters", {})}
    else:
        metrics = _implicit_project_metrics(network)
        info = {"graph": "implicit", "pair_rows": pair_rows,
                "note": f"more than {PROJECT_GRAPH_MAX_TIES:,} project pairs: degree and betweenness left out; "
                        "strength, eigenvector and PageRank computed from the participation matrix"}
    mix = helix_mix(network, "project").rename(columns={"project": "id"})
    table = network.projects.merge(mix, on="id", how="left").merge(metrics, on="id", how="left")
    sizes = network.participations.groupby("project").size().rename("partners")
    table = table.merge(sizes, left_on="id", right_index=True, how="left")
    countries = network.participations.assign(
        country=network.participations["organisation"].map(dict(zip(network.organisations["id"],
                                                                     network.organisations["country"]))))
    table = table.merge(countries.groupby("project")["country"].nunique().rename("countries"),
                        left_on="id", right_index=True, how="left")
    return table, info


def _country_table(network: Network, edges: pd.DataFrame, *, engine: str, seed: int) -> pd.DataFrame:
    C = country_graph(network, edges)
    if C.number_of_nodes() == 0:
        return pd.DataFrame(columns=["id", "name", "organisations", "domestic_ties", "cross_border_ties", "degree",
                                     "strength", "betweenness", "eigenvector", "pagerank"])
    metrics = node_metrics(C, ["degree", "strength", "betweenness", "eigenvector", "pagerank"], engine=engine,
                           seed=seed)
    table = pd.DataFrame({"id": list(C), "name": [country_name(c) for c in C],
                          "organisations": [C.nodes[c]["organisations"] for c in C],
                          "domestic_ties": [C.nodes[c]["domestic"] for c in C]})
    table = table.merge(metrics, on="id")
    table.insert(4, "cross_border_ties", table["strength"].astype(int))
    mix = helix_mix(network, "country").rename(columns={"country": "id"})
    keep = ["id", *[f"share_{s}" for s in SECTORS], "sectors_present"]
    return table.merge(mix[keep], on="id", how="left").sort_values("organisations", ascending=False)


def write_analysis(result: AnalysisResult, out_dir: str | Path) -> list[Path]:
    """Write the tables and ``helix.json`` of ``result`` into ``out_dir``."""
    from helix_graph.export import write_table

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = [
        write_table(result.organisations, out / "organisations.csv"),
        write_table(result.projects, out / "projects.csv"),
        write_table(result.countries, out / "countries.csv"),
        write_table(result.communities, out / "communities.csv"),
        write_table(result.under_connected, out / "under_connected.csv"),
        write_table(result.edges, out / "collaboration_edges.csv"),
    ]
    (out / "helix.json").write_text(json.dumps(result.helix, indent=2, allow_nan=False), encoding="utf-8")
    return [*paths, out / "helix.json"]


def _write_manifest(result: AnalysisResult, out: Path) -> None:
    result.manifest["rows"] = {
        "organisations.csv": len(result.organisations), "projects.csv": len(result.projects),
        "countries.csv": len(result.countries), "communities.csv": len(result.communities),
        "under_connected.csv": len(result.under_connected), "collaboration_edges.csv": len(result.edges),
    }
    (out / "manifest.json").write_text(json.dumps(result.manifest, indent=2, default=str, allow_nan=False),
                                       encoding="utf-8")
