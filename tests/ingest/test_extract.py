"""Text extraction from the seed documents, checked against the curated seed (seed/*.yaml).

The tests marked seed_pages read ../shared/seeds, the pages the seed was curated from; they are
not collected where those pages are absent (tests/ingest/test_extract_pages.py checks the same
structures on pages written for the tests).
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import SEEDS

from helix_graph.ingest.countries import fold
from helix_graph.ingest.extract import draft_dataset, extract_file, extract_text
from helix_graph.ingest.seed_files import read_dataset
from helix_graph.load import graph_counts


def _key(name: str) -> str:
    return " ".join(fold(name).split())


@pytest.fixture(scope="module")
def extracted() -> dict[str, dict]:
    return {path.name: extract_file(path) for path in sorted(SEEDS.glob("*.txt"))}


def _match(organisation, partners):
    names = {
        _key(n)
        for n in [organisation.name, organisation.name_local or "", *organisation.aliases]
        if n
    }
    return [p for p in partners if _key(p["name"]) in names or _key(p["name_as_written"]) in names]


@pytest.mark.seed_pages
def test_every_seed_partner_and_country_is_recovered(extracted, seed_dataset):
    found, missed = 0, []
    for organisation in seed_dataset.organisations:
        for source in organisation.sources:
            matches = _match(organisation, extracted[source]["partners"])
            if len(matches) == 1 and matches[0]["country"] == organisation.country:
                found += 1
            else:
                missed.append(
                    (organisation.id, source, [(m["name"], m["country"]) for m in matches])
                )
    assert not missed
    assert found == len(seed_dataset.organisations) == 44


@pytest.mark.seed_pages
def test_no_partner_is_invented(extracted, seed_dataset):
    per_source: dict[str, int] = {}
    for organisation in seed_dataset.organisations:
        for source in organisation.sources:
            per_source[source] = per_source.get(source, 0) + 1
    assert {f: len(r["partners"]) for f, r in extracted.items()} == {
        f: per_source.get(f, 0) for f in extracted
    }


@pytest.mark.seed_pages
def test_roles_lead_and_page_owner(extracted):
    smart = {p["name"]: p["role"] for p in extracted["001_acd9985b290395b8.txt"]["partners"]}
    assert smart["ZRS Bistra Ptuj"] == "lead"
    assert list(smart.values()).count("lead") == 1
    smiltene = extracted["004_19e3ad4b32e02450.txt"]["partners"][0]
    assert (smiltene["name"], smiltene["country"], smiltene["role"]) == (
        "Smiltenes novada pašvaldība",
        "LV",
        None,
    )


@pytest.mark.seed_pages
def test_inflected_names_are_read_back_to_the_nominative_and_listed_for_review(extracted):
    asis = {
        p["name_as_written"]: p["name"] for p in extracted["002_7cc3e17fd5838d68.txt"]["partners"]
    }
    assert asis["občino Torino"] == "Občina Torino"
    assert asis["Gospodarsko zbornico Torino"] == "Gospodarska zbornica Torino"
    assert (
        asis["avstrijskim mednarodnim inštitutom za standardizacijo"]
        == "Avstrijski mednarodni inštitut za standardizacijo"
    )
    assert asis["Razvojni agenciji Kozjansko"] == "Razvojna agencija Kozjansko"
    latvian = {
        p["name_as_written"]: p["name"] for p in extracted["004_19e3ad4b32e02450.txt"]["partners"]
    }
    assert (
        latvian["Kauņas zinātnes un tehnoloģijas parku"] == "Kauņas zinātnes un tehnoloģijas parks"
    )
    assert latvian["uzņēmumu AR-GO lab Oy"] == "AR-GO lab Oy"
    assert asis["Univerzo za uporabne znanosti in umetnosti južna Švica - SUPSI"].startswith(
        "Univerza za uporabne"
    )
    assert asis["Univerza Lyon"] == "Univerza Lyon"  # already nominative: left as written
    assert (
        asis["Fachhochschule Koroška"] == "Fachhochschule Koroška"
    )  # not in the lexicon: left as written
    review = " ".join(extracted["002_7cc3e17fd5838d68.txt"]["review"])
    assert "'Gospodarsko zbornico Torino' is in the accusative or instrumental" in review


@pytest.mark.seed_pages
def test_uncertain_countries_go_to_review(extracted):
    review = "\n".join(extracted["001_acd9985b290395b8.txt"]["review"])
    assert "'Avstija' is not a country name as written; read as AT" in review
    assert "'Srbija, Črna gora' read as CS" in review
    assert "taken from the word 'Hrvatska' in its name" in review
    owner_review = "\n".join(extracted["002_7cc3e17fd5838d68.txt"]["review"])
    assert "country SI assumed from the page's language" in owner_review


@pytest.mark.seed_pages
def test_project_facts(extracted):
    villages = extracted["000_d43820ecbbe7e1a3.txt"]["project"]
    assert villages["acronym"] == "SmartVillages" and villages["code"] == "ASP623"
    assert (villages["start_date"], villages["end_date"]) == (date(2018, 4, 17), date(2021, 4, 16))
    assert villages["total_budget_eur"] == pytest.approx(2689072.80)
    assert villages["programme"] == "Interreg Alpine Space"
    smart = extracted["001_acd9985b290395b8.txt"]["project"]
    assert (smart["start_date"], smart["end_date"], smart["status"]) == (
        date(2006, 10, 1),
        date(2008, 3, 31),
        "finished",
    )
    assert smart["programme"] == "Interreg III B Cadses"
    asis = extracted["002_7cc3e17fd5838d68.txt"]["project"]
    assert (asis["acronym"], asis["end_date"], asis["erdf_eur"]) == (
        "ASIS",
        date(2021, 4, 18),
        1528327.0,
    )
    portal = extracted["003_d24cd6ec46ec931b.txt"]["project"]
    assert (portal["start_date"], portal["end_date"]) == (date(2005, 9, 30), date(2008, 3, 30))
    three = extracted["004_19e3ad4b32e02450.txt"]
    assert three["project"]["acronym"] == "3I solution for PS"
    assert three["project"]["title"].startswith("Enabling better public services")
    assert (three["project"]["start_date"], three["project"]["end_date"]) == (
        date(2023, 8, 1),
        date(2025, 7, 31),
    )
    assert three["project"]["total_budget_eur"] == 498400.0
    assert any("computed from the start" in item for item in three["review"])
    assert any(
        "81 200,00 EUR" in item for item in three["review"]
    )  # an amount it did not place is shown


@pytest.mark.seed_pages
def test_a_page_without_partners_says_so(extracted):
    assert extracted["003_d24cd6ec46ec931b.txt"]["partners"] == []
    assert any(
        "no partners found" in item for item in extracted["003_d24cd6ec46ec931b.txt"]["review"]
    )


def test_english_list_and_unknown_country_is_reviewed():
    text = (
        "Title: Green Valleys (GV)\nProgramme: Interreg Central Europe\nDuration: 01.03.2019 – 28.02.2022\n\n"
        "Partners:\n- Comune di Bergamo (Italy) – lead partner\n- Nordic Widgets Oy, Finland\n"
        "- Friends of the Valley\n\nMore text.\n"
    )
    result = extract_text(text, file="gv.txt")
    assert result["language"] == "en"
    assert [(p["name"], p["country"], p["role"]) for p in result["partners"]] == [
        ("Comune di Bergamo", "IT", "lead"),
        ("Nordic Widgets Oy", "FI", "partner"),
        ("Friends of the Valley", None, "partner"),
    ]
    assert "partner 'Friends of the Valley': no country found; add it" in result["review"]
    assert (
        result["project"]["acronym"] == "GV"
        and result["project"]["programme"] == "Interreg Central Europe"
    )


@pytest.mark.seed_pages
def test_extract_cli_json_and_drafts_that_load(tmp_path, run_cli, store):
    files = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    code, out, err = run_cli("extract", *files, "--json", "--out", str(tmp_path / "drafts"))
    assert code == 0, err
    results = json.loads(out)
    assert [r["file"] for r in results] == [p.split("/")[-1] for p in files]
    assert {"file", "project", "partners", "review"} <= set(results[0])
    assert results[0]["partners"][0]["country"] == "SI"
    drafts = sorted((tmp_path / "drafts").glob("*.yaml"))
    assert [d.name for d in drafts] == [
        p.split("/")[-1].replace(".txt", ".yaml") for p in files
    ] + ["programmes.yaml"]
    assert "# To review:" in drafts[1].read_text(encoding="utf-8")
    dataset = read_dataset(drafts)
    assert dataset.counts()["organisations"] == 44
    code, _, err = run_cli("load", str(tmp_path / "drafts"))
    assert code == 0, err
    counts = graph_counts(store)
    assert (
        counts["nodes"]["Organisation"] == 44 and counts["relationships"]["PARTICIPATES_IN"] == 44
    )


@pytest.mark.seed_pages
def test_draft_records_keep_the_source_and_mark_sectors_inferred(extracted):
    records = draft_dataset(extracted["000_d43820ecbbe7e1a3.txt"])
    assert all(
        o["sector_inferred"] and o["sources"] == ["000_d43820ecbbe7e1a3.txt"]
        for o in records["organisations"]
    )
    assert records["projects"][0]["programme"] == records["programmes"][0]["id"]


def test_english_prose_partners():
    text = (
        "The project is led by the Alpine Town. The partners are University of Graz (Austria), "
        "Comune di Trento (Italy) and the Chamber of Commerce of Lyon (France). It ends on 30 June 2022."
    )
    result = extract_text(text, file="p.txt", language="en")
    # "led by the Alpine Town" names the lead; the town's country is not on the page
    assert [(p["name"], p["country"], p["role"]) for p in result["partners"]] == [
        ("Alpine Town", None, "lead"),
        ("University of Graz", "AT", "partner"),
        ("Comune di Trento", "IT", "partner"),
        ("Chamber of Commerce of Lyon", "FR", "partner"),
    ]
    assert [p["helix_sector"] for p in result["partners"][1:]] == [
        "academia",
        "government",
        "industry",
    ]
    assert result["project"]["end_date"] == date(2022, 6, 30)


def test_an_unreadable_budget_goes_to_review_not_an_error():
    result = extract_text(
        "Vrednost projekta: približno 2 mio\n\nPartnerji:\n • Alfa d.o.o., SLOVENIJA\n",
        language="sl",
    )
    assert "total_budget_eur" not in result["project"]
    assert "budget 'približno 2 mio' is not a number as written; set it by hand" in result["review"]
    assert [(p["name"], p["country"], p["helix_sector"]) for p in result["partners"]] == [
        ("Alfa d.o.o.", "SI", "industry")
    ]


def test_a_page_not_in_utf8_is_named_with_its_line(tmp_path, run_cli):
    (tmp_path / "page.txt").write_bytes("Partnerji:\n • Občina Kranj, SLOVENIJA\n".encode("cp1250"))
    code, _, err = run_cli("extract", str(tmp_path / "page.txt"))
    assert code == 1 and "page.txt line 2" in err and "not UTF-8" in err
