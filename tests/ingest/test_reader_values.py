"""Exact values of the readers, worked out by hand on small inputs.

Written for mutants that survived ``make mutation AREA=ingest`` (tests/README.md, "Mutation
score"): each test pins a value that the mutant changes and no other test looked at.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date

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
from helix_graph.ingest.text_files import decoded_lines, parse_number
from helix_graph.model import Organisation
from tests.ingest.test_cordis import (
    ORG_HEADER,
    ORGS,
    PROJECT_HEADER,
    PROJECTS,
    org_row,
    write_csv,
    write_zip,
)


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
    # an empty zip (only a folder in it): says it holds nothing
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("csv/", "")
    with pytest.raises(DataError) as caught:
        read_cordis(path)
    assert str(caught.value) == (
        f"{path}: the zip holds no project.csv (it holds nothing); use the CORDIS bulk "
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


def test_cordis_projects_keep_their_dates_and_an_international_partner_is_a_partner(tmp_path):
    orgs = [
        *ORGS,
        org_row("101", "9007", "Tokyo Institute", "HES", "JP", "International Partner", ""),
    ]
    dataset, _ = read_cordis(write_zip(tmp_path / "cordis.zip", orgs=orgs))
    dates = {p.id: (p.start_date, p.end_date) for p in dataset.projects}
    assert dates["cordis-101"] == (date(2016, 1, 1), date(2019, 12, 31))
    roles = {(p.organisation, p.project): p.role for p in dataset.participations}
    assert roles[("cordis-org-9007", "cordis-101")] == "partner"


def test_cordis_progress_is_told_every_so_many_rows_and_the_rest_at_the_end():
    from helix_graph.ingest.cordis import _counting

    told = []
    assert list(_counting(iter(range(12)), told.append, every=5)) == list(range(12))
    assert told == [5, 5, 2]


def test_a_cordis_file_with_commas_and_a_damaged_zip_are_told_in_full(tmp_path):
    path = write_zip(tmp_path / "comma.zip", delimiter=",")
    with pytest.raises(DataError) as caught:
        read_cordis(path)
    assert str(caught.value) == (
        f"{path}:project.csv row 1: the header is separated by ',', not ';' as CORDIS writes it; "
        "save the file with ';' as delimiter"
    )
    (tmp_path / "cut.zip").write_bytes(b"PK\x03\x04 cut short")
    with pytest.raises(DataError) as caught:
        read_cordis(tmp_path / "cut.zip")
    assert str(caught.value) == (
        f"{tmp_path / 'cut.zip'}: this is not a readable zip file (damaged, or cut short while "
        "downloading); download it again"
    )


def test_a_seed_table_with_a_column_that_is_not_a_field_names_row_one(tmp_path):
    (tmp_path / "organisations.csv").write_text("id,name,colour\nx-org,X,blue\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_dataset([tmp_path])
    assert (caught.value.record, caught.value.field) == ("1", "colour")
    assert "column 'colour' is not a field of organisations" in str(caught.value)


def test_a_byte_that_is_not_utf8_is_named_with_its_line_and_column():
    lines = decoded_lines(io.BytesIO(b"id,name\nx,\x8eiri\n"), "partners.csv")  # Ž in cp1250
    with pytest.raises(DataError) as caught:
        list(lines)
    assert str(caught.value) == (
        "partners.csv line 2: byte 0x8e at column 3 is not utf-8; pass --encoding cp1250 "
        "(Central European Windows) or --encoding latin-1, or save the file as UTF-8"
    )


def test_a_number_with_no_break_spaces_between_its_thousands():
    assert parse_number("81\u00a0200,00", "partners.csv row 2", "Budget") == 81200.0
    assert parse_number("1\u00a0234\u00a0567 EUR", "partners.csv row 2", "Budget") == 1234567.0


def test_a_seed_table_saved_with_a_byte_order_mark_reads(tmp_path):
    (tmp_path / "organisations.csv").write_bytes(
        b"\xef\xbb\xbf"
        + "id,name,kind,helix_sector\nobcina-ziri,Občina Žiri,municipality,government\n".encode()
    )
    (organisation,) = read_dataset([tmp_path]).organisations
    assert (organisation.id, organisation.name) == ("obcina-ziri", "Občina Žiri")


def test_aliases_that_would_repeat_too_many_values_name_the_file(tmp_path):
    path = tmp_path / "laughs.yaml"
    ten = lambda name: "[" + ", ".join([f"*{name}"] * 10) + "]"  # noqa: E731
    text = f"a: &a [{', '.join(['x'] * 10)}]\nb: &b {ten('a')}\nc: &c {ten('b')}\nd: {ten('c')}\n"
    with pytest.raises(DataError) as caught:
        load_yaml(text, path)
    # expanded: the mapping, 4 keys, a 11, b 1 + 10·11, c 1 + 10·111, d 1 + 10·1111 = 12,349
    # nodes; written: the mapping, 4 keys, a's list and 10 x, the lists b, c, d = 19
    assert str(caught.value) == (
        f"{path}: its aliases (*name) would repeat 12,330 values, more than the 10,000 allowed; "
        "write the values out instead of nesting aliases"
    )
    assert caught.value.file == str(path)


def test_a_repeated_row_takes_the_budget_the_first_left_empty_and_keeps_one_it_gave(tmp_path):
    path = tmp_path / "partners.csv"
    path.write_text(
        "Acronym;Partner;Country;Budget\n"
        "SmartVillages;Občina Žiri;SI;\n"
        "SmartVillages;Občina Žiri;SI;120000\n"
        "SmartVillages;Občina Žiri;SI;99\n",
        encoding="utf-8",
    )
    mapping = read_mapping(
        mapping_text="project=Acronym,organisation=Partner,country=Country,budget=Budget"
    )
    dataset, report = read_table(path, mapping)
    (participation,) = dataset.participations
    assert (participation.budget_eur, report.duplicate_rows_merged) == (120000.0, 2)


def test_an_organisation_table_with_commas_is_told_in_full_with_its_file_and_field(tmp_path):
    # project.csv as CORDIS writes it, organization.csv saved from a spreadsheet with commas
    path = tmp_path / "cordis.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.csv", write_csv(PROJECTS, PROJECT_HEADER))
        archive.writestr("organization.csv", write_csv(ORGS, ORG_HEADER, delimiter=","))
    with pytest.raises(DataError) as caught:
        read_cordis(path)
    assert str(caught.value) == (
        f"{path}:organization.csv row 1: the header is separated by ',', not ';' as CORDIS "
        "writes it; save the file with ';' as delimiter"
    )
    assert (caught.value.file, caught.value.record, caught.value.field) == (
        f"{path}:organization.csv",
        "1",
        "projectID",
    )


def test_a_cordis_table_over_the_size_bound_names_its_file_in_a_zip_and_in_a_folder(
    tmp_path, monkeypatch
):
    from helix_graph.ingest import cordis

    monkeypatch.setattr(cordis, "CORDIS_BYTES_MAX", 100)  # the real bound is 8 GiB
    path = write_zip(tmp_path / "cordis.zip")
    with pytest.raises(DataError) as caught:
        read_cordis(path)
    assert str(caught.value) == (
        f"{path}:project.csv: the table holds 0.0 GB, more than the 0.0 GB a CORDIS table may; "
        "import the download in parts"
    )
    assert caught.value.file == f"{path}:project.csv"
    folder = tmp_path / "download"
    folder.mkdir()
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
    with pytest.raises(DataError) as caught:
        read_cordis(folder)
    assert caught.value.file == str(folder / "project.csv")
    assert str(caught.value).startswith(f"{folder / 'project.csv'}: the table holds 0.0 GB")
