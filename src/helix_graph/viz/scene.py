"""A scene: everything a drawing shows, decided once and rendered three ways.

The app's interactive page, the SVG (and the PNG made from it) and the standalone HTML
file all draw one :class:`Scene`: the same positions, sizes, colours, ties, labels,
legend and caption. :func:`scene_from_graph` builds it from a graph:

- positions from :func:`~helix_graph.viz.layout.network_positions`, fitted to a canvas of
  :data:`CANVAS` pixels, communities in their own regions;
- node radii from the size metric, bounded by the room each node has;
- ties thinned to a backbone a person can see (each node's strongest ties);
- labels from :func:`~helix_graph.viz.labels.place_labels`: drawn only where they fit, by
  importance, more revealed on zoom.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import numpy as np

from helix_graph.model import HELIX_SECTORS, country_name, is_country_code
from helix_graph.viz.labels import label_box, place_labels
from helix_graph.viz.layout import network_positions

__all__ = [
    "CANVAS",
    "EDGES_PER_NODE",
    "Scene",
    "SceneNode",
    "SceneEdge",
    "Legend",
    "scene_from_graph",
    "backbone",
    "node_name",
    "node_type",
    "colour_map",
    "legend_entries",
    "SECTOR_COLOURS",
    "TYPE_COLOURS",
    "TYPE_SHAPES",
    "PALETTE",
    "OTHER_COLOUR",
]

CANVAS = (1100.0, 640.0)
"""Width and height, in pixels, the drawing is fitted to at zoom 1."""
EDGES_PER_NODE = 3
"""In a dense graph each node keeps its this-many strongest ties (the backbone drawn)."""
BETWEEN_GROUPS = 3
"""Of the backbone, at most this many ties are drawn between two communities."""
MAX_EDGES = 6_000
"""At most this many ties are drawn, whatever the node count (the heaviest of the backbone)."""

SECTOR_COLOURS: dict[str, str] = {
    "government": "#4C78A8",
    "industry": "#F58518",
    "academia": "#54A24B",
    "civil_society": "#B279A2",
}
TYPE_COLOURS: dict[str, str] = {
    "Organisation": "#9AA5B1",
    "Project": "#E45756",
    "Country": "#72B7B2",
    "HelixSector": "#EECA3B",
    "Programme": "#9D755D",
    "group": "#6C8EBF",
}
TYPE_SHAPES: dict[str, str] = {
    "Organisation": "dot",
    "Project": "square",
    "Country": "triangle",
    "HelixSector": "diamond",
    "Programme": "star",
    "group": "square",
}
PALETTE = (
    "#4C78A8", "#F58518", "#E45756", "#72B7B2", "#54A24B", "#EECA3B", "#B279A2", "#FF9DA6",
    "#9D755D", "#BAB0AC", "#1F77B4", "#AEC7E8", "#FF7F0E", "#FFBB78", "#2CA02C", "#98DF8A",
    "#D62728", "#FF9896", "#9467BD", "#C5B0D5",
)  # fmt: skip
OTHER_COLOUR = "#C8C8C8"
_NAME_KEYS = ("name", "acronym", "label", "code", "id")
_TYPE_KEYS = ("node_type", "label", "type")
_LABEL_CHARS = 28


@dataclass
class Legend:
    """What the colours (and shapes) mean: ``(text, colour, shape)`` entries."""

    title: str
    entries: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class SceneNode:
    id: str
    name: str
    x: float
    y: float
    radius: float
    colour: str
    shape: str = "dot"
    label: str = ""
    reveal: float = math.inf
    """Zoom (relative to the fitted view) from which the label shows; inf: hover only."""
    info: list[list[str]] = field(default_factory=list)
    highlighted: bool = False
    opens: int | None = None
    """For a super-node: the frame (index into :attr:`Scene.opens`, from 1) its click opens."""


@dataclass
class SceneEdge:
    source: str
    target: str
    weight: float
    width: float
    info: list[list[str]] = field(default_factory=list)
    new: bool = False
    """A suggested tie, not one in the data (drawn dashed)."""


@dataclass
class Scene:
    """A drawing, ready to render (see :mod:`helix_graph.viz.render`)."""

    nodes: list[SceneNode]
    edges: list[SceneEdge]
    legend: Legend
    title: str = ""
    caption: str = ""
    width: float = CANVAS[0]
    height: float = CANVAS[1]
    """The size of what is drawn (nodes and the names shown at zoom 1), in drawing pixels."""
    centre: tuple[float, float] = (0.0, 0.0)
    groups: dict[str, Any] = field(default_factory=dict)
    """node id → the group its region was laid out for (community, sector…)."""
    ties: int = 0
    """How many ties the graph had before thinning."""
    note: str = ""
    """What was summarised or thinned, in words, for the screen."""
    summarised: bool = False
    graph_nodes: int = 0
    """How many nodes the view had before it was cut to what is drawn."""
    opens: list = field(default_factory=list)
    """(label, scene) of the networks its super-nodes open (a community's own network)."""
    graph: Any = None
    """The drawn graph itself, every tie and attribute (for a GEXF of the view)."""

    def viz(self) -> dict[str, dict]:
        """Node id → GEXF ``viz`` (colour, position, size): the view as Gephi should open it.

        GEXF's y axis points up, the drawing's down: y is negated.
        """
        out = {}
        for n in self.nodes:
            r, g, b = (int(n.colour[i : i + 2], 16) for i in (1, 3, 5))
            out[n.id] = {
                "color": {"r": r, "g": g, "b": b, "a": 1.0},
                "position": {"x": float(n.x), "y": float(-n.y), "z": 0.0},
                "size": float(n.radius),
            }
        return out

    @property
    def positions(self) -> dict[str, tuple[float, float]]:
        return {n.id: (n.x, n.y) for n in self.nodes}

    def labelled(self, zoom: float = 1.0) -> list[SceneNode]:
        """The nodes whose label shows at ``zoom``."""
        return [n for n in self.nodes if n.reveal <= zoom]


def node_name(node: Hashable, data: Mapping[str, Any]) -> str:
    """The name a person reads for a node: its name, acronym, label or code, else its id."""
    for key in _NAME_KEYS:
        value = data.get(key)
        if value not in (None, ""):
            return str(value)
    return str(node)


def node_type(data: Mapping[str, Any], default: str = "Organisation") -> str:
    """The node's kind in the model (``Organisation``, ``Project``…), ``default`` if unsaid."""
    for key in _TYPE_KEYS:
        value = data.get(key)
        if value in TYPE_COLOURS:
            return value
    return default


def colour_map(values: Iterable[Any], attribute: str | None) -> dict[Any, str]:
    """A colour per value: fixed colours for helix sectors, the palette by frequency otherwise.

    Values beyond the palette's 20 share :data:`OTHER_COLOUR`.
    """
    counts = Counter(v for v in values if v is not None and v != "")
    if attribute == "helix_sector":
        return {v: SECTOR_COLOURS.get(v, OTHER_COLOUR) for v in counts}
    ranked = [v for v, _ in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))]
    return {v: (PALETTE[i] if i < len(PALETTE) else OTHER_COLOUR) for i, v in enumerate(ranked)}


def backbone(
    graph: nx.Graph,
    per_node: int = EDGES_PER_NODE,
    max_edges: int = MAX_EDGES,
    weight: str = "weight",
    groups: Mapping[Hashable, Hashable] | None = None,
) -> list[tuple[Hashable, Hashable]]:
    """The ties worth drawing: all of a sparse graph, else each node's ``per_node`` strongest.

    A graph with at most ``per_node`` ties per node on average is kept whole. Otherwise
    every node keeps its strongest ties (so nobody is left hanging) — with ``groups``,
    its strongest ties inside its own group plus its single strongest tie — and of
    those the ``max_edges`` heaviest are drawn. Ties are sorted by weight, then by ends.

    Examples
    --------
    >>> g = nx.complete_graph(5)
    >>> nx.set_edge_attributes(g, {(0, 1): 5, (2, 3): 4}, "weight")
    >>> len(backbone(g, per_node=1)), backbone(g, per_node=1)[:2]
    (3, [(0, 1), (2, 3)])
    """

    def strength(e):
        return float(graph.edges[e].get(weight, 1.0) or 1.0)

    def ordered(edges):
        return sorted(edges, key=lambda e: (-strength(e), str(e[0]), str(e[1])))

    m, n = graph.number_of_edges(), graph.number_of_nodes()
    if m <= per_node * max(n, 1) and m <= max_edges:
        return ordered(graph.edges())
    kept: set[tuple] = set()

    def keep(v, u):
        kept.add((v, u) if str(v) <= str(u) else (u, v))

    for v in graph:
        ranked = sorted(
            graph[v].items(),
            key=lambda item: (-float(item[1].get(weight, 1.0) or 1.0), str(item[0])),
        )
        if groups is None:
            chosen = [u for u, _ in ranked[:per_node]]
        else:
            own = groups.get(v)
            chosen = [u for u, _ in ranked if groups.get(u) == own][:per_node] + [ranked[0][0]]
        for u in chosen:
            keep(v, u)
    return ordered((u, v) if graph.has_edge(u, v) else (v, u) for u, v in kept)[:max_edges]


def _between_groups(edges: list, groups: Mapping, keep: int) -> list:
    """``edges`` (heaviest first) with at most ``keep`` ties between any two groups."""
    seen: Counter = Counter()
    kept = []
    for u, v in edges:
        a, b = groups.get(u), groups.get(v)
        if a == b:
            kept.append((u, v))
            continue
        pair = (a, b) if str(a) <= str(b) else (b, a)
        seen[pair] += 1
        if seen[pair] <= keep:
            kept.append((u, v))
    return kept


def _value_text(value: Any) -> str:
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return "–"
        return f"{value:.4g}"
    if isinstance(value, (list, tuple, set)):
        items = [str(v) for v in value]
        return ", ".join(items[:8]) + (f" … (+{len(items) - 8})" if len(items) > 8 else "")
    return str(value)


def _short(text: str, limit: int = _LABEL_CHARS) -> str:
    """A label: long names cut with an ellipsis (the tooltip has the whole name)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _legend_text(attribute: str, value: Any) -> str:
    if attribute == "helix_sector":
        return HELIX_SECTORS.get(value, str(value))
    if attribute == "community":
        return f"community {value}"
    if attribute == "country" and isinstance(value, str) and is_country_code(value):
        return country_name(value)
    return str(value)


def legend_entries(
    colours: Mapping[Any, str], attribute: str | None, names: Mapping[Any, str] | None = None
) -> list[tuple[Any, str, str]]:
    """``(value, text, colour)`` of a legend, in the order of ``colours`` (:func:`colour_map`).

    At most 20 values; then one entry ``(None, "other", OTHER_COLOUR)`` for the rest.
    ``names`` gives a value's text (a community's members); else sectors and countries by name.
    """
    entries = []
    for value, colour in colours.items():
        if len(entries) >= 20:
            entries.append((None, "other", OTHER_COLOUR))
            break
        text = (names or {}).get(value) or _legend_text(attribute or "", value)
        entries.append((value, text, colour))
    return entries


def _scores(graph, size_by, sizes) -> dict[Hashable, float]:
    if sizes is not None:
        return {
            n: float(sizes[n])
            for n in graph
            if sizes.get(n) is not None and math.isfinite(float(sizes[n]))
        }
    if size_by:
        values = {}
        for n, d in graph.nodes(data=True):
            v = d.get(size_by)
            values[n] = float(v) if isinstance(v, (int, float)) and math.isfinite(v) else 0.0
        return values
    return {}


def _radii(graph, scores, small: float, large: float) -> dict[Hashable, float]:
    """Square-root scaled radii; nodes without a score in the middle."""
    middle = small + (large - small) / 3
    if not scores:
        return dict.fromkeys(graph, middle)
    low, high = min(scores.values()), max(scores.values())
    span = (high - low) or 1.0
    return {
        n: (
            round(small + (large - small) * math.sqrt(max(scores[n] - low, 0.0) / span), 2)
            if n in scores
            else middle
        )
        for n in graph
    }


def _fit(pos: dict, width: float, height: float, margin: float) -> dict:
    """Positions scaled and centred to fill the canvas.

    Never enlarged beyond 1.6×, and stretched along one axis by at most 1.5× to use a
    wide canvas (a round layout would leave its sides empty).
    """
    if not pos:
        return pos
    xy = np.array(list(pos.values()), dtype=float)
    xy -= (xy.max(axis=0) + xy.min(axis=0)) / 2
    span = np.ptp(xy, axis=0)
    room = np.array([width - 2 * margin, height - 2 * margin])
    factors = np.where(span > 0, room / np.where(span > 0, span, 1.0), np.inf)
    scale = float(factors.min())
    if not math.isfinite(scale):
        return {v: (round(float(x), 1), round(float(y), 1)) for v, (x, y) in zip(pos, xy)}
    scale = min(scale, 1.6)
    stretch = np.minimum(factors / scale, 1.5)
    stretch[~np.isfinite(stretch)] = 1.0
    xy = xy * scale * stretch
    return {v: (round(float(x), 1), round(float(y), 1)) for v, (x, y) in zip(pos, xy)}


def scene_from_graph(
    graph: nx.Graph,
    *,
    color_by: str | None = "helix_sector",
    colour_of: Mapping[Hashable, Any] | None = None,
    size_by: str | None = None,
    sizes: Mapping[Hashable, float] | None = None,
    info: Sequence[str] = ("node_type", "helix_sector", "kind", "country", "projects"),
    metrics: Sequence[str] = (),
    groups: Mapping[Hashable, Hashable] | None = None,
    positions: Mapping[Hashable, tuple[float, float]] | None = None,
    anchor: Mapping[Hashable, tuple[float, float]] | None = None,
    highlight: Iterable[Hashable] = (),
    default_type: str = "Organisation",
    per_node: int = EDGES_PER_NODE,
    max_edges: int = MAX_EDGES,
    seed: int = 7,
    title: str = "",
    caption: str = "",
    canvas: tuple[float, float] = CANVAS,
    legend_names: Mapping[Any, str] | None = None,
    anchor_share: float | None = None,
) -> Scene:
    """The scene of ``graph``: positions, radii, colours, backbone ties and placed labels.

    Parameters
    ----------
    graph : networkx.Graph
        Nodes carry ``name`` (or ``acronym``/``label``), optionally ``node_type``,
        ``helix_sector``, ``country``… and metric values; edges optionally ``weight``
        and ``projects``.
    color_by : str or None, default "helix_sector"
        Node attribute that picks the colour; nodes without it are coloured by type.
    colour_of : mapping, optional
        node → value to colour by instead of the ``color_by`` attribute (e.g. a
        community partition); ``color_by`` still names the legend.
    size_by : str or None
        Node attribute (a centrality) that sets the size, square-root scaled.
    sizes : mapping, optional
        node → value instead of the ``size_by`` attribute; also the label priority.
    info, metrics : sequences of str
        Node attributes listed in the tooltip (metrics as numbers).
    groups : mapping, optional
        node → region group for the layout (default: the colour when colouring by
        community, else connected components).
    positions : mapping, optional
        Positions to use as they are (e.g. a radial ego layout).
    anchor : mapping, optional
        Positions of an earlier drawing to keep where nodes are shared.
    highlight : iterable
        Nodes drawn with a thick border.
    default_type : str
        The kind of node for nodes that do not say.
    per_node, max_edges : int
        The backbone: each node's strongest ties, at most this many ties in all.
    title, caption : str
        What the drawing is, and the data, filters and date it shows.
    legend_names : mapping, optional
        Colour value → the text in the legend (e.g. community → its top members).
    anchor_share : float, optional
        Keep ``anchor`` when it has this share of the nodes (default: the layout's rule).
    """
    width, height = canvas
    nodes = list(graph)
    n = len(nodes)
    scores = _scores(graph, size_by, sizes)
    cell = math.sqrt(width * height / max(n, 1))  # the room of one node at zoom 1
    large = max(3.0, min(16.0, cell * 0.3))
    small = max(1.8, min(7.0, large * 0.32))
    radius = _radii(graph, scores, small, large)
    values = {
        v: (colour_of.get(v) if colour_of is not None else d.get(color_by) if color_by else None)
        for v, d in graph.nodes(data=True)
    }
    if groups is None and color_by == "community" and colour_of is not None:
        groups = colour_of
    if positions is None:
        keep = {} if anchor_share is None else {"anchor_share": anchor_share}
        raw = network_positions(
            graph, groups=groups, anchor=anchor, radii=radius, seed=seed, spacing=cell, **keep
        )
        positions = _fit(raw, width, height, margin=large + 14)
        # fitting may have squeezed: keep nodes apart at the final scale
        positions = network_positions(
            graph, anchor=positions, radii=radius, seed=seed, spacing=cell
        )
    else:
        positions = _fit(dict(positions), width, height, margin=large + 14)
    colours = colour_map(values.values(), color_by)
    highlighted = set(highlight)
    built: list[SceneNode] = []
    for v, d in graph.nodes(data=True):
        kind = node_type(d, default_type)
        rows = []
        for key in info:
            if key == "node_type":
                rows.append(["type", kind])
            elif d.get(key) not in (None, "", [], ()):
                value = HELIX_SECTORS.get(d[key], d[key]) if key == "helix_sector" else d[key]
                rows.append([key.replace("_", " "), _value_text(value)])
        for key in metrics:
            if d.get(key) is not None:
                rows.append([key.replace("_", " "), _value_text(d[key])])
        x, y = positions.get(v, (0.0, 0.0))
        name = node_name(v, d)
        built.append(
            SceneNode(
                id=str(v),
                name=name,
                x=float(x),
                y=float(y),
                radius=float(radius[v]),
                colour=colours.get(values[v]) or TYPE_COLOURS.get(kind, OTHER_COLOUR),
                shape=TYPE_SHAPES.get(kind, "dot"),
                label=_short(name),
                info=rows,
                highlighted=v in highlighted,
            )
        )
    priority = [
        (1e18 if v in highlighted else scores.get(v, 0.0)) + graph.degree(v) * 1e-9 for v in nodes
    ]
    reveal = place_labels(
        [b.x for b in built], [b.y for b in built], [b.radius for b in built],
        [b.label for b in built], priority, avoid_nodes=False,
    )  # fmt: skip
    for b, r in zip(built, reveal):
        b.reveal = float(r)
    drawn = backbone(graph, per_node, max_edges, groups=groups or None)
    if groups:  # between two regions, only their strongest ties: long crossing lines hide the rest
        drawn = _between_groups(drawn, groups, BETWEEN_GROUPS)
    weights = [float(graph.edges[e].get("weight", 1.0) or 1.0) for e in drawn]
    low, top = min(weights, default=1.0), max(weights, default=1.0)
    span = (top - low) or 1.0
    edges = []
    for (u, v), w in zip(drawn, weights):
        d = graph.edges[u, v]
        rows = [["weight", _value_text(w)]]
        if d.get("projects"):
            rows.append(["projects", _value_text(d["projects"])])
        edges.append(
            SceneEdge(
                str(u),
                str(v),
                w,
                round(0.6 + 3.4 * math.sqrt((w - low) / span), 2),
                info=rows,
                new=bool(d.get("new")),
            )
        )
    legend = Legend(title=(color_by or "type").replace("_", " "))
    legend.entries = [
        (text, colour, "dot") for _, text, colour in legend_entries(colours, color_by, legend_names)
    ]
    kinds = Counter(node_type(d, default_type) for _, d in graph.nodes(data=True))
    uncoloured = {
        node_type(d, default_type) for v, d in graph.nodes(data=True) if values[v] in (None, "")
    }
    for kind in sorted(uncoloured):
        legend.entries.append(
            (kind, TYPE_COLOURS.get(kind, OTHER_COLOUR), TYPE_SHAPES.get(kind, "dot"))
        )
    if len(set(kinds) - {"group"}) > 1:  # shapes tell the kinds apart in a multipartite view
        for kind in sorted(set(kinds) - uncoloured - {"group"}):
            legend.entries.append((f"{kind} (shape)", "#FFFFFF", TYPE_SHAPES.get(kind, "dot")))
    # the content's own bounds (nodes and the names drawn at zoom 1): what the fitted view shows
    boxes = [(b.x - b.radius, b.y - b.radius, b.x + b.radius, b.y + b.radius) for b in built]
    boxes += [label_box(b.x, b.y, b.radius, b.label) for b in built if b.reveal <= 1.0]
    if boxes:
        x0, y0 = min(b[0] for b in boxes) - 10, min(b[1] for b in boxes) - 10
        x1, y1 = max(b[2] for b in boxes) + 10, max(b[3] for b in boxes) + 10
    else:
        x0, y0, x1, y1 = -width / 2, -height / 2, width / 2, height / 2
    return Scene(
        nodes=built,
        edges=edges,
        legend=legend,
        title=title,
        caption=caption,
        width=round(x1 - x0, 1),
        height=round(y1 - y0, 1),
        centre=(round((x0 + x1) / 2, 1), round((y0 + y1) / 2, 1)),
        groups={str(v): g for v, g in (groups or {}).items() if v in graph},
        ties=graph.number_of_edges(),
        graph=graph,
    )
