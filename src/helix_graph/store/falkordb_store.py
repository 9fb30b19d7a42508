"""The FalkorDB store (embedded by default), over the Redis protocol.

Beside each graph the store keeps a Redis key of its own, ``helix-graph:version:<graph>``:
the data version, a hash of a random ``epoch`` (drawn when the key is made) and a counter
``n`` bumped by every write.
"""

from __future__ import annotations

import secrets
from typing import Any

from helix_graph.errors import ReadOnlyError, StoreError
from helix_graph.model import NODE_LABELS
from helix_graph.store.base import GraphStore, Rows
from helix_graph.store.cypher import schema_statements

__all__ = ["FalkorDBStore"]

_VERSION_KEY = "helix-graph:version:"


def _plain(value: Any) -> Any:
    """Nodes, edges and paths as plain dicts and lists (for JSON and tables)."""
    from falkordb import Edge, Node, Path

    if isinstance(value, Node):
        return {"_labels": list(value.labels or []), **value.properties}
    if isinstance(value, Edge):
        return {"_type": value.relation, **value.properties}
    if isinstance(value, Path):
        return {"nodes": [_plain(n) for n in value.nodes()], "relationships": [_plain(e) for e in value.edges()]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class FalkorDBStore(GraphStore):
    """A graph in a FalkorDB server.

    Parameters
    ----------
    client : falkordb.FalkorDB
        Created once by the caller (``EmbeddedServer.client()`` or ``FalkorDB(...)``).
    graph_name : str
        The graph (FalkorDB keeps several graphs in one server).
    """

    backend = "falkordb"

    def __init__(self, client, graph_name: str = "helix", *, address: str = ""):
        self.client = client
        self.graph_name = graph_name
        self.graph = client.select_graph(graph_name)
        self.address = address

    @property
    def _redis(self):
        return self.client.connection

    @property
    def _version_key(self) -> str:
        return _VERSION_KEY + self.graph_name

    def _run(self, method, query: str, params: dict | None, timeout_ms: int | None) -> Rows:
        import redis

        try:
            result = method(query, params or None, timeout=timeout_ms)
        except redis.exceptions.ResponseError as exc:
            if "empty key" in str(exc):  # the graph does not exist yet: nothing to read
                return []
            raise
        except redis.exceptions.ConnectionError as exc:
            raise StoreError(f"Lost the connection to FalkorDB at {self.address or 'the server'} ({exc}); "
                             "check it runs with 'helix-graph db status'.") from None
        names = [column[1] for column in result.header]
        return [dict(zip(names, map(_plain, row))) for row in result.result_set]

    def read(self, query, params=None, *, timeout_ms=None) -> Rows:
        return self._run(self.graph.ro_query, query, params, timeout_ms)

    def write(self, query, params=None) -> Rows:
        rows = self._run(self.graph.query, query, params, None)
        self._bump()
        return rows

    # -- data version ----------------------------------------------------------------
    def _bump(self, pipe=None) -> None:
        """Count one more write; queued on ``pipe`` (a MULTI) if given, else sent at once."""
        queue = pipe if pipe is not None else self._redis.pipeline(transaction=True)
        queue.hsetnx(self._version_key, "epoch", secrets.token_hex(8))
        queue.hincrby(self._version_key, "n", 1)
        if pipe is None:
            queue.execute()

    def data_version(self) -> str:
        """``<graph>:<epoch>:<writes>``, e.g. ``helix:3f9c0a1b2d4e5f60:42``; the epoch is drawn with the key."""
        epoch, count = self._redis.hmget(self._version_key, "epoch", "n")
        if epoch is None:  # a graph written before versions were kept, or never written
            self._redis.hsetnx(self._version_key, "epoch", secrets.token_hex(8))
            epoch, count = self._redis.hmget(self._version_key, "epoch", "n")
        return f"{self.graph_name}:{epoch}:{int(count or 0)}"

    def _read_only_rows(self, query, params, timeout_ms) -> Rows:
        import redis

        try:
            return self._run(self.graph.ro_query, query, params, timeout_ms)
        except redis.exceptions.ResponseError as exc:
            if "read-only" in str(exc):
                raise ReadOnlyError("The query console is read-only: FalkorDB plans this query as a write; "
                                    "use MATCH … RETURN to read.") from None
            raise StoreError(f"FalkorDB refused the query: {exc}") from None

    def apply_schema(self) -> None:
        import redis

        existing = {(row["label"], prop) for row in self.read(
            "CALL db.indexes() YIELD label, properties RETURN label, properties") for prop in row["properties"]}
        for statement in schema_statements("falkordb"):
            # "CREATE INDEX FOR (n:Label) ON (n.prop)": FalkorDB refuses an index that exists
            label = statement.split(":", 1)[1].split(")", 1)[0]
            prop = statement.rsplit(".", 1)[1].rstrip(")")
            if (label, prop) not in existing:
                self.write(statement)
        constraints = {row["label"] for row in self.read(
            "CALL db.constraints() YIELD label, type RETURN label, type") if row["type"] == "UNIQUE"}
        for label in NODE_LABELS:
            if label in constraints:
                continue
            try:
                self.client.connection.execute_command(
                    "GRAPH.CONSTRAINT", "CREATE", self.graph_name, "UNIQUE", "NODE", label, "PROPERTIES", 1, "id")
            except redis.exceptions.ResponseError as exc:
                if "already exists" not in str(exc):
                    raise

    def clear(self) -> None:
        self.write("MATCH (n) DETACH DELETE n")

    def delete_graph(self) -> None:
        """Drop this graph with its indexes and constraints (tests, reset)."""
        import redis

        try:
            self.graph.delete()
        except redis.exceptions.ResponseError:
            pass  # the graph was never created
        self._bump()

    def describe(self) -> dict[str, Any]:
        return {"backend": self.backend, "address": self.address, "graph": self.graph_name}

    def close(self) -> None:
        try:
            self.client.connection.close()
        except Exception:  # noqa: BLE001 - closing twice is harmless
            pass
