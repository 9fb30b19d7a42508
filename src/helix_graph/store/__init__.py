"""Graph stores: one interface (:class:`GraphStore`), two backends, one set of Cypher files."""

from __future__ import annotations

from helix_graph.config import Settings
from helix_graph.errors import StoreError
from helix_graph.store.base import GraphStore, Rows
from helix_graph.store.cypher import cypher
from helix_graph.store.embedded import EmbeddedServer
from helix_graph.store.falkordb_store import FalkorDBStore
from helix_graph.store.neo4j_store import Neo4jStore

__all__ = [
    "GraphStore",
    "Rows",
    "EmbeddedServer",
    "FalkorDBStore",
    "Neo4jStore",
    "cypher",
    "open_store",
]


def open_store(config: Settings) -> GraphStore:
    """The store the settings choose: the embedded FalkorDB (started if needed) or Neo4j."""
    if config.store == "neo4j":
        if not config.neo4j_uri:
            raise StoreError(
                "HELIX_STORE is neo4j but NEO4J_URI is not set; set NEO4J_URI (and NEO4J_USER, "
                "NEO4J_PASSWORD) or use the embedded store."
            )
        password = config.neo4j_password.get_secret_value() if config.neo4j_password else ""
        return Neo4jStore.connect(
            config.neo4j_uri, config.neo4j_user, password, config.neo4j_database
        )
    server = EmbeddedServer(config.data_dir)
    info = server.start()
    store = FalkorDBStore(server.client(), config.graph_name, address=f"{info.host}:{info.port}")
    store.cache_dir = config.cache_dir
    return store
