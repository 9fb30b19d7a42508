"""What the benchmarks share."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from helix_graph.store import EmbeddedServer

__all__ = ["embedded_server", "peak_gb", "cli_in_own_process"]


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


def cli_in_own_process(server: EmbeddedServer, graph: str, args: list[str]) -> dict:
    """``helix-graph ARGS`` in a fresh process against ``graph`` of ``server``: seconds from
    the first import to the answer, that process's peak resident memory (GB), and its output."""
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "HELIX_STORE": "embedded",
        "HELIX_DATA_DIR": str(server.data_dir),
        "HELIX_GRAPH": graph,
    }
    code = (
        f"import sys, time; sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r}); "
        "t = time.perf_counter(); from helix_graph.cli import main; "
        f"rc = main({args!r}); from bench._common import peak_gb; "
        "print('BENCH', time.perf_counter() - t, peak_gb(), file=sys.stderr); sys.exit(rc)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"helix-graph {' '.join(args)} failed: {done.stderr[-2000:]}")
    _, seconds, gb = [line for line in done.stderr.splitlines() if line.startswith("BENCH")][
        -1
    ].split()
    return {"seconds": float(seconds), "gb": float(gb), "stdout": done.stdout}
