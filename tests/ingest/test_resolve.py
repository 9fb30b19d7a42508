"""Entity resolution: merges by normalised name, similarity and explicit aliases; reported and reversible."""

from __future__ import annotations

import os
from pathlib import Path

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
        ("Technische Universität Linz", "Linz University of Technology"),
        ("TU Linz", "Technische Universität Linz"),
        ("Organisation 1234567", "ORGANISATION 1234567"),
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


# -- at scale: blocking, the review file, apply and undo, memory ----------------------------

PROJECT_COLUMNS = [
    "id",
    "acronym",
    "title",
    "startDate",
    "endDate",
    "totalCost",
    "frameworkProgramme",
]
ORGANISATION_COLUMNS = [
    "projectID",
    "organisationID",
    "name",
    "activityType",
    "country",
    "role",
    "ecContribution",
]
RIVER_PROJECTS = [
    ["201", "RIVERS", "Rivers that connect", "2016-01-01", "2018-12-31", "1000000", "H2020"],
    ["202", "HILLS", "Hill villages online", "2017-01-01", "2019-12-31", "800000", "H2020"],
    ["203", "COAST", "Coastal know-how", "2018-01-01", "2020-12-31", "600000", "H2020"],
]
RIVER_ORGANISATIONS = [
    ["201", "7001", "Univerza v Mariboru", "HES", "SI", "coordinator", "1000"],
    ["202", "7001", "Univerza v Mariboru", "HES", "SI", "participant", "1000"],
    ["202", "7002", "University of Maribor", "HES", "SI", "participant", "1000"],
    ["203", "7002", "University of Maribor", "HES", "SI", "coordinator", "1000"],
    ["201", "7003", "Mestna občina Ptuj", "PUB", "SI", "participant", "1000"],
    ["203", "7004", "Občina Ptuj", "PUB", "SI", "participant", "1000"],
    ["201", "7005", "Region West", "PUB", "FR", "participant", "1000"],
    ["202", "7006", "Region West", "PUB", "CH", "coordinator", "1000"],
    ["202", "7007", "Steinbeis Innovation Centre", "PRC", "DE", "participant", "1000"],
    ["203", "7008", "Steinbeis Inovation Center", "PRC", "DE", "participant", "1000"],
    ["201", "7009", "Agrotech Solutions", "PRC", "", "participant", "1000"],
    ["203", "7010", "Agrotech Solutions GmbH", "PRC", "AT", "participant", "1000"],
    ["202", "7011", "Organisation 999123456", "OTH", "IT", "participant", "1000"],
    ["203", "7012", "Organisation 999123457", "OTH", "IT", "participant", "1000"],
]


def write_cordis_files(folder, organisations=RIVER_ORGANISATIONS, projects=RIVER_PROJECTS):
    import csv

    folder.mkdir(parents=True, exist_ok=True)
    for name, header, rows in (
        ("project.csv", PROJECT_COLUMNS, projects),
        ("organization.csv", ORGANISATION_COLUMNS, organisations),
    ):
        with (folder / name).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_ALL)
            writer.writerow(header)
            writer.writerows(rows)
    return [str(folder)]


def test_proposals_merge_the_sure_pairs_and_leave_the_judgments(tmp_path):
    from helix_graph.ingest.cordis import read_cordis
    from helix_graph.ingest.resolve import propose_merges

    dataset, _ = read_cordis(write_cordis_files(tmp_path))
    proposals = propose_merges(dataset)
    found = [(m.kept[-4:], m.merged[-4:], m.rule, m.decision) for m in proposals]
    assert found == [
        ("7001", "7002", "same name after normalising", "accept"),
        ("7007", "7008", "similar name", "accept"),
        # one record without a country: its name is only in Austria, so a person decides
        ("7010", "7009", "same name, one country unknown", ""),
        # "Mestna" (city status) is a word the other name lacks: 82.9, under 90
        ("7003", "7004", "similar name", ""),
    ]
    assert [round(m.score, 1) for m in proposals] == [100.0, 95.0, 100.0, 82.9]
    # Region West in France and in Switzerland, and the two numbered names, are never proposed


def test_an_acronym_is_proposed_for_review_only_in_its_own_country():
    from helix_graph.ingest.resolve import propose_merges

    dataset = Dataset(
        organisations=[
            org("forests", "Zavod za gozdove Slovenije", sector="government"),
            org("zgs-si", "ZGS", sector="government"),
            org("zgs-at", "ZGS", "AT", "industry"),
            org("zagreb", "Zagreb Green Society", "HR", "civil_society"),
        ]
    )
    assert [(m.kept, m.merged, m.rule, m.decision) for m in propose_merges(dataset)] == [
        ("forests", "zgs-si", "acronym of the name", "")
    ]
    # never made by resolve: an acronym is a judgment
    assert resolve(dataset)[1] == []


def test_a_name_within_a_longer_one_is_for_review():
    from helix_graph.ingest.resolve import propose_merges

    dataset = Dataset(
        organisations=[
            org("museum", "Dolenjski muzej", sector="civil_society"),
            org("museum-nm", "Dolenjski muzej Novo mesto", sector="civil_society"),
            org("hall", "Graz", "AT", "government"),
            org("uni-graz", "Universität Graz", "AT"),
        ]
    )
    assert [(m.kept, m.merged, m.rule, m.decision) for m in propose_merges(dataset)] == [
        ("museum", "museum-nm", "one name within the other", "")
    ]  # one word ("Graz") within a longer name is not enough


def test_numbers_are_kept_whole_so_numbered_names_stay_apart():
    dataset = Dataset(
        organisations=[org(f"o{n}", f"Organisation {n}") for n in (999123456, 999123457, 999124000)]
    )
    assert resolve(dataset)[1] == []


def test_a_word_most_names_share_is_no_blocking_key():
    import numpy as np

    from helix_graph.ingest.resolve import MAX_BLOCK, WINDOW, _candidate_pairs, propose_merges

    # more "University …" names in one country than a block holds: "university" brings no
    # candidates, so only sorted neighbours are compared, not every pair
    organisations = [org(f"u{i}", f"University {i:03d}") for i in range(MAX_BLOCK + 20)]
    organisations += [org("k1", "University of Kastrovo"), org("k2", "University of Kastrowo")]
    proposals = propose_merges(Dataset(organisations=organisations))
    assert [(m.kept, m.merged, m.rule) for m in proposals] == [
        ("k1", "k2", "same name after normalising")
    ]
    keys = [f"{i:03d} university" for i in range(MAX_BLOCK + 20)] + ["kastro university"] * 2
    a, b = _candidate_pairs(keys, np.zeros(len(keys), dtype=np.int64))
    n = len(keys)  # 122: 121 + 120 + 119 sorted neighbours, not n(n - 1) / 2 = 7381
    assert len(a) == sum(n - step for step in range(1, WINDOW + 1)) == 360
    assert (n - 2, n - 1) in set(zip(a.tolist(), b.tolist()))


def _decide(review, decisions: dict[str, str]) -> None:
    import csv

    with review.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["decision"] = decisions.get(row["merged"], row["decision"])
    with review.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_imports_and_merges_give_back_the_unraisable_hook(tmp_path, run_cli):
    """The quiet hook is for a MemoryError's unwinding only: after an import that ends well,
    or fails on bad input, the process reports failing finalisers as before."""
    import sys

    before = sys.unraisablehook
    files = write_cordis_files(tmp_path / "download")
    review = tmp_path / "merges.csv"
    assert run_cli("import", "cordis", *files, "--resolve", "--review", str(review))[0] == 0
    assert sys.unraisablehook is before
    assert run_cli("merges", "apply", str(review))[0] == 0
    assert sys.unraisablehook is before
    empty = tmp_path / "empty.zip"
    empty.write_bytes(b"")
    assert run_cli("import", "cordis", str(empty))[0] != 0
    assert sys.unraisablehook is before


def test_review_file_round_trip_apply_then_undo_leaves_the_store_as_before(
    tmp_path, run_cli, store, falkordb_client, server
):
    import json

    from conftest import graph_snapshot

    from helix_graph.ingest.cordis import read_cordis
    from helix_graph.ingest.resolve import read_review
    from helix_graph.store import FalkorDBStore

    files = write_cordis_files(tmp_path / "download")
    review = tmp_path / "merges.csv"
    code, out, err = run_cli(
        "import", "cordis", *files, "--resolve", "--review", str(review), "--json"
    )
    assert code == 0, err
    report = json.loads(out)["report"]
    assert [(m["kept"], m["merged"]) for m in report["merges"]] == [
        ("cordis-org-7001", "cordis-org-7002"),
        ("cordis-org-7007", "cordis-org-7008"),
    ]
    assert report["to_review"] == 2
    rows = read_review(review)
    assert [(r.merged, r.decision, r.status) for r in rows] == [
        ("cordis-org-7002", "accept", "applied"),
        ("cordis-org-7008", "accept", "applied"),
        ("cordis-org-7009", "", ""),
        ("cordis-org-7004", "", ""),
    ]
    # Maribor's two ties to HILLS became one (the first role kept), COAST moved over
    ties = store.read(
        "MATCH (o:Organisation {id: 'cordis-org-7001'})-[r:PARTICIPATES_IN]->(p:Project) "
        "RETURN p.id AS project, r.role AS role, o.aliases AS aliases ORDER BY project"
    )
    assert [(t["project"], t["role"]) for t in ties] == [
        ("cordis-201", "lead"),
        ("cordis-202", "partner"),
        ("cordis-203", "lead"),
    ]
    assert ties[0]["aliases"] == ["University of Maribor"]
    after_import = graph_snapshot(store)

    _decide(review, {"cordis-org-7004": "accept", "cordis-org-7009": "reject"})
    code, out, err = run_cli("merges", "apply", str(review), "--json")
    assert code == 0, err
    assert [(m["kept"], m["merged"]) for m in json.loads(out)["merges"]] == [
        ("cordis-org-7003", "cordis-org-7004")
    ]
    ptuj = store.read(
        "MATCH (o:Organisation {id: 'cordis-org-7003'})-[:PARTICIPATES_IN]->(p:Project) "
        "RETURN p.id AS project, o.aliases AS aliases ORDER BY project"
    )
    assert ptuj == [
        {"project": "cordis-201", "aliases": ["Občina Ptuj"]},
        {"project": "cordis-203", "aliases": ["Občina Ptuj"]},
    ]
    ids = {r["id"] for r in store.read("MATCH (o:Organisation) RETURN o.id AS id")}
    assert "cordis-org-7004" not in ids and {"cordis-org-7009", "cordis-org-7010"} <= ids

    code, out, err = run_cli("merges", "undo", str(review), "cordis-org-7004")
    assert code == 0, err
    assert graph_snapshot(store) == after_import
    assert [(r.merged, r.decision, r.status) for r in read_review(review)][3] == (
        "cordis-org-7004",
        "reject",
        "undone",
    )

    # undo everything: the graph is the download loaded without --resolve
    code, out, err = run_cli("merges", "undo", str(review))
    assert code == 0, err
    info = server.info()
    plain = FalkorDBStore(
        falkordb_client, f"{store.graph_name}_plain", address=f"{info.host}:{info.port}"
    )
    try:
        load_dataset(plain, read_cordis(files)[0])
        assert graph_snapshot(store) == graph_snapshot(plain)
    finally:
        plain.delete_graph()
    # nothing applied is left to undo, and an unknown id is one sentence
    code, _, err = run_cli("merges", "undo", str(review), "cordis-org-7002")
    assert code == 2 and "is not an applied merge" in err and "Traceback" not in err


def test_only_a_row_applied_and_in_the_undo_record_can_be_undone(tmp_path, run_cli, store):
    import csv

    from conftest import graph_snapshot

    from helix_graph.errors import UsageError
    from helix_graph.ingest.resolve import read_review, undo_merges, undo_path

    files = write_cordis_files(tmp_path / "download")
    review = tmp_path / "merges.csv"
    assert run_cli("import", "cordis", *files, "--resolve", "--review", str(review))[0] == 0
    after_import = graph_snapshot(store)

    def refused(merged_id):
        with pytest.raises(UsageError) as caught:
            undo_merges(store, review, [merged_id])
        return str(caught.value)

    # a person cleared the status of 7002's row: it is no applied merge, though the undo
    # record still holds it; 7008's row is applied still
    with review.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["merged"], r["status"]) for r in rows][:2] == [
        ("cordis-org-7002", "applied"),
        ("cordis-org-7008", "applied"),
    ]
    rows[0]["status"] = ""
    with review.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert refused("cordis-org-7002") == (
        f"'cordis-org-7002' is not an applied merge in {review}; name the merged id of a row "
        "whose status is applied"
    )
    # the undo record gone: the rows still say applied, and nothing is undone
    undo_path(review).unlink()
    assert refused("cordis-org-7008").startswith("'cordis-org-7008' is not an applied merge in ")
    assert undo_merges(store, review) == []
    assert graph_snapshot(store) == after_import
    assert [(r.merged, r.status) for r in read_review(review)][:2] == [
        ("cordis-org-7002", ""),
        ("cordis-org-7008", "applied"),
    ]


def test_a_later_merge_into_the_same_organisation_must_be_undone_first(tmp_path, run_cli, store):
    third = ["203", "7013", "Universität Maribor", "HES", "SI", "participant", "1000"]
    files = write_cordis_files(tmp_path / "download", [*RIVER_ORGANISATIONS, third])
    review = tmp_path / "merges.csv"
    assert run_cli("import", "cordis", *files, "--resolve", "--review", str(review))[0] == 0
    code, _, err = run_cli("merges", "undo", str(review), "cordis-org-7002")
    assert code == 2
    assert "'cordis-org-7013' was merged into 'cordis-org-7001' after 'cordis-org-7002'" in err
    code, _, err = run_cli("merges", "undo", str(review), "cordis-org-7002", "cordis-org-7013")
    assert code == 0, err
    rows = store.read(
        "MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p:Project) "
        "WHERE o.id IN ['cordis-org-7001', 'cordis-org-7002', 'cordis-org-7013'] "
        "RETURN o.id AS organisation, p.id AS project, r.role AS role ORDER BY organisation, project"
    )
    assert [tuple(r.values()) for r in rows] == [
        ("cordis-org-7001", "cordis-201", "lead"),
        ("cordis-org-7001", "cordis-202", "partner"),
        ("cordis-org-7002", "cordis-202", "partner"),
        ("cordis-org-7002", "cordis-203", "lead"),
        ("cordis-org-7013", "cordis-203", "partner"),
    ]


def test_a_decision_that_is_not_accept_or_reject_is_named(tmp_path, run_cli):
    files = write_cordis_files(tmp_path / "download")
    review = tmp_path / "merges.csv"
    assert run_cli("import", "cordis", *files, "--resolve", "--review", str(review))[0] == 0
    _decide(review, {"cordis-org-7004": "maybe"})
    code, _, err = run_cli("merges", "apply", str(review))
    assert code == 1
    assert "(row 5): field 'decision' is 'maybe'" in err and "Traceback" not in err


MEMORY_CAPPED_CHILD = """
import resource, sys
from pathlib import Path
import helix_graph.ingest.cordis, helix_graph.ingest.resolve  # imported before the cap
from helix_graph.cli import main
status = Path("/proc/self/status").read_text().splitlines()
size = next(int(line.split()[1]) for line in status if line.startswith("VmSize:")) * 1024
cap = size + 40 * 1024 * 1024  # 40 MB more than the interpreter holds: less than the download needs
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmSize from /proc")
def test_running_out_of_memory_is_one_sentence_not_a_traceback(tmp_path):
    import subprocess
    import sys

    # 60,000 participations of 20,000 organisations: far more than 40 MB once read
    organisations = [
        [
            str(201 + i % 3),
            str(100_000 + i // 3),
            f"Organisation {i // 3}",
            "PRC",
            "DE",
            "participant",
            "1",
        ]
        for i in range(60_000)
    ]
    from helix_graph.store import EmbeddedServer

    files = write_cordis_files(tmp_path / "download", organisations)
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                MEMORY_CAPPED_CHILD,
                "import",
                "cordis",
                *files,
                "--resolve",
                "-q",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "HELIX_DATA_DIR": str(tmp_path / "data")},
        )
    finally:  # a run that got as far as the store (a mutant's) must not leave its server behind
        if (tmp_path / "data").exists():
            EmbeddedServer(tmp_path / "data").stop()
    assert result.returncode == 1, result.stderr
    assert result.stderr == (
        f"Error: there was not enough memory while reading {files[0]}: nothing "
        "was written; close other programs (or import on a machine with more memory) and run "
        "the import again.\n"
    )
    assert not (tmp_path / "data").exists()  # the store was never started, nothing written


def test_a_review_file_that_cannot_be_written_is_named_and_nothing_is_loaded(
    tmp_path, run_cli, store
):
    files = write_cordis_files(tmp_path / "download")
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    review = blocked / "merges.csv"  # a folder that is a file: cannot be made
    code, _, err = run_cli("import", "cordis", *files, "--resolve", "--review", str(review))
    assert code == 1 and f"{review}: the review file cannot be written" in err
    assert "Traceback" not in err
    assert store.is_empty()


def test_on_the_gold_names_every_merge_made_is_right():
    """bench/gold/resolve.csv: real names of one organisation written differently."""
    import csv

    from conftest import REPO

    from helix_graph.ingest.resolve import propose_merges

    with (REPO / "bench" / "gold" / "resolve.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    organisations = [org(f"g{n}", r["name"], r["country"], "academia") for n, r in enumerate(rows)]
    made = [m for m in propose_merges(Dataset(organisations=organisations)) if m.decision]
    group_of = {o.id: {rows[n]["name"]} for n, o in enumerate(organisations)}
    for m in made:  # the groups the merges make, transitively
        joined = group_of[m.kept] | group_of[m.merged]
        for n, r in enumerate(rows):
            if r["name"] in joined:
                group_of[f"g{n}"] = joined
    groups = {frozenset(g): g for g in group_of.values() if len(g) > 1}
    assert sorted(sorted(g) for g in groups.values()) == [
        ["Fraunhofer Society", "Fraunhofer-Gesellschaft"],
        ["Graz University of Technology", "TU Graz", "Technische Universität Graz"],
        [
            'Institut "Jožef Stefan"',
            "Institut Jožef Stefan",
            "J. Stefan Institute",
            "Jožef Stefan Institute",
        ],
        ["Mestna občina Ptuj", "Mestne občine Ptuj", "Mestni občini Ptuj"],
        ["TU Munich", "Technical University of Munich", "Technische Universität München"],
        ["University of Ljubljana", "University of Ljubljana (ULJ)", "Univerza v Ljubljani"],
    ]
    # each group is one organisation of the gold set: no wrong merge
    entity = {r["name"]: r["entity"] for r in rows}
    assert all(len({entity[name] for name in group}) == 1 for group in groups.values())


def test_an_alias_bomb_in_the_aliases_file_is_one_sentence(tmp_path):
    rows = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    rows += [
        f"{chr(98 + k)}: &{chr(98 + k)} [{', '.join([f'*{chr(97 + k)}'] * 10)}]" for k in range(7)
    ]
    path = tmp_path / "aliases.yaml"
    path.write_text("\n".join(rows) + "\nsame: *h\n", encoding="utf-8")
    with pytest.raises(DataError, match="alias") as caught:
        read_aliases(path)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 400


def test_proposing_merges_names_each_stage_in_order():
    from helix_graph.ingest.resolve import propose_merges
    from helix_graph.model import Dataset, Organisation

    orgs = [
        Organisation(id="a", name="Univerza v Mariboru", helix_sector="academia", country="SI"),
        Organisation(id="b", name="University of Maribor", helix_sector="academia", country="SI"),
    ]
    seen = []
    proposals = propose_merges(Dataset(organisations=orgs), stage=seen.append)
    assert seen == [
        "reading the graph's organisations",
        "normalising names",
        "comparing names alike",
        "deciding the merges",
    ]
    assert [(m.kept, m.merged) for m in proposals] == [("a", "b")]


def test_a_merge_keeps_the_place_of_the_record_that_has_one():
    from helix_graph.ingest.resolve import resolve
    from helix_graph.model import Dataset, Organisation

    orgs = [
        Organisation(id="a", name="Univerza v Mariboru", helix_sector="academia", country="SI"),
        Organisation(
            id="b",
            name="University of Maribor",
            helix_sector="academia",
            country="SI",
            latitude=46.5547,
            longitude=15.6459,
        ),
    ]
    merged, merges = resolve(Dataset(organisations=orgs))
    (kept,) = merged.organisations
    assert [(m.kept, m.merged) for m in merges] == [("a", "b")]
    assert (kept.id, kept.latitude, kept.longitude) == ("a", 46.5547, 15.6459)
