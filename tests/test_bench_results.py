"""``bench/results/latest.json``: a run of some benchmarks keeps the others' figures."""

from __future__ import annotations

import json

from bench.__main__ import _read_results


def test_figures_of_earlier_runs_are_kept_and_other_files_start_afresh(tmp_path):
    path = tmp_path / "latest.json"
    assert _read_results(path) == {"figures": {}, "runs": {}}  # no file yet
    path.write_text("{not json", encoding="utf-8")
    assert _read_results(path) == {"figures": {}, "runs": {}}
    # the older form: one run's figures, no record of the runs
    path.write_text(json.dumps({"started": "2026-12-01", "figures": {"scale": []}}), "utf-8")
    assert _read_results(path) == {"figures": {}, "runs": {}}
    kept = {
        "python": "3.11.7",
        "figures": {"scale": [{"name": "per organisation", "value": 1.0}]},
        "runs": {"scale": {"started": "2026-12-01 22:00:00", "quick": False, "repeat": 3}},
    }
    path.write_text(json.dumps(kept), encoding="utf-8")
    assert _read_results(path) == {"figures": kept["figures"], "runs": kept["runs"]}
