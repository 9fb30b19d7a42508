"""Metrics: a sortable table of every metric for the current filter, with downloads."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import networkx as nx
import pandas as pd
import streamlit as st

from helix_graph.analysis import Filters
from helix_graph.export import export_graph, write_table
from helix_graph.store import GraphStore
from helix_graph.ui import state
from helix_graph.ui.common import NOTHING_MATCHES, show_table

__all__ = ["render", "metrics_table", "table_bytes", "graph_bytes", "TABLES"]

TABLES = {"organisations": "Organisations", "projects": "Projects", "countries": "Countries"}
VIEW_OF = {"organisations": "collaboration", "projects": "project", "countries": "country"}
MIME = {
    "csv": "text/csv",
    "parquet": "application/vnd.apache.parquet",
    "graphml": "application/xml",
    "gexf": "application/xml",
    "json": "application/json",
}


def metrics_table(store: GraphStore, filters: Filters, which: str) -> pd.DataFrame:
    """The analysis table of organisations, projects or countries for the filtered network (as ``analyze`` writes it)."""
    if which == "organisations":
        return state.organisation_table(store, filters)
    if which in TABLES:
        return state.metrics(store, filters, VIEW_OF[which])
    raise ValueError(f"unknown table {which!r}; use one of {', '.join(TABLES)}")


def estimates_note(store: GraphStore, filters: Filters, which: str) -> str:
    """How the table's betweenness (and closeness) were computed: exact, or from how many samples, with the error."""
    if which == "organisations":
        params = state.core(store, filters).centrality.attrs.get("parameters", {})
    elif which == "projects":
        info = state.core(store, filters).project_info
        if (
            info.get("graph") == "implicit"
        ):  # too many project pairs to build the graph: said as the manifest says it
            return info["note"][0].upper() + info["note"][1:] + "."
        params = info.get("parameters", {})
    else:
        params = {}
    k, pivots = params.get("betweenness_sample"), params.get("closeness_pivots")
    if k is None and pivots is None:
        return "Every measure is exact."
    parts = [f"betweenness from {k} sampled sources" if k else "exact betweenness"]
    if which == "organisations":
        parts.append(
            f"closeness and harmonic from {pivots} pivots"
            if pivots
            else "exact closeness and harmonic"
        )
    return (
        f"Estimated (seed {params.get('seed', 0)}): "
        + ", ".join(parts)
        + "; the *_error columns give each "
        "estimate's 95% half-width."
    )


def table_bytes(table: pd.DataFrame, fmt: str) -> bytes:
    """The table as a CSV or Parquet file (cleaned by :func:`helix_graph.export.write_table`)."""
    with tempfile.TemporaryDirectory(prefix="helix-download-") as folder:
        return write_table(table, Path(folder) / f"table.{fmt}", fmt).read_bytes()


def graph_bytes(G: nx.Graph, table: pd.DataFrame, fmt: str) -> bytes:
    """The view's graph with the table's metrics as node attributes, as GraphML, GEXF or node-link JSON."""
    numeric = [
        "id",
        *(c for c in table.columns if c != "id" and pd.api.types.is_numeric_dtype(table[c])),
    ]
    with tempfile.TemporaryDirectory(prefix="helix-download-") as folder:
        (path,) = export_graph(G, Path(folder) / f"graph.{fmt}", fmt, node_table=table[numeric])
        return path.read_bytes()


def _downloads(store: GraphStore, filters: Filters, table: pd.DataFrame, which: str) -> None:
    # on_click="ignore": a click reruns nothing, so a second click right after the first still finds its file
    st.subheader("Download")
    view = VIEW_OF[which]
    cols = st.columns(5)
    for col, fmt in zip(cols[:2], ("csv", "parquet")):
        col.download_button(
            f"Table as {fmt.upper() if fmt == 'csv' else 'Parquet'}",
            data=functools.partial(table_bytes, table, fmt),
            file_name=f"{which}.{fmt}",
            mime=MIME[fmt],
            key=f"metrics_download_{fmt}",
            on_click="ignore",
        )
    G = state.graph(store, filters, view)
    for col, fmt in zip(cols[2:], ("graphml", "gexf", "json")):
        col.download_button(
            f"{view.capitalize()} graph as {fmt.upper() if fmt != 'graphml' else 'GraphML'}",
            data=functools.partial(graph_bytes, G, table, fmt),
            file_name=f"{view}.{fmt}",
            mime=MIME[fmt],
            key=f"metrics_download_{fmt}",
            on_click="ignore",
        )


def render(store: GraphStore, filters: Filters) -> None:
    st.header("Metrics")
    which = st.radio(
        "Table", list(TABLES), format_func=TABLES.get, horizontal=True, key="metrics_table_choice"
    )
    table = metrics_table(store, filters, which)
    if table.empty:
        st.info(NOTHING_MATCHES)
        return
    st.caption(
        f"{len(table):,} rows. Click a column header to sort. "
        + estimates_note(store, filters, which)
    )
    show_table(table, "metrics_table")
    _downloads(store, filters, table, which)
