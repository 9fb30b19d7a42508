"""Numbers, dates, encodings and CSV rows as people write them, each worked out by hand."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest

from helix_graph.errors import DataError
from helix_graph.ingest.text_files import (
    csv_rows,
    decoded_lines,
    guess_delimiter,
    parse_date,
    parse_number,
)


@pytest.mark.parametrize(
    "written, number",
    [
        ("1234", 1234.0), ("1234.5", 1234.5), ("1234,5", 1234.5), ("1234,56", 1234.56),
        ("1.234", 1.234),  # one dot and three digits: a decimal point (the quick path)
        ("2.689.072,80", 2689072.80), ("498,400.00", 498400.0), ("81 200,00", 81200.0),
        ("1,234,567", 1234567.0), ("1.234.567", 1234567.0), ("1'234'567.5", 1234567.5),
        ("EUR 1.000,50", 1000.5), ("1.000,50 €", 1000.5), ("€12", 12.0), ("12 eur", 12.0),
        ("+7", 7.0), ("-7,5", -7.5), ("  42  ", 42.0), ("", None), ("  ", None), ("EUR", None),
        (None, None), (3, 3.0), (2.5, 2.5),
    ],
)  # fmt: skip
def test_a_number_as_people_write_it(written, number):
    assert parse_number(written, "t.csv row 2", "Budget") == number


@pytest.mark.parametrize("written", ["12abc", "1.2.3,4,5", "--3", "1,2.3,4"])
def test_what_is_not_a_number_is_named_with_its_row_and_field(written):
    with pytest.raises(DataError) as caught:
        parse_number(written, "t.csv row 2", "Budget")
    assert str(caught.value) == (
        f"t.csv row 2: field 'Budget' is '{written}', which is not a number; write it as e.g. "
        "1234.56 or 1.234,56"
    )
    assert (caught.value.record, caught.value.field) == ("t.csv row 2", "Budget")


@pytest.mark.parametrize(
    "written, day",
    [
        ("2018-04-17", date(2018, 4, 17)), ("17.04.2018", date(2018, 4, 17)),
        ("17. 04. 2018", date(2018, 4, 17)), ("17/04/2018", date(2018, 4, 17)),
        ("2018/04/17", date(2018, 4, 17)), ("17-04-2018", date(2018, 4, 17)),
        ("2018-04-17 10:30:00", date(2018, 4, 17)), ("2018-04-17T10:30:00", date(2018, 4, 17)),
        ("2018-4-7", date(2018, 4, 7)),  # ten characters are not needed
        (" 2018-04-17 ", date(2018, 4, 17)), ("", None), (None, None),
        (date(2018, 4, 17), date(2018, 4, 17)),
        (datetime(2018, 4, 17, 23, 59), date(2018, 4, 17)),
    ],
)  # fmt: skip
def test_a_date_as_people_write_it(written, day):
    assert parse_date(written, "t.csv row 2", "Start") == day


@pytest.mark.parametrize("written", ["2018-02-30", "31/13/2016", "04/17/2018", "soon"])
def test_what_is_not_a_date_is_named_with_its_row_and_field(written):
    with pytest.raises(DataError) as caught:
        parse_date(written, "t.csv row 2", "Start")
    assert str(caught.value) == (
        f"t.csv row 2: field 'Start' is '{written}', which is not a date; write it as 2018-04-17 "
        "or 17.04.2018"
    )
    assert (caught.value.record, caught.value.field) == ("t.csv row 2", "Start")


@pytest.mark.parametrize(
    "encoding", ["utf-8", "UTF8", "utf-8-sig", "cp1250", "Windows-1250", "iso-8859-2", "latin-2"]
)
def test_each_name_of_an_encoding_reads_its_bytes(encoding):
    codec = (
        "utf-8" if "utf" in encoding.lower() else "cp1250" if "1250" in encoding else "iso-8859-2"
    )
    text = "Občina Žiri;Šaleška\nČrna\n"
    stream = io.BytesIO(("\ufeff" if encoding == "utf-8-sig" else "").encode() + text.encode(codec))
    assert list(decoded_lines(stream, "t.csv", encoding)) == ["Občina Žiri;Šaleška\n", "Črna\n"]


def test_an_encoding_not_known_is_named_with_those_that_are():
    with pytest.raises(DataError) as caught:
        list(decoded_lines(io.BytesIO(b"a\n"), "t.csv", "ebcdic"))
    assert str(caught.value) == (
        "t.csv: encoding 'ebcdic' is not supported; use one of cp1250, cp1252, iso-8859-2, "
        "latin-1, utf-8"
    )
    assert caught.value.file == "t.csv"


def test_a_byte_that_does_not_fit_another_encoding_says_to_check_it():
    # 0x81 is no character in Windows-1252; the second line's third byte
    stream = io.BytesIO(b"ab\nxy\x81z\n")
    with pytest.raises(DataError) as caught:
        list(decoded_lines(stream, "t.csv", "cp1252"))
    assert str(caught.value) == (
        "t.csv line 2: byte 0x81 at column 3 is not cp1252; check that the file is really cp1252"
    )
    assert caught.value.record == "line 2"
    # a byte order mark is taken off the first line only
    stream = io.BytesIO(b"\xef\xbb\xbfa\n\xef\xbb\xbfb\n")
    assert list(decoded_lines(stream, "t.csv")) == ["a\n", "\ufeffb\n"]


@pytest.mark.parametrize(
    "header, delimiter",
    [("a;b;c", ";"), ("a,b;c,d", ","), ("a\tb\tc", "\t"), ("a|b", "|"), ("alone", ","),
     ("a;b,c", ";")],  # a tie goes to the first of ; , tab |
)  # fmt: skip
def test_the_delimiter_is_the_one_that_splits_the_header_most(header, delimiter):
    assert guess_delimiter(header) == delimiter


def rows(text, **kwargs):
    return list(csv_rows(io.StringIO(text), "t.csv", **kwargs))


def test_rows_are_labelled_as_a_spreadsheet_counts_them_and_blank_lines_are_skipped():
    text = 'id;name\n1;"Zavod\nBrda"\n\n2;Brdo\n ;\n3;Sora\n'
    assert rows(text, delimiter=";", required=["id"]) == [
        ("row 2", {"id": "1", "name": "Zavod\nBrda"}),
        ("row 3 (line 5)", {"id": "2", "name": "Brdo"}),
        ("row 4 (line 6)", {"id": " ", "name": ""}),
        ("row 5 (line 7)", {"id": "3", "name": "Sora"}),
    ]
    # the header's names are stripped; no delimiter given: guessed
    assert rows(" id , name \n1,Brda\n") == [("row 2", {"id": "1", "name": "Brda"})]


def test_each_problem_of_a_table_is_one_sentence_with_its_row():
    cases = [
        ("", {}, "t.csv row 1: the file is empty; it needs a header row", "1", None),
        ("  \n1;2\n", {}, "t.csv row 1: the file is empty; it needs a header row", "1", None),
        (
            "a,b,c\n1,2,3\n", {"delimiter": "\t", "required": ["a"], "expected_delimiter_hint": " as X writes it"},
            "t.csv row 1: the header is separated by ',', not tabs as X writes it; save the file "
            "with tabs as delimiter", "1", "a",
        ),
        (
            "a|b\n", {"delimiter": ";"},
            "t.csv row 1: the header is separated by '|', not ';'; save the file with ';' as "
            "delimiter", "1", None,
        ),
        (
            ";".join(f"c{i}" for i in range(13)) + "\n", {"required": ["id"]},
            "t.csv row 1: column 'id' is missing (the header has: c0, c1, c2, c3, c4, c5, c6, "
            "c7, c8, c9, c10, c11, …); add it or check that this is the right file", "1", "id",
        ),
        (
            ";".join(f"c{i}" for i in range(12)) + "\n", {"required": ["c0", "id", "x"]},
            "t.csv row 1: column 'id' is missing (the header has: c0, c1, c2, c3, c4, c5, c6, "
            "c7, c8, c9, c10, c11); add it or check that this is the right file", "1", "id",
        ),
        (
            "a;b\n1;2\n1;2;3\n", {},
            "t.csv row 3: the row has 3 cells but the header has 2 columns; check the delimiter "
            "(';') and the quotes in that row", "row 3", None,
        ),
        (
            "a\tb\n1\n", {},
            "t.csv row 2: the row has 1 cells but the header has 2 columns; check the delimiter "
            "(tabs) and the quotes in that row", "row 2", None,
        ),
    ]  # fmt: skip
    for text, kwargs, message, record, field in cases:
        with pytest.raises(DataError) as caught:
            rows(text, **kwargs)
        assert str(caught.value) == message
        assert (caught.value.file, caught.value.record, caught.value.field) == (
            "t.csv",
            record,
            field,
        )
