"""The classes of names held-out 19 lost when it was scored blind: a run after a colon whose
lead-in counts or names the kind of bodies instead of saying "partners" ("with 6 local fishing
groups:", "driven by 16 beneficiaries:"), and the rest added class by class below.

The fixtures are written for these tests in the shapes those pages had; the expected partners,
countries and roles are worked out by hand.
"""

from __future__ import annotations

import re

from helix_graph.ingest.extract import _kind_lead_in
from tests.ingest.extract_rows import partner_rows as _table

# ---------------------------------------------------------------- 1. a count or a kind before a colon


def test_a_lead_in_that_counts_or_names_a_kind_is_told_from_other_colons():
    assert _kind_lead_in("Projekt prowadzimy razem z 4 Lokalnymi Grupami Działania:") == "grupami"
    assert _kind_lead_in("O trabalho é feito por 5 beneficiários:") == "beneficiarios"
    assert _kind_lead_in("Sadarbojas piekrastes rīcības grupas (RG):") == "grupas"
    assert not _kind_lead_in("The project runs in three phases:")
    assert not _kind_lead_in("Projektni partnerji:")  # a role word: the labels read it


_BULLETS_UNDER_A_COUNT = (
    "Wyjazd studyjny do Estonii\n\n"
    "Celem projektu jest wymiana doświadczeń między rybakami i promocja lokalnych produktów.\n\n"
    "Projekt prowadzimy razem z 4 Lokalnymi Grupami Działania:\n"
    "• Stowarzyszenie Nadmorska Grupa Działania (NGD),\n"
    "• Leśna Grupa Działania (LGD),\n"
    "• Jeziorna Lokalna Grupa Działania „Trzy Wody”,\n"
    "• Harju Koostöökogu z Estonii\n"
)


def test_bullets_under_a_count_of_groups_are_the_partners_named_by_their_kind():
    # two items alone look like organisations; the two more hold the lead-in's kind word
    assert _table(_BULLETS_UNDER_A_COUNT) == [
        ("Stowarzyszenie Nadmorska Grupa Działania (NGD)", "PL", "partner"),
        ("Leśna Grupa Działania", "PL", "partner"),
        ("Jeziorna Lokalna Grupa Działania „Trzy Wody”", "PL", "partner"),
        ("Harju Koostöökogu", "EE", "partner"),
    ]


def test_bullets_under_a_count_of_steps_are_not_partners():
    page = (
        "Projekt Ścieżka\n\n"
        "Projekt prowadzimy w 3 etapach:\n"
        "• Przygotowanie Tras\n"
        "• Budowa Kładek\n"
        "• Promocja Szlaku\n"
    )
    assert _table(page) == []


_RUN_AFTER_A_COUNT = (
    "A rede Costa Viva arrancou em março. "
    "O trabalho será desenvolvido por 5 beneficiários: Câmara Municipal de Tavira, "
    "Universidade do Porto, Associação Mar Limpo, Oceanário Azul, Instituto das Marés. "
    "A primeira reunião decorreu em Faro."
)


def test_a_run_after_a_count_of_beneficiaries_in_a_sentence_is_read():
    names = [name for name, _, _ in _table(_RUN_AFTER_A_COUNT)]
    assert names == [
        "Câmara Municipal de Tavira",
        "Universidade do Porto",
        "Associação Mar Limpo",
        "Oceanário Azul",
        "Instituto das Marés",
    ]


def test_a_run_after_a_kind_with_its_acronym_gives_the_lead_its_role():
    page = (
        "Piekrastes sadarbība\n\n"
        "Projektā piedalās piekrastes rīcības grupas (RG): Ventas krasta partnerība projekta "
        "vadošais partneris, Kāpu zeme, Jūrmalciems, Rojas partnerība, Kurzemes zvejnieku "
        "biedrība, Ventspils uzņēmēju asociācija."
    )
    rows = _table(page)
    assert rows[0] == ("Ventas krasta partnerība", "LV", "lead")
    assert [name for name, _, role in rows[1:] if role == "partner"] == [
        "Kāpu zeme",
        "Jūrmalciems",
        "Rojas partnerība",
        "Kurzemes zvejnieku biedrība",
        "Ventspils uzņēmēju asociācija",
    ]


# ---------------------------------------------------------------- 2. names that hold commas, quotes, "and"

_NAMES_TO_THEIR_BRACKETS = (
    "Naslov projekta: Čiste reke\n"
    "Vodilni partner: Zavod za ribištvo Slovenije (Slovenija)\n"
    "Ostali partnerji:\n"
    "Kmetijski inštitut Slovenije (Slovenija), Ministry of Rivers, Lakes, Fisheries and Coasts "
    "(Avstrija), Danube Delta Authority (Romunija), State Agency »Clean Waters« (Bolgarija), "
    "MORSKE VODE, Legal entity for coastal waters (Hrvaška), Lake Research Centre (Madžarska) "
    "Institute for River Ecology Belgrade (Srbija).\n"
)


def test_names_in_a_run_of_country_brackets_run_to_their_bracket_commas_and_all():
    assert _table(_NAMES_TO_THEIR_BRACKETS) == [
        ("Zavod za ribištvo Slovenije", "SI", "lead"),
        ("Kmetijski inštitut Slovenije", "SI", "partner"),
        ("Ministry of Rivers, Lakes, Fisheries and Coasts", "AT", "partner"),
        ("Danube Delta Authority", "RO", "partner"),
        ("State Agency »Clean Waters«", "BG", "partner"),
        ("MORSKE VODE, Legal entity for coastal waters", "HR", "partner"),
        ("Lake Research Centre", "HU", "partner"),
        ("Institute for River Ecology Belgrade", "RS", "partner"),
    ]


def test_names_before_the_first_bracket_stay_whole():
    page = (
        "Projekt Miasta Partnerskie\n\n"
        "Koordynatorem projektu jest Stowarzyszenie Bliźniacze Odra, a jego partnerami Rada "
        "Miejska w Gubinie, Rada Miejska w Zejtun (Malta), Rada Miejska w Sopron (Węgry), Blue "
        "Harbour Foundation (Malta) oraz Sopron Twinning Association (Węgry)."
    )
    names = [name for name, _, _ in _table(page)]
    assert "Rada Miejska w Zejtun" in names  # not joined to the name before it
    assert not any("Gubinie" in name and "Zejtun" in name for name in names)


def test_a_lone_adjective_before_and_shares_the_kind_word_after_it():
    page = (
        "Srečanje partnerjev projekta Stara jadra\n\n"
        "Srečanja so se udeležili vsi projektni partnerji: Občina Piran, Pomorski in "
        "zgodovinski muzej Istre Pulj, Zavod Solne poti Sečovlje."
    )
    names = [name for name, _, _ in _table(page)]
    assert "Pomorski in zgodovinski muzej Istre Pulj" in names
    assert "Pomorski" not in names


def test_a_legal_form_after_a_comma_stays_with_its_name():
    page = (
        "A rede Costa Viva arrancou em março. "
        "O trabalho será desenvolvido por 4 beneficiários: Agência Regional do Mar, I.P., "
        "Universidade do Porto, Associação Mar Limpo, Instituto das Marés."
    )
    names = [name for name, _, _ in _table(page)]
    assert "I.P." not in names
    assert names[0].startswith("Agência Regional do Mar")


# ---------------------------------------------------------------- 8. observers under their heading

_OBSERVERS_UNDER_A_HEADING = (
    "Naslov projekta: Čiste reke\n"
    "Vodilni partner: Zavod za ribištvo Slovenije (Slovenija)\n"
    "Ostali partnerji v projektu:\n"
    "Kmetijski inštitut Slovenije (Slovenija), Danube Delta Authority (Romunija), Lake Research "
    "Centre (Madžarska)\n"
    "Opazovalci:\n"
    "Ministrstvo za naravne vire (Slovenija), Commission for the Protection of the Drava River "
    "(Avstrija), Ministry of Environment, Spatial Planning and Water Affairs of the Republic "
    "(Albanija), Regional Office for Water and Culture in the Balkans (Srbija), Ministry for the "
    "Sea and the Protection of Coasts and Lakes of Italy (Italija)\n"
    "Trajanje projekta: maj 2013–junij 2015\n"
)


def test_a_long_run_under_an_observers_heading_is_of_observers():
    rows = _table(_OBSERVERS_UNDER_A_HEADING)
    roles = {name: role for name, _, role in rows}
    assert [name for name, _, role in rows if role in ("lead", "partner")] == [
        "Zavod za ribištvo Slovenije",
        "Kmetijski inštitut Slovenije",
        "Danube Delta Authority",
        "Lake Research Centre",
    ]
    assert roles["Ministry of Environment, Spatial Planning and Water Affairs of the Republic"] == (
        "observer"
    )
    assert sum(role == "observer" for role in roles.values()) == 5


def test_observers_are_named_so_in_czech_slovak_serbian_spanish_and_portuguese():
    for heading in ("Pozorovatelé:", "Pozorovatelia:", "Posmatrači:", "Observadores:"):
        page = (
            "Projekt Řeka\n\n"
            "Partneři: Město Znojmo, Obec Hnanice\n"
            f"{heading} Jihomoravský kraj, Povodí Moravy s.p.\n"
        )
        roles = {name: role for name, _, role in _table(page)}
        assert roles.get("Jihomoravský kraj") == "observer", heading


# ---------------------------------------------------------------- 3. sides inside a run


def test_a_side_after_the_names_it_closes_gives_them_its_country():
    page = (
        "Project Blue Border\n\n"
        "The project partners are: Water Agency of Galicia, University of Vigo and Port of "
        "Marín on the Spanish side, and Port of Viana, Minho Valley Association and Institute "
        "for the Sea on the Portuguese side."
    )
    rows = _table(page)
    assert [(name, country) for name, country, _ in rows] == [
        ("Water Agency of Galicia", "ES"),
        ("University of Vigo", "ES"),
        ("Port of Marín", "ES"),
        ("Port of Viana", "PT"),
        ("Minho Valley Association", "PT"),
        ("Institute for the Sea", "PT"),
    ]


def test_a_side_split_from_its_names_by_as_and_a_plural_is_read_too():
    from helix_graph.ingest.extract import _split_run

    run = (
        "Câmara Municipal de Tavira, Universidade do Porto como beneficiários portugueses e "
        "Universidade de Vigo"
    )
    assert _split_run(run, "it") == [
        ("Câmara Municipal de Tavira", "PT"),
        ("Universidade do Porto", "PT"),
        ("Universidade de Vigo", None),
    ]


def test_a_side_that_heads_what_follows_is_not_read_as_closing():
    from helix_graph.ingest.extract import _trailing_sides

    assert _trailing_sides("per la parte slovena: Comune A, Comune B", "it") is None
    assert _trailing_sides("A e B, per la parte italiana sono invece: C e D", "it") is None


def test_the_country_before_each_part_heads_it_without_a_dash():
    page = (
        "Kontrolna poseta projektu\n\n"
        "Projekat, koji zajednički sprovode četiri partnerske organizacije, iz Srbije Udruženje "
        "preduzetnica Niš i Centar za razvoj Pirot, iz Makedonije Fondacija za obrazovanje "
        "ZNAK i Mladi i aktivni, počeo je u septembru."
    )
    assert _table(page) == [
        ("Udruženje preduzetnica Niš", "RS", "partner"),
        ("Centar za razvoj Pirot", "RS", "partner"),
        ("Fondacija za obrazovanje ZNAK", "MK", "partner"),
        ("Mladi i aktivni", "MK", "partner"),
    ]


# ---------------------------------------------------------------- 4. bodies named "on behalf of"

_ON_BEHALF_BULLETS = (
    "Kick-off meeting of the project River Links\n\n"
    "The meeting brought together people from every organisation in the project:\n"
    "• On behalf of the University of Leeds, Anna Gray, head of the water lab, and Tom Reid;\n"
    "• For Town of Rivermouth Council, John Smith, environment officer.\n"
    "• From Green Valley Association, Mary Jones.\n"
    "• And on behalf of the company AQUALINK, Peter Brown, site manager.\n"
)


def test_bullets_that_name_a_body_on_behalf_of_which_people_came_give_the_body():
    assert [name for name, _, _ in _table(_ON_BEHALF_BULLETS)] == [
        "University of Leeds",
        "Town of Rivermouth Council",
        "Green Valley Association",
        "AQUALINK",
    ]


def test_the_same_in_galician_with_a_lower_case_descriptor_before_the_name():
    page = (
        "Reunión de lanzamento do proxecto\n\n"
        "A reunión contou con todas as entidades do proxecto:\n"
        "• Por parte da Universidade de Vigo, Marta Souto Lima, investigadora principal;\n"
        "• Polo Concello de Lugo, Xosé Pena Díaz, técnico de medio ambiente.\n"
        "• Pola empresa AUGAS NORTE, acudiu a técnica Rosa Varela.\n"
    )
    assert [name for name, _, _ in _table(page)] == [
        "Universidade de Vigo",
        "Concello de Lugo",
        "AUGAS NORTE",
    ]


def test_one_item_for_someone_is_no_list_of_bodies():
    page = (
        "Projekt Mladi\n\n"
        "Cilji projekta:\n"
        "• Za mlade, ki iščejo delo, pripravimo delavnice.\n"
        "• Povezati šole in podjetja v regiji.\n"
    )
    assert _table(page) == []


# ---------------------------------------------------------------- 5. the lead in a label or a verb


def test_a_code_before_a_label_in_two_languages_gives_the_lead_and_the_partners():
    page = (
        "Die Partner des Projekts\n\n"
        "PP01 Lead Partner/Projektpartner: Agenzia Sviluppo Rovigo (Italien)\n"
        "PP02 Projektpartner: Stadt Kortrijk (Belgien)\n"
        "PP03 Advisory Partner/ Projektpartner: Energiegenossenschaft Isartal (Deutschland)\n"
        "Ziel des Projekts\n"
    )
    assert _table(page) == [
        ("Agenzia Sviluppo Rovigo", "IT", "lead"),
        ("Stadt Kortrijk", "BE", "partner"),
        ("Energiegenossenschaft Isartal", "DE", "partner"),
    ]


def test_a_list_item_that_is_a_label_gives_its_own_role():
    page = (
        "PROJEKTA PARTNERI:\n\n"
        "  • Projekta vadošais partneris – Ūmeo pilsēta (Zviedrija)\n"
        "  • Tartu Ülikooli Meremuuseum (Igaunija)\n"
        "  • Vidzemes plānošanas reģions (Latvija)\n"
    )
    assert _table(page) == [
        ("Ūmeo pilsēta", "SE", "lead"),
        ("Tartu Ülikooli Meremuuseum", "EE", "partner"),
        ("Vidzemes plānošanas reģions", "LV", "partner"),
    ]


def test_a_promoter_name_heading_over_its_name_and_a_record_user_lead():
    page = (
        "Summary\n\nProject Promoter Name\n\nPresov Self-Governing Region\n\n"
        "Partner 1: Carpathian Trails Association\n"
    )
    assert _table(page)[0] == ("Presov Self-Governing Region", "SK", "lead")
    record = (
        "Naziv projekta: Ribiške poti\n • Koristnik: Provincia di Rovigo\n"
        " • Partnerji: Občina Chioggia, Zadruga Pescatori (Chioggia)\n"
    )
    assert _table(record)[0] == ("Provincia di Rovigo", "IT", "lead")


def test_leads_named_by_a_verb_or_a_copula_in_spanish_portuguese_and_estonian():
    spanish = (
        "En el proyecto participan las siguientes instituciones, lideradas por la Fundación "
        "Ribera Viva (FRV): Universidad de Cádiz, Diputación Provincial de Cádiz y la "
        "Universidade de Faro."
    )
    rows = _table(spanish)
    assert rows[0][0] == "Fundación Ribera Viva" and rows[0][2] == "lead"
    assert [name for name, _, role in rows[1:] if role == "partner"] == [
        "Universidad de Cádiz",
        "Diputación Provincial de Cádiz",
        "Universidade de Faro",
    ]
    galician = "O proxecto dura catro anos. O socio coordinador é a Universidade de Vigo (CIM)."
    name, _, role = _table(galician)[0]
    assert name.startswith("Universidade de Vigo") and role == "lead"
    estonian = "Projekt algas 2009. aastal. RMK oli projekti juhtpartner, partneriks oli Metla."
    assert ("RMK", "EE", "lead") in _table(estonian)


def test_a_lead_named_in_a_relative_clause_after_a_clause():
    page = (
        "Danas je organizovana poseta Udruženju mladih preduzetnika Srbije, koje je vodeći "
        "partner na projektu Mladi na tržištu rada."
    )
    assert _table(page)[0] == ("Udruženje mladih preduzetnika Srbije", "RS", "lead")


def test_a_country_after_in_ends_the_name_and_gives_its_country():
    page = (
        "The kick-off was organised by the project lead partner, the Regional Chamber of "
        "Crafts of Győr in Hungary, Győr. All partners took part."
    )
    assert _table(page)[0] == ("Regional Chamber of Crafts of Győr", "HU", "lead")


# ---------------------------------------------------------------- 6. two bodies as joint subjects


def test_two_bodies_that_sign_the_partnership_agreement_are_the_partners():
    page = (
        "Spolu pre rieky\n\n"
        "Moravský spolek rybářů Olomouc (MSR) a Klub priateľov Váhu Trenčín (KPV) podpísali "
        "partnerskú zmluvu v zasadačke mestského úradu. Projekt potrvá dva roky."
    )
    assert [name for name, _, _ in _table(page)] == [
        "Moravský spolek rybářů Olomouc (MSR)",
        "Klub priateľov Váhu Trenčín (KPV)",
    ]


def test_two_bodies_that_carry_out_the_project_together_are_the_partners():
    page = (
        "Cyklostezky bez hranic\n\n"
        "Mikroregion Horní Pomoraví a obec Kravany společně realizovaly projekt „Na kole "
        "přes hranici“ z přeshraničního programu."
    )
    assert [name for name, _, _ in _table(page)] == [
        "Mikroregion Horní Pomoraví",
        "Obec Kravany",
    ]


def test_a_word_of_the_page_glued_to_the_first_sentence_is_cut_off():
    from helix_graph.ingest.extract import _unglued

    assert _unglued("novinkyMesto Žilina a Obec Višňové podpísali zmluvu.") == [
        "novinky",
        "",
        "Mesto Žilina a Obec Višňové podpísali zmluvu.",
    ]
    assert _unglued("eKultura Maribor") == ["eKultura Maribor"]


# ---------------------------------------------------------------- 7. a record's address lines

_RECORD_WITH_ADDRESSES = (
    "Cesta remesiel\n\n"
    "Vedúci partner: Spolek Řemeslná stezka, z.s., Uherské Hradiště 68601, Česká republika\n\n"
    "Hlavný cezhr.  partner: Žilinský samosprávny kraj, Žilina 010 01, Komenského 48, "
    "Slovenská republika\n\n"
    "Partneri: MAS Bílé Karpaty, z.s., Slavičín, 763 21, Náměstí 12, Česká republika\n\n"
    "Univerzita Tomáše Bati ve Zlíně, Zlín, 760 01, Nám. T. G. Masaryka 5555, Česká republika\n\n"
    "Trenčiansky samosprávny kraj, K dolnej stanici 7282, Trenčín, Slovenská republika\n\n"
    "Plánované výdavky projektu sú 300 000 Eur\n"
)


def test_a_record_s_bodies_are_read_without_their_addresses():
    rows = _table(_RECORD_WITH_ADDRESSES)
    names = [name for name, _, _ in rows]
    assert rows[0][2] == "lead" and names[0].startswith("Spolek Řemeslná stezka")
    assert ("Žilinský samosprávny kraj", "SK", "partner") in rows
    assert any(n.startswith("Univerzita Tomáše Bati ve Zlíně") for n in names)
    assert ("Trenčiansky samosprávny kraj", "SK", "partner") in rows
    assert not any(re.search(r"\d", n) or n == "Slovenská republika" for n in names)


def test_a_qualified_role_before_a_colon_is_a_label_but_a_side_heading_is_not():
    from helix_graph.ingest.extract import _label

    assert _label("Hlavný cezhr.  partner: Žilinský samosprávny kraj")[:2] == ("partner", ":")
    assert _label("Slovenski partnerji: Občina A, Občina B") is None


# ---------------------------------------------------------------- countries: places in names


def test_a_compound_place_s_first_part_counts_only_in_a_country_the_page_names():
    # "Primorsko" alone is a village in Bulgaria; the county is Croatian, as the whole word says
    page = (
        "Srečanje v Opatiji\n\n"
        "Srečanja slovenskih in hrvaških partnerjev so se udeležili vsi projektni partnerji: "
        "Primorsko-goranska županija, Turistično združenje Kvarner, Občina Piran."
    )
    rows = {name: country for name, country, _ in _table(page)}
    assert rows["Primorsko-goranska županija"] == "HR"
    assert rows["Turistično združenje Kvarner"] == "HR"  # a region of the coast, not the language
    assert rows["Občina Piran"] == "SI"


def test_a_bullet_that_opens_like_one_but_names_no_body_does_not_end_the_others():
    # the first bullet has "on behalf of" without a body and its people: the next ones still count
    page = (
        "Kick-off meeting of the project River Links\n\n"
        "The meeting brought together people from every organisation in the project:\n"
        "• On behalf of all of us the mayor opened the meeting.\n"
        "• On behalf of the University of Leeds, Anna Gray, head of the water lab;\n"
        "• For Town of Rivermouth Council, John Smith, environment officer.\n"
        "• From Green Valley Association, Mary Jones.\n"
    )
    names = [name for name, _, _ in _table(page)]
    assert names[-3:] == [
        "University of Leeds",
        "Town of Rivermouth Council",
        "Green Valley Association",
    ]
