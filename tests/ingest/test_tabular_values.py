"""A table read value by value: every record, every field a mapping can name, the words for
roles, repeated rows, Excel's cells, and every message in full.

The table is tests/ingest/test_tabular.py's: SmartVillages with three partners, ASIS with
an observer, columns named by ``MAP``.
"""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from helix_graph.errors import DataError, UsageError
from helix_graph.ingest.classify import sector_for
from helix_graph.ingest.tabular import Mapping, read_mapping, read_table, role_from_text
from tests.ingest.test_tabular import ROWS, _read, write_table


def _rationale(name, country, kind=None) -> str:
    guess = sector_for(name, None, None, kind=kind, country=country)
    return f"classifier rule {guess.rationale}, confidence {guess.confidence:.2f}"


def test_every_record_of_a_table_as_read(tmp_path):
    dataset, report = _read(write_table(tmp_path / "t.csv"))
    assert report.as_dict() == {
        "rows": 4,
        "projects": 2,
        "organisations": 4,
        "participations": 4,
        "rows_without_country": 1,  # the ASIS observer
        "sectors_inferred": 2,  # Žiri and the Zveza: no type given
        "uncertain_sectors": [],
        "duplicate_rows_merged": 0,
        "ignored_columns": ["Comment"],
    }
    source = {"sources": ["t.csv"]}
    assert [p.model_dump(exclude_defaults=True) for p in dataset.programmes] == [
        {"id": "interreg-alpine-space", "name": "Interreg Alpine Space", **source}
    ]
    assert [p.model_dump(exclude_defaults=True) for p in dataset.projects] == [
        {"id": "smartvillages", "acronym": "SmartVillages", "programme": "interreg-alpine-space",
         "start_date": date(2018, 4, 17), **source},
        {"id": "asis", "acronym": "ASIS", "programme": "interreg-alpine-space", **source},
    ]  # fmt: skip
    assert [o.model_dump(exclude_defaults=True) for o in dataset.organisations] == [
        # a sector given: not inferred, no rationale, kind "other" (the default)
        {"id": "univerza-v-mariboru-si", "name": "Univerza v Mariboru", "helix_sector": "academia",
         "country": "SI", **source},
        {"id": "obcina-ziri-si", "name": "Občina Žiri", "kind": "municipality",
         "helix_sector": "government", "sector_rationale": _rationale("Občina Žiri", "SI"),
         "sector_inferred": True, "country": "SI", **source},
        {"id": "bodensee-standort-marketing-gmbh-de", "name": "Bodensee Standort Marketing GmbH",
         "helix_sector": "government", "country": "DE", **source},
        {"id": "zveza-drustev-saleske-doline", "name": "Zveza društev Šaleške doline",
         "kind": "association", "helix_sector": "civil_society",
         "sector_rationale": _rationale("Zveza društev Šaleške doline", None),
         "sector_inferred": True, **source},
    ]  # fmt: skip
    assert [
        (p.project, p.organisation, p.role, p.budget_eur, p.sources) for p in dataset.participations
    ] == [
        ("smartvillages", "univerza-v-mariboru-si", "lead", 250000.0, ["t.csv"]),
        ("smartvillages", "obcina-ziri-si", "partner", 120000.0, ["t.csv"]),
        ("smartvillages", "bodensee-standort-marketing-gmbh-de", "partner", None, ["t.csv"]),
        ("asis", "zveza-drustev-saleske-doline", "observer", None, ["t.csv"]),
    ]


EVERY_FIELD = {
    "project": "Acronym", "project_id": "Grant", "project_title": "Title",
    "programme": "Programme", "start_date": "From", "end_date": "To",
    "total_budget": "Total", "url": "Link", "organisation": "Partner",
    "organisation_id": "PIC", "name_local": "Local name", "legal_form": "Form",
    "kind": "Kind", "country": "Country", "city": "City", "latitude": "Lat",
    "longitude": "Lon", "sector": "Sector", "role": "Role", "budget": "Budget",
}  # fmt: skip


def test_every_field_a_mapping_can_name_reaches_its_record(tmp_path):
    header = list(EVERY_FIELD.values())
    row = [
        "ALPS", "AS-1", "Alps in motion", "Alpine Space", "01.02.2019", "2021-01-31",
        "1.500.000", "https://example.org/alps", "Comune di Torino", "pic-999",
        "Città di Torino", "", "MUNICIPALITY", "Italia", "Torino", "45,07", "7,69",
        "", "LP", "12000,5",
    ]  # fmt: skip
    path = write_table(tmp_path / "every.csv", rows=[row], header=header)
    dataset, report = read_table(path, Mapping(dict(EVERY_FIELD)), source="keep.eu")
    (project,) = dataset.projects
    assert project.model_dump(exclude_defaults=True) == {
        "id": "as-1", "acronym": "ALPS", "title": "Alps in motion", "code": "AS-1",
        "programme": "alpine-space", "start_date": date(2019, 2, 1), "end_date": date(2021, 1, 31),
        "total_budget_eur": 1_500_000.0, "url": "https://example.org/alps", "sources": ["keep.eu"],
    }  # fmt: skip
    (organisation,) = dataset.organisations
    assert organisation.model_dump(exclude_defaults=True) == {
        "id": "pic-999", "name": "Comune di Torino", "name_local": "Città di Torino",
        "kind": "municipality", "helix_sector": "government",
        "sector_rationale": _rationale("Comune di Torino", "IT", "municipality"),
        "sector_inferred": True, "country": "IT", "city": "Torino",
        "latitude": 45.07, "longitude": 7.69, "sources": ["keep.eu"],
    }  # fmt: skip
    (tie,) = dataset.participations
    assert (tie.project, tie.organisation, tie.role, tie.budget_eur) == (
        "as-1",
        "pic-999",
        "lead",
        12000.5,
    )
    assert (report.ignored_columns, report.rows_without_country) == ([], 0)


@pytest.mark.parametrize(
    "written, role",
    [
        ("Lead", "lead"), ("lead partner", "lead"), ("LeadPartner", "lead"),
        ("Coordinator", "lead"), ("LP", "lead"), ("Vodilni partner", "lead"),
        ("vadošais partneris", "lead"), ("Project Lead", "lead"), ("lead beneficiary", "lead"),
        ("Lead_Partner", "lead"), ("  lead \t partner ", "lead"),
        ("partner", "partner"), ("Project partner", "partner"), ("PP", "partner"),
        ("participant", "partner"), ("Beneficiary", "partner"), ("projektni partner", "partner"),
        ("associated", "associated"), ("Associated partner", "associated"),
        ("associatedpartner", "associated"), ("AP", "associated"), ("third party", "associated"),
        ("ThirdParty", "associated"), ("third_party", "associated"),
        ("Pridruženi partner", "associated"), ("observer", "observer"),
        ("Opazovalec", "observer"), ("boss", None), ("", None),
    ],
)  # fmt: skip
def test_a_role_in_the_words_of_a_programme_or_a_language(written, role):
    assert role_from_text(written) == role


def test_a_repeated_row_is_one_tie_and_is_counted(tmp_path):
    rows = [
        ROWS[0][:6] + ["", "", ""],  # no role, no budget
        ROWS[0][:6] + ["Lead partner", "10", ""],
        ROWS[0][:6] + ["Partner", "20", ""],  # a role and budget already known stay
    ]
    dataset, report = _read(write_table(tmp_path / "again.csv", rows=rows))
    (tie,) = dataset.participations
    assert (tie.role, tie.budget_eur, report.duplicate_rows_merged, report.rows) == (
        "lead",
        10.0,
        2,
        3,
    )


def test_an_excel_sheet_reads_numbers_as_text_and_skips_empty_rows(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Project acronym", "Partner name", "Partner country", "Start", None])
    sheet.append([2030, "Univerza v Mariboru", "SI", "17.04.2018", "a note"])
    sheet.append([None, None, None, None, None])
    sheet.append(["  ", "", None, None, None])
    sheet.append([2030.0, 12.5, "SI", None, None])
    book.save(tmp_path / "t.xlsx")
    mapping = read_mapping(
        mapping_text="project=Project acronym,organisation=Partner name,country=Partner country,"
        "start_date=Start"
    )
    dataset, report = read_table(tmp_path / "t.xlsx", mapping)
    # a whole number is written without ".0"; a column without a header is left out
    assert [(p.id, p.acronym) for p in dataset.projects] == [("2030", "2030")]
    assert [o.name for o in dataset.organisations] == ["Univerza v Mariboru", "12.5"]
    assert (report.rows, report.ignored_columns) == (2, [])
    sheet.append(["X", "", "SI", None, None])
    book.save(tmp_path / "t.xlsx")
    with pytest.raises(DataError) as caught:
        read_table(tmp_path / "t.xlsx", mapping)
    assert str(caught.value) == (
        f"{tmp_path / 't.xlsx'} row 6: field 'Partner name' is empty; every row names an "
        "organisation"
    )  # rows counted as the sheet numbers them, the two empty ones too
    assert (caught.value.record, caught.value.field) == ("row 6", "Partner name")


def test_a_workbook_that_cannot_be_read_an_empty_sheet_and_a_missing_sheet(tmp_path):
    mapping = read_mapping(mapping_text="project=P,organisation=O")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(DataError) as caught:
        read_table(broken, mapping)
    assert str(caught.value).startswith(f"{broken}: cannot be read as an Excel workbook (")
    assert str(caught.value).endswith("); save it as .xlsx or CSV")
    book = Workbook()
    book.active.title = "Partners"
    book.create_sheet("Projects")
    book.save(tmp_path / "empty.xlsx")
    with pytest.raises(DataError) as caught:
        read_table(tmp_path / "empty.xlsx", mapping)
    assert str(caught.value) == (
        f"{tmp_path / 'empty.xlsx'} row 1: the sheet is empty; it needs a header row"
    )
    assert caught.value.record == "1"
    with pytest.raises(DataError) as caught:
        read_table(tmp_path / "empty.xlsx", mapping, sheet="2024")
    assert str(caught.value) == (
        f"{tmp_path / 'empty.xlsx'}: there is no sheet '2024' (sheets: Partners, Projects)"
    )
    assert caught.value.field == "sheet"


def test_a_table_with_a_header_only_and_a_path_that_is_not_there(tmp_path):
    path = write_table(tmp_path / "header.csv", rows=[])
    with pytest.raises(DataError) as caught:
        _read(path)
    assert str(caught.value) == f"{path}: the table has a header but no rows; nothing to import"
    with pytest.raises(DataError) as caught:
        _read(tmp_path / "none.csv")
    assert str(caught.value) == f"{tmp_path / 'none.csv'}: no such file; check the path"


BAD_CELLS = [
    (0, "",
     "row 2: field 'Project acronym' is empty; every row names its project", "Project acronym"),
    (4, "Atlantis",
     "row 2: field 'Partner country' is 'Atlantis', which is not a country code or name; use a "
     "code such as SI or a name such as Slovenia", "Partner country"),
    (5, "pirates",
     "row 2: field 'Type' is 'pirates', which is not a helix sector; use government, industry, "
     "academia or civil_society (or leave it empty to let the classifier decide)", "Type"),
    (6, "boss",
     "row 2: field 'Role' is 'boss', which is not a role; use lead, partner, associated or "
     "observer", "Role"),
    (7, "-12",
     "row 2: field 'Partner budget (EUR)' is -12.0, below zero; correct it",
     "Partner budget (EUR)"),
]  # fmt: skip


@pytest.mark.parametrize("column, cell, message, field", BAD_CELLS)
def test_each_bad_cell_is_one_sentence_in_full(tmp_path, column, cell, message, field):
    row = list(ROWS[0])
    row[column] = cell
    path = write_table(tmp_path / "bad.csv", rows=[row])
    with pytest.raises(DataError) as caught:
        _read(path)
    assert str(caught.value) == f"{path} {message}"
    assert caught.value.field == field


def test_a_kind_that_is_not_a_kind_is_named_with_the_kinds(tmp_path):
    path = write_table(tmp_path / "k.csv", rows=[["A", "X", "Castle"]], header=["P", "O", "K"])
    with pytest.raises(DataError) as caught:
        read_table(path, read_mapping(mapping_text="project=P,organisation=O,kind=K"))
    assert str(caught.value) == (
        f"{path} row 2: field 'K' is 'castle', which is not a kind; use one of municipality, "
        "region, agency, university, research_centre, company, chamber, association, "
        "foundation, other"
    )


@pytest.mark.parametrize(
    "text, message",
    [
        ("project", "--map part 'project' is not FIELD=COLUMN; write e.g. "
         "--map project=Acronym,organisation=Partner"),
        ("project=A,organisation= ", "--map part 'organisation= ' is not FIELD=COLUMN; write e.g. "
         "--map project=Acronym,organisation=Partner"),
        ("project=A,partner=B", "the mapping names field 'partner', which is not known; use "
         "project, project_id, project_title, programme, start_date, end_date, total_budget, "
         "url, organisation, organisation_id, name_local, legal_form, kind, country, city, "
         "latitude, longitude, sector, role, budget"),
        ("organisation=B", "the mapping does not say which column holds 'project'; add "
         "project=COLUMN"),
        ("project=A", "the mapping does not say which column holds 'organisation'; add "
         "organisation=COLUMN"),
    ],
)  # fmt: skip
def test_a_map_that_is_not_fields_to_columns_is_one_sentence(text, message):
    with pytest.raises(UsageError) as caught:
        read_mapping(mapping_text=text)
    assert str(caught.value) == message


def test_a_map_splits_only_before_a_field_so_a_column_may_hold_a_comma():
    mapping = read_mapping(mapping_text=" project = Acronym, name ,organisation=Partner")
    assert mapping == Mapping({"project": "Acronym, name", "organisation": "Partner"})


@pytest.mark.parametrize(
    "text, message",
    [
        ("- project\n", "the mapping file must map fields to columns (project: Acronym, …)"),
        ("columns: [project, organisation]\n", "'columns' must map fields to column names "
         "(columns: {project: Acronym, organisation: Partner}), not a list"),
        ("project: P\norganisation: O\ndelimiter: 1\n", "'delimiter' must be one character such "
         "as ';' or ',', not 1"),
        ("project: P\norganisation: O\ndelimiter: ';;'\n", "'delimiter' must be one character "
         "such as ';' or ',', not ';;'"),
        ("project: P\norganisation: O\nencoding: 1250\n", "'encoding' must be the name of an "
         "encoding such as cp1250, not 1250"),
    ],
)  # fmt: skip
def test_a_mapping_file_that_is_not_a_mapping_is_one_sentence_naming_it(tmp_path, text, message):
    path = tmp_path / "m.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_mapping(mapping_file=path)
    assert str(caught.value) == f"{path}: {message}"
    assert caught.value.file == str(path)


def test_a_mapping_file_gives_its_columns_encoding_delimiter_and_sheet(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(
        "project: Acronym\norganisation: Partner\nencoding: cp1250\ndelimiter: ';'\nsheet: 2024\n",
        encoding="utf-8",
    )
    assert read_mapping(mapping_file=path) == Mapping(
        {"project": "Acronym", "organisation": "Partner"}, "cp1250", ";", "2024"
    )
    path.write_text("columns: {project: Acronym, organisation: Partner}\n", encoding="utf-8")
    assert read_mapping(mapping_file=path) == Mapping(
        {"project": "Acronym", "organisation": "Partner"}
    )
    with pytest.raises(DataError) as caught:
        read_mapping(mapping_file=tmp_path / "none.yaml")
    # the system's words between the parentheses (a long path in them is shortened)
    message = str(caught.value)
    assert message.startswith(
        f"{tmp_path / 'none.yaml'}: the mapping file cannot be read ([Errno 2] No such file or "
        "directory: '"
    )
    assert message.endswith("'); check the path and its syntax")
