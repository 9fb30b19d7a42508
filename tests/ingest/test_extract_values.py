"""extract.py's whole outputs on pages written for these tests: every project field, each
labelled partner's record, the review notes in full, and every message about a file that
cannot be read. Stable behaviour only (structure, messages, labelled fields): the cue
vocabularies change often and are tested in test_extract_*.py.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest

from helix_graph.errors import DataError
from helix_graph.ingest.extract import MAX_PAGE_BYTES, extract_file, extract_files, extract_text

PAGE = """Project title: Green Valleys for Rural Futures (GREENVAL)
Programme: Interreg Alpine Space
Start date: 01.03.2017
Duration: 36 months
Status: finished
Website: https://example.eu/greenval.
Total budget: EUR 1,250,000.00
ERDF: EUR 1,000,000.00

Lead partner: Municipality of Kobarid (SI)
Partner: University of Udine (IT)
Partner: Chamber of Commerce of Carinthia (AT)
"""

PARTNER_FIELDS = ("name", "country", "country_from", "role", "found_in", "helix_sector", "kind")


def test_a_labelled_page_gives_every_project_field_and_each_partner():
    page = extract_text(PAGE, file="greenval.txt")
    assert (page["file"], page["language"]) == ("greenval.txt", "en")
    assert page["project"] == {
        "title": "Green Valleys for Rural Futures",  # the acronym in brackets taken apart
        "acronym": "GREENVAL",
        "programme": "Interreg Alpine Space",
        "start_date": dt.date(2017, 3, 1),
        # 36 months from 1 March 2017: the last day before 1 March 2020
        "end_date": dt.date(2020, 2, 29),
        "status": "finished",
        "url": "https://example.eu/greenval",  # the sentence's full stop left out
        "total_budget_eur": 1_250_000.0,
        "erdf_eur": 1_000_000.0,
    }
    assert [tuple(p[f] for f in PARTNER_FIELDS) for p in page["partners"]] == [
        ("Municipality of Kobarid", "SI", "written beside it", "lead", "label", "government", "municipality"),
        ("University of Udine", "IT", "written beside it", "partner", "label", "academia", "university"),
        ("Chamber of Commerce of Carinthia", "AT", "written beside it", "partner", "label", "industry", "chamber"),
    ]  # fmt: skip
    # each record keeps the line it was read from
    assert [p["source"] for p in page["partners"]] == [
        "Lead partner: Municipality of Kobarid (SI)",
        "Partner: University of Udine (IT)",
        "Partner: Chamber of Commerce of Carinthia (AT)",
    ]
    assert page["review"] == [
        "end date 2020-02-29 computed from the start 2017-03-01 and a duration of "
        "'36 months'; check it",
        '1,000,000.00 EUR read as the ERDF co-financing, from: "ERDF: EUR 1,000,000.00"',
    ]


def test_a_page_without_facts_or_partners_says_what_to_set_by_hand():
    page = extract_text("Some words about a meeting in the valley.\n", file="note.txt")
    assert page["partners"] == []
    assert page["project"]["acronym"] is None and page["project"]["start_date"] is None
    assert page["review"] == [
        "no project acronym found: set one by hand",
        "no funding programme found: set it by hand",
        "no start date found",
        "no partners found on the page: add them by hand, or take them from another source",
    ]


def test_a_file_that_cannot_be_extracted_is_one_sentence_naming_it(tmp_path):
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    binary = tmp_path / "page.pdf.txt"
    binary.write_bytes(b"%PDF-1.4\x00\x01rest")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Project title: Obala\nPartner: Občina".encode("cp1250"))
    big = tmp_path / "site.txt"
    with big.open("wb") as stream:  # a sparse file: its size, none of its bytes written
        stream.truncate(MAX_PAGE_BYTES + 1)
    expected = {
        missing: f"{missing}: cannot be read (No such file or directory); check the path",
        empty: f"{empty}: the file is empty; there is nothing to extract",
        binary: f"{binary}: the file is not text (it holds binary data, like a PDF, an image "
        "or an office document); save the page as plain text",
        # line 1 is 21 bytes with its newline, "Partner: Ob" 11 more: the cp1250 "č" is byte 32
        latin: f"{latin} line 2: byte 32 is not UTF-8; save the page as UTF-8",
        big: f"{big}: the file is 5 MB, larger than a project page (5 MB at most); save the "
        "project's own page as text",
    }
    for path, message in expected.items():
        with pytest.raises(DataError) as caught:
            extract_file(path)
        assert str(caught.value) == message
        assert caught.value.file == str(path)
    assert os.path.getsize(big) == 5_000_001
    # several files: the readable one is extracted, each other gives its sentence
    good = tmp_path / "greenval.txt"
    good.write_bytes(b"\xef\xbb\xbf" + PAGE.encode("utf-8"))  # a byte-order mark is fine
    results, problems = extract_files([empty, good, latin])
    assert [r["file"] for r in results] == ["greenval.txt"]
    assert results[0]["project"]["acronym"] == "GREENVAL"
    assert problems == [expected[empty], expected[latin]]


def test_a_date_range_and_amounts_written_the_slovenian_way():
    page = extract_text(
        "Program: Interreg V-A Slovenija-Hrvaška\n"
        "Trajanje: 1. 9. 2016 – 31. 8. 2019\n"
        "Skupna vrednost projekta: 2.000.000,00 EUR\n"
        "Sofinanciranje ESRR (Evropski sklad za regionalni razvoj): 1.700.000,00 EUR\n",
        file="zedo.txt",
    )
    assert page["language"] == "sl"
    project = page["project"]
    # "A – B": the first date starts, the second ends
    assert (project["start_date"], project["end_date"]) == (
        dt.date(2016, 9, 1),
        dt.date(2019, 8, 31),
    )
    assert project["programme"] == "Interreg V-A Slovenija-Hrvaška"
    # thousands with dots, decimals with a comma; the total by its words, the ERDF by its fund
    assert (project["total_budget_eur"], project["erdf_eur"]) == (2_000_000.0, 1_700_000.0)
    assert page["review"][1] == (
        '1.700.000,00 EUR read as the ERDF co-financing, from: "Sofinanciranje ESRR '
        '(Evropski sklad za regionalni razvoj): 1.700.000,00 EUR"'
    )


def test_dates_the_wrong_way_round_and_amounts_that_are_not_placed_go_to_review():
    page = extract_text(
        "Title: Late Start (LS)\n"
        "Start date: 2020-05-01\n"
        "End date: 2019-04-30\n"
        "Budget: about half a million\n"
        "Other money: EUR 12,000 for travel\n",
        file="late.txt",
        language="en",
    )
    assert page["project"] == {
        "title": "Late Start",
        "acronym": "LS",
        "start_date": dt.date(2020, 5, 1),
        "end_date": dt.date(2019, 4, 30),
    }
    assert page["review"] == [
        "no funding programme found: set it by hand",
        "the end date 2019-04-30 is before the start 2020-05-01; check them",
        "budget 'about half a million' is not a number as written; set it by hand",
        'amount not placed: "Other money: EUR 12,000"',
        "no partners found on the page: add them by hand, or take them from another source",
    ]


def test_a_second_amount_in_a_sentence_is_read_from_after_the_first():
    # the ERDF amount's context starts after the total, its comma and space taken off
    page = extract_text(
        "The total project budget is EUR 1,200,000, of which the ERDF co-finances EUR 1,020,000.",
        language="en",
    )
    assert (page["project"]["total_budget_eur"], page["project"]["erdf_eur"]) == (1200000, 1020000)
    assert page["review"][3] == (
        '1,020,000 EUR read as the ERDF co-financing, from: "of which the ERDF co-finances '
        'EUR 1,020,000"'
    )


def test_a_latvian_date_in_words_and_a_short_title_that_is_its_own_acronym():
    page = extract_text(
        "Projekta nosaukums: Gudrie ciemi\nProjekta sākums: 2019. gada 1. janvāris\n",
        file="lv.txt",
    )
    assert page["language"] == "lv"
    assert page["project"] == {
        "title": "Gudrie ciemi",
        "acronym": "Gudrie ciemi",  # 30 letters or fewer and no acronym: the title stands for it
        "start_date": dt.date(2019, 1, 1),
        "end_date": None,
    }


def test_an_acronym_read_from_prose_keeps_the_sentence_it_was_read_from():
    """The sentence runs from the line's start (not the heading above it) to its full stop,
    not on to the next one."""
    page = extract_text(
        "News from the region\nToday the project INTESI began. It runs two years.\n",
        file="news.txt",
        language="en",
    )
    assert page["project"] == {
        "evidence": {"acronym": "Today the project INTESI began."},
        "title": None,
        "acronym": "INTESI",
        "start_date": None,
        "end_date": None,
    }


@pytest.mark.parametrize(
    "start, months, end",
    [
        (dt.date(2023, 8, 1), 24, dt.date(2025, 7, 31)),
        (dt.date(2020, 1, 31), 1, dt.date(2020, 2, 28)),  # 29 February is the day after
        (dt.date(2019, 11, 15), 3, dt.date(2020, 2, 14)),  # across a year's end
        (dt.date(2021, 12, 1), 12, dt.date(2022, 11, 30)),
    ],
)
def test_a_duration_ends_the_day_before_its_months_are_full(start, months, end):
    from helix_graph.ingest.extract import _add_months

    assert _add_months(start, months) == end


@pytest.mark.timeout(60)  # a second or two: a scan of the name that never ends fails here
def test_the_town_after_a_particle_that_follows_the_body_word_gives_the_country():
    """The partner "Gemeinde am Mondsee": "am" follows the body's word and belongs to the place, whose
    proper word is Mondsee, a town in Austria."""
    page = extract_text("Partner: Gemeinde am Mondsee\n", file="at.txt", language="de")
    assert [(p["name"], p["country"]) for p in page["partners"]] == [("Gemeinde am Mondsee", "AT")]


def test_a_role_on_the_line_under_a_name_of_a_partners_section_is_that_names_role():
    page = extract_text(
        "The Partnership\nCity of Graz\nDevelopment Agency of Evia SA\nLead Partner\n",
        file="partners.txt",
        language="en",
    )
    partners = {p["name"]: (p["role"], p["found_in"]) for p in page["partners"]}
    assert partners["Development Agency of Evia SA"] == ("lead", "section")
