"""The sidebar: page choice and the filters every analysis page shares."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from helix_graph.analysis import Filters
from helix_graph.model import HELIX_SECTORS, country_name
from helix_graph.store import GraphStore
from helix_graph.ui import state

__all__ = ["PAGES", "page_choice", "filters"]

PAGES = ("Explore", "Metrics", "Facilitate", "Helix", "Time and place", "Query", "Data")


def page_choice() -> str:
    return st.sidebar.radio("Page", PAGES, key="page")


def _years(projects: pd.DataFrame) -> tuple[int, int] | None:
    dates = pd.concat(
        [
            pd.to_datetime(projects["start_date"], errors="coerce"),
            pd.to_datetime(projects["end_date"], errors="coerce"),
        ]
    ).dropna()
    if dates.empty:
        return None
    return int(dates.min().year), int(dates.max().year)


def filters(store: GraphStore) -> Filters:
    """Programme, period, country, sector and minimum tie weight; options come from the data."""
    everything = state.network(store, Filters())
    bar = st.sidebar
    bar.header("Filters")
    programme_names = state.programmes(store)
    chosen_programmes = bar.multiselect(
        "Programme",
        list(programme_names),
        format_func=lambda p: programme_names.get(p, p),
        key="filter_programmes",
    )
    span = _years(everything.projects)
    years = None
    if span and span[0] < span[1]:
        picked = bar.slider(
            "Period (projects running in these years)", span[0], span[1], span, key="filter_years"
        )
        years = None if tuple(picked) == span else tuple(picked)
    codes = sorted(c for c in everything.organisations["country"].dropna().unique())
    chosen_countries = bar.multiselect(
        "Country", codes, format_func=lambda c: f"{c} · {country_name(c)}", key="filter_countries"
    )
    chosen_sectors = bar.multiselect(
        "Helix sector", list(HELIX_SECTORS), format_func=HELIX_SECTORS.get, key="filter_sectors"
    )
    min_weight = bar.number_input(
        "Minimum tie weight (shared projects)",
        min_value=1,
        max_value=100,
        value=1,
        step=1,
        key="filter_min_weight",
    )
    return Filters(
        programmes=tuple(chosen_programmes),
        years=years,
        countries=tuple(chosen_countries),
        sectors=tuple(chosen_sectors),
        min_weight=int(min_weight),
    )
