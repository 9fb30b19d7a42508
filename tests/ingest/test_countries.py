"""Country names in other grammatical cases read as their country, one case ending at a time.

Each form below is a nominative with one case ending put on by hand (Slovenian, Croatian,
Latvian, Lithuanian, Estonian), so a table missing an ending fails here.
"""

from __future__ import annotations

import pytest

from helix_graph.ingest import countries
from helix_graph.ingest.countries import country_code


@pytest.fixture(autouse=True)
def table_built_in_each_test():
    """The table of names is built once and kept; built again here so that every test below
    builds it itself (mutation testing maps the table builders to the tests that call them)."""
    countries._table.cache_clear()


@pytest.mark.parametrize(
    ("form", "code"),
    [
        # -ija (Avstrija, Nemčija, Vācija, Vokietija): the -a off, then the case ending
        ("Avstrije", "AT"),  # Slovenian genitive, "iz Avstrije"
        ("Avstriji", "AT"),  # Slovenian locative, "v Avstriji"
        ("Nemčijo", "DE"),  # Slovenian instrumental, "z Nemčijo"
        ("Vācijas", "DE"),  # Latvian genitive
        ("Vācijā", "DE"),  # Latvian locative
        ("Vokietijos", "DE"),  # Lithuanian genitive
        ("Vokietijoje", "DE"),  # Lithuanian locative
        # -ska, -ška, -čka (Hrvatska, Hrvaška, Njemačka, Mađarska)
        ("Hrvaški", "HR"),  # Slovenian locative
        ("Hrvatskoj", "HR"),  # Croatian locative, "u Hrvatskoj"
        ("Njemačku", "DE"),  # Croatian accusative
        ("Mađarske", "HU"),  # Croatian genitive
        # -a (Litva, Lietuva, Švica)
        ("Litvo", "LT"),  # Slovenian instrumental, "z Litvo"
        ("Litvi", "LT"),  # Slovenian locative
        ("Švico", "CH"),
        ("Lietuvā", "LT"),  # Latvian locative
        ("Lietuvos", "LT"),  # Lithuanian genitive
        ("Lietuvoje", "LT"),  # Lithuanian locative
        # -e (Šveice, Portugāle: Latvian fifth declension)
        ("Šveices", "CH"),  # genitive
        ("Portugālē", "PT"),  # locative
        ("Šveici", "CH"),  # accusative
        # Estonian endings on a one-word name: -i- after a final consonant, none after a vowel
        ("Portugalist", "PT"),  # "from Portugal"
        ("Saksamaalt", "DE"),  # Saksamaa + -lt
        ("Eestis", "EE"),  # Eesti + -s, "in Estonia"
    ],
)
def test_a_country_name_with_a_case_ending_is_that_country(form, code):
    assert country_code(form) == code


def test_a_name_not_among_the_countries_is_none():
    assert [country_code(v) for v in ("Kozjansko", "Torinoj", "")] == [None, None, None]
