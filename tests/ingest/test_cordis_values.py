"""A CORDIS download read value by value: every record of a small download, every message
in full, the rows a download may repeat and the edges of its cells.

The download is tests/ingest/test_cordis.py's: two projects (ALPHA, H2020; BETA, FP7) and
seven participation rows of six organisations, each row written out there.
"""

from __future__ import annotations

from datetime import date

import pytest

from helix_graph.errors import DataError
from helix_graph.ingest.classify import classify
from helix_graph.ingest.cordis import read_cordis
from tests.ingest.test_cordis import ORGS, PROJECTS, org_row, project_row, write_zip


def test_every_record_of_a_download_as_read(tmp_path):
    dataset, report = read_cordis(write_zip(tmp_path / "cordis.zip"))
    assert report.as_dict() == {
        "projects": 2,
        "organisations": 6,
        "participations": 7,
        "rows_without_country": 1,  # Društvo za razvoj
        "organisations_without_country": 1,
        "sectors_inferred": 1,  # Nordic Solutions Oy: no activityType
        "duplicate_participations_merged": 0,
        "unreadable_geolocations": 0,
        "review": [],
        "ignored_columns": {"project.csv": [], "organization.csv": ["someNewColumn"]},
    }
    common = {"city": "Ljubljana", "sources": ["CORDIS"]}
    assert [o.model_dump(exclude_defaults=True) for o in dataset.organisations] == [
        {
            "id": "cordis-org-9001", "name": 'Univerza v Ljubljani; "UL"', "aliases": ["UL"],
            "kind": "university", "helix_sector": "academia",
            "sector_rationale": "CORDIS activityType HES (higher or secondary education "
            "establishment) → academia",
            "sector_source_code": "HES", "country": "SI", **common,
        },
        {
            "id": "cordis-org-9002", "name": "Ethniko Kentro Erevnas", "kind": "research_centre",
            "helix_sector": "academia",
            "sector_rationale": "CORDIS activityType REC (research organisation) → academia",
            "sector_source_code": "REC", "country": "GR", **common,
        },
        {
            "id": "cordis-org-9003", "name": "Widgets Ltd", "kind": "company",
            "helix_sector": "industry",
            "sector_rationale": "CORDIS activityType PRC (private for-profit entity) → industry",
            "sector_source_code": "PRC", "country": "GB", **common,
        },
        {
            "id": "cordis-org-9004", "name": "Mestna občina Kranj", "kind": "municipality",
            "helix_sector": "government",
            "sector_rationale": "CORDIS activityType PUB (public body) → government",
            "sector_source_code": "PUB", "country": "SI", **common,
        },
        {
            "id": "cordis-org-9005", "name": "Društvo za razvoj", "helix_sector": "civil_society",
            "sector_rationale": "CORDIS activityType OTH (other) → civil_society",
            "sector_source_code": "OTH", **common,
        },
        {
            "id": "cordis-org-9006", "name": "Nordic Solutions Oy", "kind": "company",
            "helix_sector": "industry",
            "sector_rationale": "no CORDIS activityType; classifier rule "
            + classify("Nordic Solutions Oy", country="FI").rationale
            + ", confidence 0.85",
            "sector_inferred": True, "country": "FI", **common,
        },
    ]  # fmt: skip
    beta = {
        "id": "cordis-102", "acronym": "BETA", "title": 'BETA: "smart"; regions', "code": "102",
        "programme": "cordis-fp7", "start_date": date(2016, 1, 1), "end_date": date(2019, 12, 31),
        "total_budget_eur": 2_500_000.0, "url": "https://cordis.europa.eu/project/id/102",
        "status": "closed", "sources": ["CORDIS"],
    }  # fmt: skip
    assert dataset.projects[1].model_dump(exclude_defaults=True) == beta
    assert [p.model_dump(exclude_defaults=True) for p in dataset.participations[:2]] == [
        {"project": "cordis-101", "organisation": "cordis-org-9001", "role": "lead",
         "budget_eur": 500000.5, "sources": ["CORDIS"]},
        {"project": "cordis-101", "organisation": "cordis-org-9002", "role": "partner",
         "budget_eur": 100000.0, "sources": ["CORDIS"]},
    ]  # fmt: skip


def test_an_organisation_met_twice_in_a_project_is_one_tie_with_the_higher_role_and_both_budgets(
    tmp_path,
):
    orgs = [
        org_row("101", "9001", "Univerza v Ljubljani", "HES", "", "participant", "100", short="Univerza v Ljubljani"),
        org_row("101", "9001", "Univerza v Ljubljani", "HES", "SI", "Coordinator", "50,5"),
        org_row("101", "9001", "Univerza v Ljubljani", "HES", "SI", "third_party", ""),
        org_row("102", "9002", "Zavod", "OTH", "SI", "", ""),
        org_row("102", "9002", "Zavod", "OTH", "SI", "Associated Partner", "7"),
        org_row("102", "9003", "Zavod Brda", "OTH", "SI", "beneficiary", "1"),
    ]  # fmt: skip
    dataset, report = read_cordis(write_zip(tmp_path / "twice.zip", orgs=orgs))
    assert [(p.organisation, p.project, p.role, p.budget_eur) for p in dataset.participations] == [
        ("cordis-org-9001", "cordis-101", "lead", 150.5),  # the coordinator's role, 100 + 50.5
        ("cordis-org-9002", "cordis-102", "associated", 7.0),  # no role, then one
        ("cordis-org-9003", "cordis-102", "partner", 1.0),
    ]
    assert report.duplicate_participations_merged == 3
    university = dataset.organisations[0]
    # a short name that is the name is no alias; the country the first row left empty is filled
    assert (university.aliases, university.country) == ([], "SI")
    assert (report.rows_without_country, report.organisations_without_country) == (1, 0)


def test_an_other_whose_name_a_rule_places_takes_that_sector_and_says_why(tmp_path):
    name = "Občina Kranj"
    guessed = classify(name, learned=False)
    assert (guessed.sector, guessed.kind) == ("government", "municipality")
    orgs = [org_row("101", "9001", name, "OTH", "SI", "participant", "1")]
    dataset, _ = read_cordis(write_zip(tmp_path / "oth.zip", orgs=orgs))
    (municipality,) = dataset.organisations
    assert (
        municipality.helix_sector,
        municipality.kind,
        municipality.sector_inferred,
        municipality.sector_source_code,
        municipality.sector_rationale,
    ) == (
        "government",
        "municipality",
        True,
        "OTH",
        "CORDIS activityType OTH (other) is generic; the name says government: "
        + guessed.rationale,
    )


@pytest.mark.parametrize(
    "cell, place, unreadable",
    [
        ("46.0569,14.5058", (46.0569, 14.5058), 0),
        ("(46.0569; 14.5058)", (46.0569, 14.5058), 0),
        ("90,180", (90.0, 180.0), 0),  # the edges are places
        ("-90,-180", (-90.0, -180.0), 0),
        ("90.0001,0", (None, None), 1),
        ("0,-180.5", (None, None), 1),
        ("46.0569", (None, None), 1),
        ("1,2,3", (None, None), 1),
        ("north,east", (None, None), 1),
        ("  ", (None, None), 0),  # no place given: nothing unreadable
    ],
)
def test_a_geolocation_is_a_place_in_range_or_none(tmp_path, cell, place, unreadable):
    row = org_row("101", "9001", "Univerza v Ljubljani", "HES", "SI", "participant", "1")
    row[13] = cell  # geolocation
    dataset, report = read_cordis(write_zip(tmp_path / "geo.zip", orgs=[row]))
    (organisation,) = dataset.organisations
    assert (organisation.latitude, organisation.longitude) == place
    assert report.unreadable_geolocations == unreadable


BAD = [
    (
        [PROJECTS[0], project_row("102", "BETA", start="31/13/2016")], ORGS,
        "project.csv row 3 (line 4): field 'startDate' is '31/13/2016', which is not a date; "
        "write it as 2018-04-17 or 17.04.2018",
        "startDate",
    ),
    (
        PROJECTS, [org_row("101", "9003", "Widgets Ltd", "PRC", "UK", "thirdParty", "12abc")],
        "organization.csv row 2: field 'ecContribution' is '12abc', which is not a number; write "
        "it as e.g. 1234.56 or 1.234,56",
        "ecContribution",
    ),
    (
        PROJECTS, [org_row("101", "9010", "X", "xyz", "SI", "participant", "1")],
        "organization.csv row 2: field 'activityType' is 'xyz', which CORDIS does not use; use "
        "one of HES, REC, PRC, PUB, OTH or leave it empty to let the classifier decide",
        "activityType",
    ),
    (
        PROJECTS, [org_row("101", "9011", "Y", "PRC", "qq", "participant", "1")],
        "organization.csv row 2: field 'country' is 'qq', which is not a country code; use ISO "
        "3166-1 alpha-2 (or CORDIS's EL, UK) or leave it empty",
        "country",
    ),
    (
        PROJECTS, [org_row("101", "9012", "Z", "PRC", "SI", " boss ", "1")],
        "organization.csv row 2: field 'role' is 'boss', which is not a CORDIS role; use "
        "coordinator, participant, partner, thirdParty or associatedPartner",
        "role",
    ),
    (
        PROJECTS, [org_row("101", "9015", " ", "PRC", "SI", "participant", "1")],
        "organization.csv row 2: field 'name' is empty; every organisation needs a name",
        "name",
    ),
    (
        PROJECTS, [org_row(" 999 ", "9013", "Z", "PRC", "SI", "participant", "1")],
        "organization.csv row 2: field 'projectID' names project ' 999 ', which project.csv does "
        "not hold; use the organization.csv of the same download",
        "projectID",
    ),
    (
        PROJECTS, [org_row("101", " ", "Z", "PRC", "SI", "participant", "1")],
        "organization.csv row 2: field 'organisationID' is empty; every CORDIS participant has one",
        "organisationID",
    ),
    (
        PROJECTS, [org_row("101", "9016", "Z", "PRC", "SI", "participant", "-5")],
        "organization.csv row 2: field 'ecContribution' is -5.0, below zero; correct it",
        "ecContribution",
    ),
    (
        [PROJECTS[0], project_row(" ", "BETA")], ORGS[:3],
        "project.csv row 3 (line 4): field 'id' is empty; every CORDIS project needs its id",
        "id",
    ),
    (
        [PROJECTS[0], project_row("102", "BETA", start="2019-01-01", end="2018-12-31")], ORGS[:3],
        "project.csv row 3 (line 4): field 'endDate' 2018-12-31 is before startDate 2019-01-01; "
        "correct one of them",
        "endDate",
    ),
    (
        [PROJECTS[0], project_row("102", "BETA", cost="-3")], ORGS[:3],
        "project.csv row 3 (line 4): field 'totalCost' is -3.0, below zero; correct it",
        "totalCost",
    ),
]  # fmt: skip


@pytest.mark.parametrize("projects, orgs, message, field", BAD)
def test_each_bad_cell_is_one_sentence_naming_the_file_row_and_field(
    tmp_path, projects, orgs, message, field
):
    path = write_zip(tmp_path / "bad.zip", projects=projects, orgs=orgs)
    with pytest.raises(DataError) as caught:
        read_cordis(path)
    assert str(caught.value) == f"{path}:{message}"
    assert caught.value.field == field


def test_a_project_repeated_names_the_row_it_repeats_and_an_end_on_its_start_is_kept(tmp_path):
    path = write_zip(tmp_path / "again.zip", projects=[PROJECTS[0], PROJECTS[0]], orgs=ORGS[:3])
    with pytest.raises(DataError) as caught:
        read_cordis(path)
    assert str(caught.value) == (
        f"{path}:project.csv row 3 (line 4): field 'id' repeats project 101, already at "
        f"{path}:project.csv row 2; keep one row per project"
    )
    one_day = [project_row("101", "", start="2019-01-01", end="2019-01-01", fp="horizon")]
    dataset, _ = read_cordis(write_zip(tmp_path / "day.zip", projects=one_day, orgs=ORGS[:3]))
    (project,) = dataset.projects
    # no acronym: the grant number stands for it; HORIZON is Horizon Europe
    assert (project.acronym, project.start_date, project.end_date, project.programme) == (
        "101",
        date(2019, 1, 1),
        date(2019, 1, 1),
        "cordis-horizon",
    )
    assert [(p.id, p.name, p.period) for p in dataset.programmes] == [
        ("cordis-horizon", "Horizon Europe", "2021–2027")
    ]


def test_a_framework_cordis_does_not_name_is_its_own_programme_with_an_ascii_id(tmp_path):
    projects = [project_row("101", "ALPHA", fp="Förderung 2030"), project_row("102", "BETA", fp="")]
    dataset, _ = read_cordis(write_zip(tmp_path / "fp.zip", projects=projects, orgs=ORGS[:3]))
    assert [(p.id, p.name, p.period) for p in dataset.programmes] == [
        ("cordis-f-rderung-2030", "Förderung 2030", None)
    ]
    assert [p.programme for p in dataset.projects] == ["cordis-f-rderung-2030", None]


def test_a_download_without_rows_is_named(tmp_path):
    path = write_zip(tmp_path / "empty.zip", projects=[], orgs=[])
    with pytest.raises(DataError) as caught:
        read_cordis(path)
    assert str(caught.value) == (
        f"{path}: the download holds no project and no organisation rows; check that it is the "
        "CORDIS projects download (project.csv and organization.csv with their rows)"
    )
    assert caught.value.file == str(path)


def test_a_missing_participant_and_a_repeated_project_name_their_file_and_field(tmp_path):
    path = write_zip(
        tmp_path / "ids.zip", orgs=[org_row("101", " ", "Z", "PRC", "SI", "participant", "1")]
    )
    with pytest.raises(DataError) as caught:
        read_cordis(path)
    assert (caught.value.file, caught.value.field) == (f"{path}:organization.csv", "organisationID")
    path = write_zip(tmp_path / "again.zip", projects=[PROJECTS[0], PROJECTS[0]], orgs=ORGS[:3])
    with pytest.raises(DataError) as caught:
        read_cordis(path)
    assert (caught.value.file, caught.value.field) == (f"{path}:project.csv", "id")


def test_a_public_body_whose_name_is_not_a_government_one_is_an_agency(tmp_path):
    """PUB is government; its kind comes from the name when the name says government
    (Mestna občina Kranj: a municipality), else it is an agency."""
    assert classify("Nordic Solutions Oy", learned=False).sector != "government"
    orgs = [org_row("101", "9001", "Nordic Solutions Oy", "PUB", "FI", "participant", "1")]
    dataset, _ = read_cordis(write_zip(tmp_path / "pub.zip", orgs=orgs))
    (body,) = dataset.organisations
    assert (body.helix_sector, body.kind, body.sector_inferred) == ("government", "agency", False)


def test_a_participant_of_a_project_the_download_lacks_names_its_record(tmp_path):
    orgs = [*ORGS[:2], org_row("999", "9", "Zavod Z", "PRC", "SI", "participant", "1")]
    path = write_zip(tmp_path / "lacks.zip", orgs=orgs)
    with pytest.raises(DataError) as caught:
        read_cordis(path)
    # the third organisation row is row 4 of organization.csv, its header being row 1
    assert (caught.value.file, caught.value.record, caught.value.field) == (
        f"{path}:organization.csv",
        "row 4",
        "projectID",
    )
    assert str(caught.value) == (
        f"{path}:organization.csv row 4: field 'projectID' names project '999', which "
        "project.csv does not hold; use the organization.csv of the same download"
    )
