"""What the benchmarks share."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from helix_graph.store import EmbeddedServer

__all__ = ["embedded_server"]


@contextmanager
def embedded_server(prefix: str) -> Iterator[tuple[Path, EmbeddedServer, object]]:
    """A fresh embedded FalkorDB in a temporary folder: ``(folder, server, client)``, stopped after."""
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        server = EmbeddedServer(Path(tmp) / "falkordb")
        server.start()
        client = server.client()
        try:
            yield Path(tmp), server, client
        finally:
            client.connection.close()
            server.stop()
