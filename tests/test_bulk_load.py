"""FalkorDB's bulk insert gives exactly the graph the batched MERGE gives: nodes, ties, schema."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from conftest import graph_snapshot

from helix_graph.errors import DataError
from helix_graph.ingest.seed_files import read_dataset
from helix_graph.load import load_dataset
from helix_graph.model import Dataset, Organisation, Participation, Programme, Project
from helix_graph.store import FalkorDBStore
from helix_graph.synth import synthesize, write_synth


@pytest.fixture(scope="session")
def synth_dataset(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synth2000")
    write_synth(synthesize(2000, seed=3), folder)
    return read_dataset([folder])


@pytest.fixture
def other_store(falkordb_client):
    """A second empty graph in the session's server, dropped after the test."""
    store = FalkorDBStore(falkordb_client, f"test_{uuid.uuid4().hex[:12]}")
    yield store
    store.delete_graph()


def _schema(store) -> tuple[list, list]:
    indexes = store.read(
        "CALL db.indexes() YIELD label, properties, status RETURN label, properties, status"
    )
    constraints = store.read(
        "CALL db.constraints() YIELD type, label, properties, entitytype, status "
        "RETURN type, label, properties, entitytype, status"
    )
    key = lambda row: repr(sorted(row.items()))  # noqa: E731
    return sorted(indexes, key=key), sorted(constraints, key=key)


def _both_ways(store, other_store, dataset):
    bulk = load_dataset(store, dataset)
    merged = load_dataset(other_store, dataset, bulk=False)
    assert bulk.bulk and not merged.bulk
    assert bulk.rows == merged.rows
    return graph_snapshot(store), graph_snapshot(other_store)


@pytest.mark.parametrize("which", ["seed", "synthetic 2000"])
def test_bulk_insert_gives_the_merge_graph(which, store, other_store, seed_dataset, synth_dataset):
    dataset = seed_dataset if which == "seed" else synth_dataset
    bulk, merged = _both_ways(store, other_store, dataset)
    assert bulk == merged
    assert len(bulk[0]) == sum(
        dataset.counts()[k] for k in ("programmes", "projects", "organisations")
    ) + 4 + len(dataset.country_codes())
    assert _schema(store) == _schema(other_store)
    assert all(row["status"] == "OPERATIONAL" for rows in _schema(store) for row in rows)


def test_bulk_insert_keeps_every_kind_of_value(store, other_store):
    """Quotes, backslashes, line breaks, non-ASCII text, empty text and lists, numbers, booleans, dates."""
    text = 'Zavod "Š" \\ back\\nslash\nsecond line\ttab ❤ 🙂'
    dataset = Dataset(
        programmes=[Programme(id="p", name=text, sources=["a", "b; c"])],
        projects=[
            Project(
                id="x",
                acronym="",
                title=text,
                programme="p",
                start_date=date(2020, 2, 29),
                end_date=date(2021, 1, 1),
                total_budget_eur=1234.5,
                erdf_eur=0.0,
                observers_count=0,
                aliases=["X1", ""],
                sources=[],
            ),
            Project(id="y", acronym="Y", total_budget_eur=1e15, observers_count=7),
        ],
        organisations=[
            Organisation(
                id="o",
                name=text,
                name_local="Občina",
                aliases=[text],
                kind="municipality",
                helix_sector="government",
                sector_inferred=True,
                country="SI",
                city=" ",
            ),
            Organisation(id="q", name="Q", helix_sector="industry"),
        ],
        participations=[
            Participation(
                project="x", organisation="o", role="lead", budget_eur=0.5, sources=[text]
            ),
            Participation(project="x", organisation="q"),
            Participation(project="y", organisation="q", role="observer", notes=""),
        ],
    ).check()
    bulk, merged = _both_ways(store, other_store, dataset)
    assert bulk == merged
    [row] = store.read(
        "MATCH (o:Organisation {id: 'o'}) RETURN o.name AS name, o.aliases AS aliases, "
        "o.sector_inferred AS inferred, o.country AS country",
        {},
    )
    assert row == {"name": text, "aliases": [text], "inferred": True, "country": "SI"}


def test_bulk_path_needs_an_empty_graph(seed_store, seed_dataset):
    assert load_dataset(seed_store, seed_dataset).bulk is False


def test_text_with_a_nul_character_is_one_sentence_and_writes_nothing(store, seed_dataset):
    bad = (
        seed_dataset.organisations[3]
        .model_copy(update={"name": "Bad\x00name"})
        .located("orgs.yaml record 4")
    )
    dataset = seed_dataset.model_copy(
        update={
            "organisations": [*seed_dataset.organisations[:3], bad, *seed_dataset.organisations[4:]]
        }
    )
    with pytest.raises(DataError) as caught:
        load_dataset(store, dataset)
    assert str(caught.value).startswith("orgs.yaml record 4: field 'name' holds a NUL character")
    assert store.is_empty() and store.graphs() == sorted(
        g for g in store.graphs() if ":loading:" not in g
    )
    assert not [
        g
        for g in store.client.connection.execute_command("GRAPH.LIST")
        if g.startswith(store.graph_name)
    ]


def test_a_nul_character_in_a_participation_names_that_participation(store, seed_dataset):
    bad = (
        seed_dataset.participations[5]
        .model_copy(update={"notes": "see\x00below"})
        .located("parts.csv row 7")
    )
    participations = list(seed_dataset.participations)
    participations[5] = bad
    dataset = seed_dataset.model_copy(update={"participations": participations})
    with pytest.raises(DataError) as caught:
        load_dataset(store, dataset)
    assert str(caught.value) == (
        "parts.csv row 7: field 'notes' holds a NUL character (\\x00), which the graph store "
        "cannot keep; remove it"
    )
    # the error carries where it is, for the CLI's --json and the app
    assert (caught.value.file, caught.value.record, caught.value.field) == (
        "parts.csv row 7",
        bad.organisation,
        "notes",
    )
    assert store.is_empty()
