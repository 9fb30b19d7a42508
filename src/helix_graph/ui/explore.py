"""Explore: the interactive network, coloured and sized by the user's choice."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from helix_graph.analysis import Filters
from helix_graph.model import country_name
from helix_graph.store import GraphStore
from helix_graph.ui import state
from helix_graph.ui.common import NOTHING_MATCHES, show_table
from helix_graph.viz import PRINT_SCALE, markdown_text, scene_html, scene_png, scene_svg
from helix_graph.viz.render import scene_gexf
from helix_graph.viz.views import COLOURS, SUMMARIES, TOP_N, community_names, size_choices

__all__ = ["render", "drawing"]

COLOUR_NAMES = {
    "helix_sector": "helix sector",
    "community": "community",
    "country": "country",
    "programme": "programme",
}
HEIGHT = 640
MAX_LISTED = 5_000
"""Above this many organisations the ego-network picker lists only those matching a search."""


def drawing(
    store: GraphStore, filters: Filters, *, height: int = HEIGHT, **choices
) -> tuple[str, dict]:
    """The HTML of the Explore drawing and what it shows.

    ``choices`` are those of :func:`helix_graph.viz.views.network_scene` (``view``,
    ``colour``, ``size``, ``top``, ``summary``, ``ego``, ``steps``, ``community``).
    Returns ``(html, info)``; ``info`` holds ``nodes`` and ``edges`` drawn, the view's
    ``graph_nodes``, ``summarised`` and a ``note`` for the screen, and the ``scene``.
    """
    scene = state.scene(store, filters, **choices)
    info = {
        "nodes": len(scene.nodes),
        "edges": len(scene.edges),
        "graph_nodes": scene.graph_nodes,
        "summarised": scene.summarised,
        "note": scene.note,
        "scene": scene,
    }
    return state.scene_page(store, filters, height, **choices), info


def render(store: GraphStore, filters: Filters) -> None:
    st.header("Explore the network")
    c1, c2, c3 = st.columns(3)
    view = c1.selectbox("View", list(state.VIEWS), format_func=state.VIEWS.get, key="explore_view")
    colour = c2.selectbox(
        "Colour by",
        COLOURS[view],
        format_func=COLOUR_NAMES.get,
        key=f"explore_colour_{view}",
    )
    size = c3.selectbox("Size by", ("(equal)",) + size_choices(view), key=f"explore_size_{view}")
    size = None if size == "(equal)" else size
    net = state.network(store, filters)
    if net.empty:
        st.info(NOTHING_MATCHES)
        return
    focus, chosen, steps = None, None, 1
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
    choices = dict(view=view, colour=colour, size=size)
    if focus is not None:
        choices.update(ego=chosen, steps=int(steps))
    elif state.graph_size(store, filters, view) > TOP_N:
        e1, e2 = st.columns(2)
        summary = e1.selectbox(
            f"This network has more than {TOP_N:,} nodes; show",
            list(SUMMARIES),
            format_func=SUMMARIES.get,
            key="explore_summary",
        )
        names = community_names(
            state.core(store, filters), "collaboration" if view == "multipartite" else view
        )
        ranked = sorted(names, key=lambda c: str(c))
        community = e2.selectbox(
            "Open a community (its own network)",
            [None, *ranked],
            format_func=lambda c: "(none)" if c is None else f"{c}: {names[c]}",
            key=f"explore_community_{view}",
        )
        choices.update(summary=summary)
        if community is not None:
            choices.update(community=community)
    html, info = drawing(store, filters, **choices)
    scene = info["scene"]
    if info["summarised"]:
        st.info(info["note"])
    elif info["note"]:
        st.caption(info["note"])
    st.iframe(html, height=HEIGHT + 12)
    st.caption(
        f"{info['nodes']:,} nodes and {info['edges']:,} ties drawn (the filtered view has "
        f"{info['graph_nodes']:,} nodes). Names that fit are shown; zoom in for more, hover for "
        "details; click a node to highlight its neighbours, click the background to restore."
    )
    stem = f"helix-{view}" + ("-ego" if focus else "")
    c1, c2, c3, c4 = st.columns(4)
    for col, fmt, label, mime, make in (
        (c1, "svg", "Drawing as SVG", "image/svg+xml", lambda: scene_svg(scene)),
        (
            c2,
            "png",
            "Drawing as PNG (print)",
            "image/png",
            lambda: scene_png(scene, scale=PRINT_SCALE),
        ),
        (
            c3,
            "html",
            "Interactive HTML file",
            "text/html",
            lambda: scene_html(scene, standalone=True),
        ),
        (c4, "gexf", "For Gephi (GEXF, this layout)", "application/xml", lambda: scene_gexf(scene)),
    ):
        col.download_button(
            label, data=make, file_name=f"{stem}.{fmt}", mime=mime,
            key=f"explore_download_{fmt}", on_click="ignore",
        )  # fmt: skip
    if size:
        table = state.metrics(
            store,
            filters,
            "collaboration" if view == "multipartite" else view,
            measure=size if view in ("collaboration", "multipartite") else None,
        )
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
