"""Entity resolution: merges by normalised name, similarity and explicit aliases; reported and reversible."""

from __future__ import annotations

import pytest
from conftest import SEEDS

from helix_graph.errors import DataError
from helix_graph.ingest.extract import draft_files, extract_file
from helix_graph.ingest.resolve import Aliases, normalise_name, read_aliases, resolve
from helix_graph.ingest.seed_files import read_dataset
from helix_graph.load import graph_counts, load_dataset
from helix_graph.model import Dataset, Organisation, Participation, Project


def org(id, name, country="SI", sector="academia", **kw):
    return Organisation(
        id=id, name=name, country=country, helix_sector=sector, sources=[f"src-{id}"], **kw
    )


def project(id, acronym, **kw):
    return Project(id=id, acronym=acronym, sources=[f"src-{id}"], **kw)


def part(o, p, role="partner"):
    return Participation(organisation=o, project=p, role=role)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Univerza v Mariboru", "University of Maribor"),
        ("Gospodarsko zbornico Torino", "Gospodarska zbornica Torino"),
        ("Steinbeis 2i", "STEINBEIS 2i GmbH"),
        ("Sm@rt Region", "sm@rt region"),
        ("Občina Žiri", "obcina ziri"),
    ],
)
def test_names_that_are_the_same_normalise_alike(a, b):
    assert normalise_name(a) == normalise_name(b)


def test_merges_across_languages_cases_and_legal_forms_and_reports_each():
    dataset = Dataset(
        projects=[
            project("smart-region", "Sm@rt Region"),
            project("smart-region-2", "sm@rt region", title="sm@rt region (Smart Region)"),
        ],
        organisations=[
            org("um", "Univerza v Mariboru"),
            org("um-en", "University of Maribor"),
            org("ul", "Univerza v Ljubljani"),
            org("lyon-fr", "Region West", "FR", "government"),
            org("west-ch", "Region West", "CH", "government"),
        ],
        participations=[
            part("um", "smart-region", "lead"),
            part("um-en", "smart-region-2"),
            part("ul", "smart-region"),
            part("west-ch", "smart-region-2"),
        ],
    )
    merged, merges = resolve(dataset)
    assert {(m.kind, m.kept, m.merged) for m in merges} == {
        ("organisation", "um", "um-en"),
        ("project", "smart-region", "smart-region-2"),
    }
    assert all(m.rule and m.score >= 90 for m in merges)
    um = next(o for o in merged.organisations if o.id == "um")
    assert "University of Maribor" in um.aliases and um.sources == ["src-um", "src-um-en"]
    assert "merged with 'um-en'" in um.notes
    smart = next(p for p in merged.projects if p.id == "smart-region")
    assert "sm@rt region (Smart Region)" in smart.aliases and "Smart Region" in smart.aliases
    # participations re-pointed; the two ties of Maribor to the one project became one, the lead kept
    ties = {(p.organisation, p.project): p.role for p in merged.participations}
    assert ties == {
        ("um", "smart-region"): "lead",
        ("ul", "smart-region"): "partner",
        ("west-ch", "smart-region"): "partner",
    }
    # same name in two countries: two organisations
    assert {o.id for o in merged.organisations} == {"um", "ul", "lyon-fr", "west-ch"}


def test_explicit_aliases_merge_and_distinct_pairs_undo_a_merge(tmp_path):
    dataset = Dataset(
        organisations=[
            org("styria", "Government of Styria", "AT", "government"),
            org("amt", "Amt der Steiermärkischen Landesregierung", "AT", "government"),
            org("um", "Univerza v Mariboru"),
            org("um-en", "University of Maribor"),
        ]
    )
    (tmp_path / "aliases.yaml").write_text(
        "same:\n  Government of Styria: [Amt der Steiermärkischen Landesregierung]\n"
        "distinct:\n  - [um, University of Maribor]\n",
        encoding="utf-8",
    )
    merged, merges = resolve(dataset, read_aliases(tmp_path / "aliases.yaml"))
    assert [(m.kept, m.merged, m.rule) for m in merges] == [("styria", "amt", "explicit alias")]
    assert {o.id for o in merged.organisations} == {"styria", "um", "um-en"}


def test_numbers_must_agree_and_a_bad_aliases_file_is_named(tmp_path):
    dataset = Dataset(
        projects=[project("p12", "Alpine Project 12"), project("p13", "Alpine Project 13")]
    )
    assert resolve(dataset)[1] == []
    (tmp_path / "a.yaml").write_text("same: [[only-one]]\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"same entry 1"):
        read_aliases(tmp_path / "a.yaml")
    assert (
        resolve(dataset, Aliases(same=[["p12", "p13"]], distinct=[]))[1][0].rule == "explicit alias"
    )


def test_the_seed_has_no_false_merges(seed_dataset):
    merged, merges = resolve(seed_dataset)
    assert merges == []
    assert merged.counts() == seed_dataset.counts()


@pytest.mark.seed_pages
def test_extracted_drafts_resolve_onto_the_curated_seed(tmp_path, seed_dataset, store):
    for name, text in draft_files([extract_file(p) for p in sorted(SEEDS.glob("*.txt"))]).items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    drafts = read_dataset([tmp_path])
    merged, merges = resolve(seed_dataset.merged(drafts))
    assert merged.counts()["organisations"] == 44
    assert merged.counts()["projects"] == 4
    assert merged.counts()["participations"] == 44
    organisation_merges = [m for m in merges if m.kind == "organisation"]
    assert len(organisation_merges) == 44
    assert {m.kept for m in organisation_merges} == {o.id for o in seed_dataset.organisations}
    load_dataset(store, merged)
    assert graph_counts(store)["nodes"]["Organisation"] == 44


def test_import_csv_resolves_against_the_graph_and_keeps_the_names(tmp_path, run_cli, seed_store):
    (tmp_path / "new.csv").write_text(
        "Project,Partner,Country\nNEWPROJ,Universität Maribor,SI\nNEWPROJ,Gospodarska zbornica Torino,IT\n"
        "NEWPROJ,Brand New Solutions d.o.o.,SI\n",
        encoding="utf-8",
    )
    args = (
        "import",
        "csv",
        str(tmp_path / "new.csv"),
        "--map",
        "project=Project,organisation=Partner,country=Country",
        "--json",
    )
    before = graph_counts(seed_store)
    code, out, err = run_cli(*args)
    assert code == 0, err
    import json

    merges = json.loads(out)["report"]["merges"]
    assert {(m["kept"], m["merged_name"]) for m in merges} == {
        ("university-of-maribor", "Universität Maribor"),
        ("camera-di-commercio-torino", "Gospodarska zbornica Torino"),
    }
    after = graph_counts(seed_store)
    assert after["nodes"]["Organisation"] == before["nodes"]["Organisation"] + 1
    rows = seed_store.read(
        "MATCH (o:Organisation {id: 'university-of-maribor'})-[:PARTICIPATES_IN]->(p:Project) "
        "RETURN p.id AS project, o.aliases AS aliases, o.helix_sector AS sector ORDER BY project"
    )
    assert [r["project"] for r in rows] == ["newproj", "smartvillages"]
    assert "Universität Maribor" in rows[0]["aliases"] and rows[0]["sector"] == "academia"
    code, _, err = run_cli(*args)  # again: the same graph
    assert code == 0, err
    assert graph_counts(seed_store) == after
