"""Associated partners and observers said before a verb of taking part, and the edges of the
names after it: the role is theirs (not "partner"), a German project noun or an "also" is not
part of a name.

The fixtures are made up in the shapes of real pages; the expected names, countries and roles
are worked out by hand.
"""

from __future__ import annotations

from tests.ingest.extract_rows import partner_rows as _table


def test_an_associated_role_before_a_verb_of_taking_part_is_the_bodies_after_it():
    assert _table(
        "Kot pridruženi partnerji pri projektu sodelujejo tudi Občina Kranj, Razvojna agencija "
        "Sora in Zavod za turizem Kranj."
    ) == [
        ("Občina Kranj", "SI", "associated"),
        ("Razvojna agencija Sora", "SI", "associated"),
        ("Zavod za turizem Kranj", "SI", "associated"),
    ]
    assert _table(
        "Come partner associati partecipano al progetto la Regione Veneto e il Comune di Udine."
    ) == [("Regione Veneto", "IT", "associated"), ("Comune di Udine", "IT", "associated")]
    # without a role word, the same verb names partners
    assert _table("Pri projektu sodelujejo Občina Kranj in Občina Bled.") == [
        ("Občina Kranj", "SI", "partner"),
        ("Občina Bled", "SI", "partner"),
    ]


def test_a_role_said_of_another_body_before_the_verb_is_not_passed_on():
    # "Pridruženi partner je A, …, sodelujejo pa B in C": A's role, a clause, then partners
    assert _table(
        "Pridruženi partner je Občina Kranj, v projektu pa sodelujejo tudi Občina Bled in Zavod "
        "Sora."
    ) == [
        ("Občina Bled", "SI", "partner"),
        ("Zavod Sora", "SI", "partner"),
        ("Občina Kranj", "SI", "associated"),
    ]


def test_as_observers_before_the_subjects_of_take_part_gives_them_that_role():
    assert _table(
        "As observers, the Ministry of Culture and the Chamber of Commerce take part in the project."
    ) == [("Ministry of Culture", None, "observer"), ("Chamber of Commerce", None, "observer")]
    assert _table(
        "As partners, the Ministry of Culture and the Chamber of Commerce take part in the project."
    ) == [("Ministry of Culture", None, "partner"), ("Chamber of Commerce", None, "partner")]


def test_as_a_role_after_a_verb_alone_is_the_role_of_the_names_after_it():
    # "Hanno aderito come …": no name before "come", so the names after have the role
    assert _table(
        "Hanno aderito come partner associati la Regione Veneto e il Comune di Udine."
    ) == [("Regione Veneto", "IT", "associated"), ("Comune di Udine", "IT", "associated")]
    # a name before "kot": that one has the role, the names after are partners
    assert _table(
        "Občina Kranj kot vodilni partner, Občina Bled in Zavod Sora so predstavili projekt."
    ) == [
        ("Občina Kranj", "SI", "lead"),
        ("Občina Bled", "SI", "partner"),
        ("Zavod Sora", "SI", "partner"),
    ]


def test_a_german_project_noun_before_the_names_is_not_part_of_the_first():
    assert _table(
        "Als assoziierte Partner unterstützen das Projekt die Stadt Villach und die Universität "
        "Klagenfurt."
    ) == [("Stadt Villach", "AT", "associated"), ("Universität Klagenfurt", "AT", "associated")]


def test_also_and_a_verb_particle_end_a_name():
    assert _table(
        "As associated partners, the Chamber of Commerce of Gorenjska and the Municipality of "
        "Kranj also support the project."
    ) == [
        ("Chamber of Commerce of Gorenjska", "SI", "associated"),
        ("Municipality of Kranj", "SI", "associated"),
    ]
    assert _table("Als assoziierter Partner ist die Stadt Villach dabei.") == [
        ("Stadt Villach", "AT", "associated")
    ]
