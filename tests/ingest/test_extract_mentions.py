"""Partners read as mentions: a body's head word with the capitalised words it heads or ends,
or a plural kind shared by the places after it, in a sentence about who takes part.

The fixtures are written for these tests (the real pages stay out of the repository) in the
shapes the held-out pages had: Lithuanian names before "kartu su", Latvian sides, Italian and
French plural kinds with a country adjective before a list of places, German "Die Gemeinden A
und B", Slovenian bodies named only through their heads' posts, Polish EU-fund frames, a call
for proposals, contractors and where a person works, a lead label over a list.
"""

from __future__ import annotations

from helix_graph.ingest.extract import extract_text
from tests.ingest.extract_rows import partner_rows as _table


def test_names_whose_kind_word_comes_last_before_together_with():
    # Lithuanian puts the head last and the places before it in the genitive; "kartu su"
    # (together with) takes the instrumental, read back to the nominative
    assert _table(
        "Girelės rajono savivaldybės kultūros centras kartu su Upytės kultūros centru ir "
        "Latvijos lietuvių bendruomenės draugija pradėjo įgyvendinti projektą."
    ) == [
        ("Girelės rajono savivaldybės kultūros centras", "LT", "partner"),
        ("Upytės kultūros centras", "LT", "partner"),
        # the society of Lithuanians in Latvia: its name says the country
        ("Latvijos lietuvių bendruomenės draugija", "LV", "partner"),
    ]
    # a Hungarian consortium: "X Egyetem, mint főpályázó" is the applicant (the lead), the rest
    # partners
    assert _table(
        "A Zöld Híd projektet a Dombvári Egyetem, mint főpályázó, valamint a Tiszaparti Egyetem "
        "és a Kékvölgyi Fejlesztési Ügynökség mint konzorciumi partnerek valósítják meg."
    ) == [
        ("Dombvári Egyetem", "HU", "lead"),
        ("Tiszaparti Egyetem", "HU", "partner"),
        ("Kékvölgyi Fejlesztési Ügynökség", "HU", "partner"),
    ]


def test_the_side_a_sentence_names_last_is_each_names_country():
    assert _table(
        "No Latvijas puses projektā piedalās Kalnu novada dome un biedrība „Kalnu attīstības "
        "klubs”, bet no Igaunijas puses – Metsa pašvaldība."
    ) == [
        ("Kalnu novada dome", "LV", "partner"),
        ("Kalnu attīstības klubs", "LV", "partner"),
        ("Metsa pašvaldība", "EE", "partner"),
    ]


def test_a_plural_kind_with_a_country_adjective_is_shared_by_the_places_after_it():
    assert _table(
        "Al protocollo hanno aderito i Comuni sloveni di Brdo, Lokve e Kobaride e i Comuni "
        "italiani di Montefosco (capofila), Pradielis e Valbruna."
    ) == [
        ("Comune di Brdo", "SI", "partner"),
        ("Comune di Lokve", "SI", "partner"),
        ("Comune di Kobaride", "SI", "partner"),
        ("Comune di Montefosco", "IT", "lead"),
        ("Comune di Pradielis", "IT", "partner"),
        ("Comune di Valbruna", "IT", "partner"),
    ]
    # French: each place after its article; the French plural takes the French singular; "the
    # latter as lead" in the aside after the list is the last place
    assert _table(
        "Le projet a pour partenaires les régions italiennes du Val Brenta, du Montalto et de "
        "la Maremma – cette dernière en tant que chef de file – et l’Agence du Mont."
    ) == [
        # read by the list reading first; its country from the page's language
        ("Agence du Mont", "FR", "partner"),
        ("Région Val Brenta", "IT", "partner"),
        ("Région Montalto", "IT", "partner"),
        ("Région Maremma", "IT", "lead"),
    ]
    # German, no adjective: the towns' country is not written, so none is given
    assert _table(
        "Die Gemeinden Feldhofen und Seewalden wollen gemeinsam ein EU-Projekt einreichen."
    ) == [("Gemeinde Feldhofen", None, "partner"), ("Gemeinde Seewalden", None, "partner")]
    # the plural inside a name is not shared: "Communauté de communes du …" is one body
    assert ("Commune de Lac", "FR", "partner") not in _table(
        "Les partenaires sont la Communauté de communes du Lac et le Département du Mont."
    )


def test_a_small_word_inside_a_place_does_not_end_the_places_after_a_plural_kind():
    # "ob" in "Kanal ob Soči" joins the place's two words; "in" before the last place is the
    # list's "and"
    assert _table("V projektu sodelujejo občine Kanal ob Soči, Bovec in Tolmin.") == [
        ("Občina Kanal ob Soči", "SI", "partner"),
        ("Občina Bovec", "SI", "partner"),
        ("Občina Tolmin", "SI", "partner"),
    ]


def test_a_partners_name_in_another_language_in_brackets_is_not_another_partner():
    # the German name of the Polish university, with or without a space before the closing
    # bracket, is the same body
    for bracket in ("(Universität Zielona Góra)", "(Universität Zielona Góra )"):
        assert _table(f"Projekt realizują Uniwersytet Zielonogórski {bracket} i Gmina Gubin.") == [
            ("Uniwersytet Zielonogórski", "PL", "partner"),
            ("Gmina Gubin", "PL", "partner"),
        ]


def test_a_plural_kind_after_the_places_where_names_end_in_their_kind():
    # Lithuanian "kartu su A ir B seniūnijomis (Lenkija)": each place's seniūnija, in Poland
    assert _table(
        "Kartu su Girių ir Lankų seniūnijomis (Lenkija) Upytės rajono savivaldybės "
        "administracija pasirašė bendradarbiavimo sutartį."
    ) == [
        ("Girių seniūnija", "PL", "partner"),
        ("Lankų seniūnija", "PL", "partner"),
        ("Upytės rajono savivaldybės administracija", "LT", "partner"),
    ]


def test_two_kinds_sharing_one_name_and_a_compound_cut_short():
    # "die Stadt und die Universität X": both are X's; "Festungs- und Heimatmuseum" is one name
    assert _table(
        "Die Stadt und die Universität Seeburg erhalten für ihr gemeinsames Projekt Geld aus "
        "Brüssel."
    ) == [("Stadt Seeburg", None, "partner"), ("Universität Seeburg", None, "partner")]
    assert _table(
        "Als Verbundpartner beteiligen sich das Stadtarchiv Seeburg sowie das Burg- und "
        "Heimatmuseum Talfeld."
    ) == [
        ("Stadtarchiv Seeburg", None, "partner"),
        ("Burg- und Heimatmuseum Talfeld", None, "partner"),
    ]


def test_bodies_named_through_the_posts_of_the_people_who_speak_for_them():
    # "direktorica Javnega zavoda …", "župan občine …": the body in the genitive after a post,
    # without the person after it; "vodja projekta Eva Zupan," is a person, not the lead
    assert _table(
        "Partnerji projekta so se srečali v Lipniku. Poročali so vodja projekta Eva Zupan, "
        "direktorica Javnega zavoda za šport Lipnik Ana Kovač in župan občine Gornji Breg Marko "
        "Novak."
    ) == [
        ("Javni zavod za šport Lipnik", "SI", "partner"),
        ("Občina Gornji Breg", "SI", "partner"),
    ]


def test_programme_frames_funds_contractors_and_employers_are_not_partners():
    # the EU fund and the euroregion that runs the micro-project fund are named in the frame
    # of the funding; the Czech municipality's country is written in another case
    assert _table(
        "Gmina Dębowa wraz z Gminą Horní Ves z Republiki Czeskiej realizują projekt "
        "współfinansowany ze środków Europejskiego Funduszu Rozwoju Regionalnego w ramach "
        "Funduszu Mikroprojektów Euroregionu Beskidy."
    ) == [("Gmina Dębowa", "PL", "partner"), ("Gmina Horní Ves", "CZ", "partner")]
    # a person from an agency, and a contractor, take part without their bodies being partners
    assert (
        _table(
            "V projektu sodelujeta tudi ga. Ana Novak iz Razvojne agencije Sotla in zunanji "
            "izvajalec podjetje Lipa d.o.o."
        )
        == []
    )
    # a call for proposals names who may apply, not who takes part
    assert (
        _table(
            "Javni poziv za sufinanciranje projekata\n\nNa javni poziv mogu se javiti "
            "prijavitelji koji provode projekt u koji su uključene Zagrebačka županija i Općina "
            "Lipa."
        )
        == []
    )


def test_one_body_read_twice_and_one_lead_over_a_list():
    # the German genitive "der Technischen Hochschule Talberg" is the partner already named,
    # and "Studierenden der …" is not a body; "(THT)", its initials, is not part of its name
    assert _table(
        "Projektpartner sind die Technische Hochschule Talberg (THT) und die Stadt Talberg. Die "
        "Studierenden der Technischen Hochschule Talberg arbeiten gemeinsam mit der Stadt."
    ) == [
        ("Technische Hochschule Talberg", None, "partner"),
        ("Stadt Talberg", None, "partner"),
    ]
    # "Lead partner:" opens the list; the lines under it without a lead word are partners
    assert _table(
        "Lead partner: University of Northbridge\nPiedmont Valley Region (Italy)\n"
        "Association of Municipalities of Tarva County (Estonia)"
    ) == [
        ("University of Northbridge", None, "lead"),
        ("Piedmont Valley Region", "IT", "partner"),
        ("Association of Municipalities of Tarva County", "EE", "partner"),
    ]


def test_every_mention_keeps_its_sentence():
    result = extract_text(
        "Girelės rajono savivaldybės kultūros centras kartu su Upytės kultūros centru "
        "pradėjo įgyvendinti projektą.",
        file="p.txt",
    )
    assert [p["source"] for p in result["partners"]] == [
        "Girelės rajono savivaldybės kultūros centras kartu su Upytės kultūros centru "
        "pradėjo įgyvendinti projektą."
    ] * 2
    # the one read back from the instrumental is sent to review
    assert any(
        "Upytės kultūros centru" in line and "instrumental" in line for line in result["review"]
    )


def test_the_body_that_signs_the_grant_contract_is_the_lead_even_when_the_call_is_named():
    # a project page names the call its project won in; only a page headed by a call is one
    assert _table(
        "Reading rooms for two towns\nOn 3 June the Grant Contract within the 2nd Call for "
        "Proposals was countersigned by the Joint Managing Authority of the Programme and "
        "Lindava Local Municipality."
    ) == [("Lindava Local Municipality", None, "lead")]
