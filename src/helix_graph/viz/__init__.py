"""Drawing: scenes (layout, labels, backbone ties) rendered as interactive pages, SVG and PNG."""

from helix_graph.viz.assets import vis_network_css, vis_network_js
from helix_graph.viz.charts import sector_mix_chart, sector_mix_long
from helix_graph.viz.escape import json_for_script, markdown_text
from helix_graph.viz.labels import overlapping_pairs, place_labels, text_width
from helix_graph.viz.layout import network_positions, silhouette
from helix_graph.viz.network import network_html
from helix_graph.viz.render import FORMATS, PRINT_SCALE, scene_html, scene_png, scene_svg
from helix_graph.viz.scene import (
    PALETTE,
    SECTOR_COLOURS,
    TYPE_COLOURS,
    Legend,
    Scene,
    backbone,
    colour_map,
    node_name,
    node_type,
    scene_from_graph,
)
from helix_graph.viz.summary import summarised_graph, top_nodes_graph

__all__ = [
    "vis_network_js",
    "vis_network_css",
    "sector_mix_chart",
    "sector_mix_long",
    "json_for_script",
    "markdown_text",
    "text_width",
    "place_labels",
    "overlapping_pairs",
    "network_positions",
    "silhouette",
    "network_html",
    "scene_html",
    "scene_svg",
    "scene_png",
    "FORMATS",
    "PRINT_SCALE",
    "Scene",
    "scene_from_graph",
    "backbone",
    "node_name",
    "node_type",
    "colour_map",
    "Legend",
    "PALETTE",
    "SECTOR_COLOURS",
    "TYPE_COLOURS",
    "summarised_graph",
    "top_nodes_graph",
]
