"""Files in the seed format: each way one can be wrong, told in full, and what a table's
cells become."""

from __future__ import annotations

import pytest

from helix_graph.errors import DataError
from helix_graph.ingest.seed_files import read_dataset

RECORD = "line 2 (projects record 1) (id 'p1')"
ORG = "line 2 (organisations record 1) (id 'o1')"
SECTIONS = "programmes, projects, organisations, participations"


@pytest.mark.parametrize(
    "name, text, message, record, field",
    [
        ("list.yaml", "- 1\n- 2\n",
         f": the file must be a mapping with sections {SECTIONS}; put the records under one of "
         "those keys", None, None),
        ("one.yaml", "projects: {id: x}\n",
         ": section 'projects' must be a list of records (lines starting with '- ')", None,
         "projects"),
        ("partners.yaml", "partners:\n  - {id: x}\n",
         f": section 'partners' is not known; use {SECTIONS}", None, "partners"),
        ("text.yaml", "projects:\n  - just text\n",
         " line 2 (projects record 1): the record must be a mapping of field: value", "1", None),
        ("colour.yaml", "projects:\n  - {id: p1, acronym: P1, colour: red}\n",
         f" {RECORD}: field 'colour' is not a known field; remove it or correct its spelling",
         "p1", "colour"),
        ("missing.yaml", "projects:\n  - {id: p1}\n",
         f" {RECORD}: field 'acronym' is missing; add it", "p1", "acronym"),
        ("kind.yaml", "organisations:\n  - {id: o1, name: O, helix_sector: industry, kind: castle}\n",
         f" {ORG}: field 'kind' is 'castle', which is not allowed; use 'municipality', 'region', "
         "'agency', 'university', 'research_centre', 'company', 'chamber', 'association', "
         "'foundation' or 'other'", "o1", "kind"),
        ("day.yaml", "projects:\n  - {id: p1, acronym: P1, start_date: 2020-02-30}\n",
         " line 2: '2020-02-30' is not a date that exists; write it as YYYY-MM-DD", None, None),
        ("soon.yaml", "projects:\n  - {id: p1, acronym: P1, start_date: soon}\n",
         f" {RECORD}: field 'start_date' is 'soon', which is not a date; write it as YYYY-MM-DD",
         "p1", "start_date"),
        ("lots.yaml", "projects:\n  - {id: p1, acronym: P1, total_budget_eur: lots}\n",
         f" {RECORD}: field 'total_budget_eur' is 'lots', which is not a number; write digits "
         "with a decimal point, e.g. 1234.50", "p1", "total_budget_eur"),
        ("north.yaml", "organisations:\n  - {id: o1, name: O, helix_sector: industry, latitude: 91}\n",
         f" {ORG}: field 'latitude' is 91: input should be less than or equal to 90; correct it",
         "o1", "latitude"),
        ("space.yaml", "organisations:\n  - {id: 'o 1', name: O, helix_sector: industry}\n",
         " line 2 (organisations record 1) (id 'o 1'): field 'id' is wrong: 'o 1' is not a "
         "usable id; use letters, digits and - _ . : only, starting with a letter or digit",
         "o 1", "id"),
        # a tie has no id of its own: its organisation names it
        ("tie.yaml", "participations:\n  - {project: p1, organisation: o1, role: boss}\n",
         " line 2 (participations record 1) (id 'o1'): field 'role' is 'boss', which is not "
         "allowed; use 'lead', 'partner', 'associated' or 'observer'", "o1", "role"),
        ("list-acronym.yaml", "projects:\n  - {id: p1, acronym: [P1]}\n",
         f" {RECORD}: field 'acronym' is ['P1']: input should be a valid string; correct it",
         "p1", "acronym"),
        ("comment.yaml", "# only a comment\n",
         f": no records to load; put them under the sections {SECTIONS}", None, None),
        ("partners.csv", "id,name\nx,X\n",
         ": the file name does not say which records it holds; name it programmes.csv, "
         "projects.csv, organisations.csv, participations.csv", None, None),
        ("organisations.csv", "id,name,helix_sector\n",
         ": the file holds no rows; put records under a header row of field names, or leave "
         "the file out", None, None),
        ("notes.txt", "hello", ": not a data file in the seed format; use a .yaml, .yml or .csv "
         "file", None, None),
        ("deep.yaml", "projects: " + "[" * 2000 + "]" * 2000 + "\n",
         ": the YAML is nested too deeply to read; records are mappings in lists, two or three "
         "levels deep", None, None),
    ],
)  # fmt: skip
def test_each_way_a_seed_file_is_wrong_is_one_sentence(
    tmp_path, name, text, message, record, field
):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_dataset([path])
    assert str(caught.value) == f"{path}{message}"
    assert (caught.value.file, caught.value.record, caught.value.field) == (
        str(path),
        record,
        field,
    )


def test_a_folder_without_data_a_path_not_there_and_files_without_records(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("no data here", encoding="utf-8")
    cases = [
        ([tmp_path / "empty"], f"{tmp_path / 'empty'}: the folder holds no .yaml, .yml or .csv "
         "data file; point at a folder or file in the seed format"),
        ([tmp_path / "none.yaml"], f"{tmp_path / 'none.yaml'}: no such file or folder; check the path"),
    ]  # fmt: skip
    (tmp_path / "a.yaml").write_text("# nothing yet\n", encoding="utf-8")
    (tmp_path / "b.yml").write_text("", encoding="utf-8")
    cases.append(
        (
            [tmp_path / "a.yaml", tmp_path / "b.yml"],
            f"{tmp_path / 'a.yaml'} and the other files: no records to load; put them under the "
            f"sections {SECTIONS}",
        )
    )
    for paths, message in cases:
        with pytest.raises(DataError) as caught:
            read_dataset(paths)
        assert str(caught.value) == message
        assert caught.value.file == str(paths[0])


def test_a_byte_that_is_not_utf8_is_named_by_its_place(tmp_path):
    path = tmp_path / "bin.yaml"
    path.write_bytes(b"projects: []\n\xff\n")
    with pytest.raises(DataError) as caught:
        read_dataset([path])
    assert str(caught.value) == f"{path}: byte 13 is not UTF-8; save the file as UTF-8"


def test_a_table_splits_its_lists_on_semicolons_and_leaves_empty_cells_out(tmp_path):
    folder = tmp_path / "seed"
    (folder / "more").mkdir(parents=True)
    (folder / "seed_projects.csv").write_text(
        "id,acronym,title,sources\np1,P1,, a.txt ;; b.txt;\n", encoding="utf-8"
    )
    (folder / "more" / "2024.organisations.CSV").write_text(
        "id,name,helix_sector,aliases\no1,Zavod Brda,civil_society,Brda; Zavod za Brda\n",
        encoding="utf-8",
    )
    (folder / "README.md").write_text("not data", encoding="utf-8")
    dataset = read_dataset([folder])
    (project,) = dataset.projects
    assert (project.title, project.sources) == (None, ["a.txt", "b.txt"])
    (organisation,) = dataset.organisations
    assert organisation.aliases == ["Brda", "Zavod za Brda"]
    assert organisation.origin == f"{folder / 'more' / '2024.organisations.CSV'} row 2"


def test_a_yaml_file_with_a_control_character_is_refused_in_one_sentence(tmp_path):
    from helix_graph.ingest.seed_files import load_yaml

    path = tmp_path / "organisations.yaml"
    with pytest.raises(DataError) as caught:
        load_yaml("name: Zavod\x07 Sava\n", path)  # a bell character, BEL, inside a name
    assert str(caught.value) == (
        f"{path}: the YAML cannot be read (special characters are not allowed); "
        "save it as plain UTF-8 text without control characters"
    )
