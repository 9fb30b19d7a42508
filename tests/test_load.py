"""Loading into the real embedded FalkorDB: the seed's figures, idempotency, updates."""

from __future__ import annotations

import pytest
from conftest import graph_snapshot

from helix_graph.ingest.seed_files import read_dataset
from helix_graph.load import graph_counts, load_dataset


def test_seed_figures_in_the_store(seed_store):
    counts = graph_counts(seed_store)
    assert counts["nodes"] == {
        "Project": 4,
        "Organisation": 44,
        "Country": 14,
        "HelixSector": 4,
        "Programme": 3,
    }
    assert counts["relationships"]["PARTICIPATES_IN"] == 44
    assert counts["relationships"]["FUNDED_BY"] == 4
    assert counts["relationships"]["IN_SECTOR"] == 44
    assert counts["relationships"]["BASED_IN"] == 44


def test_loading_twice_changes_nothing(seed_store, seed_dataset):
    before = graph_snapshot(seed_store)
    load_dataset(seed_store, seed_dataset)
    assert graph_snapshot(seed_store) == before


def test_properties_and_ties_as_loaded(seed_store):
    [row] = seed_store.read(
        "MATCH (o:Organisation {id: $id})-[r:PARTICIPATES_IN]->(p:Project) "
        "MATCH (o)-[:BASED_IN]->(c:Country) MATCH (o)-[:IN_SECTOR]->(s:HelixSector) "
        "MATCH (p)-[:FUNDED_BY]->(g:Programme) "
        "RETURN o.name AS name, r.role AS role, r.budget_eur AS budget, c.name AS country, s.label AS sector, "
        "g.name AS programme, p.end_date AS end_date",
        {"id": "smiltene-municipality"},
    )
    assert row == {
        "name": "Smiltene Municipality",
        "role": None,
        "budget": 81200.0,
        "country": "Latvia",
        "sector": "Government",
        "programme": "Interreg Baltic Sea Region",
        "end_date": "2025-07-31",
    }
    [lead] = seed_store.read(
        "MATCH (o:Organisation)-[r:PARTICIPATES_IN {role: 'lead'}]->(p:Project) "
        "RETURN o.id AS org, p.id AS project"
    )
    assert lead == {"org": "zrs-bistra-ptuj", "project": "smart-region"}
    [cs] = seed_store.read("MATCH (c:Country {id: 'CS'}) RETURN c.name AS name")
    assert cs["name"] == "Serbia and Montenegro"


def test_corrected_data_moves_ties_instead_of_adding(seed_store, tmp_path):
    (tmp_path / "fix.yaml").write_text(
        "organisations:\n"
        "  - {id: refit, name: ReFIT e.V., kind: association, helix_sector: civil_society, country: AT}\n",
        encoding="utf-8",
    )
    load_dataset(seed_store, read_dataset([tmp_path]))
    rows = seed_store.read(
        "MATCH (o:Organisation {id: 'refit'}) "
        "MATCH (o)-[:IN_SECTOR]->(s) MATCH (o)-[:BASED_IN]->(c) "
        "RETURN o.name AS name, collect(DISTINCT s.id) AS sectors, collect(DISTINCT c.id) AS countries"
    )
    assert rows == [{"name": "ReFIT e.V.", "sectors": ["civil_society"], "countries": ["AT"]}]
    counts = graph_counts(seed_store)
    assert counts["relationships"]["IN_SECTOR"] == 44 and counts["relationships"]["BASED_IN"] == 44
    assert counts["nodes"]["Country"] == 14  # AT existed; DE stays for the other German partners


def test_load_in_small_batches_gives_the_same_graph(store, seed_dataset, tmp_path):
    load_dataset(store, seed_dataset, batch_size=7, bulk=False)
    small = graph_snapshot(store)
    store.clear()
    load_dataset(store, seed_dataset, bulk=False)
    assert graph_snapshot(store) == small


@pytest.mark.parametrize("bulk", [True, False], ids=["bulk insert", "merge batches"])
def test_progress_reports_every_row(store, seed_dataset, bulk):
    seen = []
    report = load_dataset(
        store,
        seed_dataset,
        batch_size=10,
        bulk=bulk,
        progress=lambda step, done, total: seen.append((step, done, total)),
    )
    assert report.bulk is bulk
    assert seen[-1][1] == seen[-1][2]
    assert [done for _, done, _ in seen] == sorted(done for _, done, _ in seen)
    assert {step for step, _, _ in seen} >= {"organisations", "participations"}


def test_seed_csv_format_gives_the_same_graph(store, seed_dataset, tmp_path):
    """The CSV form of the seed format loads into the same graph as the YAML form."""
    import csv

    fields = {
        "programmes": ["id", "name", "period", "sources"],
        "projects": [
            "id",
            "acronym",
            "title",
            "programme",
            "start_date",
            "end_date",
            "total_budget_eur",
            "erdf_eur",
            "observers_count",
            "sources",
        ],
        "organisations": ["id", "name", "name_local", "kind", "helix_sector", "country", "sources"],
        "participations": ["project", "organisation", "role", "budget_eur", "sources"],
    }
    for section, columns in fields.items():
        with (tmp_path / f"{section}.csv").open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(columns)
            for record in getattr(seed_dataset, section):
                data = record.model_dump(mode="json")
                writer.writerow(
                    [
                        "; ".join(data[c])
                        if isinstance(data[c], list)
                        else ("" if data[c] is None else data[c])
                        for c in columns
                    ]
                )
    from_csv = read_dataset([tmp_path])
    assert from_csv.counts() == seed_dataset.counts()
    load_dataset(store, from_csv)
    rows = store.read(
        "MATCH (o:Organisation)-[:PARTICIPATES_IN]->(p:Project) "
        "RETURN p.id AS project, count(o) AS partners ORDER BY project"
    )
    assert rows == [
        {"project": "3i-solution-for-ps", "partners": 5},
        {"project": "asis", "partners": 11},
        {"project": "smart-region", "partners": 15},
        {"project": "smartvillages", "partners": 13},
    ]


def test_cordis_activity_code_reaches_the_graph(store, seed_dataset):
    org = seed_dataset.organisations[0].model_copy(update={"sector_source_code": "HES"})
    dataset = seed_dataset.model_copy(
        update={"organisations": [org, *seed_dataset.organisations[1:]]}
    )
    load_dataset(store, dataset)
    [row] = store.read(
        "MATCH (o:Organisation {id: $id}) RETURN o.sector_source_code AS code", {"id": org.id}
    )
    assert row == {"code": "HES"}
