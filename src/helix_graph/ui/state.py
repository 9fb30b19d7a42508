"""The store (one per process) and what is computed from it, cached and keyed by where the
store is, what it holds and the filters.

A cached value is keyed by the store's address and graph name plus its node and
relationship counts (read once per script run), so loading data (here or with the CLI)
invalidates it without a manual refresh, and tests that each use their own graph never
see each other's results. The network tables and graphs are cached with
``st.cache_resource``: they are large (800,000 ties at CORDIS scale) and never modified
by the pages, and ``st.cache_data`` would copy them on every rerun. Metric tables use
``st.cache_data``.
"""

from __future__ import annotations

import json

import networkx as nx
import pandas as pd
import streamlit as st

from helix_graph import analysis
from helix_graph.analysis import Filters, Network
from helix_graph.config import Settings, settings
from helix_graph.store import GraphStore, cypher, open_store
from helix_graph.ui.preload import content_key, forget_preloaded, take_preloaded

__all__ = ["current_settings", "get_store", "store_key", "begin_run", "network", "graph", "partition", "metrics",
           "organisation_table", "under_connected", "recommendations", "programmes", "VIEWS", "clear_caches"]

VIEWS = {
    "collaboration": "Organisation collaboration",
    "multipartite": "Multipartite (projects, organisations, countries, sectors)",
    "project": "Projects (tied by shared partners)",
    "country": "Countries (tied by cross-border collaboration)",
}
_RUN_KEY = "_helix_store_key"


def current_settings() -> Settings:
    return settings()


@st.cache_resource(show_spinner="Connecting to the graph store…")
def _store_for(kind: str, data_dir: str, graph_name: str, neo4j_uri: str | None, neo4j_user: str,
               neo4j_database: str | None) -> GraphStore:
    # The arguments are the cache key: one store per place, shared by every session.
    return open_store(settings(store=kind, data_dir=data_dir, graph_name=graph_name, neo4j_uri=neo4j_uri,
                               neo4j_user=neo4j_user, neo4j_database=neo4j_database))


def get_store() -> GraphStore:
    """The store the settings choose (the embedded FalkorDB is started if needed)."""
    config = current_settings()
    return _store_for(config.store, str(config.data_dir), config.graph_name, config.neo4j_uri,
                      config.neo4j_user, config.neo4j_database)


def begin_run(store: GraphStore) -> str:
    """Read what the store holds once for this script run (every cached value is keyed by it)."""
    key = content_key(store)
    st.session_state[_RUN_KEY] = key
    return key


def store_key(store: GraphStore) -> str:
    """Where the store is and what it holds, as a cache key (this run's, else read now)."""
    try:
        key = st.session_state.get(_RUN_KEY)
    except Exception:  # noqa: BLE001 - no session outside a running app (library use, tests)
        key = None
    if key and json.loads(key)["where"] == json.loads(json.dumps(store.describe(), default=str)):
        return key
    return content_key(store)


def clear_caches() -> None:
    forget_preloaded()
    for cached in (_everything, _network, _graph, _partition, _metrics, _programmes, _organisation_table,
                   _under_connected, _recommendations):
        cached.clear()


@st.cache_resource(show_spinner="Reading the network…", max_entries=4)
def _everything(_store: GraphStore, key: str) -> Network:
    return take_preloaded(key) or analysis.read_network(_store)


@st.cache_resource(show_spinner="Filtering…", max_entries=16)
def _network(_store: GraphStore, key: str, filters: Filters) -> Network:
    everything = _everything(_store, key)
    if filters == Filters():
        return everything
    # programme choices come from the store's own list (sidebar), so no second read to check them
    return analysis.filter_network(everything, filters)


def network(store: GraphStore, filters: Filters) -> Network:
    """The filtered network tables (filtered in memory from one read of the store)."""
    return _network(store, store_key(store), filters)


@st.cache_resource(show_spinner="Building the graph…", max_entries=16)
def _graph(_store: GraphStore, key: str, filters: Filters, view: str) -> nx.Graph:
    net = _network(_store, key, filters)
    if view == "collaboration":
        return analysis.collaboration_graph(net)
    if view == "multipartite":
        return analysis.multipartite_graph(net)
    if view == "project":
        return analysis.project_graph(net, min_weight=filters.min_weight)
    if view == "country":
        return analysis.country_graph(net)
    raise ValueError(f"unknown view {view!r}; use one of {', '.join(VIEWS)}")


def graph(store: GraphStore, filters: Filters, view: str = "collaboration") -> nx.Graph:
    """One of the four graphs of :data:`VIEWS` for the filtered network (shared: do not modify it)."""
    return _graph(store, store_key(store), filters, view)


@st.cache_resource(show_spinner="Finding communities…", max_entries=16)
def _partition(_store: GraphStore, key: str, filters: Filters, view: str) -> analysis.Partition:
    return analysis.detect_communities(_graph(_store, key, filters, view), "leiden")


def partition(store: GraphStore, filters: Filters, *, view: str = "collaboration") -> analysis.Partition:
    """Communities of a view's graph (by default the organisation collaboration graph)."""
    return _partition(store, store_key(store), filters, view)


@st.cache_data(show_spinner="Computing centralities…", max_entries=32)
def _metrics(_store: GraphStore, key: str, filters: Filters, view: str, names: tuple[str, ...] | None) -> pd.DataFrame:
    G = _graph(_store, key, filters, view)
    if view == "collaboration":
        return analysis.node_metrics(G, names or analysis.METRICS)
    if view == "project":
        return analysis.project_metrics(G) if names is None else analysis.node_metrics(G, names)
    if view == "country":
        return analysis.country_metrics(G) if names is None else analysis.node_metrics(G, names)
    raise ValueError(f"no metrics for the {view} view")


def metrics(store: GraphStore, filters: Filters, view: str = "collaboration",
            names: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Centralities of the nodes of a view (all that make sense for it, or ``names``)."""
    return _metrics(store, store_key(store), filters, view, names)


@st.cache_data(max_entries=4)
def _programmes(_store: GraphStore, key: str) -> dict[str, str]:
    rows = _store.read(cypher("read/analysis_programmes"))
    return {row["id"]: row.get("name") or row["id"] for row in sorted(rows, key=lambda r: str(r.get("name")))}


def programmes(store: GraphStore) -> dict[str, str]:
    """Programme id → name, for the programme filter."""
    return _programmes(store, store_key(store))


@st.cache_data(show_spinner="Computing every organisation metric…", max_entries=8)
def _organisation_table(_store: GraphStore, key: str, filters: Filters) -> pd.DataFrame:
    G = _graph(_store, key, filters, "collaboration")
    net = _network(_store, key, filters)
    table = net.organisations[["id", "name", "kind", "helix_sector", "country"]].copy()
    if table.empty:
        return table
    table = table.merge(_metrics(_store, key, filters, "collaboration", None), on="id", how="left")
    table = table.merge(analysis.brokerage(G), on="id", how="left")
    membership = _partition(_store, key, filters, "collaboration").membership
    table["community"] = table["id"].map(membership)
    return table


def organisation_table(store: GraphStore, filters: Filters) -> pd.DataFrame:
    """One row per organisation: attributes, every centrality, brokerage and community."""
    return _organisation_table(store, store_key(store), filters)


@st.cache_data(show_spinner="Ranking under-connected organisations…", max_entries=16)
def _under_connected(_store: GraphStore, key: str, filters: Filters, kinds: tuple[str, ...] | None) -> pd.DataFrame:
    G = _graph(_store, key, filters, "collaboration")
    return analysis.under_connected(G, _organisation_table(_store, key, filters), kinds=kinds)


def under_connected(store: GraphStore, filters: Filters, kinds: tuple[str, ...] | None) -> pd.DataFrame:
    """The under-connected report for organisations of ``kinds`` (None: every kind)."""
    return _under_connected(store, store_key(store), filters, kinds)


@st.cache_data(show_spinner="Looking for partners…", max_entries=32)
def _recommendations(_store: GraphStore, key: str, filters: Filters, org_id: str, k: int,
                     sectors: tuple[str, ...], cross_border: bool | None) -> pd.DataFrame:
    G = _graph(_store, key, filters, "collaboration")
    table = _organisation_table(_store, key, filters)
    pagerank = pd.Series(table["pagerank"].to_numpy(), index=table["id"].to_numpy())
    return analysis.recommend_partners(G, org_id, k, sectors=sectors or None, cross_border=cross_border,
                                       pagerank=pagerank)


def recommendations(store: GraphStore, filters: Filters, org_id: str, k: int = 10, *,
                    sectors: tuple[str, ...] = (), cross_border: bool | None = None) -> pd.DataFrame:
    """Partner suggestions for ``org_id``, with reasons."""
    return _recommendations(store, store_key(store), filters, org_id, k, sectors, cross_border)
