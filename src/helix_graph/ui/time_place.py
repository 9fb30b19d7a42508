"""Time and place: how the network changes between periods, who moved, and who works with which country."""

from __future__ import annotations

import functools

import pandas as pd
import streamlit as st

from helix_graph.analysis import UNDATED, Filters
from helix_graph.errors import HelixError
from helix_graph.model import HELIX_SECTORS
from helix_graph.store import GraphStore
from helix_graph.ui import state
from helix_graph.ui.common import NOTHING_MATCHES, show_table
from helix_graph.ui.metrics import table_bytes
from helix_graph.viz import markdown_text, scene_svg
from helix_graph.viz.charts import (
    chart_svg,
    country_heatmap,
    country_map,
    country_map_tables,
    country_matrix,
    evolution_chart,
)
from helix_graph.viz.views import largest_sector

__all__ = ["render"]

SLICINGS = {
    "period": "programming periods (2000–06, 2007–13, 2014–20, 2021–27)",
    "year": "years (by project start)",
    "windows": "windows of years I choose",
}
HEIGHT = 560


def render(store: GraphStore, filters: Filters) -> None:
    st.header("Time and place")
    net = state.network(store, filters)
    if net.empty:
        st.info(NOTHING_MATCHES)
        return
    c1, c2 = st.columns([2, 3])
    how = c1.radio("Slice by", list(SLICINGS), format_func=SLICINGS.get, key="time_slicing")
    slicing = how
    if how == "windows":
        slicing = c2.text_input("Windows", "2014-2017,2018-2020", key="time_windows").strip()
    try:
        result = state.evolution(store, filters, slicing)
    except HelixError as exc:
        st.error(markdown_text(exc))
        return
    table = result.table
    if (table["slice"] == UNDATED).any():
        st.caption("Projects without a start date are counted in the slice 'undated', apart.")
    empty = [str(v) for v in table.loc[table["projects"] == 0, "slice"]]
    if empty:
        st.caption(f"No project runs in {', '.join(empty)}: empty slices.")
    st.subheader("How the network changed")
    chart = evolution_chart(table)
    st.altair_chart(chart, key="time_chart")
    st.download_button(
        "Chart as SVG", data=lambda: chart_svg(chart), file_name="evolution.svg",
        mime="image/svg+xml", key="time_download_chart", on_click="ignore",
    )  # fmt: skip
    show_table(table, "time_table")
    d1, d2, d3 = st.columns(3)
    for col, name, frame in (
        (d1, "evolution", table),
        (d2, "movers", result.movers),
        (d3, "ties", result.ties),
    ):
        col.download_button(
            f"{name.capitalize()} as CSV", data=functools.partial(table_bytes, frame, "csv"),
            file_name=f"{name}.csv", mime="text/csv", key=f"time_download_{name}", on_click="ignore",
        )  # fmt: skip

    labels = result.labels
    st.subheader("What changed in a slice")
    label = (
        st.select_slider(
            "Slice",
            labels,
            value=labels[-1 if labels[-1] != UNDATED else max(len(labels) - 2, 0)],
            key="time_slice",
        )
        if len(labels) > 1
        else labels[0]
    )
    colour = st.selectbox(
        "Colour by", ("helix_sector", "community", "country"), key="time_colour",
        format_func=lambda c: c.replace("_", " "),
    )  # fmt: skip
    if result.networks[label].empty:
        st.info(f"No project runs in {markdown_text(label)}: the slice is empty.")
        return
    scene, html = state.slice_scene(store, filters, slicing, label, colour)
    st.iframe(html, height=HEIGHT + 12)
    st.caption(
        f"{len(scene.nodes):,} organisations drawn; thick borders: organisations new in {label}; "
        "dashed red: ties new in it. "
        "Every slice keeps the places of the whole period's drawing, so slices compare as you step."
    )
    st.download_button(
        "This slice as SVG", data=lambda: scene_svg(scene), file_name=f"slice-{label}.svg",
        mime="image/svg+xml", key="time_download_svg", on_click="ignore",
    )  # fmt: skip
    _movers(result, label)
    _new_ties(result, net, label)

    st.subheader("Where")
    countries = state.graph(store, filters, "country")
    points, _, unplaced = country_map_tables(countries)
    if not points.empty:
        orgs = net.organisations
        sectors = largest_sector(state.core(store, filters), dict(zip(orgs["id"], orgs["country"])))
        st.altair_chart(country_map(countries, sector_of=sectors), key="time_map")
        st.caption(
            "Countries at their approximate centres, sized by organisations, coloured by the sector "
            "most of them are in (as the Explore page's countries); lines: the strongest "
            "cross-border collaborations. Drawn offline, without outlines."
            + (f" Not placed (no known centre): {', '.join(unplaced)}." if unplaced else "")
        )
    st.subheader("Country × country")
    matrix = country_matrix(countries)
    if matrix.empty:
        st.info("No organisation has a country.")
        return
    heat = country_heatmap(matrix)
    st.altair_chart(heat, key="time_heatmap")
    st.download_button(
        "Heat map as SVG", data=lambda: chart_svg(heat), file_name="country_matrix.svg",
        mime="image/svg+xml", key="time_download_heatmap", on_click="ignore",
    )  # fmt: skip
    st.download_button(
        "Matrix as CSV", data=functools.partial(table_bytes, matrix, "csv"), file_name="country_matrix.csv",
        mime="text/csv", key="time_download_matrix", on_click="ignore",
    )  # fmt: skip


def _movers(result, label: str) -> None:
    movers = result.movers[result.movers["slice"] == label]
    if label == UNDATED or label == result.labels[0]:
        st.caption("The first slice (or the undated one): nothing to compare with.")
        return
    stayed = movers.dropna(subset=["rank_change_pagerank"])
    entered = movers[movers["status"] == "entered"].nsmallest(10, "rank_pagerank")
    left = movers[movers["status"] == "left"]
    st.markdown(
        f"**{(movers['status'] == 'entered').sum():,}** organisations entered, "
        f"**{len(stayed):,}** stayed and **{len(left):,}** left in {markdown_text(label)}."
    )
    c1, c2, c3 = st.columns(3)
    columns = ["name", "rank_pagerank", "rank_change_pagerank"]
    with c1:
        st.caption("Rose the most (places by PageRank)")
        show_table(stayed.nlargest(10, "rank_change_pagerank")[columns], "time_rose")
    with c2:
        st.caption("Fell the most")
        show_table(stayed.nsmallest(10, "rank_change_pagerank")[columns], "time_fell")
    with c3:
        st.caption("The most central newcomers")
        show_table(entered[["name", "rank_pagerank"]], "time_entered")


def _new_ties(result, net, label: str) -> None:
    ties = result.ties[(result.ties["slice"] == label) & (result.ties["status"] == "new")]
    orgs = net.organisations.set_index("id")
    frame = ties.assign(
        a=ties["source"].map(orgs["name"]),
        b=ties["target"].map(orgs["name"]),
        a_sector=ties["source"].map(orgs["helix_sector"]),
        b_sector=ties["target"].map(orgs["helix_sector"]),
        a_country=ties["source"].map(orgs["country"]),
        b_country=ties["target"].map(orgs["country"]),
    )
    cross = frame[
        (frame["a_sector"] != frame["b_sector"]) & (frame["a_country"] != frame["b_country"])
    ]
    st.markdown(
        f"**{len(frame):,}** new ties in {markdown_text(label)}, **{len(cross):,}** of them across both "
        "a sector and a border; the strongest:"
    )
    top = cross.nlargest(15, "weight")
    show_table(
        pd.DataFrame(
            {
                "organisation": top["a"],
                "sector": top["a_sector"].map(HELIX_SECTORS),
                "country": top["a_country"],
                "partner": top["b"],
                "partner sector": top["b_sector"].map(HELIX_SECTORS),
                "partner country": top["b_country"],
                "shared projects": top["weight"],
            }
        ),
        "time_new_ties",
    )
