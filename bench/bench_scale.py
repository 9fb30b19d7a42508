"""Scale benchmark: the whole analysis at 1,000 to 1,000,000 synthetic participations.

Each size runs in its own process: the synthetic network (``synthesize(N, seed=1)``) is
built in memory, then :func:`helix_graph.analysis.analyze_network` computes every table
and writes the files, timed from the moment the network exists (the compiled kernels and
the modules are loaded first, by a warm-up analysis of the seed and NetworKit's import; the command line's module
first of all, for the memory settings it makes before NumPy loads). Figures: seconds, microseconds per
organisation (the issue's "flat within 1.5×" compares these), and the process's peak
memory (target ≤ 8 GB at 1,000,000). ``--quick`` stops at 150,000.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SIZES = (1_000, 10_000, 150_000, 1_000_000)
QUICK_SIZES = (1_000, 10_000)

_CHILD = r"""
import json, sys, tempfile, time
sys.path.insert(0, sys.argv[2])
import helix_graph.cli  # the process as `helix-graph analyze` runs: its memory settings first
from bench._common import peak_gb
from helix_graph.analysis import Network, analyze_network, network_from_dataset
from helix_graph.analysis.kernels import warm_up
from helix_graph.ingest.seed_files import read_dataset
from helix_graph.resources import resource_dir
from helix_graph.synth import synthesize
warm_up()  # load the compiled kernels
import networkit  # and NetworKit (Leiden and Louvain from 1,000 organisations on), 0.3 s to import
analyze_network(network_from_dataset(read_dataset([resource_dir("seed")])))  # and every module a table needs
data = synthesize(int(sys.argv[1]), seed=1)
network = Network(data.organisations.assign(city=None), data.projects, data.participations)
with tempfile.TemporaryDirectory() as out:
    started = time.perf_counter()
    result = analyze_network(network, out)
    seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "organisations": len(network.organisations),
                  "ties": result.manifest["collaboration_ties"], "stages": result.manifest["timings_s"],
                  "betweenness_sample": result.manifest["centrality"]["betweenness_sample"],
                  "peak_gb": peak_gb()}))
"""


def run(quick: bool, repeat: int) -> list[dict]:
    figures: list[dict] = []
    per_org = []
    for size in QUICK_SIZES if quick else SIZES:
        runs = []
        for _ in range(1 if size >= 1_000_000 else repeat):
            done = subprocess.run(
                [sys.executable, "-c", _CHILD, str(size), str(REPO)],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0:
                raise RuntimeError(
                    f"the analysis of {size:,} participations failed: {done.stderr[-2000:]}"
                )
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        runs.sort(key=lambda r: r["seconds"])
        median = runs[len(runs) // 2]
        micro = median["seconds"] / median["organisations"] * 1e6
        per_org.append(micro)
        note = (
            f"{median['organisations']:,} organisations, {median['ties']:,} ties, betweenness sample "
            f"{median['betweenness_sample'] or 'exact'}; stages "
            + ", ".join(f"{k} {v:.2f}" for k, v in median["stages"].items() if k != "total")
        )
        figures.append(
            {
                "name": f"analysis of {size:,} participations",
                "value": median["seconds"],
                "unit": "s",
                "note": note,
            }
        )
        figures.append({"name": f"... per organisation at {size:,}", "value": micro, "unit": "µs"})
        figures.append(
            {
                "name": f"... peak memory at {size:,}",
                "value": max(r["peak_gb"] for r in runs),
                "unit": "GB",
                "target": 8.0 if size >= 1_000_000 else None,
            }
        )
    from_10k = per_org[1:] if len(per_org) > 2 else per_org
    figures.append(
        {
            "name": "per-organisation time, largest / smallest from 10,000 on",
            "value": max(from_10k) / min(from_10k),
            "unit": "×",
            "target": 1.5,
        }
    )
    return figures
