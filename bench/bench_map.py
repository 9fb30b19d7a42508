"""The map of the Time and place page: placing organisations and drawing them.

Figures (medians of ``repeat`` runs):

- the city gazetteer built in a fresh process (GeoNames towns of 5,000 people or more,
  once per process), in seconds;
- placing 36,000 organisations (Horizon 2020's count) whose cities are a mix of towns the
  gazetteer knows, in every spelling, and villages it does not, in seconds;
- the map's charts on 21,000 synthetic participations (about 5,000 organisations): the
  organisations one by one (the 2,000 drawn) and the country summary, in seconds — what a
  change of colour or view costs, the gazetteer already built;
- a rerun of the page with the map cached (any widget, the slice slider too): the cached
  chart written out as Vega-Lite for the browser, in seconds.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from helix_graph.analysis import Analysis
from helix_graph.analysis.graphs import country_graph
from helix_graph.analysis.network import network_from_dataset
from helix_graph.ingest.seed_files import read_dataset
from helix_graph.places import organisation_places
from helix_graph.synth import synthesize, write_synth
from helix_graph.viz.charts import (
    country_colours,
    country_map,
    map_colours,
    organisation_map,
    organisation_map_table,
)

# (city as written, country): known towns in several spellings, and villages under 5,000
_CITIES = [
    ("Ljubljana", "SI"), ("LJUBLJANA", "SI"), ("1000 Ljubljana", "SI"), ("Šentjur", "SI"),
    ("Wien", "AT"), ("Vienna", "AT"), ("Graz", "AT"), ("Hagenberg", "AT"),
    ("MUENCHEN", "DE"), ("München", "DE"), ("Berlin", "DE"), ("Kleinkleckersdorf", "DE"),
    ("Torino", "IT"), ("Milano", "IT"), ("ROMA", "IT"), ("Paris", "FR"), ("PARIS 15", "FR"),
    ("Lyon", "FR"), ("Madrid", "ES"), ("Sevilla", "ES"), ("Warszawa", "PL"), ("Kraków", "PL"),
    ("Smiltene", "LV"), ("Kaunas", "LT"), ("Leuven", "BE"), ("Delft", "NL"), ("Athina", "GR"),
]  # fmt: skip


def _median(f, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def run(quick: bool, repeat: int) -> list[dict]:
    build = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", "import time; from helix_graph.places import _gazetteer; "
             "t = time.perf_counter(); _gazetteer(); print(time.perf_counter() - t)"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        build.append(float(out.stdout))
    n = 3_000 if quick else 36_000
    orgs = pd.DataFrame(
        {
            "id": [f"o{i}" for i in range(n)],
            "city": [_CITIES[i % len(_CITIES)][0] for i in range(n)],
            "country": [_CITIES[i % len(_CITIES)][1] for i in range(n)],
        }
    )
    placing = _median(lambda: organisation_places(orgs), repeat)
    by = organisation_places(orgs)["placed_by"].value_counts().to_dict()
    with tempfile.TemporaryDirectory(prefix="bench-map-") as tmp:
        write_synth(synthesize(5_000 if quick else 21_000, seed=0), Path(tmp) / "synth")
        network = network_from_dataset(read_dataset([Path(tmp) / "synth"]))
    core = Analysis(network)
    core.partition  # noqa: B018 - communities are the Analysis's, computed before the page
    countries = country_graph(network)
    orgs_n = len(network.organisations)

    def one_by_one():
        organisation_map(core, "helix_sector")[0].to_dict()

    def summary():
        table = organisation_map_table(core, "helix_sector")
        _, legend = map_colours(core, "helix_sector")
        country_map(countries, colour_of=country_colours(table), legend=legend).to_dict()

    chart, _ = organisation_map(core, "helix_sector")
    rerun = _median(chart.to_dict, repeat)
    return [
        {"name": "city gazetteer built (fresh process)", "value": statistics.median(build),
         "unit": "s"},
        {"name": f"place {n:,} organisations by city", "value": placing, "unit": "s",
         "note": f"{by.get('city', 0):,} by city, {by.get('country', 0):,} by country"},
        {"name": f"map, {min(orgs_n, 2000):,} of {orgs_n:,} organisations one by one",
         "value": _median(one_by_one, repeat), "unit": "s"},
        {"name": f"map, {orgs_n:,} organisations by country", "value": _median(summary, repeat),
         "unit": "s"},
        {"name": "map rerun: the cached chart as Vega-Lite", "value": rerun, "unit": "s"},
    ]  # fmt: skip
