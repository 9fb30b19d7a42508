"""Live tests against a real Neo4j: run when NEO4J_URI is set, skipped otherwise.

They need a scratch database (NEO4J_DATABASE, or the default one) that is empty or holds
only helix-graph data: they load the seed and clear the database at the end.
"""

from __future__ import annotations

import os

import pytest
from conftest import graph_snapshot as _graph_snapshot
from test_cypher_files import SAMPLE_PARAMS, _parameters

from helix_graph.errors import ReadOnlyError, StoreError
from helix_graph.load import graph_counts, load_dataset
from helix_graph.model import NODE_LABELS
from helix_graph.store import Neo4jStore
from helix_graph.store.cypher import cypher, cypher_dir, cypher_files
from helix_graph.store.neo4j_store import VERSION_LABEL

URI = os.environ.get("NEO4J_URI")
pytestmark = [
    pytest.mark.neo4j,
    pytest.mark.skipif(not URI, reason="NEO4J_URI is not set: no live Neo4j to test against"),
]


def graph_snapshot(store):
    """The data, without the store's data version node (which counts every write)."""
    nodes, relationships = _graph_snapshot(store)
    return [n for n in nodes if VERSION_LABEL not in n["labels"]], relationships


@pytest.fixture(scope="module")
def neo4j_store():
    store = Neo4jStore.connect(
        URI,
        os.environ.get("NEO4J_USER", "neo4j"),
        os.environ.get("NEO4J_PASSWORD", ""),
        os.environ.get("NEO4J_DATABASE"),
    )
    foreign = store.read(
        "MATCH (n) WHERE NONE(l IN labels(n) WHERE l IN $ours) RETURN count(n) AS n",
        {"ours": [*NODE_LABELS, VERSION_LABEL]},
    )[0]["n"]
    if foreign:
        store.close()
        pytest.skip(
            "the Neo4j database holds other data; point NEO4J_DATABASE at a scratch database"
        )
    store.clear()
    yield store
    store.clear()
    store.close()


def test_seed_loads_with_the_figures_and_twice_changes_nothing(neo4j_store, seed_dataset):
    load_dataset(neo4j_store, seed_dataset)
    counts = graph_counts(neo4j_store)
    assert counts["nodes"] == {
        "Project": 4,
        "Organisation": 44,
        "Country": 14,
        "HelixSector": 4,
        "Programme": 3,
    }
    assert counts["relationships"]["PARTICIPATES_IN"] == 44
    before = graph_snapshot(neo4j_store)
    load_dataset(neo4j_store, seed_dataset)
    assert graph_snapshot(neo4j_store) == before


def test_data_version_moves_with_every_write_and_clear(neo4j_store, seed_dataset):
    load_dataset(neo4j_store, seed_dataset)
    counts, before = graph_counts(neo4j_store), neo4j_store.data_version()
    neo4j_store.write(
        "MATCH (o:Organisation {id: $id}) SET o.helix_sector = 'industry'", {"id": "oxalis"}
    )
    assert graph_counts(neo4j_store) == counts and neo4j_store.data_version() != before
    after = neo4j_store.data_version()
    neo4j_store.clear()
    assert neo4j_store.data_version() not in (before, after)
    assert graph_counts(neo4j_store)["nodes"] == dict.fromkeys(NODE_LABELS, 0)


def test_every_shared_read_file_runs(neo4j_store, seed_dataset):
    load_dataset(neo4j_store, seed_dataset)
    for path in cypher_files():
        name = str(path.relative_to(cypher_dir()).with_suffix(""))
        if not name.startswith("read/"):
            continue
        params = {
            p: SAMPLE_PARAMS[p]
            for p in _parameters(path.read_text(encoding="utf-8"))
            if p != "rows"
        }
        neo4j_store.read(cypher(name), params)


def test_console_refuses_writes_lexically_and_by_the_planner(neo4j_store, seed_dataset):
    load_dataset(neo4j_store, seed_dataset)
    before = graph_snapshot(neo4j_store)
    with pytest.raises(ReadOnlyError):
        neo4j_store.query_read_only("MATCH (n) DETACH DELETE n")
    with pytest.raises(ReadOnlyError, match="plans this query as a write"):
        neo4j_store._read_only_rows("CREATE (n:Scratch)", {}, 5000)
    assert graph_snapshot(neo4j_store) == before
    assert neo4j_store.query_read_only("MATCH (p:Project) RETURN count(p) AS n") == [{"n": 4}]


def test_wrong_password_is_one_sentence():
    with pytest.raises(StoreError, match="wrong user name or password"):
        Neo4jStore.connect(
            URI, os.environ.get("NEO4J_USER", "neo4j"), "definitely-not-the-password"
        )


def test_unreachable_server_is_one_sentence():
    with pytest.raises(StoreError, match="cannot be reached"):
        Neo4jStore.connect("neo4j://127.0.0.1:1", "neo4j", "x")
