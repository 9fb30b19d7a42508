"""Shapes of real pages that earlier rounds read wrongly, each in fixtures written for these tests.

Every shape recurs across languages: a numbered list of a project's goals or results (clauses, not
names), an address written after a name (a street and number, a postcode and town, contact
fields), a country's name of two words joined by "and" heading the body in brackets after it.
"""

from __future__ import annotations

from helix_graph.ingest.extract import extract_text
from tests.ingest.extract_rows import partner_rows


def test_numbered_goals_that_open_with_a_verbal_noun_are_not_partners():
    # the goals are numbered like the partners below them; "Usposabljanje …" and
    # "Vzpostavljanje …" are verbal nouns, so the block of goals is no list of names
    text = (
        "Projekt ZELENA POT\n\nCilji projekta:\n\n"
        "1. Razvoj skupne ponudbe kolesarskih poti ob reki Dravi\n"
        "2. Usposabljanje ponudnikov nastanitev za sprejem kolesarjev\n"
        "3. Vzpostavljanje mreže izposojevalnic koles v obeh državah\n\n"
        "Partnerji:\n\n"
        "1. Občina Dravograd (vodilni partner)\n"
        "2. Zavod za turizem Ormož\n"
        "3. Grad Varaždin\n"
    )
    assert partner_rows(text) == [
        ("Občina Dravograd", "SI", "lead"),
        ("Zavod za turizem Ormož", "SI", "partner"),
        ("Grad Varaždin", "HR", "partner"),
    ]


def test_numbered_results_that_are_clauses_with_is_are_are_not_partners():
    # Estonian results: "… on … ühendatud" holds the verb "on" (are)
    text = (
        "Projekti tulemused:\n\n"
        "1. Külaseltsid on omavahel paremini ühendatud ja teavad üksteise tegevusi.\n"
        "2. Noored on kaasatud kogukonna ettevõtmistesse.\n"
        "3. Kohalikud ettevõtjad on leidnud uusi koostööpartnereid.\n\n"
        "Partnerid: MTÜ Järveküla Selts, Põlva vald\n"
    )
    assert partner_rows(text) == [
        ("MTÜ Järveküla Selts", "EE", "partner"),
        ("Põlva vald", "EE", "partner"),
    ]


def test_a_name_ends_where_its_address_starts_and_the_town_gives_its_country():
    # the lead under a bare lead label, its street and postcode on the lines below; the
    # partners with the address on the same line; a year inside a name is not a postcode
    text = (
        "Vodilni partner\nLAS Zgornja Sava 2021\nGlavni trg 12\n4270 Jesenice\n\n"
        "Partnerja\nLAS Spodnja Sava, Cesta talcev 3, 8250 Brežice\n"
        "LAG Obersteiermark Ost, Hauptplatz 5, 8700 Leoben\n"
    )
    result = extract_text(text, file="p.txt")
    rows = [(p["name"], p["country"], p["role"]) for p in result["partners"]]
    assert rows == [
        ("LAS Zgornja Sava 2021", "SI", "lead"),
        ("LAS Spodnja Sava", "SI", "partner"),
        ("LAG Obersteiermark Ost", "AT", "partner"),
    ]
    # Leoben, after the postcode, is what the page says of the Austrian group's country
    assert result["partners"][2]["country_from"] == "written beside it"


def test_contact_fields_and_the_repeated_town_are_cut_from_a_labelled_name():
    # "Name Street Town, Country Telefon: Web:": the town repeats the name's place
    text = (
        "Partneri na projektu:\n\n"
        "Vodeći partner: Grad Dubrava Ulica kralja Zvonimira Dubrava, Republika Hrvatska "
        "Telefon: Web:\n"
    )
    assert partner_rows(text) == [("Grad Dubrava", "HR", "lead")]


def test_countries_heading_bodies_in_brackets_stay_whole_and_give_the_country():
    # "Bosna i Hercegovina" is one country (not "Bosna" and "Hercegovina"); the role may open
    # the brackets
    text = (
        "U projektu sudjeluju partneri iz tri zemlje: Slovenija (vodilni partner Razvojna "
        "agencija Sotla), Bosna i Hercegovina (Općina Tešanj) i Hrvatska (Grad Klanjec)."
    )
    assert partner_rows(text) == [
        ("Razvojna agencija Sotla", "SI", "lead"),
        ("Općina Tešanj", "BA", "partner"),
        ("Grad Klanjec", "HR", "partner"),
    ]


def test_a_body_in_brackets_after_a_listed_name_acts_for_it_and_is_no_second_partner():
    # the regional office in brackets hosts the meeting in the prose above the list; the
    # Czech region's "ý" says its country where the Polish page's language would not
    text = (
        "Pierwsze spotkanie partnerów odbyło się w siedzibie Biura Planowania Regionalnego, "
        "a projekt realizuje 3 polskich i czeskich partnerów w programie Republika Czeska – "
        "Polska.\n\n"
        "Partnerzy projektu:\n\n"
        "  • Województwo Opolskie (Biuro Planowania Regionalnego) – partner wiodący,\n"
        "  • Powiat Nyski,\n"
        "  • Olomoucký Kraj.\n"
    )
    assert partner_rows(text) == [
        ("Województwo Opolskie", "PL", "lead"),
        ("Powiat Nyski", "PL", "partner"),
        ("Olomoucký Kraj", "CZ", "partner"),
    ]


def test_an_apposition_after_a_two_letter_acronym_stays_with_its_name():
    # "…Sotla RA, zavod za razvoj podeželja": the lower-case kind after the acronym describes the
    # agency (it is its legal kind), not a body of its own
    text = "Partnerji: Razvojna agencija Sotla RA, zavod za razvoj podeželja, Občina Kranj in Stadt Graz.\n"
    result = extract_text(text, file="page.txt", language="sl")
    assert [p["name"] for p in result["partners"]] == [
        "Razvojna agencija Sotla RA, zavod za razvoj podeželja",
        "Občina Kranj",
        "Stadt Graz",
    ]
