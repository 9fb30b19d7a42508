"""Charts of the helix indicators (Altair, which Streamlit ships and draws offline).

Chart text is drawn by Vega as SVG or canvas text, so names from the data stay text.
"""

from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from helix_graph.model import HELIX_SECTORS
from helix_graph.places import country_centroids, organisation_places
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
    "country_colours",
    "ORGANISATIONS_SHOWN",
    "MAP_COLOURS",
    "MAP_REACH",
    "map_colours",
    "organisation_map_table",
    "organisation_map",
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


ORGANISATIONS_SHOWN = 2_000
"""At most this many organisations are drawn one by one on the map; more, by country.

About the most a 820 × 560 map keeps readable: 2,000 points of 4 px leave each
~230 px² (a 15 px square) on average, and a person can still hover one; above it the
points of a large city pile into one blot and only the country summary says how many.
"""
MAP_SIZE = (820, 560)
MAP_NAMES = 60
"""At most this many organisations are named on the map (those with the most shared projects)."""
MAP_COLOURS = ("helix_sector", "community", "country")
"""The colours the map takes: those of the Explore page's organisation network."""


def _shrink(latitudes) -> float:
    """The cosine of the mean latitude: longitudes shrunk by it keep Europe's shape."""
    import math

    values = [v for v in latitudes if v == v]
    return math.cos(math.radians(sum(values) / len(values))) if values else 1.0


MAP_REACH = (35.0, 22.0)
"""The map frames the places within this many degrees of longitude and of latitude of the
organisations' median place: a continent (Portugal to Finland around Germany); places
further away (partners overseas) are clipped at its edge and counted."""


def _weighted_median(values, weights) -> float:
    order = np.argsort(values, kind="stable")
    v, w = np.asarray(values, dtype=float)[order], np.asarray(weights, dtype=float)[order]
    return float(v[np.searchsorted(np.cumsum(w), w.sum() / 2)])


def _frame(x, y, weight, shrink: float) -> tuple[tuple[float, float, float, float], np.ndarray]:
    """The map's bounds and which places are inside them.

    ``x`` is the longitude shrunk by ``shrink``, ``y`` the latitude. The bounds hold the
    places within :data:`MAP_REACH` of the weighted median place, padded; one unit of
    (shrunk) longitude and of latitude the same length on screen (the short side is widened).
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    mid_x, mid_y = _weighted_median(x, weight), _weighted_median(y, weight)
    inside = (np.abs(x - mid_x) <= MAP_REACH[0] * shrink) & (np.abs(y - mid_y) <= MAP_REACH[1])
    x, y = x[inside], y[inside]
    pad_x = max(np.ptp(x) * 0.06, 1.5)
    pad_y = max(np.ptp(y) * 0.06, 1.5)
    x0, x1 = x.min() - pad_x, x.max() + pad_x
    y0, y1 = y.min() - pad_y, y.max() + pad_y
    width, height = MAP_SIZE
    cx, cy, dx, dy = (x0 + x1) / 2, (y0 + y1) / 2, x1 - x0, y1 - y0
    if dx / dy < width / height:
        dx = dy * width / height
    else:
        dy = dx * height / width
    return (cx - dx / 2, cx + dx / 2, cy - dy / 2, cy + dy / 2), inside


def _axes(bounds):
    x0, x1, y0, y1 = bounds
    bare = alt.Axis(labels=False, ticks=False, grid=False, title=None, domain=False)
    return (
        alt.X("x:Q", axis=bare, scale=alt.Scale(domain=[x0, x1], zero=False)),
        alt.Y("y:Q", axis=bare, scale=alt.Scale(domain=[y0, y1], zero=False)),
    )


def _outlines(bounds, shrink: float) -> alt.Chart:
    """Country outlines (:func:`helix_graph.places.country_outlines`) as thin grey lines,
    only the rings that reach into the frame (a world of them would weigh down the page)."""
    from helix_graph.places import country_outlines

    x0, x1, y0, y1 = bounds
    rows = []
    for k, (code, ring) in enumerate(country_outlines()):
        xy = np.array(ring) * (shrink, 1.0)
        if xy[:, 0].max() < x0 or xy[:, 0].min() > x1 or xy[:, 1].max() < y0 or xy[:, 1].min() > y1:
            continue
        rows += [(f"{code}-{k}", i, x, y) for i, (x, y) in enumerate(xy.tolist())]
    frame = pd.DataFrame(rows, columns=["ring", "order", "x", "y"])
    x, y = _axes(bounds)
    return (
        alt.Chart(frame)
        .mark_line(color="#C9CED6", strokeWidth=0.7, clip=True)
        .encode(x=x, y=y, detail="ring:N", order="order:Q", tooltip=alt.value(None))
    )


def _ties(lines: pd.DataFrame, bounds, *, colour: str, widest: float, opacity: float, title: str):
    """The map's ties as straight lines, wider for more collaborations."""
    x, y = _axes(bounds)
    return (
        alt.Chart(lines)
        .mark_rule(color=colour, clip=True)
        .encode(
            x=x,
            y=y,
            x2="x2:Q",
            y2="y2:Q",
            strokeWidth=alt.StrokeWidth(
                "collaborations:Q", scale=alt.Scale(range=[0.3, widest]), legend=None
            ),
            opacity=alt.value(opacity),
            tooltip=["from:N", "to:N", alt.Tooltip("collaborations:Q", title=title, format=",.0f")],
        )
    )


def _names(frame: pd.DataFrame, radius, priority, bounds) -> alt.Chart:
    """The names that fit, most important first, each just under its circle (chart pixels)."""
    from helix_graph.viz.labels import place_labels, text_width

    x0, x1, y0, y1 = bounds
    width, height = MAP_SIZE
    px = (frame["x"] - x0) / (x1 - x0) * width
    py = (y1 - frame["y"]) / (y1 - y0) * height
    half = np.array([text_width(n, 11.0) / 2 for n in frame["name"]])
    inside = (px - half >= 0) & (px + half <= width) & (py >= 0) & (py + radius + 16 <= height)
    reveal = place_labels(
        px.tolist(), py.tolist(), list(radius),
        [n if ok else "" for n, ok in zip(frame["name"], inside)],
        list(priority), zooms=(1.0,), font_size=11.0,
    )  # fmt: skip
    shown = np.isfinite(reveal)
    named = frame[shown].assign(
        label_y=frame["y"][shown] - (radius[shown] + 1) * (y1 - y0) / height
    )
    x, _ = _axes(bounds)
    return (
        alt.Chart(named[["x", "label_y", "name"]])
        .mark_text(baseline="top", fontSize=11, color="#222", clip=True)
        .encode(
            x=x,
            y=alt.Y("label_y:Q", axis=None, scale=alt.Scale(domain=[y0, y1], zero=False)),
            text="name:N",
        )
    )


def map_colours(core, colour: str = "helix_sector") -> tuple[dict, list[tuple]]:
    """Organisation → the text its colour stands for, and the legend ``(value, text, colour)``.

    The Explore drawing's colours (:func:`~helix_graph.viz.scene.colour_map`) and legend
    (:func:`~helix_graph.viz.scene.legend_entries`): fixed colours for sectors, the
    palette by frequency for communities (named by their best-connected member, as
    there) and countries; beyond 20 values, "other"; organisations without a value (no
    country, or in no community: no partner) grey as Explore's uncoloured organisations.
    """
    from helix_graph.viz.scene import TYPE_COLOURS, colour_map, legend_entries
    from helix_graph.viz.views import community_names

    if colour not in MAP_COLOURS:
        raise ValueError(f"colour {colour!r} is unknown; use one of {', '.join(MAP_COLOURS)}")
    orgs = core.network.organisations
    names = None
    if colour == "community":
        values = dict(core.partition.membership)
        names = community_names(core, "collaboration", members=1)
    else:
        values = dict(zip(orgs["id"].tolist(), orgs[colour].tolist()))
    entries = legend_entries(colour_map(values.values(), colour), colour, names)
    text = {value: t for value, t, _ in entries if value is not None}
    other = "other" if entries and entries[-1][0] is None else None
    missing = f"no {colour.replace('_', ' ')}"
    texts = {}
    for org in orgs["id"].tolist():
        v = values.get(org)
        texts[org] = text.get(v, other) if v is not None and v == v and v != "" else missing
    if missing in texts.values():
        entries.append((None, missing, TYPE_COLOURS["Organisation"]))
    return texts, entries


def _colour(entries: list[tuple], title: str):
    return alt.Color(
        "colour:N",
        scale=alt.Scale(domain=[t for _, t, _ in entries], range=[c for _, _, c in entries]),
        title=title,
        legend=alt.Legend(labelLimit=320),  # community names are their members' names
    )


def organisation_map_table(core, colour: str = "helix_sector") -> pd.DataFrame:
    """One row per organisation of ``core``'s network, placed (:func:`helix_graph.places.organisation_places`).

    Columns: id, name, city, country (its name), code (the country's), placed_by,
    latitude, longitude, colour (the legend's text), partners, shared_projects.
    """
    from helix_graph.model import country_name

    orgs = core.network.organisations
    places = organisation_places(orgs)  # row for row
    ids, codes = orgs["id"].tolist(), orgs["country"].tolist()
    colours, _ = map_colours(core, colour)
    view = core.view
    partners = dict(zip(view.nodes, view.degree.tolist()))
    strength = np.bincount(
        view.edges.ravel(), weights=np.repeat(view.weights, 2), minlength=view.n
    ) if view.n else np.zeros(0)  # fmt: skip
    shared = dict(zip(view.nodes, strength.tolist()))
    return pd.DataFrame(
        {
            "id": ids,
            "name": orgs["name"].astype(str).tolist(),
            "city": orgs["city"].tolist() if "city" in orgs else None,
            "country": [country_name(c) if isinstance(c, str) else None for c in codes],
            "code": codes,
            "placed_by": places["placed_by"].tolist(),
            "latitude": places["latitude"].to_numpy(),
            "longitude": places["longitude"].to_numpy(),
            "colour": [colours[o] for o in ids],
            "partners": [int(partners.get(o, 0)) for o in ids],
            "shared_projects": [float(shared.get(o, 0.0)) for o in ids],
        }
    )


def _strongest_ties(view, members, most: int) -> list[tuple]:
    """Among ``members``, each one's strongest tie, the ``most`` heaviest: ``(a, b, weight)``.

    From the collaboration arrays, without building the members' graph (the 2,000 best
    connected of Horizon 2020 share 195,000 ties). Ties of equal weight by position.
    """
    inside = np.zeros(view.n, dtype=bool)
    inside[[view.index[m] for m in members if m in view.index]] = True
    edges, weights = view.edges, np.asarray(view.weights, dtype=float)
    keep = inside[edges[:, 0]] & inside[edges[:, 1]]
    edges, weights = edges[keep], weights[keep]
    if not len(edges):
        return []
    order = np.argsort(-weights, kind="stable")
    ends = edges[order].ravel()  # both ends of the heaviest tie, then of the next…
    _, first = np.unique(ends, return_index=True)  # each member's first, i.e. heaviest, tie
    chosen = np.unique(order[first // 2])
    chosen = chosen[np.argsort(-weights[chosen], kind="stable")][:most]
    nodes = view.nodes
    return [(nodes[a], nodes[b], float(w)) for (a, b), w in zip(edges[chosen], weights[chosen])]


def organisation_map(
    core,
    colour: str = "helix_sector",
    top: int = ORGANISATIONS_SHOWN,
    ties: int = 600,
) -> tuple[alt.LayerChart, pd.DataFrame]:
    """Organisations as points at their places, tied by their strongest collaborations.

    At most ``top`` organisations are drawn: those with the most shared projects.

    Organisations in one place (a city, or a country's centre) are spread on a small
    sunflower around it, so each can be seen and hovered. The map frames the places
    near most organisations (:data:`MAP_REACH`). Returns the chart and
    :func:`organisation_map_table` with two more columns, ``drawn`` and ``framed``
    (drawn inside the map's frame), for the caption's counts.
    """
    table = organisation_map_table(core, colour).assign(drawn=False, framed=False)
    placed = table[table["placed_by"] != "nowhere"]
    placed = placed.nlargest(top, "shared_projects", keep="first")
    table.loc[placed.index, "drawn"] = True
    placed = placed.reset_index(drop=True)
    if placed.empty:
        return alt.LayerChart(), table
    shrink = _shrink(placed["latitude"])
    placed["x"], placed["y"] = placed["longitude"] * shrink, placed["latitude"]
    spot = placed.groupby(["x", "y"]).size().rename("here").reset_index()
    bounds, inside = _frame(spot["x"], spot["y"], spot["here"], shrink)
    framed = spot.loc[inside, ["x", "y"]].merge(placed[["x", "y", "id"]])["id"]
    table.loc[table["id"].isin(framed), "framed"] = True
    x0, x1, y0, y1 = bounds
    # the k-th organisation of a place at 4.5·√k px (about a dot's width), turned by the golden angle
    k = (
        placed.sort_values("shared_projects", ascending=False, kind="stable")
        .groupby(["x", "y"])
        .cumcount()
    )
    k = k.reindex(placed.index).to_numpy()
    step = 4.5 * (x1 - x0) / MAP_SIZE[0]
    turn = k * np.pi * (3 - np.sqrt(5))
    placed["x"] = placed["x"] + step * np.sqrt(k) * np.cos(turn)
    placed["y"] = placed["y"] + step * np.sqrt(k) * np.sin(turn)
    where = dict(zip(placed["id"], zip(placed["x"], placed["y"], placed["name"])))
    lines = pd.DataFrame(
        [{"x": where[a][0], "y": where[a][1], "x2": where[b][0], "y2": where[b][1],
          "collaborations": w, "from": where[a][2], "to": where[b][2]}
         for a, b, w in _strongest_ties(core.view, where, ties)],
        columns=["x", "y", "x2", "y2", "collaborations", "from", "to"],
    )  # fmt: skip
    x, y = _axes(bounds)
    arcs = _ties(lines, bounds, colour="#8A8F98", widest=3, opacity=0.3, title="shared projects")
    outlines = _outlines(bounds, shrink)
    _, entries = map_colours(core, colour)
    title = colour.replace("_", " ")
    dots = (
        alt.Chart(placed.drop(columns=["latitude", "longitude", "code", "drawn", "framed"]))
        .mark_circle(opacity=0.9, stroke="white", strokeWidth=0.5, size=55, clip=True)
        .encode(
            x=x,
            y=y,
            color=_colour(entries, title),
            tooltip=[
                "name:N",
                "city:N",
                "country:N",
                alt.Tooltip("placed_by:N", title="placed by"),
                alt.Tooltip("colour:N", title=title),
                "partners:Q",
                alt.Tooltip("shared_projects:Q", title="shared projects", format=",.0f"),
            ],
        )  # fmt: skip
        .add_params(
            alt.selection_interval(bind="scales")
        )  # scroll to zoom into a city, drag to pan
    )
    radius = np.full(len(placed), 4.2)  # a circle of area 55 px²
    # names over a crowd of dots hide them: only the best-connected are named (hover for the rest)
    named = placed.nlargest(MAP_NAMES, "shared_projects", keep="first")
    names = _names(named, radius[: len(named)], named["shared_projects"].to_numpy(), bounds)
    chart = outlines + arcs + dots + names
    return chart.properties(width=MAP_SIZE[0], height=MAP_SIZE[1]), table


def country_map_tables(
    G, top: int = 80, ties: int = 150
) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """Countries as points and their strongest cross-border ties as lines, in map coordinates.

    A plate carrée projection, its longitudes shrunk by the cosine of the mean latitude
    (so Europe keeps its shape). Returns ``(points, lines, unplaced)``: points have
    code, name, organisations, x, y; lines x, y, x2, y2, collaborations and both names;
    ``unplaced`` lists the countries with no known centre.
    """
    where = country_centroids()
    ranked = sorted(G, key=lambda c: (-(G.nodes[c].get("organisations") or 0), str(c)))[:top]
    placed = [c for c in ranked if c in where]
    unplaced = [G.nodes[c].get("name") or str(c) for c in ranked if c not in where]
    if not placed:
        return pd.DataFrame(), pd.DataFrame(), unplaced
    shrink = _shrink(where[c][0] for c in placed)

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


def country_colours(table: pd.DataFrame) -> dict:
    """Country code → the colour most of its organisations have (of :func:`organisation_map_table`).

    Ties go to the first in the legend's text order, as the Explore page's country summary
    takes the first sector by name.
    """
    frame = table.dropna(subset=["code"])
    if frame.empty:
        return {}
    counts = frame.groupby(["code", "colour"]).size().reset_index(name="n")
    counts = counts.sort_values(["code", "n", "colour"], ascending=[True, False, True])
    first = counts.drop_duplicates("code")
    return dict(zip(first["code"], first["colour"]))


def country_map(
    G,
    top: int = 80,
    ties: int = 150,
    colour_of: dict | None = None,
    legend: list[tuple] | None = None,
    legend_title: str = "helix sector",
) -> alt.LayerChart:
    """Countries as circles sized by organisations, tied by lines weighted by collaborations.

    Offline: no tiles; the outlines countryinfo ships and the countries' approximate centres
    (:func:`~helix_graph.places.country_centroids`). The map frames the countries near
    most organisations (:data:`MAP_REACH`: Europe, usually); the others are drawn
    clipped at its edge. Names are placed where they do
    not collide. ``colour_of`` (code → legend text, :func:`country_colours`) and
    ``legend`` (:func:`map_colours`) colour the circles as the organisations.
    """
    points, lines, _ = country_map_tables(G, top, ties)
    if points.empty:
        return alt.LayerChart()
    shrink = _shrink(country_centroids()[c][0] for c in points["code"])
    bounds, _ = _frame(points["x"], points["y"], points["organisations"], shrink)
    x, y = _axes(bounds)
    arcs = _ties(lines, bounds, colour="#4C78A8", widest=6, opacity=0.35, title="collaborations")
    outlines = _outlines(bounds, shrink)
    points = points.assign(colour=[(colour_of or {}).get(c) or "—" for c in points["code"]])
    dots = (
        alt.Chart(points)
        .mark_circle(opacity=0.85, stroke="white", strokeWidth=0.8, clip=True)
        .encode(
            x=x,
            y=y,
            color=_colour(legend, f"most common {legend_title}")
            if colour_of and legend
            else alt.value("#F58518"),
            size=alt.Size(
                "organisations:Q", scale=alt.Scale(range=[20, 1800]), title="organisations"
            ),
            tooltip=[
                "name:N",
                alt.Tooltip("colour:N", title=legend_title),
                alt.Tooltip("organisations:Q", format=","),
            ],
        )  # fmt: skip
    )
    radius = (
        np.sqrt(20 + 1780 * points["organisations"] / max(points["organisations"].max(), 1)) / 2
    ).to_numpy()
    names = _names(points, radius, points["organisations"].to_numpy(), bounds)
    return (outlines + arcs + dots + names).properties(width=MAP_SIZE[0], height=MAP_SIZE[1])


def chart_svg(chart) -> str:
    """An Altair chart as a standalone SVG (rendered offline by vl-convert)."""
    import vl_convert

    return vl_convert.vegalite_to_svg(chart.to_json())
