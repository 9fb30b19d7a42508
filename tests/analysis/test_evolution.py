"""Slices in time, the evolution table and who moved, worked out by hand on a small network."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from helix_graph.analysis import Filters, Network, evolution, parse_slicing, slices, write_evolution
from helix_graph.analysis.evolution import slice_network
from helix_graph.errors import UsageError


def _network() -> Network:
    """P1 (2015): A, B, C; P2 (2016): A, B, D; P3 (no dates): E, F."""
    orgs = pd.DataFrame(
        {
            "id": list("ABCDEF"),
            "name": [f"Org {c}" for c in "ABCDEF"],
            "helix_sector": [
                "government",
                "academia",
                "industry",
                "civil_society",
                "industry",
                "academia",
            ],
            "country": ["SI", "AT", "SI", "IT", "LV", "LV"],
        }
    )
    projects = pd.DataFrame(
        {
            "id": ["P1", "P2", "P3"],
            "start_date": ["2015-03-01", "2016-01-01", None],
            "end_date": ["2016-12-31", "2017-06-30", None],
        }
    )
    parts = pd.DataFrame(
        {
            "organisation": list("ABCABDEF"),
            "project": ["P1"] * 3 + ["P2"] * 3 + ["P3"] * 2,
            "role": None,
        }
    )
    return Network(orgs, projects, parts)


def test_slices_by_year_period_and_windows():
    net = _network()
    by_year = slices(net, "year")
    assert list(by_year) == ["2015", "2016", "undated"]
    assert sorted(by_year["2016"].organisations["id"]) == ["A", "B", "D"]
    assert list(slices(net, "period")) == ["2014–2020", "undated"]
    # a window takes every project whose run overlaps it: P1 runs into 2016
    windows = slices(net, parse_slicing("2016-2017"))
    assert sorted(windows["2016–2017"].projects["id"]) == ["P1", "P2"]


def test_evolution_table_and_changes_by_hand():
    ev = evolution(_network(), "year")
    table = ev.table.set_index("slice")
    assert table.loc["2015", ["organisations", "ties", "components"]].tolist() == [3, 3, 1]
    assert table.loc["2015", "density"] == 1.0 and table.loc["2015", "largest_share"] == 1.0
    # 2016: AB repeated; AD, BD new; AC, BC dropped; D entered, C left
    assert table.loc["2016", ["new_ties", "repeated_ties", "dropped_ties"]].tolist() == [2, 1, 2]
    assert table.loc["2016", ["entered", "left"]].tolist() == [1, 1]
    assert pd.isna(table.loc["2015", "change_ties"]) and table.loc["2016", "change_ties"] == 0
    # the undated slice is counted apart and changes nothing
    assert table.loc["undated", "organisations"] == 2 and pd.isna(
        table.loc["undated", "change_ties"]
    )
    # helix mix: 2015 has one organisation of each of three sectors
    assert table.loc["2015", "share_government"] == pytest.approx(1 / 3)
    assert table.loc["2015", "share_civil_society"] == 0


def test_who_moved_and_which_ties_are_new():
    ev = evolution(_network(), "year")
    movers = ev.movers[ev.movers["slice"] == "2016"].set_index("id")
    assert movers.loc["D", "status"] == "entered" and movers.loc["C", "status"] == "left"
    assert movers.loc["A", "status"] == "stayed" and movers.loc["A", "rank_change_degree"] == 0
    assert pd.isna(movers.loc["C", "rank_degree"])  # it has no rank where it is absent
    ties = ev.ties[ev.ties["slice"] == "2016"]
    status = {(r.source, r.target): r.status for r in ties.itertuples()}
    assert status == {
        ("A", "B"): "repeated",
        ("A", "D"): "new",
        ("B", "D"): "new",
        ("A", "C"): "dropped",
        ("B", "C"): "dropped",
    }


def test_written_files_keep_not_applicable_empty(tmp_path):
    ev = evolution(_network(), "year")
    write_evolution(ev, tmp_path, analyse_slices=True)
    table = pd.read_csv(tmp_path / "evolution.csv")
    assert table["change_ties"].isna().tolist() == [True, False, True]
    assert sorted(p.name for p in (tmp_path / "slices").iterdir()) == ["2015", "2016", "undated"]
    assert (tmp_path / "slices" / "2016" / "organisations.csv").is_file()
    svg = (tmp_path / "evolution.svg").read_text()
    assert svg.startswith("<svg") and "share in the largest component" in svg


def test_bad_slicing_is_one_sentence():
    with pytest.raises(UsageError, match="not period, year or windows"):
        parse_slicing("decades")
    with pytest.raises(UsageError, match="ends before it starts"):
        parse_slicing("2020-2014")
    undated = _network()
    undated.projects["start_date"] = None
    ev = evolution(undated, "year")
    assert ev.labels == ["undated"]


def test_analyze_by_period_from_the_command_line(run_cli, seed_store, tmp_path):
    code, out, err = run_cli("analyze", "--by", "period", "--out", str(tmp_path))
    assert code == 0, err
    assert "2014–2020" in out or "2007–2013" in out
    assert (tmp_path / "evolution.csv").is_file() and (tmp_path / "movers.csv").is_file()
    code, _, err = run_cli("analyze", "--by", "decades", "--out", str(tmp_path / "x"))
    assert code == 2 and "not period, year or windows" in err


def test_country_matrix_and_map_tables_by_hand():
    import networkx as nx

    from helix_graph.viz.charts import country_map, country_map_tables, country_matrix

    G = nx.Graph()
    G.add_node("SI", name="Slovenia", organisations=3, domestic=2)
    G.add_node("AT", name="Austria", organisations=2, domestic=0)
    G.add_node("ZZ", name="Nowhere", organisations=1, domestic=0)
    G.add_edge("SI", "AT", weight=5)
    matrix = country_matrix(G).set_index(["from_code", "to_code"])["collaborations"]
    assert matrix[("SI", "SI")] == 2 and matrix[("SI", "AT")] == matrix[("AT", "SI")] == 5
    assert matrix[("AT", "ZZ")] == 0
    points, lines, unplaced = country_map_tables(G)
    assert list(points["code"]) == ["SI", "AT"] and unplaced == ["Nowhere"]
    assert points.set_index("code").loc["SI", "y"] == pytest.approx(46.12)  # latitude
    assert len(lines) == 1 and lines.iloc[0]["collaborations"] == 5
    assert country_map(G).to_dict()["layer"]  # draws (offline: no tiles, no outlines)


def test_a_window_with_no_projects_is_an_empty_slice_not_an_error():
    ev = evolution(_network(), parse_slicing("2010-2012,2015"))
    table = ev.table.set_index("slice")
    assert ev.labels == ["2010–2012", "2015"]
    assert table.loc["2010–2012", ["projects", "organisations", "ties"]].tolist() == [0, 0, 0]
    assert table.loc["2015", "organisations"] == 3


def test_a_slice_drawing_marks_its_new_organisations_and_ties():
    from helix_graph.analysis import Analysis
    from helix_graph.viz.views import network_scene, slice_scene

    net = _network()
    ev = evolution(net, "year")
    whole = network_scene(Analysis(net))
    later = slice_scene(ev, "2016", whole.positions)
    assert {n.id for n in later.nodes if n.highlighted} == {"D"}
    assert {frozenset((e.source, e.target)) for e in later.edges if e.new} == {
        frozenset("AD"),
        frozenset("BD"),
    }
    first = slice_scene(ev, "2015", whole.positions)
    assert not any(n.highlighted for n in first.nodes) and not any(e.new for e in first.edges)


def test_each_slice_is_reported_as_it_is_measured_and_an_analysis_measures_once():
    from helix_graph.analysis import Analysis

    seen = []
    core = Analysis(_network())
    first = core.evolution("year", progress=lambda *step: seen.append(step))
    assert seen == [("2015", 1, 3), ("2016", 2, 3), ("undated", 3, 3)]
    assert core.has_evolution("year") and not core.has_evolution("period")
    again = core.evolution("year", progress=lambda *step: seen.append(step))
    assert again is first and len(seen) == 3  # measured once, not reported twice
    assert core.evolution("period").labels == ["2014–2020", "undated"]


def test_each_slice_carries_its_own_mutual_information_and_an_empty_network_is_said_so():
    from helix_graph.analysis import helix_summary
    from helix_graph.analysis.graphs import collaboration_view

    # 2015: four projects whose sector combinations differ, so the sectors share information
    orgs = pd.DataFrame(
        {
            "id": ["G1", "G2", "I1", "I2", "A1", "A2"],
            "name": ["G1", "G2", "I1", "I2", "A1", "A2"],
            "helix_sector": ["government"] * 2 + ["industry"] * 2 + ["academia"] * 2,
            "country": ["SI"] * 6,
        }
    )
    members = {"P1": ["G1", "I1"], "P2": ["G2", "A1"], "P3": ["I2", "A2"], "P4": ["G1", "I1", "A1"]}
    projects = pd.DataFrame(
        {"id": list(members), "start_date": ["2015-01-01"] * 4, "end_date": ["2015-12-31"] * 4}
    )
    parts = pd.DataFrame(
        [{"organisation": o, "project": p, "role": None} for p, os in members.items() for o in os]
    )
    net = Network(orgs, projects, parts)
    row = evolution(net, "year").table.set_index("slice").loc["2015"]
    expected = helix_summary(net, collaboration_view(net))["mutual_information_bits"]
    assert expected["government_industry_academia"] != 0.0  # a value the mix really has
    assert row["mutual_information_3"] == pytest.approx(expected["government_industry_academia"])
    assert row["mutual_information_4"] == pytest.approx(expected["quadruple_helix"])
    empty = Network(orgs.iloc[:0], projects.iloc[:0], parts.iloc[:0])
    with pytest.raises(UsageError, match="there is no project to slice: the network is empty"):
        evolution(empty, "year")


def test_the_network_of_some_projects_keeps_their_partners_and_the_filters():
    net = replace(_network(), filters=Filters(countries=("SI", "AT", "IT", "LV"), min_weight=2))
    part = slice_network(net, ["P2", "P3"])
    assert sorted(part.projects["id"]) == ["P2", "P3"]
    assert sorted(part.organisations["id"]) == ["A", "B", "D", "E", "F"]  # C is in P1 only
    assert sorted(zip(part.participations["organisation"], part.participations["project"])) == [
        ("A", "P2"),
        ("B", "P2"),
        ("D", "P2"),
        ("E", "P3"),
        ("F", "P3"),
    ]
    assert part.filters == net.filters


def test_the_first_slice_repeats_nothing_and_two_pairs_apart_have_modularity_one_half():
    table = evolution(_network(), "year").table.set_index("slice")
    assert table.loc["2015", ["new_ties", "repeated_ties", "dropped_ties"]].tolist() == [3, 0, 0]
    # one year, two projects, no partner shared: two communities of one tie each,
    # Q = 2 · (1/2 − (2/4)²) = 1/2
    pairs = Network(
        pd.DataFrame(
            {
                "id": list("ABCD"),
                "name": list("ABCD"),
                "helix_sector": ["government", "academia", "industry", "civil_society"],
                "country": ["SI", "SI", "AT", "AT"],
            }
        ),
        pd.DataFrame(
            {"id": ["P1", "P2"], "start_date": ["2015-01-01"] * 2, "end_date": ["2015-12-31"] * 2}
        ),
        pd.DataFrame(
            {"organisation": list("ABCD"), "project": ["P1", "P1", "P2", "P2"], "role": None}
        ),
    )
    assert evolution(pairs, "year").table.set_index("slice").loc["2015", "modularity"] == (
        pytest.approx(0.5)
    )
