"""Charts of the helix indicators (Altair, which Streamlit ships and draws offline).

Chart text is drawn by Vega as SVG or canvas text, so names from the data stay text.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from helix_graph.model import HELIX_SECTORS
from helix_graph.viz.scene import SECTOR_COLOURS

__all__ = [
    "sector_mix_chart",
    "sector_mix_long",
    "EVOLUTION_MEASURES",
    "evolution_long",
    "evolution_chart",
    "country_matrix",
    "country_heatmap",
]


def sector_mix_long(
    mix: pd.DataFrame, by: str, *, labels: dict | None = None, top: int = 30
) -> pd.DataFrame:
    """The ``n_<sector>`` columns of a helix-mix table as long rows, the ``top`` largest units.

    Parameters
    ----------
    mix : DataFrame
        From :func:`helix_graph.analysis.helix_mix`: the unit column ``by`` and
        ``n_government`` … ``n_civil_society``.
    by : str
        The unit column (``project``, ``community``, ``country``).
    labels : dict, optional
        unit → display name (project acronyms, country names…).
    top : int, default 30
        Keep the units with the most organisations.

    Returns
    -------
    DataFrame
        unit, sector (label), organisations, share.
    """
    counts = [f"n_{s}" for s in HELIX_SECTORS]
    if mix.empty:
        return pd.DataFrame(columns=["unit", "sector", "organisations", "share"])
    frame = mix.assign(_total=mix[counts].sum(axis=1)).nlargest(top, "_total")
    rows = []
    for _, row in frame.iterrows():
        unit = str(labels.get(row[by], row[by])) if labels else str(row[by])
        for s in HELIX_SECTORS:
            rows.append(
                {
                    "unit": unit,
                    "sector": HELIX_SECTORS[s],
                    "organisations": int(row[f"n_{s}"]),
                    "share": float(row[f"n_{s}"] / row["_total"]) if row["_total"] else 0.0,
                }
            )
    return pd.DataFrame(rows)


def sector_mix_chart(
    mix: pd.DataFrame,
    by: str,
    *,
    labels: dict | None = None,
    top: int = 30,
    normalise: bool = False,
) -> alt.Chart:
    """A horizontal stacked bar per unit: how many organisations of each helix sector it has."""
    long = sector_mix_long(mix, by, labels=labels, top=top)
    value = "share" if normalise else "organisations"
    order = list(dict.fromkeys(long["unit"]))
    return (
        alt.Chart(long)
        .mark_bar()
        .encode(
            y=alt.Y("unit:N", sort=order, title=by),
            x=alt.X(
                f"{value}:Q",
                stack="normalize" if normalise else "zero",
                title="share of organisations" if normalise else "organisations",
            ),
            color=alt.Color(
                "sector:N",
                scale=alt.Scale(
                    domain=list(HELIX_SECTORS.values()),
                    range=[SECTOR_COLOURS[s] for s in HELIX_SECTORS],
                ),
                title="helix sector",
            ),
            tooltip=["unit:N", "sector:N", "organisations:Q", alt.Tooltip("share:Q", format=".0%")],
        )
        .properties(height=max(120, 18 * len(order)))
    )


EVOLUTION_MEASURES = {
    "organisations": "organisations",
    "ties": "collaboration ties",
    "density": "density",
    "largest_share": "share in the largest component",
    "modularity": "modularity",
    "cross_sector_share": "cross-sector share of ties",
    "mutual_information_4": "mutual information, 4 sectors (bits)",
}
"""The measures of the evolution table drawn as lines, with their names."""


def evolution_long(table: pd.DataFrame) -> pd.DataFrame:
    """The evolution table (:func:`helix_graph.analysis.evolution`) as rows of slice, measure, value.

    The undated slice has no place on a time axis and is left out.
    """
    dated = table[table["slice"] != "undated"]
    rows = [
        {"slice": row["slice"], "order": k, "measure": name, "value": float(row[column])}
        for k, row in enumerate(dated.to_dict("records"))
        for column, name in EVOLUTION_MEASURES.items()
    ]
    return pd.DataFrame(rows, columns=["slice", "order", "measure", "value"])


def evolution_chart(table: pd.DataFrame) -> alt.Chart:
    """One small line chart per measure across the slices (each with its own scale)."""
    long = evolution_long(table)
    order = list(dict.fromkeys(long["slice"]))
    return (
        alt.Chart(long)
        .mark_line(point=True)
        .encode(
            x=alt.X("slice:N", sort=order, title=None),
            y=alt.Y("value:Q", title=None),
            tooltip=["slice:N", "measure:N", alt.Tooltip("value:Q", format=".4g")],
        )
        .properties(width=230, height=120)
        .facet(
            facet=alt.Facet("measure:N", title=None, sort=list(EVOLUTION_MEASURES.values())),
            columns=3,
        )
        .resolve_scale(y="independent")
    )


def country_matrix(G, top: int = 40) -> pd.DataFrame:
    """Country × country collaborations from the country graph, as long rows (both directions).

    ``G`` is the country graph (:func:`helix_graph.analysis.country_graph`): nodes are
    country codes with ``name``, ``organisations`` and ``domestic`` (ties inside the
    country, on the diagonal); edges carry ``weight`` (collaborations across the border).
    The ``top`` countries by organisations are kept.
    """
    keep = sorted(G, key=lambda c: (-(G.nodes[c].get("organisations") or 0), str(c)))[:top]
    name = {c: G.nodes[c].get("name") or str(c) for c in keep}
    rows = []
    for a in keep:
        for b in keep:
            if a == b:
                value = G.nodes[a].get("domestic") or 0
            else:
                value = G.edges[a, b].get("weight", 0) if G.has_edge(a, b) else 0
            rows.append({"from": name[a], "to": name[b], "from_code": a, "to_code": b,
                         "collaborations": float(value)})  # fmt: skip
    return pd.DataFrame(rows, columns=["from", "to", "from_code", "to_code", "collaborations"])


def country_heatmap(matrix: pd.DataFrame) -> alt.Chart:
    """The country × country matrix as a heat map (countries in order of organisations)."""
    order = list(dict.fromkeys(matrix["from"]))
    return (
        alt.Chart(matrix)
        .mark_rect()
        .encode(
            x=alt.X("to:N", sort=order, title=None),
            y=alt.Y("from:N", sort=order, title=None),
            color=alt.Color("collaborations:Q", scale=alt.Scale(type="symlog", scheme="blues")),
            tooltip=["from:N", "to:N", alt.Tooltip("collaborations:Q", format=",.0f")],
        )
        .properties(width=alt.Step(14), height=alt.Step(14))
    )
