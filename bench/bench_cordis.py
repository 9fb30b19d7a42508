"""CORDIS import at Horizon 2020 size: a bulk-download zip into an empty graph of the embedded store.

The zip is generated in CORDIS's layout (``project.csv`` and ``organization.csv``,
``;``-separated, quoted fields holding ``;`` and doubled quotes, decimal commas, EL/UK
country codes, some rows without a country) with ~31,000 projects, ~36,000 organisations
and ~145,000 participations; ``HELIX_BENCH_CORDIS_ZIP=path`` reads a real download instead.
Measured: reading and checking, loading (the bulk insert ``import cordis`` uses on an empty
graph), and the whole import against the target of 10 s; peak memory of this process (the
FalkorDB server is a separate process and is not counted). The machine's load average is
noted: on a shared machine the figures move with what else runs.
"""

from __future__ import annotations

import csv
import io
import os
import random
import resource
import statistics
import tempfile
import time
import zipfile
from pathlib import Path

from helix_graph.cli.importers import CORDIS_BATCH_SIZE
from helix_graph.ingest.cordis import read_cordis
from helix_graph.load import load_dataset
from helix_graph.store import EmbeddedServer, FalkorDBStore

PROJECT_HEADER = (
    "id;acronym;status;title;startDate;endDate;totalCost;ecMaxContribution;legalBasis;topics;"
    "frameworkProgramme;masterCall;subCall;fundingScheme;nature;objective;contentUpdateDate;rcn;"
    "grantDoi"
).split(";")
ORG_HEADER = (
    "projectID;projectAcronym;organisationID;vatNumber;name;shortName;SME;activityType;street;"
    "postCode;city;country;nutsCode;geolocation;organizationURL;contactForm;order;role;ecContribution;"
    "netEcContribution;totalCost;endOfParticipation;active"
).split(";")
_COUNTRIES = [
    "DE",
    "FR",
    "IT",
    "ES",
    "UK",
    "NL",
    "BE",
    "EL",
    "AT",
    "SE",
    "SI",
    "PL",
    "PT",
    "FI",
    "DK",
    "IE",
    "CZ",
    "HU",
    "NO",
    "CH",
    "IL",
    "LV",
    "LT",
    "EE",
    "HR",
    "SK",
    "RO",
    "BG",
    "CY",
    "LU",
]
_TYPES = ["PRC"] * 9 + ["HES"] * 6 + ["REC"] * 5 + ["PUB"] * 2 + ["OTH"] * 2


def write_cordis_zip(
    path: Path, projects: int, organisations: int, participations: int, seed: int = 7
) -> Path:
    """Write a CORDIS-layout zip of the given size; return its path."""
    rnd = random.Random(seed)
    project_buf, org_buf = io.StringIO(), io.StringIO()
    pw = csv.writer(project_buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n")
    pw.writerow(PROJECT_HEADER)
    for i in range(projects):
        grant = 600000 + i
        start = f"20{15 + i % 6}-{1 + i % 12:02d}-01"
        end = f"20{18 + i % 6}-{1 + i % 12:02d}-28"
        pw.writerow(
            [
                grant,
                f"ACR{i}",
                "CLOSED",
                f'Project "{i}"; a study of things',
                start,
                end,
                f"{rnd.randint(50_000, 9_000_000)},{rnd.randint(0, 99):02d}",
                f"{rnd.randint(50_000, 5_000_000)},5",
                "H2020-EU.3.4.",
                "MG-1-1-2016",
                "H2020",
                "H2020-MG-2016",
                "H2020-MG-2016-SingleStage",
                "RIA",
                "",
                'The objective; with "quotes"; and semicolons.\nA second line.',
                "2022-08-31 12:00:00",
                str(100000 + i),
                f"10.3030/{grant}",
            ]
        )
    ow = csv.writer(org_buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n")
    ow.writerow(ORG_HEADER)
    # every organisation takes part at least once; the rest of the ties fall at random
    members: list[set[int]] = [set() for _ in range(projects)]
    for org in range(organisations):
        members[org % projects].add(org)
    placed = organisations
    while placed < participations:
        chosen = members[rnd.randrange(projects)]
        before = len(chosen)
        chosen.add(rnd.randrange(organisations))
        placed += len(chosen) - before
    for i, chosen in enumerate(members):
        grant = 600000 + i
        for order, org in enumerate(sorted(chosen), start=1):
            country = "" if org % 997 == 0 else _COUNTRIES[org % len(_COUNTRIES)]
            ow.writerow(
                [
                    grant,
                    f"ACR{i}",
                    900000000 + org,
                    f"VAT{org}",
                    f'Organisation {org} "Alpha; Beta" GmbH',
                    f"ORG{org}",
                    "false",
                    _TYPES[org % len(_TYPES)],
                    f"Street {org}; Building 2",
                    "1000",
                    f"City {org % 500}",
                    country,
                    "DE111",
                    "48.1,11.5",
                    "",
                    "",
                    order,
                    "coordinator"
                    if order == 1
                    else ("thirdParty" if order % 11 == 0 else "participant"),
                    f"{rnd.randint(0, 900_000)},{rnd.randint(0, 99):02d}",
                    "",
                    "",
                    "",
                    "true",
                ]
            )
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.csv", project_buf.getvalue())
        archive.writestr("organization.csv", org_buf.getvalue())
    return path


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _server_peak_mb(pid: int | None) -> float | None:
    """Peak resident memory of the FalkorDB server process (Linux), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return None


def run(quick: bool, repeat: int) -> list[dict]:
    size = (3_100, 3_600, 14_500) if quick else (31_000, 36_000, 145_000)
    given = None if quick else os.environ.get("HELIX_BENCH_CORDIS_ZIP")
    label = Path(given).name if given else ("quick" if quick else "H2020 size")
    read_times, load_times, totals = [], [], []
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(given) if given else write_cordis_zip(Path(tmp) / "cordis-h2020.zip", *size)
        server = EmbeddedServer(Path(tmp) / "falkordb")
        info = server.start()
        try:
            for attempt in range(repeat):
                store = FalkorDBStore(
                    server.client(), f"bench_cordis_{attempt}", address=f"{info.host}:{info.port}"
                )
                started = time.perf_counter()
                dataset, report = read_cordis(archive)
                read_done = time.perf_counter()
                load_dataset(store, dataset, batch_size=CORDIS_BATCH_SIZE)
                finished = time.perf_counter()
                read_times.append(read_done - started)
                load_times.append(finished - read_done)
                totals.append(finished - started)
                counts = dataset.counts()
                del dataset
                store.delete_graph()
                store.close()
            server_peak = _server_peak_mb(info.pid)
        finally:
            server.stop()
    note = (
        f"{counts['projects']} projects, {counts['organisations']} organisations, "
        f"{counts['participations']} participations; {report.rows_without_country} rows without country; "
        f"machine load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after, on {os.cpu_count()} cores"
    )
    return [
        {
            "name": f"cordis read+check ({label})",
            "value": statistics.median(read_times),
            "unit": "s",
        },
        {
            "name": f"cordis load into embedded FalkorDB ({label})",
            "value": statistics.median(load_times),
            "unit": "s",
        },
        {
            "name": f"cordis import total ({label})",
            "value": statistics.median(totals),
            "unit": "s",
            "target": 10.0 if not quick else None,
            "note": note,
        },
        {
            "name": "cordis import peak memory (this process)",
            "value": _peak_mb(),
            "unit": "MB",
            "target": 2048.0,
        },
    ] + (
        [
            {
                "name": "FalkorDB server peak memory (its own process)",
                "value": server_peak,
                "unit": "MB",
                "note": f"holds {repeat} imported graph(s) in turn, each dropped after its run",
            }
        ]
        if server_peak is not None
        else []
    )
