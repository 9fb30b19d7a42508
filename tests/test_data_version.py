"""The data version: moves with every write, differs between graphs, never comes back, outlives a restart."""

from __future__ import annotations

import uuid

from helix_graph.ingest.seed_files import read_dataset
from helix_graph.load import graph_counts, load_dataset
from helix_graph.store import EmbeddedServer, FalkorDBStore

SECTOR_FIX = (
    "organisations:\n"
    "  - {id: oxalis, name: Oxalis, kind: company, helix_sector: academia, country: FR}\n"
)


def test_a_write_that_keeps_every_count_still_moves_the_version(seed_store, seed_dataset, tmp_path):
    (tmp_path / "fix.yaml").write_text(SECTOR_FIX, encoding="utf-8")
    counts, before = graph_counts(seed_store), seed_store.data_version()
    load_dataset(seed_store, read_dataset([tmp_path]))
    assert graph_counts(seed_store) == counts
    assert seed_store.read(
        "MATCH (:Organisation {id: 'oxalis'})-[:IN_SECTOR]->(s) RETURN s.id AS s"
    ) == [{"s": "academia"}]
    assert seed_store.data_version() != before


def test_every_kind_of_write_moves_it_and_no_version_comes_back(store, seed_dataset):
    seen = [store.data_version()]
    assert store.data_version() == seen[0]  # reading it changes nothing
    steps = [
        lambda: load_dataset(store, seed_dataset),  # a first load
        lambda: load_dataset(store, seed_dataset),  # the same load again
        lambda: store.write("MATCH (o:Organisation {id: 'oxalis'}) SET o.city = 'Annecy'"),
        store.clear,
        store.delete_graph,
        lambda: load_dataset(store, seed_dataset),  # the graph made again
        lambda: store.client.connection.delete(
            f"helix-graph:version:{store.graph_name}"
        ),  # the key lost
    ]
    for step in steps:
        step()
        version = store.data_version()
        assert version not in seen
        seen.append(version)
    assert all(v.startswith(store.graph_name + ":") for v in seen)


def test_a_read_or_a_failed_write_keeps_it(seed_store):
    before = seed_store.data_version()
    seed_store.read("MATCH (n) RETURN count(n) AS n")
    seed_store.query_read_only("MATCH (p:Project) RETURN p.id AS id")
    try:
        seed_store.write("MATCH (n) RETURN n.id +")
    except Exception:
        pass
    assert seed_store.data_version() == before


def test_two_graphs_have_their_own_versions(seed_store, falkordb_client, seed_dataset):
    other = FalkorDBStore(falkordb_client, f"test_{uuid.uuid4().hex[:12]}")
    try:
        load_dataset(other, seed_dataset)
        assert other.data_version() != seed_store.data_version()
        mine = seed_store.data_version()
        other.write("MATCH (o:Organisation {id: 'oxalis'}) SET o.city = 'Annecy'")
        assert seed_store.data_version() == mine
    finally:
        other.delete_graph()


def test_it_outlives_a_restart(tmp_path, seed_dataset):
    server = EmbeddedServer(tmp_path / "db")
    server.start()
    try:
        store = FalkorDBStore(server.client(), "helix")
        load_dataset(store, seed_dataset)
        before = store.data_version()
        store.close()
        server.stop()
        server.start()
        store = FalkorDBStore(server.client(), "helix")
        assert store.data_version() == before
        store.clear()
        assert store.data_version() != before
        store.close()
    finally:
        server.stop()
