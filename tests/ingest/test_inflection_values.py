"""Polish names with their adjectives, back in the nominative, worked out by hand."""

from __future__ import annotations

import pytest

from helix_graph.ingest import inflection
from helix_graph.ingest.inflection import nominative


@pytest.fixture(autouse=True)
def tables_built_in_each_test():
    """Built on first use and kept: built again in each test, so mutation selects these."""
    inflection._tables.cache_clear()


@pytest.mark.parametrize(
    "written, expected",
    [
        # an adjective before the head agrees with it: both back to the nominative (-ą → -a)
        ("Regionalną Agencją Rozwoju", ("Regionalna Agencja Rozwoju", "instrumental")),
        (
            "Zachodniopomorską Agencją Rozwoju",
            ("Zachodniopomorska Agencja Rozwoju", "instrumental"),
        ),
        # and after it: "Gminą Miejską Kraków"
        ("Gminą Miejską Kraków", ("Gmina Miejska Kraków", "instrumental")),
        # a word before the head that does not agree: the name stays as written
        ("Kraków Gminą", ("Kraków Gminą", None)),
        # a head already in the nominative: nothing to change
        ("Fundacja Wspólnota", ("Fundacja Wspólnota", None)),
    ],
)
def test_a_polish_head_and_its_adjectives_in_the_nominative(written, expected):
    assert nominative(written, "pl") == expected
