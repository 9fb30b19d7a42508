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
