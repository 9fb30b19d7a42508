"""The drawing: offline, escaped, laid out in Python, summarised when large."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import networkx as nx
import pytest

from helix_graph.viz import (
    json_for_script,
    markdown_text,
    network_html,
    network_positions,
    summarised_graph,
    top_nodes_graph,
)
from tests.ui.conftest import HOSTILE_NAME


def _payload(html: str) -> dict:
    text = re.search(
        r'<script type="application/json" id="helix-data">(.*?)</script>', html, re.S
    ).group(1)
    return json.loads(text)


def _script_tags(html: str) -> list[dict]:
    tags = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag == "script":
                tags.append(dict(attrs))

    Parser().feed(html)
    return tags


def _hostile_graph() -> nx.Graph:
    G = nx.Graph()
    G.add_node(
        "a", name=HOSTILE_NAME, helix_sector="civil_society", country="SI", projects=["</script>"]
    )
    G.add_node("b", name="Univerza v Mariboru", helix_sector="academia", country="SI")
    G.add_node("c", name="**bold** [x](javascript:alert(1))", helix_sector="industry", country="AT")
    G.add_edges_from(
        [("a", "b", {"weight": 2, "projects": ("p1", "p2")}), ("b", "c", {"weight": 1})]
    )
    return G


def test_names_reach_the_page_only_as_escaped_json():
    html = network_html(_hostile_graph())
    body = html.split("<style>")[0] + html.split("</style></head>")[-1]
    assert "<img" not in html and '</script>"' not in html
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in html
    payload = _payload(html)
    node = next(n for n in payload["nodes"] if n["id"] == "a")
    assert node["name"] == HOSTILE_NAME
    assert ["projects", "</script>"] in node["info"]
    assert "innerHTML" not in body and "insertAdjacentHTML" not in body


def test_page_fetches_nothing_and_allows_only_its_own_scripts():
    html = network_html(_hostile_graph())
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "@import" not in html
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    scripts = _script_tags(html)
    assert len(scripts) == 3
    assert all(
        attrs.get("nonce") == nonce or attrs.get("type") == "application/json" for attrs in scripts
    )
    assert "vis.Network" in html and "physics: { enabled: false }" in html


def test_colours_legend_sizes_and_positions():
    G = _hostile_graph()
    payload = _payload(
        network_html(G, color_by="helix_sector", sizes={"a": 1.0, "b": 3.0, "c": 2.0})
    )
    colours = {n["id"]: n["color"] for n in payload["nodes"]}
    assert len(set(colours.values())) == 3
    assert [e[0] for e in payload["legend"]["entries"]] == ["Civil society", "Academia", "Industry"]
    sizes = {n["id"]: n["size"] for n in payload["nodes"]}
    assert sizes["a"] < sizes["c"] < sizes["b"]
    assert all(isinstance(n["x"], float) for n in payload["nodes"])
    widths = {(e["from"], e["to"]): e["width"] for e in payload["edges"]}
    assert widths[("a", "b")] > widths[("b", "c")]


def test_layout_is_reproducible_and_separates_components():
    G = nx.disjoint_union(nx.complete_graph(5), nx.complete_graph(5))
    pos = network_positions(G, seed=3)
    assert pos == network_positions(G, seed=3)

    def box(nodes):
        xs, ys = [pos[n][0] for n in nodes], [pos[n][1] for n in nodes]
        return min(xs), min(ys), max(xs), max(ys)

    a, b = box(range(5)), box(range(5, 10))
    # the two cliques occupy regions that do not overlap: apart along x or along y
    assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]
    big = nx.barabasi_albert_graph(1_000, 3, seed=1)  # the igraph path
    assert network_positions(big, seed=1) == network_positions(big, seed=1)
    assert len(set(network_positions(big).values())) == 1_000


def test_summarised_graph_groups_and_sums_ties():
    G = nx.Graph()
    G.add_weighted_edges_from([(1, 2, 3), (2, 3, 1), (3, 4, 2), (4, 5, 1), (1, 5, 1)])
    groups = {1: "SI", 2: "SI", 3: "AT", 4: "AT", 5: "IT"}
    S = summarised_graph(G, groups, group_names={"SI": "Slovenia"})
    assert dict(S.nodes(data="members")) == {"SI": 2, "AT": 2, "IT": 1}
    assert S.nodes["SI"]["name"] == "Slovenia" and S.nodes["SI"]["internal_ties"] == 1
    assert (
        S["SI"]["AT"]["weight"] == 1
        and S["AT"]["IT"]["weight"] == 1
        and S["SI"]["IT"]["weight"] == 1
    )
    assert sorted(top_nodes_graph(G, dict(G.degree(weight="weight")), 2)) == [1, 2]


@pytest.mark.parametrize("text", [HOSTILE_NAME, "*x* _y_ [a](javascript:b) `c` # d"])
def test_markdown_text_escapes_every_markup_character(text):
    escaped = markdown_text(text)
    assert re.sub(r"\\(.)", r"\1", escaped) == text
    assert not re.search(r"(?<!\\)[<>\[\]()*_`#]", escaped)


def test_json_for_script_round_trips():
    value = {"name": "</script><script>alert(1)</script>", "line": "a\u2028b"}
    text = json_for_script(value)
    assert "<" not in text and ">" not in text and "\u2028" not in text
    assert json.loads(text) == value


def test_many_groups_are_laid_out_apart_and_reproducibly():
    """200 communities (more than NetworkX's spring layout is asked to place: the igraph path):
    each community keeps a region of its own, and the same seed gives the same places."""
    from helix_graph.viz.layout import silhouette

    G = nx.disjoint_union_all([nx.complete_graph(4) for _ in range(200)])
    for k in range(199):  # a chain of single ties between neighbouring cliques
        G.add_edge(4 * k, 4 * (k + 1))
    groups = {v: v // 4 for v in G}
    pos = network_positions(G, groups=groups, seed=2)
    assert pos == network_positions(G, groups=groups, seed=2)
    assert len(set(pos.values())) == G.number_of_nodes()
    assert silhouette(pos, groups) > 0.5
    # tied communities are placed near each other: the force layout of the community graph
    import numpy as np

    centre = np.array(
        [np.mean([pos[v] for v in range(4 * k, 4 * k + 4)], axis=0) for k in range(200)]
    )
    tied = np.linalg.norm(centre[1:] - centre[:-1], axis=1).mean()
    every = np.linalg.norm(centre[:, None] - centre[None, :], axis=2).sum() / (200 * 199)
    assert tied < 0.3 * every
