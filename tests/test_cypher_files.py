"""Every shared Cypher file: a header, runs on the real FalkorDB, passes Neo4j's own linter."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import pytest
from conftest import REPO

from helix_graph.load import load_dataset
from helix_graph.store import FalkorDBStore
from helix_graph.store.cypher import cypher, cypher_dir, cypher_files

SHARED = cypher_files(shared_only=True)
NAMES = [str(p.relative_to(cypher_dir()).with_suffix("")) for p in SHARED]

# A sample value for every parameter a shared file takes (other than $rows, which the
# loader supplies). A new parameter name needs a sample here.
SAMPLE_PARAMS = {
    "id": "smiltene-municipality",
    "ids": ["smiltene-municipality", "oxalis"],
    "organisation": "oxalis",
    "project": "asis",
    "country": "SI",
    "countries": ["SI", "AT"],
    "sector": "academia",
    "sectors": ["academia", "industry"],
    "programme": "interreg-alpine-space-2014-2020",
    "programmes": ["interreg-alpine-space-2014-2020"],
    "roles": ["lead", "partner"],
    "kinds": ["municipality", "university"],
    "year_from": 2000,
    "year_to": 2030,
    "limit": 10,
    "min_weight": 1,
    "epoch": "0123456789abcdef",
}


def _header(path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line.lstrip("/ ").strip() for line in lines if line.lstrip().startswith("//"))


def _declared_columns(header: str) -> list[str]:
    text = header.split("Returns:", 1)[1].split("\n")[0]
    if text.strip().lower().startswith("nothing"):
        return []
    return [
        re.match(r"\s*(\w+)", part).group(1) for part in text.split(",") if re.match(r"\s*\w", part)
    ]


def _parameters(text: str) -> set[str]:
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return set(re.findall(r"\$(\w+)", body))


@pytest.mark.parametrize("path", SHARED, ids=NAMES)
def test_header_names_parameters_and_returned_columns(path):
    header = _header(path)
    assert "Parameters:" in header and "Returns:" in header, (
        f"{path.name}: header lacks Parameters/Returns"
    )
    for name in _parameters(path.read_text(encoding="utf-8")):
        assert f"${name}" in header, f"{path.name}: parameter ${name} is not named in the header"
    body = cypher(str(path.relative_to(cypher_dir()).with_suffix("")))
    assert ";" not in body.rstrip(";"), f"{path.name}: one statement per file"


def test_every_load_file_runs_in_a_load(store, seed_dataset, monkeypatch):
    ran: set[str] = set()
    write = FalkorDBStore.write

    def recording(self, query, params=None):
        ran.add(query)
        return write(self, query, params)

    monkeypatch.setattr(FalkorDBStore, "write", recording)  # the load writes into a temporary graph
    load_dataset(store, seed_dataset, bulk=False)
    load_files = [n for n in NAMES if n.startswith("load/")]
    assert load_files
    missing = [n for n in load_files if cypher(n) not in ran]
    assert not missing, f"load files never run by load_dataset: {missing}"


@pytest.mark.parametrize("name", [n for n in NAMES if not n.startswith("load/")])
def test_file_runs_on_falkordb_and_returns_its_declared_columns(name, seed_store):
    path = cypher_dir() / f"{name}.cypher"
    params = _parameters(path.read_text(encoding="utf-8"))
    unknown = params - set(SAMPLE_PARAMS) - {"rows"}
    assert not unknown, f"add sample values for {sorted(unknown)} to SAMPLE_PARAMS"
    values = {p: SAMPLE_PARAMS[p] for p in params if p != "rows"}
    if "rows" in params:
        values["rows"] = []  # write-back files: an empty batch must run and change nothing
    run = seed_store.write if name.startswith("write/") else seed_store.read
    rows = run(cypher(name), values)
    declared = _declared_columns(_header(path))
    if rows:
        assert list(rows[0]) == declared, f"{name}: returns {list(rows[0])}, header says {declared}"


def _lint_available() -> bool:
    return shutil.which("node") is not None and (REPO / "tools/cypher-lint/node_modules").is_dir()


@pytest.mark.skipif(
    not _lint_available() and not os.environ.get("CI"),
    reason="node or tools/cypher-lint/node_modules missing (make test installs them)",
)
def test_neo4j_linter_accepts_every_cypher_file():
    result = subprocess.run(
        ["node", str(REPO / "tools/cypher-lint/lint.mjs"), str(cypher_dir())],
        capture_output=True,
        text=True,
        timeout=120,
    )
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(reports) == len(cypher_files(shared_only=False)), result.stderr
    errors = [(r["file"], e) for r in reports for e in r["errors"]]
    assert not errors and result.returncode == 0, errors or result.stderr


def test_the_linter_catches_a_syntax_error(tmp_path):
    if not _lint_available():
        pytest.skip("node or tools/cypher-lint/node_modules missing")
    (tmp_path / "broken.cypher").write_text("MATCH (n RETURN n", encoding="utf-8")
    result = subprocess.run(
        ["node", str(REPO / "tools/cypher-lint/lint.mjs"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert json.loads(result.stdout)["errors"][0]["line"] == 1


def test_write_back_sets_every_listed_measure():
    from helix_graph.export import WRITE_BACK_METRICS
    from helix_graph.store.cypher import cypher

    text = cypher("write/organisation_metrics")
    assert sorted(re.findall(r"o\.(\w+) = row\.\1", text)) == sorted(WRITE_BACK_METRICS)
