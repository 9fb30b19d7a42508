"""Facilitate: who is under-connected and why; whom an organisation should meet and why."""

from __future__ import annotations

import streamlit as st

from helix_graph.analysis import LOCAL_KINDS, Filters
from helix_graph.analysis.eligibility import interreg_programmes
from helix_graph.model import HELIX_SECTORS, ORGANISATION_KINDS
from helix_graph.store import GraphStore
from helix_graph.ui import state
from helix_graph.ui.common import NOTHING_MATCHES, show_table
from helix_graph.viz import markdown_text

__all__ = ["render"]

BORDER_CHOICES = {
    "any": "any country",
    "cross": "other countries only",
    "home": "its own country only",
}


def render(store: GraphStore, filters: Filters) -> None:
    st.header("Facilitate")
    net = state.network(store, filters)
    if net.empty:
        st.info(NOTHING_MATCHES)
        return
    st.subheader("Under-connected organisations")
    kinds = st.multiselect(
        "Kinds of organisation (empty: every kind)",
        ORGANISATION_KINDS,
        default=[k for k in LOCAL_KINDS if k in ORGANISATION_KINDS],
        key="facilitate_kinds",
    )
    report = state.under_connected(store, filters, tuple(kinds) or None)
    if report.empty:
        st.info("No organisation of these kinds in the filtered network.")
    else:
        st.caption(
            "Ranked worst-connected first; the score runs from 0 (well connected) to 1. Reasons in words."
        )
        show_table(
            (report[["rank", "name", "kind", "helix_sector", "country", "score", "reasons"]]),
            "facilitate_report",
        )

    st.subheader("Partner recommendations")
    orgs = net.organisations.sort_values("name")
    names = dict(zip(orgs["id"], orgs["name"]))
    first = report["id"].iloc[0] if not report.empty else next(iter(names))
    ids = list(names)
    org = st.selectbox(
        "For the organisation",
        ids,
        index=ids.index(first) if first in ids else 0,
        format_func=lambda o: str(names.get(o, o)),
        key="facilitate_org",
    )
    c1, c2, c3 = st.columns(3)
    k = c1.number_input("Suggestions", min_value=1, max_value=50, value=10, key="facilitate_k")
    border = c2.selectbox(
        "Partners from",
        list(BORDER_CHOICES),
        format_func=BORDER_CHOICES.get,
        key="facilitate_border",
    )
    sectors = c3.multiselect(
        "Only these sectors",
        list(HELIX_SECTORS),
        format_func=HELIX_SECTORS.get,
        key="facilitate_sectors",
    )
    g1, g2 = st.columns(2)
    gap = g1.selectbox(
        "Fill a sector gap",
        [None, *HELIX_SECTORS],
        format_func=lambda s: "no: the likeliest partners" if s is None else HELIX_SECTORS[s],
        key="facilitate_fill_gap",
        help="Only partners of this sector, ranked by the same model (the backtest compares "
        "it with Adamic–Adar within the sector).",
    )
    programmes = sorted({p.name for p in interreg_programmes()})
    programme = g2.selectbox(
        "Eligible for the Interreg programme",
        [None, *programmes],
        format_func=lambda p: "any" if p is None else p,
        key="facilitate_programme",
    )
    cross_border = {"any": None, "cross": True, "home": False}[border]
    suggestions = state.recommendations(
        store,
        filters,
        org,
        int(k),
        sectors=tuple(sectors),
        cross_border=cross_border,
        fill_gap=gap,
        programme=programme,
    )
    st.markdown(f"Whom **{markdown_text(names.get(org, org))}** should meet:")
    _brief_buttons(store, filters, org)
    if suggestions.empty:
        st.info(
            "No organisation fits these constraints; choose another sector, programme or country."
        )
    else:
        show_table(
            suggestions[
                [
                    "rank",
                    "name",
                    "kind",
                    "helix_sector",
                    "country",
                    "score",
                    "confidence",
                    "reasons",
                ]
            ],
            "facilitate_suggestions",
        )


def _brief_buttons(store: GraphStore, filters: Filters, org: str) -> None:
    """The facilitator brief on ``org`` to download: HTML always, PDF where Chromium is installed."""
    from helix_graph.brief import brief_html, brief_pdf, pdf_engine
    from helix_graph.viz.views import source_of

    def html() -> str:
        everything = state.network(store, Filters())
        return brief_html(state.core(store, filters), everything, org, source=source_of(store))

    c1, c2 = st.columns(2)
    c1.download_button(
        "Brief for the meeting (HTML)", data=html, file_name=f"brief-{org}.html",
        mime="text/html", key="facilitate_brief_html", on_click="ignore",
    )  # fmt: skip
    if pdf_engine():
        c2.download_button(
            "Brief (PDF)", data=lambda: brief_pdf(html()), file_name=f"brief-{org}.pdf",
            mime="application/pdf", key="facilitate_brief_pdf", on_click="ignore",
        )  # fmt: skip
