"""The project's acronym and title as pages write them: labels in any language, names after
the words that introduce one, a coined name before the word for project, and what is not a
name (a number, a heading, a partner)."""

from __future__ import annotations

import pytest

from helix_graph.ingest.extract import extract_text

PARTNERS = "Lead partner: Občina Kranj\nPartners: Univerza v Mariboru, Stadt Graz\n"


def _names(text: str, language: str = "en") -> tuple:
    project = extract_text(text, file="page.txt", language=language)["project"]
    return project["acronym"], project["title"]


@pytest.mark.parametrize(
    ("label", "language"),
    [
        ("Nome del progetto", "it"),
        ("Názov projektu", "sk"),
        ("Koostööprojekti nimetus", "et"),
        ("Naziv operacije", "hr"),
        ("A projekt címe", "hu"),
        ("Projekt", "et"),
    ],
)
def test_a_label_made_of_the_words_for_name_and_project_gives_the_title(label, language):
    text = f"{label}: Mlini ob reki in njihovi mlinarji\n" + PARTNERS
    assert _names(text, language)[1] == "Mlini ob reki in njihovi mlinarji"


def test_a_label_of_other_words_or_a_heading_in_capitals_gives_no_title():
    # "name of the partner" is a partner's field, and a section's heading has no value
    partner = "Naziv partnera: Občina Kranj\nPartners: Univerza v Mariboru, Stadt Graz\n"
    assert _names(partner, "hr")[1] is None
    heading = "PROJEKTAS\nTrukmė: 24 mėnesiai\n" + PARTNERS
    assert _names(heading, "lt")[1] is None


def test_a_full_title_label_splits_acronym_and_title_at_the_dash():
    text = "• Titolo completo: GREEN MILLS – Old water mills as places of learning\n" + PARTNERS
    assert _names(text, "it") == ("GREEN MILLS", "Old water mills as places of learning")
    # and the other way round: a title of words, then the acronym in capitals
    text = "Naziv projekta: Stari mlini kao mjesta učenja - OLDMILLS\n" + PARTNERS
    assert _names(text, "hr") == ("OLDMILLS", "Stari mlini kao mjesta učenja")


def test_a_number_in_brackets_quotes_and_an_acronym_word_inside_the_title():
    text = (
        "Projekta nosaukums: „Ūdensdzirnavas kā mācību vietas pierobežā, akronīms MILLS 2” "
        "(Nr. LLB-3-117)\n" + PARTNERS
    )
    result = extract_text(text, file="page.txt", language="lv")["project"]
    assert (result["acronym"], result["title"]) == (
        "MILLS 2",
        "Ūdensdzirnavas kā mācību vietas pierobežā",
    )
    assert result["code"] == "LLB-3-117"  # the number is the project's code, not its acronym
    quoted = "Projekto pavadinimas: „Seni malūnai“ (Nr. LLB-3-118)\n" + PARTNERS
    assert _names(quoted, "lt") == ("Seni malūnai", "Seni malūnai")


def test_a_short_name_of_words_is_the_title_and_for_want_of_another_the_acronym():
    text = "Gulbenē viesojās projekta “Dzirnavas bez robežām” partneri.\n" + PARTNERS
    assert _names(text, "lv") == ("Dzirnavas bez robežām", "Dzirnavas bez robežām")
    # German nouns are capitalised: still words, not a coined name
    text = "Der Start des Interreg-Projekts „Lebendige Mühlen“ wurde gefeiert.\n" + PARTNERS
    assert _names(text, "de") == ("Lebendige Mühlen", "Lebendige Mühlen")
    # a coined name is an acronym only
    text = "Der Start des Projekts „MühlenNETZ“ wurde gefeiert.\n" + PARTNERS
    assert _names(text, "de") == ("MühlenNETZ", None)


def test_a_name_after_the_words_that_introduce_one_near_the_word_for_project():
    text = (
        "Gmina podpisała umowę o realizacji projektu p.n. „Wspólne młyny nad granicą” "
        "z partnerem ze Słowacji.\n" + PARTNERS
    )
    assert _names(text, "pl")[1] == "Wspólne młyny nad granicą"
    text = (
        "Projekt nr PL-SK-01-0042\n\npt. „Odnowa młynów wodnych na pograniczu polsko-słowackim”\n"
        + PARTNERS
    )
    assert _names(text, "pl")[1] == "Odnowa młynów wodnych na pograniczu polsko-słowackim"
    # a conference's title far from any word for project is not the project's
    text = (
        "Acronym: MILLNET\nLa giornata si è chiusa con un convegno nella sala grande del "
        "castello, dal titolo “Le acque che muovono le ruote dei mulini storici”.\n" + PARTNERS
    )
    assert _names(text, "it") == ("MILLNET", None)


def test_a_title_after_the_word_for_project_with_its_acronym_in_brackets():
    text = (
        "Općina je sudjelovala u aktivnostima EU projekta Old mills for young people (MILL4Y) "
        "na rijeci.\n" + PARTNERS
    )
    assert _names(text, "hr") == ("MILL4Y", "Old mills for young people")


def test_a_coined_name_before_the_word_for_project():
    text = "Luka je uključena u MILLPORT projekt, a trajanje MILLPORT projekta je 24 mjeseca.\n"
    assert _names(text + PARTNERS, "hr")[0] == "MILLPORT"
    # a heading in capitals is no name, nor a programme's abbreviation
    heading = "SASTANAK PROJEKTA\nEU projekt je počeo u ožujku.\n" + PARTNERS
    assert _names(heading, "hr")[0] is None
    leader = "Das LEADER-Projekt wurde in Kranj vorgestellt.\n" + PARTNERS
    assert _names(leader, "de")[0] is None


def test_a_name_before_the_word_for_project_that_a_partner_has_is_the_partners():
    # "RMK projektiosa": RMK's part of the project; RMK stays a partner and is not the acronym
    text = (
        "Projekti juhtpartner oli RMK, partnerid olid Soomes Metsakeskus Tapio ja "
        "Metsähallitus. RMK projektiosa maht oli 400 tuhat eurot.\n"
    )
    result = extract_text(text, file="page.txt", language="et")
    assert result["project"]["acronym"] is None
    assert "RMK" in [p["name"] for p in result["partners"]]


def test_a_projects_number_is_not_its_acronym():
    text = "Projekt LLI-349 je bil potrjen.\n" + PARTNERS
    assert _names(text, "sl")[0] is None
    text = "A projekt azonosító: HUSRB/1602/32/0085\n" + PARTNERS
    assert _names(text, "hu")[0] is None
    # a coined name with a digit inside is a name
    text = "The TEST-4-SME project trains the staff of small firms.\n" + PARTNERS
    assert _names(text)[0] == "TEST-4-SME"


def test_a_short_name_before_a_long_title_at_a_dash_is_the_acronym():
    text = "Začela se je konferenca projekta “Stari mlini – Ohranjanje mlinov ob rekah Krke in Kolpe”.\n"
    assert _names(text + PARTNERS, "sl") == (
        "Stari mlini",
        "Ohranjanje mlinov ob rekah Krke in Kolpe",
    )
    text = 'Approved: the project "Mill Talk - Telling the stories of old water mills".\n'
    assert _names(text + PARTNERS) == ("Mill Talk", "Telling the stories of old water mills")
    # two places at a dash are not an acronym and a title
    text = 'The project "Kranj – Graz" links two towns.\n'
    assert _names(text + PARTNERS)[0] == "Kranj – Graz"


def test_the_first_line_of_a_projects_record_is_its_title():
    text = (
        "Moulins – Les moulins à eau des deux rives du Rhin\nStatut du projet\nterminé\n" + PARTNERS
    )
    assert _names(text, "fr") == ("Moulins", "Les moulins à eau des deux rives du Rhin")
    text = "Wspólne młyny na pograniczu\n\nProjekt nr PL-SK-01-0042\n" + PARTNERS
    assert _names(text, "pl")[1] == "Wspólne młyny na pograniczu"
    text = "Old mills as places of learning\n\nAcronym mill-up\nWebsite http://example.org\n"
    assert _names(text + PARTNERS) == ("mill-up", "Old mills as places of learning")
    # a menu, a programme's name or a section's heading over the record is not the title
    for first in (
        "Home | Projects | Contact",
        "Interreg Slovenia-Croatia Programme",
        "Completed projects",
    ):
        assert _names(f"{first}\nProject number: SI-HR-1\n" + PARTNERS)[1] is None
    # nor the first line of a page that is not a record
    assert _names("News from the valley\nThe towns met in Kranj.\n" + PARTNERS)[1] is None


def test_a_title_after_the_words_that_introduce_it_with_the_acronym_in_brackets():
    text = (
        "Projekt prekogranične suradnje pod nazivom Reviving of old mills along the rivers "
        "(MILL REV) započeo je u ožujku.\n" + PARTNERS
    )
    assert _names(text, "hr") == ("MILL REV", "Reviving of old mills along the rivers")
    # the word for project at the end of a line does not reach into the next one
    text = "O projektu\nCilj projekta (MILLNET) je obnova mlinov.\n" + PARTNERS
    assert _names(text, "sl") == ("MILLNET", None)


def test_a_quoted_acronym_with_its_title_in_brackets():
    text = (
        'Pašvaldība piedalās projektā "MILLS" (Mills In Living Landscapes of the South), '
        "kura mērķis ir dzirnavu atjaunošana.\n" + PARTNERS
    )
    assert _names(text, "lv") == ("MILLS", "Mills In Living Landscapes of the South")
