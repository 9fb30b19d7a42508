"""``helix-graph db start|stop|status``: the embedded FalkorDB server."""

from __future__ import annotations

import click

from helix_graph.cli.common import config_from, emit, json_option, store_option
from helix_graph.store import EmbeddedServer, open_store


@click.group()
def db() -> None:
    """Start, stop or inspect the graph database."""


def _neo4j_note(action: str) -> str:
    return f"Neo4j is run by you, not by helix-graph: nothing to {action}."


@db.command()
@store_option
@json_option
def start(store_kind, as_json) -> None:
    """Start the embedded FalkorDB (or reuse the running one)."""
    config = config_from(store_kind)
    if config.store == "neo4j":
        emit({"backend": "neo4j", "message": _neo4j_note("start")}, as_json, lambda d: d["message"])
        return
    server = EmbeddedServer(config.data_dir)
    info = server.start()
    emit(
        {
            "running": True,
            "host": info.host,
            "port": info.port,
            "pid": info.pid,
            "data_dir": str(server.data_dir),
            "notes": server.notes,
        },
        as_json,
        lambda d: "\n".join(
            [
                *d["notes"],
                f"FalkorDB is running on {d['host']}:{d['port']} (data in {d['data_dir']}).",
            ]
        ),
    )


@db.command()
@store_option
@json_option
def stop(store_kind, as_json) -> None:
    """Stop the embedded FalkorDB; the data stays on disk."""
    config = config_from(store_kind)
    if config.store == "neo4j":
        emit({"backend": "neo4j", "message": _neo4j_note("stop")}, as_json, lambda d: d["message"])
        return
    server = EmbeddedServer(config.data_dir)
    stopped = server.stop()
    emit(
        {"stopped": stopped, "notes": server.notes},
        as_json,
        lambda d: "\n".join(
            [*d["notes"], "FalkorDB stopped." if d["stopped"] else "FalkorDB was not running."]
        ),
    )


@db.command()
@store_option
@json_option
def status(store_kind, as_json) -> None:
    """Say whether the store answers, and where it is."""
    config = config_from(store_kind)
    if config.store == "neo4j":
        store = open_store(config)
        try:
            data = {"running": True, **store.describe()}
        finally:
            store.close()
    else:
        data = {"backend": "falkordb", **EmbeddedServer(config.data_dir).status()}

    def text(d):
        if d["backend"] == "neo4j":
            return f"Neo4j answers at {d['address']} (database {d['database']})."
        held = f"data in {d['data_dir']}, {d['data_bytes'] / 1e6:,.1f} MB on disk"
        if not d["running"]:
            return f"FalkorDB is not running ({held}); start it with 'helix-graph db start'."
        if d.get("loading") is not None:
            return (
                f"FalkorDB is starting on {d['host']}:{d['port']}, pid {d['pid']}: loading its "
                f"data, {d['loading']:.0f}% read ({held})."
            )
        return f"FalkorDB is running on {d['host']}:{d['port']}, pid {d['pid']} ({held})."

    emit(data, as_json, text)
