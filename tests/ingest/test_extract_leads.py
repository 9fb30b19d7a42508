"""The lead and the project's own name, in the shapes pages write them (fixtures written for
these tests in the shapes real pages have; their text stays out of the repository).
"""

from __future__ import annotations

from tests.ingest.extract_rows import partner_rows as _table


def test_the_name_before_as_and_the_next_role_word_has_that_role():
    # the run after "partnera:" stops at "kao vodeći partner": its last name is the lead
    assert _table(
        "U projektu sudjeluju tri partnera: Prijestonica Bar (Crna Gora) kao vodeći partner, NVO "
        "Most iz Kotora i Općina Vrbovec."
    ) == [
        ("Prijestonica Bar", "ME", "lead"),
        ("NVO Most iz Kotora", "ME", "partner"),
        ("Općina Vrbovec", "HR", "partner"),
    ]


def test_a_singular_lead_word_names_one_body_up_to_its_verb():
    # no word of an organisation, an "e" inside the name, a verb after it; no country stated
    assert _table(
        "Na Bledu je potekalo srečanje.\n\nVodilni partner Ricerca applicata e sviluppo r2s je "
        "gostil predstavnike devetih partnerskih ustanov."
    ) == [("Ricerca applicata e sviluppo r2s", None, "lead")]


def test_the_name_after_partners_of_the_project_is_the_projects_own():
    # "partnerjev projekta MOSTOVI": the acronym is the project, not a partner
    assert _table(
        "V Kopru je potekalo srečanje partnerjev projekta MOSTOVI. Partnerji so Občina Piran in "
        "Zavod Kraški zidovi."
    ) == [("Občina Piran", "SI", "partner"), ("Zavod Kraški zidovi", "SI", "partner")]


def test_the_one_whose_verb_is_leading_the_project_is_the_lead():
    assert _table(
        "The University of Northbridge coordinates the project; partners are the City of "
        "Eastport and the Tarva Development Agency."
    ) == [
        ("University of Northbridge", None, "lead"),
        ("City of Eastport", None, "partner"),
        ("Tarva Development Agency", None, "partner"),
    ]
    # "led by X together with Y": "with" is a stop word, so X is cut before it
    assert _table(
        "The project is led by the University of Northbridge together with the City of Eastport."
    ) == [("University of Northbridge", None, "lead"), ("City of Eastport", None, "partner")]
    # "X together with 2 partners from …": X leads them
    assert _table(
        "Das Projekt beginnt im Mai.\n\nThe Northbridge Heritage Foundation together with 2 "
        "partners from Latvia will restore three manor parks."
    ) == [("Northbridge Heritage Foundation", None, "lead")]


def test_a_name_s_initials_in_brackets_are_not_a_country():
    # "(PE)" is Pannon-like initials, not Peru; "(KE)" after "Egyetem" is not Kenya
    assert _table(
        "A dokumentum a Dombvári Egyetem (DE), mint főpályázó, a Tiszaparti Egyetem (KE) és a "
        "Kékvölgyi Fejlesztési Ügynökség (PE) mint konzorciumi partnerek munkája."
    ) == [
        ("Dombvári Egyetem", "HU", "lead"),
        ("Tiszaparti Egyetem", "HU", "partner"),
        ("Kékvölgyi Fejlesztési Ügynökség", "HU", "partner"),
    ]


def test_a_name_and_its_translation_are_one_body():
    # "Regione X / Dežela X": one region in two languages, not two partners; the lead stays one
    assert _table(
        "Vodilni partner projekta je Regione del Molise / Dežela Molise. Projektna partnerja sta "
        "Comune di Aquileia / občina Aquileia in Univerza v Novi Gorici."
    ) == [
        ("Regione del Molise", "IT", "lead"),
        ("Comune di Aquileia", "IT", "partner"),
        ("Univerza v Novi Gorici", "SI", "partner"),
    ]
    # the foundation named again in its own language is the lead already read
    assert _table(
        "Lead partner is Aquincum Foundation, the other partners are the City Museum of Ptuj and "
        "the Archaeological Institute of Novi Sad.\n\nThe Fondazione Aquincum was set up in 2008."
    ) == [
        ("Aquincum Foundation", None, "lead"),
        ("City Museum of Ptuj", "SI", "partner"),
        ("Archaeological Institute of Novi Sad", "RS", "partner"),
    ]
    # the same town, two kinds of body: two partners
    assert _table("Projektni partnerji: Univerza v Mariboru / Mestna občina Maribor.") == [
        ("Univerza v Mariboru", "SI", "partner"),
        ("Mestna občina Maribor", "SI", "partner"),
    ]


def test_a_womans_post_of_coordinator_does_not_make_her_body_the_lead():
    # "koordinatorica Centra A Ana B": her title at the centre; the applicant is the lead
    assert _table(
        "Općina Lipnica se prijavila projektom obnove mosta s partnerom - Grad Tuzla. "
        "Rezultate je predstavila koordinatorica Centra za razvoj Lipnica Ana Kovač."
    ) == [("Općina Lipnica", "BA", "lead"), ("Grad Tuzla", "BA", "partner")]


def test_a_town_in_one_country_abroad_wins_over_the_kind_words_language():
    # Italian words for Austrian and Slovenian towns: Lienz is in Austria, Kanal ob Soči (the
    # town its longer name starts with) in Slovenia; the page names only Italy
    assert _table(
        "Il progetto unisce comuni italiani.\n\nPartner: Comune di Tarcento, Comune di Lienz, "
        "Comune di Kanal ob Soči."
    ) == [
        ("Comune di Tarcento", "IT", "partner"),
        ("Comune di Lienz", "AT", "partner"),
        ("Comune di Kanal ob Soči", "SI", "partner"),
    ]


def test_the_bodies_a_lead_works_in_cooperation_with_are_partners():
    # "X u saradnji sa A i B": X is the lead up to "u saradnji sa", A and B are partners
    assert _table(
        "Vodeći partner projekta je Agencija za razvoj općine Maglaj u saradnji sa JU Centar za "
        "kulturu iz Podgorice i Udruženjem Most iz Osijeka."
    ) == [
        ("Agencija za razvoj općine Maglaj", "BA", "lead"),
        ("JU Centar za kulturu iz Podgorice", "ME", "partner"),
        ("Udruženje Most iz Osijeka", "HR", "partner"),
    ]


def test_the_lithuanian_lead_word_in_the_nominative_too():
    # "vadovaujantis partneris" (nominative) as well as "vadovaujančio partnerio" (genitive)
    assert _table(
        "Projekte dalyvauja Molėtų rajono savivaldybė, vadovaujantis partneris – Rēzeknes "
        "novada pašvaldība (Latvija)."
    ) == [
        ("Molėtų rajono savivaldybė", "LT", "partner"),
        ("Rēzeknes novada pašvaldība", "LV", "lead"),
    ]


def test_a_consortium_is_a_body_named_like_any_other():
    # "Consorzio", "Konzorcij" head a body's name as "Comune" or "Občina" do
    assert _table("Il Consorzio Valli Unite è capofila del progetto.") == [
        ("Consorzio Valli Unite", "IT", "lead")
    ]
    assert _table("Partnerji so Konzorcij Alpe in Občina Bovec.") == [
        ("Konzorcij Alpe", "SI", "partner"),
        ("Občina Bovec", "SI", "partner"),
    ]
