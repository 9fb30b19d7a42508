"""The Neo4j store, through the official driver (``execute_query``, ``database_``, ``routing_``).

The data version lives on one node labelled ``HelixGraphDataVersion`` (not a label of the
graph model, so no analysis reads it): a random epoch drawn when the node is made and a
write counter, bumped in the same transaction as every write. Neo4j has no key-value
store beside the graph, and a database's transaction id is not readable from Cypher on
every edition (Aura included); a node is. ``clear`` keeps it, so the counter keeps going up.

A load's batches each commit in their own transaction, as :meth:`GraphStore.staged`'s
default has it: one transaction for a whole CORDIS download would hold every change in the
server's memory, and a load that fails half-way is completed by loading again.
"""

from __future__ import annotations

import secrets
from typing import Any

from helix_graph.errors import ReadOnlyError, StoreError
from helix_graph.store.base import GraphStore, Rows
from helix_graph.store.cypher import cypher, schema_statements

__all__ = ["Neo4jStore", "VERSION_LABEL"]

VERSION_LABEL = "HelixGraphDataVersion"


class Neo4jStore(GraphStore):
    """A Neo4j database (Desktop, a server, a cluster or Aura).

    Parameters
    ----------
    driver : neo4j.Driver
        Created once by the caller (see :func:`helix_graph.store.open_store`).
    database : str or None
        The database name; None for the server's default.
    """

    backend = "neo4j"

    def __init__(self, driver, database: str | None = None, *, address: str = ""):
        self.driver = driver
        self.database = database
        self.address = address

    @classmethod
    def connect(cls, uri: str, user: str, password: str, database: str | None = None) -> Neo4jStore:
        """Open a driver and check the server answers and accepts the credentials."""
        import neo4j
        from neo4j.exceptions import AuthError, ConfigurationError, ServiceUnavailable

        try:
            driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))
            driver.verify_connectivity()
        except AuthError:
            raise StoreError(
                f"Neo4j at {uri} refused user '{user}': wrong user name or password; "
                "check NEO4J_USER and NEO4J_PASSWORD."
            ) from None
        except (ServiceUnavailable, OSError) as exc:
            raise StoreError(
                f"Neo4j at {uri} cannot be reached ({exc}); check that the server runs "
                "and that NEO4J_URI is right."
            ) from None
        except (ConfigurationError, ValueError) as exc:
            raise StoreError(
                f"NEO4J_URI '{uri}' is not usable ({exc}); use a URI such as "
                "neo4j://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io."
            ) from None
        return cls(driver, database, address=uri)

    def _execute(self, query: str, params: dict | None, routing: str) -> Rows:
        import neo4j

        records, _, _ = self.driver.execute_query(
            query,
            params or {},
            database_=self.database,
            routing_=neo4j.RoutingControl.READ if routing == "r" else neo4j.RoutingControl.WRITE,
        )
        return [record.data() for record in records]

    def read(self, query, params=None, *, timeout_ms=None) -> Rows:
        if timeout_ms:
            return self._read_only_rows(query, params or {}, timeout_ms, check=False)
        return self._execute(query, params, "r")

    def write(self, query, params=None) -> Rows:
        """Run a writing statement and bump the data version, in one transaction."""

        def work(tx):
            rows = [record.data() for record in tx.run(query, params or {})]
            tx.run(cypher("write/bump_version"), {"epoch": secrets.token_hex(8)}).consume()
            return rows

        with self.driver.session(database=self.database) as session:
            return session.execute_write(work)

    def data_version(self) -> str:
        rows = self.read(cypher("read/data_version"))
        if not rows:  # never written by helix-graph: the first write draws the epoch
            return f"neo4j:{self.database or '(default)'}:none"
        return f"neo4j:{self.database or '(default)'}:{rows[0]['epoch']}:{rows[0]['version']}"

    def _read_only_rows(self, query, params, timeout_ms, *, check: bool = True) -> Rows:
        import neo4j
        from neo4j.exceptions import Neo4jError

        def work(tx):
            if check:  # the planner's verdict: a single server runs writes in a read transaction
                summary = tx.run(neo4j.Query("EXPLAIN " + query), params).consume()
                if summary.query_type != "r":
                    raise ReadOnlyError(
                        "The query console is read-only: Neo4j plans this query as a write "
                        f"(type '{summary.query_type}'); use MATCH … RETURN to read."
                    )
            return [record.data() for record in tx.run(query, params)]

        work = neo4j.unit_of_work(timeout=timeout_ms / 1000)(work)
        try:
            with self.driver.session(
                database=self.database, default_access_mode=neo4j.READ_ACCESS
            ) as session:
                return session.execute_read(work)
        except Neo4jError as exc:
            raise StoreError(f"Neo4j refused the query: {exc.message}") from None

    def apply_schema(self) -> None:
        for statement in schema_statements("neo4j"):
            self.write(statement)

    def clear(self) -> None:
        # in slices, so a large graph does not need one huge transaction; the version node stays
        while self.write(
            "MATCH (n) WHERE NOT n:HelixGraphDataVersion WITH n LIMIT 10000 DETACH DELETE n "
            "RETURN count(*) AS deleted"
        )[0]["deleted"]:
            pass

    def describe(self) -> dict[str, Any]:
        return {
            "backend": self.backend,
            "address": self.address,
            "database": self.database or "(default)",
        }

    def close(self) -> None:
        self.driver.close()
