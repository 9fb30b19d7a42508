"""CORDIS import: real CORDIS-layout files (zip and loose), into the real embedded store."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest

from helix_graph.errors import DataError
from helix_graph.ingest.cordis import read_cordis
from helix_graph.load import graph_counts

PROJECT_HEADER = [
    "id",
    "acronym",
    "status",
    "title",
    "startDate",
    "endDate",
    "totalCost",
    "ecMaxContribution",
    "legalBasis",
    "topics",
    "frameworkProgramme",
    "masterCall",
    "subCall",
    "fundingScheme",
    "nature",
    "objective",
    "contentUpdateDate",
    "rcn",
    "grantDoi",
]
ORG_HEADER = [
    "projectID",
    "projectAcronym",
    "organisationID",
    "vatNumber",
    "name",
    "shortName",
    "SME",
    "activityType",
    "street",
    "postCode",
    "city",
    "country",
    "nutsCode",
    "geolocation",
    "organizationURL",
    "contactForm",
    "order",
    "role",
    "ecContribution",
    "netEcContribution",
    "totalCost",
    "endOfParticipation",
    "active",
    "someNewColumn",
]


def project_row(pid, acronym, start="2016-01-01", end="2019-12-31", cost="1234567,89", fp="H2020"):
    return [
        pid,
        acronym,
        "CLOSED",
        f'{acronym}: "smart"; regions',
        start,
        end,
        cost,
        "1000000",
        "H2020-EU.3.6.",
        "T1",
        fp,
        "",
        "",
        "RIA",
        "",
        'Objective; with "quotes";\nand a second line',
        "2022-01-01 10:00:00",
        "1",
        "",
    ]


def org_row(pid, oid, name, activity, country, role, contribution, short=""):
    return [
        pid,
        "",
        oid,
        "",
        name,
        short,
        "false",
        activity,
        "Main street; 1",
        "1000",
        "Ljubljana",
        country,
        "",
        "",
        "",
        "",
        "1",
        role,
        contribution,
        "",
        "",
        "",
        "true",
        "ignored",
    ]


PROJECTS = [project_row("101", "ALPHA"), project_row("102", "BETA", fp="FP7", cost="2.500.000,00")]
ORGS = [
    org_row(
        "101",
        "9001",
        'Univerza v Ljubljani; "UL"',
        "HES",
        "SI",
        "coordinator",
        "500000,5",
        short="UL",
    ),
    org_row("101", "9002", "Ethniko Kentro Erevnas", "REC", "EL", "participant", "100000"),
    org_row("101", "9003", "Widgets Ltd", "PRC", "UK", "thirdParty", ""),
    org_row("102", "9001", 'Univerza v Ljubljani; "UL"', "HES", "SI", "participant", "200000"),
    org_row("102", "9004", "Mestna občina Kranj", "PUB", "SI", "partner", "50000"),
    org_row("102", "9005", "Društvo za razvoj", "OTH", "", "associatedPartner", "0"),
    org_row("102", "9006", "Nordic Solutions Oy", "", "FI", "participant", "1000"),
]


def write_csv(rows, header, encoding="utf-8", delimiter=";") -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue().encode(encoding)


def write_zip(path, projects=PROJECTS, orgs=ORGS, **kwargs):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.csv", write_csv(projects, PROJECT_HEADER, **kwargs))
        archive.writestr("organization.csv", write_csv(orgs, ORG_HEADER, **kwargs))
    return path


def test_cordis_zip_maps_sectors_roles_countries_budgets(tmp_path):
    dataset, report = read_cordis(write_zip(tmp_path / "cordis.zip"))
    assert (
        dataset.check() is dataset
    )  # checked by construction: no duplicate ids, no dangling references
    orgs = {o.id: o for o in dataset.organisations}
    assert orgs["cordis-org-9001"].name == 'Univerza v Ljubljani; "UL"'
    assert orgs["cordis-org-9001"].aliases == ["UL"]
    sectors = {
        k.removeprefix("cordis-org-"): (o.helix_sector, o.sector_source_code, o.sector_inferred)
        for k, o in orgs.items()
    }
    assert sectors == {
        "9001": ("academia", "HES", False),
        "9002": ("academia", "REC", False),
        "9003": ("industry", "PRC", False),
        "9004": ("government", "PUB", False),
        "9005": ("civil_society", "OTH", False),
        "9006": ("industry", None, True),
    }
    assert orgs["cordis-org-9004"].kind == "municipality"  # PUB, and the name says municipality
    assert "company legal form" in orgs["cordis-org-9006"].sector_rationale
    assert {k: o.country for k, o in orgs.items()}["cordis-org-9002"] == "GR"
    assert orgs["cordis-org-9003"].country == "GB"
    assert orgs["cordis-org-9005"].country is None
    assert report.rows_without_country == 1 and report.organisations_without_country == 1
    parts = {
        (p.organisation.removeprefix("cordis-org-"), p.project.removeprefix("cordis-")): (
            p.role,
            p.budget_eur,
        )
        for p in dataset.participations
    }
    assert parts == {
        ("9001", "101"): ("lead", 500000.5),
        ("9002", "101"): ("partner", 100000.0),
        ("9003", "101"): ("associated", None),
        ("9001", "102"): ("partner", 200000.0),
        ("9004", "102"): ("partner", 50000.0),
        ("9005", "102"): ("associated", 0.0),
        ("9006", "102"): ("partner", 1000.0),
    }
    projects = {p.id: p for p in dataset.projects}
    assert projects["cordis-101"].title == 'ALPHA: "smart"; regions'
    assert projects["cordis-101"].total_budget_eur == pytest.approx(1234567.89)
    assert projects["cordis-102"].total_budget_eur == 2_500_000.0
    assert {p.id: (p.name, p.period) for p in dataset.programmes} == {
        "cordis-h2020": ("Horizon 2020", "2014–2020"),
        "cordis-fp7": ("Seventh Framework Programme", "2007–2013"),
    }
    assert report.ignored_columns["organization.csv"] == ["someNewColumn"]


def test_import_cordis_cli_loads_the_store_and_twice_changes_nothing(tmp_path, run_cli, store):
    archive = write_zip(tmp_path / "cordis.zip")
    code, out, err = run_cli("import", "cordis", str(archive), "--json")
    assert code == 0, err
    first = graph_counts(store)
    assert first["nodes"]["Project"] == 2 and first["nodes"]["Organisation"] == 6
    assert first["relationships"]["PARTICIPATES_IN"] == 7
    rows = store.read(
        "MATCH (o:Organisation {id: 'cordis-org-9002'})-[:BASED_IN]->(c:Country) "
        "MATCH (o)-[:IN_SECTOR]->(s:HelixSector) RETURN c.id AS country, s.id AS sector"
    )
    assert rows == [{"country": "GR", "sector": "academia"}]
    rows = store.read(
        "MATCH (:Organisation {id: 'cordis-org-9001'})-[r:PARTICIPATES_IN]->(:Project {id: 'cordis-101'}) "
        "RETURN r.role AS role, r.budget_eur AS budget"
    )
    assert rows == [{"role": "lead", "budget": 500000.5}]
    assert '"rows_without_country": 1' in out
    code, _, err = run_cli("import", "cordis", str(archive))
    assert code == 0, err
    assert graph_counts(store) == first


def test_loose_files_with_byte_order_mark(tmp_path):
    (tmp_path / "project.csv").write_bytes(b"\xef\xbb\xbf" + write_csv(PROJECTS, PROJECT_HEADER))
    (tmp_path / "organization.csv").write_bytes(b"\xef\xbb\xbf" + write_csv(ORGS, ORG_HEADER))
    dataset, _ = read_cordis(tmp_path / "organization.csv")
    assert dataset.counts() == {
        "programmes": 2,
        "projects": 2,
        "organisations": 6,
        "participations": 7,
    }
    assert any(o.name == "Mestna občina Kranj" for o in dataset.organisations)


def _error(path, **kwargs) -> DataError:
    with pytest.raises(DataError) as caught:
        read_cordis(path, **kwargs)
    return caught.value


def test_wrong_delimiter_names_file_row_and_field(tmp_path):
    error = _error(write_zip(tmp_path / "comma.zip", delimiter=","))
    assert "project.csv row 1" in str(error) and "separated by ','" in str(error)
    assert error.field == "id"


def test_missing_column_names_it(tmp_path):
    header = [h for h in PROJECT_HEADER if h != "frameworkProgramme"]
    rows = [[v for h, v in zip(PROJECT_HEADER, r) if h != "frameworkProgramme"] for r in PROJECTS]
    with zipfile.ZipFile(tmp_path / "missing.zip", "w") as archive:
        archive.writestr("project.csv", write_csv(rows, header))
        archive.writestr("organization.csv", write_csv(ORGS, ORG_HEADER))
    error = _error(tmp_path / "missing.zip")
    assert (
        "column 'frameworkProgramme' is missing" in str(error)
        and error.field == "frameworkProgramme"
    )


@pytest.mark.parametrize(
    ("projects", "orgs", "row", "field"),
    [
        (
            [PROJECTS[0], project_row("102", "BETA", start="31/13/2016")],
            ORGS,
            "3 (line 4)",
            "startDate",
        ),
        (
            PROJECTS,
            ORGS[:2] + [org_row("101", "9003", "Widgets Ltd", "PRC", "UK", "thirdParty", "12abc")],
            4,
            "ecContribution",
        ),
        (
            PROJECTS,
            ORGS + [org_row("101", "9010", "X", "XYZ", "SI", "participant", "1")],
            9,
            "activityType",
        ),
        (
            PROJECTS,
            ORGS + [org_row("101", "9011", "Y", "PRC", "QQ", "participant", "1")],
            9,
            "country",
        ),
        (PROJECTS, ORGS + [org_row("101", "9012", "Z", "PRC", "SI", "boss", "1")], 9, "role"),
        (
            PROJECTS,
            ORGS + [org_row("101", "9015", " ", "PRC", "SI", "participant", "1")],
            9,
            "name",
        ),
        (
            PROJECTS,
            ORGS + [org_row("999", "9013", "Z", "PRC", "SI", "participant", "1")],
            9,
            "projectID",
        ),
        (
            PROJECTS,
            ORGS + [org_row("101", "90 14", "Z", "PRC", "SI", "participant", "1")],
            9,
            "organisationID",
        ),
    ],
)
def test_bad_values_name_file_row_and_field(tmp_path, projects, orgs, row, field):
    error = _error(write_zip(tmp_path / "bad.zip", projects=projects, orgs=orgs))
    message = str(error)
    assert f"row {row}:" in message and f"field '{field}'" in message, message
    assert message.count(" row ") == 1 and message.count("\n") == 0  # one place, one sentence
    assert error.field == field


def test_other_encoding_is_named_with_its_row_and_read_when_given(tmp_path):
    archive = write_zip(tmp_path / "cp1250.zip", encoding="cp1250")
    error = _error(archive)
    assert "organization.csv line 6" in str(error) and "--encoding cp1250" in str(error)
    dataset, _ = read_cordis(archive, encoding="cp1250")
    assert any(o.name == "Mestna občina Kranj" for o in dataset.organisations)


def test_failed_import_leaves_the_store_as_it_was(tmp_path, run_cli, seed_store):
    before = graph_counts(seed_store)
    ids_before = seed_store.read("MATCH (n) RETURN n.id AS id ORDER BY id")
    bad = write_zip(
        tmp_path / "bad.zip", orgs=ORGS + [org_row("102", "9020", "Late", "PRC", "SI", "x", "1")]
    )
    code, _, err = run_cli("import", "cordis", str(bad))
    assert code == 1
    assert (
        err.startswith("Error: ")
        and "row 9" in err
        and "field 'role'" in err
        and "Traceback" not in err
    )
    assert graph_counts(seed_store) == before
    assert seed_store.read("MATCH (n) RETURN n.id AS id ORDER BY id") == ids_before


def test_zip_without_organisation_file(tmp_path):
    with zipfile.ZipFile(tmp_path / "half.zip", "w") as archive:
        archive.writestr("project.csv", write_csv(PROJECTS, PROJECT_HEADER))
    assert "no organization.csv" in str(_error(tmp_path / "half.zip"))


def test_resolve_flag_matches_cordis_organisations_with_the_graph(tmp_path, run_cli, seed_store):
    import json

    code, out, err = run_cli(
        "import", "cordis", str(write_zip(tmp_path / "c.zip")), "--resolve", "--json"
    )
    assert code == 0, err
    merges = json.loads(out)["report"]["merges"]
    assert [(m["kept"], m["merged"]) for m in merges] == [
        ("university-of-ljubljana", "cordis-org-9001")
    ]
    rows = seed_store.read(
        "MATCH (o:Organisation {id: 'university-of-ljubljana'})-[r:PARTICIPATES_IN]->(p:Project) "
        "RETURN p.id AS project, r.role AS role ORDER BY project"
    )
    assert rows == [
        {"project": "cordis-101", "role": "lead"},
        {"project": "cordis-102", "role": "partner"},
        {"project": "smartvillages", "role": "partner"},
    ]
    assert seed_store.read(
        "MATCH (o:Organisation {id: 'cordis-org-9001'}) RETURN count(o) AS n"
    ) == [{"n": 0}]


def test_a_path_that_is_not_there(tmp_path, run_cli):
    code, _, err = run_cli("import", "cordis", str(tmp_path / "nowhere.zip"))
    assert code == 1 and "no such file or folder" in err


def test_a_damaged_zip_is_named_as_damaged(tmp_path):
    from helix_graph.errors import DataError
    from helix_graph.ingest.cordis import read_cordis

    (tmp_path / "cordis.zip").write_bytes(b"PK\x03\x04 cut short")
    with pytest.raises(DataError, match="not a readable zip file"):
        read_cordis(tmp_path / "cordis.zip")


def test_a_table_over_the_size_bound_is_one_sentence_before_reading(tmp_path, monkeypatch):
    from helix_graph.ingest import cordis

    path = write_zip(tmp_path / "cordis.zip")
    monkeypatch.setattr(cordis, "CORDIS_BYTES_MAX", 100)  # the real bound is 8 GiB
    error = _error(path)
    assert "more than the 0.0 GB a CORDIS table may; import the download in parts" in str(error)
    assert str(error).startswith(f"{path}:") and "\n" not in str(error)
