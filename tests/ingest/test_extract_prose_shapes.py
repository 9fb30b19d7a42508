"""Prose shapes real pages write their partners in, each in fixtures written for these tests.

Every shape is structure that recurs across languages: an additive pair around the first partner
and the run after it ("poleg X še A, B in C", "besides X, … also A and B"), a lead named in a
relative clause before its role word ("del quale X è capofila", "dont X est chef de file"), a
description that opens with a body and its country code in brackets ("City of X (CRO) will …"),
a kind and what it is for, with "and" inside ("Ministrstvo za kmetijstvo in okolje"), a Hungarian
lead before the word for a settlement ("a szlovéniai X település"), two state bodies that
share only the word "state" ("Državni …", "Državna …"), partners "from A and B" (no one side), and
a record's "BENEFICJENCI" line with "(Główny beneficjent …)" inside; a headline in capitals stays one
though the project's name in it is quoted in its own case; and the country a sentence says its bodies
stand for ("Latvijai atstovauja A", "…, Lietuvai – B") over the language of their names; names
each followed by its country after "with" ("mit"), when what opens the sentence before the word
for the project is no run of bodies (a person, a date).
"""

from __future__ import annotations

import pytest

from helix_graph.ingest.extract import extract_text
from tests.ingest.extract_rows import partner_rows


def test_the_first_partner_and_the_run_after_an_additive_pair_are_partners_alike():
    # "poleg" takes the genitive ("Zavoda"), read back to the nominative; "in" inside
    # "Ministrstvo za kmetijstvo in okolje" does not split it; the role word before the pair
    # does not read the words up to the next name as one name
    text = (
        "V projektu sodeluje pet partnerjev, in sicer poleg Zavoda za gozdove Slovenije še "
        "Koroška razvojna agencija, Ministrstvo za kmetijstvo in okolje, Hrvatske šume in "
        "Univerza v Mariboru."
    )
    assert partner_rows(text) == [
        ("Zavod za gozdove Slovenije", "SI", "partner"),
        ("Koroška razvojna agencija", "SI", "partner"),
        ("Ministrstvo za kmetijstvo in okolje", "SI", "partner"),
        ("Hrvatske šume", "HR", "partner"),
        ("Univerza v Mariboru", "SI", "partner"),
    ]


def test_besides_the_first_the_partnership_also_includes_the_others():
    text = (
        "Besides the Regional Development Agency Pomurje, the partnership also includes the "
        "Municipality of Lendava and the University of Pécs."
    )
    assert partner_rows(text) == [
        ("Regional Development Agency Pomurje", "SI", "partner"),
        ("Municipality of Lendava", "SI", "partner"),
        ("University of Pécs", "HU", "partner"),
    ]


def test_countries_after_an_additive_pair_are_not_partners():
    # "osim X, … i druge općine iz Hrvatske, Mađarske i Slovačke": the places the other
    # municipalities come from, not names
    text = (
        "Osim Turističke zajednice Ogulin, projektu će se pridružiti i druge općine iz "
        "Hrvatske, Mađarske i Slovačke."
    )
    names = [name for name, _, _ in partner_rows(text)]
    assert "Mađarske i Slovačke" not in names
    assert not any(name in names for name in ("Mađarska", "Slovačka", "Hrvatska"))


def test_a_lead_named_before_its_role_word_in_a_relative_clause():
    # the role word closes the clause: the bodies after the clause's verb are partners
    text = (
        "Il progetto, del quale il Consorzio Val Resia è capofila, coinvolge il Comune di "
        "Tarvisio e l'Università di Udine."
    )
    assert partner_rows(text) == [
        ("Consorzio Val Resia", "IT", "lead"),
        ("Comune di Tarvisio", "IT", "partner"),
        ("Università di Udine", "IT", "partner"),
    ]
    assert partner_rows(
        "Le projet, dont la Ville de Tarbes est chef de file, associe les écoles."
    ) == [
        ("Ville de Tarbes", "FR", "lead"),
    ]


def test_a_relative_clause_with_the_role_word_first_ends_at_its_comma():
    text = (
        "The project, whose lead partner is the City of Split, also involves the University "
        "of Mostar."
    )
    assert partner_rows(text) == [
        ("City of Split", "HR", "lead"),
        ("University of Mostar", "BA", "partner"),
    ]


def test_descriptions_that_open_with_a_body_and_its_country_code_in_brackets():
    # "(CRO)" is a sports code for Croatia; "acting as the lead partner" gives the role
    text = (
        "The City of Rijeka (CRO), acting as the lead partner, will restore the old mill. "
        "The Municipality of Bihać (BA) will train young guides."
    )
    assert partner_rows(text) == [
        ("City of Rijeka", "HR", "lead"),
        ("Municipality of Bihać", "BA", "partner"),
    ]


def test_a_clause_or_a_date_before_a_bracketed_country_is_no_name():
    text = (
        "On 3-4 May 2019 in Daugavpils (Latvia) the partners met for the first time.\n\n"
        "Our network brings together the towns of Jaca (ES) and Tarbes (FR)."
    )
    names = [name for name, _, _ in partner_rows(text)]
    assert not any(name.startswith(("On ", "Our ")) for name in names)


def test_a_kind_and_what_it_is_for_after_a_verb_of_taking_part():
    text = (
        "V projektu sodelujejo Ministrstvo za kmetijstvo in okolje, Občina Kranj in Univerza v "
        "Mariboru."
    )
    assert partner_rows(text) == [
        ("Ministrstvo za kmetijstvo in okolje", "SI", "partner"),
        ("Občina Kranj", "SI", "partner"),
        ("Univerza v Mariboru", "SI", "partner"),
    ]


def test_a_hungarian_lead_before_the_word_for_a_settlement():
    text = (
        "A vezető partner a szlovéniai Kobarid település, a többi partner pedig: "
        "Kanal ob Soči (SLO), Lenti város (HU)."
    )
    assert partner_rows(text) == [
        ("Kobarid település", "SI", "lead"),
        ("Kanal ob Soči", "SI", "partner"),
        ("Lenti város", "HU", "partner"),
    ]


def test_two_state_bodies_that_share_only_the_word_state_are_two():
    text = "Partneri projekta su Državni zavod za zaštitu prirode i Državna uprava za vode."
    assert partner_rows(text) == [
        ("Državni zavod za zaštitu prirode", "HR", "partner"),
        ("Državna uprava za vode", "HR", "partner"),
    ]


def test_partners_from_two_countries_joined_by_and_give_no_one_side():
    # "partnerjev iz Slovenije in Hrvaške" names the partnership's countries: each body's own
    # words give its country, not the first country of the pair
    text = (
        "V projektu sodeluje pet partnerjev iz Slovenije in Hrvaške, in sicer poleg Občine "
        "Brežice še Hrvatske vode, Grad Samobor in Zavod za turizem Krško."
    )
    assert partner_rows(text) == [
        ("Občina Brežice", "SI", "partner"),
        ("Hrvatske vode", "HR", "partner"),
        ("Grad Samobor", "HR", "partner"),
        ("Zavod za turizem Krško", "SI", "partner"),
    ]


def test_a_record_s_beneficiaries_line_with_the_lead_marked_inside():
    # a heading in capitals over a blank line, the names separated by commas, the lead's
    # marker in brackets with a word after the role ("dofinansowania": of the grant)
    text = (
        "BENEFICJENCI\n\nGmina Bystrzyca (Główny beneficjent dofinansowania), Gmina Lądek-Zdrój, "
        "Miasto Broumov.\n"
    )
    assert partner_rows(text) == [
        ("Gmina Bystrzyca", "PL", "lead"),
        ("Gmina Lądek-Zdrój", "PL", "partner"),
        ("Miasto Broumov", "CZ", "partner"),
    ]


def test_a_headline_in_capitals_with_the_project_s_name_in_quotes_gives_no_partners():
    # the quoted name keeps its own case; the headline's words are not names
    text = (
        "ZAVRŠNA KONFERENCIJA PČELARA I MEDARA U SKLOPU PROJEKTA “Honey routes across the "
        "border”\n\nPartneri projekta su Grad Koprivnica i Općina Legrad."
    )
    assert partner_rows(text) == [
        ("Grad Koprivnica", "HR", "partner"),
        ("Općina Legrad", "HR", "partner"),
    ]


def test_the_country_a_sentence_says_the_bodies_stand_for_wins_over_their_names_language():
    # "Latvijai atstovauja …" (for Latvia stand …) and "…, Lietuvai – …" (for Lithuania – …):
    # Latvian bodies named in Lithuanian are Latvian; the country before the dash is no name
    text = (
        "Projekte dalyvauja keturi partneriai. Latvijai atstovauja Bauskės savivaldybė ir "
        "Rūjienos muziejus, Lietuvai – Pasvalio rajono savivaldybė ir Biržų kultūros centras."
    )
    assert partner_rows(text) == [
        ("Bauskės savivaldybė", "LV", "partner"),
        ("Rūjienos muziejus", "LV", "partner"),
        ("Pasvalio rajono savivaldybė", "LT", "partner"),
        ("Biržų kultūros centras", "LT", "partner"),
    ]


def test_a_run_of_names_with_countries_after_groups_is_no_description_opener():
    # "A, B (Somija), C (Latvija), …": the first bracket closes a group of two names, not the
    # name of one body that a description opens with
    text = (
        "Statuss: Noslēdzies\n\nProjekta vadošais partneris: Turku pašvaldība (Somija)\n\n"
        "Alfa Lietišķo zinātņu universitāte, Helsinku pašvaldība (Somija), Rīgas Stradiņa "
        "universitāte (Latvija), Poznaņas pašvaldība, Nofer arodmedicīnas institūts (Polija), "
        "Tartu pašvaldība (Igaunija)\n\nProjekta galvenais rezultāts būs izstrādāts modelis.\n"
    )
    rows = partner_rows(text)
    assert [name for name, _, _ in rows] == [
        "Turku pašvaldība",
        "Alfa Lietišķo zinātņu universitāte",
        "Helsinku pašvaldība",
        "Rīgas Stradiņa universitāte",
        "Poznaņas pašvaldība",
        "Nofer arodmedicīnas institūts",
        "Tartu pašvaldība",
    ]
    assert rows[0] == ("Turku pašvaldība", "FI", "lead")
    assert [country for _, country, _ in rows[2:]] == ["FI", "LV", "PL", "PL", "EE"]


@pytest.mark.parametrize(
    "language, sentence",
    [
        # a person, not a run of bodies, before the word for the project
        ("de", "Bürgermeister Hans Huber ist im Projekt mit {a} (Slowenien), {b} (Italien) und {c} (Österreich) verbunden."),
        ("en", "Mayor Anna Novak is in the project together with {a} (Slovenia), {b} (Italy) and {c} (Austria)."),
        # no name at all before it
        ("de", "Seit 2020 ist das Projekt mit {a} (Slowenien), {b} (Italien) und {c} (Österreich) verbunden."),
        ("en", "This year the project works with {a} (Slovenia), {b} (Italy) and {c} (Austria)."),
    ],
)  # fmt: skip
def test_names_with_their_countries_after_an_opening_that_is_no_run_of_bodies(language, sentence):
    # the opening is not read as the partners, so the names each followed by its country
    # after "with" are, as prose: the person is none
    text = sentence.format(a="Zavod Soča", b="Comune di Udine", c="Gemeinde Arnoldstein")
    result = extract_text(text, file="p.txt", language=language)
    assert [(p["name"], p["country"], p["role"], p["found_in"]) for p in result["partners"]] == [
        ("Zavod Soča", "SI", "partner", "prose"),
        ("Comune di Udine", "IT", "partner", "prose"),
        ("Gemeinde Arnoldstein", "AT", "partner", "prose"),
    ]
