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
from helix_graph.ui.explore import COLOUR_NAMES
from helix_graph.ui.metrics import table_bytes
from helix_graph.viz import markdown_text, scene_svg
from helix_graph.viz.charts import (
    MAP_COLOURS,
    ORGANISATIONS_SHOWN,
    chart_svg,
    country_colours,
    country_heatmap,
    country_map,
    country_map_tables,
    country_matrix,
    evolution_chart,
    map_colours,
    organisation_map,
    organisation_map_table,
)

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
    _time(store, filters, net)
    # the map and the matrix do not depend on the slices: shown whatever a slice holds
    countries = state.graph(store, filters, "country")
    _where(store, filters, net)
    _matrix(countries)


def _time(store: GraphStore, filters: Filters, net) -> None:
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

    _slice(store, filters, slicing, result, net)


@st.fragment  # stepping the slider reruns this part only, not the chart, the map and the matrix
def _slice(store: GraphStore, filters: Filters, slicing: str, result, net) -> None:
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


def _matrix(countries) -> None:
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


PLACED_TEXT = {
    "coordinates": "by their own coordinates",
    "city": "by their city (GeoNames gazetteer, towns of 5,000 people or more)",
    "country": "at their country's centre only",
    "nowhere": "nowhere (no city or country with a known place; not drawn)",
}
SHOW = {
    "organisations": "organisations, one by one",
    "countries": "countries (circles sized by organisations, lines by collaborations)",
}


def placed_text(table: pd.DataFrame) -> str:
    """How many organisations are placed how, for the caption ("3 by their own coordinates, …")."""
    counts = table["placed_by"].value_counts()
    parts = [f"{int(counts[k]):,} {text}" for k, text in PLACED_TEXT.items() if counts.get(k)]
    return "Organisations placed: " + "; ".join(parts) + "."


@st.cache_resource(show_spinner="Placing the organisations…", max_entries=8)
def _map(_store: GraphStore, key: str, filters: Filters, colour: str, show: str):
    """The map's chart (None: nothing to place), its organisation table and the countries
    with no centre, cached: every widget on the page reruns it, the slice slider too."""
    core = state.core(_store, filters)
    countries = state.graph(_store, filters, "country")
    unplaced = []
    if show == "organisations":
        chart, table = organisation_map(core, colour, top=ORGANISATIONS_SHOWN)
    else:
        table = organisation_map_table(core, colour)
        _, legend = map_colours(core, colour)
        chart = country_map(
            countries, colour_of=country_colours(table), legend=legend,
            legend_title=COLOUR_NAMES[colour],
        )  # fmt: skip
        unplaced = country_map_tables(countries)[2]
    layers = getattr(chart, "layer", None)
    return (chart if isinstance(layers, list) and layers else None), table, unplaced


def _where(store: GraphStore, filters: Filters, net) -> None:
    st.subheader("Where")
    c1, c2 = st.columns(2)
    colour = c1.selectbox(
        "Colour by", MAP_COLOURS, format_func=COLOUR_NAMES.get, key="place_colour"
    )
    many = len(net.organisations) > ORGANISATIONS_SHOWN
    show = c2.radio(
        "Show", list(SHOW), index=1 if many else 0, format_func=SHOW.get, key="place_show",
        help=f"Above {ORGANISATIONS_SHOWN:,} organisations the map starts with countries: "
        "more points than that pile up into blots.",
    )  # fmt: skip
    title = COLOUR_NAMES[colour]
    chart, table, unplaced = _map(store, state.store_key(store), filters, colour, show)
    if show == "organisations":
        drawn, framed = int(table["drawn"].sum()), int(table["framed"].sum())
        note = (
            f"The {drawn:,} organisations with the most shared projects drawn, of {len(table):,}. "
            if many
            else ""
        )
        if framed < drawn:
            note += f"{drawn - framed:,} are far from the rest, beyond the map's edges. "
        what = (
            f"{note}Each organisation at its place, coloured by {title} as in Explore; "
            "organisations of one place spread around it; lines: the strongest collaborations."
        )
    else:
        what = (
            "Countries at their approximate centres, sized by organisations, coloured by the "
            f"{title} most of their organisations have; lines: the strongest cross-border "
            "collaborations."
            + (f" Not placed (no known centre): {', '.join(unplaced)}." if unplaced else "")
        )
    if chart is None:
        what = "No organisation has a place to draw: no coordinates, known city or country."
    else:
        st.altair_chart(chart, key="time_map")
        st.download_button(
            "Map as SVG", data=lambda: chart_svg(chart), file_name=f"map-{show}.svg",
            mime="image/svg+xml", key="time_download_map", on_click="ignore",
        )  # fmt: skip
    st.caption(
        markdown_text(
            f"{what} {placed_text(table)} Drawn offline; country outlines from Natural Earth "
            "(via world.geo.json and the countryinfo package), city places from GeoNames."
        )
    )


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
