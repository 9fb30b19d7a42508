"""Drawing: interactive vis-network pages (offline, escaped), layouts, summarised views, charts."""

from helix_graph.viz.assets import vis_network_css, vis_network_js
from helix_graph.viz.charts import sector_mix_chart, sector_mix_long
from helix_graph.viz.escape import json_for_script, markdown_text
from helix_graph.viz.layout import network_positions
from helix_graph.viz.network import (
    PALETTE,
    SECTOR_COLOURS,
    TYPE_COLOURS,
    Legend,
    colour_map,
    network_html,
    node_name,
    node_type,
)
from helix_graph.viz.summary import (
    MAX_DRAWN_EDGES,
    MAX_DRAWN_NODES,
    heaviest_edges,
    needs_summary,
    summarised_graph,
    top_nodes_graph,
)

__all__ = [
    "vis_network_js",
    "vis_network_css",
    "sector_mix_chart",
    "sector_mix_long",
    "json_for_script",
    "markdown_text",
    "network_positions",
    "network_html",
    "node_name",
    "node_type",
    "colour_map",
    "Legend",
    "PALETTE",
    "SECTOR_COLOURS",
    "TYPE_COLOURS",
    "MAX_DRAWN_NODES",
    "MAX_DRAWN_EDGES",
    "needs_summary",
    "summarised_graph",
    "top_nodes_graph",
    "heaviest_edges",
]
