"""Counts by table rows (the project table, the helix mix, cross-border ties), worked out by
hand, whatever the id columns' dtype (Arrow strings as pandas makes them, objects as the
store's reads give them).

Four organisations and three projects:

    P: A (SI, government), B (HR, academia), C (SI, industry)
    Q: A, D (no country, sector unknown), and A listed a second time
    R: B, C

P has 3 partners from 2 countries (SI, HR) and three sectors; Q has 3 participation rows
(A twice) and 1 country (D has none), one sector (D's "unknown" counts nowhere); R has
2 partners from 2 countries.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helix_graph.analysis import Analysis, Network
from helix_graph.analysis.helix import helix_mix
from helix_graph.analysis.network import positions


def _network(as_objects: bool) -> Network:
    orgs = pd.DataFrame(
        {
            "id": ["A", "B", "C", "D"],
            "name": ["Občina A", "Univerza B", "C d.o.o.", "D"],
            "kind": ["municipality", "university", "company", None],
            "helix_sector": ["government", "academia", "industry", "unknown"],
            "country": ["SI", "HR", "SI", None],
            "city": [None] * 4,
        }
    )
    projects = pd.DataFrame({"id": ["P", "Q", "R"], "acronym": ["PA", "QA", "RA"]})
    parts = pd.DataFrame(
        {
            "organisation": ["A", "B", "C", "A", "D", "A", "B", "C"],
            "project": ["P", "P", "P", "Q", "Q", "Q", "R", "R"],
            "role": ["lead", "partner", "partner", "lead", "partner", "partner", "lead", "partner"],
        }
    )
    if as_objects:  # as the store's reads give them
        orgs, projects, parts = (t.astype(object) for t in (orgs, projects, parts))
    return Network(orgs, projects, parts)


@pytest.mark.parametrize("as_objects", [False, True], ids=["arrow strings", "objects"])
def test_partners_countries_and_sectors_per_project(as_objects):
    table = Analysis(_network(as_objects)).projects.set_index("id")
    assert table.loc[["P", "Q", "R"], "partners"].tolist() == [3, 3, 2]
    assert table.loc[["P", "Q", "R"], "countries"].tolist() == [2, 1, 2]
    assert table.loc[["P", "Q", "R"], "sectors_present"].tolist() == [3, 1, 2]
    assert table.loc[
        "Q", ["n_government", "n_industry", "n_academia", "n_civil_society"]
    ].tolist() == [2, 0, 0, 0]
    assert table.loc["R", "share_academia"] == 0.5
    assert table["acronym"].tolist() == ["PA", "QA", "RA"]  # the projects' own order and columns


@pytest.mark.parametrize("as_objects", [False, True], ids=["arrow strings", "objects"])
def test_the_helix_mix_by_project_is_sorted_by_id_and_counts_each_row(as_objects):
    mix = helix_mix(_network(as_objects), "project")
    assert mix["project"].tolist() == ["P", "Q", "R"]
    assert mix["n_government"].tolist() == [1, 2, 0]
    assert mix["sectors_present"].tolist() == [3, 1, 2]


def test_positions_read_arrow_strings_objects_and_numbers_alike():
    ids = ["x", "y", "z"]
    arrow = pd.Series(["z", "q", None, "x"])
    assert positions(arrow, ids).tolist() == [2, -1, -1, 0]
    assert positions(arrow.astype(object), pd.Series(ids).astype(object)).tolist() == [2, -1, -1, 0]
    assert positions(pd.Series([30, 10]), pd.Series([10, 20, 30])).tolist() == [2, 0]
    # ids of mixed types (Arrow holds one type): pandas' look-up, the same answer
    assert positions(pd.Series([1, "1", 2], dtype=object), [2, "1"]).tolist() == [-1, 1, 0]


@pytest.mark.parametrize("as_objects", [False, True], ids=["arrow strings", "objects"])
def test_a_tie_to_an_organisation_without_a_country_crosses_no_border(as_objects):
    # A (SI) – B (HR) in P and R: across; C (SI) – B: across; D (no country) – A: not
    report = Analysis(_network(as_objects)).under_connected_for(None).set_index("id")
    assert report.loc[["A", "B", "C", "D"], "cross_border"].tolist() == [True, True, True, False]
    assert report.loc["D", "reasons"].endswith("no cross-border tie")
