"""``helix-graph import cordis|csv`` and ``helix-graph extract``: bring your own data.

Every import reads and checks the whole input first and writes only then, so a bad row
leaves the store exactly as it was.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from helix_graph.cli.common import (
    Stages,
    emit,
    json_option,
    load_with_progress,
    progress_bar,
    store_from,
    store_option,
)
from helix_graph.errors import DataError, HelixError, UsageError
from helix_graph.load import DEFAULT_BATCH_SIZE

__all__ = ["import_group", "merges_group", "extract", "CORDIS_BATCH_SIZE"]

CORDIS_BATCH_SIZE = 20_000

_ENCODING = click.option(
    "--encoding",
    default="utf-8",
    show_default=True,
    help="Encoding of the files: utf-8 (a byte-order mark is fine), cp1250, latin-1…",
)
_DRY_RUN = click.option("--dry-run", is_flag=True, help="Read and check only; write nothing.")
_BATCH = click.option(
    "--batch-size",
    default=DEFAULT_BATCH_SIZE,
    show_default=True,
    type=click.IntRange(1, 100_000),
    help="Rows per UNWIND statement.",
)


def _summary(data: dict) -> str:
    read = ", ".join(f"{n} {k}" for k, n in data["read"].items())
    lines = [
        f"Read {read}"
        + (
            " (dry run: nothing written)."
            if data.get("dry_run")
            else f"; loaded into {data['store']['backend']}."
        )
    ]
    for key, value in data.get("report", {}).items():
        if key in ("projects", "organisations", "participations") or not value:
            continue
        if key == "merges":
            lines.append(f"merged {len(value)} records (kept as aliases; see --json for each):")
            lines += [
                f"  {m['merged_name']!r} → {m['kept_name']!r} ({m['rule']}, score {m['score']:.0f})"
                for m in value
            ]
            continue
        if key == "review_file":
            lines.append(
                f"proposed merges are in {value}; {data['report']['to_review']} are for you to "
                f"decide (decision column: accept or reject), then: helix-graph merges apply {value}"
                if data["report"]["to_review"]
                else f"no merges left to decide (the review file is {value})"
            )
            continue
        if key == "to_review":
            continue
        if key == "review":
            lines.append(f"{len(value)} items to review:")
            lines += [f"  {item}" for item in value]
            continue
        if isinstance(value, dict):
            value = "; ".join(f"{k}: {', '.join(v)}" for k, v in value.items() if v)
        elif isinstance(value, list):
            value = "; ".join(map(str, value))
        if value:
            lines.append(f"{key.replace('_', ' ')}: {value}")
    return "\n".join(lines)


@click.group(name="import")
def import_group() -> None:
    """Import data in other formats: CORDIS bulk downloads, CSV or Excel tables."""


@import_group.command(name="cordis")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--resolve",
    "resolve_names",
    is_flag=True,
    help="Also merge organisations named alike, within the download and with those in the graph; "
    "every proposed merge is written to a review file.",
)
@click.option(
    "--review",
    "review_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="With --resolve: the CSV of proposed merges (default: NAME.merges.csv beside the "
    "download). Decisions already in it are kept; accepted merges are made.",
)
@_ENCODING
@_DRY_RUN
@click.option(
    "--batch-size",
    default=CORDIS_BATCH_SIZE,
    show_default=True,
    type=click.IntRange(1, 100_000),
    help="Rows per UNWIND statement (large batches load a whole download faster).",
)
@store_option
@json_option
@click.pass_context
def import_cordis(
    ctx, paths, resolve_names, review_file, encoding, dry_run, batch_size, store_kind, as_json
) -> None:
    """Import a CORDIS download: a zip with project.csv and organization.csv, or the two files.

    activityType gives the helix sector (HES, REC → academia; PRC → industry; PUB →
    government; OTH → civil society), ecContribution the participation's budget, the
    framework programme the Programme; rows without a country are imported and counted.

    With --resolve, organisations named alike are proposed for merging in a review file:
    the sure ones marked accept and made in the graph, the judgments left empty. Edit the
    decision column, then `helix-graph merges apply FILE`; `helix-graph merges undo FILE`
    brings merged organisations back.
    """
    from helix_graph.ingest.cordis import read_cordis

    stage = "reading"
    # memory set aside and given back on a MemoryError, so that saying so does not fail too
    reserve = bytearray(_RESERVE_BYTES)
    hook, sys.unraisablehook = sys.unraisablehook, _unraisable_ignored
    try:
        bar = progress_bar(total=None, desc="reading CORDIS rows")
        try:
            dataset, report = read_cordis(list(paths), encoding=encoding, progress=bar.update)
        finally:
            bar.close()
        details = report.as_dict()
        store = store_from(ctx, store_kind) if resolve_names or not dry_run else None
        review = None
        if resolve_names:
            stage = "finding organisations named alike in"
            review = Path(review_file) if review_file else _review_beside(Path(paths[0]))
            proposals = _propose(dataset, store, review)
            details["review_file"] = str(review)
            details["to_review"] = sum(1 for m in proposals if not m.decision)
            details["merges"] = []
        data = {"read": dataset.counts(), "report": details, "dry_run": dry_run}
        if not dry_run:
            stage = "loading"
            data.update(load_with_progress(store, dataset, batch_size))
            if review is not None:
                from helix_graph.ingest.resolve import apply_merges

                stage = "merging the organisations of"
                details["merges"] = [m.as_dict() for m in apply_merges(store, review)]
    except MemoryError as exc:
        del reserve
        hook = _unraisable_ignored  # what is freed from here on may fail in its finaliser too
        exc.__traceback__ = None  # its frames hold what was read: let it go before saying so
        raise HelixError(_out_of_memory(stage, paths)) from None
    finally:
        sys.unraisablehook = hook
    emit(data, as_json, _summary)


def _review_beside(download: Path) -> Path:
    """The default review file: ``NAME.merges.csv`` beside the download (in it, for a folder)."""
    if download.is_dir():
        return download / "merges.csv"
    return download.with_name(download.stem + ".merges.csv")


def _propose(dataset, store, review: Path):
    from helix_graph.ingest.resolve import propose_merges, read_aliases, write_review

    # a person's decisions in the review file are explicit knowledge: accept = same, reject = distinct
    aliases = read_aliases(review) if review.exists() else None
    names = ["reading the graph's organisations", "normalising names", "comparing names alike"]
    with Stages([*names, "deciding the merges", "writing the review file"], "resolving") as stage:
        proposals = propose_merges(dataset, aliases, store=store, stage=stage)
        stage("writing the review file")
        write_review(review, proposals)
    return proposals


_RESERVE_BYTES = 16 << 20


def _unraisable_ignored(_unraisable) -> None:
    """While memory may run out: errors in finalisers are not reported (reporting allocates).

    Set before the work, not once the MemoryError is caught: the frames it unwinds free
    objects whose finalisers fail too, and the default hook, failing for want of memory,
    would print half a line before the one sentence the user gets. Put back when the work
    ends, unless it ended for want of memory.
    """


def _out_of_memory(stage: str, paths) -> str:
    """One sentence for a MemoryError: where it happened, what is written, what to do."""
    written = {
        "merging the organisations of": "the download is loaded but its merges are not made; free memory and run "
        "'helix-graph merges apply' on the review file",
        "loading": "the load stopped (the embedded store keeps the graph as it was; loading "
        "again completes a Neo4j load); close other programs and run the import again",
    }.get(
        stage,
        "nothing was written; close other programs (or import on a machine with more memory) "
        "and run the import again",
    )
    return f"there was not enough memory while {stage} {paths[0]}: {written}."


@click.group(name="merges")
def merges_group() -> None:
    """Make or undo the merges of a review file written by `import cordis --resolve`."""


@merges_group.command(name="apply")
@click.argument("review_file", type=click.Path(exists=True, dir_okay=False))
@store_option
@json_option
@click.pass_context
def merges_apply(ctx, review_file, store_kind, as_json) -> None:
    """Make the accepted merges of REVIEW_FILE in the graph (rows whose decision is accept).

    Each merged organisation's names become aliases of the kept one, its participations
    move to it, and its node is deleted; the row's status becomes applied.
    """
    from helix_graph.ingest.resolve import apply_merges

    reserve = bytearray(_RESERVE_BYTES)
    hook, sys.unraisablehook = sys.unraisablehook, _unraisable_ignored
    try:
        made = apply_merges(store_from(ctx, store_kind), review_file)
    except MemoryError as exc:
        del reserve
        hook = _unraisable_ignored
        exc.__traceback__ = None
        raise HelixError(
            f"there was not enough memory to apply the merges of {review_file}: nothing was "
            "written; close other programs and run the command again"
        ) from None
    finally:
        sys.unraisablehook = hook
    emit({"merges": [m.as_dict() for m in made]}, as_json, _merges_text("merged"))


@merges_group.command(name="undo")
@click.argument("review_file", type=click.Path(exists=True, dir_okay=False))
@click.argument("merged_ids", nargs=-1)
@store_option
@json_option
@click.pass_context
def merges_undo(ctx, review_file, merged_ids, store_kind, as_json) -> None:
    """Undo applied merges of REVIEW_FILE: those of the MERGED_IDS named, or all.

    The merged organisations come back with their participations, the kept ones are as
    before, and the rows become reject (an import with this file keeps them apart).
    Ties written back by `analyze` for a merged organisation are not restored: analyse again.
    """
    from helix_graph.ingest.resolve import undo_merges

    undone = undo_merges(store_from(ctx, store_kind), review_file, list(merged_ids) or None)
    emit({"merges": [m.as_dict() for m in undone]}, as_json, _merges_text("undone"))


def _merges_text(verb: str):
    def text(data: dict) -> str:
        lines = [f"{verb} {len(data['merges'])} organisation merges"]
        lines += [
            f"  {m['merged_name']!r} ({m['merged']}) → {m['kept_name']!r} ({m['kept']})"
            for m in data["merges"]
        ]
        return "\n".join(lines)

    return text


@import_group.command(name="csv")
@click.argument("path", type=click.Path())
@click.option(
    "--map",
    "mapping_text",
    metavar="FIELD=COLUMN,…",
    help="Which column holds what: project=…,organisation=…,country=…,sector=…,role=…,budget=…",
)
@click.option(
    "--mapping", "mapping_file", type=click.Path(), help="A YAML or JSON file with the mapping."
)
@click.option("--sheet", default=None, help="Excel: the sheet to read (default: the first).")
@click.option(
    "--delimiter",
    default=None,
    help="CSV delimiter: , ; | or tab (default: guessed from the header).",
)
@click.option(
    "--aliases",
    "aliases_file",
    type=click.Path(),
    default=None,
    help="YAML file of names that are the same organisation or project (same:) or are not (distinct:).",
)
@click.option(
    "--no-resolve", is_flag=True, help="Do not merge organisations and projects named alike."
)
@click.option(
    "--source",
    default=None,
    help="Name of the source kept on every record (default: the file name).",
)
@_ENCODING
@_DRY_RUN
@_BATCH
@store_option
@json_option
@click.pass_context
def import_csv(
    ctx,
    path,
    mapping_text,
    mapping_file,
    sheet,
    delimiter,
    aliases_file,
    no_resolve,
    source,
    encoding,
    dry_run,
    batch_size,
    store_kind,
    as_json,
) -> None:
    """Import a CSV or Excel table with one row per organisation in a project (keep.eu exports, own lists).

    Columns are named with --map or --mapping; other columns are ignored. A missing sector
    is filled by the helix classifier and marked inferred. Organisations named alike —
    within the table, and with those already in the graph — are merged (each merge
    reported, the other names kept as aliases) unless --no-resolve.
    """
    from helix_graph.ingest.resolve import read_aliases, resolve
    from helix_graph.ingest.tabular import read_mapping, read_table

    if bool(mapping_text) == bool(mapping_file):
        raise UsageError(
            "name the columns with either --map FIELD=COLUMN,… or --mapping FILE (one of the two)"
        )
    mapping = read_mapping(mapping_text=mapping_text, mapping_file=mapping_file)
    delimiter = {"tab": "\t", "\\t": "\t"}.get(delimiter, delimiter) if delimiter else None
    dataset, report = read_table(
        path,
        mapping,
        encoding=mapping.encoding or encoding,
        delimiter=mapping.delimiter or delimiter,
        sheet=mapping.sheet or sheet,
        source=source,
    )
    details = report.as_dict()
    store = store_from(ctx, store_kind) if not (no_resolve and dry_run) else None
    if not no_resolve:
        dataset, merges = resolve(
            dataset, read_aliases(aliases_file) if aliases_file else None, store=store
        )
        details["merges"] = [m.as_dict() for m in merges]
    data = {"read": dataset.counts(), "report": details, "dry_run": dry_run}
    if not dry_run:
        data.update(load_with_progress(store, dataset, batch_size))
    emit(data, as_json, _summary)


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Write one draft data file (seed format, YAML) per page into this folder.",
)
@click.option(
    "--language",
    type=click.Choice(
        ["auto", "sl", "hr", "en", "lv", "lt", "et", "de", "it", "hu", "pl", "fr", "sk"]
    ),
    default="auto",
    show_default=True,
    help="Language of the pages.",
)
@json_option
def extract(files, out_dir, language, as_json) -> None:
    """Extract project, programme, dates, budget and partners from project pages (sl, hr, en, lv, lt, et, de, it, hu, pl, fr).

    Prints what was found; with --out writes a draft data file per page (and one
    programmes.yaml) to review and then `helix-graph load DIR`. Whatever the extractor is unsure of is listed under review.
    """
    from helix_graph.ingest.extract import draft_files, extract_files

    # a page that cannot be read is named in one sentence; the others are still extracted
    results, problems = extract_files(
        [Path(f) for f in files], language=None if language == "auto" else language
    )
    written = []
    if out_dir:
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        for name, text in draft_files(results).items():
            (out / name).write_text(text, encoding="utf-8")
            written.append(str(out / name))
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2, default=str))
        _report_problems(problems)
        return

    def text(results):
        lines = []
        for result in results:
            project = result["project"]
            lines.append(
                f"{result['file']}: {project.get('acronym') or project.get('title') or '(no project name)'}"
                f" — {len(result['partners'])} partners"
            )
            lines += [
                f"  {p['name']} ({p.get('country') or '?'})"
                + (f", {p['role']}" if p.get("role") else "")
                for p in result["partners"]
            ]
            lines += [f"  review: {item}" for item in result["review"]]
        lines += [f"wrote {path}" for path in written]
        return "\n".join(lines)

    emit(results, False, text)
    _report_problems(problems)


def _report_problems(problems: list[str]) -> None:
    for problem in problems[:-1]:
        click.echo(f"Error: {problem}", err=True)
    if problems:
        raise DataError(problems[-1])
