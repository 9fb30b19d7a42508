"""Two slices in which every organisation moves, worked out by hand.

2015: P1 (A, B, C) and P1b (C, D): the triangle A–B–C with D hanging from C.
2017: P2 (A, D, E) and P3 (A, B): the triangle A–D–E with B hanging from A.
P0 started in 1995, outside every programming period; P9 has no dates.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helix_graph.analysis import Network, evolution, parse_slicing, slices, write_evolution
from helix_graph.errors import UsageError


def _moving() -> Network:
    orgs = pd.DataFrame(
        {
            "id": list("ABCDEFG"),
            "name": [f"Org {c}" for c in "ABCDEFG"],
            "helix_sector": ["government", "academia", "industry", "civil_society",
                             "industry", "academia", "government"],
            "country": ["SI", "AT", "SI", "IT", "LV", "LV", "HR"],
        }
    )  # fmt: skip
    projects = pd.DataFrame(
        {
            "id": ["P1", "P1b", "P2", "P3", "P0", "P9"],
            "start_date": ["2015-03-01", "2015-06-01", "2017-01-01", "2017-02-01", "1995-01-01", None],
            "end_date": ["2015-12-31", "2016-06-30", "2018-06-30", "2017-12-31", "1996-12-31", None],
        }
    )  # fmt: skip
    ties = [("A", "P1"), ("B", "P1"), ("C", "P1"), ("C", "P1b"), ("D", "P1b"),
            ("A", "P2"), ("D", "P2"), ("E", "P2"), ("A", "P3"), ("B", "P3"),
            ("F", "P0"), ("G", "P0"), ("F", "P9"), ("G", "P9")]  # fmt: skip
    parts = pd.DataFrame(ties, columns=["organisation", "project"]).assign(role=None)
    return Network(orgs, projects, parts)


def test_the_slices_of_each_kind_in_time_order():
    net = _moving()
    assert list(slices(net, "year")) == ["1995", "2015", "2017", "undated"]
    # before 2000: said as other years, not dropped; the empty periods are left out
    period = slices(net, "period")
    assert list(period) == ["2014–2020", "other years", "undated"]
    assert period["other years"].projects["id"].tolist() == ["P0"]
    assert sorted(period["2014–2020"].organisations["id"]) == list("ABCDE")
    # a window keeps the projects running in it (P1b until June 2016), and an empty one
    windows = slices(net, parse_slicing("2016,2019-2020"))
    assert list(windows) == ["2016", "2019–2020"]
    assert windows["2016"].projects["id"].tolist() == ["P1b"]
    assert windows["2019–2020"].empty


def test_the_evolution_table_of_two_slices_by_hand():
    """2015 and 2017: four organisations and four ties each, density 4 / 6."""
    steps = []
    ev = evolution(_moving(), parse_slicing("2015,2017"), progress=lambda *step: steps.append(step))
    assert steps == [("2015", 1, 2), ("2017", 2, 2)]
    table = ev.table.set_index("slice")
    columns = ["projects", "organisations", "ties", "density", "components", "largest_share",
               "new_ties", "repeated_ties", "dropped_ties", "entered", "left"]  # fmt: skip
    assert table.loc["2015", columns].tolist() == pytest.approx(
        [2, 4, 4, 4 / 6, 1, 1, 4, 0, 0, 4, 0]
    )
    assert table.loc["2017", columns].tolist() == pytest.approx(
        [2, 4, 4, 4 / 6, 1, 1, 3, 1, 3, 1, 1]
    )
    # 2015: A government, B academia, C industry, D civil society; 2017: A, B, D and E industry
    assert table.loc["2017", ["share_government", "share_industry"]].tolist() == [0.25, 0.25]
    assert table.loc["2017", "change_ties"] == 0
    assert pd.isna(table.loc["2015", "change_ties"])
    assert table.loc["2017", "change_share_industry"] == 0.0


def test_who_moved_up_and_down_between_two_slices():
    """Degree ranks (ties share the best rank): 2015 C 1, A and B 2, D 4; 2017 A 1, D and
    E 2, B 4. Betweenness: C, then A, is on the paths of the hanging one (2 of 3 pairs)."""
    ev = evolution(_moving(), parse_slicing("2015,2017"))
    movers = ev.movers.set_index(["slice", "id"])
    assert movers.loc["2015", "rank_degree"].to_dict() == {"A": 2, "B": 2, "C": 1, "D": 4}
    assert movers.loc["2015", "betweenness"].to_dict() == pytest.approx(
        {"A": 0.0, "B": 0.0, "C": 2 / 3, "D": 0.0}
    )
    later = movers.loc["2017"]
    assert later["status"].to_dict() == {
        "A": "stayed", "B": "stayed", "D": "stayed", "E": "entered", "C": "left",
    }  # fmt: skip
    changes = later[["rank_change_degree", "rank_change_betweenness"]]
    # a rank change is the rank before minus the rank now: up is positive
    assert changes.loc[["A", "B", "D"]].values.tolist() == [[1, 1], [-2, 0], [2, 0]]
    assert changes.loc[["E", "C"]].isna().all().all()
    assert later.loc["A", "name"] == "Org A"
    ties = ev.ties[ev.ties["slice"] == "2017"]
    assert [tuple(t) for t in ties[["source", "target", "weight", "status"]].values] == [
        ("A", "B", 1.0, "repeated"), ("A", "D", 1.0, "new"), ("A", "E", 1.0, "new"),
        ("D", "E", 1.0, "new"), ("A", "C", 0.0, "dropped"), ("B", "C", 0.0, "dropped"),
        ("C", "D", 0.0, "dropped"),
    ]  # fmt: skip


def test_each_slice_is_written_under_a_folder_named_for_it(tmp_path):
    ev = evolution(_moving(), "period")
    done = []
    paths = write_evolution(ev, tmp_path, progress=done.append)
    assert done == ["2014–2020", "other years", "undated"]
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == [
        "evolution.csv", "movers.csv", "ties.csv", "evolution.svg",
        "slices/2014-2020", "slices/other-years", "slices/undated",
    ]  # fmt: skip
    assert write_evolution(ev, tmp_path / "only", analyse_slices=False)[-1].name == "evolution.svg"
    assert not (tmp_path / "only" / "slices").exists()


@pytest.mark.parametrize(
    "text, message",
    [
        ("decades", "--by 'decades' is not period, year or windows of years; write e.g. "
         "--by period, --by year or --by 2014-2016,2017-2020"),
        ("2014-", "--by '2014-' is not period, year or windows of years; write e.g. "
         "--by period, --by year or --by 2014-2016,2017-2020"),
        ("2014-2016, 2020-2018", "--by window '2020-2018' ends before it starts; write 2018-2020"),
    ],
)  # fmt: skip
def test_a_slicing_that_is_not_one_is_one_sentence(text, message):
    with pytest.raises(UsageError) as caught:
        parse_slicing(text)
    assert str(caught.value) == message


def test_slicings_are_read_as_written():
    assert parse_slicing(" Period ") == "period"
    assert parse_slicing("YEAR") == "year"
    assert parse_slicing("2014-2016,2019,2020-2020") == [
        ("2014–2016", (2014, 2016)),
        ("2019", (2019, 2019)),
        ("2020", (2020, 2020)),
    ]


def test_a_window_without_projects_is_measured_as_empty():
    ev = evolution(_moving(), parse_slicing("2015,2019-2020"))
    empty = ev.table.set_index("slice").loc["2019–2020"]
    measures = ["projects", "organisations", "ties", "density", "components", "largest_share",
                "modularity", "communities", "share_government", "cross_sector_share",
                "mutual_information_3", "mutual_information_4", "entered", "left"]  # fmt: skip
    # nothing there: every measure 0, the four of 2015 left
    assert empty[measures].tolist() == [0] * 13 + [4]
