"""Bad input: one sentence naming the file, the record and the field; the store unchanged."""

from __future__ import annotations

import shutil

import pytest
from conftest import graph_snapshot

from helix_graph.resources import resource_dir

GOOD_ORG = "{id: new-org, name: New Org, kind: company, helix_sector: industry, country: SI}"


def _alias_bomb() -> str:
    """Nine lists of nine aliases to the list before: 355 bytes that expand to 9⁹ values.

    Expanded, list k holds s_k = 1 + 9 s_(k-1) nodes (s_1 = 10, ..., s_9 = 435,848,050);
    the document is its mapping, 10 keys, s_1 + ... + s_9 and s_9 again (``projects``):
    926,177,115 nodes, of which 29 are written in the file: 926,177,086 repeated.
    """
    lines = ["a: &a [" + ", ".join(["lol"] * 9) + "]"]
    for before, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{before}"] * 9) + "]")
    return "\n".join([*lines, "projects: *i", ""])


_ALIAS_BOMB = _alias_bomb()

CASES = {
    "missing required field": (
        "bad.yaml",
        "organisations:\n  - {id: new-org, name: New Org, country: SI}\n",
        ["bad.yaml", "line 2", "new-org", "'helix_sector'", "missing"],
    ),
    "unknown country code": (
        "bad.yaml",
        "organisations:\n  - {id: new-org, name: New Org, helix_sector: industry, country: XX}\n",
        ["bad.yaml", "new-org", "'country'", "'XX'", "ISO 3166-1"],
    ),
    "unknown helix sector": (
        "bad.yaml",
        "organisations:\n  - {id: new-org, name: New Org, helix_sector: academy, country: SI}\n",
        [
            "bad.yaml",
            "new-org",
            "'helix_sector'",
            "'academy'",
            "government, industry, academia, civil_society",
        ],
    ),
    "duplicate id": (
        "bad.yaml",
        "organisations:\n  - {id: oxalis, name: Oxalis bis, helix_sector: industry, country: FR}\n",
        ["bad.yaml", "'id'", "'oxalis'", "asis.yaml"],
    ),
    "participation naming a missing project": (
        "bad.yaml",
        f"organisations:\n  - {GOOD_ORG}\nparticipations:\n  - {{project: nope, organisation: new-org}}\n",
        ["bad.yaml", "participations record 1", "'project'", "'nope'"],
    ),
    "participation naming a missing organisation": (
        "bad.yaml",
        "participations:\n  - {project: asis, organisation: ghost}\n",
        ["bad.yaml", "'organisation'", "'ghost'"],
    ),
    "participation given twice": (
        "bad.yaml",
        "participations:\n  - {project: asis, organisation: oxalis, role: lead}\n",
        [
            "bad.yaml",
            "participations record 1",
            "'oxalis' already takes part in 'asis'",
            "asis.yaml line",
            "one participation per organisation and project",
        ],
    ),
    "a link that is not a web address": (
        "bad.yaml",
        "projects:\n  - {id: evil, acronym: EVIL, url: 'javascript:alert(1)'}\n",
        ["bad.yaml", "evil", "'url'", "is not a web address", "https://"],
    ),
    "an infinite budget": (
        "bad.yaml",
        "projects:\n  - {id: costly, acronym: COSTLY, total_budget_eur: .inf}\n",
        ["bad.yaml", "costly", "'total_budget_eur'", "is not an amount"],
    ),
    "malformed YAML": (
        "bad.yaml",
        "organisations:\n  - {id: new-org, name: [unclosed\n",
        ["bad.yaml", "line", "YAML"],
    ),
    "unknown YAML section": (
        "bad.yaml",
        "partners:\n  - {id: x}\n",
        ["bad.yaml", "'partners'", "programmes, projects, organisations, participations"],
    ),
    "malformed CSV row": (
        "organisations.csv",
        "id,name,helix_sector,country\nnew-org,New Org,industry,SI,extra\n",
        ["organisations.csv", "row 2", "delimiter"],
    ),
    "unclosed CSV quote": (
        "organisations.csv",
        'id,name,helix_sector,country\nnew-org,"New Org,industry,SI\n',
        ["organisations.csv", "row 2", "quot"],
    ),
    "bad row after a cell spanning lines": (
        "organisations.csv",
        'id,name,helix_sector,country,notes\nnew-org,New Org,industry,SI,"two\nlines"\nbad-org,Bad,industry,XX,\n',
        ["organisations.csv", "row 3 (line 4)", "bad-org", "'country'", "'XX'"],
    ),
    "unknown CSV column": (
        "organisations.csv",
        "id,name,sector,country\nnew-org,New Org,industry,SI\n",
        ["organisations.csv", "row 1", "'sector'"],
    ),
    "CSV value of the wrong type": (
        "projects.csv",
        "id,acronym,start_date\nnew-project,NP,31/12/2020\n",
        ["projects.csv", "row 2", "'start_date'", "31/12/2020", "YYYY-MM-DD"],
    ),
    "not a number": (
        "projects.csv",
        'id,acronym,total_budget_eur\nnew-project,NP,"2.689.072,80"\n',
        ["projects.csv", "row 2", "'total_budget_eur'", "not a number"],
    ),
    "dates in the wrong order": (
        "bad.yaml",
        "projects:\n  - {id: p, acronym: P, start_date: 2021-01-01, end_date: 2020-01-01}\n",
        ["bad.yaml", "field 'end_date'", "before start_date"],
    ),
    "nested YAML aliases (a 'billion laughs')": (
        "bad.yaml",
        _ALIAS_BOMB,
        ["bad.yaml", "would repeat 926,177,086 values", "more than the 10,000 allowed"],
    ),
    "a YAML alias inside itself": (
        "bad.yaml",
        "projects: &a [*a]\n",
        ["bad.yaml", "an alias refers to a node that contains it"],
    ),
    "YAML nested too deeply": (
        "bad.yaml",
        "projects: " + "[" * 50_000 + "]" * 50_000 + "\n",
        ["bad.yaml", "nested too deeply"],
    ),
    "a value of 5,000 characters": (
        "bad.yaml",
        "projects:\n  - {id: " + "x" * 5_000 + ", acronym: A}\n",
        ["bad.yaml", "'id'", "'" + "x" * 80 + "… (5,000 characters)'", "not a usable id"],
    ),
    "a NUL character in a name (a graph that holds data: the MERGE path)": (
        "organisations.csv",
        "id,name,helix_sector,country\nnul-org,Bad\x00Name,industry,SI\n",
        ["organisations.csv row 2", "field 'name' holds a NUL character"],
    ),
    "a date that does not exist": (
        "bad.yaml",
        "projects:\n  - {id: d, acronym: D, start_date: 2020-13-45}\n",
        ["bad.yaml line 2", "'2020-13-45' is not a date that exists", "YYYY-MM-DD"],
    ),
    "a CSV file of quote characters only": (
        "organisations.csv",
        '"' * 4_096,
        ["organisations.csv", "holds no rows", "header row"],
    ),
}


@pytest.fixture
def loaded(run_cli):
    code, _, err = run_cli("load")
    assert code == 0, err
    return run_cli


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_one_sentence_and_changes_nothing(case, loaded, store, tmp_path):
    name, text, expected = CASES[case]
    data = tmp_path / "data"
    shutil.copytree(resource_dir("seed"), data)
    (data / name).write_text(text, encoding="utf-8")
    before = graph_snapshot(store)

    code, out, err = loaded("load", str(data))

    assert code == 1
    assert out == ""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert len(lines[0]) <= 1_000 + len("Error: ")
    assert lines[0].startswith("Error: ")
    for fragment in expected:
        assert fragment in lines[0], (fragment, lines[0])
    assert graph_snapshot(store) == before


def test_file_that_is_not_utf8(loaded, store, tmp_path):
    (tmp_path / "organisations.csv").write_bytes(
        "id,name,helix_sector\nx,Občina Ptuj,government\n".encode("cp1250")
    )
    before = graph_snapshot(store)
    code, _, err = loaded("load", str(tmp_path))
    assert code == 1 and "organisations.csv" in err and "UTF-8" in err
    assert graph_snapshot(store) == before


def test_path_that_does_not_exist(loaded, tmp_path):
    code, _, err = loaded("load", str(tmp_path / "nowhere"))
    assert code == 1
    assert err.strip() == f"Error: {tmp_path / 'nowhere'}: no such file or folder; check the path"


def test_folder_without_data_files(loaded, tmp_path):
    (tmp_path / "notes.txt").write_text("nothing here", encoding="utf-8")
    code, _, err = loaded("load", str(tmp_path))
    assert code == 1 and "no .yaml, .yml or .csv" in err


def test_input_without_any_record_is_refused(loaded, store, tmp_path):
    (tmp_path / "empty.yaml").write_text("# nothing found on this page\n", encoding="utf-8")
    before = graph_snapshot(store)
    code, out, err = loaded("load", str(tmp_path))
    assert (code, out) == (1, "")
    assert err.strip() == (
        f"Error: {tmp_path / 'empty.yaml'}: no records to load; put them under the sections "
        "programmes, projects, organisations, participations"
    )
    assert graph_snapshot(store) == before
