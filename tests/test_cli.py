"""The command line: load, stats --json, query --json, errors as one sentence."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import REPO, graph_snapshot


def test_load_then_stats_json(run_cli):
    code, out, err = run_cli("load", "--json")
    assert code == 0, err
    loaded = json.loads(out)
    assert loaded["loaded"] == {
        "programmes": 3,
        "projects": 4,
        "organisations": 44,
        "participations": 44,
    }
    code, out, _ = run_cli("stats", "--json")
    stats = json.loads(out)
    assert stats["nodes"] == {
        "Project": 4,
        "Organisation": 44,
        "Country": 14,
        "HelixSector": 4,
        "Programme": 3,
    }
    assert stats["relationships"]["PARTICIPATES_IN"] == 44
    assert stats["relationships"]["FUNDED_BY"] == 4


def test_stats_text_for_people(run_cli):
    run_cli("load")
    code, out, _ = run_cli("stats")
    assert code == 0
    assert "Organisation 44" in out and "PARTICIPATES_IN 44" in out


def test_query_json_with_parameters(run_cli):
    run_cli("load")
    code, out, err = run_cli(
        "query",
        "MATCH (o:Organisation)-[:BASED_IN]->(c:Country {id: $c}) "
        "RETURN o.name AS name, c.name AS country",
        "--param",
        "c=LV",
        "--json",
    )
    assert code == 0, err
    assert json.loads(out) == [{"name": "Smiltene Municipality", "country": "Latvia"}]
    code, out, _ = run_cli(
        "query",
        "MATCH (p:Project) WHERE p.observers_count >= $n RETURN p.id AS id",
        "--param",
        "n=16",
        "--json",
    )
    assert json.loads(out) == [{"id": "asis"}]  # 16 read as a number, not the text "16"


def test_query_refuses_writes_with_one_sentence(run_cli):
    run_cli("load")
    code, out, err = run_cli("query", "MATCH (n) DETACH DELETE n", "--json")
    assert code == 1 and out == ""
    assert err.strip().startswith("Error: The query console is read-only: DETACH")
    code, out, _ = run_cli("stats", "--json")
    assert json.loads(out)["nodes"]["Organisation"] == 44


def test_query_with_a_malformed_parameter_is_a_usage_error(run_cli):
    code, _, err = run_cli("query", "RETURN $x AS x", "--param", "x")
    assert code == 2 and "name=value" in err


def test_query_syntax_error_is_one_sentence(run_cli):
    run_cli("load")
    code, _, err = run_cli("query", "MATCH (n RETURN n")
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_module_and_console_script_run(cli_env):
    """`python -m helix_graph` and the installed `helix-graph` script are the same CLI."""
    for command in (
        [sys.executable, "-m", "helix_graph", "--help"],
        [str(REPO / ".venv/bin/helix-graph"), "--help"],
    ):
        if not command[0].endswith("python") and not (REPO / ".venv/bin/helix-graph").exists():
            continue
        result = subprocess.run(command, capture_output=True, text=True, env=cli_env, timeout=60)
        assert result.returncode == 0, result.stderr
        for name in ("db", "load", "stats", "query"):
            assert name in result.stdout


def test_the_app_gets_its_store_as_script_arguments(tmp_path):
    from helix_graph.cli.app import streamlit_command
    from helix_graph.config import settings, settings_from_args

    config = settings(store="embedded", data_dir=tmp_path, graph_name="elsewhere")
    command = streamlit_command(8600, config=config)
    script_args = command[command.index("--") + 1 :]
    assert script_args == [
        "--store",
        "embedded",
        "--data-dir",
        str(tmp_path),
        "--graph",
        "elsewhere",
    ]
    again = settings_from_args(script_args)
    assert (again.store, again.data_dir, again.graph_name) == ("embedded", tmp_path, "elsewhere")


def test_ctrl_c_stops_the_falkordb_the_app_started(tmp_path):
    import os
    import signal
    import subprocess
    import sys

    from helix_graph.store import EmbeddedServer
    from tests.ui.conftest import free_port, stop_app, wait_until_healthy

    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(HELIX_STORE="embedded", HELIX_DATA_DIR=str(tmp_path / "data"), HELIX_GRAPH="own")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "helix_graph", "app", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    server = EmbeddedServer(tmp_path / "data")
    try:
        wait_until_healthy(f"http://127.0.0.1:{port}", process)
        assert server.info() is not None  # the app started its own FalkorDB
        process.send_signal(signal.SIGINT)  # Ctrl+C
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            stop_app(process)
        server.stop()
    assert "Stopped the embedded FalkorDB this app started" in err
    assert server.info() is None


def test_load_dry_run_says_what_would_change_and_writes_nothing(run_cli, store, tmp_path):
    import json

    code, _, err = run_cli("load")
    assert code == 0, err
    before = (store.data_version(), graph_snapshot(store))
    (tmp_path / "fix.yaml").write_text(
        "organisations:\n"
        "  - {id: refit, name: ReFIT Research, kind: research_centre, helix_sector: academia, country: AT}\n"
        "  - {id: new-village, name: New Village, kind: municipality, helix_sector: government, country: SI}\n",
        encoding="utf-8",
    )
    code, out, err = run_cli("load", str(tmp_path), "--dry-run", "--json")
    assert code == 0, err
    changes = json.loads(out)["would_change"]
    assert changes["organisations"] == {"new": 1, "changed": 1, "unchanged": 0}
    assert changes["participations"] == {"new": 0, "changed": 0, "unchanged": 0}
    assert (store.data_version(), graph_snapshot(store)) == before
    code, out, _ = run_cli("load", "--dry-run")  # the seed again: nothing would change
    assert code == 0 and "organisations: 0 new, 0 changed, 44 unchanged" in out
    assert (
        "projects: 0 new, 0 changed, 4 unchanged" in out
        and "participations: 0 new, 0 changed, 44" in out
    )


def test_query_parameter_with_an_empty_map_key_gets_one_sentence(run_cli):
    code, _, err = run_cli("query", "RETURN $x AS x", "--param", 'x={"":1}')
    assert (
        code == 2 and "a Cypher map key must be a non-empty name" in err and "Traceback" not in err
    )


def test_quiet_prints_nothing_but_json_still_prints(run_cli):
    import json

    code, out, err = run_cli("load", "--quiet")
    assert code == 0 and out == "" and err == ""
    code, out, _ = run_cli("stats", "-q")
    assert code == 0 and out == ""
    code, out, _ = run_cli("stats", "--quiet", "--json")
    assert code == 0 and json.loads(out)["nodes"]["Organisation"] == 44
    code, _, err = run_cli("recommend", "nobody-at-all", "--quiet")
    assert code == 2 and "not in the analysed network" in err  # errors are still said


def test_the_command_line_asks_for_no_huge_pages_unless_the_user_does():
    """NumPy and Arrow read their memory settings once, at import: the command line sets them first.

    Without a setting of the user's, NumPy's huge-page advice is off and Arrow allocates
    from the system pool; a setting the user made is kept.
    """
    probe = (
        "import os, helix_graph.cli, numpy, pyarrow; "
        "print(os.environ['NUMPY_MADVISE_HUGEPAGE'], pyarrow.default_memory_pool().backend_name, "
        "os.environ['OMP_WAIT_POLICY'])"
    )
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("NUMPY_MADVISE_HUGEPAGE", "ARROW_DEFAULT_MEMORY_POOL", "OMP_WAIT_POLICY")
    }

    def run(env):
        result = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.split()

    assert run(clean) == ["0", "system", "PASSIVE"]  # OpenMP's threads sleep between loops
    mine = {
        **clean,
        "NUMPY_MADVISE_HUGEPAGE": "1",
        "ARROW_DEFAULT_MEMORY_POOL": "mimalloc",
        "OMP_WAIT_POLICY": "ACTIVE",
    }
    assert run(mine) == ["1", "mimalloc", "ACTIVE"]
