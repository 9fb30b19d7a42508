"""The one small interface both graph stores implement."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from helix_graph.store.readonly import LIMIT_PARAMETER, ensure_read_only, limited

__all__ = ["GraphStore", "Rows"]

Rows = list[dict[str, Any]]


def _check_parameters(value, where: str = "") -> None:
    """Refuse, in one sentence, a parameter Cypher cannot carry: a map with an empty or non-text key."""
    from helix_graph.errors import UsageError

    if isinstance(value, dict):
        for key, item in value.items():
            name = f"{where}.{key}" if where else str(key)
            if not isinstance(key, str) or not key.strip():
                raise UsageError(
                    f"parameter {where or 'map'} has the key {key!r:.40}; a Cypher map key must be "
                    "a non-empty name"
                )
            _check_parameters(item, name)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _check_parameters(item, f"{where}[{index}]")


class GraphStore(ABC):
    """A property-graph database reached with Cypher and parameters.

    ``read`` and ``write`` take trusted statements (normally from ``cypher/``) and
    parameters; ``query_read_only`` is for text typed by a person and refuses writes.
    Values always travel as parameters, never inside the statement.
    """

    backend: str
    cache_dir: Path | None = None
    """A private folder for what is derived from this store's data (keyed by
    :meth:`data_version`), or None to keep nothing; the embedded store's is in its data folder."""

    @abstractmethod
    def read(
        self, query: str, params: dict[str, Any] | None = None, *, timeout_ms: int | None = None
    ) -> Rows:
        """Run a reading statement; rows as dicts keyed by the returned column names."""

    def read_columns(self, query: str, params: dict[str, Any] | None = None) -> dict[str, list]:
        """Run a reading statement; one list of values per returned column, for large flat reads.

        The same values as :meth:`read`, without a dict per row; a result without rows may
        leave its columns out.
        """
        rows = self.read(query, params)
        return {name: [row[name] for row in rows] for name in (rows[0] if rows else ())}

    @abstractmethod
    def write(self, query: str, params: dict[str, Any] | None = None) -> Rows:
        """Run a writing statement."""

    @abstractmethod
    def _read_only_rows(self, query: str, params: dict[str, Any], timeout_ms: int) -> Rows:
        """Run ``query`` so that the engine itself refuses writes."""

    @abstractmethod
    def apply_schema(self) -> None:
        """Create the constraints and indexes of this backend (idempotent)."""

    @abstractmethod
    def clear(self) -> None:
        """Delete every node and relationship of this graph."""

    @abstractmethod
    def describe(self) -> dict[str, Any]:
        """Where this store is: backend, address, graph or database name."""

    @abstractmethod
    def data_version(self) -> str:
        """A text that changes with every write to this graph and never comes back.

        Bumped after every successful :meth:`write`, :meth:`clear` and load, so it can key
        a cache of anything derived from the data: equal versions mean the same data.
        """

    @contextmanager
    def staged(self) -> Iterator[GraphStore]:
        """The store a load writes into, made the live graph when the block ends without error.

        By default the store itself: each write commits on its own, so a load that fails
        half-way leaves the batches before it (loading again completes it, as every load
        statement merges). FalkorDB overrides this to swap in a complete graph at once.
        """
        yield self

    def close(self) -> None:  # noqa: B027 - optional for a store that holds nothing
        """Release connections."""

    def query_read_only(
        self,
        query: str,
        params: dict[str, Any] | None = None,
        *,
        limit: int = 1000,
        timeout_ms: int = 10_000,
    ) -> Rows:
        """Run a person's query read-only: refused if it writes, at most ``limit`` rows.

        The limit goes into the query (:func:`~helix_graph.store.readonly.limited`), so the
        server stops after ``limit`` rows instead of sending them all; ``timeout_ms`` is
        the server's own deadline for the query.

        Raises
        ------
        ReadOnlyError
            If the query contains a writing clause or procedure.
        """
        ensure_read_only(query)
        _check_parameters(params or {})
        params = {**(params or {}), LIMIT_PARAMETER: int(limit)}
        return self._read_only_rows(limited(query, int(limit)), params, timeout_ms)[:limit]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
