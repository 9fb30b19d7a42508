"""The app's widgets wired to the analysis they stand for: values a person can check on the seed.

Written for mutants that survived ``make mutation AREA=ui`` (tests/README.md, "Mutation
score"): each test fails when an argument between a page and the analysis is dropped.
"""

from __future__ import annotations

import pytest

from helix_graph.analysis import Filters
from helix_graph.brief import pdf_engine
from helix_graph.errors import HelixError
from helix_graph.ui import state
from helix_graph.ui.data import _counts_table
from helix_graph.ui.query import rows_table, run_query
from tests.ui.test_pages import open_app, shown_table


@pytest.fixture
def seeded(hostile_store, cli_env):
    return hostile_store


def test_partner_suggestions_use_the_network_they_are_made_from(seeded):
    """Facilitate asks for suggestions with the network (programmes, title themes, recent
    projects): for an organisation whose advice the network changes, the page shows the
    library's list and reasons with the network, not those made from the graph alone."""
    from helix_graph import analysis

    core = state.core(seeded, Filters())

    def advice(org, **network):
        known = analysis.known_partners(core.network, org)
        suggestions = analysis.recommend_partners(core.view, org, 10, known=known, **network)
        return suggestions[["name", "reasons"]].values.tolist()

    changed = [
        org
        for org in sorted(core.network.organisations["id"])
        if advice(org, network=core.network) != advice(org)
    ]
    assert changed  # the themes and programmes of the network change some advice
    at = open_app("Facilitate")
    at.selectbox(key="facilitate_org").set_value(changed[0]).run()
    assert not at.exception
    shown = shown_table(at, "facilitate_suggestions")[["name", "reasons"]].values.tolist()
    assert shown == advice(changed[0], network=core.network)


def test_a_query_result_shows_maps_and_lists_as_json_with_their_letters():
    table = rows_table([{"o": {"name": "Občina Žiri", "kind": "municipality"}, "n": 2}])
    assert table.to_dict("records") == [
        {"o": '{"name": "Občina Žiri", "kind": "municipality"}', "n": 2}
    ]
    assert rows_table([{"names": ["Univerza v Mariboru", "Universität Maribor"]}]).iloc[0, 0] == (
        '["Univerza v Mariboru", "Universität Maribor"]'
    )


def test_bad_query_parameters_are_told_how_to_write_them(seed_store):
    with pytest.raises(HelixError) as caught:
        run_query(seed_store, "MATCH (o:Organisation) RETURN count(o)", "{country: SI}", 10, 5)
    assert str(caught.value) == (
        "The parameters are not valid JSON (Expecting property name enclosed in double quotes "
        'at line 1, column 2); write an object such as {"country": "SI"}.'
    )


def test_the_communities_of_the_country_graph_cover_its_countries(seed_store, seed_dataset):
    countries = {o.country for o in seed_dataset.organisations if o.country}
    found = state.partition(seed_store, Filters(), view="country")
    assert set(found.membership) == countries


def test_facilitate_says_whom_it_suggests_for_and_keeps_home_partners_at_home(seeded):
    at = open_app("Facilitate")
    org = at.selectbox(key="facilitate_org")
    assert "Smiltene Municipality" in org.options and "smiltene-municipality" not in org.options
    assert at.selectbox(key="facilitate_programme").options[0] == "any"
    assert "Whom **Smiltene Municipality** should meet:" in [m.value for m in at.markdown]
    assert (
        "Ranked worst-connected first; the score runs from 0 (well connected) to 1. "
        "Reasons in words." in [c.value for c in at.caption]
    )
    at.selectbox(key="facilitate_border").set_value("home").run()
    # Smiltene is the seed's one Latvian organisation: no partner at home to suggest
    assert [i.value for i in at.info] == [
        "No organisation fits these constraints; choose another sector, programme or country."
    ]


def test_the_data_page_counts_table_names_what_each_count_is():
    table = _counts_table({"nodes": {"Organisation": 3}, "relationships": {"PARTICIPATES_IN": 4}})
    assert table.to_dict("records") == [
        {"what": "node", "name": "Organisation", "count": 3},
        {"what": "relationship", "name": "PARTICIPATES_IN", "count": 4},
    ]


def test_the_helix_page_shows_the_cross_sector_share_of_the_filtered_graph(seeded):
    from helix_graph import analysis

    at = open_app("Helix")
    shown = {m.label: m.value for m in at.metric}
    share = analysis.cross_sector_share(state.graph(seeded, Filters()))
    assert 0 < share < 1
    assert shown["Cross-sector ties"] == f"{share:.0%}"


def test_a_drawing_asked_without_a_summary_is_the_one_drawn_with_the_default():
    """A filtered view is anchored to the unfiltered drawing: asked without a summary, it must
    find the drawing the page made with the default one, not lay out 36,000 nodes again."""
    import inspect

    from helix_graph.viz.views import network_scene

    default = inspect.signature(network_scene).parameters["summary"].default
    plain = state._drawing_key({"view": "collaboration", "colour": "helix_sector"})
    assert plain == state._drawing_key(
        {"view": "collaboration", "colour": "helix_sector", "summary": default}
    )
    assert plain != state._drawing_key(
        {"view": "collaboration", "colour": "helix_sector", "summary": "country"}
    )


def test_the_brief_buttons_are_named_after_the_organisation_chosen(seeded, offered_files):
    """The brief on Smiltene downloads as brief-smiltene-municipality.html (and .pdf where a PDF
    engine is installed), under the buttons' keys."""
    offered = offered_files
    at = open_app("Facilitate")
    at.selectbox(key="facilitate_org").set_value("smiltene-municipality").run()
    assert not at.exception
    keys = {b.proto.id.rsplit("-", 1)[-1] for b in at.get("download_button")}
    # a click downloads the brief and leaves the page as it is: no rerun of the suggestions
    assert [b.proto.ignore_rerun for b in at.get("download_button")] == [True] * len(keys)
    mime, html = offered["brief-smiltene-municipality.html"]
    assert mime == "text/html" and "<title>Brief: Smiltene Municipality</title>" in html()
    if pdf_engine():
        assert keys == {"facilitate_brief_html", "facilitate_brief_pdf"}
        mime, pdf = offered["brief-smiltene-municipality.pdf"]
        assert mime == "application/pdf" and pdf()[:5] == b"%PDF-"
    else:
        assert keys == {"facilitate_brief_html"}
        assert not any(name.endswith(".pdf") for name in offered)


def test_the_network_read_before_the_app_starts_is_kept_until_the_store_changes(
    seeded, seed_dataset
):
    """``helix-graph app`` reads the network while Streamlit starts (ui/preload.py): the app
    takes that network while the store is unchanged, and none once a write bumps its version."""
    from helix_graph.load import load_dataset
    from helix_graph.model import Dataset, Organisation, Participation
    from helix_graph.ui import preload

    late = Dataset(
        organisations=[
            Organisation(
                id="late-partner", name="Late Partner", kind="company",
                helix_sector="industry", country="SI",
            )
        ],
        participations=[
            Participation(project="smartvillages", organisation="late-partner", role="partner")
        ],
    )  # fmt: skip
    try:
        network = preload.preload(seeded)
        # the seed's 44 organisations and 4 projects, and the hostile association
        assert (len(network.organisations), len(network.projects)) == (45, 4)
        assert preload.take_preloaded(preload.content_key(seeded)) is network
        load_dataset(seeded, seed_dataset.merged(late))
        assert preload.take_preloaded(preload.content_key(seeded)) is None
        assert len(preload.preload(seeded).organisations) == 46
    finally:
        preload.forget_preloaded()
    assert preload.take_preloaded(preload.content_key(seeded)) is None


def test_a_load_from_the_data_page_shows_each_step_of_the_load(store, progress_texts):
    from helix_graph.resources import resource_dir
    from helix_graph.ui.data import load_with_progress

    load_with_progress(store, sorted(resource_dir("seed").glob("*.yaml")))
    assert progress_texts[0] == "checking…" and progress_texts[-1] == "loaded"
    steps = [text.split(": ")[0] for text in progress_texts[1:-1]]
    assert list(dict.fromkeys(steps)) == [  # the bulk load's steps, into an empty graph
        "sectors", "countries", "programmes", "projects", "project programmes",
        "organisations", "organisation countries", "organisation sectors", "participations",
    ]  # fmt: skip
    done, total = progress_texts[-2].split(": ")[1].removesuffix(" rows").split(" of ")
    assert done == total


def test_the_centralities_are_computed_under_a_bar_that_says_so(seeded, progress_texts):
    state.metrics(seeded, Filters())
    assert progress_texts == ["Computing centralities…", "Computing centralities… (1 of 1)"]


def test_the_query_page_sets_its_limits_beside_the_parameters(seeded):
    """The parameters box is as wide as the row limit and the timeout together (2 : 1 : 1),
    and a query runs for at most 10 seconds unless told otherwise, set in whole seconds."""
    at = open_app("Query")
    assert [column.proto.weight for column in at.columns[:3]] == [0.5, 0.25, 0.25]
    assert (
        at.number_input(key="query_limit").value,
        at.number_input(key="query_timeout").value,
    ) == (
        1000,
        10.0,
    )
    assert at.number_input(key="query_timeout").step == 1.0


def test_the_helix_page_offers_its_units_side_by_side(seeded):
    at = open_app("Helix")
    by = at.radio(key="helix_by")
    assert (by.options, by.proto.horizontal) == (["Projects", "Communities", "Countries"], True)


def test_facilitate_names_its_parts_and_suggests_as_many_partners_as_asked(seeded):
    at = open_app("Facilitate")
    assert [s.value for s in at.subheader] == [
        "Under-connected organisations",
        "Partner recommendations",
    ]
    at.number_input(key="facilitate_k").set_value(3).run()
    assert not at.exception
    assert len(shown_table(at, "facilitate_suggestions")) == 3


def test_the_sidebar_names_its_filters_and_the_countries_by_code_and_name(seeded):
    at = open_app("Metrics")
    assert [h.value for h in at.sidebar.header] == ["Filters"]
    countries = at.sidebar.multiselect(key="filter_countries")
    assert countries.label == "Country"
    assert countries.options[:2] == ["AT · Austria", "CH · Switzerland"]
    assert at.sidebar.number_input(key="filter_min_weight").label == (
        "Minimum tie weight (shared projects)"
    )


def test_the_organisation_table_is_computed_under_a_bar_naming_each_stage(seeded, progress_texts):
    state.organisation_table(seeded, Filters())
    assert progress_texts == [
        "Computing centralities…",
        "Computing centralities… (1 of 3)",
        "Finding communities… (2 of 3)",
        "Computing brokerage… (3 of 3)",
    ]


def test_the_data_page_names_its_parts_and_takes_several_files_at_once(seeded):
    """Streamlit lowercases the types it is given, so ".csv" is what a browser is told."""
    at = open_app("Data")
    assert [s.value for s in at.subheader] == ["Store", "Load"]
    (uploader,) = at.get("file_uploader")
    assert (list(uploader.proto.type), uploader.proto.multiple_files) == (
        [".yaml", ".yml", ".csv"],
        True,
    )


def test_facilitate_offers_partners_from_other_countries_only(seeded):
    """The University of Ljubljana asks for partners abroad: none of the suggestions is
    Slovenian, and the foreign partners it is offered from anywhere keep their order."""
    at = open_app("Facilitate")
    org = at.selectbox(key="facilitate_org")
    chosen = next(o for o in org.options if org.format_func(o) == "University of Ljubljana")
    org.set_value(chosen).run()
    anywhere = shown_table(at, "facilitate_suggestions")
    at.selectbox(key="facilitate_border").set_value("cross").run()
    assert not at.exception
    abroad = shown_table(at, "facilitate_suggestions")
    # from anywhere (on 2026-12-01): four Slovenians first, then six from abroad; abroad,
    # those six lead, in that order (the ranking itself is the recommender's to test)
    home = anywhere["country"] == "Slovenia (SI)"
    assert len(anywhere) == 10 and 0 < home.sum() < 10
    assert "Slovenia (SI)" not in set(abroad["country"])
    assert list(abroad["name"][:6]) == list(anywhere["name"][~home])


def test_the_communities_of_another_view_are_found_under_spinners_that_say_so(
    seeded, spinner_texts
):
    # the country graph is not built yet: it is, then its communities found, each said
    state.partition(seeded, Filters(), view="country")
    assert spinner_texts == ["Building the graph…", "Finding communities…"]


def test_the_slices_are_measured_under_a_bar_naming_each(seeded, progress_texts):
    state.evolution(seeded, Filters(), "period")
    # the seed's projects start in 2006 (Sm@rt Region), 2018, 2023; ASIS has no start
    assert progress_texts == [
        "Measuring every slice…",
        "Measured 2000–2006 (1 of 4 slices)",
        "Measured 2014–2020 (2 of 4 slices)",
        "Measured 2021–2027 (3 of 4 slices)",
        "Measured undated (4 of 4 slices)",
    ]


def test_the_app_uses_the_graph_its_command_line_names(seeded, graph_name, monkeypatch):
    """``helix-graph app`` passes ``-- --graph NAME`` to the script: that graph is read,
    over the environment's (here a graph that does not exist)."""
    monkeypatch.setenv("HELIX_GRAPH", f"{graph_name}-not-this-one")
    monkeypatch.setattr("sys.argv", ["app.py", "--graph", graph_name])
    at = open_app("Data")
    counts = shown_table(at, "data_counts_table")
    organisations = counts.set_index("name")["count"]["Organisation"]
    assert organisations == 45  # the seed's 44 and the hostile association


def test_a_country_drawing_sized_by_a_measure_computes_no_organisation_measure(
    seeded, spinner_texts
):
    """Country nodes are sized by the country table's betweenness: the organisations'
    betweenness (minutes on a large network) is not computed for it."""
    state.scene(seeded, Filters(), view="country", colour="community", size="betweenness")
    the_core = state.core(seeded, Filters())
    assert not the_core.has_measure("betweenness")
    assert "Computing betweenness…" not in spinner_texts
