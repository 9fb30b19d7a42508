"""The views a person draws — the one definition the app's Explore page and ``helix-graph draw`` share.

:func:`network_scene` turns an :class:`~helix_graph.analysis.Analysis` and the choices of
the sidebar and the Explore page (view, colour, size, top N, ego, summary, community) into
a :class:`~helix_graph.viz.scene.Scene`:

- up to ``top`` nodes, the whole view; above, the ``top`` nodes by the size metric (or
  degree), or groups as super-nodes — communities named by their best-connected
  members, or countries by name — sized by organisations, tied by collaborations;
- one community's own network (``community``), the network behind a super-node;
- the ego network of an organisation (``ego``): with more than :data:`EGO_SHOWN`
  partners, the strongest partners are drawn and the rest grouped by sector or
  country ("and 430 more"), around the organisation;
- layouts in community regions, anchored to an earlier drawing (``anchor``) when given.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Hashable, Mapping

import networkx as nx
import numpy as np

from helix_graph.analysis import Analysis
from helix_graph.errors import HelixError, UsageError
from helix_graph.model import HELIX_SECTORS, country_name
from helix_graph.viz.scene import Scene, node_name, scene_from_graph
from helix_graph.viz.summary import summarised_graph, top_nodes_graph

__all__ = [
    "VIEWS",
    "COLOURS",
    "SUMMARIES",
    "TOP_N",
    "EGO_SHOWN",
    "network_scene",
    "size_choices",
    "community_names",
    "ego_view",
    "filters_text",
    "source_of",
    "slice_scene",
    "largest_sector",
]

VIEWS = {
    "collaboration": "Organisation collaboration",
    "multipartite": "Multipartite (projects, organisations, countries, sectors)",
    "project": "Projects (tied by shared partners)",
    "country": "Countries (tied by cross-border collaboration)",
}
COLOURS = {
    "collaboration": ("helix_sector", "community", "country"),
    "multipartite": ("helix_sector", "community", "country"),
    "project": ("programme", "community"),
    "country": ("community",),
}
SUMMARIES = {
    "top": "the top nodes by the size metric (or degree)",
    "community": "communities as super-nodes",
    "country": "countries as super-nodes",
}
TOP_N = 1_000
"""Views with more nodes are drawn as their top nodes or summarised."""
OPENED_COMMUNITIES = 20
"""A community summary carries the own networks of its this-many largest communities."""
OPENED_TOP = 200
"""Each of them drawn as its top this-many members."""
EGO_SHOWN = 40
"""An ego network with more partners draws the strongest this-many and groups the rest."""
_TOOLTIP = (
    "node_type", "helix_sector", "kind", "country", "projects", "partners", "shared_projects",
    "organisations", "domestic", "members", "internal_ties", "top_members", "programme",
    "start_date", "end_date", "open",
)  # fmt: skip


def size_choices(view: str) -> tuple[str, ...]:
    """The metrics a view's nodes can be sized by."""
    from helix_graph import analysis

    if view in ("collaboration", "multipartite"):
        return analysis.METRICS
    return analysis.PROJECT_METRICS if view == "project" else analysis.COUNTRY_METRICS


def _check(view: str, colour: str, size: str | None, summary: str) -> None:
    if view not in VIEWS:
        raise UsageError(f"graph '{view}' is unknown; use one of {', '.join(VIEWS)}")
    if colour not in COLOURS[view]:
        raise UsageError(
            f"colour '{colour}' is unknown for the {view} graph; use one of {', '.join(COLOURS[view])}"
        )
    if size is not None and size not in size_choices(view):
        raise UsageError(
            f"size '{size}' is unknown for the {view} graph; use one of {', '.join(size_choices(view))}"
        )
    if summary not in SUMMARIES:
        raise UsageError(f"summary '{summary}' is unknown; use one of {', '.join(SUMMARIES)}")


def _metric_table(core: Analysis, view: str, size: str):
    if view in ("collaboration", "multipartite"):
        return core.measure(size)  # the one measure drawn, not all eight
    return core.projects if view == "project" else core.countries


def _prefixed(view: str, mapping: Mapping) -> dict:
    if view == "multipartite":
        return {f"organisation:{k}": v for k, v in mapping.items()}
    return dict(mapping)


def _strength(core: Analysis) -> dict:
    """Organisation → shared projects with all partners (weighted degree), from the arrays."""
    view = core.view
    if "strength_by_id" not in view.memo:  # asked by every scene of the view: counted once
        totals = np.bincount(
            view.edges.ravel(), weights=np.repeat(view.weights, 2), minlength=view.n
        )
        view.memo["strength_by_id"] = dict(zip(view.nodes, totals.tolist()))
    return view.memo["strength_by_id"]


def community_names(core: Analysis, view: str = "collaboration", members: int = 3) -> dict:
    """Community → its name: its best-connected members ("A · B · C (+120)"); kept with ``core``."""
    kept = core.__dict__.setdefault("_community_names", {})
    if (view, members) not in kept:
        kept[(view, members)] = _community_names(core, view, members)
    return kept[(view, members)]


def _community_names(core: Analysis, view: str, members: int) -> dict:
    base = "collaboration" if view == "multipartite" else view
    part = core.view_partition(view)
    if base == "collaboration":  # from the arrays: no NetworkX copy of the whole graph
        degree = _strength(core)
        names_of = dict(zip(core.view.nodes, core.view.attribute("name")))
    else:
        G = core.view_graph(base)
        degree = dict(G.degree(weight="weight"))
        names_of = {v: node_name(v, d) for v, d in G.nodes(data=True)}
    by: dict = defaultdict(list)
    for node, community in part.membership.items():
        by[community].append(node)
    names = {}
    for community, nodes in by.items():
        top = sorted(nodes, key=lambda v: (-degree.get(v, 0), str(v)))[:members]
        text = " · ".join(str(names_of.get(v) or v) for v in top if v in names_of)
        extra = len(nodes) - len(top)
        names[community] = text + (f" (+{extra:,})" if extra > 0 else "")
    return names


def _collaboration_part(core: Analysis, nodes) -> nx.Graph:
    """The collaboration graph induced by ``nodes``, without building the whole of it."""
    return core.view.subgraph(nodes)


def _top(ids, scores: Mapping, n: int) -> list:
    """The ``n`` ids with the highest scores (ties by id, so the same data gives the same nodes)."""
    return sorted(ids, key=lambda v: (-(scores.get(v, 0.0) or 0.0), str(v)))[:n]


def _annotate(G: nx.Graph, core: Analysis, view: str) -> nx.Graph:
    """A copy of the drawn graph with what the tooltips show: projects and partners."""
    G = G.copy()
    if view not in ("collaboration", "multipartite"):
        return G
    net = core.network
    projects = net.projects
    short = projects["acronym"] if "acronym" in projects else projects["id"]
    acronyms = dict(zip(projects["id"], short.fillna(projects["id"])))
    wanted = {
        (d.get("id", v) if view == "multipartite" else v)
        for v, d in G.nodes(data=True)
        if view == "collaboration" or d.get("label") == "Organisation"
    }
    parts = net.participations
    parts = parts[parts["organisation"].isin(wanted)]
    by_org = parts.groupby("organisation")["project"].agg(list)
    degree = dict(zip(core.view.nodes, core.view.degree.tolist()))
    strength = _strength(core) if view == "collaboration" else {}
    for node, data in G.nodes(data=True):
        org = data.get("id", node) if view == "multipartite" else node
        if view == "multipartite" and data.get("label") != "Organisation":
            continue
        if org in by_org.index:
            data["projects"] = [acronyms.get(p, p) for p in by_org[org]]
        if data.get("country") and not data.get("country_name"):  # names, with the code beside
            data["country_name"] = country_name(data["country"])
        if view == "collaboration" and org in degree:
            data["partners"] = degree[org]
            data["shared_projects"] = strength[org]
    return G


def source_of(store) -> str:
    """Where the drawn data is, for captions: the store's kind, address and graph."""
    where = store.describe()
    text = (
        f"{where.get('backend', 'store')} {where.get('address', '')} graph {where.get('graph', '')}"
    )
    return " ".join(text.split())


def filters_text(core: Analysis) -> str:
    f = core.network.filters
    parts = []
    if f.programmes:
        parts.append("programmes " + ", ".join(f.programmes))
    if f.years:
        parts.append(f"years {f.years[0]}–{f.years[1]}")
    if f.countries:
        parts.append("countries " + ", ".join(country_name(c) for c in f.countries))
    if f.sectors:
        parts.append("sectors " + ", ".join(HELIX_SECTORS.get(s, s) for s in f.sectors))
    if f.roles:
        parts.append("roles " + ", ".join(f.roles))
    if f.kinds:
        parts.append("kinds " + ", ".join(f.kinds))
    if f.min_weight > 1:
        parts.append(f"ties of at least {f.min_weight} shared projects")
    return "; ".join(parts) if parts else "none"


def network_scene(
    core: Analysis,
    *,
    view: str = "collaboration",
    colour: str = "helix_sector",
    size: str | None = None,
    top: int = TOP_N,
    summary: str = "top",
    ego: str | None = None,
    steps: int = 1,
    community: int | None = None,
    anchor: Mapping[Hashable, tuple[float, float]] | None = None,
    source: str = "",
    date: dt.date | None = None,
    seed: int = 7,
    anchor_share: float | None = None,
    highlight: tuple = (),
    title: str | None = None,
    new_ties: frozenset = frozenset(),
) -> Scene:
    """The scene of one view of ``core``'s network (see the module's description).

    Parameters
    ----------
    core : Analysis
        The analysis of the (filtered) network.
    view : {"collaboration", "multipartite", "project", "country"}
    colour : str
        One of :data:`COLOURS` for the view.
    size : str, optional
        A metric of :func:`size_choices` (default: equal sizes, ranked by degree).
    top : int, default :data:`TOP_N`
        Above this many nodes, the view is its top nodes or a summary.
    summary : {"top", "community", "country"}, default "top"
        What a view above ``top`` nodes shows.
    ego : str, optional
        An organisation id: its ego network, ``steps`` steps out.
    community : int, optional
        One community of the view: its own network.
    anchor : mapping, optional
        Positions of an earlier drawing to keep (node id → (x, y)); ``anchor_share``
        0 keeps them however few nodes are shared (slices of one network in time).
    highlight : tuple
        Nodes drawn with a thick border (e.g. those new in a slice).
    new_ties : frozenset of frozensets
        Ties drawn dashed (those new in a slice), as pairs of node ids.
    title : str, optional
        Instead of the view's name.
    source, date
        For the caption: where the data is from, and the day drawn (default today).

    Returns
    -------
    Scene
        With ``note`` (what was summarised, for the screen), ``summarised`` and
        ``graph_nodes`` (the view's node count before summarising).
    """
    _check(view, colour, size, summary)
    if top < 1:
        raise UsageError(f"--top {top} draws nothing; give a number of nodes of at least 1")
    net = core.network
    if net.empty:
        raise HelixError(
            "the filters leave no organisations to draw; widen them (fewer countries, "
            "sectors or programmes, more years)"
        )
    base = "collaboration" if view == "multipartite" else view
    # the collaboration view is cut from the arrays; others are small enough to build whole
    lazy = view == "collaboration"
    G = None if lazy else core.view_graph(view)
    graph_nodes = core.view.n if lazy else G.number_of_nodes()
    table = _metric_table(core, base, size) if size else None
    sizes = _prefixed(view, dict(zip(table["id"], table[size]))) if size else None
    colour_of = None
    if colour == "community":
        colour_of = _prefixed(view, core.view_partition(base).membership)
    # communities give the regions; an ego view is one neighbourhood and needs none
    layout_groups = (
        None if ego is not None else _prefixed(view, core.view_partition(base).membership)
    )
    default_type = {"project": "Project", "country": "Country"}.get(view, "Organisation")
    color_by, legend_names, positions = colour, None, None
    highlight = list(highlight)
    if colour == "community":
        legend_names = community_names(core, base, members=1)
    notes: list[str] = []
    summarised = False
    title = title or VIEWS[view]
    degree = dict(zip(core.view.nodes, core.view.degree.tolist())) if lazy else None
    if ego is not None:
        focus = f"organisation:{ego}" if view == "multipartite" else ego
        if lazy and focus in core.view.index:
            G = _collaboration_part(core, core.view.neighbourhood(focus, steps))
        if G is None or focus not in G:
            raise HelixError(
                f"organisation '{ego}' takes part in no project these filters keep; "
                "loosen the filters to draw its ego network"
            )
        G, positions, note = ego_view(
            G, focus, steps, colour if colour in ("country",) else "helix_sector", sizes
        )
        highlight = [focus]
        layout_groups = None  # one organisation's neighbourhood: one picture, not community islands
        title = (
            f"Ego network of {node_name(focus, G.nodes[focus])} ({steps} step{'s' * (steps > 1)})"
        )
        if note:
            notes.append(note)
            summarised = True
    elif community is not None:
        inside = core.view.index if lazy else G
        members = [v for v, c in layout_groups.items() if c == community and v in inside]
        if not members:
            raise UsageError(f"community {community} is not in the filtered {view} graph")
        title = f"Community {community}: " + community_names(core, base).get(community, "")
        if lazy:
            G = _collaboration_part(core, _top(members, sizes or degree, top))
        else:
            G = G.subgraph(members)
            if G.number_of_nodes() > top:
                G = top_nodes_graph(G, sizes or dict(G.degree()), top)
        if len(members) > top:
            notes.append(
                f"Showing the top {top:,} of the community's {len(members):,} members by {size or 'degree'}."
            )
            summarised = True
    elif graph_nodes > top and summary == "top":
        if lazy:
            G = _collaboration_part(core, _top(core.view.nodes, sizes or degree, top))
        else:
            G = top_nodes_graph(G, sizes or dict(G.degree()), top)
        notes.append(f"Showing the top {top:,} of {graph_nodes:,} nodes by {size or 'degree'}.")
        summarised = True
        title += f" — top {top:,} by {size or 'degree'}"
    elif graph_nodes > top and summary == "community":
        G, sizes = _community_summary(core, core.view_graph(view), base)
        membership = core.view_partition(base).membership
        colour_of = largest_sector(core, membership) if base == "collaboration" else None
        color_by = "helix_sector" if colour_of else None
        default_type, layout_groups, legend_names = "group", None, None
        notes.append(
            f"{graph_nodes:,} nodes are too many to draw one by one: showing them as "
            f"{G.number_of_nodes():,} communities ({core.view_partition(base).method}; size = members, "
            "tie width = collaborations between them). Click one of the largest "
            f"{OPENED_COMMUNITIES} to open its own network; any one through 'Open a community'."
        )
        summarised = True
        title += " — communities"
    elif graph_nodes > top and summary == "country":
        G = core.view_graph("country").copy()
        nx.set_node_attributes(G, "Country", "node_type")
        sizes = dict(G.nodes(data="organisations"))
        orgs = net.organisations
        colour_of = largest_sector(core, dict(zip(orgs["id"], orgs["country"])))
        color_by, default_type, layout_groups, legend_names = "helix_sector", "Country", None, None
        without = int(net.organisations["country"].isna().sum())
        notes.append(
            f"{len(net.organisations):,} organisations are too many to draw one by one: showing "
            f"them as {G.number_of_nodes():,} countries (size = organisations, tie width = "
            "collaborations across the border)"
            + (f"; {without:,} organisations without a country are left out." if without else ".")
        )
        summarised = True
        title += " — countries"
    if G is None:  # small enough to draw whole
        G = _collaboration_part(core, core.view.nodes)
    drawn = _annotate(G, core, view) if default_type != "group" else G
    if size and sizes:
        nx.set_node_attributes(drawn, {v: sizes[v] for v in drawn if v in sizes}, size)
    if new_ties:
        for u, v, data in drawn.edges(data=True):
            if frozenset((u, v)) in new_ties:
                data["new"] = True
    shown_nodes = drawn.number_of_nodes()
    caption = (
        f"{title}. {shown_nodes:,} nodes drawn of {graph_nodes:,} in the view; "
        f"{len(net.organisations):,} organisations, {len(net.projects):,} projects. "
        f"Filters: {filters_text(core)}. "
        + (f"Data: {source}. " if source else "")
        + f"Drawn {(date or dt.date.today()).isoformat()} with helix-graph."
    )
    scene = scene_from_graph(
        drawn,
        color_by=color_by,
        colour_of=colour_of,
        sizes=sizes,
        info=_TOOLTIP,
        metrics=(size,) if size else (),
        groups=layout_groups,
        positions=positions,
        anchor=anchor,
        highlight=highlight,
        default_type=default_type,
        seed=seed,
        title=title,
        caption=caption,
        legend_names=legend_names,
        anchor_share=anchor_share,
    )
    if summarised and default_type == "group":  # communities as super-nodes: each opens on a click
        _open_communities(
            scene, core, view=view, colour=colour, size=size, source=source, date=date, seed=seed
        )
    if scene.ties > len(scene.edges):
        notes.append(f"{len(scene.edges):,} of {scene.ties:,} ties drawn (each node's strongest).")
    scene.note = " ".join(notes)
    scene.summarised = summarised
    scene.graph_nodes = graph_nodes
    return scene


def _open_communities(scene: Scene, core: Analysis, **choices) -> None:
    """The own networks of the largest communities, opened by a click on their super-node."""
    # super-nodes are sized by members: the largest first
    groups = sorted(
        (n for n in scene.nodes if n.id.lstrip("-").isdigit()), key=lambda n: (-n.radius, n.id)
    )
    for k, node in enumerate(groups[:OPENED_COMMUNITIES], start=1):
        sub = network_scene(core, community=int(node.id), top=OPENED_TOP, **choices)
        scene.opens.append((sub.title, sub))
        node.opens = k


def largest_sector(core: Analysis, group_of: Mapping) -> dict:
    """Group → the helix sector most of its organisations are in (the super-node's colour)."""
    orgs = core.network.organisations
    frame = orgs[["id", "helix_sector"]].assign(group=orgs["id"].map(group_of)).dropna()
    if frame.empty:
        return {}
    counts = frame.groupby(["group", "helix_sector"]).size().reset_index(name="n")
    counts = counts.sort_values(["group", "n", "helix_sector"], ascending=[True, False, True])
    first = counts.drop_duplicates("group")
    return dict(zip(first["group"], first["helix_sector"]))


def _community_summary(core: Analysis, G: nx.Graph, base: str):
    part = core.view_partition(base)
    names = community_names(core, base)
    describe = {v: node_name(v, d) for v, d in G.nodes(data=True)}
    shown = summarised_graph(G, part.membership, group_names=names, describe=describe)
    nx.set_node_attributes(shown, "group", "node_type")
    nx.set_node_attributes(
        shown,
        {
            c: f"click it (or pick community {c} in 'Open a community'; draw --community {c})"
            for c in shown
        },
        "open",
    )
    return shown, {v: d["members"] for v, d in shown.nodes(data=True)}


def ego_view(G: nx.Graph, focus, steps: int, group_by: str, sizes):
    """The ego network of ``focus`` and its positions (None: lay it out as usual) and a note.

    Above :data:`EGO_SHOWN` partners, the strongest are kept and the rest grouped by
    ``group_by`` (``helix_sector`` or ``country``) into "and 430 more" nodes, placed
    radially: the organisation in the middle, one wedge per group.
    """
    ego = nx.ego_graph(G, focus, radius=steps)
    others = [v for v in ego if v != focus]
    if len(others) <= EGO_SHOWN:
        return ego, None, ""

    def strength(v):
        tie = G.get_edge_data(focus, v)
        own = float(tie.get("weight", 1.0)) if tie else 0.0
        return (own, float((sizes or {}).get(v, 0.0) or 0.0), G.degree(v), str(v))

    ranked = sorted(others, key=strength, reverse=True)
    shown, rest = ranked[:EGO_SHOWN], ranked[EGO_SHOWN:]

    def group_of(v):
        return G.nodes[v].get(group_by) or ""

    def group_name(value):
        if group_by == "country":
            return country_name(value) if value else "no country"
        return HELIX_SECTORS.get(value, value) if value else "no sector"

    drawn = ego.subgraph([focus, *shown]).copy()
    grouped: dict[str, list] = defaultdict(list)
    for v in rest:
        grouped[group_of(v)].append(v)
    for value, members in grouped.items():
        key = f"more:{value}"
        weight = sum(float((G.get_edge_data(focus, v) or {}).get("weight", 0.0)) for v in members)
        drawn.add_node(
            key,
            name=f"and {len(members):,} more: {group_name(value)}",
            node_type="group",
            **{group_by: value or None},
            members=len(members),
            top_members=", ".join(node_name(v, G.nodes[v]) for v in members[:5]),
        )
        if weight:
            drawn.add_edge(focus, key, weight=weight)
    positions = _radial(drawn, focus, shown, grouped, group_of)
    note = (
        f"{node_name(focus, G.nodes[focus])} has {len(others):,} partners within {steps} "
        f"step{'s' * (steps > 1)}: the {len(shown)} strongest are drawn, the other {len(rest):,} "
        f"grouped by {'country' if group_by == 'country' else 'sector'}."
    )
    return drawn, positions, note


def _radial(drawn, focus, shown, grouped, group_of):
    """The organisation in the middle; partners on a ring, one wedge per group; groups outside."""
    wedges: dict[str, list] = defaultdict(list)
    for v in shown:
        wedges[group_of(v)].append(v)
    names = sorted(
        set(wedges) | set(grouped), key=lambda g: (-(len(wedges[g]) + len(grouped.get(g, []))), g)
    )
    weights = {g: len(wedges[g]) + 1.5 for g in names}
    total = sum(weights.values())
    inner, outer = 230.0, 300.0
    positions = {focus: (0.0, 0.0)}
    angle = -math.pi / 2
    for g in names:
        span = 2 * math.pi * weights[g] / total
        members = wedges[g]
        for k, v in enumerate(members):
            a = angle + span * (k + 0.5) / (len(members) + 1.5)
            ring = inner * (0.78 if k % 2 else 1.0)  # alternate rings: neighbours' labels apart
            positions[v] = (ring * math.cos(a), ring * math.sin(a))
        if g in grouped:
            a = angle + span * (len(members) + 0.9) / (len(members) + 1.5)
            positions[f"more:{g}"] = (outer * math.cos(a), outer * math.sin(a))
        angle += span
    return positions


def slice_scene(
    result,
    label: str,
    anchor: Mapping[Hashable, tuple[float, float]],
    *,
    colour: str = "helix_sector",
    size: str | None = None,
    source: str = "",
    seed: int = 7,
) -> Scene:
    """One slice of an :class:`~helix_graph.analysis.Evolution`, in the places of ``anchor``.

    ``anchor`` is the drawing of the whole period (the same view without slicing): every
    slice keeps those places, however few organisations it shares with it, so slices
    compare side by side; organisations new in the slice have a thick border and ties new
    in it are dashed (none in the first slice: there is nothing to compare with).
    """
    movers = result.movers
    entered = movers.loc[(movers["slice"] == label) & (movers["status"] == "entered"), "id"]
    new = frozenset()
    if label not in (result.labels[0], "undated"):  # the first slice has nothing to be new against
        ties = result.ties[(result.ties["slice"] == label) & (result.ties["status"] == "new")]
        new = frozenset(map(frozenset, zip(ties["source"], ties["target"])))
    else:
        entered = entered[:0]
    return network_scene(
        Analysis(result.networks[label]),
        colour=colour,
        size=size,
        anchor=anchor,
        anchor_share=0.0,
        highlight=tuple(entered),
        title=f"Organisation collaboration, {label}",
        source=source,
        seed=seed,
        new_ties=new,
    )
