"""``helix-graph analyze``, ``export``, ``recommend`` and ``synth``."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from pathlib import Path

import click

from helix_graph.cli.common import (
    Stages,
    emit,
    json_option,
    progress_bar,
    store_from,
    store_option,
)
from helix_graph.errors import UsageError
from helix_graph.model import HELIX_SECTORS, country_label

__all__ = ["analyze", "export", "recommend", "synth", "filter_options"]


def _years(value: str | None) -> tuple[int, int] | None:
    if not value:
        return None
    start, sep, end = value.partition("-")
    try:
        return (int(start), int(end or start)) if sep or start else None
    except ValueError:
        raise UsageError(
            f"--years '{value}' is not a year or a range; write e.g. --years 2014-2020"
        ) from None


def filter_options(command: Callable) -> Callable:
    """The filters every analysis command shares (all repeatable except --years and --min-weight).

    The command is called with one :class:`~helix_graph.analysis.Filters` as ``filters``.
    """
    options = [
        click.option("--programme", "programmes", multiple=True, help="Programme id (repeatable)."),
        click.option("--years", help="Projects running in these years, e.g. 2014-2020 or 2019."),
        click.option(
            "--country",
            "countries",
            multiple=True,
            help="Organisations based in this country (ISO code; repeatable).",
        ),
        click.option(
            "--sector",
            "sectors",
            multiple=True,
            help="Helix sector: government, industry, academia, civil_society (repeatable).",
        ),
        click.option(
            "--role",
            "roles",
            multiple=True,
            help="Participation role: lead, partner, associated, observer (repeatable).",
        ),
        click.option(
            "--kind",
            "kinds",
            multiple=True,
            help="Organisation kind, e.g. municipality, university (repeatable).",
        ),
        click.option(
            "--min-weight",
            default=1,
            show_default=True,
            type=int,
            help="Keep ties with at least this many shared projects.",
        ),
    ]
    names = ("programmes", "years", "countries", "sectors", "roles", "kinds", "min_weight")

    @functools.wraps(command)
    def with_filters(*args, **kwargs):
        # the command receives one Filters (``filters``), checked here for every command alike
        kwargs["filters"] = _filters(*(kwargs.pop(name) for name in names))
        return command(*args, **kwargs)

    for option in reversed(options):
        with_filters = option(with_filters)
    return with_filters


def _filters(programmes, years, countries, sectors, roles, kinds, min_weight):
    from helix_graph.analysis import Filters

    return Filters(
        programmes=programmes,
        years=_years(years),
        countries=countries,
        sectors=sectors,
        roles=roles,
        kinds=kinds,
        min_weight=min_weight,
    )


ENGINE_OPTION = click.option(
    "--engine",
    type=click.Choice(["auto", "networkx", "igraph"]),
    default="auto",
    show_default=True,
    help="Compute engine (auto: igraph; networkx is the pure-Python reference).",
)
SEED_OPTION = click.option(
    "--seed",
    default=0,
    show_default=True,
    type=int,
    help="Seed of communities and samples, so a run can be repeated.",
)


@click.command()
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False),
    help="Folder for the result files.",
)
@filter_options
@ENGINE_OPTION
@SEED_OPTION
@click.option(
    "--communities",
    "community_method",
    type=click.Choice(["leiden", "louvain", "label_propagation"]),
    default="leiden",
    show_default=True,
    help="Community detection method.",
)
@click.option(
    "--betweenness-k",
    type=click.IntRange(2, None),
    default=None,
    help="Sample this many sources for betweenness (default: exact below 5,000 organisations, else 64).",
)
@click.option(
    "--all-kinds",
    is_flag=True,
    help="Under-connected report on every organisation, not only local actors.",
)
@click.option(
    "--write",
    "write_back_flag",
    is_flag=True,
    help="Also write the metrics and COLLABORATES_WITH ties into the store (replaces earlier ones).",
)
@click.option(
    "--by",
    "by",
    default=None,
    help="Slice by programming period (period), start year (year) or windows "
    "(2014-2016,2017-2020): evolution.csv, movers.csv, ties.csv and slices/<slice>/.",
)
@click.option("--verbose", "-v", is_flag=True, help="Print how long each stage took (to stderr).")
@store_option
@json_option
@click.pass_context
def analyze(
    ctx,
    out_dir,
    filters,
    engine,
    seed,
    community_method,
    betweenness_k,
    all_kinds,
    write_back_flag,
    by,
    verbose,
    store_kind,
    as_json,
) -> None:
    """Run the full network analysis and write its tables to --out.

    Writes organisations.csv, projects.csv, countries.csv, communities.csv,
    under_connected.csv, collaboration_edges.csv, helix.json and manifest.json; with
    --by, the evolution between slices and every slice's own tables.
    """
    from helix_graph.analysis import LOCAL_KINDS
    from helix_graph.analysis import analyze as run_analysis
    from helix_graph.export import write_back

    store = store_from(ctx, store_kind)
    if by is not None:
        _analyze_by(
            store, filters, out_dir, by, as_json,
            engine=engine, seed=seed, community_method=community_method,
            betweenness_k=betweenness_k, under_connected_kinds=None if all_kinds else LOCAL_KINDS,
        )  # fmt: skip
        return
    bar = progress_bar(total=None, desc="analysing")
    bar.unit = "step"
    try:

        def progress(step, done, total):
            bar.total = total
            bar.set_description(step)
            bar.update(done - bar.n)

        result = run_analysis(
            store,
            filters,
            out_dir,
            engine=engine,
            seed=seed,
            community_method=community_method,
            betweenness_k=betweenness_k,
            under_connected_kinds=None if all_kinds else LOCAL_KINDS,
            progress=progress,
        )
        if write_back_flag:
            result.manifest["write_back"] = write_back(store, result.organisations, result.edges)
    finally:
        bar.close()
    if verbose:
        click.echo(
            "Stage timings (s): "
            + ", ".join(f"{k} {v:.2f}" for k, v in result.manifest["timings_s"].items()),
            err=True,
        )
    data = {
        "out": str(Path(out_dir)),
        "counts": result.manifest["counts"],
        "collaboration_ties": result.manifest["collaboration_ties"],
        "communities": len(result.partition),
        "modularity": result.partition.modularity,
        "timings_s": result.manifest["timings_s"],
        "under_connected_top": result.under_connected.head(5)[
            ["rank", "id", "name", "score", "reasons"]
        ].to_dict("records"),
        "write_back": result.manifest.get("write_back"),
    }

    def text(d):
        if not d["counts"]["organisations"]:
            return f"No organisation matches these filters; empty tables written to {d['out']}."
        lines = [
            f"Analysed {d['counts']['organisations']} organisations, {d['counts']['projects']} projects, "
            f"{d['collaboration_ties']} collaboration ties; {d['communities']} communities "
            f"(modularity {d['modularity']:.3f}). Files in {d['out']} "
            f"({d['timings_s'].get('total', 0):.1f} s)."
        ]
        if d["under_connected_top"]:
            lines.append("Most under-connected:")
            lines += [
                f"  {r['rank']}. {r['name']} ({r['score']:.2f}): {r['reasons']}"
                for r in d["under_connected_top"]
            ]
        if d["write_back"]:
            lines.append(
                "Written back: {organisations} organisations, {ties_written} COLLABORATES_WITH ties.".format(
                    **d["write_back"]
                )
            )
        return "\n".join(lines)

    emit(data, as_json, text)


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "parquet", "graphml", "gexf", "json"]),
    default=None,
    help="File format (default: from the --out file's extension). csv and parquet: nodes and ties files.",
)
@click.option(
    "--graph",
    "graph_kind",
    type=click.Choice(["collaboration", "multipartite", "project", "country"]),
    default="collaboration",
    show_default=True,
    help="Which graph.",
)
@click.option(
    "--out",
    "out_path",
    required=True,
    type=click.Path(),
    help="A file (its extension gives the format when --format is left out), or a folder for csv and parquet.",
)
@click.option(
    "--no-metrics", is_flag=True, help="Leave out the centrality and community attributes."
)
@filter_options
@ENGINE_OPTION
@SEED_OPTION
@store_option
@json_option
@click.pass_context
def export(
    ctx,
    fmt,
    graph_kind,
    out_path,
    no_metrics,
    filters,
    engine,
    seed,
    store_kind,
    as_json,
) -> None:
    """Export a graph with its attributes (sector, country, metrics) for Gephi, NetworkX or pandas.

    The node attributes are the analysis tables themselves: a CSV export of the
    collaboration graph has the same nodes file as analyze's organisations.csv.
    """
    from helix_graph import analysis as a
    from helix_graph.export import EXPORT_FORMATS, export_graph

    if fmt is None:
        fmt = Path(out_path).suffix.lower().lstrip(".")
        if fmt not in EXPORT_FORMATS:
            raise UsageError(
                f"--out '{out_path}' does not say the format; give --format "
                f"({', '.join(EXPORT_FORMATS)}) or a file ending in one of them"
            )
    with Stages(["reading", "measuring", "writing"], "exporting") as stage:
        stage("reading")
        network = a.read_network(store_from(ctx, store_kind), filters)
        stage("measuring")
        core = a.Analysis(network, engine=engine, seed=seed)
        G, table = core.graph_with_table(graph_kind)
        stage("writing")
        paths = export_graph(G, out_path, fmt, node_table=None if no_metrics else table)
    data = {
        "graph": graph_kind,
        "format": fmt,
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "files": [str(p) for p in paths],
    }
    emit(
        data,
        as_json,
        lambda d: (
            f"Wrote the {d['graph']} graph ({d['nodes']} nodes, {d['edges']} edges) to "
            + ", ".join(d["files"])
            + "."
        ),
    )


def _analyze_by(store, filters, out_dir, by, as_json, **parameters) -> None:
    import time

    from helix_graph import analysis as a

    slicing = a.parse_slicing(by)
    started = time.perf_counter()
    network = a.read_network(store, filters)
    measuring = progress_bar(total=None, desc="measuring each slice")
    measuring.unit = "slice"
    try:

        def measured(label, done, total):
            measuring.total = total
            measuring.set_postfix_str(label)
            measuring.update(1)

        result = a.evolution(network, slicing, seed=parameters["seed"], progress=measured)
    finally:
        measuring.close()
    evolution_s = time.perf_counter() - started
    bar = progress_bar(total=len(result.labels), desc="analysing each slice")
    bar.unit = "slice"
    try:

        def done(label):
            bar.set_postfix_str(label)
            bar.update(1)

        a.write_evolution(result, out_dir, progress=done, **parameters)
    finally:
        bar.close()
    table = result.table
    data = {
        "out": str(Path(out_dir)),
        "slices": table[["slice", "projects", "organisations", "ties"]].to_dict("records"),
        "evolution_s": round(evolution_s, 2),
    }

    def text(d):
        lines = [
            f"Sliced into {len(d['slices'])} slices ({d['evolution_s']:.1f} s); files in {d['out']}:"
        ]
        lines += [
            f"  {r['slice']}: {r['projects']:,} projects, {r['organisations']:,} organisations, {r['ties']:,} ties"
            + (" (no project runs in this window)" if not r["projects"] else "")
            for r in d["slices"]
        ]
        if any(r["slice"] == a.UNDATED for r in d["slices"]):
            lines.append("  (undated: projects without a start date, counted apart)")
        return "\n".join(lines)

    emit(data, as_json, text)


@click.command()
@click.argument("organisation")
@click.option(
    "-k",
    "--top",
    "k",
    default=10,
    show_default=True,
    type=click.IntRange(1, 1000),
    help="How many suggestions.",
)
@click.option(
    "--with-country",
    "with_countries",
    multiple=True,
    help="Only suggest organisations from this country (repeatable).",
)
@click.option(
    "--with-sector",
    "with_sectors",
    multiple=True,
    help="Only suggest organisations of this helix sector (repeatable).",
)
@click.option(
    "--cross-border/--same-country",
    "cross_border",
    default=None,
    help="Only other countries, or only the organisation's own.",
)
@click.option(
    "--fill-gap",
    "fill_gap",
    help="Only partners of this helix sector (academia, industry, government, civil_society), "
    "ranked by the same model: to fill a gap in the organisation's network.",
)
@filter_options
@store_option
@json_option
@click.pass_context
def recommend(
    ctx,
    organisation,
    k,
    with_countries,
    with_sectors,
    cross_border,
    fill_gap,
    filters,
    store_kind,
    as_json,
) -> None:
    """Suggest partners ORGANISATION (its name or id) should meet, each with its reasons.

    Filters narrow where to look; an organisation it already shares a project with in the
    loaded data is never suggested, whatever the filters. --programme naming an Interreg
    programme ("Interreg Alpine Space", "SI-AT") keeps only partners eligible there; a
    programme id of the loaded data filters its projects, as for analyze.
    """
    from helix_graph import analysis as a
    from helix_graph.analysis.eligibility import find_interreg_programme
    from helix_graph.store.cypher import cypher

    store = store_from(ctx, store_kind)
    eligible_in = None
    programmes = filters.programmes
    if programmes:
        stored = {row["id"] for row in store.read(cypher("read/analysis_programmes"))}
        unknown = [p for p in programmes if p not in stored]
        if len(programmes) > 1 and unknown:
            raise UsageError(
                "give one Interreg programme to --programme, or only programme ids of the "
                "loaded data to filter projects"
            )
        if unknown or len(programmes) == 1:
            try:
                eligible_in = find_interreg_programme(programmes[0])
            except UsageError as problem:
                if unknown:
                    raise UsageError(
                        f"{problem}; programme ids of the loaded data: "
                        f"{', '.join(sorted(stored)) or '(none)'}"
                    ) from None
            else:  # an Interreg programme: who is eligible, not which projects to keep
                programmes = ()
    chosen = dataclasses.replace(filters, programmes=programmes)
    everything = a.read_network(
        store
    )  # who counts as a partner already: all the data, whatever the filters
    a.check_programmes(store, chosen)
    org_id = a.find_organisation(everything.organisations, organisation)
    network = everything if chosen == a.Filters() else a.filter_network(everything, chosen)
    if org_id not in set(network.organisations["id"]):
        raise UsageError(
            f"'{organisation}' takes part in no project these filters keep; loosen the filters"
        )
    table = a.recommend_partners(
        a.collaboration_view(network),
        org_id,
        k,
        countries=with_countries or None,
        sectors=with_sectors or None,
        cross_border=cross_border,
        known=a.known_partners(everything, org_id),
        network=network,
        programme=eligible_in,
        fill_gap=fill_gap.strip().lower().replace(" ", "_") if fill_gap else None,
    )
    rows = table.to_dict("records")
    name = everything.organisations.set_index("id").at[org_id, "name"]
    data = {
        "organisation": org_id,
        "name": name if isinstance(name, str) else org_id,
        "parameters": table.attrs.get("parameters", {}),
        "suggestions": rows,
    }

    def text(d):
        if not d["suggestions"]:
            return (
                f"No suggestion for {d['name']}: no organisation is left under these filters; "
                "loosen --with-country, --with-sector, --fill-gap, --programme or the filters."
            )
        lines = [f"Partners {d['name']} could meet:"]
        # names, not codes; how sure each one is closes its reasons
        lines += [
            f"  {r['rank']}. {r['name']} ({HELIX_SECTORS.get(r['helix_sector'], r['helix_sector'])}, "
            f"{country_label(r['country']) or 'country unknown'}): {r['reasons']}"
            for r in d["suggestions"]
        ]
        return "\n".join(lines)

    emit(data, as_json, text)


@click.command()
@click.option(
    "--participations",
    "n",
    required=True,
    type=click.IntRange(2, 10_000_000),
    help="About this many participations (150000 is Horizon 2020's size).",
)
@click.option("--seed", default=0, show_default=True, type=int, help="Same seed, same files.")
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False),
    help="Folder for the CSV files.",
)
@json_option
def synth(n, seed, out_dir, as_json) -> None:
    """Write a synthetic Interreg-like dataset in the seed format (load it with helix-graph load DIR)."""
    from helix_graph.synth import synthesize, write_synth

    dataset = synthesize(n, seed)
    paths = write_synth(dataset, out_dir)
    data = {"counts": dataset.counts(), "seed": seed, "files": [str(p) for p in paths]}
    emit(
        data,
        as_json,
        lambda d: (
            "Wrote "
            + ", ".join(f"{v} {k}" for k, v in d["counts"].items())
            + f" to {out_dir} (seed {seed})."
        ),
    )
