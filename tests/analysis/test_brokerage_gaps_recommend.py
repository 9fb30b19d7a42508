"""Brokerage on hand-checked graphs, the under-connected report and partner recommendations."""

from __future__ import annotations

import itertools
import math

import networkx as nx
import numpy as np
import pytest

from helix_graph.analysis import (
    BROKERAGE_ROLES,
    brokerage_roles,
    collaboration_graph,
    link_scores,
    network_from_dataset,
    recommend_partners,
    structural_holes,
    under_connected,
)
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


def test_recommendation_reasons_in_words():
    G = nx.Graph([("a", "b"), ("b", "c"), ("b", "d")])
    nx.set_node_attributes(
        G, {"a": "government", "b": "industry", "c": "academia", "d": "industry"}, "helix_sector"
    )
    nx.set_node_attributes(G, {"a": "SI", "b": "SI", "c": "AT", "d": "SI"}, "country")
    table = recommend_partners(G, "a", 5)
    assert table["id"].tolist()[0] == "c"  # shares b, brings academia, across the border
    reasons = table.iloc[0]["reasons"]
    assert "shares 1 partner with you (b)" in reasons
    assert "brings academia, which your network lacks" in reasons
    assert "cross-border" in reasons
    assert "b" not in set(table["id"])  # an existing partner is never suggested
    assert recommend_partners(G, "a", 5, countries=["SI"])["id"].tolist() == ["d"]


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
    assert all(s != "government" for s in table["helix_sector"])  # complementary sectors first
    assert table["score"].map(math.isfinite).all()


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
