"""What can be checked of the Neo4j store without a server."""

from __future__ import annotations

import pytest

from helix_graph.config import settings
from helix_graph.errors import StoreError
from helix_graph.store import Neo4jStore, open_store
from helix_graph.store.cypher import schema_statements


def test_unreachable_server_is_one_sentence():
    with pytest.raises(StoreError) as caught:
        Neo4jStore.connect("neo4j://127.0.0.1:1", "neo4j", "secret")
    assert "Neo4j at neo4j://127.0.0.1:1 cannot be reached" in str(caught.value)
    assert "NEO4J_URI" in str(caught.value)


def test_malformed_uri_is_one_sentence():
    with pytest.raises(StoreError, match="is not usable"):
        Neo4jStore.connect("http//nowhere", "neo4j", "secret")


def test_neo4j_store_without_uri_says_what_to_set(monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    with pytest.raises(StoreError, match="NEO4J_URI is not set"):
        open_store(settings(store="neo4j", neo4j_uri=None))


def test_settings_read_the_environment_and_dotenv(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text(
        "NEO4J_URI=neo4j://example:7687\nNEO4J_DATABASE=helix\n", encoding="utf-8"
    )
    monkeypatch.setenv("HELIX_STORE", "neo4j")
    monkeypatch.setenv("NEO4J_PASSWORD", "pw")
    for name in ("NEO4J_URI", "NEO4J_DATABASE", "NEO4J_USER"):
        monkeypatch.delenv(name, raising=False)
    config = settings()
    assert (config.store, config.neo4j_uri, config.neo4j_database, config.neo4j_user) == (
        "neo4j",
        "neo4j://example:7687",
        "helix",
        "neo4j",
    )
    assert config.neo4j_password.get_secret_value() == "pw"
    assert "pw" not in repr(config)


def test_cli_store_option_reaches_neo4j(run_cli, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "neo4j://127.0.0.1:1")
    code, out, err = run_cli("stats", "--store", "neo4j")
    assert code == 1 and out == ""
    assert err.startswith("Error: Neo4j at neo4j://127.0.0.1:1 cannot be reached")


def test_neo4j_schema_is_only_neo4j_ddl():
    statements = schema_statements("neo4j")
    assert len(statements) == 8
    assert all("IF NOT EXISTS" in s for s in statements)
    assert all(s.startswith("CREATE INDEX FOR") for s in schema_statements("falkordb"))
