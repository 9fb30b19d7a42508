"""Explore: the interactive network, coloured and sized by the user's choice."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import streamlit as st

from helix_graph import analysis
from helix_graph.analysis import Filters
from helix_graph.model import country_name
from helix_graph.store import GraphStore
from helix_graph.ui import state
from helix_graph.ui.common import NOTHING_MATCHES, show_table
from helix_graph.viz import (
    MAX_DRAWN_NODES,
    heaviest_edges,
    markdown_text,
    network_html,
    node_name,
    summarised_graph,
    top_nodes_graph,
)

__all__ = ["render", "COLOUR_CHOICES", "drawing"]

COLOUR_CHOICES = {
    "collaboration": ("helix_sector", "community", "country"),
    "multipartite": ("helix_sector", "community", "country"),
    "project": ("programme", "community"),
    "country": ("community",),
}
COLOUR_NAMES = {
    "helix_sector": "helix sector",
    "community": "community",
    "country": "country",
    "programme": "programme",
}
SUMMARY_CHOICES = {
    "country": "countries as super-nodes",
    "community": "communities as super-nodes",
    "top": "the top organisations by the size metric (or degree)",
}
HEIGHT = 640
TOP_N = 1_000
MAX_LISTED = 5_000
"""Above this many organisations the ego-network picker lists only those matching a search."""


def _metric_names(view: str) -> tuple[str, ...]:
    if view in ("collaboration", "multipartite"):
        return analysis.METRICS
    return analysis.PROJECT_METRICS if view == "project" else analysis.COUNTRY_METRICS


def _org_graph_view(view: str) -> str:
    # Metrics and communities of the multipartite view are those of the organisations' collaboration.
    return "collaboration" if view == "multipartite" else view


def _prefixed(view: str, mapping: dict) -> dict:
    return (
        {f"organisation:{k}": v for k, v in mapping.items()} if view == "multipartite" else mapping
    )


def _annotate(G: nx.Graph, net: analysis.Network, view: str) -> nx.Graph:
    """A copy of the drawn graph with what the tooltips show: projects and partners."""
    G = G.copy()
    if view in ("collaboration", "multipartite"):
        acronyms = dict(zip(net.projects["id"], net.projects["acronym"].fillna(net.projects["id"])))
        parts = net.participations
        by_org = parts.groupby("organisation")["project"].agg(list)
        for node, data in G.nodes(data=True):
            org = data.get("id", node) if view == "multipartite" else node
            if view == "multipartite" and data.get("label") != "Organisation":
                continue
            if org in by_org.index:
                data["projects"] = [acronyms.get(p, p) for p in by_org[org]]
            if view == "collaboration":
                data["partners"] = G.degree(node)
                data["shared_projects"] = G.degree(node, weight="weight")
    return G


def _node_count(net: analysis.Network, view: str) -> int:
    """How many nodes a view will have, without building its graph."""
    orgs = net.organisations
    if view == "collaboration":
        return len(orgs)
    if view == "project":
        return len(net.projects)
    if view == "country":
        return int(orgs["country"].nunique())
    programmes = net.projects["programme"].nunique() if "programme" in net.projects else 0
    return (
        len(orgs)
        + len(net.projects)
        + int(orgs["country"].nunique())
        + int(orgs["helix_sector"].nunique())
        + int(programmes)
    )


def drawing(
    store: GraphStore,
    filters: Filters,
    *,
    view: str = "collaboration",
    colour: str = "helix_sector",
    size: str | None = None,
    focus: str | None = None,
    steps: int = 1,
    summary: str = "country",
    max_nodes: int = MAX_DRAWN_NODES,
    height: int = HEIGHT,
) -> tuple[str, dict]:
    """The HTML of the Explore drawing and what it shows.

    Returns ``(html, info)``; ``info`` holds ``nodes`` and ``edges`` drawn, the filtered
    view's ``graph_nodes``, ``summarised`` and a ``note`` for the screen. Above
    ``max_nodes`` nodes the graph is summarised (``summary``: ``country`` super-nodes,
    taken from the country graph without building the organisations' graph;
    ``community`` super-nodes; or the ``top`` nodes by the size metric or degree); it is
    never drawn node by node.
    """
    net = state.network(store, filters)
    info: dict = {
        "graph_nodes": _node_count(net, view),
        "summarised": False,
        "note": "",
        "view": view,
    }
    large = info["graph_nodes"] > max_nodes and focus is None
    if large and view == "multipartite":
        view = "collaboration"
        info["note"] = (
            "The multipartite view is too large to draw; its organisations' collaboration is shown. "
        )
        large = _node_count(net, view) > max_nodes
    info["view"] = view
    if large and view == "collaboration" and summary == "country":
        drawn = _country_summary(store, filters, net, info)
        return _page(
            drawn,
            info,
            color_by=None,
            colour_of=None,
            sizes=dict(drawn.nodes(data="organisations")),
            size=None,
            focus=None,
            height=height,
            default_type="Country",
        )
    G = state.graph(store, filters, view)
    if focus is not None and focus in G:
        G = nx.ego_graph(G, focus, radius=steps)
    base = _org_graph_view(view)
    colour_of = None
    if colour == "community":
        colour_of = _prefixed(view, state.partition(store, filters, view=base).membership)
    sizes = None
    if size:
        table = state.metrics(store, filters, base)
        sizes = _prefixed(view, dict(zip(table["id"], table[size])))
    color_by, default_type = (
        colour,
        {"project": "Project", "country": "Country"}.get(view, "Organisation"),
    )
    if large and (summary == "top" or view != "collaboration"):
        total = G.number_of_nodes()
        G = top_nodes_graph(G, sizes or dict(G.degree()), TOP_N)
        info.update(
            summarised=True,
            note=info["note"] + f"Showing the top {G.number_of_nodes():,} of {total:,} "
            f"nodes by {size or 'degree'}.",
        )
        drawn = _annotate(G, net, view)
    elif large:
        drawn = _community_summary(store, filters, G, info)
        colour_of, color_by, default_type, size = None, None, "group", None
        sizes = {n: d["members"] for n, d in drawn.nodes(data=True)}
    else:
        drawn = _annotate(G, net, view)
    if size and sizes:
        nx.set_node_attributes(drawn, {n: sizes[n] for n in drawn if n in sizes}, size)
    return _page(
        drawn,
        info,
        color_by=color_by,
        colour_of=colour_of,
        sizes=sizes,
        size=size,
        focus=focus,
        height=height,
        default_type=default_type,
    )


def _page(
    drawn: nx.Graph, info: dict, *, color_by, colour_of, sizes, size, focus, height, default_type
):
    all_ties = drawn.number_of_edges()
    drawn = heaviest_edges(drawn)
    if drawn.number_of_edges() < all_ties:
        info["note"] += (
            f" Only the {drawn.number_of_edges():,} heaviest of {all_ties:,} ties are drawn."
        )
    html = network_html(
        drawn,
        color_by=color_by,
        colour_of=colour_of,
        sizes=sizes,
        info=(
            "node_type",
            "helix_sector",
            "kind",
            "country",
            "projects",
            "partners",
            "shared_projects",
            "organisations",
            "domestic",
            "members",
            "internal_ties",
            "top_members",
            "programme",
            "start_date",
            "end_date",
        ),
        metrics=(size,) if size else (),
        highlight=[focus] if focus else [],
        height=height,
        default_type=default_type,
    )
    info.update(nodes=drawn.number_of_nodes(), edges=drawn.number_of_edges())
    return html, info


def _country_summary(
    store: GraphStore, filters: Filters, net: analysis.Network, info: dict
) -> nx.Graph:
    countries = state.graph(store, filters, "country")
    drawn = countries.copy()
    nx.set_node_attributes(drawn, "Country", "node_type")
    without = int(net.organisations["country"].isna().sum())
    info.update(
        summarised=True,
        note=info["note"] + f"{len(net.organisations):,} organisations are too many to "
        f"draw one by one: showing them as {drawn.number_of_nodes():,} countries (size = organisations, "
        "tie width = collaborations across the border)"
        + (f"; {without:,} organisations without a country are left out." if without else "."),
    )
    return drawn


def _community_summary(store: GraphStore, filters: Filters, G: nx.Graph, info: dict) -> nx.Graph:
    names = {n: node_name(n, d) for n, d in G.nodes(data=True)}
    part = state.partition(store, filters)
    group_names = {c: f"community {c}" for c in set(part.membership.values())}
    shown = summarised_graph(G, part.membership, group_names=group_names, describe=names)
    nx.set_node_attributes(shown, "group", "node_type")
    info.update(
        summarised=True,
        note=info["note"] + f"{G.number_of_nodes():,} organisations are too many to draw "
        f"one by one: showing them as {shown.number_of_nodes():,} communities ({part.method}; size = "
        "members, tie width = collaborations between them).",
    )
    return shown


def render(store: GraphStore, filters: Filters) -> None:
    st.header("Explore the network")
    c1, c2, c3 = st.columns(3)
    view = c1.selectbox("View", list(state.VIEWS), format_func=state.VIEWS.get, key="explore_view")
    colour = c2.selectbox(
        "Colour by",
        COLOUR_CHOICES[view],
        format_func=COLOUR_NAMES.get,
        key=f"explore_colour_{view}",
    )
    size = c3.selectbox("Size by", ("(equal)",) + _metric_names(view), key=f"explore_size_{view}")
    size = None if size == "(equal)" else size
    net = state.network(store, filters)
    if net.empty:
        st.info(NOTHING_MATCHES)
        return
    focus, steps = None, 1
    if view in ("collaboration", "multipartite"):
        orgs = net.organisations
        d1, d2 = st.columns([3, 1])
        if (
            len(orgs) > MAX_LISTED
        ):  # tens of thousands of options would slow every page: search first
            text = d1.text_input("Search an organisation by name", key="explore_search").strip()
            orgs = (
                orgs[orgs["name"].str.contains(text, case=False, regex=False, na=False)]
                if text
                else orgs[:0]
            )
            orgs = orgs.head(MAX_LISTED)
        orgs = orgs.sort_values("name")
        names = dict(zip(orgs["id"], orgs["name"]))
        chosen = d1.selectbox(
            "Organisation (show its ego network)",
            [None, *names],
            format_func=lambda o: "(whole network)" if o is None else str(names.get(o, o)),
            key="explore_focus",
        )
        steps = d2.radio("Steps", (1, 2), horizontal=True, key="explore_steps")
        if chosen is not None:
            focus = f"organisation:{chosen}" if view == "multipartite" else chosen
            st.subheader(
                f"Ego network of {markdown_text(names.get(chosen, chosen))} ({steps} step{'s' * (steps > 1)})"
            )
    summary = "country"
    if _node_count(net, view) > MAX_DRAWN_NODES and focus is None:
        summary = st.selectbox(
            "This network is large; summarise it as",
            list(SUMMARY_CHOICES),
            format_func=SUMMARY_CHOICES.get,
            key="explore_summary",
        )
    html, info = drawing(
        store,
        filters,
        view=view,
        colour=colour,
        size=size,
        focus=focus,
        steps=int(steps),
        summary=summary,
    )
    if info["summarised"]:
        st.info(info["note"])
    elif info["note"]:
        st.caption(info["note"])
    st.iframe(html, height=HEIGHT + 12)
    st.caption(
        f"{info['nodes']:,} nodes and {info['edges']:,} ties drawn (the filtered view has "
        f"{info['graph_nodes']:,} nodes). Hover for details; click a node to highlight its neighbours, click "
        "the background to restore; drag to pan, scroll to zoom."
    )
    if size:
        table = state.metrics(store, filters, _org_graph_view(view))
        top = table.sort_values(size, ascending=False).head(10)
        if view == "project":
            labels = dict(zip(net.projects["id"], net.projects["acronym"]))
        elif view == "country":
            labels = {c: country_name(c) for c in top["id"]}
        else:
            labels = dict(zip(net.organisations["id"], net.organisations["name"]))
        show_table(
            pd.DataFrame(
                {"name": [str(labels.get(i) or i) for i in top["id"]], size: top[size].to_numpy()}
            ),
            "explore_top_table",
        )
