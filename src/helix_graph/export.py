"""Export graphs and tables to files (CSV, Parquet, GraphML, GEXF, node-link JSON), and
write analysis results back into the store as node properties and COLLABORATES_WITH ties.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Literal, get_args, get_origin

import networkx as nx
import numpy as np
import pandas as pd

from helix_graph.analysis.centrality import METRICS
from helix_graph.errors import UsageError
from helix_graph.model import Organisation, Participation, Project
from helix_graph.store.base import GraphStore
from helix_graph.store.collector import collector_paused
from helix_graph.store.cypher import cypher

__all__ = [
    "EXPORT_FORMATS",
    "WRITE_BACK_METRICS",
    "clean_table",
    "write_table",
    "parquet_types",
    "graph_for_file",
    "export_graph",
    "write_back",
]

EXPORT_FORMATS = ("csv", "parquet", "graphml", "gexf", "json")
WRITE_BACK_METRICS = (*METRICS, "community", "constraint", "effective_size", "brokerage")
"""The organisation table's measures that ``write_back`` stores on the nodes
(``cypher/write/organisation_metrics.cypher`` sets exactly these)."""


def _plain(value):
    """A value every file format can hold: lists and tuples joined by ';', NaN/inf as None."""
    if isinstance(value, (list, tuple, set, np.ndarray)):
        return ";".join(str(v) for v in value)
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, np.bool_):
        return bool(value)
    return value


def _cell(value):
    """A text cell: missing values empty, lists joined by ';'."""
    kind = type(value)
    if kind is str:
        return value
    if (
        kind is tuple or kind is list
    ):  # the shared projects of a tie: most cells of the largest table
        try:
            return ";".join(value)
        except TypeError:  # not all text
            return ";".join(map(str, value))
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    return _plain(value)


def clean_table(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with no NaN or infinity in number columns (0.0) and list cells joined by ';'.

    Nullable number columns (``Int64``, ``Float64``) keep their missing values: they mean
    "not applicable" and are written as empty cells.
    """
    out = frame.copy()
    with collector_paused():  # a text cell per tie
        _clean_columns(out)
    return out


def _clean_columns(out: pd.DataFrame) -> None:
    # a column is written back only when it has something to clean: most have nothing, and
    # an assignment costs more than the look (a fixed cost of every table, small ones too)
    for column in out.columns:
        series = out[column]
        if pd.api.types.is_extension_array_dtype(series) and series.dtype.kind in "iuf":
            # nullable numbers say "not applicable" on purpose (e.g. no previous slice): kept, written empty
            if np.isinf(series.to_numpy(dtype=float, na_value=np.nan)).any():
                out[column] = series.replace([np.inf, -np.inf], pd.NA)
            continue
        if pd.api.types.is_float_dtype(series):
            values = series.to_numpy()
            finite = np.isfinite(values)
            if not finite.all():
                out[column] = np.where(finite, values, 0.0)
        elif series.dtype != object and pd.api.types.is_string_dtype(series):
            if series.isna().any():  # a text dtype: nothing but text and missing values
                out[column] = series.fillna("")
        elif series.dtype == object:
            if pd.api.types.infer_dtype(series, skipna=True) in ("string", "empty"):
                missing = series.isna()
                if missing.any():  # text (ids, names): no Python step per cell
                    out[column] = series.where(~missing, "")
                continue
            # lists to join, numbers and missing values in a text column: one Python step per cell
            out[column] = pd.Series(
                [v if type(v) is str else str(_cell(v)) for v in series.to_numpy(dtype=object)],
                index=series.index,
                dtype=object,
            )


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A text cell beginning with one of these could run as a formula in a spreadsheet (OWASP)."""


def neutralise_formulas(table):
    """An Arrow table whose text cells a spreadsheet would run as a formula are prefixed with ``'``.

    Numbers stay numbers: only text columns are looked at, in Arrow's compute kernels.

    Examples
    --------
    >>> import pyarrow as pa
    >>> t = neutralise_formulas(pa.table({"name": ["=HYPERLINK(1)", "Ptuj", "@SUM(1)"], "n": [-1, 2, 3]}))
    >>> t.to_pydict()
    {'name': ["'=HYPERLINK(1)", 'Ptuj', "'@SUM(1)"], 'n': [-1, 2, 3]}
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = []
    for column in table.columns:
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            risky = None
            for start in FORMULA_STARTS:
                hit = pc.fill_null(pc.starts_with(column, start), False)
                risky = hit if risky is None else pc.or_(risky, hit)
            if pc.any(risky).as_py():
                quote, empty = pa.scalar("'", column.type), pa.scalar("", column.type)
                column = pc.if_else(
                    risky, pc.binary_join_element_wise(quote, column, empty), column
                )
        columns.append(column)
    return pa.table(columns, names=table.column_names)


def write_table(frame: pd.DataFrame, path: str | Path, fmt: str | None = None) -> Path:
    """Write a cleaned table as CSV (UTF-8, a header row) or Parquet, by ``fmt`` or the file suffix.

    Both go through Apache Arrow's writers (CSV about ten times faster than pandas' at
    800,000 rows).
    """
    import pyarrow as pa
    import pyarrow.csv as pa_csv

    path = Path(path)
    fmt = fmt or path.suffix.lstrip(".")
    if fmt not in ("csv", "parquet"):
        raise UsageError(f"table format '{fmt}' is unknown; use csv or parquet")
    path.parent.mkdir(parents=True, exist_ok=True)
    table = clean_table(frame)
    if fmt == "csv":
        # Arrow converts the text columns in C, each once
        arrow = neutralise_formulas(pa.Table.from_pandas(table, preserve_index=False))
        pa_csv.write_csv(arrow, path, pa_csv.WriteOptions(quoting_style="needed"))
    else:
        import pyarrow.parquet as pq

        pq.write_table(parquet_types(pa.Table.from_pandas(table, preserve_index=False)), path)
    return path


CATEGORY_COLUMNS = frozenset(
    {
        *(
            name
            for model in (Organisation, Participation, Project)
            for name, info in model.model_fields.items()
            if get_origin(info.annotation) is Literal
            or Literal in map(get_origin, get_args(info.annotation))
        ),
        "country",
        "country_name",
        "programme",
        "status",
        "type",
    }
)
"""Columns holding a small vocabulary (sector, kind, role, country…): categories in Parquet."""

_ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


def parquet_types(table):
    """An Arrow table with dates as dates and vocabularies as categories, for a Parquet file.

    A text column whose every value is an ISO date (``2018-04-17``; empty cells missing)
    becomes ``date32``; a column of :data:`CATEGORY_COLUMNS` is dictionary-encoded, which
    pandas reads back as ``category`` and R's arrow package as a factor.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = []
    for name, column in zip(table.column_names, table.columns):
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            filled = pc.if_else(pc.equal(column, ""), pa.scalar(None, column.type), column)
            present = pc.drop_null(filled)
            if len(present) and pc.all(pc.match_substring_regex(present, _ISO_DATE)).as_py():
                try:
                    column = pc.cast(pc.strptime(filled, "%Y-%m-%d", "s"), pa.date32())
                except pa.ArrowInvalid:  # 2020-13-45 looks like a date and is not: keep the text
                    pass
            elif name in CATEGORY_COLUMNS:
                column = pc.dictionary_encode(filled)
        columns.append(column)
    return pa.table(columns, names=table.column_names)


def graph_for_file(G: nx.Graph, node_table: pd.DataFrame | None = None) -> nx.Graph:
    """A copy of ``G`` that GraphML and GEXF accept: plain attribute values, no None, no private keys.

    Every node gets ``label`` = its name (the id where it has none), the caption Gephi,
    Cytoscape and yEd show; a node type kept under ``label`` (the multipartite graph's)
    moves to ``type``, and a record id kept under ``id`` to ``record_id`` (GEXF and
    node-link JSON would take it for the node's own id). ``node_table`` (column ``id`` and one column per attribute, e.g. a
    metrics table) adds its columns to the nodes it names, in the same pass.
    """
    extra: dict = {}
    if node_table is not None and len(node_table):
        columns = [c for c in node_table.columns if c != "id"]
        extra = {
            row[0]: dict(zip(columns, row[1:]))
            for row in node_table[["id", *columns]].itertuples(index=False, name=None)
        }
    H = G.__class__()
    H.graph.update(
        {
            k: _plain(v)
            for k, v in G.graph.items()
            if not k.startswith("_") and _plain(v) is not None
        }
    )
    for node, data in G.nodes(data=True):
        attributes = {**data, **extra.get(node, {})}
        if (
            "label" in attributes
        ):  # the multipartite graph's node type: Gephi and yEd read `label` as the caption
            attributes["type"] = attributes.pop("label")
        if (
            "id" in attributes
        ):  # GEXF and node-link JSON take an `id` attribute as the node's own id
            attributes["record_id"] = attributes.pop("id")
        # the name a person reads is the label Gephi (GEXF, GraphML), Cytoscape and yEd show
        attributes["label"] = attributes.get("name") or str(node)
        H.add_node(
            str(node), **{k: _plain(v) for k, v in attributes.items() if _plain(v) is not None}
        )
    for u, v, data in G.edges(data=True):
        H.add_edge(
            str(u), str(v), **{k: _plain(val) for k, val in data.items() if _plain(val) is not None}
        )
    # GraphML needs one type per attribute: a key missing on some nodes is fine, mixed types are not
    for key in {k for _, d in H.nodes(data=True) for k in d}:
        values = [d[key] for _, d in H.nodes(data=True) if key in d]
        if len({type(v) for v in values}) > 1:
            for _, d in H.nodes(data=True):
                if key in d:
                    d[key] = str(d[key])
    return H


def export_graph(
    G: nx.Graph,
    path: str | Path,
    fmt: str,
    *,
    node_table: pd.DataFrame | None = None,
    viz: dict | None = None,
) -> list[Path]:
    """Write ``G`` in one of :data:`EXPORT_FORMATS`.

    Parameters
    ----------
    G : networkx.Graph
        Node and edge attributes are written; lists become ';'-joined strings.
    path : path
        A file for graphml, gexf and json (node-link). For csv and parquet, a folder that
        gets ``nodes.<fmt>`` (column ``id`` and one per attribute) and ``edges.<fmt>``
        (``source``, ``target`` and one per attribute) — or a file named ``NAME.<fmt>``,
        which gets the nodes, with the ties in ``NAME.edges.<fmt>`` beside it.
    fmt : {"csv", "parquet", "graphml", "gexf", "json"}
    node_table : pandas.DataFrame, optional
        Column ``id`` and one column per extra node attribute (e.g. the metrics); ``G``
        itself is left as it is. For csv and parquet the nodes file is this table, as it
        is (the same file as the analysis writes).
    viz : dict, optional
        Node id → GEXF ``viz`` (``color``, ``position``, ``size``), e.g.
        :meth:`helix_graph.viz.scene.Scene.viz`: a GEXF then opens in Gephi as drawn.

    Returns
    -------
    list of Path
        The files written.

    Raises
    ------
    UsageError
        For an unknown format.
    """
    if fmt not in EXPORT_FORMATS:
        raise UsageError(
            f"export format '{fmt}' is unknown; use one of {', '.join(EXPORT_FORMATS)}"
        )
    path = Path(path)
    tabular = fmt in ("csv", "parquet")
    H = graph_for_file(G, None if tabular else node_table)
    if tabular:
        if path.suffix.lower() == f".{fmt}":  # a file: the nodes there, the ties beside it
            nodes_path, edges_path = path, path.with_name(f"{path.stem}.edges.{fmt}")
        else:
            path.mkdir(parents=True, exist_ok=True)
            nodes_path, edges_path = path / f"nodes.{fmt}", path / f"edges.{fmt}"
        nodes = (
            node_table
            if node_table is not None
            else pd.DataFrame([{"id": n, **d} for n, d in H.nodes(data=True)], columns=None)
        )
        if nodes.empty and not len(nodes.columns):
            nodes = pd.DataFrame(columns=["id"])
        edges = pd.DataFrame([{"source": u, "target": v, **d} for u, v, d in H.edges(data=True)])
        if edges.empty:
            edges = pd.DataFrame(columns=["source", "target"])
        return [write_table(nodes, nodes_path, fmt), write_table(edges, edges_path, fmt)]
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        nx.write_graphml(H, path)
    elif fmt == "gexf":
        for node, spec in (viz or {}).items():  # the view's colours, positions and sizes
            if node in H:
                H.nodes[node]["viz"] = spec
        _write_gexf(H, path)
    else:
        data = nx.node_link_data(H, edges="edges")
        path.write_text(json.dumps(data, ensure_ascii=False, allow_nan=False), encoding="utf-8")
    return [path]


def _write_gexf(H: nx.Graph, path: Path) -> None:
    """GEXF 1.2 as its published schema has it (checked in the tests against gephi/gexf's XSD).

    Two things NetworkX's writer would get wrong: an edge attribute ``type`` (the
    multipartite graph's relationship type) would become the edge's XML ``type``, which
    must be directed, undirected or mutual, so it is written as ``relationship``; and the
    ``name`` attribute it puts on ``<graph>`` is not in the schema.
    """
    from networkx.readwrite.gexf import GEXFWriter

    for _, _, data in H.edges(data=True):
        if "type" in data:
            data["relationship"] = data.pop("type")
    writer = GEXFWriter(version="1.2draft")
    writer.add_graph(H)
    writer.graph_element.attrib.pop("name", None)
    writer.write(path)


def write_back(
    store: GraphStore,
    organisations: pd.DataFrame,
    edges: pd.DataFrame | None = None,
    *,
    batch_size: int = 5_000,
    progress: Callable[[str, int, int], None] | None = None,
) -> dict[str, int]:
    """Write metrics onto Organisation nodes and replace the COLLABORATES_WITH ties.

    Idempotent: properties are overwritten, and every existing COLLABORATES_WITH tie is
    deleted before the current ones are created, so running it twice leaves one tie per
    pair.

    Parameters
    ----------
    store : GraphStore
    organisations : DataFrame
        ``id`` and any of :data:`WRITE_BACK_METRICS` (missing ones are written as null).
    edges : DataFrame, optional
        source, target, weight, projects (from :func:`collaboration_edges`); None leaves
        the ties as they are.

    Returns
    -------
    dict
        organisations updated, ties deleted, ties written.
    """
    table = clean_table(organisations)
    rows = [
        {"id": row["id"], **{m: _plain(row[m]) if m in row else None for m in WRITE_BACK_METRICS}}
        for row in table.to_dict("records")
    ]
    done = {"organisations": 0, "ties_deleted": 0, "ties_written": 0}
    for start in range(0, len(rows), batch_size):
        result = store.write(
            cypher("write/organisation_metrics"), {"rows": rows[start : start + batch_size]}
        )
        done["organisations"] += result[0]["count"] if result else 0
        if progress:
            progress("metrics", min(start + batch_size, len(rows)), len(rows))
    if edges is None:
        return done
    while True:
        result = store.write(cypher("write/delete_collaborations"), {"limit": 50_000})
        deleted = result[0]["count"] if result else 0
        done["ties_deleted"] += deleted
        if not deleted:
            break
    projects = edges["projects"] if "projects" in edges else pd.Series([()] * len(edges))
    tie_rows = [
        {"source": s, "target": t, "weight": int(w), "projects": list(p)}
        for s, t, w, p in zip(edges["source"], edges["target"], edges["weight"], projects)
    ]
    for start in range(0, len(tie_rows), batch_size):
        result = store.write(
            cypher("write/collaborations"), {"rows": tie_rows[start : start + batch_size]}
        )
        done["ties_written"] += result[0]["count"] if result else 0
        if progress:
            progress("ties", min(start + batch_size, len(tie_rows)), len(tie_rows))
    return done
