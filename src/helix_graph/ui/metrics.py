"""Metrics: a sortable table of every metric for the current filter, with downloads."""

from __future__ import annotations

import io

import pandas as pd
import streamlit as st

from helix_graph.analysis import Filters
from helix_graph.model import country_name
from helix_graph.store import GraphStore
from helix_graph.ui import state

__all__ = ["render", "metrics_table", "TABLES"]

TABLES = {"organisations": "Organisations", "projects": "Projects", "countries": "Countries"}


def metrics_table(store: GraphStore, filters: Filters, which: str) -> pd.DataFrame:
    """The metric table of organisations, projects or countries for the filtered network."""
    if which == "organisations":
        return state.organisation_table(store, filters)
    net = state.network(store, filters)
    if which == "projects":
        table = net.projects[["id", "acronym", "title", "programme", "start_date", "end_date"]]
        return table.merge(state.metrics(store, filters, "project"), on="id", how="left")
    if which == "countries":
        table = state.metrics(store, filters, "country")
        table.insert(1, "name", [country_name(c) for c in table["id"]])
        return table
    raise ValueError(f"unknown table {which!r}; use one of {', '.join(TABLES)}")


def _downloads(table: pd.DataFrame, which: str) -> None:
    st.subheader("Download")
    c1, c2 = st.columns(2)
    c1.download_button("Table as CSV", table.to_csv(index=False).encode("utf-8"), file_name=f"{which}.csv",
                       mime="text/csv", key="metrics_download_csv")
    buffer = io.BytesIO()
    table.astype({c: "string" for c in table.columns if table[c].dtype == object}).to_parquet(buffer, index=False)
    c2.download_button("Table as Parquet", buffer.getvalue(), file_name=f"{which}.parquet",
                       mime="application/vnd.apache.parquet", key="metrics_download_parquet")


def render(store: GraphStore, filters: Filters) -> None:
    st.header("Metrics")
    which = st.radio("Table", list(TABLES), format_func=TABLES.get, horizontal=True, key="metrics_table_choice")
    table = metrics_table(store, filters, which)
    if table.empty:
        st.info("Nothing matches these filters (or no data is loaded yet: see the Data page).")
        return
    st.caption(f"{len(table):,} rows. Click a column header to sort. Betweenness is exact below 5,000 nodes and "
               "sampled above (see the analysis documentation).")
    st.dataframe(table, hide_index=True, key="metrics_table")
    _downloads(table, which)
