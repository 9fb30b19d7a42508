"""What the pages' helpers say while they compute, and what they refuse, on the seed."""

from __future__ import annotations

import pytest

from helix_graph.analysis import Filters
from helix_graph.ui import state


@pytest.fixture
def seeded(hostile_store, cli_env):
    return hostile_store


def test_the_report_and_the_suggestions_are_made_under_spinners_that_say_so(
    seeded, spinner_texts, progress_texts
):
    report = state.under_connected(seeded, Filters(), ("municipality",))
    assert set(report["kind"]) == {"municipality"}
    assert spinner_texts == ["Ranking under-connected organisations…"]
    # the report needs the organisation table first: its three stages, each named
    assert progress_texts == [
        "Computing centralities…",
        "Computing centralities… (1 of 3)",
        "Finding communities… (2 of 3)",
        "Computing brokerage… (3 of 3)",
    ]
    spinner_texts.clear()
    found = state.recommendations(seeded, Filters(), "smiltene-municipality", 3)
    assert len(found) == 3
    assert spinner_texts == ["Looking for partners…"]


def test_one_measure_the_projects_and_the_countries_are_computed_under_their_names(
    seeded, spinner_texts, progress_texts
):
    closeness = state.metrics(seeded, Filters(), measure="closeness")
    assert list(closeness.columns[:1]) == ["id"] and "closeness" in closeness
    assert spinner_texts == ["Computing closeness…"]
    state.metrics(seeded, Filters(), measure="closeness")  # kept: said once
    assert spinner_texts == ["Computing closeness…"]
    state.metrics(seeded, Filters(), measure="core_number")
    assert spinner_texts[-1] == "Computing core number…"  # the name in words
    projects = state.metrics(seeded, Filters(), view="project")
    countries = state.metrics(seeded, Filters(), view="country")
    assert len(projects) == 4 and "SI" in set(countries["id"])
    assert progress_texts == [
        "Computing the project measures…",
        "Computing the project measures… (1 of 1)",
        "Computing the country measures…",
        "Computing the country measures… (1 of 1)",
    ]


def test_a_view_the_pages_do_not_know_is_refused_in_one_sentence(seeded):
    with pytest.raises(ValueError) as caught:
        state.graph(seeded, Filters(), view="galaxy")
    assert str(caught.value) == (
        "unknown view 'galaxy'; use one of collaboration, multipartite, project, country"
    )
    with pytest.raises(ValueError) as caught:
        state.metrics(seeded, Filters(), view="multipartite")
    assert str(caught.value) == "no metrics for the multipartite view"


def test_the_programmes_are_named_and_sorted_by_name(seeded):
    assert state.programmes(seeded) == {
        "interreg-alpine-space-2014-2020": "Interreg Alpine Space",
        "interreg-bsr-2021-2027": "Interreg Baltic Sea Region",
        "interreg-iiib-cadses": "Interreg III B CADSES",
    }
    assert list(state.programmes(seeded).values()) == sorted(state.programmes(seeded).values())


def test_a_table_shows_names_for_codes_and_keeps_what_it_cannot_name():
    import pandas as pd

    from helix_graph.ui.common import readable

    table = pd.DataFrame(
        {
            "country": ["SI", None, "AT"],
            "country_name": ["Slovenia", None, "Austria"],
            "helix_sector": ["civil_society", "unknown", None],
            "partner country": ["LV", "AT", None],
            "missing_sectors": ["industry;academia", "", None],
            "programme": ["alps", None, None],
            "programme_name": ["Interreg Alpine Space", None, None],
            "latitude": [None, None, None],
            "longitude": [46.1, None, None],
        }
    )
    shown = readable(table)
    assert shown.astype(object).where(shown.notna(), None).to_dict("list") == {
        "country": ["Slovenia (SI)", "", "Austria (AT)"],
        "helix_sector": ["Civil society", "unknown", None],
        "partner country": ["Latvia (LV)", "Austria (AT)", ""],
        "missing_sectors": ["Industry, Academia", "", None],
        "programme_name": ["Interreg Alpine Space", None, None],
        # a column no row fills is left out; one that some row fills stays
        "longitude": [46.1, None, None],
    }
    assert list(table.columns)[0] == "country"  # the table given is not changed


def test_a_multipartite_drawing_sized_by_a_measure_computes_it_under_its_spinner(
    seeded, spinner_texts
):
    state.scene(seeded, Filters(), view="multipartite", size="betweenness")
    assert "Computing betweenness…" in spinner_texts
    assert state.core(seeded, Filters()).has_measure("betweenness")


def test_a_drawing_without_a_view_named_is_the_collaboration_one_its_communities_found_first(
    seeded, progress_texts
):
    drawn = state.scene(seeded, Filters())
    named = state.scene(seeded, Filters(), view="collaboration")
    assert sorted(drawn.graph.edges) == sorted(named.graph.edges)  # the organisations' ties
    # the layout colours by community: the partition is found first, under its own bar
    assert progress_texts == ["Finding communities…", "Finding communities… (1 of 1)"]
