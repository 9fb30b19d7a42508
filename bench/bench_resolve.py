"""Entity resolution at Horizon 2020 size: ``helix-graph import cordis --resolve`` end to end.

The CORDIS zip is made once from the real Horizon 2020 participations
(``/work/shared/tools/h2020_to_cordis.py``, 35,871 organisations, 144,726 participations)
and cached under ``$HELIX_BENCH_CACHE`` (default: a ``helix-graph-bench`` folder in the
temporary directory); ``HELIX_BENCH_CORDIS_ZIP=path`` reads another download. Without
the real data (or with ``--quick``) the synthetic download of ``bench_cordis`` is used.

Measured, medians of ``repeat`` runs, each in a fresh subprocess (its own peak memory):

- the import into an empty graph (the embedded server started by the command), and the
  same import again into that graph (every organisation also compared with the 35,871
  already stored): time and the command's peak resident memory (VmHWM), against 60 s
  and 2 GB; the FalkorDB server is another process, its peak is noted beside;
- the same import under a 2 GB address-space cap (``RLIMIT_AS``, inherited by the server
  the command starts): it must end without a traceback;
- quality, on ``bench/gold/resolve.csv`` (real organisation names written differently,
  with the page each is written on): pairwise precision and recall of the merges made,
  and of the merges made plus those proposed for review, both on the gold set alone and
  with its names added among the Horizon 2020 organisations (which have made-up names
  "Organisation PIC", distinct by construction: any merge among them is wrong).
"""

from __future__ import annotations

import csv
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench._common import peak_gb
from helix_graph.ingest.resolve import propose_merges
from helix_graph.model import Dataset, Organisation

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold" / "resolve.csv"
H2020 = Path("/work/shared/data/h2020.csv.gz")
TOOL = Path("/work/shared/tools/h2020_to_cordis.py")
CAP_GB = 2.0

# The child: run the CLI, then print its own peak memory as the last line of stdout.
_CHILD = """
import json, resource, sys
cap = float(sys.argv[1])
if cap:
    limit = int(cap * 1024 ** 3)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from bench._common import peak_gb
from helix_graph.cli import main
code = main(sys.argv[2:])
print(json.dumps({"code": code, "peak_gb": peak_gb()}))
"""


def _cache() -> Path:
    folder = Path(
        os.environ.get("HELIX_BENCH_CACHE", Path(tempfile.gettempdir()) / "helix-graph-bench")
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _download(quick: bool) -> tuple[Path, str]:
    """The CORDIS zip to import and what it is."""
    if os.environ.get("HELIX_BENCH_CORDIS_ZIP"):
        return Path(os.environ["HELIX_BENCH_CORDIS_ZIP"]), "HELIX_BENCH_CORDIS_ZIP"
    if not quick and H2020.exists() and TOOL.exists():
        path = _cache() / "h2020-cordis.zip"
        if not path.exists():
            partial = path.with_suffix(".part.zip")
            subprocess.run([sys.executable, str(TOOL), str(H2020), str(partial)], check=True)
            partial.replace(path)
        return path, "real Horizon 2020"
    from bench.bench_cordis import write_cordis_zip

    path = _cache() / "synthetic-cordis-small.zip"
    if not path.exists():
        write_cordis_zip(path, projects=2_000, organisations=3_000, participations=10_000)
    return path, "synthetic (small)"


def _server_peak_gb(data_dir: Path) -> float | None:
    from helix_graph.store import EmbeddedServer

    info = EmbeddedServer(data_dir).info()
    status = Path(f"/proc/{info.pid}/status") if info and info.pid else None
    if not status or not status.exists():
        return None
    for line in status.read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024 / 1024
    return None


def _stop(data_dir: Path) -> None:
    from helix_graph.store import EmbeddedServer

    EmbeddedServer(data_dir).stop()


def _import(zip_path: Path, data_dir: Path, review: Path, cap_gb: float = 0.0) -> dict:
    """One ``import cordis --resolve`` in a subprocess: seconds, exit code, peaks, stderr."""
    env = {**os.environ, "HELIX_DATA_DIR": str(data_dir), "HELIX_STORE": "embedded"}
    env["PYTHONPATH"] = os.pathsep.join([str(HERE.parent), env.get("PYTHONPATH", "")])
    args = ["import", "cordis", str(zip_path), "--resolve", "--review", str(review), "-q"]
    started = time.perf_counter()
    done = subprocess.run(
        ["nice", sys.executable, "-c", _CHILD, str(cap_gb), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=1800,
    )
    seconds = time.perf_counter() - started
    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "{}"
    try:
        result = json.loads(last)
    except ValueError:
        result = {}
    return {
        "seconds": seconds,
        "code": result.get("code", done.returncode),
        "peak_gb": result.get("peak_gb"),
        "server_peak_gb": _server_peak_gb(data_dir),
        "stderr": done.stderr.strip(),
    }


def _gold() -> list[dict]:
    with GOLD.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _pairwise(ids: list[str], entity_of: dict[str, str], merges) -> tuple[float, float, int]:
    """Pairwise precision and recall of the groups the merges make, over the gold records."""
    group = {i: i for i in ids}

    def find(i):
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for m in merges:
        if m.kept in group and m.merged in group:
            group[find(m.merged)] = find(m.kept)
    predicted = {(a, b) for a, b in itertools.combinations(ids, 2) if find(a) == find(b)}
    true = {(a, b) for a, b in itertools.combinations(ids, 2) if entity_of[a] == entity_of[b]}
    hits = len(predicted & true)
    precision = hits / len(predicted) if predicted else 1.0
    return precision, hits / len(true), len(predicted - true)


def _quality(zip_path: Path | None) -> list[dict]:
    rows = _gold()
    gold = [
        Organisation(
            id=f"gold-{n}", name=r["name"], country=r["country"], helix_sector="academia"
        ).located(f"{GOLD.name} row {n + 2}")
        for n, r in enumerate(rows)
    ]
    entity_of = {o.id: r["entity"] for o, r in zip(gold, rows)}
    ids = list(entity_of)
    settings = [("gold alone", Dataset(organisations=gold))]
    if zip_path is not None:
        from helix_graph.ingest.cordis import read_cordis

        download, _ = read_cordis([str(zip_path)])
        settings.append(
            (
                f"gold among {len(download.organisations):,} organisations",
                Dataset(organisations=download.organisations + gold),
            )
        )
    figures = []
    for label, dataset in settings:
        started = time.perf_counter()
        proposals = propose_merges(dataset)
        seconds = time.perf_counter() - started
        made = [m for m in proposals if m.decision == "accept"]
        outside = sum(1 for m in proposals if m.kept not in entity_of and m.merged not in entity_of)
        for which, merges in (
            ("made", made),
            ("made + for review", [m for m in proposals if m.decision != "reject"]),
        ):
            precision, recall, wrong = _pairwise(ids, entity_of, merges)
            note = f"{wrong} wrong pairs"
            if which != "made":
                note += " if a person accepted every proposal (they are judgments)"
            if label != "gold alone":
                note += f"; {outside} proposals among the download's own organisations"
            figure = {"name": f"precision, {which} ({label})", "value": precision, "unit": ""}
            if which == "made":  # a wrong merge destroys data: what is made must be right
                figure.update(target=1.0, lower_is_better=False)
            figures.append({**figure, "note": note})
            figures.append(
                {
                    "name": f"recall, {which} ({label})",
                    "value": recall,
                    "unit": "",
                    "note": f"{len(ids)} gold names, {len(set(entity_of.values()))} organisations",
                }
            )
        figures.append(
            {"name": f"propose_merges in process ({label})", "value": seconds, "unit": "s"}
        )
    return figures


def run(quick: bool, repeat: int) -> list[dict]:
    zip_path, what = _download(quick)
    figures: list[dict] = []
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="bench-resolve-") as tmp:
        first, again = [], []
        for n in range(repeat):
            data_dir = Path(tmp) / f"data-{n}"
            review = Path(tmp) / f"merges-{n}.csv"
            try:
                first.append(_import(zip_path, data_dir, review))
                again.append(_import(zip_path, data_dir, review))
            finally:
                _stop(data_dir)
        for label, runs in (
            ("into an empty graph", first),
            ("again, into the loaded graph", again),
        ):
            failed = [r for r in runs if r["code"] != 0]
            if failed:
                raise SystemExit(f"import cordis --resolve failed: {failed[0]['stderr']}")
            server = [r["server_peak_gb"] for r in runs if r["server_peak_gb"] is not None]
            figures.append(
                {
                    "name": f"import cordis --resolve, {label}",
                    "value": statistics.median(r["seconds"] for r in runs),
                    "unit": "s",
                    "target": 60.0,
                    "note": f"{what}; load average {load:.1f}",
                }
            )
            figures.append(
                {
                    "name": f"peak memory of the command, {label}",
                    "value": statistics.median(r["peak_gb"] for r in runs),
                    "unit": "GB",
                    "target": 2.0,
                    "note": f"FalkorDB server {statistics.median(server):.2f} GB" if server else "",
                }
            )
        capped_dir = Path(tmp) / "data-capped"
        try:
            capped = _import(zip_path, capped_dir, Path(tmp) / "merges-capped.csv", cap_gb=CAP_GB)
        finally:
            _stop(capped_dir)
        ended = (
            "exit 0" if capped["code"] == 0 else f"exit {capped['code']}: {capped['stderr'][-300:]}"
        )
        figures.append(
            {
                "name": f"import cordis --resolve under a {CAP_GB:g} GB address-space cap",
                "value": capped["seconds"],
                "unit": "s",
                "note": ended
                + ("; TRACEBACK" if "Traceback" in capped["stderr"] else "; no traceback"),
            }
        )
        figures.append(
            {
                "name": "tracebacks under the cap",
                "value": float("Traceback" in capped["stderr"]),
                "unit": "",
                "target": 0.0,
            }
        )
    figures += _quality(zip_path if what == "real Horizon 2020" else None)
    figures.append(
        {"name": "peak memory of this process (quality part)", "value": peak_gb(), "unit": "GB"}
    )
    return figures
