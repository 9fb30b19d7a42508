"""The Cypher files and the seed are found from a built wheel, not only from a checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from conftest import REPO


def test_wheel_carries_cypher_and_seed_and_finds_them(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path / "dist"),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = (tmp_path / "dist").glob("helix_graph-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "helix_graph/_resources/cypher/load/participations.cypher" in names
    assert "helix_graph/_resources/cypher/schema/neo4j.cypher" in names
    assert "helix_graph/_resources/seed/asis.yaml" in names
    assert "helix_graph/data/countries.csv" in names

    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    probe = (
        "from helix_graph.store.cypher import cypher_dir, cypher; "
        "from helix_graph.ingest.seed_files import read_dataset; "
        "from helix_graph.resources import resource_dir; "
        "print(cypher_dir()); print(len(cypher('load/projects')) > 0); "
        "print(read_dataset([resource_dir('seed')]).counts()['organisations'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    where, found, organisations = result.stdout.split()
    assert where.startswith(str(target)) and found == "True" and organisations == "44"
