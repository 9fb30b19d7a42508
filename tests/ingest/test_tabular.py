"""Generic CSV/Excel import with a column mapping: real files in each encoding, into the real store."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook

from helix_graph.errors import DataError, UsageError
from helix_graph.ingest.tabular import read_mapping, read_table
from helix_graph.load import graph_counts

HEADER = [
    "Project acronym",
    "Programme",
    "Start",
    "Partner name",
    "Partner country",
    "Type",
    "Role",
    "Partner budget (EUR)",
    "Comment",
]
ROWS = [
    [
        "SmartVillages",
        "Interreg Alpine Space",
        "17.04.2018",
        "Univerza v Mariboru",
        "SI",
        "academia",
        "Lead partner",
        "250.000,00",
        "first; with a semicolon",
    ],
    [
        "SmartVillages",
        "Interreg Alpine Space",
        "17.04.2018",
        "Občina Žiri",
        "Slovenija",
        "",
        "Project partner",
        "120 000",
        "",
    ],
    [
        "SmartVillages",
        "Interreg Alpine Space",
        "17.04.2018",
        "Bodensee Standort Marketing GmbH",
        "Deutschland",
        "Public authority",
        "Partner",
        "",
        "",
    ],
    [
        "ASIS",
        "Interreg Alpine Space",
        "",
        "Zveza društev Šaleške doline",
        "",
        "",
        "Observer",
        "",
        "",
    ],
]
MAP = (
    "project=Project acronym,programme=Programme,start_date=Start,organisation=Partner name,"
    "country=Partner country,sector=Type,role=Role,budget=Partner budget (EUR)"
)


def write_table(path, rows=ROWS, header=HEADER, encoding="utf-8", delimiter=";", bom=False):
    def cell(value):
        return f'"{value}"' if delimiter in value or '"' in value else value

    text = "\n".join(delimiter.join(cell(v) for v in row) for row in [header, *rows]) + "\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding))
    return path


def _read(path, **kwargs):
    return read_table(path, read_mapping(mapping_text=MAP), **kwargs)


@pytest.mark.parametrize(
    ("encoding", "bom", "delimiter"),
    [("utf-8", False, ";"), ("utf-8", True, ","), ("cp1250", False, ";"), ("latin-1", False, "\t")],
)
def test_each_encoding_and_delimiter_reads_the_same(tmp_path, encoding, bom, delimiter):
    rows = (
        ROWS
        if encoding != "latin-1"
        else [  # Latin-1 has no č/ž: a German-language table
            [
                "Grenzenlos",
                "Interreg Bayern-Österreich",
                "01.01.2020",
                "Gemeinde Kößlarn",
                "Deutschland",
                "",
                "Lead",
                "1.000,50",
                "Straße",
            ]
        ]
    )
    path = write_table(
        tmp_path / f"table-{encoding}.csv",
        rows=rows,
        encoding=encoding,
        delimiter=delimiter,
        bom=bom,
    )
    dataset, report = _read(path, encoding=encoding)
    names = [o.name for o in dataset.organisations]
    assert names == [r[3] for r in rows]
    assert report.ignored_columns == ["Comment"]
    if encoding == "latin-1":
        assert (
            dataset.organisations[0].helix_sector == "government"
            and dataset.participations[0].budget_eur == 1000.5
        )


def test_mapping_fills_sectors_roles_countries_and_counts(tmp_path):
    dataset, report = _read(write_table(tmp_path / "t.csv"))
    orgs = {o.name: o for o in dataset.organisations}
    assert (
        orgs["Univerza v Mariboru"].helix_sector == "academia"
        and not orgs["Univerza v Mariboru"].sector_inferred
    )
    ziri = orgs["Občina Žiri"]
    assert (ziri.helix_sector, ziri.sector_inferred, ziri.country) == ("government", True, "SI")
    assert "municipality" in ziri.sector_rationale
    # a sector given in the data wins over the classifier (which would say industry for a GmbH)
    assert orgs["Bodensee Standort Marketing GmbH"].helix_sector == "government"
    assert orgs["Zveza društev Šaleške doline"].country is None
    assert report.rows_without_country == 1 and report.sectors_inferred == 2
    roles = {p.organisation: (p.role, p.budget_eur) for p in dataset.participations}
    assert roles[orgs["Univerza v Mariboru"].id] == ("lead", 250000.0)
    assert roles[ziri.id] == ("partner", 120000.0)
    assert roles[orgs["Zveza društev Šaleške doline"].id] == ("observer", None)
    assert [p.start_date.isoformat() if p.start_date else None for p in dataset.projects] == [
        "2018-04-17",
        None,
    ]
    assert [g.id for g in dataset.programmes] == ["interreg-alpine-space"]


def test_excel_workbook(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Partners"
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    book.save(tmp_path / "t.xlsx")
    dataset, _ = _read(tmp_path / "t.xlsx")
    assert dataset.counts() == {
        "programmes": 1,
        "projects": 2,
        "organisations": 4,
        "participations": 4,
    }
    with pytest.raises(DataError, match="no sheet 'Other'"):
        _read(tmp_path / "t.xlsx", sheet="Other")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda rows: rows[:1] + [rows[1][:2] + ["31.02.2018"] + rows[1][3:]],
            "row 3: field 'Start' is '31.02.2018'",
        ),
        (
            lambda rows: rows[:2] + [rows[2][:7] + ["12,5k"] + rows[2][8:]],
            "row 4: field 'Partner budget (EUR)' is '12,5k'",
        ),
        (
            lambda rows: rows[:1] + [rows[1][:4] + ["Atlantis"] + rows[1][5:]],
            "row 3: field 'Partner country' is 'Atlantis'",
        ),
        (
            lambda rows: rows[:1] + [rows[1][:5] + ["pirates"] + rows[1][6:]],
            "row 3: field 'Type' is 'pirates'",
        ),
        (
            lambda rows: rows[:1] + [rows[1][:6] + ["boss"] + rows[1][7:]],
            "row 3: field 'Role' is 'boss'",
        ),
        (
            lambda rows: rows[:1] + [rows[1][:3] + [""] + rows[1][4:]],
            "row 3: field 'Partner name' is empty",
        ),
    ],
)
def test_bad_values_name_file_row_and_field(tmp_path, change, message):
    path = write_table(tmp_path / "bad.csv", rows=change(ROWS))
    with pytest.raises(DataError) as caught:
        _read(path)
    assert message in str(caught.value) and str(caught.value).startswith(str(path))


def test_other_encoding_without_saying_so_names_the_row(tmp_path):
    path = write_table(tmp_path / "cp.csv", encoding="cp1250")
    with pytest.raises(
        DataError,
        match=r"cp.csv line 3: byte 0xe8 at column \d+ is not utf-8; pass --encoding cp1250",
    ):
        _read(path)


def test_missing_column_and_wrong_delimiter(tmp_path):
    path = write_table(tmp_path / "t.csv", header=[h if h != "Role" else "Rolle" for h in HEADER])
    with pytest.raises(DataError, match="row 1: column 'Role' is missing"):
        _read(path)
    path = write_table(tmp_path / "t.csv", delimiter=";")
    with pytest.raises(DataError, match=r"row 1: the header is separated by ';', not ','"):
        _read(path, delimiter=",")


def test_mapping_file_and_bad_mappings(tmp_path):
    (tmp_path / "m.yaml").write_text(
        "columns:\n  project: Project acronym\n  organisation: Partner name\nencoding: cp1250\n",
        encoding="utf-8",
    )
    mapping = read_mapping(mapping_file=tmp_path / "m.yaml")
    assert mapping.encoding == "cp1250" and mapping.columns["organisation"] == "Partner name"
    dataset, _ = read_table(
        write_table(tmp_path / "t.csv", encoding="cp1250"), mapping, encoding="cp1250"
    )
    assert dataset.counts()["organisations"] == 4
    with pytest.raises(UsageError, match="field 'partner'"):
        read_mapping(mapping_text="project=A,partner=B")
    with pytest.raises(UsageError, match="'organisation'"):
        read_mapping(mapping_text="project=A")


def test_import_csv_cli_loads_and_failed_import_changes_nothing(tmp_path, run_cli, store):
    path = write_table(tmp_path / "t.csv")
    code, out, err = run_cli("import", "csv", str(path), "--map", MAP, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["read"]["participations"] == 4 and data["report"]["rows_without_country"] == 1
    before = graph_counts(store)
    assert before["nodes"]["Organisation"] == 4
    rows = store.read(
        "MATCH (o:Organisation)-[:IN_SECTOR]->(s:HelixSector) WHERE o.name = 'Občina Žiri' "
        "RETURN s.id AS sector, o.sector_inferred AS inferred"
    )
    assert rows == [{"sector": "government", "inferred": True}]
    bad = write_table(
        tmp_path / "bad.csv", rows=ROWS + [["NEW", "", "", "New org", "SI", "", "boss", "", ""]]
    )
    code, _, err = run_cli("import", "csv", str(bad), "--map", MAP)
    assert code == 1 and "row 6: field 'Role'" in err
    assert graph_counts(store) == before
    assert store.read("MATCH (p:Project {id: 'new'}) RETURN count(p) AS n") == [{"n": 0}]
    code, _, err = run_cli("import", "csv", str(path))
    assert code == 2 and "--map" in err


@pytest.mark.parametrize(
    "text, message",
    [
        ("columns: [project, organisation]\n", "'columns' must map fields to column names"),
        (
            "columns: {project: P, organisation: O}\ndelimiter: ab\n",
            "'delimiter' must be one character",
        ),
    ],
)
def test_a_malformed_mapping_file_gets_one_sentence(tmp_path, text, message):
    from helix_graph.errors import DataError
    from helix_graph.ingest.tabular import read_mapping

    (tmp_path / "m.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=message):
        read_mapping(mapping_file=tmp_path / "m.yaml")


def test_a_table_over_the_size_bound_is_one_sentence(tmp_path, monkeypatch):
    from helix_graph.ingest import seed_files

    path = write_table(tmp_path / "t.csv")
    monkeypatch.setattr(seed_files, "FILE_BYTES_MAX", 10)  # the real bound is 1 GiB
    with pytest.raises(DataError, match="more than the 0.0 GB a data file may; split it"):
        _read(path)
