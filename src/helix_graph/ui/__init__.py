"""The Streamlit explorer: one small module per page; ``main()`` is what ``app.py`` runs."""

from __future__ import annotations

__all__ = ["main"]


def main(config=None) -> None:
    """Draw the app: the sidebar (page, filters), then the chosen page.

    Parameters
    ----------
    config : Settings, optional
        Which store to use; default: the script's arguments (``-- --store … --data-dir …
        --graph …``, as ``helix-graph app`` passes them), over the environment and ``.env``.
    """
    import sys

    import streamlit as st

    from helix_graph.config import settings_from_args
    from helix_graph.errors import HelixError
    from helix_graph.ui import (
        data,
        explore,
        facilitate,
        helix,
        metrics,
        query,
        sidebar,
        state,
        time_place,
    )
    from helix_graph.viz import markdown_text

    st.set_page_config(page_title="helix-graph explorer", page_icon="🧬", layout="wide")
    st.sidebar.title("helix-graph")
    page = sidebar.page_choice()
    try:
        store = state.get_store(config or settings_from_args(sys.argv[1:]))
    except HelixError as exc:
        st.error(markdown_text(exc))
        return
    if st.sidebar.button("Refresh from the store", key="refresh"):
        state.clear_caches()
    state.begin_run(store)
    try:
        if page == "Query":
            query.render(store)
        elif page == "Data":
            data.render(store)
        else:
            filters = sidebar.filters(store)
            {
                "Explore": explore.render,
                "Metrics": metrics.render,
                "Facilitate": facilitate.render,
                "Time and place": time_place.render,
                "Helix": helix.render,
            }[page](store, filters)
    except HelixError as exc:  # a filter that matches nothing known, an unknown value: one sentence
        st.error(markdown_text(exc))
