"""Charts of the helix indicators (Altair, which Streamlit ships and draws offline).

Chart text is drawn by Vega as SVG or canvas text, so names from the data stay text.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from helix_graph.model import HELIX_SECTORS
from helix_graph.viz.scene import SECTOR_COLOURS

__all__ = ["sector_mix_chart", "sector_mix_long"]


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
