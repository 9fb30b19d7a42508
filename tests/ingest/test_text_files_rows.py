"""Rows named as a spreadsheet counts them, with the line where they differ."""

from __future__ import annotations

import pytest

from helix_graph.errors import DataError
from helix_graph.ingest.text_files import csv_rows


def test_unclosed_quote_names_its_row_and_line():
    lines = ["id,name\n", 'a,"two\n', 'lines"\n', 'b,"open\n', "c,d\n"]
    rows = csv_rows(lines, "x.csv", delimiter=",")
    assert next(rows) == ("row 2", {"id": "a", "name": "two\nlines"})
    with pytest.raises(DataError) as caught:
        list(rows)
    assert str(caught.value).startswith("x.csv row 3 (line 4): the CSV cannot be read")


def test_unclosed_quote_in_the_header():
    with pytest.raises(DataError, match=r"^x\.csv row 1: the CSV cannot be read"):
        list(csv_rows(['"id,name\n'], "x.csv", delimiter=","))


def test_a_header_with_as_many_of_another_delimiter_is_read_with_the_one_given():
    """'id,name;kind' splits as often on ';' as on ',': the delimiter given wins, and the
    semicolon stays inside its column's name."""
    from helix_graph.ingest.text_files import csv_rows

    rows = list(csv_rows(["id,name;kind", "x1,Občina Žiri;municipality"], "t.csv", delimiter=","))
    assert rows == [("row 2", {"id": "x1", "name;kind": "Občina Žiri;municipality"})]
