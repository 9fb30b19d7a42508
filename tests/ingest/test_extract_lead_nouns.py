"""Leads the sixteenth held-out set named by a verb or a noun instead of a role word: the passive
with its agent where the verb is not English, German, Italian or French ("koordiniran od Grada
A", "koordynowany przez Gminę B"), the project as the object of a relative clause ("projekt, ki
ga vodi Občina C"), and the leadership as a noun that a body holds ("Die Projektleitung liegt
bei der D", "La coordination est assurée par E", "Il coordinamento è affidato al F",
"Koordinaciju projekta obavlja G", "Coordination of the project lies with H").

The fixtures are written for these tests in the shapes those pages had, in each language the
shape exists in; the expected partners, countries and roles are worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.ingest.extract_rows import partner_rows as _table


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Projekt je koordiniran od Grada Varaždina, a partneri su Općina Cestica i Grad Ormož.",
            [
                ("Grad Varaždina", "HR", "lead"),
                ("Općina Cestica", "HR", "partner"),
                ("Grad Ormož", "SI", "partner"),
            ],
        ),
        (
            "Projekt jest koordynowany przez Gminę Cieszyn, a partnerami są Miasto Český Těšín "
            "i Powiat Cieszyński.",
            [
                ("Gmina Cieszyn", "PL", "lead"),
                ("Miasto Český Těšín", "CZ", "partner"),
                ("Powiat Cieszyński", "PL", "partner"),
            ],
        ),
    ],
)
def test_the_agent_of_a_passive_verb_of_leading_is_the_lead(text, rows):
    assert _table(text) == rows


def test_the_project_as_the_object_of_a_relative_clause_names_its_lead():
    text = (
        "V projektu, ki ga vodi Občina Bovec, sodelujeta še Comune di Tarvisio in Občina Kobarid."
    )
    assert _table(text) == [
        ("Občina Bovec", "SI", "lead"),
        ("Comune di Tarvisio", "IT", "partner"),
        ("Občina Kobarid", "SI", "partner"),
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Die Projektleitung liegt bei der Universität Klagenfurt. Partner sind die Stadt "
            "Udine und die Gemeinde Bovec.",
            [
                ("Universität Klagenfurt", "AT", "lead"),
                ("Stadt Udine", "IT", "partner"),
                ("Gemeinde Bovec", "SI", "partner"),
            ],
        ),
        (
            "La coordination du projet est assurée par la Ville de Chambéry. Les partenaires sont "
            "la Città di Torino et la Commune de Modane.",
            [
                ("Ville de Chambéry", "FR", "lead"),
                ("Città di Torino", "IT", "partner"),
                ("Commune de Modane", "FR", "partner"),
            ],
        ),
        (
            "Il coordinamento del progetto è affidato al Comune di Gorizia; partner sono la "
            "Regione Veneto e il Comune di Trieste.",
            [
                ("Comune di Gorizia", "IT", "lead"),
                ("Regione Veneto", "IT", "partner"),
                ("Comune di Trieste", "IT", "partner"),
            ],
        ),
        (
            "Koordinaciju projekta obavlja Razvojna agencija Zagorje, a partneri su Općina "
            "Kumrovec i Občina Podčetrtek.",
            [
                ("Razvojna agencija Zagorje", "HR", "lead"),
                ("Općina Kumrovec", "HR", "partner"),
                ("Občina Podčetrtek", "SI", "partner"),
            ],
        ),
        (
            "Coordination of the project lies with the University of Maribor, and the partners "
            "are Stadt Graz and Comune di Udine.",
            [
                ("University of Maribor", "SI", "lead"),
                ("Stadt Graz", "AT", "partner"),
                ("Comune di Udine", "IT", "partner"),
            ],
        ),
    ],
)
def test_the_body_that_holds_the_leadership_named_as_a_noun_is_the_lead(text, rows):
    assert _table(text) == rows
