"""``helix-graph load``, ``stats`` and ``query``."""

from __future__ import annotations

import click

from helix_graph.cli.common import (
    emit,
    json_option,
    load_with_progress,
    parse_params,
    store_from,
    store_option,
)
from helix_graph.ingest.seed_files import read_dataset
from helix_graph.load import DEFAULT_BATCH_SIZE, graph_counts
from helix_graph.resources import resource_dir


def counts_text(counts: dict) -> str:
    nodes = ", ".join(f"{label} {n}" for label, n in counts["nodes"].items())
    rels = ", ".join(f"{rel} {n}" for rel, n in counts["relationships"].items())
    return f"Nodes: {nodes}\nRelationships: {rels}"


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--batch-size",
    default=DEFAULT_BATCH_SIZE,
    show_default=True,
    type=click.IntRange(1, 100_000),
    help="Rows per UNWIND statement.",
)
@click.option(
    "--dry-run", is_flag=True, help="Check the files and say what would change; write nothing."
)
@store_option
@json_option
@click.pass_context
def load(ctx, paths, batch_size, dry_run, store_kind, as_json) -> None:
    """Load data files in the seed format (YAML or CSV; files or folders; default: the seed).

    The whole input is checked before anything is written; loading twice changes nothing.
    """
    dataset = read_dataset(paths or [resource_dir("seed")])
    if dry_run:
        from helix_graph.load import preview_load

        changes = preview_load(store_from(ctx, store_kind), dataset)
        emit(
            {"dry_run": True, "read": dataset.counts(), "would_change": changes},
            as_json,
            lambda d: (
                "Checked "
                + ", ".join(f"{n} {k}" for k, n in d["read"].items())
                + "; nothing written. "
                "A load would bring: "
                + "; ".join(
                    f"{k}: {v['new']} new, {v['changed']} changed, {v['unchanged']} unchanged"
                    for k, v in d["would_change"].items()
                )
                + "."
            ),
        )
        return
    data = {
        "loaded": dataset.counts(),
        **load_with_progress(store_from(ctx, store_kind), dataset, batch_size),
    }
    emit(
        data,
        as_json,
        lambda d: (
            "Loaded "
            + ", ".join(f"{n} {k}" for k, n in d["loaded"].items())
            + f" into {d['store']['backend']}.\n"
            + counts_text(d)
        ),
    )


@click.command()
@store_option
@json_option
@click.pass_context
def stats(ctx, store_kind, as_json) -> None:
    """Count nodes by label and relationships by type."""
    emit(graph_counts(store_from(ctx, store_kind)), as_json, counts_text)


@click.command()
@click.argument("cypher_text", metavar="CYPHER")
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A query parameter ($NAME); the value is read as JSON when it can be. Repeatable.",
)
@click.option(
    "--limit",
    default=1000,
    show_default=True,
    type=click.IntRange(1, 1_000_000),
    help="At most this many rows.",
)
@click.option(
    "--timeout",
    "timeout_s",
    default=30.0,
    show_default=True,
    type=click.FloatRange(0.1, 3600),
    help="Seconds before the query is stopped.",
)
@store_option
@json_option
@click.pass_context
def query(ctx, cypher_text, params, limit, timeout_s, store_kind, as_json) -> None:
    """Run a read-only Cypher query; writes are refused and change nothing."""
    rows = store_from(ctx, store_kind).query_read_only(
        cypher_text, parse_params(params), limit=limit, timeout_ms=int(timeout_s * 1000)
    )

    def table(rows):
        if not rows:
            return "(no rows)"
        columns = list(rows[0])
        lines = ["\t".join(columns)] + [
            "\t".join(str(row.get(c, "")) for c in columns) for row in rows
        ]
        return "\n".join(lines)

    emit(rows, as_json, table)
