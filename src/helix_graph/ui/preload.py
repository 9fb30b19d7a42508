"""The whole network read before the app serves its first page (no Streamlit imports here).

``helix-graph app`` runs Streamlit in its own process: reading the network while the
server starts saves the first visitor the store read (seconds at CORDIS scale, most of it
the client decoding rows). The app's cache takes the preloaded tables when what the store
holds has not changed since.
"""

from __future__ import annotations

import json
import threading

from helix_graph import analysis
from helix_graph.analysis import Network
from helix_graph.load import graph_counts
from helix_graph.store import GraphStore

__all__ = ["content_key", "preload", "take_preloaded", "forget_preloaded"]

_preloaded: dict[str, Network] = {}
_lock = threading.Lock()


def content_key(store: GraphStore) -> str:
    """Where the store is and what it holds, as a cache key.

    What it holds is the data version the store bumps on every write (so a correction that
    keeps every count still changes the key), with the node and relationship counts beside it.
    """
    return json.dumps(
        {"where": store.describe(), "version": store.data_version(), "counts": graph_counts(store)},
        sort_keys=True,
        default=str,
    )


def preload(store: GraphStore) -> Network:
    """Read the whole network of ``store`` now and keep it for the app."""
    key = content_key(store)
    network = analysis.read_network(store)
    with _lock:
        _preloaded.clear()
        _preloaded[key] = network
    return network


def take_preloaded(key: str) -> Network | None:
    """The preloaded network if it was read under ``key`` (the store unchanged since)."""
    with _lock:
        return _preloaded.get(key)


def forget_preloaded() -> None:
    with _lock:
        _preloaded.clear()
