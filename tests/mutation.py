"""``make mutation [AREA=…] [SAMPLE=N SEED=S]``: mutmut over some areas, then each one's score.

One embedded FalkorDB is started for the whole run and shared by every mutant's tests
(HELIX_TEST_SERVER_DIR, read by tests/conftest.py), instead of one per mutant. mutmut runs
niced, two mutants at a time, and each mutant's tests run fastest first, so a mutant that a
quick test kills is not kept waiting for the app tests (mutmut stops at the first failure).

With ``--sample N`` only N mutants of each area are run, drawn with the seed ``--seed S``
from the area's files in proportion to the mutants each file has (a stratified sample, the
same every time for the same code, seed and N), and each area's score is printed with its
95% Wilson interval: an estimate of the whole area's score that a developer can wait for.

The score is killed / (killed + survived + no tests + timeouts + suspicious): a mutant no
test reaches counts as a survivor.

Whether a mutant times out depends on how busy the shared machine is, so, as PIT and Stryker
do, every mutant that timed out (or ended "suspicious") is run again after the run, on its
own (``--max-children 1``) with four times mutmut's time limit. One that finishes gets its
real status; one that exceeds even that makes the tests hang (a loop that never ends), which
the tests do notice: it counts as killed and is listed apart as "timed out twice".
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
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
TIMED_OUT_TWICE = "timed out twice"
KILLED = {"killed", "caught by type check", TIMED_OUT_TWICE}
NOT_RUN = {"not checked", "skipped"}
RUN_AGAIN = {"timeout", "suspicious"}
LONGER = 4  # the mutants run again get this many times mutmut's timeout_multiplier


def area_of(mutant: str) -> str | None:
    """``helix_graph.ingest.cordis.x_read__mutmut_3`` → ``"ingest"``.

    >>> area_of("helix_graph.ingest.cordis.x_read__mutmut_3"), area_of("helix_graph.load.x_f__mutmut_1")
    ('ingest', 'load')
    """
    parts = mutant.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in AREAS else None


def wilson(killed: int, run: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion killed / run.

    >>> [round(x, 3) for x in wilson(8, 10)]
    [0.49, 0.943]
    >>> wilson(0, 0)
    (0.0, 1.0)
    """
    if not run:
        return 0.0, 1.0
    p = killed / run
    centre = (p + z * z / (2 * run)) / (1 + z * z / run)
    half = z * math.sqrt(p * (1 - p) / run + z * z / (4 * run * run)) / (1 + z * z / run)
    return max(0.0, centre - half), min(1.0, centre + half)


def allocate(counts: dict[str, int], n: int) -> dict[str, int]:
    """N split over the files in proportion to their mutants (largest remainder), none over its count.

    >>> allocate({"a.py": 60, "b.py": 30, "c.py": 10}, 10)
    {'a.py': 6, 'b.py': 3, 'c.py': 1}
    >>> allocate({"a.py": 2, "b.py": 98}, 5)
    {'a.py': 0, 'b.py': 5}
    >>> allocate({"a.py": 2, "b.py": 1}, 10)
    {'a.py': 2, 'b.py': 1}
    """
    total = sum(counts.values())
    n = min(n, total)
    quotas = {name: n * count / total for name, count in counts.items()} if total else {}
    shares = {name: math.floor(q) for name, q in quotas.items()}
    by_remainder = sorted(counts, key=lambda name: (shares[name] - quotas[name], name))
    for name in by_remainder[: n - sum(shares.values())]:
        shares[name] += 1
    return shares


def mutants_by_file() -> dict[str, list[str]]:
    """Every mutant's name, per mutated file (``mutants/src/…/x.py.meta``, written by mutmut)."""
    found = {}
    for meta in sorted((REPO / "mutants" / "src").rglob("*.py.meta")):
        names = list(json.loads(meta.read_text())["exit_code_by_key"])
        if names:
            found[str(meta.relative_to(REPO / "mutants"))[: -len(".meta")]] = names
    return found


def sample(by_file: dict[str, list[str]], areas: list[str], n: int, seed: int) -> list[str]:
    """N mutants of each area, spread over its files in proportion, drawn with ``seed``.

    >>> files = {"src/helix_graph/load.py": [f"helix_graph.load.x_f__mutmut_{i}" for i in range(9)],
    ...          "src/helix_graph/ui/a.py": ["helix_graph.ui.a.x_g__mutmut_1"]}
    >>> picked = sample(files, ["load", "ui"], 3, seed=1)
    >>> len(picked), picked == sample(files, ["load", "ui"], 3, seed=1)
    (4, True)
    """
    picked = []
    for area in areas:
        files = {path: names for path, names in by_file.items() if area_of(names[0]) == area}
        rng = random.Random(f"{seed}:{area}")
        shares = allocate({path: len(names) for path, names in files.items()}, n)
        for path in sorted(files):
            picked += rng.sample(files[path], shares[path])
    return picked


def statuses(names: list[str] | None) -> dict[str, str]:
    """Each mutant's status (``killed``, ``survived``, …) as mutmut recorded it; all when ``names`` is None."""
    from mutmut.stats import status_by_exit_code

    recorded = {}
    for meta in (REPO / "mutants" / "src").rglob("*.py.meta"):
        recorded.update(json.loads(meta.read_text())["exit_code_by_key"])
    keep = recorded if names is None else {name: recorded[name] for name in names}
    return {name: status_by_exit_code[code] for name, code in keep.items()}


def report(found: dict[str, str]) -> str:
    """One line per area: mutants run, killed, survived, other, the score and its 95% interval.

    >>> print(report({"helix_graph.load.x_f__mutmut_1": "killed", "helix_graph.load.x_f__mutmut_2": "survived"}))
    area       mutants  killed  survived  other  score  95% interval
    load             2       1         1      0    50%  9%–91%

    A mutant that timed out twice is killed; a timeout not run again is "other":

    >>> print(report({"helix_graph.ui.a.x_g__mutmut_1": "killed", "helix_graph.ui.a.x_g__mutmut_2": TIMED_OUT_TWICE,
    ...               "helix_graph.ui.a.x_g__mutmut_3": "timeout", "helix_graph.ui.a.x_g__mutmut_4": "survived"}))
    area       mutants  killed  survived  other  score  95% interval
    ui               4       2         1      1    50%  15%–85%
    """
    lines = ["area       mutants  killed  survived  other  score  95% interval"]
    counted: dict[str, Counter] = {}
    for name, status in found.items():
        counted.setdefault(area_of(name), Counter())[status] += 1
    for area in AREAS:
        if area not in counted:
            continue
        c = counted[area]
        run = sum(n for status, n in c.items() if status not in NOT_RUN)
        killed = sum(c[s] for s in KILLED)
        other = run - killed - c["survived"]
        low, high = wilson(killed, run)
        score = f"{100 * killed / run:.0f}%" if run else "not run"
        lines.append(
            f"{area:<10} {run:>7}  {killed:>6}  {c['survived']:>8}  {other:>5}  {score:>5}  "
            f"{100 * low:.0f}%–{100 * high:.0f}%"
        )
    return "\n".join(lines)


def to_run_again(found: dict[str, str]) -> list[str]:
    """The mutants that did not finish in mutmut's time (timeouts, "suspicious"), sorted.

    >>> to_run_again({"b": "timeout", "a": "suspicious", "c": "killed", "d": "survived"})
    ['a', 'b']
    """
    return sorted(name for name, status in found.items() if status in RUN_AGAIN)


def settle(found: dict[str, str], again: dict[str, str]) -> dict[str, str]:
    """Each mutant's status once those in ``again`` were run again with the longer limit.

    One that finished has its status from the second run; one that did not finish again is
    "timed out twice" (killed); one the second run did not reach keeps its first status.

    >>> first = {"a": "timeout", "b": "timeout", "c": "suspicious", "d": "survived", "e": "timeout"}
    >>> settle(first, {"a": "killed", "b": "timeout", "c": "survived", "e": "not checked"})
    {'a': 'killed', 'b': 'timed out twice', 'c': 'survived', 'd': 'survived', 'e': 'timeout'}
    """
    settled = dict(found)
    for name, status in again.items():
        if status in RUN_AGAIN:
            settled[name] = TIMED_OUT_TWICE
        elif status not in NOT_RUN:
            settled[name] = status
    return settled


def run_again_summary(found: dict[str, str], settled: dict[str, str]) -> str:
    """How many mutants were run again, of which first statuses, and what they became.

    >>> first = {"a": "timeout", "b": "timeout", "c": "suspicious", "d": "survived", "e": "timeout"}
    >>> after = {"a": "killed", "b": TIMED_OUT_TWICE, "c": "survived", "d": "survived", "e": "killed"}
    >>> print(run_again_summary(first, after))
    run again on their own with 4x the time: 4 (1 suspicious, 3 timeout): 2 killed, 1 survived, 1 timed out twice (counted as killed)
      a: timeout -> killed
      b: timeout -> timed out twice
      c: suspicious -> survived
      e: timeout -> killed
    >>> run_again_summary({"d": "survived"}, {"d": "survived"})
    'run again on their own with 4x the time: none'
    """
    names = to_run_again(found)
    label = f"run again on their own with {LONGER}x the time:"
    if not names:
        return f"{label} none"
    before = Counter(found[name] for name in names)
    after = Counter(settled[name] for name in names)
    was = ", ".join(f"{before[status]} {status}" for status in sorted(before))
    became = ", ".join(
        f"{after[status]} {status}" + (" (counted as killed)" if status == TIMED_OUT_TWICE else "")
        for status in sorted(after, key=lambda status: (status == TIMED_OUT_TWICE, status))
    )
    lines = [f"{label} {len(names)} ({was}): {became}"]
    lines += [f"  {name}: {found[name]} -> {settled[name]}" for name in names]
    return "\n".join(lines)


def generate_mutants() -> None:
    """Write (or bring up to date) ``mutants/`` as ``mutmut run`` does first, running no test.

    A sample is drawn from the mutants' names, so they must exist before the run that
    checks them; these are the first steps of mutmut's own ``run`` (mutmut is pinned < 4).
    """
    from mutmut.__main__ import copy_also_copy_files, copy_src_dir, create_mutants

    (REPO / "mutants").mkdir(exist_ok=True)
    copy_src_dir()
    copy_also_copy_files()
    create_mutants(2)


def fastest_tests_first() -> None:
    """Hand each mutant its tests fastest first (by the stats run's durations).

    mutmut runs a mutant's tests with ``-x``, in the order given, which is a set's: a mutant
    that a 0.1 s test kills could wait behind a minute of app tests before it.
    """
    from mutmut.state import state
    from mutmut.workers.isolation import ForkServerRunner

    submit = ForkServerRunner.submit

    def submit_sorted(self, mutant_name, tests, cpu_time_limit, estimated_time):
        durations = state().duration_by_test
        ordered = sorted(tests, key=lambda test: (durations.get(test, 0.0), test))
        return submit(self, mutant_name, ordered, cpu_time_limit, estimated_time)

    ForkServerRunner.submit = submit_sorted


def run_mutmut(names: list[str], children: int = 2, longer: float = 1) -> None:
    """``mutmut run --max-children CHILDREN NAMES``, as its command line would, tests fastest first.

    Run in a process of its own (``tests/mutation.py --mutmut NAMES``): one that has imported
    helix_graph already would hand the mutants' tests the code that is not mutated.
    ``longer`` multiplies ``timeout_multiplier`` for this run only (mutmut's CLI has no option
    for it; its limits, CPU and wall, are computed from the loaded config for each mutant).
    """
    from mutmut.__main__ import cli
    from mutmut.configuration import config

    config().timeout_multiplier *= longer
    fastest_tests_first()
    try:
        cli(["run", "--max-children", str(children), *names], standalone_mode=False)
    except SystemExit as exit_:
        if exit_.code:
            raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("areas", nargs="*", help=f"some of {', '.join(AREAS)} (all when left out)")
    parser.add_argument("--sample", type=int, help="run N mutants of each area, not all")
    parser.add_argument("--seed", type=int, default=14, help="the sample's seed (default 14)")
    args = parser.parse_args(argv)
    unknown = [area for area in args.areas if area not in AREAS]
    if unknown:
        sys.stderr.write(f"AREA={unknown[0]} is not an area; use one of {', '.join(AREAS)}\n")
        return 2
    os.chdir(REPO)  # mutmut reads [tool.mutmut] and writes mutants/ where it runs
    os.nice(10)
    from helix_graph.store import EmbeddedServer

    areas = args.areas or list(AREAS)
    picked = None
    if args.sample:
        generate_mutants()
        picked = sample(mutants_by_file(), areas, args.sample, args.seed)
    with tempfile.TemporaryDirectory(prefix="helix-mutation-") as data_dir:
        server = EmbeddedServer(data_dir)
        server.start()
        env = {**os.environ, "HELIX_TEST_SERVER_DIR": data_dir}
        names = picked or [AREAS[area] for area in areas]
        try:
            subprocess.run([sys.executable, __file__, "--mutmut", *names], env=env, check=False)
            found = {
                name: status
                for name, status in statuses(picked).items()
                if area_of(name) in areas and status not in NOT_RUN
            }
            again = to_run_again(found)
            if again:
                print(f"\nrunning {len(again)} again, one at a time, with {LONGER}x the time")
                command = [sys.executable, __file__, "--mutmut-again", *again]
                subprocess.run(command, env=env, check=False)
        finally:
            server.stop()
    settled = settle(found, statuses(again))
    survivors = sorted(name for name, status in settled.items() if status not in KILLED)
    print("\nnot killed (mutmut show NAME):")
    print("\n".join(f"  {name}: {settled[name]}" for name in survivors) or "  none")
    label = (
        f"a sample of {args.sample} per area, seed {args.seed}" if args.sample else "every mutant"
    )
    print(f"\n{label}, as first recorded:\n{report(found)}")
    print(f"\n{run_again_summary(found, settled)}")
    print(f"\n{label}, with those run again:\n{report(settled)}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--mutmut"]:
        sys.exit(run_mutmut(sys.argv[2:]))
    if sys.argv[1:2] == ["--mutmut-again"]:
        sys.exit(run_mutmut(sys.argv[2:], children=1, longer=LONGER))
    sys.exit(main())
