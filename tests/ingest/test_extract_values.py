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
