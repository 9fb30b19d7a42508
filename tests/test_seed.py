"""The seed: the curated facts of the five documents, each traceable to its source."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from conftest import SEEDS

from helix_graph.model import HELIX_SECTORS, ORGANISATION_KINDS, is_country_code

SOURCE_FILES = {
    "000_d43820ecbbe7e1a3.txt",
    "001_acd9985b290395b8.txt",
    "002_7cc3e17fd5838d68.txt",
    "003_d24cd6ec46ec931b.txt",
    "004_19e3ad4b32e02450.txt",
}


def _org(dataset, org_id):
    return next(o for o in dataset.organisations if o.id == org_id)


def _project(dataset, project_id):
    return next(p for p in dataset.projects if p.id == project_id)


def test_seed_counts(seed_dataset):
    assert seed_dataset.counts() == {
        "programmes": 3,
        "projects": 4,
        "organisations": 44,
        "participations": 44,
    }
    per_project = Counter(p.project for p in seed_dataset.participations)
    assert per_project == {
        "smartvillages": 13,
        "smart-region": 15,
        "asis": 11,
        "3i-solution-for-ps": 5,
    }
    assert {p.acronym for p in seed_dataset.projects} == {
        "SmartVillages",
        "Sm@rt Region",
        "ASIS",
        "3I solution for PS",
    }


def test_seed_countries(seed_dataset):
    codes = seed_dataset.country_codes()
    assert len(codes) == 14
    assert all(is_country_code(c) for c in codes)
    assert {
        "SI",
        "IT",
        "AT",
        "FR",
        "DE",
        "CH",
        "SK",
        "HU",
        "HR",
        "LV",
        "FI",
        "PL",
        "LT",
        "CS",
    } == set(codes)


def test_every_fact_has_a_source_that_exists(seed_dataset):
    for record in [
        *seed_dataset.programmes,
        *seed_dataset.projects,
        *seed_dataset.organisations,
        *seed_dataset.participations,
    ]:
        assert record.sources, record
        assert set(record.sources) <= SOURCE_FILES, record
    if SEEDS.is_dir():
        assert {p.name for p in SEEDS.iterdir()} >= SOURCE_FILES


def test_every_organisation_is_classified_with_a_rationale(seed_dataset):
    for org in seed_dataset.organisations:
        assert org.helix_sector in HELIX_SECTORS
        assert org.kind in ORGANISATION_KINDS
        assert org.sector_rationale and len(org.sector_rationale) > 10
        assert org.name_local, org.id
    sectors = Counter(o.helix_sector for o in seed_dataset.organisations)
    assert set(sectors) == set(HELIX_SECTORS)


def test_roles_only_where_stated(seed_dataset):
    roles = Counter(p.role for p in seed_dataset.participations)
    assert roles["lead"] == 1
    lead = next(p for p in seed_dataset.participations if p.role == "lead")
    assert (lead.organisation, lead.project) == ("zrs-bistra-ptuj", "smart-region")
    smiltene = next(
        p for p in seed_dataset.participations if p.organisation == "smiltene-municipality"
    )
    assert smiltene.role is None
    assert smiltene.budget_eur == pytest.approx(81200.0)


def test_smart_region_keeps_both_sources_and_both_dates(seed_dataset):
    project = _project(seed_dataset, "smart-region")
    assert set(project.sources) == {"001_acd9985b290395b8.txt", "003_d24cd6ec46ec931b.txt"}
    assert (project.start_date, project.end_date) == (date(2006, 10, 1), date(2008, 3, 31))
    [variant] = project.date_variants
    assert variant.source == "003_d24cd6ec46ec931b.txt"
    assert (variant.start_date, variant.end_date) == (date(2005, 9, 30), date(2008, 3, 30))


def test_budgets_dates_and_observers_as_given(seed_dataset):
    sv = _project(seed_dataset, "smartvillages")
    assert sv.total_budget_eur == pytest.approx(2_689_072.80)
    assert sv.code == "ASP623"
    assert (sv.start_date, sv.end_date) == (date(2018, 4, 17), date(2021, 4, 16))
    asis = _project(seed_dataset, "asis")
    assert asis.erdf_eur == pytest.approx(1_528_327)
    assert asis.observers_count == 16
    assert asis.end_date == date(2021, 4, 18)
    three_i = _project(seed_dataset, "3i-solution-for-ps")
    assert three_i.total_budget_eur == pytest.approx(498_400.0)
    # "24 mēnešos" from 1 August 2023: the end date is derived from a duration
    assert (three_i.start_date, three_i.end_date) == (date(2023, 8, 1), date(2025, 7, 31))


@pytest.mark.parametrize(
    ("org_id", "name", "name_local", "country"),
    [
        (
            "wirtschaftsverband-gera-ronneburg",
            "Wirtschaftsverband Gera – Ronneburg 2007 e.V.",
            "irtschaftsverband Gera – Ronneburg 2007 e.V.",
            "DE",
        ),
        (
            "styria-department-economy-labour",
            "Department for Economy and Labour (Styria)",
            "Department for Economy and Labour",
            "AT",
        ),  # "Avstija" in the source
        (
            "cess-vojvodina",
            "Centre for Strategic Economic Studies Vojvodina (CESS)",
            "Center za strateške ekonomske študije Vojvodina-CESS",
            "CS",
        ),  # "(Srbija, Črna gora)"
        (
            "hgk-varazdin",
            "Croatian Chamber of Economy – County Chamber Varaždin",
            "HGK-Županijska komora Varaždin (Hrvatska gospodarska komora-Županijska komora Varaždin)",
            "HR",
        ),
        ("citta-di-torino", "Città di Torino", "občino Torino", "IT"),  # inflected Slovenian
        (
            "lut-university",
            "LUT University (Lappeenranta-Lahti University of Technology)",
            "Lapēnrantas-Lahti Tehnoloģiju universitāti",
            "FI",
        ),  # inflected Latvian
        ("smiltene-municipality", "Smiltene Municipality", "Smiltenes novada pašvaldība", "LV"),
        ("ra-kozjansko", "Razvojna agencija Kozjansko", "Razvojni agenciji Kozjansko", "SI"),
    ],
)
def test_rough_edges_of_the_sources(seed_dataset, org_id, name, name_local, country):
    org = _org(seed_dataset, org_id)
    assert (org.name, org.name_local, org.country) == (name, name_local, country)


def test_municipalities_are_government(seed_dataset):
    municipalities = [o for o in seed_dataset.organisations if o.kind == "municipality"]
    assert {o.id for o in municipalities} == {
        "city-of-osijek",
        "citta-di-torino",
        "ville-de-lyon",
        "smiltene-municipality",
    }
    assert all(o.helix_sector == "government" for o in municipalities)


@pytest.mark.seed_pages
def test_names_as_written_appear_in_their_sources(seed_dataset):
    # white space folded: the sources have double spaces ("Gospodarsko  zbornico Torino")
    texts = {p.name: " ".join(p.read_text(encoding="utf-8").split()) for p in SEEDS.iterdir()}
    for org in seed_dataset.organisations:
        written = org.name_local.split(" (")[0] if org.id == "hgk-varazdin" else org.name_local
        assert any(written in texts[s] for s in org.sources), org.id
