"""What every command shares: the --store and --json options, the store, output."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click

from helix_graph.config import Settings, settings
from helix_graph.errors import UsageError
from helix_graph.store import GraphStore, open_store

__all__ = [
    "store_option",
    "json_option",
    "config_from",
    "store_from",
    "emit",
    "parse_params",
    "progress_bar",
    "load_with_progress",
]


def store_option(command: Callable) -> Callable:
    """``--store embedded|neo4j`` (default: the HELIX_STORE setting)."""
    return click.option(
        "--store",
        "store_kind",
        type=click.Choice(["embedded", "neo4j"]),
        default=None,
        help="Graph store to use (default: HELIX_STORE, else embedded).",
    )(command)


def _remember_quiet(ctx: click.Context, _param, value: bool) -> bool:
    if value:
        ctx.meta["helix_quiet"] = True
    return value


def json_option(command: Callable) -> Callable:
    """``--json`` (machine-readable output) and ``--quiet`` (no output but errors), for every command that prints."""
    command = click.option(
        "--quiet",
        "-q",
        is_flag=True,
        expose_value=False,
        callback=_remember_quiet,
        help="Print nothing but errors (with --json, the JSON still).",
    )(command)
    return click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")(
        command
    )


def quiet() -> bool:
    """Whether the running command was given ``--quiet``."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.meta.get("helix_quiet"))


def config_from(store_kind: str | None) -> Settings:
    return settings(store=store_kind)


def store_from(ctx: click.Context, store_kind: str | None) -> GraphStore:
    """Open the chosen store once for this command; closed when the command ends."""
    store = open_store(config_from(store_kind))
    ctx.call_on_close(store.close)
    return store


def emit(data: Any, as_json: bool, text: Callable[[Any], str] | None = None) -> None:
    """Print ``data`` as JSON, or as text for a person."""
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    elif not quiet():
        click.echo(
            text(data) if text else json.dumps(data, ensure_ascii=False, indent=2, default=str)
        )


def parse_params(pairs: tuple[str, ...]) -> dict[str, Any]:
    """``name=value`` pairs as query parameters; a value that reads as JSON is taken as JSON."""
    params: dict[str, Any] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep or not name.isidentifier():
            raise UsageError(
                f"--param '{pair}' is not of the form name=value; write e.g. --param country=SI"
            )
        try:
            params[name] = json.loads(raw)
        except ValueError:
            params[name] = raw
    return params


def progress_bar(total: int | None = None, desc: str = ""):
    """A tqdm bar on stderr, shown only when stderr is a terminal."""
    from tqdm import tqdm

    return tqdm(
        total=total,
        desc=desc,
        unit="row",
        file=sys.stderr,
        disable=True if quiet() else None,
        leave=False,
    )


class Stages:
    """A bar over a command's named stages (on stderr, shown only on a terminal).

    ``stage(name)`` as each stage begins; used as a context manager, the bar is closed at
    the end whatever happens.

    Examples
    --------
    >>> with Stages(["reading", "writing"], "demo") as stage:
    ...     stage("reading"); stage("writing")
    >>> stage.done
    2
    """

    def __init__(self, names, desc: str):
        self.names = list(names)
        self.bar = progress_bar(total=len(self.names), desc=desc)
        self.bar.unit = "stage"
        self.done = 0
        self._begun = False

    def __call__(self, name: str) -> None:
        if self._begun:  # the stage before this one is done
            self.done += 1
            self.bar.update(1)
        self._begun = True
        self.bar.set_postfix_str(name)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if self._begun:
            self.done += 1
            self.bar.update(1)
        self.bar.close()


def load_with_progress(store: GraphStore, dataset, batch_size: int) -> dict[str, Any]:
    """Load ``dataset`` with a progress bar; return where it went and the store's counts after."""
    from helix_graph.load import graph_counts, load_dataset

    bar = progress_bar(total=None, desc="loading")
    try:

        def progress(step, done, total):
            bar.total = total
            bar.set_description(step)
            bar.update(done - bar.n)

        load_dataset(store, dataset, batch_size=batch_size, progress=progress)
    finally:
        bar.close()
    return {"store": store.describe(), **graph_counts(store)}
