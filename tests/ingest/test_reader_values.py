"""Exact values of the readers, worked out by hand on small inputs.

Written for mutants that survived ``make mutation AREA=ingest`` (tests/README.md, "Mutation
score"): each test pins a value that the mutant changes and no other test looked at.
"""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook
from pydantic import ValidationError

from helix_graph.errors import DataError
from helix_graph.ingest.cordis import read_cordis
from helix_graph.ingest.countries import country_code
from helix_graph.ingest.resolve import (
    Aliases,
    Merge,
    ReviewRow,
    read_aliases,
    read_review,
    write_review,
)
from helix_graph.ingest.seed_files import explain_validation_error, load_yaml, read_dataset
from helix_graph.ingest.tabular import read_mapping, read_table
from helix_graph.ingest.text_files import parse_number
from helix_graph.model import Organisation


@pytest.mark.parametrize("key", ["same", "distinct"])
def test_an_aliases_entry_that_is_not_a_list_names_the_file_and_the_key(tmp_path, key):
    path = tmp_path / "aliases.yaml"
    path.write_text(f"{key}: Region West\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_aliases(path)
    assert str(caught.value) == (
        f"{path} ({key}): a list of entries, each a list of two or more names or ids"
    )
    assert (caught.value.file, caught.value.record, caught.value.field) == (str(path), None, key)


@pytest.mark.parametrize(
    "form, code",
    [
        ("Eestisse", "EE"),  # Eesti + -sse: Estonian "into Estonia"
        ("Eestist", "EE"),  # Eesti + -st, "from Estonia": no -i- after a final vowel
        ("Lätist", "LV"),  # Läti + -st, "from Latvia"
        ("Litve", "LT"),  # Litva, Slovenian genitive: the -a becomes -e
        ("Švice", "CH"),  # Švica, likewise ("iz Švice", from Switzerland)
    ],
)
def test_a_country_name_in_another_case_is_that_country(form, code):
    assert country_code(form) == code


def test_a_review_row_whose_score_is_not_a_number_reads_as_score_zero(tmp_path):
    path = tmp_path / "review.csv"
    path.write_text(
        "decision,kept,kept_name,merged,merged_name,rule,score,status\n"
        "Accept,obcina-ptuj,Občina Ptuj,mo-ptuj,Mestna občina Ptuj,similar names,high,\n"
        "reject,a,Region West,b,Region West,same name,91,Applied\n",
        encoding="utf-8",
    )
    assert read_review(path) == [
        ReviewRow(
            "accept", "obcina-ptuj", "Občina Ptuj", "mo-ptuj", "Mestna občina Ptuj",
            "similar names", 0.0, "",
        ),
        ReviewRow("reject", "a", "Region West", "b", "Region West", "same name", 91.0, "applied"),
    ]  # fmt: skip


def test_a_table_keeps_the_local_name(tmp_path):
    path = tmp_path / "partners.csv"
    path.write_text(
        "Acronym;Partner;Local name;Country\nSmartVillages;Municipality of Žiri;Občina Žiri;SI\n",
        encoding="utf-8",
    )
    mapping = read_mapping(
        mapping_text="project=Acronym,organisation=Partner,name_local=Local name,country=Country"
    )
    (organisation,) = read_table(path, mapping)[0].organisations
    assert (organisation.name, organisation.name_local, organisation.country) == (
        "Municipality of Žiri",
        "Občina Žiri",
        "SI",
    )


def test_a_workbook_without_a_mapped_column_names_it_and_the_header(tmp_path):
    book = Workbook()
    book.active.append(["Acronym", "Partner"])
    book.active.append(["SmartVillages", "Občina Žiri"])
    path = tmp_path / "partners.xlsx"
    book.save(path)
    mapping = read_mapping(mapping_text="project=Acronym,organisation=Partner,country=Country")
    with pytest.raises(DataError) as caught:
        read_table(path, mapping)
    assert str(caught.value) == (
        f"{path} row 1: column 'Country' named in the mapping is not in the header "
        "(Acronym, Partner); correct the mapping"
    )
    assert (caught.value.record, caught.value.field) == ("1", "Country")


def test_a_review_file_read_as_aliases_keeps_the_rejected_pairs_apart(tmp_path):
    path = tmp_path / "review.csv"
    path.write_text(
        "decision,kept,merged\naccept,obcina-ptuj,mo-ptuj\nreject,a,b\n,c,d\n", encoding="utf-8"
    )
    assert read_aliases(path) == Aliases(same=[["obcina-ptuj", "mo-ptuj"]], distinct=[["a", "b"]])


def test_a_zip_without_the_projects_table_says_what_it_holds(tmp_path):
    path = tmp_path / "cordis.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a table")
    with pytest.raises(DataError) as caught:
        read_cordis(path)
    assert str(caught.value) == (
        f"{path}: the zip holds no project.csv (it holds readme.txt); use the CORDIS bulk "
        "download of projects in CSV"
    )


def test_two_marks_each_before_the_other_are_no_number():
    # "1,000.000,5": the last mark is a comma, so the comma is the decimal mark, and a
    # decimal mark that comes twice is no number (the dot would be read as decimal only if
    # it came after the last comma)
    with pytest.raises(DataError, match=r"'1,000\.000,5', which is not a number"):
        parse_number("1,000.000,5", "t.csv row 2", "budget")
    assert parse_number("1,000,000.5", "t.csv row 2", "budget") == 1_000_000.5


def test_a_repeated_row_takes_the_role_the_first_left_empty(tmp_path):
    path = tmp_path / "partners.csv"
    path.write_text(
        "Acronym;Partner;Country;Role\n"
        "SmartVillages;Občina Žiri;SI;\n"
        "SmartVillages;Občina Žiri;SI;Lead partner\n",
        encoding="utf-8",
    )
    mapping = read_mapping(
        mapping_text="project=Acronym,organisation=Partner,country=Country,role=Role"
    )
    dataset, report = read_table(path, mapping)
    (participation,) = dataset.participations
    assert (participation.role, report.duplicate_rows_merged) == ("lead", 1)


def test_what_is_wrong_with_a_record_in_words():
    with pytest.raises(ValidationError) as missing:
        Organisation(id="obcina-ziri", helix_sector="government")
    assert explain_validation_error(missing.value) == ("name", "is missing; add it")
    with pytest.raises(ValidationError) as wrong:
        Organisation(id="obcina-ziri", name="Občina Žiri", helix_sector="space")
    assert explain_validation_error(wrong.value) == (
        "helix_sector",
        "is wrong: 'space' is not a helix sector; use one of government, industry, academia, "
        "civil_society (or unknown for one not yet placed)",
    )


def test_a_seed_file_not_in_utf8_names_the_file_and_the_byte(tmp_path):
    path = tmp_path / "partners.yaml"
    path.write_bytes(
        "organisations:\n  - id: obcina-ziri\n    name: Občina Žiri\n".encode("cp1250")
    )
    with pytest.raises(DataError) as caught:
        read_dataset([path])
    # 15 bytes "organisations:\n", 20 "  - id: obcina-ziri\n", 10 "    name: ", O, b: then č
    # (0xE8 in Windows-1250) is byte 47, counting from 0
    assert str(caught.value).endswith("byte 47 is not UTF-8; save the file as UTF-8")
    assert caught.value.file == str(path)


def test_an_alias_inside_itself_names_the_file(tmp_path):
    path = tmp_path / "loop.yaml"
    text = "partners: &p [obcina-ziri, *p]\n"
    with pytest.raises(DataError) as caught:
        load_yaml(text, path)
    assert str(caught.value).endswith(
        "an alias refers to a node that contains it, so it never ends; write the values out instead"
    )
    assert caught.value.file == str(path)


def test_a_review_file_saved_with_a_byte_order_mark_and_a_line_break_in_a_name(tmp_path):
    # Spreadsheets save "CSV UTF-8" with a byte order mark and CRLF row ends; a name copied
    # from a page may carry a CRLF of its own, inside its quotes, and reads back as written
    path = tmp_path / "review.csv"
    path.write_bytes(
        b"\xef\xbb\xbf"
        + (
            "decision,kept,kept_name,merged,merged_name,rule,score,status\r\n"
            'accept,obcina-ptuj,"Občina\r\nPtuj",mo-ptuj,Mestna občina Ptuj,similar names,0.9,\r\n'
        ).encode()
    )
    assert read_review(path) == [
        ReviewRow(
            "accept", "obcina-ptuj", "Občina\r\nPtuj", "mo-ptuj", "Mestna občina Ptuj",
            "similar names", 0.9, "",
        )
    ]  # fmt: skip


def test_a_review_file_without_a_decision_column_says_which_header_to_keep(tmp_path):
    path = tmp_path / "review.csv"
    path.write_text("kept,merged\nobcina-ptuj,mo-ptuj\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_review(path)
    assert str(caught.value) == (
        f"{path}: the review file has no column 'decision'; keep the header "
        "decision,kept,kept_name,merged,merged_name,rule,score,status"
    )
    assert (caught.value.file, caught.value.field) == (str(path), "decision")


def test_a_review_file_that_cannot_be_written_names_the_file_and_what_to_do(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    path = blocked / "merges.csv"  # its folder is a file: it cannot be made
    with pytest.raises(DataError) as caught:
        write_review(path, [])
    assert str(caught.value) == (
        f"{path}: the review file cannot be written (File exists); "
        "name a file in a folder you can write to with --review"
    )
    assert caught.value.file == str(path)


def test_a_decision_written_in_the_review_file_stays_when_the_merges_are_proposed_again(tmp_path):
    path = tmp_path / "review.csv"
    proposed = Merge(
        "organisation", "obcina-ptuj", "Občina Ptuj", "mo-ptuj", "Mestna občina Ptuj",
        "similar names", 91.0, "",
    )  # fmt: skip
    write_review(path, [proposed])
    path.write_text(path.read_text(encoding="utf-8").replace("\n,", "\naccept,"), encoding="utf-8")
    write_review(path, [proposed])  # proposed again, undecided: the person's accept stays
    assert read_review(path) == [
        ReviewRow(
            "accept", "obcina-ptuj", "Občina Ptuj", "mo-ptuj", "Mestna občina Ptuj",
            "similar names", 91.0, "",
        )
    ]  # fmt: skip


def test_a_kind_that_is_not_a_kind_and_an_end_before_the_start_are_named(tmp_path):
    path = tmp_path / "partners.csv"
    mapping = read_mapping(
        mapping_text="project=Acronym,organisation=Partner,kind=Type,start_date=Start,end_date=End"
    )
    path.write_text(
        "Acronym;Partner;Type;Start;End\nSmartVillages;Občina Žiri;Bank;2019-01-01;2021-12-31\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as caught:
        read_table(path, mapping)
    assert str(caught.value) == (
        f"{path} row 2: field 'Type' is 'bank', which is not a kind; use one of "
        "municipality, region, agency, university, research_centre, company, chamber, "
        "association, foundation, other"
    )
    path.write_text(
        "Acronym;Partner;Type;Start;End\nSmartVillages;Občina Žiri;;2021-12-31;2019-01-01\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as caught:
        read_table(path, mapping)
    assert str(caught.value).startswith(f"{path} row 2: field 'end_date' ")
    assert "2019-01-01 is before start_date 2021-12-31" in str(caught.value)


def test_a_json_mapping_file_is_read_as_json_and_its_error_names_the_file(tmp_path):
    path = tmp_path / "mapping.json"
    path.write_text('{project: "Acronym"}', encoding="utf-8")  # YAML would take it; JSON does not
    with pytest.raises(DataError) as caught:
        read_mapping(mapping_file=path)
    assert str(caught.value) == (
        f"{path}: the mapping file cannot be read (Expecting property name enclosed in double "
        "quotes: line 1 column 2 (char 1)); check the path and its syntax"
    )
    assert caught.value.file == str(path)
