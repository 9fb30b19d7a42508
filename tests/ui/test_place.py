"""The map of the Time and place page, driven with AppTest on the seed in the real store."""

from __future__ import annotations

import json
import math

import pyarrow as pa
import pytest

from tests.ui.conftest import HOSTILE_ID, HOSTILE_NAME
from tests.ui.test_pages import open_app, plain


def _map(at) -> tuple[dict, dict]:
    """The map's Vega-Lite layers and their data by mark: ``circle`` (organisations or
    countries), ``rule`` (ties), ``line`` (country outlines), ``text`` (names). The map is
    the chart with a ``placed by`` or ``most common`` field: the others have neither."""
    for chart in at.get("vega_lite_chart") + at.get("arrow_vega_lite_chart"):
        spec = json.loads(chart.proto.spec)
        text = json.dumps(spec)
        if "layer" in spec and ('"placed by"' in text or '"most common' in text):
            frames = {
                d.name: pa.ipc.open_stream(d.data.data).read_pandas() for d in chart.proto.datasets
            }
            marks = [layer["mark"]["type"] for layer in spec["layer"]]
            layers = {m: layer for m, layer in zip(marks, spec["layer"])}
            data = {m: frames.get(layer["data"]["name"]) for m, layer in layers.items()}
            return layers, data
    raise AssertionError("no map on the page")


def _caption(at) -> str:
    """The map's caption as the reader sees it (Markdown escapes taken out)."""
    return next(plain(c.value) for c in at.caption if "Organisations placed" in c.value)


@pytest.fixture
def seeded(hostile_store, cli_env):
    return hostile_store


def test_the_seed_map_places_organisations_by_city_and_says_how_many(seeded):
    at = open_app("Time and place")
    # 45 organisations (44 of the seed, the hostile one): few enough to draw one by one
    assert at.radio(key="place_show").value == "organisations"
    # 24 seed organisations give a city; 23 are towns of 5,000 or more in GeoNames (Hagenberg,
    # a village of about 3,000, is not); the other 21 and the hostile node have a country only
    caption = _caption(at)
    assert "23 by their city" in caption and "22 at their country" in caption
    assert "coordinates" not in caption.split("Organisations placed")[1]
    layers, data = _map(at)
    dots = data["circle"].set_index("id")
    assert len(dots) == 45
    # Smiltene municipality is alone in Smiltene: drawn at GeoNames' Smiltene (57.42444 N,
    # 25.90164 E), the longitude shrunk by the cosine of the organisations' mean latitude
    shrink = math.cos(math.radians(dots["y"].mean()))
    smiltene = dots.loc["smiltene-municipality"]
    assert smiltene["placed_by"] == "city" and smiltene["y"] == pytest.approx(57.42444, abs=0.01)
    assert smiltene["x"] == pytest.approx(25.90164 * shrink, abs=0.02)
    # Hagenberg's software park falls back to Austria's centre (47.33 N, 13.33 E), spread a
    # little around it with the country's other four organisations placed there
    hagenberg = dots.loc["scch-hagenberg"]
    assert hagenberg["placed_by"] == "country"
    assert hagenberg["y"] == pytest.approx(47.33, abs=0.5)
    # the sectors' colours and names, as in Explore's legend
    colour = layers["circle"]["encoding"]["color"]
    assert colour["scale"]["range"][colour["scale"]["domain"].index("Government")] == "#4C78A8"
    # Slovenia's outline (countryinfo's world.geo.json) starts at 13.806475 E, 46.509306 N
    outlines = data["line"]
    slovenia = outlines[outlines["ring"].str.startswith("SI-")].sort_values("order")
    assert slovenia.iloc[0]["y"] == pytest.approx(46.509306)
    assert slovenia.iloc[0]["x"] == pytest.approx(13.806475 * shrink, abs=0.02)
    assert not outlines["ring"].str.startswith("US-").any()  # far outside the frame: left out
    assert dots.loc[HOSTILE_ID, "name"] == HOSTILE_NAME  # data, drawn by Vega as text
    assert dots.loc[HOSTILE_ID, "colour"] == "Civil society"


def test_the_map_takes_explores_colours_and_the_sidebar_filters(seeded):
    at = open_app("Time and place")
    at.selectbox(key="place_colour").set_value("country").run()
    assert not at.exception
    layers, data = _map(at)
    dots = data["circle"]
    scale = layers["circle"]["encoding"]["color"]["scale"]
    # countries by name, most organisations first: Austria has 8 (Explore's palette order)
    assert scale["domain"][0] == "Austria" and scale["range"][0] == "#4C78A8"
    assert dots.set_index("id").loc["smiltene-municipality", "colour"] == "Latvia"
    at.selectbox(key="place_colour").set_value("community").run()
    assert not at.exception
    dots = _map(at)[1]["circle"]
    assert dots["colour"].nunique() > 1 and "no community" not in set(dots["colour"])
    # Slovenia only: Šentjur, Ptuj, Ljubljana (2) and Maribor by city; Center Noordung,
    # Smartis and the hostile association by the country's centre
    at.sidebar.multiselect(key="filter_countries").set_value(["SI"]).run()
    assert not at.exception
    caption = _caption(at)
    assert "5 by their city" in caption and "3 at their country" in caption


def test_the_country_summary_sizes_circles_by_organisations(seeded):
    at = open_app("Time and place")
    at.radio(key="place_show").set_value("countries").run()
    assert not at.exception
    layers, data = _map(at)
    circles = data["circle"].set_index("code")
    # Austria: FH Kärnten, Austrian Standards, Mind Consult, two of Styria, eNu, Tirol, SCCH
    assert circles.loc["AT", "organisations"] == 8
    assert circles.loc["LV", "organisations"] == 1 and circles.loc["LV", "colour"] == "Government"
    assert layers["circle"]["encoding"]["size"]["field"] == "organisations"
    assert data["line"]["ring"].str.startswith("LV-").any()  # Latvia's outline under its circle
    assert "23 by their city" in _caption(at)  # counted in either view


@pytest.mark.browser
def test_the_map_is_painted_offline_and_the_hostile_name_runs_nothing(running_app):
    from pathlib import Path

    from tests.ui.browser import CHROMIUM, browser_page

    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (make browser-deps)")
    with browser_page(width=1400, height=1200) as (page, watch):
        page.goto(running_app)
        page.get_by_text("Time and place", exact=True).first.click()
        page.get_by_text("23 by their city", exact=False).wait_for(timeout=120_000)
        page.locator("label").filter(has_text="countries (circles").first.click(force=True)
        page.get_by_text("most of their organisations have", exact=False).wait_for(timeout=60_000)
        page.locator("label").filter(has_text="organisations, one by one").first.click(force=True)
        page.get_by_text("organisations of one place spread", exact=False).wait_for(timeout=60_000)
        # the evolution chart, the map and the heat map, each painted by Vega
        charts = page.locator("[data-testid='stVegaLiteChart']")
        charts.nth(2).locator("canvas, svg").first.wait_for(timeout=60_000)
        assert charts.count() == 3
        assert page.locator("img[src=x]").count() == 0
        assert watch.dialogs == [] and watch.external == []


def test_map_colours_are_explores_and_say_no_country(seed_dataset):
    from helix_graph.analysis import Analysis
    from helix_graph.analysis.network import network_from_dataset
    from helix_graph.model import Dataset, Organisation, Participation
    from helix_graph.viz.charts import map_colours
    from helix_graph.viz.scene import PALETTE, TYPE_COLOURS

    stateless = Dataset(
        organisations=[
            Organisation(id="stateless", name="Nobody's", helix_sector="industry", kind="company")
        ],
        participations=[Participation(project="asis", organisation="stateless")],
    )
    core = Analysis(network_from_dataset(seed_dataset.merged(stateless)))
    texts, entries = map_colours(core, "country")
    assert texts["stateless"] == "no country"
    assert entries[-1] == (None, "no country", TYPE_COLOURS["Organisation"])
    # Austria has the most organisations (8): the palette's first colour, as in Explore
    assert entries[0] == ("AT", "Austria", PALETTE[0])
    assert texts["scch-hagenberg"] == "Austria"


def test_the_map_stays_when_the_slices_cannot_be_made(seeded):
    at = open_app("Time and place")
    at.radio(key="time_slicing").set_value("windows").run()
    at.text_input(key="time_windows").input("2030-2020").run()
    assert "ends before it starts" in at.error[0].value
    assert "23 by their city" in _caption(at)  # the map does not depend on the slices


def test_organisations_with_no_place_at_all_get_a_sentence_not_a_map(store, cli_env):
    from helix_graph.load import load_dataset
    from helix_graph.model import Dataset, Organisation, Participation, Project

    load_dataset(
        store,
        Dataset(
            projects=[Project(id="p", acronym="P")],
            organisations=[
                Organisation(id=f"o{k}", name=f"Org {k}", helix_sector="industry", kind="company")
                for k in (1, 2)
            ],
            participations=[Participation(project="p", organisation=f"o{k}") for k in (1, 2)],
        ),
    )
    at = open_app("Time and place")
    assert not at.exception
    caption = _caption(at)
    assert caption.startswith("No organisation has a place to draw")
    assert "2 nowhere (no city or country with a known place; not drawn)" in caption
    assert not [c for c in at.get("vega_lite_chart") if '"placed by"' in c.proto.spec]


def test_the_map_draws_each_organisations_strongest_tie():
    from helix_graph.analysis import Analysis
    from helix_graph.analysis.network import network_from_dataset
    from helix_graph.model import Dataset, Organisation, Participation, Project
    from helix_graph.viz.charts import _strongest_ties

    # A–B share 3 projects, C–D 2, B–C 1, A–C 1
    pairs = [("A", "B")] * 3 + [("C", "D")] * 2 + [("B", "C"), ("A", "C")]
    dataset = Dataset(
        projects=[Project(id=f"p{k}", acronym=f"P{k}") for k in range(len(pairs))],
        organisations=[
            Organisation(
                id=o, name=f"Org {o}", helix_sector="industry", kind="company", country="SI"
            )
            for o in "ABCD"
        ],
        participations=[
            Participation(project=f"p{k}", organisation=o)
            for k, pair in enumerate(pairs)
            for o in pair
        ],
    )
    view = Analysis(network_from_dataset(dataset)).view
    ties = {(frozenset((a, b)), w) for a, b, w in _strongest_ties(view, "ABCD", 10)}
    assert ties == {(frozenset("AB"), 3.0), (frozenset("CD"), 2.0)}
    assert [w for *_, w in _strongest_ties(view, "ABCD", 1)] == [3.0]  # the heaviest first
    assert {frozenset((a, b)) for a, b, _ in _strongest_ties(view, "BC", 10)} == {frozenset("BC")}


def test_the_country_map_names_the_countries_it_cannot_place(store, cli_env):
    """Slovenia has a centre; the German Democratic Republic and the Soviet Union (historical
    codes DD and SU) have none: the caption names both, in the order of the drawing (by code,
    at one organisation each)."""
    from helix_graph.load import load_dataset
    from helix_graph.model import Dataset, Organisation, Participation, Project

    countries = {"o1": "SI", "o2": "SU", "o3": "DD"}
    load_dataset(
        store,
        Dataset(
            projects=[Project(id="p", acronym="P")],
            organisations=[
                Organisation(
                    id=o, name=f"Org {o}", helix_sector="industry", kind="company", country=c
                )
                for o, c in countries.items()
            ],
            participations=[Participation(project="p", organisation=o) for o in countries],
        ),
    )
    at = open_app("Time and place")
    at.radio(key="place_show").set_value("countries").run()
    assert not at.exception
    assert (
        "collaborations. Not placed (no known centre): German Democratic Republic, Soviet Union. "
        in _caption(at)
    )
