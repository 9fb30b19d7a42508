"""Exact values of the analysis, worked out by hand from the shipped tables.

Written for mutants that survived ``make mutation AREA=analysis`` (tests/README.md,
"Mutation score"): each test pins a value that the mutant changes and no other test read.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helix_graph.analysis import Analysis, network_from_dataset
from helix_graph.analysis.eligibility import find_interreg_programme
from helix_graph.errors import UsageError


def test_where_a_country_takes_part_in_an_interreg_programme_in_words():
    # Alpine Space (src/helix_graph/data/interreg_programmes.yaml): all of Slovenia, of
    # Germany four regions, of Italy eight (four shown, then an ellipsis)
    alpine = find_interreg_programme("Interreg Alpine Space")
    assert alpine.area_in_words("SI") == "all of it"
    assert alpine.area_in_words("DE") == "only Oberbayern, Schwaben, Tübingen, Freiburg"
    assert alpine.area_in_words("IT") == (
        "only Friuli Venezia Giulia, Liguria, Lombardia, Piemonte, …"
    )


def test_an_unknown_programme_is_told_every_programme_known():
    with pytest.raises(UsageError) as caught:
        find_interreg_programme("Interreg Moon")
    assert str(caught.value).endswith(
        "(it knows 20: ESPON, INTERACT, Interreg ADRION, Interreg Alpine Space, "
        "Interreg Atlantic Area, Interreg Baltic Sea Region, Interreg Central Baltic, "
        "Interreg Central Europe, Interreg Danube Region, Interreg Estonia–Latvia, "
        "Interreg Euro-MED, Interreg Europe, Interreg Italy–Croatia, Interreg Italy–Slovenia, "
        "Interreg Latvia–Lithuania, Interreg North Sea, Interreg North-West Europe, "
        "Interreg Slovenia–Austria, Interreg Slovenia–Croatia, URBACT)"
    )


def test_the_communities_of_another_view_are_found_by_the_method_asked_for(seed_dataset):
    core = Analysis(network_from_dataset(seed_dataset), community_method="louvain")
    assert core.view_partition("project").method == "louvain"
    assert core.view_partition("country").method == "louvain"


def test_organisations_a_text_could_name_are_listed_with_their_country_when_known():
    from helix_graph.analysis import find_organisation

    orgs = pd.DataFrame(
        {
            "id": ["osijek-city", "osijek-county"],
            "name": ["City of Osijek", "Osijek-Baranja County"],
            "country": ["HR", None],
        }
    )
    with pytest.raises(UsageError) as caught:
        find_organisation(orgs, "osijek")
    assert str(caught.value) == (
        "'osijek' could be 2 organisations: City of Osijek (osijek-city, HR); "
        "Osijek-Baranja County (osijek-county); give its id or the full name"
    )


def test_project_measures_from_the_participations_of_two_projects():
    """P1 (A, B) and P2 (B, C) share B: each project's strength is 1, PageRank splits
    evenly, and with two projects there is no eigenvector to find (zeros)."""
    from helix_graph.analysis import Network
    from helix_graph.analysis.run import _implicit_project_metrics

    network = Network(
        pd.DataFrame({"id": list("ABC")}),
        pd.DataFrame({"id": ["P1", "P2"]}),
        pd.DataFrame({"organisation": list("ABBC"), "project": ["P1", "P1", "P2", "P2"]}),
    )
    table = _implicit_project_metrics(network)
    assert table["id"].tolist() == ["P1", "P2"]
    assert table["strength"].tolist() == [1.0, 1.0]
    assert table["eigenvector"].tolist() == [0.0, 0.0]
    assert table["pagerank"].to_numpy() == pytest.approx([0.5, 0.5])


def test_the_project_graph_says_it_is_one_and_ties_projects_by_shared_partners():
    from helix_graph.analysis import project_graph
    from tests.analysis.test_evolution import _network

    G = project_graph(_network())  # P1 and P2 share A and B; P3 shares no one
    assert G.graph["kind"] == "project"
    assert sorted(G.nodes) == ["P1", "P2", "P3"]
    assert [(u, v, d["weight"], sorted(d["organisations"])) for u, v, d in G.edges(data=True)] == [
        ("P1", "P2", 2, ["A", "B"])
    ]
