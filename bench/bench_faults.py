"""Faults: every class of fault and bad input, tried for real against a real embedded store.

Each trial runs ``helix-graph`` as a user would (a subprocess, the real server) and is
judged by what it left:

- **crashed**: a traceback was shown, the command hung, or it ended by a signal nobody sent;
- **partial**: the command failed, yet the stored data differs from before it;
- **lost**: data that was there before is gone (for any trial, failed or not).

The classes: hostile values in files, hostile queries, bad files, kills during loads,
concurrent starts, concurrent loads, stale locks and records, restarts, a hung server.
The goal is 0 crashed, 0 partial, 0 lost. Figures: those three totals (target 0), with
the per-class table printed.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from helix_graph.resources import resource_dir
from helix_graph.store import EmbeddedServer, FalkorDBStore
from helix_graph.synth import synthesize, write_synth

GRAPH = "faults"


@dataclass
class Tally:
    tried: int = 0
    crashed: int = 0
    partial: int = 0
    lost: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass
class Lab:
    """The data folder, the environment the commands run in, and the inputs."""

    root: Path
    data: Path
    env: dict
    synth: Path

    def cli(self, *args: str, timeout: float = 120, graph: str = GRAPH, data: Path | None = None):
        env = {**self.env, "HELIX_GRAPH": graph, "HELIX_DATA_DIR": str(data or self.data)}
        try:
            return subprocess.run(
                [sys.executable, "-m", "helix_graph", *args],
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            return subprocess.CompletedProcess(args, -999, "", "hung (no answer in time)")

    def popen(self, *args: str, graph: str = GRAPH, data: Path | None = None):
        env = {**self.env, "HELIX_GRAPH": graph, "HELIX_DATA_DIR": str(data or self.data)}
        return subprocess.Popen(
            [sys.executable, "-m", "helix_graph", *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def snapshot(self, graph: str = GRAPH, data: Path | None = None) -> tuple:
        """Every node and relationship with its properties, sorted; and the data version."""
        server = EmbeddedServer(data or self.data)
        store = FalkorDBStore(server.client(), graph)
        try:
            nodes = store.read("MATCH (n) RETURN labels(n) AS l, properties(n) AS p")
            rels = store.read(
                "MATCH (a)-[r]->(b) RETURN type(r) AS t, a.id AS s, b.id AS e, properties(r) AS p"
            )
            return (
                sorted(repr(sorted(r.items())) for r in nodes),
                sorted(repr(sorted(r.items())) for r in rels),
                store.data_version(),
            )
        finally:
            store.close()


def _crashed(result, killed: bool = False) -> bool:
    if "Traceback" in (result.stderr or ""):
        return True
    if killed:
        return result.returncode not in (0, 1, 2, -signal.SIGKILL)
    return result.returncode not in (0, 1, 2)


def _judge(tally: Tally, before: tuple, after: tuple, result, *, name: str, killed=False):
    tally.tried += 1
    if _crashed(result, killed):
        tally.crashed += 1
        tally.notes.append(f"{name}: {(result.stderr or '').strip().splitlines()[-1:]}")
    # (a killed load may have swapped in its complete graph: kills_during_loads checks that)
    if result.returncode != 0 and not killed and after[:2] != before[:2]:
        tally.partial += 1
        tally.notes.append(f"{name}: failed but changed the data")
    if set(before[0]) - set(after[0]) or set(before[1]) - set(after[1]):
        if result.returncode != 0 or killed:
            tally.lost += 1
            tally.notes.append(f"{name}: data that was there is gone")


# -- the inputs --------------------------------------------------------------------------
def _alias_bomb() -> str:
    lines = ["a: &a [" + ", ".join(["lol"] * 9) + "]"]
    for before, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{before}"] * 9) + "]")
    return "\n".join([*lines, "projects: *i", ""])


ORG = "{{id: {id}, name: {name}, kind: company, helix_sector: industry, country: SI}}"
HOSTILE_FILES: dict[str, tuple[str, str]] = {
    "alias bomb": ("bad.yaml", _alias_bomb()),
    "recursive alias": ("bad.yaml", "projects: &a [*a]\n"),
    "nesting 50,000 deep": ("bad.yaml", "projects: " + "[" * 50_000 + "]" * 50_000 + "\n"),
    "python object tag": ("bad.yaml", "projects: !!python/object/apply:os.system ['true']\n"),
    "id of 5,000 characters": ("bad.yaml", "projects:\n  - {id: " + "x" * 5000 + ", acronym: A}\n"),
    "name of 1 MB": (
        "bad.yaml",
        "organisations:\n  - " + ORG.format(id="big", name="n" * 1_000_000) + "\n",
    ),
    "NUL in a name": (
        "organisations.csv",
        "id,name,helix_sector,country\nnul-org,Bad\x00Name,industry,SI\n",
    ),
    "javascript: link": ("bad.yaml", "projects:\n  - {id: e, acronym: E, url: 'javascript:x()'}\n"),
    "infinite budget": ("bad.yaml", "projects:\n  - {id: c, acronym: C, total_budget_eur: .inf}\n"),
    "budget 1e400": ("bad.yaml", "projects:\n  - {id: c, acronym: C, total_budget_eur: 1e400}\n"),
    "negative budget": ("bad.yaml", "projects:\n  - {id: c, acronym: C, total_budget_eur: -5}\n"),
    "date 2020-13-45": ("bad.yaml", "projects:\n  - {id: d, acronym: D, start_date: 2020-13-45}\n"),
    "Cypher in a name (loads as text)": (
        "bad.yaml",
        "organisations:\n  - " + ORG.format(id="inj", name='"x\' }) DETACH DELETE n //"') + "\n",
    ),
    "control characters in a name (loads as text)": (
        "bad.yaml",
        "organisations:\n  - " + ORG.format(id="ctl", name='"a\\u202eb\\u0007c"') + "\n",
    ),
    "unknown section": ("bad.yaml", "partners:\n  - {id: x}\n"),
    "participation of a missing project": (
        "bad.yaml",
        "participations:\n  - {project: nope, organisation: oxalis}\n",
    ),
}

HOSTILE_QUERIES: list[list[str]] = [
    ["query", "MATCH (n) DETACH DELETE n"],
    ["query", "MATCH (n) SET n.x = 1 RETURN n"],
    ["query", "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
    ["query", "CALL db.idx.fulltext.drop('Organisation')"],
    ["query", "MATCH (n) RETURN n /* DELETE */ // CREATE"],
    ["query", "MATCH (a), (b), (c), (d) RETURN a.id, b.id, c.id, d.id", "--limit", "5"],
    ["query", "MATCH (a), (b), (c), (d), (e) RETURN count(*)", "--timeout", "1"],
    ["query", "MATCH (n RETURN n"],
    ["query", "RETURN $m", "--param", 'm={"": 1}'],
    ["query", "RETURN $x", "--param", "x=" + "y" * 100_000],
    ["query", "MATCH (n) WHERE n.name = $x RETURN n", "--param", "x=' OR 1=1 //"],
]


def _bad_files(root: Path) -> dict[str, list[str]]:
    """Commands on damaged or wrong files: name -> arguments."""
    folder = root / "bad-files"
    folder.mkdir()
    rng = random.Random(7)

    def put(name: str, data: bytes) -> str:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return str(path)

    huge = folder / "huge" / "organisations.csv"
    huge.parent.mkdir()
    with open(huge, "wb") as f:
        f.truncate((1 << 30) + 1)  # sparse: 1 GiB and a byte, without the disk space
    empty_folder = folder / "empty-folder"
    empty_folder.mkdir()
    (empty_folder / "notes.txt").write_text("no data here", encoding="utf-8")
    return {
        "quote characters only": ["load", put("q/organisations.csv", b'"' * 4096)],
        "empty CSV": ["load", put("e/organisations.csv", b"")],
        "header only": ["load", put("h/organisations.csv", b"id,name,helix_sector\n")],
        "random bytes as YAML": ["load", put("r/data.yaml", rng.randbytes(4096))],
        "cp1250 bytes": [
            "load",
            put(
                "c/organisations.csv",
                "id,name,helix_sector\nx,Občina,government\n".encode("cp1250"),
            ),
        ],
        "a YAML list": ["load", put("l/data.yaml", b"- a\n- b\n")],
        "unclosed quote": [
            "load",
            put("u/organisations.csv", b'id,name,helix_sector\nx,"Open,industry\n'),
        ],
        "1 GiB file": ["load", str(huge.parent)],
        "folder without data": ["load", str(empty_folder)],
        "not a zip (cordis)": ["import", "cordis", put("nz/cordis.zip", b"PK\x03\x04broken")],
        "zip without project.csv (cordis)": [
            "import",
            "cordis",
            _zip(folder / "z.zip", {"readme.txt": b"nothing"}),
        ],
        "text as Excel (import csv)": [
            "import",
            "csv",
            put("x/table.xlsx", b"a,b\n1,2\n"),
            "--map",
            "project=a,organisation=b",
        ],
        "binary as CSV (import csv)": [
            "import",
            "csv",
            put("b/table.csv", rng.randbytes(2048)),
            "--map",
            "project=a,organisation=b",
        ],
        "alias bomb as mapping (import csv)": [
            "import",
            "csv",
            put("m/table.csv", b"a;b\np;o\n"),
            "--mapping",
            put("m/mapping.yaml", _alias_bomb().encode()),
        ],
        "export into /proc": ["export", "--out", "/proc/helix-faults.csv"],
    }


def _zip(path: Path, files: dict[str, bytes]) -> str:
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return str(path)


# -- the classes -------------------------------------------------------------------------
def hostile_values(lab: Lab) -> Tally:
    tally = Tally()
    for name, (file_name, text) in HOSTILE_FILES.items():
        folder = lab.root / "hostile" / name.replace(" ", "-").replace(":", "")
        shutil.copytree(resource_dir("seed"), folder)
        (folder / file_name).write_bytes(text.encode("utf-8", "surrogatepass"))
        before = lab.snapshot()
        result = lab.cli("load", str(folder))
        _judge(tally, before, lab.snapshot(), result, name=name)
        if result.returncode == 0:  # the harmless ones loaded: back to the seed for the next
            _reset(lab)
    return tally


def hostile_queries(lab: Lab) -> Tally:
    tally = Tally()
    for args in HOSTILE_QUERIES:
        before = lab.snapshot()
        result = lab.cli(*args, timeout=60)
        after = lab.snapshot()
        _judge(tally, before, after, result, name=" ".join(args)[:60])
        if after[:2] != before[:2]:  # a query must never change the data
            tally.partial += 1
            tally.notes.append(f"{' '.join(args)[:60]}: a query changed the data")
    return tally


def bad_files(lab: Lab) -> Tally:
    tally = Tally()
    for name, args in _bad_files(lab.root).items():
        before = lab.snapshot()
        result = lab.cli(*args)
        _judge(tally, before, lab.snapshot(), result, name=name)
        if result.returncode == 0:
            tally.notes.append(f"{name}: accepted (exit 0)")
    return tally


def kills_during_loads(lab: Lab, fractions: list[float]) -> Tally:
    """SIGKILL ``helix-graph load`` at these fractions of the time a whole load takes.

    For each path (MERGE into a graph holding the seed; bulk insert into an empty graph)
    one load runs to its end first: its time sets the moments of the kills, and its graph
    is the one a killed load may leave instead of the old one.
    """
    tally = Tally()
    outcomes = {"the old graph kept": 0, "the complete new graph": 0, "finished first": 0}
    for path in ("merge", "bulk"):
        graph = f"{GRAPH}_kill_{path}"
        if path == "merge":
            lab.cli("load", graph=graph)
        started = time.perf_counter()
        lab.cli("load", str(lab.synth), "--batch-size", "500", graph=graph)
        whole = time.perf_counter() - started
        complete = lab.snapshot(graph)
        _drop(lab, graph)
        for fraction in fractions:
            if path == "merge":
                lab.cli("load", graph=graph)
            before = lab.snapshot(graph)
            process = lab.popen("load", str(lab.synth), "--batch-size", "500", graph=graph)
            try:
                process.wait(timeout=whole * fraction)
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
            out, err = process.communicate()
            result = subprocess.CompletedProcess(process.args, process.returncode, out, err)
            after = lab.snapshot(graph)
            name = f"{path} load killed at {whole * fraction:.1f} s of {whole:.1f} s"
            _judge(tally, before, after, result, name=name, killed=True)
            outcomes[
                "finished first"
                if process.returncode == 0
                else "the old graph kept"
                if after == before
                else "the complete new graph"
            ] += 1
            # not the old graph: it must be the complete new one
            if after[:2] not in (before[:2], complete[:2]):
                tally.partial += 1
                tally.notes.append(f"{name}: half a graph")
            _drop(lab, graph)
    tally.notes.append("outcomes: " + ", ".join(f"{k} {n}" for k, n in outcomes.items()))
    return tally


def concurrent_starts(lab: Lab, rounds: int) -> Tally:
    tally = Tally()
    for i in range(rounds):
        folder = lab.root / f"starts-{i}"
        starters = [lab.popen("db", "start", "--json", data=folder) for _ in range(3)]
        pids = set()
        for process in starters:
            out, err = process.communicate(timeout=120)
            result = subprocess.CompletedProcess(process.args, process.returncode, out, err)
            tally.tried += 1
            if _crashed(result) or process.returncode:
                tally.crashed += 1
                tally.notes.append(f"start {i}: {err.strip()[-200:]}")
            else:
                pids.add(json.loads(out)["pid"])
        if len(pids) > 1:
            tally.partial += 1
            tally.notes.append(f"start {i}: {len(pids)} servers on one data folder")
        lab.cli("db", "stop", data=folder)
    return tally


def concurrent_loads(lab: Lab, rounds: int) -> Tally:
    tally = Tally()
    alone = f"{GRAPH}_alone"
    lab.cli("load", graph=alone)
    expected = lab.snapshot(alone)
    _drop(lab, alone)
    for i in range(rounds):
        graph = f"{GRAPH}_together_{i}"
        loads = [lab.popen("load", graph=graph) for _ in range(3)]
        for process in loads:
            out, err = process.communicate(timeout=300)
            result = subprocess.CompletedProcess(process.args, process.returncode, out, err)
            tally.tried += 1
            if _crashed(result) or process.returncode:
                tally.crashed += 1
                tally.notes.append(f"loads {i}: {err.strip()[-200:]}")
        if lab.snapshot(graph)[:2] != expected[:2]:
            tally.partial += 1
            tally.notes.append(f"loads {i}: three loads at once gave another graph than one")
        _drop(lab, graph)
    return tally


def stale_locks(lab: Lab) -> Tally:
    tally = Tally()
    server = EmbeddedServer(lab.data)

    def trial(name: str, *args: str):
        before = lab.snapshot()
        result = lab.cli(*args)
        _judge(tally, before, lab.snapshot(), result, name=name)
        if result.returncode != 0:
            tally.notes.append(f"{name}: exit {result.returncode}: {result.stderr.strip()[-150:]}")

    for command in (["db", "status"], ["db", "stop"], ["db", "start"], ["stats"]):
        before = lab.snapshot()  # starts the server if the last command left it stopped
        os.kill(server.info().pid, signal.SIGKILL)
        while server._locked():
            time.sleep(0.01)
        result = lab.cli(*command)
        tally.tried += 1
        if _crashed(result) or result.returncode:
            tally.crashed += 1
            tally.notes.append(
                f"after kill -9, {' '.join(command)}: {result.stderr.strip()[-150:]}"
            )
        if lab.snapshot()[:2] != before[:2]:
            tally.lost += 1
            tally.notes.append(f"after kill -9, {' '.join(command)}: the data changed")
    # a record naming a process that lives but is not ours (pid 1) and a port nobody serves:
    # left while the server was stopped, and written over while it runs
    for running in (False, True):
        for command in (["db", "stop"], ["db", "start"], ["stats"]):
            before = lab.snapshot()
            if not running:
                lab.cli("db", "stop")
            (lab.data / "server.json").write_text(json.dumps({"port": 9, "pid": 1}), "utf-8")
            result = lab.cli(*command)
            name = f"record naming process 1 ({'server running' if running else 'stopped'}), "
            _judge(tally, before, lab.snapshot(), result, name=name + " ".join(command))
            if result.returncode:
                tally.notes.append(f"{name}{' '.join(command)}: {result.stderr.strip()[-150:]}")
    # a load lock and a temporary graph left by a load that was killed
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    store = FalkorDBStore(server.client(), GRAPH)
    store._redis.set(f"helix-graph:load-lock:{GRAPH}", f"{dead.pid}:abc")
    store._redis.execute_command(
        "GRAPH.QUERY", f"{GRAPH}:loading:{dead.pid}", "CREATE (:Organisation {id: 'half'})"
    )
    store.close()
    trial("a killed load's lock and graph left behind", "load")
    return tally


def restarts(lab: Lab, rounds: int) -> Tally:
    tally = Tally()
    server = EmbeddedServer(lab.data)
    lab.cli("load", str(lab.synth), graph=f"{GRAPH}_big")
    for i in range(rounds):
        for how in ("stop", "kill -9"):
            before = lab.snapshot(f"{GRAPH}_big")
            if how == "stop":
                result = lab.cli("db", "stop")
            else:
                os.kill(server.info().pid, signal.SIGKILL)
                result = subprocess.CompletedProcess([], 0, "", "")
            started = lab.cli("db", "start")
            after = lab.snapshot(f"{GRAPH}_big")
            _judge(tally, before, after, started, name=f"{how} and start {i}")
            if _crashed(result):
                tally.crashed += 1
            if after[:2] != before[:2] and not (set(before[0]) - set(after[0])):
                tally.partial += 1
    _drop(lab, f"{GRAPH}_big")
    return tally


def hung_server(lab: Lab) -> Tally:
    tally = Tally()
    server = EmbeddedServer(lab.data)
    before = lab.snapshot()
    pid = server.info().pid
    os.kill(pid, signal.SIGSTOP)
    result = lab.cli("db", "stop", timeout=180)
    tally.tried += 1
    if _crashed(result) or result.returncode:
        tally.crashed += 1
        tally.notes.append(f"hung server, db stop: {result.stderr.strip()[-150:]}")
    try:
        os.kill(pid, signal.SIGCONT)  # if stop left it running, it must not stay stopped
    except ProcessLookupError:
        pass
    if "killed" not in result.stdout:
        tally.notes.append("hung server: db stop did not say it killed it")
    started = lab.cli("db", "start")
    _judge(tally, before, lab.snapshot(), started, name="start after a hung server")
    return tally


def _drop(lab: Lab, graph: str) -> None:
    store = FalkorDBStore(EmbeddedServer(lab.data).client(), graph)
    store.delete_graph()
    store.close()


def _reset(lab: Lab) -> None:
    _drop(lab, GRAPH)
    lab.cli("load")


CLASSES: list[tuple[str, Callable[[Lab, bool], Tally]]] = [
    ("hostile values in files", lambda lab, quick: hostile_values(lab)),
    ("hostile queries", lambda lab, quick: hostile_queries(lab)),
    ("bad files", lambda lab, quick: bad_files(lab)),
    (
        "kills during loads",
        lambda lab, quick: kills_during_loads(
            lab, [0.5, 0.9] if quick else [0.3, 0.45, 0.55, 0.65, 0.75, 0.85, 0.92, 0.98]
        ),
    ),
    ("concurrent starts", lambda lab, quick: concurrent_starts(lab, 1 if quick else 3)),
    ("concurrent loads", lambda lab, quick: concurrent_loads(lab, 1 if quick else 3)),
    ("stale locks and records", lambda lab, quick: stale_locks(lab)),
    ("restarts (stop, kill -9)", lambda lab, quick: restarts(lab, 1 if quick else 2)),
    ("a hung server", lambda lab, quick: hung_server(lab)),
]


def run(quick: bool, repeat: int) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="helix-bench-faults-") as tmp:
        root = Path(tmp)
        synth = root / "synth"
        write_synth(synthesize(5_000 if quick else 20_000, seed=5), synth)
        env = {**os.environ, "HELIX_STORE": "embedded"}
        lab = Lab(root, root / "falkordb", env, synth)
        lab.cli("load")
        tallies: dict[str, Tally] = {}
        try:
            for name, trial in CLASSES:
                tallies[name] = trial(lab, quick)
        finally:
            lab.cli("db", "stop")
    print(f"{'class':<28} {'tried':>6} {'crashed':>8} {'partial':>8} {'lost':>6}")
    for name, t in tallies.items():
        print(f"{name:<28} {t.tried:>6} {t.crashed:>8} {t.partial:>8} {t.lost:>6}")
        for note in t.notes:
            print(f"    {note}")
    total = Tally(
        tried=sum(t.tried for t in tallies.values()),
        crashed=sum(t.crashed for t in tallies.values()),
        partial=sum(t.partial for t in tallies.values()),
        lost=sum(t.lost for t in tallies.values()),
    )
    note = f"of {total.tried} trials in {len(tallies)} classes"
    return [
        {
            "name": "faults: crashed (a traceback, a hang)",
            "value": total.crashed,
            "unit": "",
            "target": 0,
            "note": note,
        },
        {"name": "faults: partially written", "value": total.partial, "unit": "", "target": 0},
        {"name": "faults: lost data", "value": total.lost, "unit": "", "target": 0},
        *(
            {
                "name": f"faults: {name}: tried / crashed+partial+lost",
                "value": t.crashed + t.partial + t.lost,
                "unit": "",
                "note": f"{t.tried} tried",
            }
            for name, t in tallies.items()
        ),
    ]
