"""Restart benchmark: a store of Horizon 2020 size comes back quickly, with its data.

``helix-graph synth --participations 150000`` is loaded with ``helix-graph load`` into a
fresh data folder (a first load: bulk insert), then loaded again (an incremental load:
copy, merge, swap), so the append-only file has grown the way it does in use. Then, each
``repeat`` times: a clean ``db stop`` and ``db start``, and a kill -9 of the server and
``db start``. Every restart is checked to hold the same counts and data version as
before. Figures: the seconds until the server answers again (medians), against the
target of 10 s; and the size of the append-only folder after the loads.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from helix_graph.load import graph_counts
from helix_graph.store import EmbeddedServer, FalkorDBStore

FULL = 150_000
QUICK = 5_000


def _cli(env: dict, *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "helix_graph", *args, "--quiet"],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _state(server: EmbeddedServer) -> tuple:
    store = FalkorDBStore(server.client(), "helix")
    try:
        return graph_counts(store), store.data_version()
    finally:
        store.close()


def _log_bytes(folder: Path) -> int:
    return sum(f.stat().st_size for f in (folder / "appendonlydir").glob("*"))


def run(quick: bool, repeat: int) -> list[dict]:
    n = QUICK if quick else FULL
    with tempfile.TemporaryDirectory(prefix="helix-bench-restart-") as tmp:
        data, synth = Path(tmp) / "falkordb", Path(tmp) / "synth"
        env = {**os.environ, "HELIX_STORE": "embedded", "HELIX_DATA_DIR": str(data)}
        env.pop("HELIX_GRAPH", None)
        _cli(env, "synth", "--participations", str(n), "--out", str(synth))
        _cli(env, "load", str(synth))
        _cli(env, "load", str(synth))  # the second load copies, merges and swaps
        server = EmbeddedServer(data)
        server.start()
        before = _state(server)
        server.stop()  # lets a running rewrite of the log finish
        log_mb = _log_bytes(data) / 1e6
        clean, killed = [], []
        try:
            for _ in range(repeat):  # the server is stopped here
                started = time.perf_counter()
                server.start()
                clean.append(time.perf_counter() - started)
                assert _state(server) == before, "a clean restart changed the data"

                os.kill(server.info().pid, signal.SIGKILL)
                while server._locked():  # the lock goes with the process
                    time.sleep(0.01)
                started = time.perf_counter()
                server.start()
                killed.append(time.perf_counter() - started)
                assert _state(server) == before, "a restart after kill -9 changed the data"
                server.stop()
        finally:
            server.stop()
    participations = before[0]["relationships"]["PARTICIPATES_IN"]
    note = f"{participations:,} participations, median of {repeat}"
    target = None if quick else 10.0
    return [
        {
            "name": "restart: db stop, then db start until it answers",
            "value": statistics.median(clean),
            "unit": "s",
            "target": target,
            "note": note,
        },
        {
            "name": "restart: kill -9 of the server, then db start",
            "value": statistics.median(killed),
            "unit": "s",
            "target": target,
            "note": note,
        },
        {
            "name": "restart: append-only folder after two loads",
            "value": log_mb,
            "unit": "MB",
            "note": "rewritten after big loads",
        },
    ]
