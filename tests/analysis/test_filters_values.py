"""The filters: what each one keeps of the small network (tests/analysis/test_small_network.py)
and what each says when it is wrong, in full."""

from __future__ import annotations

import pandas as pd
import pytest

from helix_graph.analysis import Filters, filter_network, network_from_dataset, read_network
from helix_graph.errors import UsageError
from tests.analysis.test_small_network import SMALL


def kept(filters: Filters) -> tuple[list, list, list]:
    network = filter_network(network_from_dataset(SMALL, unfiltered=True), filters)
    return (
        network.organisations["id"].tolist(),
        network.projects["id"].tolist(),
        [tuple(row) for row in network.participations[["organisation", "project"]].values],
    )


@pytest.mark.parametrize(
    "filters, organisations, projects",
    [
        (Filters(), list("abcde"), list("pqr")),
        # P runs 2018–2020, Q 2021 to June 2023, R has no dates (left out once years are set)
        (Filters(years=(2020, 2020)), list("abc"), ["p"]),
        (Filters(years=(2021, 2021)), list("cd"), ["q"]),
        (Filters(years=(2023, 2030)), list("cd"), ["q"]),
        (Filters(years=(2024, 2030)), [], []),
        (Filters(years=(2010, 2017)), [], []),
        (Filters(programmes=("alps",)), list("abc"), ["p"]),
        (Filters(countries=("at",)), list("cd"), list("pq")),
        (Filters(sectors=("Civil Society",)), ["d"], ["q"]),
        (Filters(kinds=("agency", "company")), list("ce"), list("pqr")),
        (Filters(roles=("lead",)), list("ace"), list("pqr")),
        (Filters(countries=("SI", "HR"), roles=("partner",)), ["b"], ["p"]),
    ],
)
def test_each_filter_keeps_what_it_names_and_the_projects_still_met(
    filters, organisations, projects
):
    found_organisations, found_projects, ties = kept(filters)
    assert (found_organisations, found_projects) == (organisations, projects)
    assert {o for o, _ in ties} == set(organisations) and {p for _, p in ties} == set(projects)


def test_a_project_with_only_a_start_or_an_end_runs_in_that_year():
    dataset = SMALL.model_copy(deep=True)
    dataset.projects[0].end_date = None  # P: from 2018-01-01
    dataset.projects[1].start_date = None  # Q: until 2023-06-30
    network = network_from_dataset(dataset, unfiltered=True)
    assert filter_network(network, Filters(years=(2018, 2018))).projects["id"].tolist() == ["p"]
    assert filter_network(network, Filters(years=(2019, 2022))).projects["id"].tolist() == []
    assert filter_network(network, Filters(years=(2023, 2023))).projects["id"].tolist() == ["q"]


def test_a_tie_repeated_in_the_data_is_kept_once():
    network = network_from_dataset(SMALL, unfiltered=True)
    twice = pd.concat([network.participations, network.participations.iloc[:1]])
    network.participations = twice.reset_index(drop=True)
    assert len(filter_network(network, Filters()).participations) == 6


def test_filters_are_written_as_people_write_them_and_said_back_as_lists():
    filters = Filters(
        programmes="alps", years=("2018", "2020"), countries=" si ", sectors=["Civil Society"],
        roles="lead", kinds=("municipality",), min_weight="2",
    )  # fmt: skip
    assert filters.as_dict() == {
        "programmes": ["alps"], "years": [2018, 2020], "countries": ["SI"],
        "sectors": ["civil_society"], "roles": ["lead"], "kinds": ["municipality"],
        "min_weight": 2,
    }  # fmt: skip
    assert Filters(min_weight=3).is_empty() and Filters().is_empty()
    assert not Filters(countries=["SI"]).is_empty()
    assert not Filters(years=(2018, 2018)).is_empty()


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"sectors": ["banking"]}, "sector filter 'banking' is unknown; use one of government, "
         "industry, academia, civil_society"),
        ({"roles": ["sponsor"]}, "role filter 'sponsor' is unknown; use one of lead, partner, "
         "associated, observer"),
        ({"kinds": ["castle"]}, "kind filter 'castle' is unknown; use one of municipality, "
         "region, agency, university, research_centre, company, chamber, association, "
         "foundation, other"),
        ({"countries": ["ZZ"]}, "country filter 'ZZ' is not an ISO 3166-1 alpha-2 code; use a "
         "two-letter code such as SI, AT or LV"),
        ({"years": (2020, 2010)}, "year range 2020–2010 ends before it starts; give the "
         "earlier year first"),
        ({"min_weight": 0}, "min_weight 0 is below 1; a tie needs at least one shared project"),
    ],
)  # fmt: skip
def test_a_filter_value_that_is_not_known_is_one_sentence(kwargs, message):
    with pytest.raises(UsageError) as caught:
        Filters(**kwargs)
    assert str(caught.value) == message


def test_a_programme_filter_on_an_empty_store_says_none_is_loaded(store):
    with pytest.raises(UsageError) as caught:
        read_network(store, Filters(programmes=["alps"]))
    assert str(caught.value) == (
        "programme filter 'alps' names no programme in the store; use one of (none loaded)"
    )


def test_a_programme_the_store_does_not_hold_names_those_it_does(seed_store):
    with pytest.raises(UsageError) as caught:
        read_network(seed_store, Filters(programmes=["alps"]))
    assert str(caught.value) == (
        "programme filter 'alps' names no programme in the store; use one of "
        "interreg-alpine-space-2014-2020, interreg-bsr-2021-2027, interreg-iiib-cadses"
    )


def test_an_analysis_read_from_a_store_names_the_store_and_its_filters(seed_store):
    from helix_graph.analysis import analyze

    result = analyze(seed_store, Filters(countries=["LV"]))
    assert result.manifest["store"] == seed_store.describe()
    assert result.manifest["filters"]["countries"] == ["LV"]
    assert result.manifest["counts"]["organisations"] == 1  # Smiltene Municipality
    assert {"read", "total"} <= set(result.manifest["timings_s"])


ORGANISATIONS = pd.DataFrame(
    {
        "id": [f"zavod-{n}" for n in range(1, 8)] + ["um", "brda"],
        "name": [f"Zavod {n}" for n in range(1, 8)] + ["Univerza v Mariboru", None],
        "country": ["SI"] * 7 + ["SI", None],
    }
)


@pytest.mark.parametrize(
    "text, found",
    [
        ("um", "um"),  # the id itself
        (" univerza v mariboru ", "um"),  # the name, any case
        ("University of Maribor", "um"),  # the name as entity resolution compares names
        ("marib", "um"),  # a part of the name
        ("brd", "brda"),  # a part of the id (a record without a name goes by its id)
    ],
)
def test_an_organisation_is_found_by_its_id_its_name_or_a_part(text, found):
    from helix_graph.analysis import find_organisation

    assert find_organisation(ORGANISATIONS, text) == found


@pytest.mark.parametrize(
    "text, message",
    [
        ("zavod", "'zavod' could be 7 organisations: Zavod 1 (zavod-1, SI); Zavod 2 (zavod-2, SI); "
         "Zavod 3 (zavod-3, SI); Zavod 4 (zavod-4, SI); Zavod 5 (zavod-5, SI) and 2 more; give its "
         "id or the full name"),
        # seven names alike (6 of 7 letters): difflib's three, the last in order first
        ("Zavod 8", "organisation 'Zavod 8' is not in the analysed network; did you mean Zavod 7, "
         "Zavod 6, Zavod 5?"),
        ("", "organisation '' is not in the analysed network; check the name or id (helix-graph "
         "query 'MATCH (o:Organisation) RETURN o.id, o.name')"),
    ],
)  # fmt: skip
def test_a_text_that_names_several_or_none_is_told_which(text, message):
    from helix_graph.analysis import find_organisation

    with pytest.raises(UsageError) as caught:
        find_organisation(ORGANISATIONS, text)
    assert str(caught.value) == message


def test_an_analysis_from_a_store_is_made_with_the_parameters_given(seed_store):
    from helix_graph.analysis import analyze

    result = analyze(seed_store, community_method="louvain", seed=3)
    assert (result.partition.method, result.manifest["communities"]["seed"]) == ("louvain", 3)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Interreg Alpine Space", "Interreg Alpine Space"),
        ("  alpine   SPACE ", "Interreg Alpine Space"),  # an alias, any case and spacing
        # "Interreg" put before an alias that has none: the word is left out of both
        ("Interreg Alpine Space Programme", "Interreg Alpine Space"),
        ("INTERREG Danube", "Interreg Danube Region"),
    ],
)
def test_an_interreg_programme_is_found_with_or_without_its_first_word(text, name):
    from helix_graph.analysis.eligibility import find_interreg_programme

    assert find_interreg_programme(text).name == name
