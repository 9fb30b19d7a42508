"""What the benchmarks share."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from helix_graph.store import EmbeddedServer

__all__ = ["embedded_server", "peak_gb"]


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


def peak_gb() -> float:
    """This process's peak resident memory in GB (VmHWM: unlike ru_maxrss, not carried over
    from the parent across exec, so a child started by a large benchmark reports its own)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024 / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
