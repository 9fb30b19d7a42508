"""The one sentence each reader gives for a file it cannot take, in full, with the file, row
and field the error carries: a CORDIS folder missing its second file and a country that is no
code; a mapping's encoding that is no name; a table row without its organisation, with a cell
too many, with a byte that is not UTF-8; a seed table without rows or with a column that is no
field, a YAML file that is a list; a review file's decision that is none of the three, a review
file that is not UTF-8, and a record of applied merges that is not JSON. Each expected sentence
was written out from the file the test writes.
"""

from __future__ import annotations

import pytest

from helix_graph.errors import DataError
from helix_graph.ingest.cordis import read_cordis
from helix_graph.ingest.resolve import read_review, undo_path
from helix_graph.ingest.seed_files import read_dataset
from helix_graph.ingest.tabular import read_mapping, read_table
from tests.ingest.test_cordis import (
    ORG_HEADER,
    ORGS,
    PROJECT_HEADER,
    PROJECTS,
    write_csv,
    write_zip,
)


def _caught(call, *args, **kwargs) -> DataError:
    with pytest.raises(DataError) as caught:
        call(*args, **kwargs)
    return caught.value


def _where(error: DataError) -> tuple:
    return (error.file, error.record, error.field)


def test_a_cordis_folder_without_its_organisations_file(tmp_path):
    (tmp_path / "project.csv").write_bytes(write_csv(PROJECTS, PROJECT_HEADER))
    error = _caught(read_cordis, tmp_path)
    missing = tmp_path / "organization.csv"
    assert str(error) == (
        f"{missing}: no such file; CORDIS data is a zip holding project.csv and "
        "organization.csv, or those two files side by side"
    )
    assert _where(error) == (str(missing), None, None)


def test_a_cordis_country_that_is_no_code_names_its_row(tmp_path):
    orgs = [list(row) for row in ORGS]
    orgs[1][ORG_HEADER.index("country")] = "XX"  # the second row under the header: row 3
    error = _caught(read_cordis, write_zip(tmp_path / "cordis.zip", orgs=orgs))
    shown = f"{tmp_path / 'cordis.zip'}:organization.csv"
    assert str(error) == (
        f"{shown} row 3: field 'country' is 'XX', which is not a country code; use ISO 3166-1 "
        "alpha-2 (or CORDIS's EL, UK) or leave it empty"
    )
    assert _where(error) == (shown, "row 3", "country")


def test_a_mapping_files_encoding_must_be_a_name(tmp_path):
    path = tmp_path / "mapping.yaml"
    path.write_text("columns: {project: Acronym, organisation: Partner}\nencoding: 5\n", "utf-8")
    error = _caught(read_mapping, mapping_file=path)
    assert str(error) == f"{path}: 'encoding' must be the name of an encoding such as cp1250, not 5"
    assert _where(error) == (str(path), None, None)


_MAPPING = "project=Acronym,organisation=Partner,country=Country"


@pytest.mark.parametrize(
    "content, row, field, sentence",
    [
        (
            "Acronym;Partner;Country\nALPHA;Občina Bled;SI\nALPHA;;IT\n",
            "row 3",
            "Partner",
            "field 'Partner' is empty; every row names an organisation",
        ),
        (
            "Acronym;Partner;Country\nALPHA;Občina Bled;SI;extra\n",
            "row 2",
            None,
            "the row has 4 cells but the header has 3 columns; check the delimiter (';') and "
            "the quotes in that row",
        ),
    ],
    ids=["no organisation", "a cell too many"],
)
def test_a_table_row_that_cannot_be_read(tmp_path, content, row, field, sentence):
    path = tmp_path / "partners.csv"
    path.write_text(content, encoding="utf-8")
    error = _caught(read_table, path, read_mapping(mapping_text=_MAPPING))
    assert str(error) == f"{path} {row}: {sentence}"
    assert _where(error) == (str(path), row, field)


def test_a_table_in_another_encoding_names_the_byte_its_line_and_column(tmp_path):
    path = tmp_path / "partners.csv"
    path.write_bytes("Acronym;Partner\nALPHA;Občina Bled\n".replace("č", "è").encode("latin-1"))
    error = _caught(
        read_table, path, read_mapping(mapping_text="project=Acronym,organisation=Partner")
    )
    # "ALPHA;Ob" is eight characters: the ninth is the byte 0xe8
    assert str(error) == (
        f"{path} line 2: byte 0xe8 at column 9 is not utf-8; pass --encoding cp1250 (Central "
        "European Windows) or --encoding latin-1, or save the file as UTF-8"
    )
    assert _where(error) == (str(path), "line 2", None)


def test_seed_files_without_rows_with_a_column_that_is_no_field_or_a_list(tmp_path):
    empty = tmp_path / "empty" / "organisations.csv"
    empty.parent.mkdir()
    empty.write_text("id,name,country\n", encoding="utf-8")
    error = _caught(read_dataset, [empty.parent])
    assert str(error) == (
        f"{empty}: the file holds no rows; put records under a header row of field names, or "
        "leave the file out"
    )
    assert _where(error) == (str(empty), None, None)

    coloured = tmp_path / "coloured" / "organisations.csv"
    coloured.parent.mkdir()
    coloured.write_text("id,name,colour\no1,Občina Bled,red\n", encoding="utf-8")
    error = _caught(read_dataset, [coloured.parent])
    assert str(error) == (
        f"{coloured} row 1: column 'colour' is not a field of organisations; rename or remove it "
        "(fields: id, name, name_local, aliases, kind, helix_sector, sector_rationale, "
        "sector_inferred, sector_source_code, country, city, latitude, longitude, sources, notes)"
    )
    assert _where(error) == (str(coloured), "1", "colour")

    listed = tmp_path / "listed" / "data.yaml"
    listed.parent.mkdir()
    listed.write_text("- id: o1\n  name: Občina Bled\n", encoding="utf-8")
    error = _caught(read_dataset, [listed.parent])
    assert str(error) == (
        f"{listed}: the file must be a mapping with sections programmes, projects, "
        "organisations, participations; put the records under one of those keys"
    )
    assert _where(error) == (str(listed), None, None)


def test_a_review_file_with_a_decision_that_is_none_or_not_utf8(tmp_path):
    review = tmp_path / "review.csv"
    review.write_text("decision,kept,merged\naccept,o1,o3\nmaybe,o1,o2\n", encoding="utf-8")
    error = _caught(read_review, review)
    assert str(error) == (
        f"{review} (row 3): field 'decision' is 'maybe'; write accept, reject, or leave it empty "
        "to decide later"
    )
    assert _where(error) == (str(review), "3", "decision")

    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"decision,kept,merged\n\xff,o1,o2\n")
    error = _caught(read_review, broken)
    # the header line is 21 bytes: the byte 0xff is at position 21, counted from 0
    assert str(error) == (
        f"{broken}: the review file cannot be read ('utf-8' codec can't decode byte 0xff in "
        "position 21: invalid start byte); check the path, and save it as UTF-8 CSV"
    )
    assert _where(error) == (str(broken), None, None)


def test_a_record_of_applied_merges_that_is_not_json(tmp_path):
    from helix_graph.ingest.resolve import _read_undo

    review = tmp_path / "review.csv"
    undo = undo_path(review)
    undo.write_text("{not json", encoding="utf-8")
    error = _caught(_read_undo, review)
    assert str(error) == (
        f"{undo}: the record of applied merges cannot be read (Expecting property name enclosed "
        "in double quotes: line 1 column 2 (char 1)); it is written by 'helix-graph merges "
        "apply' and is not to be edited"
    )
    assert _where(error) == (str(undo), None, None)
    undo.unlink()
    assert _read_undo(review) == {}  # no merge applied yet
