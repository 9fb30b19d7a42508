"""The classes of what the fourteenth held-out set was read wrong on, each fixed in general:
names listed by indentation alone under a bulleted "Partner:" label, proper names in quotes after
a kind ('Primary School "Bovec"'), and the fields of a programme database's partner record that
start with the role word but hold an amount or an identifier ("Partner’s ID if not PIC:",
"Partner’s programme co-financing:", "Partner contribution:"); and, beside them, a listed
name's address (street, number, post code) that is not part of it, and an indented run of names
that ends at a sentence.

The fixtures are written for these tests (the real pages stay out of the repository) in the
shapes those pages had; the expected partners, countries and roles are worked out by hand.
"""

from __future__ import annotations

from helix_graph.ingest.extract import extract_text
from tests.ingest.extract_rows import partner_rows as _table


def test_names_indented_under_a_bulleted_partner_label_are_each_a_partner():
    # the label is one bullet among the record's bullets; its names are indented below it, one
    # a line, without markers; the towns are Italian and Slovenian ones the gazetteer knows
    text = (
        "  • Project title: Schools across the hills\n"
        "  • Project code: XB220871\n"
        "  • Partner:\n"
        '    Cooperative "Val Resia"\n'
        "    Tarcento State School Board\n"
        '    Primary School "Kobarid"\n'
        '    State School District "Manzano"\n'
        "\n"
        "  • Description: The Italian and Slovenian schools of the valleys will share lessons.\n"
    )
    assert _table(text) == [
        ('Cooperative "Val Resia"', None, "partner"),
        ("Tarcento State School Board", "IT", "partner"),
        ('Primary School "Kobarid"', "SI", "partner"),
        ('State School District "Manzano"', "IT", "partner"),
    ]


def test_one_name_under_a_label_is_still_read_with_its_department_line():
    # a single line below "Lead partner:" is the lead, not the start of an indented list
    text = (
        "Projekt povezuje planinske občine in zavode v Sloveniji.\n\n"
        "Lead partner:\n    Zavod Planika\n\nPartners: Občina Bled, Občina Bohinj"
    )
    assert _table(text) == [
        ("Zavod Planika", "SI", "lead"),
        ("Občina Bled", "SI", "partner"),
        ("Občina Bohinj", "SI", "partner"),
    ]


def test_a_quoted_name_is_a_place_only_as_a_whole():
    # 'Društvo "Zelena Reka"' is not in some village called "Reka": the quoted words are the
    # body's own name; 'Primary School "Bovec"' is in Bovec
    rows = _table(
        "Projekt povezuje društva in šole v Sloveniji.\n\n"
        'Partners:\n- Društvo "Zelena Reka"\n- Primary School "Bovec"'
    )
    assert rows == [
        ('Društvo "Zelena Reka"', "SI", "partner"),
        ('Primary School "Bovec"', "SI", "partner"),
    ]


def test_the_amount_and_id_fields_of_a_database_record_are_not_partners():
    text = (
        "Partners (2)\n"
        "Lead Partner: Občina Mirna Peč\n"
        "Partner’s ID if not PIC: SI48812345\n"
        "Address: Trg 2, 8216 Mirna Peč, Slovenia\n"
        "Total budget: EUR 201 000.00\n"
        "Partner’s programme co-financing: EUR 160 800.00\n"
        "Partner’s programme co-financing rate: 80.00%\n"
        "Partner contribution: EUR 40 200.00\n"
        "- Lokalna akcijska grupa Pinta\n"
        "-\n"
        "Name: Lokalna akcijska grupa Pinta\n"
        "Partner’s ID if not PIC: 77120455031\n"
        "Address: Obala 4, 10000 Zagreb, Croatia\n"
        "Partner contribution: EUR 12 500.00\n"
    )
    assert _table(text) == [
        ("Občina Mirna Peč", "SI", "lead"),
        ("Lokalna akcijska grupa Pinta", "HR", "partner"),
    ]


def test_a_role_label_whose_value_is_only_a_number_names_no_partner():
    text = (
        "Projekt vodi zavod iz Slovenije.\n\n"
        "Lead partner: Zavod Kozjansko\nPartner: SI 56481667\nPartner: EUR 12.000,00"
    )
    assert _table(text) == [("Zavod Kozjansko", "SI", "lead")]


def test_a_town_in_brackets_beside_a_name_places_it():
    # one-word brackets that are towns of one country, not initials: the country is the town's,
    # and the guess goes to review
    text = (
        "Partnerji projekta:\n"
        "- Osnovna šola Simona Kosa (Tolmin)\n"
        "- Društvo Beneških umetnikov (Cividale del Friuli)\n"
        "- Zavod za razvoj regije (ZRR)\n"
    )
    result = extract_text(text, file="p.txt")
    assert [(p["name"], p["country"]) for p in result["partners"]] == [
        ("Osnovna šola Simona Kosa", "SI"),
        ("Društvo Beneških umetnikov", "IT"),
        ("Zavod za razvoj regije (ZRR)", "SI"),
    ]
    assert any("'Tolmin'" in line and "check it" in line for line in result["review"])


def test_a_region_in_a_name_beats_the_language_of_the_page():
    # Danish, Czech and Spanish bodies named on a German and a French page: the region in the
    # name (in the page's exonym) or the letters of its proper word place it
    rows = _table(
        "Das Projekt verbindet Museen in Deutschland und Dänemark.\n\n"
        "Projektpartner: Museum Nordjylland, Kunsthalle Østerby und Stadtmuseum Kiel."
    )
    assert rows == [
        ("Museum Nordjylland", "DK", "partner"),
        ("Kunsthalle Østerby", "DK", "partner"),
        ("Stadtmuseum Kiel", "DE", "partner"),
    ]
    rows = _table(
        "Le projet réunit des partenaires de France, d’Espagne et de Tchéquie.\n\n"
        "Partenaires : Agence de tourisme de la Bohème, Diputación de Grenade et Ville de Lyon."
    )
    assert rows == [
        ("Agence de tourisme de la Bohème", "CZ", "partner"),
        ("Diputación de Grenade", "ES", "partner"),
        ("Ville de Lyon", "FR", "partner"),
    ]


def test_an_address_after_a_listed_name_is_not_part_of_it():
    # street, number and post code after the name are dropped; the country after them is the
    # partner's, as written; a name with a comma of its own but no number keeps it
    result = extract_text(
        "Title: Huts on both sides\n"
        "Partners:\n"
        "- Planinsko društvo Kamnik, Šutna 42, 1241 Kamnik, Slovenia\n"
        "- Alpenverein Sektion Villach, Hauptplatz 1, 9500 Villach, Austria\n"
        "- Rifugio Sella, Via Roma 7, Italy\n"
        "- University of Udine, Department of Forestry, Italy\n",
        file="p.txt",
        language="en",
    )
    assert [
        (p["name"], p["name_as_written"], p["country"], p["country_as_written"], p["found_in"])
        for p in result["partners"]
    ] == [
        ("Planinsko društvo Kamnik", "Planinsko društvo Kamnik", "SI", "Slovenia", "list"),
        ("Alpenverein Sektion Villach", "Alpenverein Sektion Villach", "AT", "Austria", "list"),
        ("Rifugio Sella", "Rifugio Sella", "IT", "Italy", "list"),
        ("University of Udine", "University of Udine", "IT", "Italy", "list"),
    ]


def test_names_indented_under_a_label_end_at_a_sentence():
    # the indented run stops at the first line that is a sentence; the names before it are
    # the partners, each placed by the town in its name
    result = extract_text(
        "Partners:\n"
        "    Planinsko društvo Kamnik\n"
        "    Alpenverein Sektion Villach\n"
        "    The two clubs share one booking system from 2021 on.\n",
        file="p.txt",
        language="en",
    )
    assert [
        (p["name"], p["country"], p["country_from"], p["role"], p["found_in"], p["source"])
        for p in result["partners"]
    ] == [
        (
            "Planinsko društvo Kamnik",
            "SI",
            "a place in its name",
            "partner",
            "list",
            "Planinsko društvo Kamnik",
        ),
        (
            "Alpenverein Sektion Villach",
            "AT",
            "a place in its name",
            "partner",
            "list",
            "Alpenverein Sektion Villach",
        ),
    ]
