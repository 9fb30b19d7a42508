"""What a page names beside its partners and is not one: a person under a role label, a fund, a
caption glued to the sentence under it, the project's own name; a plural kind shared by two
bodies ("die Landkreise A und B"); and what belongs to the role, not the name: "kot" before a
role after the name, "Projekt vodi" before it, a second role label inside a labelled line,
the commas that set one body off after a singular role.

The fixtures are written for these tests (the real pages stay out of the repository) in the
shapes the fourteenth round's pages had; the expected partners are worked out by hand.
"""

from __future__ import annotations

from helix_graph.ingest.extract import extract_text
from tests.ingest.extract_rows import partner_rows as _table


def test_a_person_under_a_role_label_is_not_the_lead():
    # the coordinator is a person (a title before a given name and surname); the lead is the
    # body the lead line names
    assert _table(
        "Project coordinator: Dr. Jana Novak\n"
        "Lead partner: Brinje Forestry Institute (Slovenia)\n"
        "Partner: Municipality of Kalvik (Estonia)"
    ) == [
        ("Brinje Forestry Institute", "SI", "lead"),
        ("Municipality of Kalvik", "EE", "partner"),
    ]
    result = extract_text(
        "Vodja projekta: mag. Mojca Kranjc\nPartnerji: Zavod Brest, Občina Lipnica"
    )
    assert [(p["name"], p["role"]) for p in result["partners"]] == [
        ("Zavod Brest", "partner"),
        ("Občina Lipnica", "partner"),
    ]


def test_a_fund_is_not_a_partner():
    # the Union's word with a fund word is the European Regional Development Fund, in any
    # language; the partners are the two bodies of the partners' line
    result = extract_text(
        "Partneriai: Ąžuolyno rajono savivaldybės administracija (Lietuva), Brzozovo valsčius "
        "(Lenkija)\nProjekto finansavimo šaltiniai: projekto partnerių lėšos ir Europos "
        "regioninės plėtros fondas."
    )
    assert [(p["name"], p["country"]) for p in result["partners"]] == [
        ("Ąžuolyno rajono savivaldybės administracija", "LT"),
        ("Brzozovo valsčius", "PL"),
    ]


def test_a_caption_is_not_glued_to_the_sentence_under_it():
    # the picture's caption names a fire brigade that takes no part; the sentence under it
    # names the lead, and the verb after the lead's name is not part of it
    assert _table(
        "Gasilsko društvo Brezovica\n"
        "Med udeleženci je bil tudi župan, saj Občina Lipnica nastopa kot vodilni partner "
        "projekta, partnerja pa sta Zavod Brest in Turistična zveza Sotla."
    ) == [
        ("Občina Lipnica", "SI", "lead"),
        ("Zavod Brest", "SI", "partner"),
        ("Turistična zveza Sotla", "SI", "partner"),
    ]


def test_the_projects_own_name_is_not_a_partner():
    result = extract_text(
        "Akronim: BEEWAY\nPartnerji: Občina Lipnica, Zavod Brest\n"
        "Operacija BEEWAY je rezultat dolgoletnega sodelovanja čebelarjev obeh dolin."
    )
    assert result["project"]["acronym"] == "BEEWAY"
    assert [p["name"] for p in result["partners"]] == ["Občina Lipnica", "Zavod Brest"]
    assert "'Operacija BEEWAY' is the project's own name, not a partner" in result["review"]


def test_a_german_plural_kind_names_one_body_for_each_place():
    result = extract_text(
        "Praxispartner sind die Landkreise Oberau und Niederhain mit ihren Wasserbehörden."
    )
    assert [(p["name"], p["role"]) for p in result["partners"]] == [
        ("Landkreis Oberau", "partner"),
        ("Landkreis Niederhain", "partner"),
    ]


def test_a_sentence_run_onto_a_name_and_a_bare_lead_bracket():
    # a consortium record: "(lead)" marks the lead; the last name runs on into the next
    # sentence with no full stop, which a capitalised article opens
    assert _table(
        "Project consortium: Northfield University (lead), Kalvik Rural College, Brinje "
        "Forestry Institute The coastal component is run in partnership with local fishers."
    ) == [
        ("Northfield University", None, "lead"),
        ("Kalvik Rural College", None, "partner"),
        ("Brinje Forestry Institute", None, "partner"),
    ]


def test_the_fields_a_body_is_named_for_stay_in_its_name():
    # "für Technik, Wirtschaft und Gestaltung": the fields of one college, not three bodies;
    # places after "of" are bodies of their own
    assert _table(
        "Projektpartner: Hochschule für Technik, Wirtschaft und Gestaltung Talhausen, "
        "Gemeinde Aubach"
    ) == [
        ("Hochschule für Technik, Wirtschaft und Gestaltung Talhausen", None, "partner"),
        ("Gemeinde Aubach", None, "partner"),
    ]
    assert [row[0] for row in _table("Partners: Municipality of Oakdale, Riverside, Lakeview")] == [
        "Municipality of Oakdale",
        "Riverside",
        "Lakeview",
    ]


def test_lead_words_of_a_bracket_and_of_a_hungarian_sentence():
    # Lithuanian: the role and the country share one bracket after the name
    result = extract_text(
        "Ąžuolyno rajono savivaldybės administracija projektą įgyvendina kartu su partneriais: "
        "Žiemgalos planavimo regionu (pagrindinis paramos gavėjas, Latvija) ir Rokiškio krašto "
        "muziejumi (Lietuva)."
    )
    leads = [(p["name"], p["country"]) for p in result["partners"] if p["role"] == "lead"]
    assert len(leads) == 1
    assert leads[0][0].startswith("Žiemgalos planavimo region") and leads[0][1] == "LV"
    # Hungarian: "vezető kezdeményezettje" names the lead
    assert _table(
        "A projekt vezető kezdeményezettje a Tiszavölgyi Fejlesztési Ügynökség, partnere a "
        "Szegedi Tudományegyetem."
    )[0] == ("Tiszavölgyi Fejlesztési Ügynökség", "HU", "lead")


def test_a_records_grant_field_is_not_a_partner():
    # a programme database's partnership block: each body's line is followed by its grant
    # from the fund ("ERFA", the Hungarian acronym of the ERDF); the grant line is no body
    result = extract_text(
        "PARTNERSÉG\n\nVezető kedvezményezett\nTiszavölgyi Fejlesztési Ügynökség\n"
        "Jóváhagyott ERFA támogatás\n25 404,84 EUR\n"
    )
    assert [(p["name"], p["role"]) for p in result["partners"]] == [
        ("Tiszavölgyi Fejlesztési Ügynökség", "lead")
    ]


def test_a_lead_set_off_by_commas_after_a_singular_role():
    # the role, "of the project", then the one body between commas, then the sentence goes on
    assert _table(
        "The lead partner of the project, Municipality of Rovte, presented the first results."
    ) == [("Municipality of Rovte", None, "lead")]
    assert _table("Vodilni partner projekta, Občina Zali Log, je predstavil načrt.") == [
        ("Občina Zali Log", "SI", "lead")
    ]


def test_the_body_set_off_after_a_singular_role_is_at_most_ten_words():
    # ten words between the commas are still one name; eleven are a clause, and no reading
    # takes them
    ten = "Development Agency of the Upper Savinja Valley in Northern Slovenia"
    assert _table(f"The lead partner of the project, {ten}, presented the first results.") == [
        (ten, "SI", "lead")
    ]
    eleven = "Public Institute for the Protection of Nature in the Julian Alps"
    assert _table(f"The lead partner of the project, {eleven}, presented the first results.") == []


def test_a_role_after_the_name_with_the_word_for_as():
    # "kot" (as) belongs to the role, not to the name; "Projekt vodi" is not part of it either
    assert _table("Projekt vodi Mestna občina Velenje kot vodilni partner.") == [
        ("Mestna občina Velenje", "SI", "lead")
    ]
    assert _table(
        "Projekt vodi Občina Tolmin kot vodilni partner, partnerja sta Univerza v Mariboru in "
        "Občina Bovec."
    ) == [
        ("Občina Tolmin", "SI", "lead"),
        ("Univerza v Mariboru", "SI", "partner"),
        ("Občina Bovec", "SI", "partner"),
    ]


def test_a_second_role_label_inside_a_labelled_line_starts_its_own_run():
    assert _table(
        "Lead partner: Municipality of Rovte, partners: University of Graz and Chamber of "
        "Crafts of Styria"
    ) == [
        ("Municipality of Rovte", None, "lead"),
        ("University of Graz", "AT", "partner"),
        ("Chamber of Crafts of Styria", "AT", "partner"),
    ]


def test_a_kind_word_with_a_lower_case_word_after_it_is_no_partner():
    # "Unternehmen hier", "Gemeinde dort": a kind and a word of the sentence, not a body's name
    for text in (
        "Partners:\n- Občina Kranj\n- Unternehmen hier\n- Stadt Graz\n",
        "Partners: Občina Kranj, Gemeinde dort, Stadt Graz\n",
        "Partners:\n- Občina Kranj\n- Municipality concerned\n- Stadt Graz\n",
    ):
        result = extract_text(text, file="page.txt", language="en")
        assert [p["name"] for p in result["partners"]] == ["Občina Kranj", "Stadt Graz"]
