"""A load into FalkorDB is all or nothing: a failure, a server error or a kill half-way leaves the graph as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from conftest import REPO, graph_snapshot

from helix_graph.errors import StoreError
from helix_graph.ingest.seed_files import read_dataset
from helix_graph.load import load_dataset
from helix_graph.store import EmbeddedServer, FalkorDBStore
from helix_graph.synth import synthesize, write_synth

FIX = (
    "organisations:\n"
    "  - {id: refit, name: ReFIT e.V., kind: association, helix_sector: civil_society, country: AT}\n"
)


@pytest.fixture(scope="module")
def synth_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synth20k")
    write_synth(synthesize(20_000, seed=5), folder)
    return folder


def _keys(store) -> list[str]:
    """Every graph key of this store's graph: the live one and any temporary one."""
    return sorted(
        g
        for g in store.client.connection.execute_command("GRAPH.LIST")
        if g == store.graph_name or g.startswith(store.graph_name + ":")
    )


class Boom(RuntimeError):
    pass


def _fail_after(monkeypatch, batches: int) -> list[str]:
    """Make every FalkorDB write after the first ``batches`` raise; return the graphs written to."""
    written: list[str] = []
    write = FalkorDBStore.write

    def failing(self, query, params=None):
        if len(written) >= batches:
            raise Boom("the connection dropped")
        written.append(self.graph_name)
        return write(self, query, params)

    monkeypatch.setattr(FalkorDBStore, "write", failing)
    return written


def test_a_failure_half_way_leaves_the_graph_as_it_was(seed_store, seed_dataset, monkeypatch):
    renamed = [
        o.model_copy(update={"name": o.name + " (renamed)"}) for o in seed_dataset.organisations
    ]
    before, version = graph_snapshot(seed_store), seed_store.data_version()
    written = _fail_after(monkeypatch, 20)  # 15 batches of two rows come before the organisations
    with pytest.raises(Boom):
        load_dataset(
            seed_store, seed_dataset.model_copy(update={"organisations": renamed}), batch_size=2
        )
    assert len(written) == 20 and set(written) == {f"{seed_store.graph_name}:loading:{os.getpid()}"}
    monkeypatch.undo()
    assert graph_snapshot(seed_store) == before
    assert seed_store.data_version() == version
    assert _keys(seed_store) == [seed_store.graph_name]


def test_a_failed_bulk_load_leaves_no_graph(store, seed_dataset, monkeypatch):
    def fail(self):
        raise Boom("schema")

    monkeypatch.setattr(
        FalkorDBStore, "apply_schema", fail
    )  # after the bulk insert, before the swap
    with pytest.raises(Boom):
        load_dataset(store, seed_dataset)
    assert store.is_empty() and _keys(store) == []


def test_a_row_the_server_rejects_leaves_the_graph_as_it_was(seed_store, seed_dataset):
    before = graph_snapshot(seed_store)
    # infinity passes the model but not FalkorDB's parameter parser; it sits in the last batch of projects
    bad = seed_dataset.projects[-1].model_copy(update={"total_budget_eur": float("inf")})
    dataset = seed_dataset.model_copy(update={"projects": [*seed_dataset.projects[:-1], bad]})
    with pytest.raises(Exception, match="errMsg|Invalid"):
        load_dataset(seed_store, dataset, batch_size=1)
    assert graph_snapshot(seed_store) == before
    assert _keys(seed_store) == [seed_store.graph_name]


def test_a_write_by_someone_else_during_the_load_is_kept_and_the_load_refused(
    seed_store, seed_dataset, monkeypatch
):
    write = FalkorDBStore.write
    live = FalkorDBStore(seed_store.client, seed_store.graph_name)

    def meanwhile(self, query, params=None):
        if self.graph_name != live.graph_name and not getattr(meanwhile, "done", False):
            meanwhile.done = True
            write(live, "MATCH (o:Organisation {id: 'oxalis'}) SET o.city = 'Annecy'")
        return write(self, query, params)

    monkeypatch.setattr(FalkorDBStore, "write", meanwhile)
    with pytest.raises(StoreError, match="changed while this load ran"):
        load_dataset(seed_store, seed_dataset)
    monkeypatch.undo()
    assert seed_store.read("MATCH (o:Organisation {id: 'oxalis'}) RETURN o.city AS city") == [
        {"city": "Annecy"}
    ]
    assert _keys(seed_store) == [seed_store.graph_name]


def test_reading_the_data_version_during_a_first_load_is_no_write(store, seed_dataset, monkeypatch):
    write = FalkorDBStore.write
    reader = FalkorDBStore(store.client, store.graph_name)

    def reading(self, query, params=None):
        reader.data_version()  # the app keys its cache by it, and may ask while a load runs
        return write(self, query, params)

    monkeypatch.setattr(FalkorDBStore, "write", reading)
    load_dataset(store, seed_dataset, bulk=False)
    monkeypatch.undo()
    assert not store.is_empty()


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_killed_loads_leftover_is_dropped_by_the_next_load(seed_store, seed_dataset):
    leftover = f"{seed_store.graph_name}:loading:{_dead_pid()}"
    seed_store.client.connection.execute_command(
        "GRAPH.QUERY", leftover, "CREATE (:Organisation {id: 'half'})"
    )
    assert leftover not in seed_store.graphs()
    assert seed_store.graph_name in seed_store.graphs()
    load_dataset(seed_store, seed_dataset)
    assert _keys(seed_store) == [seed_store.graph_name]


def test_a_running_load_is_not_disturbed(seed_store, seed_dataset):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    running = f"{seed_store.graph_name}:loading:{sleeper.pid}"
    try:
        seed_store.client.connection.execute_command(
            "GRAPH.QUERY", running, "CREATE (:Organisation {id: 'busy'})"
        )
        before = graph_snapshot(seed_store)
        with pytest.raises(
            StoreError, match=f"Another load \\(process {sleeper.pid}\\) is writing into graph"
        ):
            load_dataset(seed_store, seed_dataset)
        assert graph_snapshot(seed_store) == before
        assert running in _keys(seed_store)
    finally:
        sleeper.kill()
        sleeper.wait()
        seed_store.client.connection.delete(running)


def _load_and_kill(
    cli_env, folder, graph: str, store, delay: float
) -> tuple[subprocess.Popen, bool]:
    """Start ``helix-graph load FOLDER``; SIGKILL it ``delay`` seconds after its temporary graph appears."""
    process = subprocess.Popen(
        [sys.executable, "-m", "helix_graph", "load", str(folder), "--batch-size", "300"],
        env={**cli_env, "PYTHONPATH": str(REPO / "src")},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    staging = f"{graph}:loading:{process.pid}"
    deadline = time.monotonic() + 60
    seen = False
    while process.poll() is None and time.monotonic() < deadline:
        if staging in store.client.connection.execute_command("GRAPH.LIST"):
            seen = True
            time.sleep(delay)
            break
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    return process, seen


@pytest.mark.parametrize(
    "start, delay", [("empty graph (bulk insert)", 0.0), ("seed loaded (copy and merge)", 0.3)]
)
def test_a_killed_load_leaves_the_old_graph_or_the_complete_new_one(
    start, delay, cli_env, store, synth_folder, seed_dataset, falkordb_client
):
    synth = read_dataset([synth_folder])
    complete = FalkorDBStore(falkordb_client, store.graph_name + "_complete")
    try:
        if start.startswith("seed"):
            load_dataset(store, seed_dataset)
            load_dataset(complete, seed_dataset)
        load_dataset(complete, synth)
        old, new = graph_snapshot(store), graph_snapshot(complete)
        process, seen = _load_and_kill(cli_env, synth_folder, store.graph_name, store, delay)
        after = graph_snapshot(store)
        assert after in (old, new)
        assert not [g for g in store.graphs() if ":loading:" in g]
        if (
            seen and after == old
        ):  # the kill came mid-load: its temporary graph is left, and dropped next time
            assert f"{store.graph_name}:loading:{process.pid}" in _keys(store)
            load_dataset(store, seed_dataset)
            assert _keys(store) == [store.graph_name]
    finally:
        complete.delete_graph()


def test_copy_waits_for_a_background_rewrite_instead_of_hanging_the_server(tmp_path, seed_dataset):
    """FalkorDB's GRAPH.COPY deadlocks the server when it meets a running child process."""
    server = EmbeddedServer(tmp_path / "db")
    server.start()
    try:
        store = FalkorDBStore(server.client(), "helix")
        load_dataset(store, seed_dataset)
        redis = store.client.connection
        redis.config_set(
            "rdb-key-save-delay", 300_000
        )  # 0.3 s a key: the rewrite's child runs for a while
        redis.bgrewriteaof()
        assert int(redis.info("persistence")["aof_rewrite_in_progress"]) == 1
        loading = threading.Thread(target=load_dataset, args=(store, seed_dataset), daemon=True)
        loading.start()
        loading.join(timeout=60)
        assert not loading.is_alive(), "the load hung"
        redis.config_set("rdb-key-save-delay", 0)
        assert redis.ping()
        assert redis.config_get("auto-aof-rewrite-percentage") == {
            "auto-aof-rewrite-percentage": "100"
        }
        assert store.graphs() == ["helix"]
        store.close()
    finally:
        server.stop()


def _load_killed_at(cli_env, folder, delay: float) -> int:
    """Start ``helix-graph load FOLDER`` and SIGKILL it ``delay`` seconds (wall clock) later."""
    process = subprocess.Popen(
        [sys.executable, "-m", "helix_graph", "load", str(folder), "--batch-size", "500"],
        env={**cli_env, "PYTHONPATH": str(REPO / "src")},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
    process.wait()
    return process.returncode


@pytest.mark.parametrize("delay", [0.5, 1.0, 1.5, 2.0, 3.0, 4.5])
def test_a_merge_load_killed_at_any_moment_leaves_the_data_and_its_version(
    delay, cli_env, seed_store, synth_folder, seed_dataset
):
    """Into a graph holding the seed (copy, merge, swap); the kill lands wherever it lands."""
    before, version = graph_snapshot(seed_store), seed_store.data_version()
    returncode = _load_killed_at(cli_env, synth_folder, delay)
    after = graph_snapshot(seed_store)
    if returncode == -signal.SIGKILL:
        if after == before:
            assert seed_store.data_version() == version
        else:  # killed after the swap: the whole new graph, under a new version
            assert seed_store.data_version() != version
            assert len(after[1]) > len(before[1]) + 20_000
    else:  # it finished first
        assert returncode == 0 and seed_store.data_version() != version
    # the killed load's lock and temporary graph hold nothing up: the next load runs
    load_dataset(seed_store, seed_dataset)
    assert _keys(seed_store) == [seed_store.graph_name]


def test_three_loads_at_once_into_a_fresh_graph_take_turns(cli_env, store, seed_dataset):
    loads = [
        subprocess.Popen(
            [sys.executable, "-m", "helix_graph", "load", "--quiet"],
            env={**cli_env, "PYTHONPATH": str(REPO / "src")},
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    errors = [process.communicate(timeout=120)[1] for process in loads]
    assert [process.returncode for process in loads] == [0, 0, 0], errors
    assert errors == ["", "", ""]
    alone = FalkorDBStore(store.client, store.graph_name + "_alone")
    try:
        load_dataset(alone, seed_dataset)
        assert graph_snapshot(store) == graph_snapshot(alone)
    finally:
        alone.delete_graph()
    assert store.data_version().endswith(":3")  # three swaps, one after the other
    assert _keys(store) == [store.graph_name]
