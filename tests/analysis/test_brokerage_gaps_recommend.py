"""Brokerage on hand-checked graphs, the under-connected report and partner recommendations."""

from __future__ import annotations

import itertools
import math

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from helix_graph.analysis import (
    BROKERAGE_ROLES,
    FEATURES,
    LinkModel,
    Network,
    brokerage_roles,
    collaboration_graph,
    collaboration_view,
    known_partners,
    link_model,
    link_scores,
    network_from_dataset,
    organisation_profile,
    recommend_partners,
    structural_holes,
    under_connected,
)
from helix_graph.analysis.engines import as_view
from helix_graph.analysis.recommend import candidate_features
from helix_graph.errors import UsageError


@pytest.mark.parametrize("engine", ["networkx", "igraph"])
def test_structural_holes_of_a_star_by_hand(engine):
    h = structural_holes(nx.star_graph(3), engine=engine).set_index("id")
    # the centre: three unconnected partners, each 1/3 → constraint 3 × (1/3)² = 1/3, effective size 3
    assert h.loc[0, "constraint"] == pytest.approx(1 / 3)
    assert h.loc[0, "effective_size"] == pytest.approx(3)
    assert h.loc[1, "constraint"] == pytest.approx(1.0) and h.loc[
        1, "effective_size"
    ] == pytest.approx(1)


@pytest.mark.parametrize("engine", ["networkx", "igraph"])
def test_structural_holes_of_the_kite_match_networkx(engine):
    G = nx.krackhardt_kite_graph()
    h = structural_holes(G, engine=engine).set_index("id")
    constraint, effective = nx.constraint(G), nx.effective_size(G)
    for v in G:
        assert h.loc[v, "constraint"] == pytest.approx(constraint[v])
        assert h.loc[v, "effective_size"] == pytest.approx(effective[v])


@pytest.mark.parametrize("seed", [1, 2])
def test_weighted_constraint_matches_networkx(seed):
    G = nx.gnm_random_graph(60, 240, seed=seed)
    rng = np.random.default_rng(seed)
    for u, v in G.edges():
        G[u][v]["weight"] = int(rng.integers(1, 6))
    G.add_node("isolate")
    ours = structural_holes(G, engine="igraph").set_index("id")["constraint"]
    theirs = nx.constraint(G, weight="weight")
    for v in G:
        expected = (
            theirs[v] if v != "isolate" else 1.0
        )  # NetworkX gives NaN; an isolate depends entirely
        assert ours[v] == pytest.approx(expected, rel=1e-12)


def test_isolate_has_finite_brokerage_values():
    h = structural_holes(nx.empty_graph(2))
    assert h["constraint"].tolist() == [1.0, 1.0] and h["effective_size"].tolist() == [0.0, 0.0]


@pytest.mark.parametrize("engine", ["networkx", "igraph"])
def test_gould_fernandez_roles_by_hand(engine):
    # B = 0 brokers between its unconnected partners 1..4
    G = nx.star_graph(4)
    nx.set_node_attributes(
        G,
        {0: "academia", 1: "academia", 2: "academia", 3: "industry", 4: "government"},
        "helix_sector",
    )
    roles = brokerage_roles(G, engine=engine).set_index("id").loc[0]
    # pairs of partners: {1,2} coordinator; {1,3},{1,4},{2,3},{2,4} gatekeeper/representative;
    # {3,4} liaison; no itinerant (no pair of one other sector)
    assert roles[list(BROKERAGE_ROLES)].tolist() == [1, 0, 4, 1]
    assert roles["brokerage"] == 6
    G.add_edge(1, 3)  # a tied pair is no longer brokered
    roles = brokerage_roles(G, engine=engine).set_index("id").loc[0]
    assert roles[list(BROKERAGE_ROLES)].tolist() == [1, 0, 3, 1]


def test_itinerant_role():
    G = nx.path_graph(3)
    nx.set_node_attributes(G, {0: "industry", 1: "academia", 2: "industry"}, "helix_sector")
    assert brokerage_roles(G).set_index("id").loc[1, "itinerant"] == 1


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_roles_by_triangles_equal_enumeration(seed):
    rng = np.random.default_rng(seed)
    G = nx.gnp_random_graph(120, 0.08, seed=seed)
    nx.set_node_attributes(
        G,
        {v: rng.choice(["government", "industry", "academia", "civil_society", None]) for v in G},
        "helix_sector",
    )
    a = brokerage_roles(G, engine="networkx")
    b = brokerage_roles(G, engine="igraph")
    assert (a.drop(columns="id").to_numpy() == b.drop(columns="id").to_numpy()).all()
    # and the enumeration itself: total brokered pairs = pairs of partners not tied
    for v in list(G)[:20]:
        expected = sum(1 for x, y in itertools.combinations(G[v], 2) if not G.has_edge(x, y))
        assert a.set_index("id").loc[v, "brokerage"] == expected


def test_davis_two_mode_projection_brokerage_matches_networkx():
    B = nx.davis_southern_women_graph()
    women = [n for n, d in B.nodes(data=True) if d["bipartite"] == 0]
    G = nx.bipartite.weighted_projected_graph(B, women)
    h = structural_holes(G).set_index("id")
    # constraint weighs the ties (shared events); effective size counts partners only
    constraint = nx.constraint(G, weight="weight")
    effective = nx.effective_size(G)
    for v in G:
        assert h.loc[v, "constraint"] == pytest.approx(constraint[v], rel=1e-12)
        assert h.loc[v, "effective_size"] == pytest.approx(effective[v], rel=1e-12)
    # Charlotte McDowd's 11 partners all met one another (55 ties): 11 - 2 * 55 / 11 = 1
    assert h.loc["Charlotte McDowd", "effective_size"] == pytest.approx(1.0)


# --- under-connected report -------------------------------------------------------------------


def test_smiltene_tops_the_under_connected_report(seed_dataset):
    G = collaboration_graph(network_from_dataset(seed_dataset))
    report = under_connected(G)
    top = report.iloc[0]
    assert top["id"] == "smiltene-municipality" and top["rank"] == 1
    assert "cut off from the main network" in top["reasons"]
    assert "depends on one closed group" in top["reasons"]
    assert "civil society" in top["missing_sectors"].replace("_", " ")
    assert report["score"].is_monotonic_decreasing
    assert set(report["kind"]) <= {"municipality", "region", "agency", "association", "foundation"}


def test_under_connected_filters_and_empty(seed_dataset):
    G = collaboration_graph(network_from_dataset(seed_dataset))
    latvian = under_connected(G, kinds=None, countries=["LV"])
    assert latvian["id"].tolist() == ["smiltene-municipality"]
    assert under_connected(G, kinds=["university"], countries=["LV"]).empty
    assert under_connected(nx.Graph()).empty
    with pytest.raises(UsageError):
        under_connected(G, kinds=["castle"])


def test_isolated_organisation_is_told_it_has_no_partners(seed_dataset):
    G = collaboration_graph(network_from_dataset(seed_dataset))
    G.add_node(
        "lonely-village",
        name="Lonely village",
        kind="municipality",
        helix_sector="government",
        country="SI",
    )
    top = under_connected(G).iloc[0]
    assert top["id"] == "lonely-village"
    assert "has no partners" in top["reasons"] and "no cross-border tie" in top["reasons"]


# --- recommendations --------------------------------------------------------------------------


def test_link_scores_match_networkx():
    G = nx.karate_club_graph()
    scores = link_scores(G, 0).set_index("id")
    pairs = [(0, v) for v in scores.index]
    for (_, v, aa), (_, _, ra), (_, _, jc) in zip(
        nx.adamic_adar_index(G, pairs),
        nx.resource_allocation_index(G, pairs),
        nx.jaccard_coefficient(G, pairs),
    ):
        assert scores.loc[v, "adamic_adar"] == pytest.approx(aa)
        assert scores.loc[v, "resource_allocation"] == pytest.approx(ra)
        assert scores.loc[v, "jaccard"] == pytest.approx(jc)
        assert scores.loc[v, "common_partners"] == len(list(nx.common_neighbors(G, 0, v)))


def _model(**coefficients) -> LinkModel:
    """A model with hand-set coefficients (every other feature 0), probability σ(score)."""
    return LinkModel(
        {**dict.fromkeys(FEATURES, 0.0), **coefficients}, {"scale": 1.0, "intercept": 0.0}
    )


def test_recommendation_reasons_in_words():
    G = nx.Graph([("a", "b"), ("b", "c"), ("b", "d")])
    nx.set_node_attributes(
        G, {"a": "government", "b": "industry", "c": "academia", "d": "industry"}, "helix_sector"
    )
    nx.set_node_attributes(G, {"a": "SI", "b": "SI", "c": "AT", "d": "SI"}, "country")
    nx.set_node_attributes(G, {"b": "University of Maribor"}, "name")
    # only "fills a gap" counts: c (academia, which a's network lacks) σ(1), d σ(0)
    table = recommend_partners(G, "a", 5, model=_model(fills_gap=1.0))
    assert table["id"].tolist() == ["c", "d"]
    assert table["score"].tolist() == pytest.approx([1 / (1 + math.exp(-1)), 0.5], abs=1e-6)
    assert table.iloc[0]["reasons"].split("; ") == [
        "you both work with University of Maribor",
        "adds academia, which your partners lack",
        "adds Austria, where none of your partners is based",
        "you are both in the area of Interreg Slovenia–Austria, Interreg Alpine Space",
        "how sure: likely (73%), by the Horizon 2020 backtest",
    ]
    assert table.iloc[1]["reasons"].split("; ") == [
        "you both work with University of Maribor",
        "how sure: likely (50%), by the Horizon 2020 backtest",
    ]
    # same country counts instead: d first
    assert recommend_partners(G, "a", 5, model=_model(same_country=1.0))["id"].tolist() == [
        "d",
        "c",
    ]
    assert recommend_partners(G, "a", 5, countries=["SI"])["id"].tolist() == ["d"]


def test_fill_gap_suggests_only_that_sector():
    G = nx.Graph([("a", "b"), ("b", "c"), ("b", "d"), ("b", "e")])
    sectors = {
        "a": "government",
        "b": "industry",
        "c": "academia",
        "d": "industry",
        "e": "academia",
    }
    nx.set_node_attributes(G, sectors, "helix_sector")
    table = recommend_partners(G, "a", 5, fill_gap="academia", model=_model(same_country=1.0))
    assert table["id"].tolist() == ["c", "e"]  # equal scores: by id
    with pytest.raises(UsageError, match="sector 'science' is unknown"):
        recommend_partners(G, "a", 5, fill_gap="science")


def test_programme_keeps_only_eligible_partners_and_says_so():
    # a in Slovenia works with b; c (Bavaria), d (Germany, city unknown), e (Poland) share b
    G = nx.Graph([("a", "b"), ("b", "c"), ("b", "d"), ("b", "e")])
    nx.set_node_attributes(G, {"a": "SI", "b": "SI", "c": "DE", "d": "DE", "e": "PL"}, "country")
    nx.set_node_attributes(G, {"c": "Oberbayern", "d": "Hamburg"}, "city")
    table = recommend_partners(G, "a", 5, programme="Interreg Alpine Space", model=_model())
    assert table["id"].tolist() == ["c", "d"]  # Poland is not in the Alpine Space
    reasons = dict(zip(table["id"], table["reasons"]))
    assert "eligible for Interreg Alpine Space 2014–2020 (Germany takes part: only" in reasons["c"]
    assert "eligible for Interreg Alpine Space 2014–2020 only if based in its area" in reasons["d"]
    with pytest.raises(UsageError, match="did you mean Interreg Alpine Space"):
        recommend_partners(G, "a", 5, programme="Alpin Spaace")


def test_themes_and_programmes_in_common_from_project_titles(seed_dataset):
    network = network_from_dataset(seed_dataset)
    view = collaboration_view(network)
    org = "smiltene-municipality"
    table = recommend_partners(view, org, 50, network=network, model=_model(theme_similarity=1.0))
    assert table["reasons"].str.contains("themes in common: ").any()
    profile = organisation_profile(network, view)
    i = view.index[org]
    # the first suggestion has the largest cosine of title TF-IDF vectors with Smiltene
    theme = (profile.themes @ profile.themes[i].T).toarray().ravel()
    first = view.index[table["id"].iloc[0]]
    candidates = [
        view.index[v] for v in view.nodes if v not in known_partners(network, org) and v != org
    ]
    assert theme[first] == pytest.approx(max(theme[candidates]))


def test_shipped_model_has_every_feature_and_says_how_it_was_fitted():
    model = link_model()
    assert set(model.coefficients) == set(FEATURES)
    assert {"scale", "intercept"} <= set(model.calibration)
    assert "split" in model.fitted and "2015" in model.fitted["split"]


def test_isolated_organisation_still_gets_suggestions(seed_dataset):
    G = collaboration_graph(network_from_dataset(seed_dataset))
    G.add_node(
        "lonely-village",
        name="Lonely village",
        kind="municipality",
        helix_sector="government",
        country="SI",
    )
    table = recommend_partners(G, "lonely-village", 5)
    assert len(table) == 5
    assert all("you have no partners in the selected projects yet" in r for r in table["reasons"])
    assert table["score"].map(math.isfinite).all()
    gap = recommend_partners(G, "lonely-village", 5, fill_gap="academia")
    assert set(gap["helix_sector"]) == {"academia"}


def test_recommend_bad_input(seed_dataset):
    G = collaboration_graph(network_from_dataset(seed_dataset))
    with pytest.raises(UsageError, match="did you mean"):
        recommend_partners(G, "smiltene", 3)
    with pytest.raises(UsageError, match="sector 'banking'"):
        recommend_partners(G, "smiltene-municipality", 3, sectors=["banking"])
    assert recommend_partners(G, "smiltene-municipality", 3, countries=["MT"]).empty


def test_find_organisation_by_id_name_translation_or_part(seed_dataset):
    from helix_graph.analysis import find_organisation

    orgs = network_from_dataset(seed_dataset).organisations
    assert find_organisation(orgs, "university-of-maribor") == "university-of-maribor"
    assert find_organisation(orgs, "UNIVERSITY OF MARIBOR") == "university-of-maribor"
    assert (
        find_organisation(orgs, "Univerza v Mariboru") == "university-of-maribor"
    )  # the Slovenian name
    assert find_organisation(orgs, "citta di torino") == "citta-di-torino"  # accents folded
    with pytest.raises(UsageError, match="could be 2 organisations: Città di Torino"):
        find_organisation(orgs, "Torino")
    with pytest.raises(UsageError, match="did you mean"):
        find_organisation(orgs, "Smiltene Municipalty")


def test_a_second_record_of_the_organisation_is_never_suggested():
    G = nx.Graph([("a", "hub"), ("hub", "a-again"), ("hub", "c")])
    nx.set_node_attributes(
        G,
        {
            "a": "Univerza v Mariboru",
            "a-again": "University of Maribor",
            "hub": "Hub",
            "c": "Other",
        },
        "name",
    )
    nx.set_node_attributes(G, {"a": "SI", "a-again": "SI", "hub": "AT", "c": "SI"}, "country")
    nx.set_node_attributes(G, "academia", "helix_sector")
    assert recommend_partners(G, "a", 5)["id"].tolist() == [
        "c"
    ]  # the same university under another name is left out
    nx.set_node_attributes(
        G, {"a-again": "HR"}, "country"
    )  # a namesake abroad is another organisation
    assert set(recommend_partners(G, "a", 5)["id"]) == {"a-again", "c"}


def _dated_network() -> Network:
    """a–b in a project of 2020; b–c in one of 2018 and one of 2020; b–d in one of 2020."""
    organisations = pd.DataFrame(
        {
            "id": ["a", "b", "c", "d"],
            "name": ["A", "B", "C", "D"],
            "kind": ["municipality", "university", "company", "company"],
            "helix_sector": ["government", "academia", "industry", "industry"],
            "country": ["SI", "SI", "AT", "AT"],
            "city": [None] * 4,
        }
    )
    projects = pd.DataFrame(
        {
            "id": ["p1", "p2", "p3", "p4"],
            "acronym": ["P1", "P2", "P3", "P4"],
            "title": [None] * 4,
            "programme": [None] * 4,
            "start_date": ["2020-01-01", "2018-03-01", "2020-06-01", "2020-09-01"],
            "end_date": [None] * 4,
        }
    )
    participations = pd.DataFrame(
        {
            "organisation": ["a", "b", "b", "c", "b", "c", "b", "d"],
            "project": ["p1", "p1", "p2", "p2", "p3", "p3", "p4", "p4"],
            "role": ["lead", "partner"] * 4,
        }
    )
    return Network(organisations, projects, participations)


def test_recent_adamic_adar_weighs_ties_by_the_year_of_their_projects():
    network = _dated_network()
    view = collaboration_view(network)
    features = candidate_features(view, view.index["a"], organisation_profile(network, view))
    # b has 3 partners; w(a, b) = 1 (2020); w(b, c) = exp(-2/2) + 1 (2018 and 2020), w(b, d) = 1
    expected = {"c": (math.exp(-1) + 1) / math.log(3), "d": 1 / math.log(3)}
    for v, value in expected.items():
        assert features["recent_adamic_adar"][view.index[v]] == pytest.approx(math.log1p(value))
        # plain Adamic–Adar counts a tie once, whatever its projects
        assert features["adamic_adar"][view.index[v]] == pytest.approx(math.log1p(1 / math.log(3)))
    # without the projects every tie counts alike: the plain index
    plain = candidate_features(view, view.index["a"])
    assert plain["recent_adamic_adar"][view.index["c"]] == pytest.approx(
        math.log1p(1 / math.log(3))
    )


def test_candidate_hub_counts_partners_beyond_the_hub_threshold():
    from helix_graph.analysis.recommend import HUB_PARTNERS

    star = nx.star_graph(HUB_PARTNERS + 9)  # the centre has HUB_PARTNERS + 9 partners
    features = candidate_features(as_view(star), 1)
    assert features["candidate_hub"][0] == pytest.approx(
        math.log(HUB_PARTNERS + 10) - math.log(HUB_PARTNERS + 1)
    )
    assert features["candidate_hub"][2] == 0.0  # one partner: no hub
