"""Partners from the ways real project pages write them, in the languages of the pages.

The fixtures are written for these tests (the benchmark's real pages are not kept in the
repository); each has the structure of a kind of page seen in the wild: prose with the
partners after a role word, lists with and without markers, lists under a bare heading,
country headings, key-value records, "Name (Country)" runs.
"""

from __future__ import annotations

from datetime import date

import pytest

from helix_graph.errors import DataError
from helix_graph.ingest.extract import (
    MAX_PAGE_BYTES,
    detect_language,
    extract_file,
    extract_files,
    extract_text,
)


def _table(result: dict) -> list[tuple[str, str | None, str]]:
    return [(p["name"], p["country"], p["role"]) for p in result["partners"]]


def test_slovenian_prose_with_a_side_an_inflected_lead_and_observers():
    text = (
        "Projekt GREENHILLS povezuje gorske občine.\n\n"
        "Vodilni partner projekta je Razvojna agencija Zgornja dolina. Partnerji iz Slovenije v "
        "projektu so: Občina Bovec, Zavod za turizem Kras in Gozdarski inštitut Vrhnika. "
        "Pri delu sodelujejo skupaj z opazovalci Občino Kanal in Ministrstvom za okolje."
    )
    result = extract_text(text, file="p.txt")
    assert result["language"] == "sl"
    assert _table(result) == [
        ("Razvojna agencija Zgornja dolina", "SI", "lead"),
        ("Občina Bovec", "SI", "partner"),
        ("Zavod za turizem Kras", "SI", "partner"),
        ("Gozdarski inštitut Vrhnika", "SI", "partner"),
        ("Občina Kanal", "SI", "observer"),
        ("Ministrstvo za okolje", "SI", "observer"),
    ]
    assert result["project"]["acronym"] == "GREENHILLS"
    review = "\n".join(result["review"])
    assert "partner 'Občino Kanal' is in the accusative or instrumental" in review
    # the side the partners are listed under is what the page says; the lead's country is guessed
    assert result["partners"][1]["country_from"] == "the side it is listed under"
    assert "'Razvojna agencija Zgornja dolina': no country given" in review


def test_croatian_prose_lead_before_the_role_word_and_partners_from_the_other_side():
    text = (
        "Uz Varaždinsku županiju kao vodećeg partnera, ostali hrvatski partneri u projektu su "
        "Turistička zajednica Ludbreg i Udruga vinara Zagorje, dok su partneri na mađarskoj "
        "strani Zala Megyei Önkormányzat i Keszthely Város Önkormányzata."
    )
    result = extract_text(text, file="p.txt")
    assert result["language"] == "hr"
    assert _table(result) == [
        ("Varaždinska županija", "HR", "lead"),
        ("Turistička zajednica Ludbreg", "HR", "partner"),
        ("Udruga vinara Zagorje", "HR", "partner"),
        ("Zala Megyei Önkormányzat", "HU", "partner"),
        ("Keszthely Város Önkormányzata", "HU", "partner"),
    ]
    assert result["partners"][0]["name_as_written"] == "Varaždinsku županiju"


def test_italian_prose_with_sides_and_associated_partners_kept_apart():
    text = (
        "Il capofila del progetto “ALPIFOOD” è il Comune di Tolmezzo. I partner del progetto sono, "
        "per la parte slovena: la Camera di commercio di Nova Gorica, l’Università di Primorska; "
        "per la parte italiana sono invece: il GAL Carnia e la Fondazione Montagna Viva. "
        "Sono partner associati la Regione del Veneto e l’Agenzia nazionale slovena per il turismo."
    )
    result = extract_text(text, file="p.txt")
    assert result["language"] == "it"
    assert _table(result) == [
        ("Comune di Tolmezzo", "IT", "lead"),
        ("Camera di commercio di Nova Gorica", "SI", "partner"),
        ("Università di Primorska", "SI", "partner"),
        ("GAL Carnia", "IT", "partner"),
        ("Fondazione Montagna Viva", "IT", "partner"),
        ("Regione del Veneto", "IT", "associated"),
        ("Agenzia nazionale slovena per il turismo", "SI", "associated"),
    ]
    assert result["project"]["acronym"] == "ALPIFOOD"


def test_english_bullets_without_a_heading_and_a_lead_marker():
    text = (
        "Duration: 1 March 2020 – 28 February 2023\n"
        "- Chamber of Crafts of Styria (lead partner)\n"
        "- Development Agency Pomurje\n"
        "- Technical University of Graz\n"
        "- Vas County Enterprise Foundation\n"
        "Main activities:\n"
        "- workshops for small firms\n"
        "- a shared online platform\n"
    )
    result = extract_text(text, file="p.txt")
    assert _table(result) == [
        ("Chamber of Crafts of Styria", "AT", "lead"),
        ("Development Agency Pomurje", "SI", "partner"),
        ("Technical University of Graz", "AT", "partner"),
        ("Vas County Enterprise Foundation", "HU", "partner"),
    ]
    assert (result["project"]["start_date"], result["project"]["end_date"]) == (
        date(2020, 3, 1),
        date(2023, 2, 28),
    )


def test_latvian_labels_with_addresses_after_the_names():
    text = (
        "Projekta vadošais partneris: Alūksnes novada pašvaldība, Dārza iela 11, Alūksne\n"
        "Projekta partneri: Utenas rajona pašvaldība, Utenio g. 4, Utena, Lietuva / "
        "Gulbenes novada pašvaldība, Ābeļu iela 2, Gulbene\n"
    )
    result = extract_text(text, file="p.txt")
    assert result["language"] == "lv"
    assert _table(result) == [
        ("Alūksnes novada pašvaldība", "LV", "lead"),
        ("Utenas rajona pašvaldība", "LT", "partner"),
        ("Gulbenes novada pašvaldība", "LV", "partner"),
    ]


def test_german_run_under_a_bare_heading_with_a_strategic_partner():
    text = (
        "Über das Projekt\n"
        "Das Projekt wird aus dem Programm „Interreg Österreich-Tschechien“ gefördert.\n"
        "Projektpartner\n"
        "Kreis Südmähren, Regionalentwicklung Waldviertel GmbH, NÖ.Regional / Strategischer "
        "Partner: Stadt Wien\n"
        "Laufzeit 01.05.2023 – 31.12.2026\n"
    )
    result = extract_text(text, file="p.txt")
    assert result["language"] == "de"
    assert _table(result) == [
        ("Kreis Südmähren", "CZ", "partner"),
        ("Regionalentwicklung Waldviertel GmbH", "AT", "partner"),
        ("NÖ.Regional", "AT", "partner"),
        ("Stadt Wien", "AT", "associated"),
    ]
    assert result["project"]["programme"].startswith("Interreg Österreich-Tschechien")


def test_country_headings_and_a_plural_organisation_word_before_places():
    text = (
        "Partners: Austria: Province of Carinthia; municipalities of Villach, Feldkirchen and "
        "Spittal; Slovenia: municipalities of Jesenice, Radovljica; Croatia: Town of Buzet."
    )
    result = extract_text(text, file="p.txt", language="en")
    assert _table(result) == [
        ("Province of Carinthia", "AT", "partner"),
        ("Municipality of Villach", "AT", "partner"),
        ("Municipality of Feldkirchen", "AT", "partner"),
        ("Municipality of Spittal", "AT", "partner"),
        ("Municipality of Jesenice", "SI", "partner"),
        ("Municipality of Radovljica", "SI", "partner"),
        ("Town of Buzet", "HR", "partner"),
    ]


def test_a_database_record_with_name_and_address_fields():
    text = (
        "Cross-border care for the elderly\n\n"
        "Programme 2014 - 2020 INTERREG V-A Slovenia - Hungary\n\n"
        "Partners (2)\n\n"
        "Lead Partner: Zala Megyei Kórház\n\n"
        "Address: Zrínyi utca 1., 8900 Zalaegerszeg, Hungary\n\n"
        "Legal status: public\n\n"
        "Website: http://www.example.org\n\n"
        "Splošna bolnišnica Murska Sobota\n\n"
        "Name: Splošna bolnišnica Murska Sobota\n\n"
        "Address: Ulica dr. Vrbnjaka 6, 9000 Murska Sobota, Slovenia\n\n"
        "Lead partner marker\n\nLead partner\n\nProject partner marker\n\nProject partner\n"
    )
    result = extract_text(text, file="p.txt", language="en")
    assert _table(result) == [
        ("Zala Megyei Kórház", "HU", "lead"),
        ("Splošna bolnišnica Murska Sobota", "SI", "partner"),
    ]
    assert result["partners"][0]["country_from"] == "written beside it"


def test_estonian_run_of_names_each_with_its_country():
    text = (
        "Projektis osaleb 4 partnerit Soomest, Lätist ja Eestist: juhtpartner Turku University "
        "of Applied Sciences (Soome), Vidzeme Planning Region (Läti), Valga Vallavalitsus (Eesti) "
        "ja Tartu Ülikool (Eesti)."
    )
    result = extract_text(text, file="p.txt")
    assert result["language"] == "et"
    assert _table(result) == [
        ("Turku University of Applied Sciences", "FI", "lead"),
        ("Vidzeme Planning Region", "LV", "partner"),
        ("Valga Vallavalitsus", "EE", "partner"),
        ("Tartu Ülikool", "EE", "partner"),
    ]


def test_french_plural_before_the_names_and_associated_members():
    text = (
        "Notre alliance réunit les universités de Gérone (Espagne), de Pécs (Hongrie) et de "
        "Maribor (Slovénie). A ces partenaires s'ajoutent des membres associés que sont : "
        "l'Hôpital de Perpignan et la Chambre de commerce de Lleida (Espagne)."
    )
    result = extract_text(text, file="p.txt")
    assert result["language"] == "fr"
    assert _table(result) == [
        ("Université de Gérone", "ES", "partner"),
        ("Université de Pécs", "HU", "partner"),
        ("Université de Maribor", "SI", "partner"),
        ("Hôpital de Perpignan", "FR", "associated"),
        ("Chambre de commerce de Lleida", "ES", "associated"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Projekto partneriai: Kauno rajono savivaldybė, Rīgas plānošanas reģions (Latvija)\n",
            [
                ("Kauno rajono savivaldybė", "LT", "partner"),
                ("Rīgas plānošanas reģions", "LV", "partner"),
            ],
        ),
        (
            "Vezető partner: Tokaji Borút Egyesület\nPartner: Košický samosprávny kraj, Slovensko\n",
            [
                ("Tokaji Borút Egyesület", "HU", "lead"),
                ("Košický samosprávny kraj", "SK", "partner"),
            ],
        ),
        (
            "Partner wiodący: Gmina Cieszyn\nPartner projektu: Město Třinec (Czechy)\n",
            [("Gmina Cieszyn", "PL", "lead"), ("Město Třinec", "CZ", "partner")],
        ),
    ],
    ids=["lt", "hu", "pl"],
)
def test_labels_in_lithuanian_hungarian_and_polish(text, expected):
    assert _table(extract_text(text, file="p.txt")) == expected


def test_a_page_about_a_programme_names_no_partners():
    text = (
        "The programme supports cooperation between regions.\n\n"
        "Partners will exchange experience and partners shall organise events. Every project "
        "needs a lead partner from a member state and at least two partners from two countries.\n"
        "1. partner is interested in tourism\n"
        "2. partner has experience with volunteers\n"
        "Contact: Janez Novak, phone +386 1 234 56 78\n"
        "Associated persons Maja Horvat, Peter Kranjc\n"
    )
    result = extract_text(text, file="p.txt", language="en")
    assert result["partners"] == []
    assert (
        "no partners found on the page: add them by hand, or take them from another source"
        in (result["review"])
    )


def test_german_verbs_that_carry_out_a_project_together():
    text = (
        "Das Vorhaben verbindet Hochschulen beiderseits der Grenze. Die Südmährische "
        "Fachschule Brünn führt das Projekt zusammen mit der Lesní park, o. p. s. in Klattau und "
        "dem Bildungs- und Forschungszentrum Lindengrund durch. Ein zweites Projekt wird "
        "durchgeführt von der Akademie Rotbach und dem Institut für Waldkunde Pilsen."
    )
    result = extract_text(text, file="p.txt")
    assert result["language"] == "de"
    assert _table(result) == [
        ("Südmährische Fachschule Brünn", "CZ", "lead"),
        ("Lesní park, o. p. s.", "CZ", "partner"),  # its seat, Klattau, after the form
        ("Bildungs- und Forschungszentrum Lindengrund", None, "partner"),
        ("Akademie Rotbach", None, "partner"),
        ("Institut für Waldkunde Pilsen", "CZ", "partner"),
    ]


def test_a_verb_that_names_the_lead_with_partners_in_quotes_and_a_project_between():
    lv = (
        "Šī ir trešā tikšanās, kuru īsteno biedrība “Ezermalas lauku partnerība” kopā ar "
        "sadarbības partneri - biedrību “Upesgala kopiena”."
    )
    assert [(p["name"], p["role"]) for p in extract_text(lv, file="p.txt")["partners"]] == [
        ("Ezermalas lauku partnerība", "lead"),
        ("Upesgala kopiena", "partner"),
    ]
    de = "Ein gemeinsames Projekt zwischen der Hochschule Talstadt und der Universität Bergheim."
    assert [p["name"] for p in extract_text(de, file="p.txt")["partners"]] == [
        "Hochschule Talstadt",
        "Universität Bergheim",
    ]
    lt = "Susitikime numatyta, kad Rasų savivaldybė bus vedančiąja partnere naujame projekte."
    assert [(p["name"], p["role"]) for p in extract_text(lt, file="p.txt")["partners"]] == [
        ("Rasų savivaldybė", "lead")
    ]


def test_every_partner_keeps_the_sentence_it_came_from():
    sentence = "Lead partner of the project is the Municipality of Kranj."
    result = extract_text(f"{sentence} It starts in 2024.", file="p.txt", language="en")
    assert _table(result) == [("Municipality of Kranj", "SI", "lead")]
    assert result["partners"][0]["source"] == sentence


def test_project_title_on_the_line_after_its_label_and_an_acronym_in_brackets():
    title = extract_text("Project title\n\nGreen ports of the Adriatic\n\nMore text.", file="a")
    assert title["project"]["title"] == "Green ports of the Adriatic"
    bracket = extract_text("LLI-101, Safe rivers for everyone (SAFERIVER)\n\nText.", file="b")
    assert (bracket["project"]["title"], bracket["project"]["acronym"]) == (
        "Safe rivers for everyone",
        "SAFERIVER",
    )


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a place that only folds to a name abroad does not outweigh the name's language
        ("Partnerji projekta so Občina Brda in Razvojna agencija Sotla.", "Občina Brda", "SI"),
        ("Projekto partneriai: Žemės ūkio ministerija ir Kauno rajono savivaldybė.",
         "Žemės ūkio ministerija", "LT"),
        # a name a town abroad really has still places it there
        ("Partnerji so Občina Bekštanj in Občina Kranjska Gora.", "Občina Bekštanj", "AT"),
    ],
)  # fmt: skip
def test_a_partners_country_from_a_place_in_its_name_as_written(text, name, country):
    partners = {p["name"]: p["country"] for p in extract_text(text, file="page")["partners"]}
    assert partners[name] == country


@pytest.mark.parametrize(
    ("text", "acronym", "title"),
    [
        # a labelled acronym with an amount in brackets after it; the label's value on the next line
        ("Project acronym: RIVERLINK (1.250.000,00 EUR ERDF)\n\nText.", "RIVERLINK", None),
        ("Projekta nosaukums:\nZaļie ciemi (Green Villages)\nProjekta nosaukuma saīsinājums:\n"
         "ZC\n", "ZC", "Zaļie ciemi (Green Villages)"),
        # English order: the name before the word for project, bare or quoted
        ("Partners met in Tartu. The GreenHARBOUR project starts in May.", "GreenHARBOUR", None),
        ("A meeting of the cross-border “Baltic Trails” project took place in Riga.",
         "Baltic Trails", None),
        # the word for acronym before or after the name
        ("Odobren je projekt z akronimom SOLAR-WAY v okviru razpisa.", "SOLAR-WAY", None),
        ("„HydroNET to akronim naszego projektu „Wspólne rzeki dla regionu pogranicza” .",
         "HydroNET", "Wspólne rzeki dla regionu pogranicza"),
        ("Projekt RiverCARE je namenjen varstvu rek.", "RiverCARE", None),
        # the title after the dash ends where the sentence goes on; "on" may be in a title
        ("The projekt SOLWARM – Smart heating for small towns is led by the city of Graz.",
         "SOLWARM", "Smart heating for small towns"),
        ("Projekt ALPWATER – Cooperation on water in the Alps\n\nText.", "ALPWATER",
         "Cooperation on water in the Alps"),
    ],
)  # fmt: skip
def test_the_projects_acronym_from_its_label_or_the_words_around_it(text, acronym, title):
    project = extract_text(text, file="page")["project"]
    assert project["acronym"] == acronym
    if title:
        assert project["title"] == title


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Partnerji projekta so občina, zavod in društvo, ki bodo sodelovali v projektu.", "sl"),
        ("Partneri projekta su općina i udruga koja će sudjelovati u projektu.", "hr"),
        ("Projekta partneri ir pašvaldība un biedrība, kas piedalās projektā.", "lv"),
        ("Projekto partneriai yra savivaldybė ir asociacija, kurie dalyvauja projekte.", "lt"),
        ("Projekti partnerid on vald ja ühing, mis osalevad projektis.", "et"),
        ("Die Projektpartner sind die Gemeinde und der Verein, die im Projekt mitwirken.", "de"),
        ("I partner del progetto sono il comune e la associazione della regione.", "it"),
        ("A projekt partnerei az önkormányzat és az egyesület, amelyek részt vesznek.", "hu"),
        ("Partnerami projektu są gmina i stowarzyszenie, które działają w regionie.", "pl"),
        ("Les partenaires du projet sont la commune et une association de la région.", "fr"),
        ("The project partners are the municipality and an association of the region.", "en"),
        # short English records: Hungary's article "a" and Slovene loanwords do not outweigh them
        ("Lead Partner: Regional Development Agency Savinja", "en"),
        ("Project partners", "en"),
        ("A municipality is a partner in this project.", "en"),
    ],
)
def test_the_language_of_a_page(text, language):
    assert detect_language(text) == language


def test_bad_files_each_give_one_sentence(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    binary = tmp_path / "page.pdf.txt"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02 binary")
    huge = tmp_path / "site.txt"
    with huge.open("wb") as f:  # a sparse file: 100 MB on paper, nothing on disk
        f.truncate(100_000_000)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Partnerji:\n • Občina Kranj, SLOVENIJA\n".encode("cp1250"))
    good = tmp_path / "good.txt"
    good.write_text("Lead partner: Municipality of Kranj, Slovenia\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"empty\.txt: the file is empty"):
        extract_file(empty)
    with pytest.raises(DataError, match=r"page\.pdf\.txt: the file is not text"):
        extract_file(binary)
    with pytest.raises(
        DataError, match=r"site\.txt: the file is 100 MB, larger than a project page"
    ):
        extract_file(huge)
    assert MAX_PAGE_BYTES == 5_000_000
    results, problems = extract_files([empty, binary, huge, latin, good])
    assert [r["file"] for r in results] == ["good.txt"]
    assert _table(results[0]) == [("Municipality of Kranj", "SI", "lead")]
    assert len(problems) == 4
    assert problems[3].startswith(f"{latin} line 2: byte ") and "not UTF-8" in problems[3]


def test_the_cli_extracts_the_good_pages_and_names_each_bad_one(tmp_path, run_cli):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("Lead partner: Municipality of Kranj, Slovenia\n")
    out = tmp_path / "drafts"
    code, stdout, err = run_cli(
        "extract", str(tmp_path / "empty.txt"), str(tmp_path / "good.txt"), "--out", str(out)
    )
    assert code == 1
    assert (
        err.strip()
        == f"Error: {tmp_path / 'empty.txt'}: the file is empty; there is nothing to extract"
    )
    assert "good.txt: (no project name) — 1 partners" in stdout
    assert sorted(p.name for p in out.iterdir()) == ["good.yaml"]
