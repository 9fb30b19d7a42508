"""Analysis benchmark at CORDIS scale (150,000 synthetic participations).

Figures, all on the same synthetic data loaded into one embedded FalkorDB:

- reading the network from the store, and building the collaboration graph;
- ``helix-graph analyze --out DIR`` end to end, as a separate process (its peak memory
  is that process's maximum resident set size);
- PageRank, Louvain and betweenness (k=64 sources) through helix-graph (igraph) beside
  plain NetworkX (``nx.pagerank``, ``nx.community.louvain_communities``,
  ``nx.betweenness_centrality(k=64)``) on the same graph in the same run. The NetworkX
  side runs once (it takes minutes); helix-graph's is the median of ``repeat`` runs.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx

from helix_graph.analysis import collaboration_graph, detect_communities, node_metrics, read_network
from helix_graph.ingest.seed_files import read_dataset
from helix_graph.load import load_dataset
from helix_graph.store import EmbeddedServer, FalkorDBStore
from helix_graph.synth import synthesize, write_synth

from bench._common import embedded_server

FULL = 150_000
QUICK = 5_000
GRAPH = "bench_analysis"


def _median(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def _analyze_cli(server: EmbeddedServer, out: Path) -> tuple[float, float, float]:
    """``helix-graph analyze`` in its own process: seconds, its peak resident memory and
    that of its forked brokerage child, in GB."""
    env = {**os.environ, "HELIX_STORE": "embedded", "HELIX_DATA_DIR": str(server.data_dir), "HELIX_GRAPH": GRAPH}
    code = ("import resource, sys, time; from helix_graph.cli import main; t = time.perf_counter(); "
            f"rc = main(['analyze', '--out', {str(out)!r}, '--json']); "
            "print('BENCH', time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
            "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(rc)")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"helix-graph analyze failed: {done.stderr[-2000:]}")
    line = [line for line in done.stderr.splitlines() if line.startswith("BENCH")][-1]
    _, seconds, max_rss_kb, child_rss_kb = line.split()
    return float(seconds), int(max_rss_kb) / 1024 / 1024, int(child_rss_kb) / 1024 / 1024


def run(quick: bool, repeat: int) -> list[dict]:
    n = QUICK if quick else FULL
    figures: list[dict] = []
    with embedded_server("helix-bench-analysis-") as (tmp, server, client):
        folder = Path(tmp) / "synth"
        write_synth(synthesize(n, seed=1), folder)
        store = FalkorDBStore(client, GRAPH)
        load_dataset(store, read_dataset([folder]))
        read_s, network = _median(lambda: read_network(store), repeat)
        build_s, G = _median(lambda: collaboration_graph(network), repeat)
        size = f"{G.number_of_nodes():,} organisations, {G.number_of_edges():,} ties"
        figures.append({"name": "read the network from the store", "value": read_s, "unit": "s",
                        "note": f"{len(network.participations):,} participations"})
        figures.append({"name": "build the collaboration graph", "value": build_s, "unit": "s", "note": size})
        runs = [_analyze_cli(server, Path(tmp) / f"out{i}") for i in range(repeat)]
        figures.append({"name": "helix-graph analyze end to end (own process)",
                        "value": statistics.median(r[0] for r in runs), "unit": "s",
                        "target": None if quick else 40.0, "note": f"median of {repeat}"})
        figures.append({"name": "helix-graph analyze peak memory (max RSS)",
                        "value": max(r[1] for r in runs), "unit": "GB", "target": 3.0})
        figures.append({"name": "... its forked brokerage child (max RSS, shared pages counted)",
                        "value": max(r[2] for r in runs), "unit": "GB"})

        ours, _ = _median(lambda: node_metrics(G, ["pagerank"], engine="igraph"), repeat)
        base, _ = _median(lambda: nx.pagerank(G, weight="weight"), repeat)
        figures.append({"name": "pagerank (igraph PRPACK)", "value": ours, "unit": "s", "baseline": base})
        ours, _ = _median(lambda: detect_communities(G, "louvain", engine="igraph", seed=0), repeat)
        base, _ = _median(lambda: nx.community.louvain_communities(G, weight="weight", seed=0), 1)
        figures.append({"name": "louvain communities (igraph multilevel)", "value": ours, "unit": "s",
                        "baseline": base})
        ours, _ = _median(lambda: node_metrics(G, ["betweenness"], engine="igraph", k=64, seed=0), repeat)
        base, _ = _median(lambda: nx.betweenness_centrality(G, k=64, seed=0), 1)
        figures.append({"name": "betweenness k=64 (igraph, same sources)", "value": ours, "unit": "s",
                        "baseline": base})
        store.delete_graph()
    figures.append({"name": "bench process peak memory (max RSS)",
                    "value": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024, "unit": "GB"})
    return figures
