"""The store (one per process) and what is computed from it, cached and keyed by where the
store is, what it holds and the filters.

A cached value is keyed by the store's address and graph name plus the data version the
store bumps on every write (read once per script run, see
:func:`helix_graph.ui.preload.content_key`), so loading data — here or with the CLI, even a
correction that keeps every count — invalidates it without a manual refresh, and tests
that each use their own graph never see each other's results.

Every table comes from one :class:`~helix_graph.analysis.Analysis` per store content and
filters, the same object the command line uses, so a page shows the numbers ``analyze``
writes. It is cached with ``st.cache_resource`` (large, never modified by the pages;
``st.cache_data`` would copy it on every rerun) and computes each table on first use.
"""

from __future__ import annotations

import json

import networkx as nx
import pandas as pd
import streamlit as st

from helix_graph import analysis
from helix_graph.analysis import Filters, Network
from helix_graph.config import Settings, settings
from helix_graph.store import GraphStore, cypher, open_store
from helix_graph.ui.preload import content_key, forget_preloaded, take_preloaded
from helix_graph.viz.render import scene_html
from helix_graph.viz.scene import Scene
from helix_graph.viz.views import VIEWS, network_scene, source_of
from helix_graph.viz.views import slice_scene as slice_scene_of

__all__ = [
    "get_store",
    "store_key",
    "begin_run",
    "network",
    "core",
    "graph",
    "partition",
    "metrics",
    "organisation_table",
    "under_connected",
    "recommendations",
    "scene",
    "scene_page",
    "evolution",
    "slice_scene",
    "programmes",
    "VIEWS",
    "clear_caches",
]

_RUN_KEY = "_helix_store_key"


@st.cache_resource(show_spinner="Connecting to the graph store…")
def _store_for(
    kind: str,
    data_dir: str,
    graph_name: str,
    neo4j_uri: str | None,
    neo4j_user: str,
    neo4j_database: str | None,
) -> GraphStore:
    # The arguments are the cache key: one store per place, shared by every session.
    return open_store(
        settings(
            store=kind,
            data_dir=data_dir,
            graph_name=graph_name,
            neo4j_uri=neo4j_uri,
            neo4j_user=neo4j_user,
            neo4j_database=neo4j_database,
        )
    )


def get_store(config: Settings | None = None) -> GraphStore:
    """The store ``config`` chooses (default: the settings of the environment); the embedded FalkorDB is started if needed."""
    config = config or settings()
    return _store_for(
        config.store,
        str(config.data_dir),
        config.graph_name,
        config.neo4j_uri,
        config.neo4j_user,
        config.neo4j_database,
    )


def begin_run(store: GraphStore) -> str:
    """Read what the store holds once for this script run (every cached value is keyed by it)."""
    key = content_key(store)
    st.session_state[_RUN_KEY] = key
    return key


def store_key(store: GraphStore) -> str:
    """Where the store is and what it holds, as a cache key (this run's, else read now)."""
    try:
        key = st.session_state.get(_RUN_KEY)
    except Exception:
        key = None
    if key and json.loads(key)["where"] == json.loads(json.dumps(store.describe(), default=str)):
        return key
    return content_key(store)


def clear_caches() -> None:
    forget_preloaded()
    for cached in (
        _everything,
        _network,
        _core,
        _scene,
        _page,
        _slice_scene,
        _programmes,
    ):
        cached.clear()


@st.cache_resource(show_spinner="Reading the network…", max_entries=4)
def _everything(_store: GraphStore, key: str) -> Network:
    return take_preloaded(key) or analysis.read_network(_store)


@st.cache_resource(show_spinner="Filtering…", max_entries=16)
def _network(_store: GraphStore, key: str, filters: Filters) -> Network:
    everything = _everything(_store, key)
    if filters == Filters():
        return everything
    # programme choices come from the store's own list (sidebar), so no second read to check them
    return analysis.filter_network(everything, filters)


def network(store: GraphStore, filters: Filters) -> Network:
    """The filtered network tables (filtered in memory from one read of the store)."""
    return _network(store, store_key(store), filters)


@st.cache_resource(
    show_spinner="Building the collaboration graph…", max_entries=4
)  # each holds a whole analysis
def _core(_store: GraphStore, key: str, filters: Filters) -> analysis.Analysis:
    core = analysis.Analysis(_network(_store, key, filters))
    core.view  # noqa: B018 - built here, under its own spinner
    return core


def core(store: GraphStore, filters: Filters) -> analysis.Analysis:
    """The analysis of the filtered network: every table, computed once on first use (shared: do not modify)."""
    return _core(store, store_key(store), filters)


def _measured(the_core: analysis.Analysis, name: str) -> pd.DataFrame:
    """One organisation measure (:meth:`Analysis.measure`), under a spinner the first time."""
    if the_core.has_measure(name):
        return the_core.measure(name)
    with st.spinner(f"Computing {name.replace('_', ' ')}…"):
        return the_core.measure(name)


def _computed(core: analysis.Analysis, name: str, stage: str):
    """``core.<name>``, under a bar naming the stage when it is not computed yet."""
    _stages(core, ((name, stage),))
    return getattr(core, name)


def graph(store: GraphStore, filters: Filters, view: str = "collaboration") -> nx.Graph:
    """One of the four graphs of :data:`VIEWS` for the filtered network (shared: do not modify it)."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; use one of {', '.join(VIEWS)}")
    return _computed_graph(core(store, filters), view)


def graph_size(store: GraphStore, filters: Filters, view: str = "collaboration") -> int:
    """How many nodes a view's graph has: the collaboration graph's counted from the arrays,
    without building its NetworkX form (800,000 ties: seconds the drawing does not need)."""
    if view == "collaboration":
        return core(store, filters).view.n
    return graph(store, filters, view).number_of_nodes()


def _computed_graph(the_core: analysis.Analysis, view: str) -> nx.Graph:
    if view in the_core.__dict__.get("_view_graphs", {}):
        return the_core.view_graph(view)
    with st.spinner("Building the graph…"):
        return the_core.view_graph(view)


def partition(
    store: GraphStore, filters: Filters, *, view: str = "collaboration"
) -> analysis.Partition:
    """Communities of a view's graph (by default the organisation collaboration graph, the analysis's own)."""
    the_core = core(store, filters)
    if view == "collaboration":
        return _computed(the_core, "partition", "Finding communities…")
    _computed_graph(the_core, view)
    with st.spinner("Finding communities…"):
        return the_core.view_partition(view)


@st.cache_resource(show_spinner="Laying out the network…", max_entries=16)
def _scene(_store: GraphStore, key: str, filters: Filters, choices: tuple) -> Scene:
    the_core = _core(_store, key, filters)
    options = dict(choices)
    anchor = None
    # a filtered view keeps the places of the unfiltered one where they share nodes
    if filters != Filters() and options.get("ego") is None and options.get("community") is None:
        anchor = _scene(_store, key, Filters(), choices).positions
    return network_scene(the_core, anchor=anchor, source=source_of(_store), **options)


def scene(store: GraphStore, filters: Filters, **choices) -> Scene:
    """The Explore drawing's scene (:func:`helix_graph.viz.views.network_scene`), cached per choices."""
    if choices.get("view", "collaboration") == "collaboration" and choices.get("ego") is None:
        # what the layout needs first, under a bar naming each stage (the layout has its spinner)
        _stages(core(store, filters), (("partition", "Finding communities…"),))
    if choices.get("view", "collaboration") in ("collaboration", "multipartite") and choices.get(
        "size"
    ):
        _measured(core(store, filters), choices["size"])
    return _scene(store, store_key(store), filters, _drawing_key(choices))


def _drawing_key(choices: dict) -> tuple:
    """The cache key of a drawing's choices, with the defaults filled in.

    One key per drawing: a view small enough to be drawn whole names no summary, and the
    unfiltered view it is anchored to must find the drawing made with the default one.
    """
    return tuple(sorted({"summary": "top", **choices}.items()))


@st.cache_resource(show_spinner=False, max_entries=16)
def _page(_store: GraphStore, key: str, filters: Filters, choices: tuple, height: int) -> str:
    return scene_html(_scene(_store, key, filters, choices), height=height)


def scene_page(store: GraphStore, filters: Filters, height: int, **choices) -> str:
    """The interactive page of :func:`scene` (a megabyte at 1,000 nodes: built once, kept)."""
    return _page(store, store_key(store), filters, _drawing_key(choices), height)


def metrics(
    store: GraphStore, filters: Filters, view: str = "collaboration", measure: str | None = None
) -> pd.DataFrame:
    """The measures of the nodes of a view: its analysis table (organisations, projects or countries).

    ``measure`` names the one organisation measure needed (``id`` and that column come back,
    computed alone if the whole table is not there yet).
    """
    the_core = core(store, filters)
    if view == "collaboration" and measure is not None:
        return _measured(the_core, measure)
    if view == "collaboration":
        return _computed(the_core, "centrality", "Computing centralities…")
    if view == "project":
        return _computed(the_core, "_projects", "Computing the project measures…")[0]
    if view == "country":
        return _computed(the_core, "countries", "Computing the country measures…")
    raise ValueError(f"no metrics for the {view} view")


@st.cache_data(max_entries=4)
def _programmes(_store: GraphStore, key: str) -> dict[str, str]:
    rows = _store.read(cypher("read/analysis_programmes"))
    return {
        row["id"]: row.get("name") or row["id"]
        for row in sorted(rows, key=lambda r: str(r.get("name")))
    }


def programmes(store: GraphStore) -> dict[str, str]:
    """Programme id → name, for the programme filter."""
    return _programmes(store, store_key(store))


def organisation_table(store: GraphStore, filters: Filters) -> pd.DataFrame:
    """The organisation table (:attr:`Analysis.organisations`): attributes, every measure, community."""
    the_core = core(store, filters)
    _stages(
        the_core,
        (
            ("centrality", "Computing centralities…"),
            ("partition", "Finding communities…"),
            ("brokerage", "Computing brokerage…"),
        ),
    )
    return the_core.organisations


def _stages(the_core: analysis.Analysis, stages) -> None:
    """Compute the analysis's parts ``(attribute, what it is)`` not computed yet, under a bar naming each."""
    stages = [(name, stage) for name, stage in stages if name not in the_core.__dict__]
    if stages:  # a bar that names each stage as it goes, gone when they are done
        bar = st.progress(0.0, text=stages[0][1])
        for done, (name, stage) in enumerate(stages):
            bar.progress(done / len(stages), text=f"{stage} ({done + 1} of {len(stages)})")
            getattr(the_core, name)
        bar.empty()


def under_connected(
    store: GraphStore, filters: Filters, kinds: tuple[str, ...] | None
) -> pd.DataFrame:
    """The under-connected report for organisations of ``kinds`` (None: every kind)."""
    organisation_table(store, filters)
    with st.spinner("Ranking under-connected organisations…"):
        return core(store, filters).under_connected_for(kinds)


def recommendations(
    store: GraphStore,
    filters: Filters,
    org_id: str,
    k: int = 10,
    *,
    sectors: tuple[str, ...] = (),
    cross_border: bool | None = None,
    fill_gap: str | None = None,
    programme: str | None = None,
) -> pd.DataFrame:
    """Partner suggestions for ``org_id``, with reasons (see :func:`analysis.recommend_partners`)."""
    the_core = core(store, filters)
    known = analysis.known_partners(
        network(store, Filters()), org_id
    )  # filters never make a partner look new
    with st.spinner("Looking for partners…"):
        return analysis.recommend_partners(
            the_core.view,
            org_id,
            k,
            sectors=sectors or None,
            cross_border=cross_border,
            known=known,
            network=the_core.network,
            fill_gap=fill_gap,
            programme=programme,
        )


def _evolution(_store: GraphStore, key: str, filters: Filters, slicing: str) -> analysis.Evolution:
    the_core = _core(_store, key, filters)
    by = analysis.parse_slicing(slicing)
    if the_core.has_evolution(by):
        return the_core.evolution(by)
    bar = st.progress(0.0, text="Measuring every slice…")  # a bar over the slices, gone when done

    def measured(label: str, done: int, total: int) -> None:
        bar.progress(done / total, text=f"Measured {label} ({done} of {total} slices)")

    result = the_core.evolution(by, progress=measured)
    bar.empty()
    return result


def evolution(store: GraphStore, filters: Filters, slicing: str) -> analysis.Evolution:
    """The network's slices and what changed (:meth:`helix_graph.analysis.Analysis.evolution`)."""
    return _evolution(store, store_key(store), filters, slicing)


@st.cache_resource(show_spinner="Drawing the slice…", max_entries=32)
def _slice_scene(
    _store: GraphStore, key: str, filters: Filters, slicing: str, label: str, colour: str
) -> tuple[Scene, str]:
    # measured already by the page (and kept with the analysis); no bar inside a cached function
    result = _core(_store, key, filters).evolution(analysis.parse_slicing(slicing))
    union = _scene(_store, key, filters, _drawing_key({"colour": colour, "view": "collaboration"}))
    scene = slice_scene_of(result, label, union.positions, colour=colour, source=source_of(_store))
    return scene, scene_html(scene)


def slice_scene(
    store: GraphStore, filters: Filters, slicing: str, label: str, colour: str
) -> tuple[Scene, str]:
    """One slice's drawing and its page, in the places of the whole period's drawing."""
    return _slice_scene(store, store_key(store), filters, slicing, label, colour)
