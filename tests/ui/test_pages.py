"""Every page of the app driven with Streamlit's AppTest against the real embedded store.

Widgets are found by key. The store is never mocked: each test has its own graph in the
session's FalkorDB (``cli_env`` points the app at it).
"""

from __future__ import annotations

import io
import json
import re

import networkx as nx
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from helix_graph.analysis import Filters
from helix_graph.load import graph_counts
from helix_graph.resources import resource_dir
from helix_graph.ui import state
from helix_graph.ui.common import NOTHING_MATCHES
from tests.ui.conftest import APP, HOSTILE_ID, HOSTILE_NAME

PAGES = ("Explore", "Metrics", "Facilitate", "Helix", "Query", "Data")
HEADERS = {
    "Explore": "Explore the network",
    "Metrics": "Metrics",
    "Facilitate": "Facilitate",
    "Helix": "Helix",
    "Query": "Query (read-only Cypher)",
    "Data": "Data",
}


def open_app(page: str = "Explore") -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    assert not at.exception
    if page != "Explore":
        at.sidebar.radio(key="page").set_value(page).run()
    assert not at.exception
    return at


def plain(markdown: str) -> str:
    """Escaped Markdown as the reader sees it."""
    return re.sub(r"\\(.)", r"\1", markdown)


def shown_table(at: AppTest, key: str) -> pd.DataFrame:
    """The table shown in the container keyed ``key``."""
    (frame,) = at.get_by_key(key).dataframe
    return frame.value


def drawing_payload_of(html: str) -> dict:
    return json.loads(re.search(r'id="helix-data">(.*?)</script>', html, re.S).group(1))


def drawing_payload(at: AppTest) -> dict:
    (frame,) = at.get("iframe")
    return drawing_payload_of(frame.proto.srcdoc)


@pytest.fixture
def seeded(hostile_store, cli_env):
    return hostile_store


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs(seeded, page):
    at = open_app(page)
    assert at.header[0].value == HEADERS[page]
    assert not at.error


def test_every_page_runs_on_an_empty_store(store, cli_env):
    for page in PAGES:
        at = open_app(page)
        assert not at.error, page
        # the analysis pages say why they are blank and where to load data
        told = [info.value for info in at.info if info.value == NOTHING_MATCHES]
        assert told == (
            [NOTHING_MATCHES] if page in {"Explore", "Metrics", "Facilitate", "Helix"} else []
        ), page
    assert not any(graph_counts(store)["nodes"].values())


def test_explore_draws_the_collaboration_network_and_its_options(seeded):
    at = open_app()
    payload = drawing_payload(at)
    ids = {n["id"] for n in payload["nodes"]}
    assert HOSTILE_ID in ids and len(ids) == 45
    assert {e[0] for e in payload["legend"]["entries"]} == {
        "Government",
        "Industry",
        "Academia",
        "Civil society",
    }
    at.selectbox(key="explore_colour_collaboration").set_value("community").run()
    at.selectbox(key="explore_size_collaboration").set_value("pagerank").run()
    assert not at.exception
    payload = drawing_payload(at)
    assert payload["legend"]["title"] == "community"
    assert (
        len({n["color"] for n in payload["nodes"]}) == 4
    )  # the four projects are four communities
    assert len({n["size"] for n in payload["nodes"]}) > 1
    assert shown_table(at, "explore_top_table").shape[0] == 10


def test_explore_ego_network_and_hostile_heading(seeded):
    at = open_app()
    at.selectbox(key="explore_focus").set_value(HOSTILE_ID).run()
    assert not at.exception
    heading = at.subheader[0].value
    assert (
        heading.startswith("Ego network of ") and "\\<img" in heading
    )  # escaped Markdown: shown as text
    assert plain(heading) == f"Ego network of {HOSTILE_NAME} (1 step)"
    one_step = {n["id"] for n in drawing_payload(at)["nodes"]}
    partners = {
        r["id"]
        for r in seeded.read(
            "MATCH (o:Organisation)-[:PARTICIPATES_IN]->(:Project {id: 'smartvillages'}) RETURN o.id AS id"
        )
    }
    assert one_step == partners  # its one project's partners, itself among them
    at.radio(key="explore_steps").set_value(2).run()
    assert {
        n["id"] for n in drawing_payload(at)["nodes"]
    } == one_step  # the project is a clique: nothing further


@pytest.mark.parametrize("view", ["multipartite", "project", "country"])
def test_explore_other_views(seeded, view):
    at = open_app()
    at.selectbox(key="explore_view").set_value(view).run()
    assert not at.exception
    kinds = {n["shape"] for n in drawing_payload(at)["nodes"]}
    expected = {
        "multipartite": {"dot", "square", "triangle", "diamond", "star"},
        "project": {"square"},
        "country": {"triangle"},
    }[view]
    assert kinds == expected


def test_explore_summarises_a_large_network(seeded):
    from helix_graph.ui import explore

    html, info = explore.drawing(seeded, Filters(), top=20, summary="country")
    assert info["summarised"] and info["graph_nodes"] == 45
    countries = {n for n in state.network(seeded, Filters()).organisations["country"].dropna()}
    assert info["nodes"] == len(countries)
    assert "too many to draw" in info["note"]
    _, info = explore.drawing(seeded, Filters(), top=20, summary="community")
    assert info["nodes"] == 4
    html, info = explore.drawing(seeded, Filters(), top=10, summary="top")
    drawn = {n["id"] for n in drawing_payload_of(html)["nodes"]}
    degree = dict(state.graph(seeded, Filters()).degree())
    assert info["nodes"] == 10 and min(degree[n] for n in drawn) >= max(
        d for n, d in degree.items() if n not in drawn
    )


def test_filters_narrow_the_drawing(seeded):
    at = open_app()
    at.sidebar.multiselect(key="filter_countries").set_value(["SI"]).run()
    assert not at.exception
    nodes = drawing_payload(at)["nodes"]
    assert nodes and all(dict(n["info"]).get("country") == "SI" for n in nodes)
    at.sidebar.number_input(key="filter_min_weight").set_value(2).run()
    assert not at.exception
    assert drawing_payload(at)["edges"] == []  # no two Slovenian organisations share two projects


def test_metrics_table_and_downloads(seeded):
    at = open_app("Metrics")
    table = shown_table(at, "metrics_table")
    assert len(table) == 45
    for column in (
        "degree",
        "strength",
        "betweenness",
        "closeness",
        "harmonic",
        "eigenvector",
        "pagerank",
        "core_number",
        "constraint",
        "effective_size",
        "brokerage",
        "community",
    ):
        assert column in table.columns
    from helix_graph.ui.metrics import graph_bytes, table_bytes

    assert pd.read_csv(io.BytesIO(table_bytes(table, "csv")))["id"].tolist() == table["id"].tolist()
    assert len(pd.read_parquet(io.BytesIO(table_bytes(table, "parquet")))) == 45
    G = state.graph(seeded, Filters())
    read = nx.read_graphml(io.BytesIO(graph_bytes(G, table, "graphml")))
    assert read.number_of_nodes() == 45 and read.nodes[HOSTILE_ID]["name"] == HOSTILE_NAME
    assert "pagerank" in read.nodes[HOSTILE_ID]
    assert (
        nx.read_gexf(io.BytesIO(graph_bytes(G, table, "gexf"))).number_of_edges()
        == G.number_of_edges()
    )
    assert len(json.loads(graph_bytes(G, table, "json"))["nodes"]) == 45
    # names, not codes: the country by name with its code, no column repeating it
    assert table.set_index("id").loc["refit", "country"] == "Germany (DE)"
    assert "country_name" not in table.columns
    for which, rows in (("projects", 4), ("countries", None)):
        at.radio(key="metrics_table_choice").set_value(which).run()
        assert not at.exception
        if rows:
            assert len(shown_table(at, "metrics_table")) == rows
    projects = shown_table(
        at.radio(key="metrics_table_choice").set_value("projects").run(), "metrics_table"
    )
    assert "programme" not in projects.columns  # the programme by name and period, not its id
    assert "Interreg Baltic Sea Region" in set(projects["programme_name"])


def test_facilitate_ranks_smiltene_first_and_recommends_with_reasons(seeded):
    at = open_app("Facilitate")
    report = shown_table(at, "facilitate_report")
    assert report.iloc[0]["name"] == "Smiltene Municipality"
    assert report["reasons"].str.len().min() > 0
    suggestions = shown_table(at, "facilitate_suggestions")
    assert len(suggestions) == 10 and suggestions["reasons"].str.len().min() > 0
    buttons = {b.proto.label: b.proto for b in at.get("download_button")}
    assert "Brief for the meeting (HTML)" in buttons  # the brief on the organisation chosen
    at.selectbox(key="facilitate_border").set_value("home").run()
    assert not at.exception


def test_facilitate_fills_a_sector_gap_and_keeps_to_a_programme(seeded):
    at = open_app("Facilitate")
    at.selectbox(key="facilitate_fill_gap").set_value("academia").run()
    assert not at.exception
    suggestions = shown_table(at, "facilitate_suggestions")
    assert len(suggestions) and set(suggestions["helix_sector"]) == {"Academia"}
    assert suggestions["confidence"].str.len().min() > 0
    at.selectbox(key="facilitate_fill_gap").set_value(None)
    at.selectbox(key="facilitate_programme").set_value("Interreg Alpine Space").run()
    assert not at.exception
    suggestions = shown_table(at, "facilitate_suggestions")
    assert suggestions["reasons"].str.contains("eligible for Interreg Alpine Space").all()
    codes = {c[-3:-1] for c in suggestions["country"]}  # "Slovenia (SI)": the name, the code beside
    assert codes <= {"AT", "CH", "DE", "FR", "IT", "LI", "SI"}


def test_helix_indicators_and_charts(seeded):
    at = open_app("Helix")
    labels = [m.label for m in at.metric]
    assert "Mutual information, 3 sectors (bits)" in labels
    assert "negative means synergy" in at.caption[0].value
    for by in ("community", "country", "project"):
        at.radio(key="helix_by").set_value(by).run()
        assert not at.exception
        assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")


def test_query_reads_with_parameters_and_a_row_limit(seeded):
    at = open_app("Query")
    at.text_area(key="query_text").input(
        "MATCH (o:Organisation) WHERE o.country = $country RETURN o.name AS name ORDER BY name"
    )
    at.text_area(key="query_params").input('{"country": "SI"}')
    at.number_input(key="query_limit").set_value(3)
    at.button(key="query_run").click().run()
    assert not at.exception and not at.error
    result = shown_table(at, "query_result")
    assert list(result.columns) == ["name"] and len(result) == 3
    at.text_area(key="query_params").input("{not json").run()
    at.button(key="query_run").click().run()
    assert "not valid JSON" in plain(at.error[0].value)


WRITES = [
    "CREATE (:Organisation {id: 'x', name: 'x'})",
    "MATCH (o:Organisation) SET o.name = 'changed' RETURN o",
    "MERGE (o:Organisation {id: 'y'}) RETURN o",
    "MATCH (o:Organisation) DETACH DELETE o",
    "MATCH (o:Organisation) REMOVE o.name RETURN o",
    "DROP INDEX ON :Organisation(id)",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "CALL db.idx.fulltext.createNodeIndex('Organisation', 'name')",
]


def test_query_refuses_every_write_and_changes_nothing(seeded):
    before = graph_counts(seeded)
    names = sorted(r["name"] for r in seeded.read("MATCH (o:Organisation) RETURN o.name AS name"))
    at = open_app("Query")
    for text in WRITES:
        at.text_area(key="query_text").input(text)
        at.button(key="query_run").click().run()
        assert not at.exception
        assert at.error and plain(at.error[0].value).startswith(
            "The query console is read-only:"
        ), text
        with pytest.raises(KeyError):
            at.get_by_key("query_result")
    assert graph_counts(seeded) == before
    assert (
        sorted(r["name"] for r in seeded.read("MATCH (o:Organisation) RETURN o.name AS name"))
        == names
    )


def test_data_page_loads_the_seed_with_progress(store, cli_env):
    at = open_app("Data")
    counts = shown_table(at, "data_counts_table")
    assert counts["count"].sum() == 0
    at.button(key="data_load_seed").click().run()
    assert not at.exception
    assert at.success[0].value.startswith("Loaded 3 programmes, 4 projects")
    counts = shown_table(at, "data_counts_table").set_index("name")["count"]
    assert counts["Project"] == 4 and counts["PARTICIPATES_IN"] > 40
    assert graph_counts(store)["nodes"]["Project"] == 4


def test_query_timeout_stops_a_slow_query(seeded):
    at = open_app("Query")
    at.text_area(key="query_text").input(
        # 25 million rows, each small (one list of 100 million would meet the memory cap first)
        "UNWIND range(1, 5000) AS x UNWIND range(1, 5000) AS y WITH x * y AS z "
        "WHERE z % 7 = 3 RETURN count(z) AS n"
    )
    at.text_area(key="query_params").input("{}")
    at.number_input(key="query_timeout").set_value(0.1)
    at.button(key="query_run").click().run()
    assert not at.exception
    assert at.error and "timed out" in plain(at.error[0].value).lower()


def test_data_page_loads_uploaded_files_and_reports_bad_ones(store, cli_env):
    seed = resource_dir("seed")
    files = [(p.name, p.read_bytes(), "application/x-yaml") for p in sorted(seed.glob("*.yaml"))]
    at = open_app("Data")
    at.file_uploader(key="data_upload").set_value(files).run()
    at.button(key="data_load_files").click().run()
    assert not at.exception and not at.error
    assert plain(at.success[0].value).startswith("Loaded 3 programmes, 4 projects")
    before = graph_counts(store)
    bad = ("organisations.csv", b"id,name,helix_sector\nx-org,X,bureaucracy\n", "text/csv")
    at.file_uploader(key="data_upload").set_value(bad).run()
    at.button(key="data_load_files").click().run()
    assert not at.exception
    message = plain(at.error[0].value)
    assert "organisations.csv" in message and "bureaucracy" in message
    assert graph_counts(store) == before


def test_programme_and_period_filters(seeded):
    from helix_graph.analysis import read_network

    at = open_app("Metrics")
    programme = sorted(state.programmes(seeded))[0]
    at.sidebar.multiselect(key="filter_programmes").set_value([programme]).run()
    assert not at.exception
    expected = read_network(seeded, Filters(programmes=(programme,))).organisations
    assert 0 < len(expected) < 45
    assert sorted(shown_table(at, "metrics_table")["id"]) == sorted(expected["id"])
    at.sidebar.multiselect(key="filter_programmes").set_value([]).run()
    low, high = at.sidebar.slider(key="filter_years").value
    year = low + 1
    at.sidebar.slider(key="filter_years").set_value((year, year)).run()
    assert not at.exception
    expected = read_network(seeded, Filters(years=(year, year))).organisations
    if len(expected):
        assert sorted(shown_table(at, "metrics_table")["id"]) == sorted(expected["id"])
    else:
        assert at.info and "Nothing matches" in at.info[0].value


def test_a_correction_that_keeps_every_count_shows_on_every_page(seeded, tmp_path):
    at = open_app("Metrics")
    before = shown_table(at, "metrics_table").set_index("id")
    assert before.loc["refit", "helix_sector"] == "Industry"
    counts = graph_counts(seeded)
    from helix_graph.ingest.seed_files import read_dataset
    from helix_graph.load import load_dataset

    (tmp_path / "fix.yaml").write_text(
        "organisations:\n"
        "  - {id: refit, name: ReFIT Research, kind: research_centre, helix_sector: academia, country: AT}\n",
        encoding="utf-8",
    )
    load_dataset(seeded, read_dataset([tmp_path]))
    assert graph_counts(seeded) == counts  # nothing a count-based key would notice
    at.run()
    assert not at.exception
    after = shown_table(at, "metrics_table").set_index("id")
    assert (after.loc["refit", "helix_sector"], after.loc["refit", "name"]) == (
        "Academia",
        "ReFIT Research",
    )
    at.sidebar.radio(key="page").set_value("Facilitate").run()
    assert not at.exception


def test_metrics_page_says_how_the_measures_were_computed(seeded, monkeypatch):
    at = open_app("Metrics")
    assert any("Every measure is exact." in c.value for c in at.caption)
    table = shown_table(at, "metrics_table")
    assert {"betweenness_error", "closeness_error", "harmonic_error"} <= set(table.columns)
    assert (table["betweenness_error"] == 0).all()

    from helix_graph.analysis import Analysis, Network, centrality
    from helix_graph.synth import synthesize
    from helix_graph.ui import metrics as metrics_page

    monkeypatch.setattr(centrality, "EXACT_WORK", 1)  # 400 organisations estimated from samples
    data = synthesize(1_500, seed=2)
    core = Analysis(
        Network(data.organisations.assign(city=None), data.projects, data.participations)
    )
    monkeypatch.setattr(metrics_page.state, "core", lambda store, filters: core)
    note = metrics_page.estimates_note(seeded, Filters(), "organisations")
    assert note.startswith("Estimated (seed 0): betweenness from 64 sampled sources")
    assert "*_error columns" in note


@pytest.mark.parametrize(
    "widget, value",
    [("filter_min_weight", 2), ("filter_countries", ["IT"]), ("filter_sectors", ["government"])],
)
def test_facilitate_never_suggests_a_current_partner_whatever_the_filter(seeded, widget, value):
    at = open_app("Facilitate")
    if widget == "filter_min_weight":
        at.sidebar.number_input(key=widget).set_value(value).run()
    else:
        at.sidebar.multiselect(key=widget).set_value(value).run()
    at.selectbox(key="facilitate_org").set_value("citta-di-torino").run()
    at.number_input(key="facilitate_k").set_value(50).run()
    assert not at.exception
    partners = {
        r["id"]
        for r in seeded.read(
            "MATCH (:Organisation {id: 'citta-di-torino'})-[:PARTICIPATES_IN]->(p)<-[:PARTICIPATES_IN]-(o:Organisation) "
            "RETURN DISTINCT o.id AS id"
        )
    }
    names = dict(
        state.network(seeded, Filters()).organisations[["id", "name"]].itertuples(index=False)
    )
    suggested = (
        set(shown_table(at, "facilitate_suggestions")["name"])
        if at.get_by_key("facilitate_suggestions")
        else set()
    )
    assert not suggested & {names[p] for p in partners | {"citta-di-torino"}}


def test_time_and_place_slices_steps_and_country_matrix(seeded):
    at = open_app("Time and place")
    table = shown_table(at, "time_table")
    # the seed: Sm@rt Region starts in 2006, SmartVillages in 2018, 3I in 2023, ASIS has no start
    assert list(table["slice"]) == ["2000–2006", "2014–2020", "2021–2027", "undated"]
    assert list(table["organisations"]) == [
        15,
        14,
        5,
        11,
    ]  # SmartVillages has the hostile test node too
    assert list(table["left"]) == [0, 15, 14, 0]
    assert "counted in the slice 'undated'" in at.caption[0].value
    entered = shown_table(at, "time_entered")  # the newcomers of 2021–2027: 3I's five partners
    assert len(entered) == 5
    at.radio(key="time_slicing").set_value("year").run()
    assert not at.exception
    years = shown_table(at, "time_table")
    assert list(years["slice"]) == ["2006", "2018", "2023", "undated"]
    at.radio(key="time_slicing").set_value("windows").run()
    at.text_input(key="time_windows").input("2030-2020").run()
    assert not at.exception
    assert "ends before it starts" in at.error[0].value


def test_helix_mix_names_countries_and_communities(seeded):
    at = open_app("Helix")
    at.radio(key="helix_by").set_value("country").run()
    chart = (at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart"))[0].proto
    shown = chart.spec + "".join(str(d) for d in getattr(chart, "datasets", []))
    assert "Slovenia (SI)" in shown and "Latvia (LV)" in shown
    at.radio(key="helix_by").set_value("community").run()
    chart = (at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart"))[0].proto
    shown = chart.spec + "".join(str(d) for d in getattr(chart, "datasets", []))
    assert "community 0" not in shown and "0: " in shown  # by their members' names
