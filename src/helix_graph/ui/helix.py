"""Helix: sector mix per project, community and country; cross-sector ties; mutual information."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from helix_graph import analysis
from helix_graph.analysis import Filters
from helix_graph.model import HELIX_SECTORS, country_label
from helix_graph.store import GraphStore
from helix_graph.ui import state
from helix_graph.ui.common import NOTHING_MATCHES, show_table
from helix_graph.viz import sector_mix_chart
from helix_graph.viz.views import community_names

__all__ = ["render", "MI_EXPLANATION"]

MI_EXPLANATION = (
    "Mutual information among the sectors present in each project, in bits: negative means "
    "synergy (the sectors meet in projects more than their separate frequencies predict, reducing "
    "uncertainty at the level of the system); positive means they keep apart."
)
UNITS = {"project": "Projects", "community": "Communities", "country": "Countries"}


def render(store: GraphStore, filters: Filters) -> None:
    st.header("Helix")
    net = state.network(store, filters)
    if net.empty:
        st.info(NOTHING_MATCHES)
        return
    G = state.core(store, filters).view  # the analysis's own graph: no copy made for these measures
    mi3 = analysis.helix_mutual_information(net, ("government", "industry", "academia"))
    mi4 = analysis.helix_mutual_information(net, tuple(HELIX_SECTORS))
    ei = analysis.ei_index(G)
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("Mutual information, 3 sectors (bits)", f"{mi3:+.4f}")
    c2.metric("Mutual information, 4 sectors (bits)", f"{mi4:+.4f}")
    c3.metric("Cross-sector ties", f"{analysis.cross_sector_share(G):.0%}")
    c4.metric("E-I index by sector", f"{ei['overall']:+.2f}")
    st.caption(
        MI_EXPLANATION + " E-I index: −1 every tie inside its sector, +1 every tie across sectors. "
        f"Sector assortativity: {analysis.sector_assortativity(G):+.3f}."
    )
    show_table(
        pd.DataFrame(
            {
                "sector": [HELIX_SECTORS.get(s, s) for s in ei["by_group"]],
                "E-I index": list(ei["by_group"].values()),
            }
        ),
        "helix_ei_table",
    )

    by = st.radio(
        "Sector mix per", list(UNITS), format_func=UNITS.get, horizontal=True, key="helix_by"
    )
    normalise = st.toggle("Show shares instead of counts", key="helix_normalise")
    partition = state.partition(store, filters) if by == "community" else None
    mix = analysis.helix_mix(net, by, partition)
    labels = None
    if by == "project":
        labels = dict(zip(net.projects["id"], net.projects["acronym"].fillna(net.projects["id"])))
    elif by == "country":
        labels = {c: country_label(c) for c in mix["country"]}
    elif by == "community":  # named by their best-connected members, as in Explore
        names = community_names(state.core(store, filters), members=2)
        labels = {c: f"{c}: {names.get(c, '')}" for c in mix["community"]}
    if mix.empty:
        st.info("No organisation with a sector in the filtered network.")
        return
    st.caption(f"The {min(len(mix), 30)} largest of {len(mix):,} {UNITS[by].lower()}.")
    st.altair_chart(
        sector_mix_chart(mix, by, labels=labels, normalise=normalise), key="helix_mix_chart"
    )
