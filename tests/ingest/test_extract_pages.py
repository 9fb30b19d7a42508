"""Text extraction from project pages written for the tests (tests/data/pages, see its README).

The pages are invented, in the shapes real project pages have; every expected value below
was worked out by reading the page. The same checks on the pages the seed was curated from
run too when ../shared/seeds is present (tests/ingest/test_extract.py, marked seed_pages).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from helix_graph.ingest.extract import draft_dataset, extract_file
from helix_graph.ingest.seed_files import read_dataset
from helix_graph.load import graph_counts

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


@pytest.fixture(scope="module")
def extracted() -> dict[str, dict]:
    return {path.stem: extract_file(path) for path in sorted(PAGES.glob("*.txt"))}


def partners(result: dict) -> list[tuple]:
    return [(p["name"], p["country"], p["role"]) for p in result["partners"]]


def test_labelled_facts_and_a_list_with_countries_in_capitals(extracted):
    page = extracted["list_labels_sl"]
    assert page["language"] == "sl"
    assert page["project"] == {
        "title": "Zelene poti za podeželje srednje Evrope",
        "acronym": "GreenPaths",
        "programme": "Interreg Central Europe",
        "start_date": date(2019, 2, 3),
        "end_date": date(2022, 1, 31),
        "code": "CE1234",
        "url": "https://example.org/projects/zelene-poti",
        "total_budget_eur": 1845210.40,  # "1.845.210,40": dots group thousands
    }
    assert partners(page) == [
        ("Univerza v Novem mestu", "SI", "partner"),
        ("Kolesarsko društvo Krka", "SI", "partner"),
        # the comma inside the name is not the one before the country
        ("Pedalo, trajnostna mobilnost d.o.o.", "SI", "partner"),
        ("Consorzio Valli del Brenta", "IT", "partner"),
        ("Radland Steiermark GmbH", "AT", "partner"),
        ("Waldhaus – Verein für sanften Tourismus", "DE", "partner"),
    ]


def test_the_lead_a_misspelt_country_a_former_state_and_a_country_from_the_name(extracted):
    page = extracted["list_roles_sl"]
    assert partners(page) == [
        ("Razvojni center Ribnica", "SI", "lead"),
        ("Ljudska univerza Kočevje", "SI", "partner"),
        ("Technologiezentrum Murtal GmbH", "AT", "partner"),
        ("Handwerkskammer Oberland", "DE", "partner"),
        ("Regionalna agencija Vršac", "CS", "partner"),
        # the long form in brackets is the same body's name spelt out: kept out of the name
        ("HOK-Obrtnička komora Karlovac", "HR", "partner"),
    ]
    review = "\n".join(page["review"])
    assert "'Avstija' is not a country name as written; read as AT" in review
    assert "'Srbija, Črna gora' read as CS (Serbia and Montenegro)" in review
    assert "HR (Croatia) taken from the word 'Hrvatska' in its name" in review
    assert {k: page["project"][k] for k in ("start_date", "end_date", "status", "programme")} == {
        "start_date": date(2004, 3, 1),
        "end_date": date(2006, 9, 30),
        "status": "finished",
        "programme": "Interreg III B Alpine Space",
    }


def test_slovenian_prose_in_inflected_cases_and_the_pages_own_organisation(extracted):
    page = extracted["prose_sl"]
    written = {p["name_as_written"]: p["name"] for p in page["partners"]}
    assert written == {
        "Razvojni agenciji Savinja": "Razvojna agencija Savinja",  # locative, "Na … smo"
        "Univerza Grenoble": "Univerza Grenoble",  # already nominative
        "Alpenforum": "Alpenforum",
        "Hochschule Allgäu": "Hochschule Allgäu",  # not in the lexicon: as written
        "občino Bergamo": "Občina Bergamo",
        "Gospodarsko zbornico Bergamo": "Gospodarska zbornica Bergamo",
        "mestom Grenoble": "Mesto Grenoble",
        "bavarskim deželnim inštitutom za gozdarstvo": "Bavarski deželni inštitut za gozdarstvo",
        "Univerzo za uporabne znanosti Vorarlberg": "Univerza za uporabne znanosti Vorarlberg",
    }
    assert [p["country"] for p in page["partners"]] == [
        *["SI", "FR", "AT", "DE", "IT", "IT", "FR", "DE", "AT"]
    ]
    owner = page["partners"][0]
    assert (owner["role"], owner["found_in"]) == (None, "page owner")
    review = "\n".join(page["review"])
    assert "'Gospodarsko zbornico Bergamo' is in the accusative or instrumental" in review
    assert "'mestom Grenoble' is in the instrumental" in review
    assert "'Razvojna agencija Savinja': country SI assumed from the page's language" in review
    assert page["project"] == {
        "title": "Gorska omrežja za skupnostne inovacije",
        "acronym": "GORA",
        "programme": "Interreg Alpine Space",
        "start_date": None,
        "end_date": date(2022, 6, 30),
        "erdf_eur": 1204500.0,
    }
    assert "no start date found" in page["review"]


def test_latvian_prose_a_duration_in_months_and_an_amount_not_placed(extracted):
    page = extracted["prose_lv"]
    assert page["language"] == "lv"
    assert [(p["name_as_written"], p["name"], p["country"]) for p in page["partners"]] == [
        ("Valmieras novada pašvaldība", "Valmieras novada pašvaldība", "LV"),
        ("Tartu Lietišķo zinātņu universitāti", "Tartu Lietišķo zinātņu universitāte", "EE"),
        ("uzņēmumu Nordwise Oy", "Nordwise Oy", "FI"),  # "uzņēmumu" says what it is
        ("Kauņas inovāciju parku", "Kauņas inovāciju parks", "LT"),
    ]
    project = page["project"]
    assert (project["title"], project["acronym"]) == (
        "Shared digital services for small towns",
        "DigiTowns",
    )
    # 30 months from 1 September 2022 end on the last day of February 2025
    assert (project["start_date"], project["end_date"]) == (date(2022, 9, 1), date(2025, 2, 28))
    assert (project["programme"], project["programme_period"]) == (
        "Interreg Baltijas jūras reģiona",
        "2021–2027",
    )
    assert project["total_budget_eur"] == 612000.0
    review = "\n".join(page["review"])
    assert "computed from the start 2022-09-01 and a duration of '30 mēnešos'" in review
    assert (
        'amount not placed: "Valmieras novada pašvaldības izmaksas projektā ir 95 300,00 EUR"'
        in (review)
    )


def test_a_portal_page_without_partners_says_so(extracted):
    page = extracted["portal_en"]
    assert page["partners"] == []
    assert (page["project"]["start_date"], page["project"]["end_date"]) == (
        date(2010, 11, 15),
        date(2013, 5, 14),
    )
    assert page["project"]["status"] == "finished"
    assert page["review"] == [
        "no funding programme found: set it by hand",
        "no partners found on the page: add them by hand, or take them from another source",
    ]


def test_draft_records_keep_the_source_and_mark_sectors_inferred(extracted):
    records = draft_dataset(extracted["list_labels_sl"])
    assert [o["sources"] for o in records["organisations"]] == [["list_labels_sl.txt"]] * 6
    assert all(o["sector_inferred"] for o in records["organisations"])
    assert records["projects"][0]["programme"] == records["programmes"][0]["id"]
    assert records["programmes"][0]["id"] == "interreg-central-europe"


def test_extract_cli_json_and_drafts_that_load(tmp_path, run_cli, store):
    files = [str(p) for p in sorted(PAGES.glob("*.txt"))]
    code, out, err = run_cli("extract", *files, "--json", "--out", str(tmp_path / "drafts"))
    assert code == 0, err
    results = json.loads(out)
    assert [r["file"] for r in results] == [Path(p).name for p in files]
    assert [len(r["partners"]) for r in results] == [6, 6, 0, 4, 9]
    drafts = sorted(p.name for p in (tmp_path / "drafts").glob("*.yaml"))
    assert drafts == [
        "list_labels_sl.yaml",
        "list_roles_sl.yaml",
        "portal_en.yaml",
        "programmes.yaml",
        "prose_lv.yaml",
        "prose_sl.yaml",
    ]
    assert "# To review:" in (tmp_path / "drafts" / "list_roles_sl.yaml").read_text("utf-8")
    assert read_dataset([tmp_path / "drafts"]).counts() == {
        "programmes": 4,
        "projects": 5,
        "organisations": 25,
        "participations": 25,
    }
    code, _, err = run_cli("load", str(tmp_path / "drafts"))
    assert code == 0, err
    counts = graph_counts(store)
    assert counts["nodes"]["Organisation"] == 25 and counts["nodes"]["Project"] == 5
    assert counts["relationships"]["PARTICIPATES_IN"] == 25
