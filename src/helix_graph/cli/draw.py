"""``helix-graph draw``: the Explore page's view as SVG, PNG or a standalone HTML file."""

from __future__ import annotations

from pathlib import Path

import click

from helix_graph.cli.analysis import SEED_OPTION, filter_options
from helix_graph.cli.common import Stages, emit, json_option, store_from, store_option
from helix_graph.errors import UsageError

__all__ = ["draw"]


@click.command()
@click.option(
    "--out",
    "out_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="The file to write: .svg, .png, .html, or .gexf (Gephi, with this layout and colours).",
)
@click.option(
    "--graph",
    "view",
    default="collaboration",
    show_default=True,
    help="collaboration, multipartite, project or country.",
)
@click.option(
    "--colour",
    "--color",
    "colour",
    default=None,
    help="helix_sector, community, country (organisations) or programme (projects).",
)
@click.option("--size", default=None, help="A metric, e.g. degree, betweenness, pagerank.")
@click.option(
    "--top",
    default=None,
    type=int,
    help="Views with more nodes show their top N by --size (or degree).  [default: 1000]",
)
@click.option(
    "--summary",
    default="top",
    show_default=True,
    help="Above --top nodes: top (the top N), community or country (super-nodes).",
)
@click.option("--ego", default=None, help="An organisation (name or id): its ego network.")
@click.option("--steps", default=1, show_default=True, type=click.IntRange(1, 2), help="Ego steps.")
@click.option("--community", default=None, type=int, help="One community's own network.")
@click.option(
    "--by",
    default=None,
    help="One picture per slice in the places of the whole period: period, year or "
    "windows (2014-2016,2017-2020); .html gets one file with a slider.",
)
@click.option(
    "--scale",
    default=1.0,
    show_default=True,
    type=click.FloatRange(0.1, 20),
    help="PNG pixels per drawing pixel.",
)
@click.option("--print", "for_print", is_flag=True, help="PNG at print resolution (300 dpi).")
@filter_options
@SEED_OPTION
@store_option
@json_option
@click.pass_context
def draw(
    ctx,
    out_path,
    view,
    colour,
    size,
    top,
    summary,
    ego,
    steps,
    community,
    by,
    scale,
    for_print,
    filters,
    seed,
    store_kind,
    as_json,
) -> None:
    """Draw the view the app's Explore page shows, to an SVG, PNG or standalone HTML file.

    The same view, colours, sizes, filters, layout and labels as the app: an organisation
    keeps its place when a filter narrows the view, labels never overlap, and the file
    carries a legend and a caption with the data, the filters and the date.
    """
    from helix_graph import analysis as a
    from helix_graph.files import write_atomically
    from helix_graph.viz import FORMATS, PRINT_SCALE, scene_html, scene_png, scene_svg
    from helix_graph.viz.render import scene_gexf
    from helix_graph.viz.views import COLOURS, TOP_N, VIEWS, network_scene, source_of

    fmt = Path(out_path).suffix.lower().lstrip(".")
    if fmt not in (*FORMATS, "gexf"):
        raise UsageError(
            f"--out '{out_path}' must end in .svg, .png, .html or .gexf (the format is the extension)"
        )
    if view not in VIEWS:
        raise UsageError(f"--graph '{view}' is unknown; use one of {', '.join(VIEWS)}")
    colour = colour or COLOURS[view][0]
    store = store_from(ctx, store_kind)
    with Stages(["reading", "laying out", "rendering"], "drawing") as stage:
        stage("reading")
        everything = a.read_network(store)
        a.check_programmes(store, filters)
        ego_id = a.find_organisation(everything.organisations, ego) if ego is not None else None
        network = a.filter_network(everything, filters) if filters != a.Filters() else everything
        choices = dict(
            view=view, colour=colour, size=size, top=TOP_N if top is None else top, summary=summary
        )
        stage("laying out")
        anchor = None
        # the app's rule: a filtered view keeps the places of the unfiltered one (same picture)
        if filters != a.Filters() and ego_id is None and community is None:
            anchor = network_scene(a.Analysis(everything, seed=seed), **choices).positions
        source = source_of(store)
        scene = network_scene(
            a.Analysis(network, seed=seed),
            ego=ego_id,
            steps=steps,
            community=community,
            anchor=anchor,
            source=source,
            **choices,
        )
        stage("rendering")
        if by is not None:
            _draw_slices(
                network,
                by,
                scene,
                out_path,
                fmt,
                colour,
                size,
                source,
                seed,
                for_print,
                scale,
                as_json,
            )
            return
        if fmt == "gexf":  # the drawn graph, every tie and attribute, with the view's layout
            data = scene_gexf(scene)
        elif fmt == "svg":
            data = scene_svg(scene)
        elif fmt == "png":
            data = scene_png(scene, scale=PRINT_SCALE if for_print else scale)
        else:
            data = scene_html(scene, standalone=True)
    path = write_atomically(out_path, data)
    result = {
        "file": str(path),
        "format": fmt,
        "nodes": len(scene.nodes),
        "ties": len(scene.edges),
        "labels": len(scene.labelled(1.0)),
        "view_nodes": scene.graph_nodes,
        "note": scene.note,
    }
    emit(
        result,
        as_json,
        lambda d: (
            f"Wrote {d['file']}: {d['nodes']:,} nodes, {d['ties']:,} ties, {d['labels']:,} labels."
            + (f" {d['note']}" if d["note"] else "")
        ),
    )


def _draw_slices(
    network, by, union, out_path, fmt, colour, size, source, seed, for_print, scale, as_json
):
    from helix_graph import analysis as a
    from helix_graph.files import write_atomically
    from helix_graph.viz import PRINT_SCALE, scene_html, scene_png, scene_svg
    from helix_graph.viz.views import slice_scene

    result = a.evolution(network, a.parse_slicing(by), seed=seed)
    scenes = [
        (
            label,
            slice_scene(result, label, union.positions, colour=colour, size=size, source=source),
        )
        for label in result.labels
    ]
    out = Path(out_path)
    files = []
    if fmt == "html":
        files.append(write_atomically(out, scene_html(union, standalone=True, frames=scenes)))
    else:
        for label, scene in scenes:
            name = "".join(c if c.isalnum() else "-" for c in label.replace("–", "-")).strip("-")
            target = out.with_name(f"{out.stem}-{name}{out.suffix}")
            data = (
                scene_svg(scene)
                if fmt == "svg"
                else scene_png(scene, scale=PRINT_SCALE if for_print else scale)
            )
            files.append(write_atomically(target, data))
    emit(
        {"files": [str(f) for f in files], "slices": result.labels},
        as_json,
        lambda d: (
            f"Wrote {len(d['files'])} file(s) for {len(d['slices'])} slices: "
            + ", ".join(d["files"])
        ),
    )
