"""Shared fixtures: one real embedded FalkorDB for the whole session, a fresh graph per test.

The server runs on 127.0.0.1 with a generated password in a temporary data directory and
is shut down when the session ends. Tests never replace a store with a mock.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from helix_graph.ingest.seed_files import read_dataset
from helix_graph.load import load_dataset
from helix_graph.resources import resource_dir
from helix_graph.store import EmbeddedServer, FalkorDBStore

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"


def pytest_collection_modifyitems(config, items):
    """Without ../shared/seeds the tests that read those pages are left out, not skipped.

    What they check is checked on pages kept in the repository (tests/data/pages); they add
    the real pages where a developer has them.
    """
    if SEEDS.is_dir():
        return
    absent = [item for item in items if item.get_closest_marker("seed_pages")]
    if absent:
        config.hook.pytest_deselected(items=absent)
        items[:] = [item for item in items if not item.get_closest_marker("seed_pages")]


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """The embedded FalkorDB server of this test session (of this xdist worker).

    HELIX_TEST_SERVER_DIR names the data folder of a server that outlives the session: the
    many short sessions of ``make mutation`` share one instead of starting one each (tests
    use graphs of their own, so they do not meet). Such a server is left running.
    """
    shared = os.environ.get("HELIX_TEST_SERVER_DIR")
    server = EmbeddedServer(Path(shared) if shared else tmp_path_factory.mktemp("falkordb"))
    server.start()
    yield server
    if not shared:
        server.stop()


@pytest.fixture(scope="session", autouse=True)
def no_server_left_behind(tmp_path_factory):
    """At the session's end, stop every embedded FalkorDB still running from its temporary folders.

    Tests that run a command with a data folder of its own (``HELIX_DATA_DIR`` under
    ``tmp_path``) stop what it started; this catches one that did not (a failed run, a
    mutant), so that no server outlives the tests.
    """
    yield
    for state in tmp_path_factory.getbasetemp().rglob("server.json"):
        EmbeddedServer(state.parent).stop(timeout=10)


@pytest.fixture(scope="session")
def falkordb_client(server):
    client = server.client()
    yield client
    client.connection.close()


@pytest.fixture
def graph_name() -> str:
    return f"test_{uuid.uuid4().hex[:12]}"


@pytest.fixture
def store(falkordb_client, graph_name, server):
    """An empty graph of its own in the session's server, dropped after the test."""
    info = server.info()
    store = FalkorDBStore(falkordb_client, graph_name, address=f"{info.host}:{info.port}")
    yield store
    store.delete_graph()


@pytest.fixture(scope="session")
def seed_dataset():
    return read_dataset([resource_dir("seed")])


@pytest.fixture
def seed_store(store, seed_dataset):
    """A graph with the seed loaded."""
    load_dataset(store, seed_dataset)
    return store


@pytest.fixture
def cli_env(monkeypatch, server, graph_name):
    """Environment under which the CLI (and the app) use this test's graph in the session's server."""
    monkeypatch.setenv("HELIX_STORE", "embedded")
    monkeypatch.setenv("HELIX_DATA_DIR", str(server.data_dir))
    monkeypatch.setenv("HELIX_GRAPH", graph_name)
    for name in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(name, raising=False)
    return {**os.environ}


@pytest.fixture
def run_cli(cli_env, capsys):
    """Run ``helix-graph ARGS`` in this process; return (exit code, stdout, stderr)."""
    from helix_graph.cli import main

    def run(*args: str):
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def graph_snapshot(store) -> tuple[list, list]:
    """Every node (labels, properties) and relationship (type, ends, properties), sorted.

    Two equal snapshots mean the stored data is exactly the same.
    """
    nodes = store.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    rels = store.read(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS source, b.id AS target, "
        "properties(r) AS props"
    )
    key = lambda row: repr(sorted(row.items()))  # noqa: E731
    return sorted(nodes, key=key), sorted(rels, key=key)
