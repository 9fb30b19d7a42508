"""What a person reads on each page, in order: headings, captions, every control's label,
help, choices, default and limits, and the columns of each table, written out by hand from
what each control is for (the seed plus the hostile association, as in test_pages.py).

A text changed, a limit off by one, a default dropped or a control left without its help
fails here; what the controls then compute is tested in test_pages.py and test_wiring.py.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helix_graph.analysis import Filters
from helix_graph.ui.time_place import placed_text
from tests.ui.test_pages import open_app, plain, shown_table

SECTORS = ["Government", "Industry", "Academia", "Civil society"]
PAGES = ["Explore", "Metrics", "Facilitate", "Helix", "Time and place", "Query", "Data"]


def shown(at, area=None) -> list[tuple]:
    """Each element of the page's main area (or ``area``) as a tuple of what a person sees."""
    found = []
    for node in _walk(area if area is not None else at.main):
        kind = node.type
        if kind in ("title", "header", "subheader", "caption", "markdown", "info", "success"):
            found.append((kind, node.value))
        elif kind == "error":
            found.append((kind, plain(node.value)))
        elif kind == "metric":
            found.append((kind, node.label))
        elif kind in ("selectbox", "radio"):
            found.append((kind, node.label, node.help, node.value))
        elif kind == "multiselect":
            found.append((kind, node.label, node.help, node.value))
        elif kind == "number_input":
            found.append((kind, node.label, node.value, node.min, node.max, node.step))
        elif kind == "slider":
            found.append((kind, node.label, node.value, node.min, node.max))
        elif kind == "text_area":
            found.append((kind, node.label, node.value))
        elif kind in ("button", "download_button", "toggle"):
            found.append((kind, node.label, node.key))
        elif kind == "dataframe":
            found.append((kind, list(node.value.columns)))
        elif kind == "file_uploader":
            found.append((kind, node.label, list(node.proto.type), node.proto.multiple_files))
    return found


def _walk(node):
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        for child in children.values():
            yield from _walk(child)
    yield node


@pytest.fixture
def seeded(hostile_store, cli_env):
    return hostile_store


def test_the_sidebar_offers_the_pages_and_the_filters_of_the_seed(seeded):
    at = open_app("Facilitate")
    assert at.sidebar.radio(key="page").options == PAGES
    assert shown(at, at.sidebar) == [
        ("title", "helix-graph"),
        ("radio", "Page", "", "Facilitate"),
        ("button", "Refresh from the store", "refresh"),
        ("header", "Filters"),
        ("multiselect", "Programme", "", []),
        # Sm@rt Region starts in 2006, the latest project ends in 2025: no years chosen yet
        ("slider", "Period (projects running in these years)", (2006, 2025), 2006, 2025),
        ("multiselect", "Country", "", []),
        ("multiselect", "Helix sector", "", []),
        ("number_input", "Minimum tie weight (shared projects)", 1, 1, 100, 1),
    ]
    bar = at.sidebar
    assert bar.multiselect(key="filter_programmes").options == [
        "Interreg Alpine Space",
        "Interreg Baltic Sea Region",
        "Interreg III B CADSES",
    ]
    assert bar.multiselect(key="filter_countries").options == [
        "AT · Austria", "CH · Switzerland", "CS · Serbia and Montenegro", "DE · Germany",
        "FI · Finland", "FR · France", "HR · Croatia", "HU · Hungary", "IT · Italy",
        "LT · Lithuania", "LV · Latvia", "PL · Poland", "SI · Slovenia", "SK · Slovakia",
    ]  # fmt: skip
    assert bar.multiselect(key="filter_sectors").options == SECTORS


def test_facilitate_shows_its_report_and_its_choices_for_the_worst_connected(seeded):
    at = open_app("Facilitate")
    assert shown(at) == [
        ("header", "Facilitate"),
        ("subheader", "Under-connected organisations"),
        (
            "multiselect",
            "Kinds of organisation (empty: every kind)",
            "",
            ["municipality", "region", "agency", "association", "foundation"],
        ),
        (
            "caption",
            "Ranked worst-connected first; the score runs from 0 (well connected) to 1. "
            "Reasons in words.",
        ),
        ("dataframe", ["rank", "name", "kind", "helix_sector", "country", "score", "reasons"]),
        ("subheader", "Partner recommendations"),
        # the worst connected first: Smiltene (test_pages.py)
        ("selectbox", "For the organisation", "", "smiltene-municipality"),
        ("number_input", "Suggestions", 10, 1, 50, 1),
        ("selectbox", "Partners from", "", "any"),
        ("multiselect", "Only these sectors", "", []),
        (
            "selectbox",
            "Fill a sector gap",
            "Only partners of this sector, ranked by the same model (the backtest compares "
            "it with Adamic–Adar within the sector).",
            None,
        ),
        ("selectbox", "Eligible for the Interreg programme", "", None),
        ("markdown", "Whom **Smiltene Municipality** should meet:"),
        ("download_button", "Brief for the meeting (HTML)", "facilitate_brief_html"),
        *(
            [("download_button", "Brief (PDF)", "facilitate_brief_pdf")]
            if _has_pdf_engine()
            else []
        ),
        (
            "dataframe",
            ["rank", "name", "kind", "helix_sector", "country", "score", "confidence", "reasons"],
        ),
    ]
    org = at.selectbox(key="facilitate_org")
    assert org.index == 35  # Smiltene is the 36th of the 45 names in order
    # sorted by name as written: "<" before capitals, capitals before small letters
    assert org.options[:4] == [
        "<img src=x onerror=alert(1)>",
        "ADRETS – Association pour le Développement en REseau des Territoires et des Services",
        "AR-GO lab Oy",
        "Agenzia di Sviluppo GAL Genovese",
    ]
    assert len(org.options) == 45
    assert at.multiselect(key="facilitate_kinds").options == [
        "municipality", "region", "agency", "university", "research_centre",
        "company", "chamber", "association", "foundation", "other",
    ]  # fmt: skip
    assert at.selectbox(key="facilitate_border").options == [
        "any country",
        "other countries only",
        "its own country only",
    ]
    assert at.multiselect(key="facilitate_sectors").options == SECTORS
    assert at.selectbox(key="facilitate_fill_gap").options == [
        "no: the likeliest partners",
        *SECTORS,
    ]
    programmes = at.selectbox(key="facilitate_programme").options
    # every Interreg programme of 2021–2027 the eligibility table knows, by name
    assert programmes[:4] == ["any", "ESPON", "INTERACT", "Interreg ADRION"]
    assert len(programmes) == 21 and programmes[1:] == sorted(programmes[1:])


def _has_pdf_engine() -> bool:
    from helix_graph.brief import pdf_engine

    return bool(pdf_engine())


def test_facilitate_says_when_no_organisation_of_the_kinds_is_in_the_filtered_network(seeded):
    """Latvia's one organisation is Smiltene Municipality: it has no university, but still
    an organisation to suggest partners for."""
    at = open_app("Facilitate")
    at.sidebar.multiselect(key="filter_countries").set_value(["LV"]).run()
    at.multiselect(key="facilitate_kinds").set_value(["university"]).run()
    assert not at.exception
    texts = shown(at)
    assert texts[:4] == [
        ("header", "Facilitate"),
        ("subheader", "Under-connected organisations"),
        ("multiselect", "Kinds of organisation (empty: every kind)", "", ["university"]),
        ("info", "No organisation of these kinds in the filtered network."),
    ]
    assert ("subheader", "Partner recommendations") in texts
    assert at.selectbox(key="facilitate_org").options == ["Smiltene Municipality"]


def test_the_helix_page_names_its_measures_and_counts_its_units(seeded):
    at = open_app("Helix")
    texts = shown(at)
    assert texts[:5] == [
        ("header", "Helix"),
        ("metric", "Mutual information, 3 sectors (bits)"),
        ("metric", "Mutual information, 4 sectors (bits)"),
        ("metric", "Cross-sector ties"),
        ("metric", "E-I index by sector"),
    ]
    caption = texts[5][1]
    assert caption.startswith("Mutual information among the sectors present in each project")
    assert " E-I index: −1 every tie inside its sector, +1 every tie across sectors. " in caption
    assert caption.endswith("Sector assortativity: " + caption.rsplit(": ", 1)[1])
    assert texts[6:] == [
        ("dataframe", ["sector", "E-I index"]),
        ("radio", "Sector mix per", "", "project"),
        ("toggle", "Show shares instead of counts", "helix_normalise"),
        ("caption", "The 4 largest of 4 projects."),
    ]
    # one row a sector, by name, in the order of the codes (academia … industry)
    assert list(shown_table(at, "helix_ei_table")["sector"]) == [
        "Academia",
        "Civil society",
        "Government",
        "Industry",
    ]
    at.radio(key="helix_by").set_value("country").run()
    # the seed's organisations are in 14 countries (the sidebar's list)
    assert ("caption", "The 14 largest of 14 countries.") in shown(at)


def test_the_query_page_reads_with_its_example_and_says_how_many_rows(seeded):
    at = open_app("Query")
    assert shown(at) == [
        ("header", "Query (read-only Cypher)"),
        (
            "caption",
            "Reads only: CREATE, MERGE, SET, DELETE, REMOVE, DROP, LOAD CSV and writing "
            "procedures are refused before anything reaches the database. Values go in as "
            "parameters ($name).",
        ),
        (
            "text_area",
            "Cypher",
            "MATCH (o:Organisation)-[:PARTICIPATES_IN]->(p:Project)\n"
            "WHERE o.country = $country\n"
            "RETURN o.name AS organisation, o.helix_sector AS sector, p.acronym AS project\n"
            "ORDER BY organisation",
        ),
        ("text_area", "Parameters (JSON object)", '{"country": "SI"}'),
        ("number_input", "Row limit", 1000, 1, 100_000, 100),
        ("number_input", "Timeout (seconds)", 10.0, 0.1, 600.0, 1.0),
        ("button", "Run", "query_run"),
    ]
    assert at.button(key="query_run").proto.type == "primary"
    at.button(key="query_run").click().run()
    result = shown_table(at, "query_result")
    # the example: Slovenia's ties, the seed's seven Slovenian ones and the hostile association's
    assert list(result.columns) == ["organisation", "sector", "project"] and len(result) == 8
    assert [s.value for s in at.success] == ["8 rows"]
    at.number_input(key="query_limit").set_value(3)
    at.button(key="query_run").click().run()
    assert [s.value for s in at.success] == ["3 rows (the row limit)"]
    at.text_area(key="query_text").input("MATCH (o:Organisation) RETURN count(o) AS n")
    at.button(key="query_run").click().run()
    assert [s.value for s in at.success] == ["1 row"]
    assert shown_table(at, "query_result").to_dict("records") == [{"n": 45}]
    at.text_area(key="query_params").input("[1, 2]")
    at.button(key="query_run").click().run()
    assert shown(at)[-1] == (
        "error",
        'The parameters must be a JSON object, such as {"country": "SI"}.',
    )


def test_the_data_page_names_the_store_counts_and_what_was_loaded(store, cli_env):
    at = open_app("Data")
    assert shown(at) == [
        ("header", "Data"),
        ("subheader", "Store"),
        ("dataframe", ["setting", "value"]),
        ("dataframe", ["what", "name", "count"]),
        ("subheader", "Load"),
        ("caption", "Loading merges on ids: loading the same data twice changes nothing."),
        ("button", "Load the seed (the four projects of the seed documents)", "data_load_seed"),
        ("file_uploader", "Data files in the seed format (YAML or CSV)", [".yaml", ".yml", ".csv"], True),
    ]  # fmt: skip
    at.button(key="data_load_seed").click().run()
    assert [s.value for s in at.success] == [
        "Loaded 3 programmes, 4 projects, 44 organisations, 44 participations."
    ]
    # the message is shown once: the next run shows the counts only
    at.run()
    assert not at.success


def test_the_data_page_offers_to_load_the_files_once_some_are_chosen(store, cli_env):
    at = open_app("Data")
    assert not [b for b in at.button if b.key == "data_load_files"]
    upload = ("organisations.csv", b"id,name,helix_sector\nzavod-brda,Zavod Brda,civil_society\n")
    at.file_uploader(key="data_upload").set_value([(*upload, "text/csv")]).run()
    assert shown(at)[-1] == ("button", "Load these files", "data_load_files")


DRAWING_CAPTION = (
    "{nodes} nodes and {ties} ties drawn (the filtered view has {nodes} nodes). Names that fit "
    "are shown; zoom in for more, hover for details; click a node to highlight its neighbours, "
    "click the background to restore."
)
EXPLORE_DOWNLOADS = [
    ("download_button", "Drawing as SVG", "explore_download_svg"),
    ("download_button", "Drawing as PNG (print)", "explore_download_png"),
    ("download_button", "Interactive HTML file", "explore_download_html"),
    ("download_button", "For Gephi (GEXF, this layout)", "explore_download_gexf"),
]
ORGANISATION_MEASURES = [
    "degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank",
    "core_number",
]  # fmt: skip
GRAPH_MEASURES = ["degree", "strength", "betweenness", "eigenvector", "pagerank"]


def test_explore_names_its_views_colours_sizes_and_the_files_it_offers(seeded, offered_files):
    """The seed's 45 organisations share 261 ties; the drawing keeps each one's strongest."""
    at = open_app("Explore")
    assert shown(at) == [
        ("header", "Explore the network"),
        ("selectbox", "View", "", "collaboration"),
        ("selectbox", "Colour by", "", "helix_sector"),
        ("selectbox", "Size by", "", "(equal)"),
        ("selectbox", "Organisation (show its ego network)", "", None),
        ("radio", "Steps", "", 1),
        ("caption", "111 of 261 ties drawn (each node's strongest)."),
        ("caption", DRAWING_CAPTION.format(nodes=45, ties=111)),
        *EXPLORE_DOWNLOADS,
    ]
    assert at.selectbox(key="explore_view").options == [
        "Organisation collaboration",
        "Multipartite (projects, organisations, countries, sectors)",
        "Projects (tied by shared partners)",
        "Countries (tied by cross-border collaboration)",
    ]
    assert at.selectbox(key="explore_colour_collaboration").options == [
        "helix sector",
        "community",
        "country",
    ]
    assert at.selectbox(key="explore_size_collaboration").options == [
        "(equal)",
        *ORGANISATION_MEASURES,
    ]
    focus = at.selectbox(key="explore_focus")
    # the whole network first, then the 45 organisations by name
    assert focus.options[0] == "(whole network)" and len(focus.options) == 46
    assert at.radio(key="explore_steps").options == ["1", "2"]
    files = {name: mime for name, (mime, _) in offered_files.items()}
    assert files == {
        "helix-collaboration.svg": "image/svg+xml",
        "helix-collaboration.png": "image/png",
        "helix-collaboration.html": "text/html",
        "helix-collaboration.gexf": "application/xml",
    }
    offered_files.clear()
    at.selectbox(key="explore_focus").set_value("smiltene-municipality").run()
    assert ("subheader", "Ego network of Smiltene Municipality (1 step)") in shown(at)
    assert "helix-collaboration-ego.svg" in offered_files
    at.radio(key="explore_steps").set_value(2).run()
    assert ("subheader", "Ego network of Smiltene Municipality (2 steps)") in shown(at)


def test_explore_lists_the_largest_by_the_measure_it_sizes_by_with_names(seeded, seed_dataset):
    at = open_app("Explore")
    at.selectbox(key="explore_size_collaboration").set_value("degree").run()
    top = shown_table(at, "explore_top_table")
    assert list(top.columns) == ["name", "degree"] and len(top) == 10
    # no organisation is in two projects: Sm@rt Region's 15 partners have 14 each, the most
    # (SmartVillages' 14 with the hostile one have 13); ten of them, by name, never by id
    names = {o.id: o.name for o in seed_dataset.organisations}
    smart_region = {
        names[p.organisation] for p in seed_dataset.participations if p.project == "smart-region"
    }
    assert set(top["degree"]) == {14} and set(top["name"]) <= smart_region
    at.selectbox(key="explore_view").set_value("project").run()
    assert at.selectbox(key="explore_colour_project").options == ["programme", "community"]
    assert at.selectbox(key="explore_size_project").options == ["(equal)", *GRAPH_MEASURES]
    assert shown(at) == [
        ("header", "Explore the network"),
        ("selectbox", "View", "", "project"),
        ("selectbox", "Colour by", "", "programme"),
        ("selectbox", "Size by", "", "(equal)"),
        ("caption", DRAWING_CAPTION.format(nodes=4, ties=0)),
        *EXPLORE_DOWNLOADS,
    ]
    at.selectbox(key="explore_size_project").set_value("degree").run()
    # projects by acronym: the four share no partner, so every degree is 0
    projects = shown_table(at, "explore_top_table")
    assert sorted(projects["name"]) == [
        "3I solution for PS",
        "ASIS",
        "Sm@rt Region",
        "SmartVillages",
    ]
    assert set(projects["degree"]) == {0}
    at.selectbox(key="explore_view").set_value("country").run()
    assert at.selectbox(key="explore_colour_country").options == ["community"]
    at.selectbox(key="explore_size_country").set_value("degree").run()
    countries = shown_table(at, "explore_top_table")
    assert len(countries) == 10 and "Slovenia" in set(countries["name"])  # by name, not SI


def _downloads_of(graph: str) -> list[tuple]:
    return [
        ("subheader", "Download"),
        ("download_button", "Table as CSV", "metrics_download_csv"),
        ("download_button", "Table as Parquet", "metrics_download_parquet"),
        ("download_button", f"{graph} graph as GraphML", "metrics_download_graphml"),
        ("download_button", f"{graph} graph as GEXF", "metrics_download_gexf"),
        ("download_button", f"{graph} graph as JSON", "metrics_download_json"),
    ]


def test_metrics_names_each_table_its_rows_and_the_files_it_offers(seeded, offered_files):
    at = open_app("Metrics")
    assert at.radio(key="metrics_table_choice").options == [
        "Organisations",
        "Projects",
        "Countries",
    ]
    texts = shown(at)
    assert texts[:3] == [
        ("header", "Metrics"),
        ("radio", "Table", "", "organisations"),
        ("caption", "45 rows. Click a column header to sort. Every measure is exact."),
    ]
    assert texts[3][1][:7] == ["id", "name", "kind", "helix_sector", "country", "city", "degree"]
    assert texts[4:] == _downloads_of("Collaboration")
    # the app opens on Explore, whose files (helix-…) are offered first
    assert {n: mime for n, (mime, _) in offered_files.items() if "helix-" not in n} == {
        "organisations.csv": "text/csv",
        "organisations.parquet": "application/vnd.apache.parquet",
        "collaboration.graphml": "application/xml",
        "collaboration.gexf": "application/xml",
        "collaboration.json": "application/json",
    }
    for which, graph, rows, first in (
        ("projects", "Project", 4, ["id", "acronym", "title", "programme_name"]),
        ("countries", "Country", 14, ["id", "name", "organisations", "domestic_ties"]),
    ):
        offered_files.clear()
        at.radio(key="metrics_table_choice").set_value(which).run()
        texts = shown(at)
        assert texts[:3] == [
            ("header", "Metrics"),
            ("radio", "Table", "", which),
            ("caption", f"{rows} rows. Click a column header to sort. Every measure is exact."),
        ]
        assert texts[3][1][:4] == first and texts[4:] == _downloads_of(graph)
        assert sorted(offered_files) == sorted(
            [f"{which}.csv", f"{which}.parquet"]
            + [f"{graph.lower()}.{fmt}" for fmt in ("graphml", "gexf", "json")]
        )


def test_metrics_table_refuses_a_table_it_does_not_have(seeded):
    from helix_graph.ui.metrics import metrics_table

    with pytest.raises(ValueError) as refused:
        metrics_table(seeded, Filters(), "ties")
    assert (
        str(refused.value) == "unknown table 'ties'; use one of organisations, projects, countries"
    )


SLICE_CAPTION = (
    "{n} organisations drawn; thick borders: organisations new in {label}; dashed red: ties "
    "new in it. Every slice keeps the places of the whole period's drawing, so slices compare "
    "as you step."
)
MOVERS = [
    ("caption", "Rose the most (places by PageRank)"),
    ("dataframe", ["name", "rank_pagerank", "rank_change_pagerank"]),
    ("caption", "Fell the most"),
    ("dataframe", ["name", "rank_pagerank", "rank_change_pagerank"]),
    ("caption", "The most central newcomers"),
    ("dataframe", ["name", "rank_pagerank"]),
]
NEW_TIES = [
    "organisation", "sector", "country", "partner", "partner sector", "partner country",
    "shared projects",
]  # fmt: skip
EVOLUTION_DOWNLOADS = [
    ("download_button", "Evolution as CSV", "time_download_evolution"),
    ("download_button", "Movers as CSV", "time_download_movers"),
    ("download_button", "Ties as CSV", "time_download_ties"),
]


def test_time_and_place_names_its_slices_movers_new_ties_and_files(seeded, offered_files):
    """The seed's periods: Sm@rt Region 2000–2006 (15), SmartVillages 2014–2020 (14 with the
    hostile association), 3I 2021–2027 (5), ASIS undated (11). 3I's five partners are all
    new and all ten of their ties new; of those, 7 join two sectors across a border
    (Smiltene LV government, LUT FI academia, AR-GO FI industry, Mazovia PL government,
    Kaunas LT industry: all pairs but Smiltene–Mazovia, LUT–AR-GO and AR-GO–Kaunas)."""
    at = open_app("Time and place")
    texts = shown(at)
    evolution = texts[5]
    assert texts[:5] == [
        ("header", "Time and place"),
        ("radio", "Slice by", "", "period"),
        ("caption", "Projects without a start date are counted in the slice 'undated', apart."),
        ("subheader", "How the network changed"),
        ("download_button", "Chart as SVG", "time_download_chart"),
    ]
    assert evolution[0] == "dataframe" and evolution[1][:5] == [
        "slice", "projects", "organisations", "ties", "density",
    ]  # fmt: skip
    where = texts.index(("subheader", "Where"))
    assert texts[6:where] == [
        *EVOLUTION_DOWNLOADS,
        ("subheader", "What changed in a slice"),
        ("selectbox", "Colour by", "", "helix_sector"),
        ("caption", SLICE_CAPTION.format(n=5, label="2021–2027")),
        ("download_button", "This slice as SVG", "time_download_svg"),
        ("markdown", "**5** organisations entered, **0** stayed and **14** left in 2021–2027."),
        *MOVERS,
        (
            "markdown",
            "**10** new ties in 2021–2027, **7** of them across both a sector and a border; "
            "the strongest:",
        ),
        ("dataframe", NEW_TIES),
    ]
    assert texts[where : where + 3] == [
        ("subheader", "Where"),
        ("selectbox", "Colour by", "", "helix_sector"),
        (
            "radio",
            "Show",
            "Above 2,000 organisations the map starts with countries: more points than that "
            "pile up into blots.",
            "organisations",
        ),
    ]
    assert texts[-3:] == [
        ("subheader", "Country × country"),
        ("download_button", "Heat map as SVG", "time_download_heatmap"),
        ("download_button", "Matrix as CSV", "time_download_matrix"),
    ]
    assert at.radio(key="time_slicing").options == [
        "programming periods (2000–06, 2007–13, 2014–20, 2021–27)",
        "years (by project start)",
        "windows of years I choose",
    ]
    (slider,) = at.get("select_slider")
    # the last dated slice is shown first; the undated one is last in the list
    assert slider.options == ["2000–2006", "2014–2020", "2021–2027", "undated"]
    assert slider.value == "2021–2027"
    assert at.selectbox(key="time_colour").options == ["helix sector", "community", "country"]
    assert at.radio(key="place_show").options == [
        "organisations, one by one",
        "countries (circles sized by organisations, lines by collaborations)",
    ]
    ties = shown_table(at, "time_new_ties")
    pairs = {frozenset((a, b)) for a, b in zip(ties["organisation"], ties["partner"])}
    smiltene, argo = "Smiltene Municipality", "AR-GO lab Oy"
    lut = "LUT University (Lappeenranta-Lahti University of Technology)"
    assert len(pairs) == 7 and frozenset((smiltene, lut)) in pairs
    assert frozenset((lut, argo)) not in pairs  # both Finnish
    assert set(ties["shared projects"]) == {1}
    # countries by name, the code beside
    country_of = dict(zip(ties["organisation"], ties["country"]))
    country_of.update(zip(ties["partner"], ties["partner country"]))
    assert (country_of[smiltene], country_of[lut]) == ("Latvia (LV)", "Finland (FI)")
    assert {n: mime for n, (mime, _) in offered_files.items() if "helix-" not in n} == {
        "evolution.svg": "image/svg+xml",
        "evolution.csv": "text/csv",
        "movers.csv": "text/csv",
        "ties.csv": "text/csv",
        "slice-2021–2027.svg": "image/svg+xml",
        "map-organisations.svg": "image/svg+xml",
        "country_matrix.svg": "image/svg+xml",
        "country_matrix.csv": "text/csv",
    }


def test_time_and_place_says_what_a_first_or_empty_slice_holds(seeded):
    at = open_app("Time and place")
    at.select_slider(key="time_slice").set_value("2000–2006").run()
    texts = shown(at)
    assert ("caption", "The first slice (or the undated one): nothing to compare with.") in texts
    assert ("caption", SLICE_CAPTION.format(n=15, label="2000–2006")) in texts
    at.radio(key="time_slicing").set_value("windows").run()
    assert at.text_input(key="time_windows").value == "2014-2017,2018-2020"
    texts = shown(at)
    assert ("caption", "No project runs in 2014–2017: empty slices.") in texts
    at.select_slider(key="time_slice").set_value("2014–2017").run()
    assert ("info", "No project runs in 2014–2017: the slice is empty.") in shown(at)
    at.radio(key="place_show").set_value("countries").run()
    (caption,) = [t[1] for t in shown(at) if t[0] == "caption" and "Countries at" in t[1]]
    assert plain(caption).startswith(
        "Countries at their approximate centres, sized by organisations, coloured by the "
        "helix sector most of their organisations have; lines: the strongest cross-border "
        "collaborations."
    )


def test_explore_of_a_large_network_offers_a_summary_a_community_and_a_search(seeded, monkeypatch):
    """With the limits lowered to the seed's size: above 20 nodes a summary and a community
    to open are offered; above 10 organisations the ego picker lists only those a search
    finds (case aside)."""
    from helix_graph.ui import explore

    monkeypatch.setattr(explore, "TOP_N", 20)
    monkeypatch.setattr(explore, "MAX_LISTED", 10)
    at = open_app("Explore")
    assert shown(at)[4:8] == [
        ("selectbox", "Organisation (show its ego network)", "", None),
        ("radio", "Steps", "", 1),
        ("selectbox", "This network has more than 20 nodes; show", "", "top"),
        ("selectbox", "Open a community (its own network)", "", None),
    ]
    assert at.selectbox(key="explore_summary").options == [
        "the top nodes by the size metric (or degree)",
        "communities as super-nodes",
        "countries as super-nodes",
    ]
    # the four projects are the four communities, each named by its three best connected
    communities = at.selectbox(key="explore_community_collaboration").options
    assert communities[0] == "(none)" and len(communities) == 5
    assert communities[4] == (
        "3: AR-GO lab Oy · Kaunas Science and Technology Park · LUT University "
        "(Lappeenranta-Lahti University of Technology) (+2)"
    )
    assert at.selectbox(key="explore_focus").options == ["(whole network)"]
    at.text_input(key="explore_search").input("univ").run()
    assert at.selectbox(key="explore_focus").options == [
        "(whole network)",
        "LUT University (Lappeenranta-Lahti University of Technology)",
        "Scuola universitaria professionale della Svizzera italiana (SUPSI)",
        "University of Ljubljana",
        "University of Maribor",
        "Université de Lyon",
    ]
    # the text is searched for as written: a bracket is a bracket, not part of a pattern
    at.text_input(key="explore_search").input("Technology)").run()
    assert not at.exception
    assert at.selectbox(key="explore_focus").options == [
        "(whole network)",
        "LUT University (Lappeenranta-Lahti University of Technology)",
    ]
    # 3I's community opened: its five members, their ten ties (each node's strongest kept)
    at.selectbox(key="explore_community_collaboration").set_value(3).run()
    assert ("caption", DRAWING_CAPTION.format(nodes=5, ties=10).replace("has 5", "has 45")) in (
        shown(at)
    )


def test_the_map_caption_counts_how_the_organisations_are_placed():

    table = pd.DataFrame(
        {"placed_by": ["city"] * 1_200 + ["coordinates"] * 2 + ["nowhere"] + ["country"]}
    )
    # in the order of how exact the place is; a way that places none is not named
    assert placed_text(table) == (
        "Organisations placed: 2 by their own coordinates; 1,200 by their city (GeoNames "
        "gazetteer, towns of 5,000 people or more); 1 at their country's centre only; 1 nowhere "
        "(no city or country with a known place; not drawn)."
    )
    assert placed_text(table[table["placed_by"] == "country"]) == (
        "Organisations placed: 1 at their country's centre only."
    )


def test_explore_of_a_large_network_draws_its_top_without_the_whole_networkx_graph(
    seeded, monkeypatch
):
    """Above the drawing's limit Explore counts the nodes and cuts the drawn part from the
    arrays: the NetworkX form of the whole collaboration graph (seconds at 800,000 ties) is
    never built for it."""
    from helix_graph.analysis.engines import GraphView
    from helix_graph.ui import explore

    built = []
    real = GraphView._build_networkx

    def counted(self):
        built.append(self.n)
        return real(self)

    monkeypatch.setattr(explore, "TOP_N", 20)
    monkeypatch.setattr(GraphView, "_build_networkx", counted)
    at = open_app("Explore")
    assert not at.exception
    assert ("selectbox", "This network has more than 20 nodes; show", "", "top") in shown(at)
    assert built == []
