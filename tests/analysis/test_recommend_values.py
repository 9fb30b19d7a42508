"""Partner recommendations worked out by hand on a small network: every column of the table,
the reasons in full, the parameters it carries, the model's score, probability and file, and
the confidence in words at each of its edges."""

from __future__ import annotations

import json
import math

import networkx as nx
import numpy as np
import pytest

from helix_graph.analysis.recommend import (
    COLUMNS,
    FEATURES,
    LinkModel,
    confidence_in_words,
    recommend_partners,
)


def _model(**coefficients) -> LinkModel:
    """Hand-set coefficients (every other feature 0); the probability is σ(score)."""
    return LinkModel(
        {**dict.fromkeys(FEATURES, 0.0), **coefficients}, {"scale": 1.0, "intercept": 0.0}
    )


def _network() -> nx.Graph:
    """a works with b1…b4 (Slovenia); c (Austria) works with all four, d (Slovenia) with b1."""
    G = nx.Graph([("a", f"b{i}") for i in range(1, 5)] + [(f"b{i}", "c") for i in range(1, 5)])
    G.add_edge("b1", "d")
    countries = {"a": "SI", "b1": "SI", "b2": "SI", "b3": "SI", "b4": "SI", "c": "AT", "d": "SI"}
    nx.set_node_attributes(G, countries, "country")
    return G


def test_every_column_and_reason_of_two_suggestions_by_hand():
    table = recommend_partners(_network(), "a", 5, model=_model(common_partners=1.0))
    assert list(table.columns) == COLUMNS
    c, d = table.to_dict("records")
    # score σ(log(1 + common)): c shares 4 partners, σ(ln 5) = 5/6; d shares b1, σ(ln 2) = 2/3
    assert (c["rank"], c["id"], c["name"], c["country"]) == (1, "c", "c", "AT")
    assert (d["rank"], d["id"], d["country"]) == (2, "d", "SI")
    assert c["score"] == pytest.approx(5 / 6, abs=1e-6) and c["confidence"] == "likely (83%)"
    assert d["score"] == pytest.approx(2 / 3, abs=1e-6) and d["confidence"] == "likely (67%)"
    # b1 has 3 partners (a, c, d), b2…b4 two each; a has 4, c 4, d 1
    assert c["common_partners"] == 4 and c["jaccard"] == pytest.approx(4 / (4 + 4 - 4))
    assert c["adamic_adar"] == pytest.approx(1 / math.log(3) + 3 / math.log(2))
    assert c["resource_allocation"] == pytest.approx(1 / 3 + 3 / 2)
    assert d["common_partners"] == 1 and d["jaccard"] == pytest.approx(1 / (4 + 1 - 1))
    assert d["adamic_adar"] == pytest.approx(1 / math.log(3))
    assert d["resource_allocation"] == pytest.approx(1 / 3)
    assert c["reasons"].split("; ") == [
        "you both work with b1, b2, b3 and 1 more",  # equal ties: by id, three named
        "adds Austria, where none of your partners is based",
        "you are both in the area of Interreg Slovenia–Austria, Interreg Alpine Space",
        "how sure: likely (83%), by the Horizon 2020 backtest",
    ]
    assert d["reasons"].split("; ") == [
        "you both work with b1",
        "how sure: likely (67%), by the Horizon 2020 backtest",
    ]
    assert table.attrs["parameters"] == {
        "organisation": "a",
        "k": 5,
        "countries": [],
        "sectors": [],
        "cross_border": None,
        "programme": None,
        "fill_gap": None,
        # no node has a sector: every sector is missing from a's network
        "lacking_sectors": ["government", "industry", "academia", "civil_society"],
        "model": {
            "coefficients": {**dict.fromkeys(FEATURES, 0.0), "common_partners": 1.0},
            "calibration": {"scale": 1.0, "intercept": 0.0},
        },
    }


def test_borders_the_number_asked_and_no_suggestion_at_all():
    G = _network()
    assert recommend_partners(G, "a", 5, cross_border=False, model=_model())["id"].tolist() == ["d"]
    assert recommend_partners(G, "a", 5, cross_border=True, model=_model())["id"].tolist() == ["c"]
    assert recommend_partners(G, "a", 1, model=_model(common_partners=1.0))["id"].tolist() == ["c"]
    for k in (0, -1):
        empty = recommend_partners(G, "a", k)
        assert empty.empty and list(empty.columns) == COLUMNS
    # partners known from the whole data are never suggested (an id not in the graph is ignored)
    assert recommend_partners(G, "a", 5, known={"c", "z"})["id"].tolist() == ["d"]
    assert recommend_partners(G, "a", 5, known={"c", "d"}).empty


def test_the_model_scores_calibrates_and_writes_itself():
    model = LinkModel(
        {"same_country": 2.0, "two_steps": 0.0},
        {"scale": 0.5, "intercept": -1.0, "own_degree": 1.0},
        {"split": "by hand"},
        {"same_country": -1.0},
    )
    features = {
        "same_country": np.array([1.0, 0.0]),
        "two_steps": np.array([1.0, 1.0]),
        "own_degree": np.array([0.5, 0.5]),
    }
    assert model.score(features).tolist() == [2.0, 0.0]
    assert model.score(features, fill_gap=True).tolist() == [-1.0, 0.0]
    # z = 0.5 · score − 1 + 1 · own_degree: 0.5 and −0.5
    assert model.probability(features) == pytest.approx(
        [1 / (1 + math.exp(-0.5)), 1 / (1 + math.exp(0.5))]
    )
    assert json.loads(model.to_json()) == {
        "coefficients": {"same_country": 2.0, "two_steps": 0.0},
        "calibration": {"scale": 0.5, "intercept": -1.0, "own_degree": 1.0},
        "fill_gap": {"same_country": -1.0},
        "fitted": {"split": "by hand"},
    }
    assert "fill_gap" not in json.loads(_model().to_json())
    # the file's text: two spaces a level, so that a refitted model's diff reads line by line
    assert LinkModel({"adamic_adar": 0.95}, {"scale": 1.5}).to_json() == (
        '{\n  "coefficients": {\n    "adamic_adar": 0.95\n  },\n'
        '  "calibration": {\n    "scale": 1.5\n  },\n  "fitted": {}\n}'
    )


@pytest.mark.parametrize(
    "probability, words",
    [
        (0.0, "a long shot (below 1 in 1,000)"),
        (-0.1, "a long shot (below 1 in 1,000)"),
        (0.0004, "a long shot (about 1 in 2,500)"),
        (0.079, "a long shot (about 1 in 13)"),
        (0.08, "plausible (about 1 in 12)"),  # 1 / 0.08 = 12.5, rounded to even
        (0.249, "plausible (about 1 in 4)"),
        (0.25, "likely (about 1 in 4)"),
        (0.499, "likely (about 1 in 2)"),
        (0.5, "likely (50%)"),
        (1.0, "likely (100%)"),
    ],
)
def test_confidence_in_words_at_its_edges(probability, words):
    assert confidence_in_words(probability) == words


def test_title_themes_are_unit_vectors_even_when_an_organisation_has_one_common_word():
    """Titles "Heating", "Heating towns", "Cycling": idf(heating) = ln(3/2) = 0.405,
    idf(towns) = idf(cycling) = ln 3 = 1.099. a's only word weighs under 1 and is still
    scaled to 1; b's vector is (0.405, 1.099) / 1.171; the cosine of a and b is 0.346."""
    from helix_graph.analysis import network_from_dataset
    from helix_graph.analysis.graphs import collaboration_view
    from helix_graph.analysis.recommend import organisation_profile
    from helix_graph.model import Dataset, Organisation, Participation, Project

    titles = {"p": "Heating", "q": "Heating towns", "r": "Cycling"}
    network = network_from_dataset(
        Dataset(
            projects=[Project(id=p, acronym=p.upper(), title=t) for p, t in titles.items()],
            organisations=[
                Organisation(id=o, name=f"Org {o}", helix_sector="government", country="SI")
                for o in "abc"
            ],
            participations=[Participation(organisation=o, project=p) for o, p in zip("abc", "pqr")],
        )
    )
    view = collaboration_view(network)
    profile = organisation_profile(network, view)
    assert profile.theme_words == ["heating", "towns", "cycling"]
    norm_b = math.hypot(math.log(1.5), math.log(3))
    assert profile.themes.toarray() == pytest.approx(
        np.array(
            [[1.0, 0.0, 0.0], [math.log(1.5) / norm_b, math.log(3) / norm_b, 0.0], [0, 0, 1.0]]
        )
    )
    assert (profile.themes @ profile.themes[0].T).toarray().ravel() == pytest.approx(
        [1.0, 0.346242, 0.0], abs=1e-6
    )
