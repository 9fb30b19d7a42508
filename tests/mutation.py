"""``make mutation [AREA=…]``: mutmut over one area (or all), then the score of each area.

One embedded FalkorDB is started for the whole run and shared by every mutant's tests
(HELIX_TEST_SERVER_DIR, read by tests/conftest.py), instead of one per mutant. mutmut runs
niced, two mutants at a time. The score is killed / (killed + survived + timeouts +
suspicious); mutants no test reaches count as survivors.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
AREAS = {
    "export": "helix_graph.export.*",
    "load": "helix_graph.load.*",
    "ingest": "helix_graph.ingest.*",
    "analysis": "helix_graph.analysis.*",
    "ui": "helix_graph.ui.*",
}
KILLED = {"killed", "caught by type check"}
NOT_RUN = {"not checked", "skipped"}


def area_of(mutant: str) -> str | None:
    """``helix_graph.ingest.cordis.x_read__mutmut_3`` → ``"ingest"``.

    >>> area_of("helix_graph.ingest.cordis.x_read__mutmut_3"), area_of("helix_graph.load.x_f__mutmut_1")
    ('ingest', 'load')
    """
    parts = mutant.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in AREAS else None


def scores(results: str) -> dict[str, Counter]:
    """Statuses counted per area, from ``mutmut results --all true``.

    >>> scores("    helix_graph.load.x_f__mutmut_1: killed\\n    helix_graph.load.x_f__mutmut_2: survived\\n")
    {'load': Counter({'killed': 1, 'survived': 1})}
    """
    counted: dict[str, Counter] = {}
    for line in results.splitlines():
        match = re.match(r"\s*(\S+): (.+)$", line)
        if match and area_of(match.group(1)):
            counted.setdefault(area_of(match.group(1)), Counter())[match.group(2).strip()] += 1
    return counted


def report(counted: dict[str, Counter]) -> str:
    lines = ["area       mutants  killed  survived  other  score"]
    for area in AREAS:
        if area not in counted:
            continue
        c = counted[area]
        run = sum(n for status, n in c.items() if status not in NOT_RUN)
        killed = sum(c[s] for s in KILLED)
        other = run - killed - c["survived"]
        score = f"{100 * killed / run:.0f}%" if run else "not run"
        lines.append(
            f"{area:<10} {run:>7}  {killed:>6}  {c['survived']:>8}  {other:>5}  {score:>5}"
        )
    return "\n".join(lines)


def main(area: str | None) -> int:
    if area and area not in AREAS:
        sys.stderr.write(f"AREA={area} is not an area; use one of {', '.join(AREAS)}\n")
        return 2
    from helix_graph.store import EmbeddedServer

    mutmut = [str(Path(sys.executable).with_name("mutmut"))]
    with tempfile.TemporaryDirectory(prefix="helix-mutation-") as data_dir:
        server = EmbeddedServer(data_dir)
        server.start()
        try:
            env = {**os.environ, "HELIX_TEST_SERVER_DIR": data_dir}
            names = [AREAS[area]] if area else list(AREAS.values())
            run = ["nice", "-n", "19", *mutmut, "run", "--max-children", "2", *names]
            subprocess.run(run, cwd=REPO, env=env, check=False)
        finally:
            server.stop()
    results = subprocess.run(
        [*mutmut, "results", "--all", "true"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    survivors = [line.strip() for line in results.splitlines() if line.endswith(": survived")]
    print("\n".join(["surviving mutants (mutmut show NAME):", *survivors, ""]))
    print(report(scores(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))
