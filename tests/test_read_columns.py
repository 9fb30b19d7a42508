"""read_columns: the values read() gives, one list per column; read_network built on it gives the same tables."""

from __future__ import annotations

import uuid

import numpy as np
import pandas as pd
import pytest
from test_cypher_files import SAMPLE_PARAMS, _parameters

from helix_graph.analysis.network import (
    ORGANISATION_COLUMNS,
    PARTICIPATION_COLUMNS,
    PROJECT_COLUMNS,
    Filters,
    Network,
    filter_network,
    read_network,
)
from helix_graph.store import FalkorDBStore, GraphStore
from helix_graph.store.cypher import cypher, cypher_dir, cypher_files

READS = [
    str(p.relative_to(cypher_dir()).with_suffix(""))
    for p in cypher_files()
    if p.parent.name == "read"
]


def _transposed(rows: list[dict]) -> dict[str, list]:
    return {name: [row[name] for row in rows] for name in (rows[0] if rows else ())}


@pytest.mark.parametrize("name", READS)
def test_every_read_file_gives_the_rows_values(name, seed_store):
    params = {
        p: SAMPLE_PARAMS[p]
        for p in _parameters((cypher_dir() / f"{name}.cypher").read_text())
        if p != "rows"
    }
    rows = seed_store.read(cypher(name), params)
    columns = seed_store.read_columns(cypher(name), params)
    assert columns == _transposed(rows) or (not rows and not any(columns.values()))


@pytest.mark.parametrize(
    "query",
    [
        (
            "UNWIND range(0, 3) AS i RETURN i AS i, toString(i) AS text, i * 1.5 AS double, i % 2 = 0 AS even, "
            "CASE WHEN i > 1 THEN 'x' END AS sometimes, 1e300 AS big"
        ),
        "MATCH (o:Organisation) RETURN o.id AS id, o.sources AS sources, {kind: o.kind} AS map ORDER BY id LIMIT 5",
        "MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p) RETURN o AS organisation, r AS tie ORDER BY o.id LIMIT 3",
    ],
)
def test_scalars_lists_maps_and_nodes(query, seed_store):
    columns = seed_store.read_columns(query)
    assert columns == _transposed(seed_store.read(query))
    assert columns == GraphStore.read_columns(seed_store, query)  # the rows-based default (Neo4j's)


def test_parameters_and_an_absent_graph(seed_store, falkordb_client):
    query = "MATCH (o:Organisation) WHERE o.country IN $countries RETURN o.id AS id ORDER BY id"
    params = {"countries": ["SI", "AT"]}
    assert seed_store.read_columns(query, params) == _transposed(seed_store.read(query, params))
    assert (
        FalkorDBStore(falkordb_client, f"absent_{uuid.uuid4().hex[:8]}").read_columns(query, params)
        == {}
    )


def _old_frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """How read_network built its tables from read() before read_columns."""
    frame = (
        pd.DataFrame.from_records(rows, columns=columns) if rows else pd.DataFrame(columns=columns)
    )
    return frame.astype(object).where(frame.notna(), None) if not frame.empty else frame


@pytest.mark.parametrize(
    "filters",
    [Filters(), Filters(countries=("SI",)), Filters(years=(2023, 2024))],
    ids=["all", "Slovenia", "2023-2024"],
)
def test_read_network_gives_the_tables_read_gave(seed_store, filters):
    old = filter_network(
        Network(
            *(
                _old_frame(seed_store.read(cypher(f"read/analysis_{name}")), columns)
                for name, columns in (
                    ("organisations", ORGANISATION_COLUMNS),
                    ("projects", PROJECT_COLUMNS),
                    ("participations", PARTICIPATION_COLUMNS),
                )
            )
        ),
        filters,
    )
    new = read_network(seed_store, filters)
    for table in ("organisations", "projects", "participations"):
        pd.testing.assert_frame_equal(getattr(new, table), getattr(old, table))
        assert set(getattr(new, table).dtypes) == {np.dtype(object)}
    assert None in set(new.organisations["city"])  # missing values are None, not NaN


def test_read_network_of_an_empty_graph(store):
    network = read_network(store)
    assert network.empty and list(network.organisations.columns) == ORGANISATION_COLUMNS
