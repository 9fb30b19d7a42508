"""Interactive network drawings: vis-network (the library pyvis wraps), fully offline and escaped.

pyvis's templates fetch Bootstrap from a CDN ("in_line") or reach cdnjs ("local"), and
its ``add_edge`` scans every edge already added (quadratic on large graphs), so the page
is built here: vis-network's script and stylesheet inlined from the installed pyvis
package, node data as JSON in a ``<script type="application/json">`` element, tooltips
and the legend built as DOM text nodes (``textContent``), never as HTML. A Content
Security Policy with a nonce blocks any other script, inline event handler or request.

Positions come from :func:`helix_graph.viz.layout.network_positions` and physics is off,
so a drawing of thousands of nodes appears at once and stays still.
"""

from __future__ import annotations

import math
import secrets
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from helix_graph.model import HELIX_SECTORS
from helix_graph.viz.assets import vis_network_css, vis_network_js
from helix_graph.viz.escape import json_for_script
from helix_graph.viz.layout import network_positions

__all__ = [
    "SECTOR_COLOURS",
    "TYPE_COLOURS",
    "TYPE_SHAPES",
    "PALETTE",
    "Legend",
    "node_name",
    "node_type",
    "network_html",
    "colour_map",
]

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
    "group": "dot",
}
PALETTE = (
    "#4C78A8",
    "#F58518",
    "#E45756",
    "#72B7B2",
    "#54A24B",
    "#EECA3B",
    "#B279A2",
    "#FF9DA6",
    "#9D755D",
    "#BAB0AC",
    "#1F77B4",
    "#AEC7E8",
    "#FF7F0E",
    "#FFBB78",
    "#2CA02C",
    "#98DF8A",
    "#D62728",
    "#FF9896",
    "#9467BD",
    "#C5B0D5",
)
OTHER_COLOUR = "#C8C8C8"
_NAME_KEYS = ("name", "acronym", "label", "code", "id")
_TYPE_KEYS = ("node_type", "label", "type")


@dataclass
class Legend:
    """What the colours (and shapes) mean: ``(text, colour, shape)`` entries."""

    title: str
    entries: list[tuple[str, str, str]] = field(default_factory=list)


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


def _value_text(value: Any) -> str:
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return "–"
        return f"{value:.4g}"
    if isinstance(value, (list, tuple, set)):
        items = [str(v) for v in value]
        return ", ".join(items[:8]) + (f" … (+{len(items) - 8})" if len(items) > 8 else "")
    return str(value)


def _short(text: str, limit: int = 28) -> str:
    """A canvas label: long names cut with an ellipsis (the tooltip has the whole name)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _legend_text(attribute: str, value: Any) -> str:
    if attribute == "helix_sector":
        return HELIX_SECTORS.get(value, str(value))
    if attribute == "community":
        return f"community {value}"
    return str(value)


def _sizes(
    graph: nx.Graph,
    size_by: str | None,
    scores: Mapping[Hashable, float] | None,
    small: float,
    large: float,
) -> dict[Hashable, float]:
    values: dict[Hashable, float] = {}
    if (
        scores is not None
    ):  # nodes without a score (e.g. projects in a multipartite view) get a middle size
        values = {
            n: float(scores[n])
            for n in graph
            if scores.get(n) is not None and math.isfinite(scores[n])
        }
    elif size_by:
        for n, d in graph.nodes(data=True):
            v = d.get(size_by)
            values[n] = float(v) if isinstance(v, (int, float)) and math.isfinite(v) else 0.0
    if not values:
        return {n: (small + large) / 3 for n in graph}
    low, high = min(values.values()), max(values.values())
    span = (high - low) or 1.0
    middle = (small + large) / 3
    return {
        n: (
            round(small + (large - small) * math.sqrt(max(values[n] - low, 0.0) / span), 2)
            if n in values
            else middle
        )
        for n in graph
    }


def network_html(
    graph: nx.Graph,
    *,
    color_by: str | None = "helix_sector",
    colour_of: Mapping[Hashable, Any] | None = None,
    size_by: str | None = None,
    sizes: Mapping[Hashable, float] | None = None,
    info: Sequence[str] = ("node_type", "helix_sector", "kind", "country", "projects"),
    metrics: Sequence[str] = (),
    positions: Mapping[Hashable, tuple[float, float]] | None = None,
    highlight: Iterable[Hashable] = (),
    max_labels: int = 80,
    height: int = 640,
    seed: int = 7,
    default_type: str = "Organisation",
) -> str:
    """A self-contained HTML page drawing ``graph`` with vis-network.

    Parameters
    ----------
    graph : networkx.Graph
        Nodes carry ``name`` (or ``acronym``/``label``), optionally ``node_type``
        (Organisation, Project, Country, HelixSector, Programme, group), ``helix_sector``,
        ``country``, ``community`` and metric values; edges optionally ``weight``.
    color_by : str or None, default "helix_sector"
        Node attribute that picks the colour (``helix_sector``, ``community``,
        ``country``…); nodes without it are coloured by their type.
    colour_of : mapping, optional
        node → value to colour by, instead of the ``color_by`` attribute (e.g. a
        community partition computed elsewhere); ``color_by`` still names the legend.
    size_by : str or None
        Node attribute (a centrality) that sets the size, square-root scaled.
    sizes : mapping, optional
        node → value, instead of the ``size_by`` attribute.
    info : sequence of str
        Node attributes listed in the tooltip under the name, when present.
    metrics : sequence of str
        Numeric node attributes added to the tooltip.
    positions : mapping, optional
        node → (x, y) in pixels; computed with :func:`network_positions` when omitted.
    highlight : iterable
        Nodes drawn with a thick border (e.g. the organisation searched for).
    max_labels : int, default 80
        Only the largest this-many nodes get a visible label (all have tooltips).
    height : int, default 640
        Pixel height of the drawing.
    seed : int, default 7
        Layout seed.
    default_type : str, default "Organisation"
        The kind of node for nodes that do not say (``Project`` in the project view…).

    Returns
    -------
    str
        An HTML document; every script and style inline, nothing fetched.
    """
    positions = positions if positions is not None else network_positions(graph, seed=seed)
    node_sizes = _sizes(graph, size_by, sizes, 8.0, 30.0)
    values = {
        n: (colour_of.get(n) if colour_of is not None else d.get(color_by) if color_by else None)
        for n, d in graph.nodes(data=True)
    }
    colours = colour_map(values.values(), color_by)
    labelled = set(sorted(graph, key=lambda n: node_sizes[n], reverse=True)[:max_labels])
    highlighted = set(highlight)
    nodes, types_seen = [], Counter()
    for n, d in graph.nodes(data=True):
        kind = node_type(d, default_type)
        types_seen[kind] += 1
        colour = colours.get(values[n]) or TYPE_COLOURS.get(kind, OTHER_COLOUR)
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
        x, y = positions.get(n, (0.0, 0.0))
        name = node_name(n, d)
        nodes.append(
            {
                "id": str(n),
                "name": name,
                "label": _short(name) if n in labelled else "",
                "x": x,
                "y": y,
                "shape": TYPE_SHAPES.get(kind, "dot"),
                "size": node_sizes[n],
                "color": colour,
                "borderWidth": 4 if n in highlighted else 1,
                "info": rows,
            }
        )
    edges = []
    weights = [float(w or 1.0) for _, _, w in graph.edges(data="weight", default=1.0)]
    low_weight, top_weight = min(weights, default=1.0), max(weights, default=1.0)
    weight_span = (top_weight - low_weight) or 1.0
    for (u, v, d), w in zip(graph.edges(data=True), weights):
        edge = {
            "from": str(u),
            "to": str(v),
            "width": round(1 + 5 * math.sqrt((w - low_weight) / weight_span), 2),
        }
        if len(edges) < 5_000:  # tooltips on edges cost memory; the first 5,000 are enough to read
            edge["info"] = [["weight", _value_text(w)]] + (
                [["projects", _value_text(d["projects"])]] if d.get("projects") else []
            )
        edges.append(edge)
    legend = Legend(title=(color_by or "type").replace("_", " "))
    for value, colour in colours.items():
        if len(legend.entries) >= 20:
            legend.entries.append(("other", OTHER_COLOUR, "dot"))
            break
        legend.entries.append((_legend_text(color_by or "", value), colour, "dot"))
    uncoloured = {
        node_type(d, default_type) for n, d in graph.nodes(data=True) if values[n] in (None, "")
    }
    for kind in sorted(uncoloured):
        legend.entries.append(
            (kind, TYPE_COLOURS.get(kind, OTHER_COLOUR), TYPE_SHAPES.get(kind, "dot"))
        )
    if len(types_seen) > 1:  # shapes tell the kinds of node apart in a multipartite view
        for kind in sorted(set(types_seen) - uncoloured):
            legend.entries.append((f"{kind} (shape)", "#FFFFFF", TYPE_SHAPES.get(kind, "dot")))
    payload = {
        "nodes": nodes,
        "edges": edges,
        "legend": {"title": legend.title, "entries": legend.entries},
        "large": graph.number_of_nodes() > 500,
    }
    return _page(payload, height)


def _page(payload: dict, height: int) -> str:
    nonce = secrets.token_urlsafe(16)
    csp = (
        f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:"
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<style>{vis_network_css()}</style>
<style>
html, body {{ margin: 0; padding: 0; font-family: sans-serif; background: #fff; }}
#network {{ width: 100%; height: {int(height)}px; border: 1px solid #e6e6e6; box-sizing: border-box; }}
#legend {{ position: absolute; top: 8px; left: 8px; background: rgba(255,255,255,.9); padding: 6px 8px;
  border: 1px solid #ddd; border-radius: 4px; font-size: 12px; max-height: {int(height) - 40}px; overflow: auto; z-index: 5; }}
#legend .entry {{ display: flex; align-items: center; gap: 6px; margin: 2px 0; }}
#legend .swatch {{ width: 11px; height: 11px; border: 1px solid #666; flex: none; }}
#legend .dot {{ border-radius: 50%; }}
#legend .title {{ font-weight: bold; margin-bottom: 3px; }}
div.vis-tooltip {{ max-width: 340px; white-space: normal; font-size: 12px; }}
div.vis-tooltip .name {{ font-weight: bold; margin-bottom: 3px; }}
</style></head>
<body>
<div id="legend" aria-label="legend"></div>
<div id="network" role="img" aria-label="network drawing"></div>
<script type="application/json" id="helix-data">{json_for_script(payload)}</script>
<script nonce="{nonce}">{vis_network_js()}</script>
<script nonce="{nonce}">{_SCRIPT}</script>
</body></html>"""


# Everything from the data reaches the page through textContent or canvas text, never innerHTML.
_SCRIPT = r"""
(function () {
  const data = JSON.parse(document.getElementById('helix-data').textContent);
  function tooltip(name, rows) {
    const box = document.createElement('div');
    const head = document.createElement('div');
    head.className = 'name';
    head.textContent = name;
    box.appendChild(head);
    for (const [key, value] of rows) {
      const line = document.createElement('div');
      line.textContent = key + ': ' + value;
      box.appendChild(line);
    }
    return box;
  }
  const legend = document.getElementById('legend');
  const legendTitle = document.createElement('div');
  legendTitle.className = 'title';
  legendTitle.textContent = data.legend.title;
  legend.appendChild(legendTitle);
  for (const [text, colour, shape] of data.legend.entries) {
    const entry = document.createElement('div');
    entry.className = 'entry';
    const swatch = document.createElement('span');
    swatch.className = 'swatch' + (shape === 'dot' ? ' dot' : '');
    swatch.style.background = colour;
    const label = document.createElement('span');
    label.textContent = text;
    entry.appendChild(swatch);
    entry.appendChild(label);
    legend.appendChild(entry);
  }
  const original = {};
  const nodes = new vis.DataSet(data.nodes.map(function (n) {
    original[n.id] = { color: n.color, label: n.label };
    return { id: n.id, label: n.label, x: n.x, y: n.y, shape: n.shape, size: n.size,
             color: n.color, borderWidth: n.borderWidth, title: tooltip(n.name, n.info) };
  }));
  const edges = new vis.DataSet(data.edges.map(function (e, i) {
    const edge = { id: i, from: e.from, to: e.to, width: e.width };
    if (e.info) { edge.title = tooltip('tie', e.info); }
    return edge;
  }));
  const options = {
    physics: { enabled: false },
    layout: { improvedLayout: false },
    interaction: { hover: !data.large, tooltipDelay: 120, hideEdgesOnDrag: data.large,
                   hideEdgesOnZoom: data.large, navigationButtons: false, keyboard: false },
    nodes: { font: { size: 13, face: 'sans-serif', multi: false }, borderWidthSelected: 3 },
    edges: { smooth: false, color: { color: '#B0B0B0', highlight: '#333333', opacity: 0.6 },
             selectionWidth: 1.5 },
  };
  const network = new vis.Network(document.getElementById('network'), { nodes: nodes, edges: edges }, options);
  // Clicking a node dims everything but the node and its neighbours; clicking empty space restores.
  network.on('click', function (params) {
    const updates = [];
    if (params.nodes.length) {
      const keep = new Set(network.getConnectedNodes(params.nodes[0]).concat([params.nodes[0]]));
      nodes.forEach(function (n) {
        const near = keep.has(n.id);
        updates.push({ id: n.id, color: near ? original[n.id].color : '#E8E8E8',
                       label: near ? original[n.id].label : '' });
      });
      document.body.dataset.highlighted = String(keep.size);
    } else {
      nodes.forEach(function (n) { updates.push({ id: n.id, color: original[n.id].color, label: original[n.id].label }); });
      delete document.body.dataset.highlighted;
    }
    nodes.update(updates);
  });
  network.once('afterDrawing', function () {
    window.helixDrawnAt = performance.now();
    document.body.dataset.nodes = String(data.nodes.length);
    document.body.dataset.drawn = 'true';
  });
  window.helixNetwork = network;  // for the browser tests and for people poking in the console
})();
"""
