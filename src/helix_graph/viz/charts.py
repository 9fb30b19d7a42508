"""Charts of the helix indicators (Altair, which Streamlit ships and draws offline).

Chart text is drawn by Vega as SVG or canvas text, so names from the data stay text.
"""

from __future__ import annotations

import altair as alt
import numpy as np
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
    "country_centroids",
    "country_map_tables",
    "country_map",
    "chart_svg",
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


def country_centroids() -> dict[str, tuple[float, float]]:
    """Country code → (latitude, longitude) of an approximate geographic centre.

    Rounded from the CIA World Factbook's "geographic coordinates" of each country
    (``country_centroids.csv`` beside this module; CS is Serbia and Montenegro).
    """
    import csv
    from importlib.resources import files

    text = files("helix_graph.viz").joinpath("country_centroids.csv").read_text(encoding="utf-8")
    return {
        row["code"]: (float(row["latitude"]), float(row["longitude"]))
        for row in csv.DictReader(text.splitlines())
    }


def country_map_tables(
    G, top: int = 80, ties: int = 150
) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """Countries as points and their strongest cross-border ties as lines, in map coordinates.

    A plate carrée projection, its longitudes shrunk by the cosine of the mean latitude
    (so Europe keeps its shape). Returns ``(points, lines, unplaced)``: points have
    code, name, organisations, x, y; lines x, y, x2, y2, collaborations and both names;
    ``unplaced`` lists the countries with no known centre.
    """
    import math

    where = country_centroids()
    ranked = sorted(G, key=lambda c: (-(G.nodes[c].get("organisations") or 0), str(c)))[:top]
    placed = [c for c in ranked if c in where]
    unplaced = [G.nodes[c].get("name") or str(c) for c in ranked if c not in where]
    if not placed:
        return pd.DataFrame(), pd.DataFrame(), unplaced
    shrink = math.cos(math.radians(sum(where[c][0] for c in placed) / len(placed)))

    def xy(code):
        lat, lon = where[code]
        return lon * shrink, lat

    points = pd.DataFrame(
        [{"code": c, "name": G.nodes[c].get("name") or c,
          "organisations": int(G.nodes[c].get("organisations") or 0),
          "x": xy(c)[0], "y": xy(c)[1]} for c in placed]
    )  # fmt: skip
    keep = set(placed)
    edges = sorted(
        (
            (a, b, float(d.get("weight", 1)))
            for a, b, d in G.edges(data=True)
            if a in keep and b in keep
        ),
        key=lambda e: -e[2],
    )[:ties]
    lines = pd.DataFrame(
        [{"x": xy(a)[0], "y": xy(a)[1], "x2": xy(b)[0], "y2": xy(b)[1], "collaborations": w,
          "from": G.nodes[a].get("name") or a, "to": G.nodes[b].get("name") or b} for a, b, w in edges],
        columns=["x", "y", "x2", "y2", "collaborations", "from", "to"],
    )  # fmt: skip
    return points, lines, unplaced


MAP_SIZE = (820, 560)


def country_map(
    G, top: int = 80, ties: int = 150, share: float = 0.85, sector_of: dict | None = None
) -> alt.LayerChart:
    """Countries as circles sized by organisations, tied by lines weighted by collaborations.

    Offline: no tiles and no outlines, only the countries' approximate centres
    (:func:`country_centroids`). The map frames the countries that hold ``share`` of the
    organisations (Europe, usually); the others are drawn clipped at its edge and listed
    by :func:`country_map_tables`. Names are placed where they do not collide.
    """
    from helix_graph.viz.labels import place_labels, text_width

    points, lines, _ = country_map_tables(G, top, ties)
    if points.empty:
        return alt.LayerChart()
    ranked = points.sort_values("organisations", ascending=False)
    covered = ranked["organisations"].cumsum() <= share * max(ranked["organisations"].sum(), 1)
    core = ranked[covered | (covered.cumsum() == 0)].head(max(int(covered.sum()) + 1, 3))
    pad_x = max(np.ptp(core["x"]) * 0.08, 2.0)
    pad_y = max(np.ptp(core["y"]) * 0.08, 2.0)
    x0, x1 = core["x"].min() - pad_x, core["x"].max() + pad_x
    y0, y1 = core["y"].min() - pad_y, core["y"].max() + pad_y
    width, height = MAP_SIZE
    # one unit of longitude (shrunk) and latitude the same length on screen: widen the short side
    cx, cy, dx, dy = (x0 + x1) / 2, (y0 + y1) / 2, x1 - x0, y1 - y0
    if dx / dy < width / height:
        dx = dy * width / height
    else:
        dy = dx * height / width
    x0, x1, y0, y1 = cx - dx / 2, cx + dx / 2, cy - dy / 2, cy + dy / 2
    # names that fit, most organisations first, in the chart's own pixels
    px = (points["x"] - x0) / (x1 - x0) * width
    py = (y1 - points["y"]) / (y1 - y0) * height
    radius = (
        np.sqrt(20 + 1780 * points["organisations"] / max(points["organisations"].max(), 1)) / 2
    )
    half = np.array([text_width(n, 11.0) / 2 for n in points["name"]])
    inside = (px - half >= 0) & (px + half <= width) & (py >= 0) & (py + radius + 16 <= height)
    reveal = place_labels(
        px.tolist(), py.tolist(), radius.tolist(),
        [n if ok else "" for n, ok in zip(points["name"], inside)],
        points["organisations"].tolist(), zooms=(1.0,), font_size=11.0,
    )  # fmt: skip
    named = points[np.isfinite(reveal)]
    bare = alt.Axis(labels=False, ticks=False, grid=False, title=None, domain=False)
    x = alt.X("x:Q", axis=bare, scale=alt.Scale(domain=[x0, x1], zero=False))
    y = alt.Y("y:Q", axis=bare, scale=alt.Scale(domain=[y0, y1], zero=False))
    arcs = (
        alt.Chart(lines)
        .mark_rule(color="#4C78A8", clip=True)
        .encode(
            x=x,
            y=y,
            x2="x2:Q",
            y2="y2:Q",
            strokeWidth=alt.StrokeWidth(
                "collaborations:Q", scale=alt.Scale(range=[0.3, 6]), legend=None
            ),
            opacity=alt.value(0.35),
            tooltip=["from:N", "to:N", alt.Tooltip("collaborations:Q", format=",.0f")],
        )  # fmt: skip
    )
    # coloured as the Explore page's country summary: by the sector most organisations are in
    points = points.assign(
        sector=[HELIX_SECTORS.get((sector_of or {}).get(c), "") or "—" for c in points["code"]]
    )
    colour = (
        alt.Color(
            "sector:N",
            scale=alt.Scale(
                domain=list(HELIX_SECTORS.values()),
                range=[SECTOR_COLOURS[s] for s in HELIX_SECTORS],
            ),
            title="largest sector",
        )
        if sector_of
        else alt.value("#F58518")
    )
    dots = (
        alt.Chart(points)
        .mark_circle(opacity=0.85, stroke="white", strokeWidth=0.8, clip=True)
        .encode(
            x=x,
            y=y,
            color=colour,
            size=alt.Size(
                "organisations:Q", scale=alt.Scale(range=[20, 1800]), title="organisations"
            ),
            tooltip=["name:N", "sector:N", alt.Tooltip("organisations:Q", format=",")],
        )
    )
    # each name just under its circle, as the placement assumed
    named = named.assign(label_y=named["y"] - (radius[named.index] + 1) * (y1 - y0) / height)
    names = (
        alt.Chart(named)
        .mark_text(baseline="top", fontSize=11, color="#222", clip=True)
        .encode(
            x=x, y=alt.Y("label_y:Q", axis=bare, scale=alt.Scale(domain=[y0, y1])), text="name:N"
        )
    )
    return (arcs + dots + names).properties(width=width, height=height)


def chart_svg(chart) -> str:
    """An Altair chart as a standalone SVG (rendered offline by vl-convert)."""
    import vl_convert

    return vl_convert.vegalite_to_svg(chart.to_json())
