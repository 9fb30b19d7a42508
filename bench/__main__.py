"""Run the benchmarks: ``python -m bench [NAME…] [--quick] [--repeat N]``.

Every module ``bench/bench_NAME.py`` defines ``run(quick: bool, repeat: int) -> list[dict]``;
each dict is one figure: ``{"name", "value", "unit"}`` and optionally ``"target"`` (the
limit the figure must stay within, same unit), ``"baseline"`` (the plain-NetworkX figure
measured in the same run) and ``"note"``. Times are medians of ``repeat`` runs.
The table is printed and written to ``bench/results/latest.json``: a run of some
benchmarks replaces their figures there and keeps the others', each with the time and the
mode (``quick``) of the run that measured it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
from pathlib import Path

import helix_graph.cli  # noqa: F401 - first: the memory settings the commands run with, before NumPy loads

HERE = Path(__file__).resolve().parent


def _modules(names: list[str]) -> list[str]:
    found = sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))
    unknown = [n for n in names if n not in found]
    if unknown:
        sys.exit(f"unknown benchmark {unknown[0]!r}; choose from {', '.join(found)}")
    return names or found


def _row(figure: dict) -> str:
    value, unit = figure["value"], figure.get("unit", "")
    text = f"{figure['name']:<58} {value:>12.3f} {unit:<6}"
    if figure.get("target") is not None:
        ok = (
            value <= figure["target"]
            if figure.get("lower_is_better", True)
            else value >= figure["target"]
        )
        text += f"  target {'≤' if figure.get('lower_is_better', True) else '≥'} {figure['target']:g} {'ok' if ok else 'MISSED'}"
    if figure.get("baseline") is not None:
        text += f"  networkx {figure['baseline']:.3f} → {figure['baseline'] / value if value else float('inf'):.1f}× faster"
    if figure.get("note"):
        text += f"  ({figure['note']})"
    return text


def _read_results(path: Path) -> dict:
    """The figures kept from earlier runs (none if the file is missing or of an older form)."""
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        kept = {}
    if not isinstance(kept.get("figures"), dict) or not isinstance(kept.get("runs"), dict):
        kept = {}
    return {"figures": kept.get("figures", {}), "runs": kept.get("runs", {})}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument(
        "--quick", action="store_true", help="small sizes, to check the benchmarks run"
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per timing; the median is reported"
    )
    args = parser.parse_args()
    sys.path.insert(0, str(HERE.parent))
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    latest = out / "latest.json"
    results = _read_results(latest)
    results.update(python=platform.python_version(), machine=platform.machine())
    for name in _modules(args.names):
        print(f"== {name}", flush=True)
        module = importlib.import_module(f"bench.bench_{name}")
        started = time.strftime("%Y-%m-%d %H:%M:%S")
        figures = module.run(quick=args.quick, repeat=args.repeat)
        for figure in figures:
            print(_row(figure), flush=True)
        results["figures"][name] = figures
        results["runs"][name] = {"started": started, "quick": args.quick, "repeat": args.repeat}
        # written after each benchmark: a run stopped later keeps what it measured
        latest.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"written to {out / 'latest.json'}")


if __name__ == "__main__":
    main()
