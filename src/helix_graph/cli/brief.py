"""``helix-graph brief``: the facilitator brief on one organisation, as HTML or PDF."""

from __future__ import annotations

from pathlib import Path

import click

from helix_graph.cli.analysis import SEED_OPTION, filter_options
from helix_graph.cli.common import Stages, emit, json_option, store_from, store_option
from helix_graph.errors import UsageError

__all__ = ["brief"]


@click.command()
@click.argument("organisation")
@click.option(
    "--out",
    "out_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="brief.html (self-contained, printable) or brief.pdf (needs Chromium).",
)
@filter_options
@SEED_OPTION
@store_option
@json_option
@click.pass_context
def brief(
    ctx,
    organisation,
    out_path,
    filters,
    seed,
    store_kind,
    as_json,
) -> None:
    """Write the facilitator brief on ORGANISATION (its name or id): who it is, its projects and
    partners, why it is under-connected, ten partners to meet with their reasons, and drawings
    of its network before and after."""
    from helix_graph import analysis as a
    from helix_graph.brief import brief_html, brief_pdf
    from helix_graph.files import write_atomically
    from helix_graph.viz.views import source_of

    fmt = Path(out_path).suffix.lower().lstrip(".")
    if fmt not in ("html", "pdf"):
        raise UsageError(f"--out '{out_path}' must end in .html or .pdf")
    store = store_from(ctx, store_kind)
    with Stages(["reading", "writing the brief", "printing"], "brief") as stage:
        stage("reading")
        everything = a.read_network(store)
        a.check_programmes(store, filters)
        org_id = a.find_organisation(everything.organisations, organisation)
        network = a.filter_network(everything, filters) if filters != a.Filters() else everything
        source = source_of(store)
        stage("writing the brief")
        html = brief_html(a.Analysis(network, seed=seed), everything, org_id, source=source)
        stage("printing")
        path = write_atomically(out_path, brief_pdf(html) if fmt == "pdf" else html)
    name = everything.organisations.set_index("id").at[org_id, "name"]
    emit(
        {"file": str(path), "organisation": org_id, "name": name, "format": fmt},
        as_json,
        lambda d: f"Wrote the brief on {d['name']} to {d['file']}.",
    )
