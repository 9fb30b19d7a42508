"""Interactive network drawings of a graph: its scene (:mod:`helix_graph.viz.scene`) as a page."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Any

import networkx as nx

from helix_graph.viz.render import scene_html
from helix_graph.viz.scene import scene_from_graph

__all__ = ["network_html"]


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
    height: int = 640,
    seed: int = 7,
    default_type: str = "Organisation",
) -> str:
    """A self-contained HTML page drawing ``graph`` with vis-network.

    The parameters are those of :func:`~helix_graph.viz.scene.scene_from_graph`;
    ``height`` is the drawing's pixel height. Every script and style is inline and
    nothing is fetched.
    """
    scene = scene_from_graph(
        graph,
        color_by=color_by,
        colour_of=colour_of,
        size_by=size_by,
        sizes=sizes,
        info=info,
        metrics=metrics,
        positions=positions,
        highlight=highlight,
        seed=seed,
        default_type=default_type,
    )
    return scene_html(scene, height=height)
