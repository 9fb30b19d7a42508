"""The query console is read-only: writes are refused and change nothing."""

from __future__ import annotations

import pytest
from conftest import graph_snapshot

from helix_graph.errors import ReadOnlyError, StoreError
from helix_graph.store.readonly import ensure_read_only

WRITES = [
    "CREATE (n:Project {id: 'x'})",
    "MATCH (n:Project) SET n.title = 'x'",
    "MATCH (n:Project) set n.title = 'x'",
    "MERGE (n:Country {id: 'ZZ'})",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Organisation) DELETE n",
    "MATCH (n:Organisation) REMOVE n.name",
    "DROP INDEX ON :Project(id)",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "load  csv with headers from 'file:///x.csv' AS row RETURN row",
    "MATCH (n) FOREACH (x IN [1] | SET n.y = x)",
    "CALL db.idx.fulltext.createNodeIndex('Organisation', 'name')",
    "CALL apoc.create.node(['X'], {})",
    "MATCH (n) RETURN n /* harmless */ UNION MATCH (m) CREATE (m)-[:X]->(m) RETURN m",
]

READS = [
    "MATCH (n:Project) RETURN n.acronym AS acronym",
    "MATCH (n:Organisation) WHERE n.name = 'CREATE TABLE; DELETE' RETURN n.id AS id",
    "MATCH (n:Organisation) WHERE n.name CONTAINS $text RETURN n.id AS id",
    "// DELETE in a comment\nMATCH (n:Project) RETURN count(n) AS n",
    "MATCH (n) RETURN n.settings AS settings, n.created AS created",
    "CALL db.labels()",
]


@pytest.mark.parametrize("query", WRITES)
def test_writes_are_refused_and_change_nothing(query, seed_store):
    before = graph_snapshot(seed_store)
    with pytest.raises(ReadOnlyError) as caught:
        seed_store.query_read_only(query)
    assert str(caught.value).startswith("The query console is read-only:")
    assert graph_snapshot(seed_store) == before


@pytest.mark.parametrize("query", READS)
def test_reads_pass_the_guard(query):
    ensure_read_only(query)


def test_the_engine_refuses_a_write_the_guard_did_not_see(seed_store):
    """Defence in depth: FalkorDB's own read-only command refuses writes too."""
    before = graph_snapshot(seed_store)
    with pytest.raises(ReadOnlyError, match="FalkorDB plans this query as a write"):
        seed_store._read_only_rows("CREATE (n:X)", {}, 1000)
    assert graph_snapshot(seed_store) == before


def test_rows_are_limited_and_parameters_used(seed_store):
    rows = seed_store.query_read_only(
        "MATCH (o:Organisation) WHERE o.country = $c RETURN o.id AS id ORDER BY id",
        {"c": "SI"},
        limit=3,
    )
    assert rows == [{"id": "center-noordung"}, {"id": "gea-college"}, {"id": "ra-kozjansko"}]


def test_hostile_text_travels_as_a_parameter(seed_store):
    hostile = "x' }) DETACH DELETE n //"
    before = graph_snapshot(seed_store)
    assert (
        seed_store.query_read_only(
            "MATCH (o:Organisation {name: $name}) RETURN o.id AS id", {"name": hostile}
        )
        == []
    )
    assert graph_snapshot(seed_store) == before


def test_the_limit_is_part_of_the_query_so_a_cross_product_stops_early(seed_store):
    # ~70 nodes to the fourth power: 24 million rows, far beyond the timeout if all were made
    rows = seed_store.query_read_only(
        "MATCH (a), (b), (c), (d) RETURN a.id AS a, b.id AS b, c.id AS c, d.id AS d",
        limit=5,
        timeout_ms=5_000,
    )
    assert len(rows) == 5


def test_a_query_that_runs_past_its_timeout_is_stopped_with_a_sentence(seed_store):
    with pytest.raises(StoreError) as caught:
        seed_store.query_read_only(
            "MATCH (a), (b), (c), (d), (e) RETURN count(*) AS n", timeout_ms=200
        )
    assert str(caught.value) == (
        "The query timed out after 0.2 s and was stopped; narrow it (a WHERE, fewer patterns) "
        "or allow it longer (helix-graph query --timeout)."
    )


@pytest.mark.parametrize(
    "query, limit, expected",
    [
        # a LIMIT of its own that is smaller is kept; a larger one gives way
        ("MATCH (c:Country) RETURN c.code AS code ORDER BY code LIMIT 2", 5, ["AT", "CH"]),
        ("MATCH (c:Country) RETURN c.code AS code ORDER BY code LIMIT 20", 3, ["AT", "CH", "CS"]),
        # each part of a UNION is limited, and the whole cut to the limit
        (
            "MATCH (c:Country) RETURN c.code AS code ORDER BY code UNION "
            "MATCH (s:HelixSector) RETURN s.code AS code ORDER BY code",
            2,
            ["AT", "CH"],
        ),
        # a string holding LIMIT and a comment after the RETURN change nothing
        (
            "MATCH (c:Country) WHERE c.name <> 'LIMIT 1' RETURN c.code AS code ORDER BY code "
            "// the codes",
            2,
            ["AT", "CH"],
        ),
        # a map in the RETURN, a RETURN inside a subquery: the outer one gets the limit
        (
            "MATCH (c:Country) CALL { WITH c RETURN c.code AS code } "
            "RETURN {code: code}.code AS code ORDER BY code",
            2,
            ["AT", "CH"],
        ),
        # a procedure on its own is cut after reading
        ("CALL db.labels() YIELD label RETURN label ORDER BY label", 2, ["Country", "HelixSector"]),
    ],
)
def test_limits_on_real_queries(seed_store, query, limit, expected):
    rows = seed_store.query_read_only(query, limit=limit)
    assert [next(iter(row.values())) for row in rows] == expected


def test_a_query_that_outgrows_its_memory_is_stopped_with_a_sentence(seed_store):
    from helix_graph.store.embedded import QUERY_MEMORY_BYTES

    redis_client = seed_store.client.connection
    assert redis_client.execute_command("GRAPH.CONFIG", "GET", "QUERY_MEM_CAPACITY") == [
        "QUERY_MEM_CAPACITY",
        QUERY_MEMORY_BYTES,
    ]
    redis_client.execute_command("GRAPH.CONFIG", "SET", "QUERY_MEM_CAPACITY", 1 << 20)
    try:  # ~70 nodes to the third power, every pair kept in one list: far beyond 1 MiB
        with pytest.raises(StoreError) as caught:
            seed_store.query_read_only(
                "MATCH (a), (b), (c) RETURN size(collect([a.id, b.id, c.id])) AS n"
            )
    finally:
        redis_client.execute_command(
            "GRAPH.CONFIG", "SET", "QUERY_MEM_CAPACITY", QUERY_MEMORY_BYTES
        )
    assert str(caught.value) == (
        "The query needed more memory than one query may take and was stopped; narrow it "
        "(a WHERE, fewer patterns, no collect() over everything)."
    )
