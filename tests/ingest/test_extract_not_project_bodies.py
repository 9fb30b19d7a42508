"""Bodies a page names that are not the project's partners, in the shapes the fourteenth
held-out set had them: the regions a cross-border programme covers, the venue and the audience
of a project's event, and the associated partners a sentence ending in a colon puts a list under.

The fixtures are written for these tests in those shapes; the expected partners are worked out
by hand.
"""

from __future__ import annotations

from tests.ingest.extract_rows import partner_rows as _table


def test_the_regions_a_programme_covers_are_not_partners():
    text = (
        "Projekto partneriai: Zarasų rajono savivaldybės administracija ir Daugpilio novado "
        "pašvaldība.\n\n"
        "Programoje dalyvauja Latvijos Latgalos regionas, Lietuvos Utenos ir Vilniaus apskritys "
        "ir Baltarusijos Vitebsko sritis."
    )
    assert _table(text) == [
        ("Zarasų rajono savivaldybės administracija", "LT", "partner"),
        ("Daugpilio novado pašvaldība", "LV", "partner"),
    ]


def test_the_venue_and_the_audience_of_an_event_are_not_partners():
    text = (
        "Partner wiodący: Gmina Brody\nPartner: Landkreis Bautzen\n\n"
        "W dniu 12.03.2021 r. na terenie gminy Trzebiel odbyła się konferencja podsumowująca "
        "projekt. W konferencji uczestniczyło 80 osób z Polski i Niemiec, w tym z Komendy "
        "Powiatowej Państwowej Straży Pożarnej w Żarach oraz ze Starostwa Powiatowego w Żarach."
    )
    assert _table(text) == [
        ("Gmina Brody", "PL", "lead"),
        ("Landkreis Bautzen", "DE", "partner"),
    ]


def test_a_list_under_a_sentence_naming_associated_partners_is_associated():
    text = (
        "Partnerzy projektu:\n- Gmina Lubiszyn,\n- Gmina Witnica.\n"
        "Projekt wspierają również partnerzy stowarzyszeni:\n"
        "- Powiat Myśliborski,\n- Stowarzyszenie Gmin Pogranicza.\n"
    )
    assert _table(text) == [
        ("Gmina Lubiszyn", "PL", "partner"),
        ("Gmina Witnica", "PL", "partner"),
        ("Powiat Myśliborski", "PL", "associated"),
        ("Stowarzyszenie Gmin Pogranicza", "PL", "associated"),
    ]


def test_a_partner_association_is_still_a_partner():
    # "Partner Stowarzyszenie …" is a partner that is an association, not an associated partner
    assert _table(
        "Partner wiodący: Gmina Cybinka\nPartner Stowarzyszenie Euroregion Pro Viadrina"
    ) == [
        ("Gmina Cybinka", "PL", "lead"),
        ("Stowarzyszenie Euroregion Pro Viadrina", "PL", "partner"),
    ]


def test_a_foundation_of_two_places_is_one_body_and_two_legal_forms_are_two():
    # Estonian names end in their kind word: "SA Kärdla ja Hiiumaa Muuseumid" is one foundation
    # of both places' museums; "MTÜ A Turism ja SA B Turism" are two bodies, each with its form
    text = (
        "Projekti Eesti partnerid on MTÜ Saarte Turism ja SA Virumaa Turism, "
        "SA Kärdla ja Hiiumaa Muuseumid, OÜ Tuulik."
    )
    assert [name for name, _, _ in _table(text)] == [
        "MTÜ Saarte Turism",
        "SA Virumaa Turism",
        "SA Kärdla ja Hiiumaa Muuseumid",
        "OÜ Tuulik",
    ]
