"""A :class:`~helix_graph.viz.scene.Scene` rendered: interactive HTML, SVG, PNG.

- :func:`scene_html` — vis-network (the library pyvis wraps), fully offline and escaped:
  vis-network's script and stylesheet inlined from the installed pyvis package, the
  scene as JSON in a ``<script type="application/json">`` element, tooltips and the
  legend built as DOM text nodes (``textContent``), never as HTML, and a Content
  Security Policy with a nonce that blocks any other script, handler or request. The
  app shows it in an iframe; with ``standalone=True`` it is a file to take away, with
  the title and caption above the drawing.
- :func:`scene_svg` — nodes as ``<circle>`` (or polygons for other kinds), labels as
  ``<text>``, a legend and a caption: editable in Inkscape or Illustrator.
- :func:`scene_png` — the SVG rasterised (resvg, through vl-convert), at any scale.

pyvis's own templates fetch Bootstrap from a CDN ("in_line") or reach cdnjs ("local"),
and its ``add_edge`` scans every edge already added (quadratic on large graphs), so the
page is built here from the scene.
"""

from __future__ import annotations

import math
import secrets
from xml.sax.saxutils import escape, quoteattr

from helix_graph.viz.assets import vis_network_css, vis_network_js
from helix_graph.viz.escape import json_for_script
from helix_graph.viz.labels import FONT_FAMILY, LABEL_FONT_SIZE, label_box, text_width
from helix_graph.viz.scene import Scene

__all__ = ["scene_html", "scene_svg", "scene_png", "scene_gexf", "FORMATS", "PRINT_SCALE"]

FORMATS = ("svg", "png", "html")
"""What a drawing can be written as (chosen by the file's extension)."""
PRINT_SCALE = 300 / 96
"""PNG scale for print: 300 dots per inch for a drawing measured at 96 px per inch."""
_EDGE_COLOUR = "#9AA0A6"
_EDGE_OPACITY = 0.35
_NEW_TIE_COLOUR = "#D62728"
_LEGEND_WIDTH = 230.0


def _payload(scene: Scene) -> dict:
    return {
        "nodes": [
            {
                "id": n.id,
                "name": n.name,
                "label": n.label,
                "reveal": n.reveal if math.isfinite(n.reveal) else None,
                "x": n.x,
                "y": n.y,
                "shape": n.shape,
                "size": n.radius,
                "color": n.colour,
                "borderWidth": 4 if n.highlighted else 1,
                "info": n.info,
                **({"opens": n.opens} if n.opens is not None else {}),
            }
            for n in scene.nodes
        ],
        "edges": [
            {
                "from": e.source,
                "to": e.target,
                "width": e.width,
                **({"new": True} if e.new else {}),
                **({"info": e.info} if k < 5_000 else {}),
            }
            for k, e in enumerate(scene.edges)
        ],  # tooltips on edges cost memory; the first 5,000 are enough to read
        "legend": {"title": scene.legend.title, "entries": scene.legend.entries},
        "large": len(scene.nodes) > 500,
        "canvas": [scene.width, scene.height],
        "centre": list(scene.centre),
        "font": {"size": LABEL_FONT_SIZE, "face": FONT_FAMILY},
        "edgeColour": _EDGE_COLOUR,
        "edgeOpacity": _EDGE_OPACITY,
    }


def scene_html(
    scene: Scene,
    *,
    height: int = 640,
    standalone: bool = False,
    frames: list[tuple[str, Scene]] | None = None,
) -> str:
    """A self-contained HTML page drawing ``scene`` with vis-network (nothing fetched).

    With ``frames`` (label, scene) — the slices of a period, drawn in shared places — the
    page has a slider that steps through them; ``scene`` gives the title, caption, legend
    and the fitted view.
    """
    payload = _payload(scene)
    if not frames and scene.opens:
        frames = [(scene.title or "the summary", scene), *scene.opens]
    if frames:
        keep = ("nodes", "edges", "legend", "canvas", "centre")
        payload["frames"] = [
            {"label": label, **{k: v for k, v in _payload(frame).items() if k in keep}}
            for label, frame in frames
        ]
        payload["nodes"], payload["edges"] = [], []
        payload["large"] = max(len(f.nodes) for _, f in frames) > 500
        payload["navigation"] = "click" if scene.opens else "slider"
    nonce = secrets.token_urlsafe(16)
    csp = (
        f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:"
    )
    header = ""
    if standalone:
        header = (
            f"<header><h1>{escape(scene.title or 'helix-graph network')}</h1>"
            f"<p>{escape(scene.caption)}</p></header>"
        )
    title = escape(scene.title or "helix-graph network")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<title>{title}</title>
<style>{vis_network_css()}</style>
<style>
html, body {{ margin: 0; padding: 0; font-family: {FONT_FAMILY}; background: #fff; }}
header {{ padding: 8px 12px; }} header h1 {{ font-size: 18px; margin: 0 0 4px; }}
header p {{ font-size: 12px; color: #444; margin: 0; }}
#frames {{ display: flex; align-items: center; gap: 10px; padding: 4px 8px; font-size: 13px; }}
#frames:empty {{ display: none; }} #frames input {{ width: 60%; }}
#wrap {{ display: flex; gap: 0; }}
#network {{ flex: 1 1 auto; min-width: 0; height: {int(height)}px; border: 1px solid #e6e6e6; box-sizing: border-box; }}
#legend {{ flex: 0 0 auto; width: 210px; padding: 6px 8px; font-size: 12px; height: {int(height)}px;
  box-sizing: border-box; overflow: auto; border: 1px solid #e6e6e6; border-left: none; }}
#legend .entry span:last-child {{ overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }}
#legend .entry {{ display: flex; align-items: center; gap: 6px; margin: 2px 0; }}
#legend .swatch {{ width: 11px; height: 11px; border: 1px solid #666; flex: none; }}
#legend .dot {{ border-radius: 50%; }}
#legend .title {{ font-weight: bold; margin-bottom: 3px; cursor: pointer; }}
div.vis-tooltip {{ max-width: 340px; white-space: normal; font-size: 12px; }}
div.vis-tooltip .name {{ font-weight: bold; margin-bottom: 3px; }}
</style></head>
<body>
{header}
<div id="frames"></div>
<div id="wrap">
<div id="network" role="img" aria-label="network drawing"></div>
<div id="legend" aria-label="legend"></div>
</div>
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
  function drawLegend(spec) {
    legend.replaceChildren();
    const title = document.createElement('div');
    title.className = 'title';
    title.textContent = spec.title;
    legend.appendChild(title);
    for (const [text, colour, shape] of spec.entries) {
      const entry = document.createElement('div');
      entry.className = 'entry';
      entry.title = text;  // the whole name on hover (an attribute: text, not markup)
      const swatch = document.createElement('span');
      swatch.className = 'swatch' + (shape === 'dot' ? ' dot' : '');
      swatch.style.background = colour;
      const label = document.createElement('span');
      label.textContent = text;
      entry.appendChild(swatch);
      entry.appendChild(label);
      legend.appendChild(entry);
    }
  }
  // One frame, or several sharing the page: the slices of a period (a slider steps through
  // them) or a summary whose super-nodes open their own networks (a click, and a way back).
  const frames = data.frames || [{ label: '', nodes: data.nodes, edges: data.edges }];
  for (const f of frames) {
    f.legend = f.legend || data.legend; f.canvas = f.canvas || data.canvas; f.centre = f.centre || data.centre;
  }
  let current = frames[0];
  let zoom = 1;          // relative to the fitted view, where labels were placed
  let focus = null;      // the clicked node and its neighbours
  function shown(n) { return n.reveal !== null && n.reveal <= zoom * 1.0001; }
  function look(n) {
    const near = focus === null || focus.has(n.id);
    const label = near && (shown(n) || (focus !== null && focus.has(n.id) && focus.size <= 60)) ? n.label : '';
    return { id: n.id, label: label, color: near ? n.color : '#E8E8E8',
             font: { size: data.font.size / zoom, strokeWidth: 3 / zoom } };
  }
  function nodeItem(n) {
    return Object.assign(look(n), { x: n.x, y: n.y, shape: n.shape, size: n.size,
             borderWidth: n.borderWidth, title: tooltip(n.name, n.info) });
  }
  function edgeItem(e, i) {
    const edge = { id: i, from: e.from, to: e.to, width: e.width };
    if (e.new) { edge.dashes = true; edge.color = { color: '#D62728', opacity: 0.9 }; }
    if (e.info) { edge.title = tooltip('tie', e.info); }
    return edge;
  }
  drawLegend(current.legend);
  const nodes = new vis.DataSet(current.nodes.map(nodeItem));
  const edges = new vis.DataSet(current.edges.map(edgeItem));
  const options = {
    physics: { enabled: false },
    layout: { improvedLayout: false },
    interaction: { hover: !data.large, tooltipDelay: 120, hideEdgesOnDrag: data.large,
                   hideEdgesOnZoom: data.large, navigationButtons: false, keyboard: false },
    nodes: { font: { size: data.font.size, face: data.font.face, color: '#222',
                     strokeWidth: 3, strokeColor: '#ffffff' }, borderWidthSelected: 3 },
    edges: { smooth: false, selectionWidth: 1.5,
             color: { color: data.edgeColour, highlight: '#333333', hover: '#555555', opacity: data.edgeOpacity } },
  };
  const box = document.getElementById('network');
  const network = new vis.Network(box, { nodes: nodes, edges: edges }, options);
  // The fitted view: the whole canvas the scene was laid out on, as large as the frame allows.
  let base = 1;
  function fit() {
    base = Math.min(box.clientWidth / current.canvas[0], box.clientHeight / current.canvas[1]) || 1;
    network.moveTo({ position: { x: current.centre[0], y: current.centre[1] }, scale: base });
  }
  fit();
  function refresh() { nodes.update(current.nodes.map(look)); }
  const bar = document.getElementById('frames');
  const text = document.createElement('span');
  text.id = 'frame-label';
  let back = null;
  function show(k) {
    current = frames[k];
    focus = null;
    zoom = 1;
    nodes.clear(); edges.clear();
    nodes.add(current.nodes.map(nodeItem)); edges.add(current.edges.map(edgeItem));
    drawLegend(current.legend);
    fit();
    text.textContent = current.label;
    document.body.dataset.frame = String(k);
    document.body.dataset.nodes = String(current.nodes.length);
    if (back) { back.hidden = k === 0; }
  }
  if (frames.length > 1 && data.navigation === 'click') {
    back = document.createElement('button');
    back.type = 'button';
    back.textContent = '← ' + frames[0].label;
    back.hidden = true;
    back.addEventListener('click', function () { show(0); });
    bar.appendChild(back); bar.appendChild(text);
    text.textContent = frames[0].label;
  } else if (frames.length > 1) {
    const slider = document.createElement('input');
    slider.type = 'range'; slider.min = '0'; slider.max = String(frames.length - 1); slider.value = '0';
    slider.setAttribute('aria-label', 'slice');
    slider.addEventListener('input', function () { show(Number(slider.value)); });
    bar.appendChild(slider); bar.appendChild(text);
    text.textContent = frames[0].label;
  }
  document.body.dataset.frame = '0';
  window.helixShow = show;
  let pending = false;
  // any change of scale (wheel, pinch, moveTo, fit) shows the names that fit at the new zoom
  network.on('beforeDrawing', function () {
    const next = network.getScale() / base;
    if (Math.abs(next - zoom) / zoom < 0.02 || pending) { return; }
    pending = true;
    requestAnimationFrame(function () { pending = false; zoom = network.getScale() / base; refresh(); });
  });
  // A super-node opens its own network; any other node dims everything but it and its
  // neighbours; clicking empty space restores.
  network.on('click', function (params) {
    if (params.nodes.length) {
      const hit = current.nodes.find(function (n) { return n.id === params.nodes[0]; });
      if (hit && hit.opens !== undefined && hit.opens !== null) { show(hit.opens); return; }
      focus = new Set(network.getConnectedNodes(params.nodes[0]).concat([params.nodes[0]]));
      document.body.dataset.highlighted = String(focus.size);
    } else {
      focus = null;
      delete document.body.dataset.highlighted;
    }
    refresh();
  });
  network.once('afterDrawing', function () {
    window.helixDrawnAt = performance.now();
    document.body.dataset.nodes = String(current.nodes.length);
    document.body.dataset.drawn = 'true';
  });
  window.helixNetwork = network;  // for the browser tests and for people poking in the console
  window.helixLabels = function () {  // the labels on screen now (for the tests): name and box
    return current.nodes.filter(function (n) { return look(n).label; }).map(function (n) { return n.id; });
  };
})();
"""


def _shape_svg(n, fill: str, stroke: str, stroke_width: float) -> str:
    x, y, r = n.x, n.y, n.radius
    style = f'fill="{fill}" stroke="{stroke}" stroke-width="{stroke_width:g}"'
    if n.shape == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" {style}'
    if n.shape in ("triangle", "diamond", "star"):
        if n.shape == "triangle":
            points = [(x, y - r), (x + r * 0.87, y + r * 0.5), (x - r * 0.87, y + r * 0.5)]
        elif n.shape == "diamond":
            points = [(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
        else:
            points = [
                (x + (r if k % 2 == 0 else r * 0.45) * math.sin(k * math.pi / 5),
                 y - (r if k % 2 == 0 else r * 0.45) * math.cos(k * math.pi / 5))
                for k in range(10)
            ]  # fmt: skip
        return '<polygon points="{}" {}'.format(
            " ".join(f"{a:.1f},{b:.1f}" for a, b in points), style
        )
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.2f}" {style}'


def scene_svg(scene: Scene) -> str:
    """The scene as one SVG document: ties, nodes (``<circle>``), labels (``<text>``), legend, caption.

    Only the labels placed for the fitted view (zoom 1) are drawn; every node has its
    full name as a ``<title>`` (a tooltip in browsers, the object's name in editors).
    """
    # the drawing's own bounds (nodes and drawn labels), so nothing is cut and nothing overlaps the caption
    pad = 12.0
    boxes = [(n.x - n.radius, n.y - n.radius, n.x + n.radius, n.y + n.radius) for n in scene.nodes]
    boxes += [label_box(n.x, n.y, n.radius, n.label) for n in scene.labelled(1.0)]
    x0, y0 = min((b[0] for b in boxes), default=0.0), min((b[1] for b in boxes), default=0.0)
    x1, y1 = max((b[2] for b in boxes), default=0.0), max((b[3] for b in boxes), default=0.0)
    w, h = max(x1 - x0 + 2 * pad, 320.0), y1 - y0 + 2 * pad
    head = 34.0 if scene.title else 8.0
    caption_lines = _wrap(scene.caption, w + _LEGEND_WIDTH - 16, 11.0)
    foot = 10.0 + 15.0 * len(caption_lines)
    total_w, total_h = w + _LEGEND_WIDTH, head + h + foot
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{total_w:.0f}" height="{total_h:.0f}" '
        f'viewBox="0 0 {total_w:.0f} {total_h:.0f}" font-family={quoteattr(FONT_FAMILY)}>',
        f"<title>{escape(scene.title or 'helix-graph network')}</title>",
        f'<rect width="{total_w:.0f}" height="{total_h:.0f}" fill="#ffffff"/>',
    ]
    if scene.title:
        out.append(
            f'<text x="12" y="24" font-size="17" font-weight="bold" fill="#222">{escape(scene.title)}</text>'
        )
    dx = (w - (x1 - x0)) / 2 - x0
    out.append(f'<g id="drawing" transform="translate({dx:.1f},{head + pad - y0:.1f})">')
    where = {n.id: n for n in scene.nodes}
    out.append(
        f'<g id="ties" stroke="{_EDGE_COLOUR}" stroke-opacity="{_EDGE_OPACITY}" stroke-linecap="round">'
    )
    for e in scene.edges:
        a, b = where.get(e.source), where.get(e.target)
        if a is None or b is None:
            continue
        style = (
            f' stroke="{_NEW_TIE_COLOUR}" stroke-opacity="0.9" stroke-dasharray="6 4"'
            if e.new
            else ""
        )
        out.append(
            f'<line x1="{a.x:.1f}" y1="{a.y:.1f}" x2="{b.x:.1f}" y2="{b.y:.1f}" '
            f'stroke-width="{max(e.width, 1.6) if e.new else e.width:g}"{style}/>'
        )
    out.append("</g>")
    out.append('<g id="nodes">')
    for n in scene.nodes:
        stroke, width = ("#222222", 2.5) if n.highlighted else ("#ffffff", 0.8)
        out.append(
            f"{_shape_svg(n, n.colour, stroke, width)}><title>{escape(n.name)}</title>"
            f"</{'rect' if n.shape == 'square' else 'polygon' if n.shape in ('triangle', 'diamond', 'star') else 'circle'}>"
        )
    out.append("</g>")
    out.append(
        f'<g id="labels" font-size="{LABEL_FONT_SIZE:g}" fill="#222" text-anchor="middle" '
        'stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">'
    )
    for n in scene.labelled(1.0):
        baseline = n.y + n.radius + 1.0 + LABEL_FONT_SIZE * 0.95
        out.append(f'<text x="{n.x:.1f}" y="{baseline:.1f}">{escape(n.label)}</text>')
    out.append("</g></g>")
    # the legend in its own column, right of the drawing
    lx, ly = w + 10, head + 14
    out.append(
        f'<g id="legend" font-size="12" fill="#222" transform="translate({lx:.0f},{ly:.0f})">'
    )
    out.append(f'<text x="0" y="0" font-weight="bold">{escape(scene.legend.title)}</text>')
    for k, (text, colour, shape) in enumerate(scene.legend.entries[:32]):
        y = 18 + 17 * k
        if shape == "dot":
            out.append(
                f'<circle cx="6" cy="{y - 4}" r="5.5" fill="{colour}" stroke="#666" stroke-width="0.6"/>'
            )
        else:
            out.append(
                f'<rect x="0.5" y="{y - 9.5}" width="11" height="11" fill="{colour}" stroke="#666" stroke-width="0.6"/>'
            )
        shown = _clip(text, _LEGEND_WIDTH - 30, 12.0)
        out.append(f'<text x="18" y="{y}">{escape(shown)}</text>')
    out.append("</g>")
    out.append(
        f'<g id="caption" font-size="11" fill="#444" transform="translate(8,{head + h + 14:.0f})">'
    )
    for k, line in enumerate(caption_lines):
        out.append(f'<text x="0" y="{15 * k}">{escape(line)}</text>')
    out.append("</g></svg>")
    return "\n".join(out) + "\n"


def _clip(text: str, width: float, size: float) -> str:
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _wrap(text: str, width: float, size: float) -> list[str]:
    lines: list[str] = []
    for paragraph in (text or "").split("\n"):
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}".strip()
            if line and text_width(trial, size) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        if line:
            lines.append(line)
    return lines


def scene_png(scene: Scene, *, scale: float = 1.0) -> bytes:
    """The scene's SVG as a PNG, ``scale`` times its pixel size (:data:`PRINT_SCALE` for print)."""
    import vl_convert

    return vl_convert.svg_to_png(scene_svg(scene), scale=scale)


def scene_gexf(scene: Scene) -> bytes:
    """The drawn graph as GEXF for Gephi: every tie and attribute, and the view's layout (``viz``)."""
    import tempfile
    from pathlib import Path

    from helix_graph.export import export_graph

    with tempfile.TemporaryDirectory(prefix="helix-gexf-") as tmp:
        path = Path(tmp) / "view.gexf"
        export_graph(scene.graph, path, "gexf", viz=scene.viz())
        return path.read_bytes()
