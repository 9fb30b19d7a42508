"""``helix-graph app``: the Streamlit explorer on the configured store."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from helix_graph.cli.common import config_from, store_option
from helix_graph.config import settings_args
from helix_graph.store import EmbeddedServer, open_store

__all__ = ["app", "streamlit_command"]


def streamlit_command(port: int, address: str = "127.0.0.1", config=None) -> list[str]:
    """The command line that runs the app: headless, no usage statistics, no file watcher.

    The store settings travel as the script's own arguments (after ``--``), never through
    the environment.
    """
    script = Path(__file__).resolve().parents[1] / "ui" / "app_entry.py"
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.port",
        str(port),
        "--server.address",
        address,
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--global.developmentMode",
        "false",
        "--server.fileWatcherType",
        "none",
        "--client.toolbarMode",
        "minimal",
    ]
    return command + (["--", *settings_args(config)] if config is not None else [])


@click.command()
@click.option(
    "--port",
    default=8501,
    show_default=True,
    type=click.IntRange(1, 65535),
    help="Port to listen on.",
)
@click.option(
    "--address",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (the default keeps the app on this machine).",
)
@store_option
def app(port, address, store_kind) -> None:
    """Start the explorer in the browser (Streamlit) on the graph store.

    With the embedded store, an empty graph gets the seed loaded first. With
    HELIX_STORE=neo4j (or --store neo4j) the app reads your Neo4j database as it is.
    """
    config = config_from(store_kind)
    embedded = EmbeddedServer(config.data_dir) if config.store == "embedded" else None
    started_here = embedded is not None and embedded.info() is None
    store = open_store(config)
    try:
        # imported here: every other command starts without the loader's modules
        from helix_graph.ingest.seed_files import read_dataset
        from helix_graph.load import graph_counts, load_dataset
        from helix_graph.resources import resource_dir

        if config.store == "embedded" and not any(graph_counts(store)["nodes"].values()):
            load_dataset(store, read_dataset([resource_dir("seed")]))
            click.echo(f"The graph '{config.graph_name}' was empty: loaded the seed.", err=True)
        _warm_up(store)
    finally:
        store.close()
    click.echo(f"helix-graph explorer on http://{address}:{port}  (Ctrl+C stops it)", err=True)
    from streamlit.web import cli as streamlit_cli

    try:
        streamlit_cli.main(args=streamlit_command(port, address, config)[3:], prog_name="streamlit")
    finally:
        _after_the_app(embedded, started_here)


def _after_the_app(embedded: EmbeddedServer | None, started_here: bool) -> None:
    """Stop the embedded FalkorDB this command started; leave one that ran before, and say which."""
    if embedded is None:
        return
    if started_here:
        embedded.stop()
        click.echo(
            f"Stopped the embedded FalkorDB this app started; the data stays in {embedded.data_dir}.",
            err=True,
        )
    else:
        click.echo(
            "The embedded FalkorDB keeps running (it was running before the app); stop it with "
            "'helix-graph db stop'.",
            err=True,
        )


def _warm_up(store) -> None:
    """Import what the pages need and read the network before Streamlit starts.

    Streamlit runs in this process, so modules imported here are already loaded when the
    app script first runs (about 1.5 s saved on the first page), and the network read
    here is handed to the app's cache (seconds saved at CORDIS scale).
    """
    import altair  # noqa: F401
    import igraph  # noqa: F401

    import helix_graph.analysis
    import helix_graph.export  # noqa: F401
    from helix_graph.viz import vis_network_css, vis_network_js

    vis_network_js()
    vis_network_css()
    from helix_graph.ui.preload import preload

    click.echo("Reading the network…", err=True)
    preload(store)
