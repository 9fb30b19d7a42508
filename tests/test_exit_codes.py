"""Exit codes on every command: 0 done, 1 bad input (a sentence), 2 usage (a sentence)."""

from __future__ import annotations

import pytest

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi")
)

# (arguments, exit code, a fragment of the one line on stderr); {tmp} is the test's folder
CASES = [
    (["nosuch"], 2, "No such command 'nosuch'"),
    (["load", "--nosuch"], 2, "No such option '--nosuch'"),
    (["load", "--batch-size", "0"], 2, "'--batch-size'"),
    (["query"], 2, "Missing argument 'CYPHER'"),
    (["query", "RETURN 1", "--param", "bad"], 2, "--param 'bad' is not of the form"),
    (["query", "RETURN 1", "--timeout", "0"], 2, "'--timeout'"),
    (["stats", "--store", "nosql"], 2, "'--store'"),
    (["analyze"], 2, "Missing option '--out'"),
    (["analyze", "--out", "{tmp}/a.csv", "--years", "abc"], 2, "--years 'abc'"),
    (["export", "--format", "nope"], 2, "'--format'"),
    (["export", "--out", "{tmp}/x.nope"], 2, "does not say the format"),
    (["recommend"], 2, "Missing argument 'ORGANISATION'"),
    (["synth"], 2, "Missing option '--participations'"),
    (["import", "csv", "{tmp}/t.csv"], 2, "--map FIELD=COLUMN"),
    (["import", "nosuch"], 2, "No such command 'nosuch'"),
    (["extract", "{tmp}/nowhere.txt"], 2, "does not exist"),
    (["app", "--port", "0"], 2, "'--port'"),
    (["db", "nosuch"], 2, "No such command 'nosuch'"),
    (["load", "{tmp}/nowhere"], 1, "no such file or folder"),
    (["load", "{tmp}/bomb.yaml"], 1, "would repeat 926,177,086 values"),
    (["load", "--dry-run", "{tmp}/organisations.csv"], 1, "holds no rows"),
    (["import", "cordis", "{tmp}/t.csv"], 1, "CORDIS data is a zip"),
    (["import", "csv", "{tmp}/nowhere.csv", "--map", "project=a,organisation=b"], 1, "no such"),
    (["import", "csv", "{tmp}/t.csv", "--map", "project=a,organisation=b"], 1, "no rows"),
    (["import", "csv", "{tmp}/t.csv", "--mapping", "{tmp}/bomb.yaml"], 1, "would repeat"),
    (["query", "MATCH (n RETURN n"], 1, "FalkorDB refused the query"),
    (["query", "CREATE (n)"], 1, "read-only"),
    (["export", "--out", "/proc/helix-graph-test.csv"], 1, "check the path"),
    (["synth", "--participations", "10", "--out", "/proc/helix-graph-test"], 1, "check the path"),
    (["stats", "--store", "neo4j"], 1, "NEO4J_URI is not set"),
]


@pytest.fixture
def inputs(tmp_path):
    (tmp_path / "bomb.yaml").write_text(BOMB + "projects: *i\n", encoding="utf-8")
    (tmp_path / "organisations.csv").write_text('"' * 4096, encoding="utf-8")
    (tmp_path / "t.csv").write_text("a;b\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("args, code, fragment", CASES, ids=[" ".join(c[0]) for c in CASES])
def test_exit_code_and_one_sentence(run_cli, seed_store, inputs, args, code, fragment):
    got, out, err = run_cli(*(a.replace("{tmp}", str(inputs)) for a in args))
    assert got == code, err
    assert out == ""
    assert "Traceback" not in err
    # one sentence; click puts the command's usage line above its own
    sentences = [line for line in err.splitlines() if line.startswith(("Error:", "Usage error:"))]
    assert len(sentences) == 1 and sentences[0] == err.strip().splitlines()[-1], err
    assert fragment in sentences[0], sentences[0]


@pytest.mark.parametrize(
    "args", [["stats"], ["db", "status"], ["query", "RETURN 1 AS one"], ["load", "--dry-run"]]
)
def test_commands_that_work_exit_0(run_cli, args):
    got, out, err = run_cli(*args)
    assert (got, err) == (0, "")
    assert out
