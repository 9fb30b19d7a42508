"""What a person reads on each page, in order: headings, captions, every control's label,
help, choices, default and limits, and the columns of each table, written out by hand from
what each control is for (the seed plus the hostile association, as in test_pages.py).

A text changed, a limit off by one, a default dropped or a control left without its help
fails here; what the controls then compute is tested in test_pages.py and test_wiring.py.
"""

from __future__ import annotations

import pytest

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
