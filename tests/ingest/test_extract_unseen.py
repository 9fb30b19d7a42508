"""The classes of what the eighth and ninth held-out sets were read wrong on, each fixed in
general: a partner record's fields, bylines, a list cut inside one name, a name's translation in
brackets, the countries heading a run's parts, founders and approvers, a faculty before its
university, lead words and the applicant whose verb comes last, a village abroad.

The fixtures are written for these tests (the real pages stay out of the repository) in the
shapes those pages had; the expected partners are worked out by hand.
"""

from __future__ import annotations

from helix_graph.ingest.extract import extract_text
from tests.ingest.extract_rows import partner_rows as _table


def test_the_fields_of_a_partner_record_are_not_partners():
    assert _table(
        "Lead partner: Talvik Water Institute (Estonia)\nPartner budget: 41.200 EUR\n"
        "Partner: Rannamaa Vocational School (Estonia)\nPartner budget: 18.900 EUR\nPartner Info"
    ) == [
        ("Talvik Water Institute", "EE", "lead"),
        ("Rannamaa Vocational School", "EE", "partner"),
    ]


def test_a_byline_and_its_picture_are_not_a_name():
    # "Leader-Partner" is a lead word; the association's country is not written and its kind
    # word is German, Austrian and Swiss alike
    assert _table(
        "Geschrieben von Redaktion Oberland logo_oberland.png Leader-Partner ist die Gemeinde "
        "Talheim, Projektpartner ist der Verein Grenzland e.V."
    ) == [("Gemeinde Talheim", "DE", "lead"), ("Verein Grenzland e.V.", None, "partner")]


def test_a_list_is_not_cut_inside_one_name():
    # Latvian names end in their kind word: "A un B aģentūra" with no kind word in A is one
    # agency; the municipality before it is another body
    assert _table(
        "Projekta partneri: Lejasciema novada pašvaldība, Lejasciema Jauniešu iniciatīvu un "
        "Sporta attīstības aģentūra (Latvija)"
    ) == [
        ("Lejasciema novada pašvaldība", "LV", "partner"),
        ("Lejasciema Jauniešu iniciatīvu un Sporta attīstības aģentūra", "LV", "partner"),
    ]
    # after "für die …" the words without a kind of their own go on with the association
    assert _table(
        "Projektpartner: Verein für die Pflege und Förderung der Volksmusik (Österreich)"
    ) == [("Verein für die Pflege und Förderung der Volksmusik", "AT", "partner")]


def test_the_countries_heading_the_parts_of_a_run_and_two_bodies_of_one_place():
    assert _table(
        "Projekto partneriai: iš Lietuvos – Ąžuolyno rajono savivaldybės administracija ir "
        "Ąžuolyno rajono savivaldybės kultūros centras, iš Lenkijos – Brzozovo valsčius ir "
        "Žaliosios girios nacionalinis parkas."
    ) == [
        ("Ąžuolyno rajono savivaldybės administracija", "LT", "partner"),
        ("Ąžuolyno rajono savivaldybės kultūros centras", "LT", "partner"),
        ("Brzozovo valsčius", "PL", "partner"),
        ("Žaliosios girios nacionalinis parkas", "PL", "partner"),
    ]


def test_leads_by_their_words_and_the_applicant_whose_verb_comes_last():
    assert _table(
        "Koordynatorem projektu jest Fundacja Zielony Most, a jego partnerami Gmina Brzezina i "
        "Stowarzyszenie Lipowa Dolina."
    ) == [
        ("Fundacja Zielony Most", "PL", "lead"),
        ("Gmina Brzezina", "PL", "partner"),
        ("Stowarzyszenie Lipowa Dolina", "PL", "partner"),
    ]
    assert _table(
        "Projekt: Rohelised külad\nKoordineeriv partner: MTÜ Rohumaa Selts\n"
        "Projekti partnerid: Kivimäe Vallavalitsus, Lõuna Külade Liit"
    ) == [
        ("MTÜ Rohumaa Selts", "EE", "lead"),
        ("Kivimäe Vallavalitsus", "EE", "partner"),
        ("Lõuna Külade Liit", "EE", "partner"),
    ]
    assert _table(
        "Grad Lipovac je projekt Zelene staze prijavio u okviru programa Interreg, a partneri su "
        "Općina Brestovo i Udruga Vrelo."
    ) == [
        ("Grad Lipovac", "HR", "lead"),
        ("Općina Brestovo", "HR", "partner"),
        ("Udruga Vrelo", "HR", "partner"),
    ]


def test_a_founder_is_not_a_partner_and_a_faculty_is_named_with_its_university():
    assert _table(
        "U projektu sudjeluju Fakultet prirodnih znanosti Sveučilišta u Lipiku i Razvojna "
        "agencija Brod, a konzorcij je osnovalo Sveučilište u Lipiku."
    ) == [
        ("Fakultet prirodnih znanosti Sveučilišta u Lipiku", "HR", "partner"),
        ("Razvojna agencija Brod", "HR", "partner"),
    ]


def test_a_village_or_a_region_abroad_places_a_name_its_kind_word_does_not():
    # Tarvis (Tarvisio) is a small Italian town: the German word for a municipality names
    # Austrian, German and Swiss ones, and the page names no country
    assert _table(
        "Partner des Projekts sind die Gemeinde Arnoldstein und die Gemeinde Tarvis."
    ) == [
        ("Gemeinde Arnoldstein", "AT", "partner"),
        ("Gemeinde Tarvis", "IT", "partner"),
    ]
    assert _table("Partenaires du projet : la Région Piémont et la Région Vallée d’Aoste.") == [
        ("Région Piémont", "IT", "partner"),
        ("Région Vallée d’Aoste", "IT", "partner"),
    ]


def test_pieces_of_a_sentence_and_a_sentence_after_a_label_are_not_names():
    # German writes its nouns in capitals: a piece ending in a verb, with no word
    # organisations are named with, is a piece of the sentence (and goes to review)
    result = extract_text(
        "Unter den Partnern sollen Besuche den Austausch fördern und „Gute Beispiele“ sammeln "
        "und übertragen.",
        file="p.txt",
    )
    assert result["partners"] == []
    assert any("„Gute Beispiele“ sammeln und übertragen" in note for note in result["review"])
    # a label's name ends where a sentence starts
    assert _table(
        "Partner projektu: Gmina Lipowa. To kolejny krok w partnerstwie naszych gmin."
    ) == [("Gmina Lipowa", "PL", "partner")]


def test_a_page_of_partners_that_describes_each_under_its_name_or_opening_with_it():
    page = (
        "Project partners\n\n"
        "Green Valley Energy Agency\n\n"
        "The agency was founded by four towns of the valley and advises households and schools "
        "on saving energy in old buildings.\n\n"
        "LAG Brezovica is a Croatian non-profit organisation that brings together farmers, "
        "schools and sports clubs of nine villages.\n\n"
        "The Municipality of Gornji Log is a local government unit in Slovenia that runs the "
        "kindergartens and the roads of the valley."
    )
    assert _table(page) == [
        ("Green Valley Energy Agency", None, "partner"),
        ("LAG Brezovica", "HR", "partner"),
        ("Municipality of Gornji Log", "SI", "partner"),
    ]
    # the two read from their descriptions go to review: no sentence says they take part (the
    # agency is the list item under the heading)
    review = extract_text(page, file="p.txt")["review"]
    described = [
        note for note in review if "read from a page of partners that describes it" in note
    ]
    assert [note.split("'")[1] for note in described] == [
        "LAG Brezovica",
        "Municipality of Gornji Log",
    ]
    # without a heading naming the partners, a paragraph opening with a body is no partner
    assert _table(page.replace("Project partners\n\n", "News\n\n")) == []


def test_a_page_in_cyrillic_letters_is_read_in_latin_ones():
    result = extract_text(
        "Општина Мајданпек је отпочела реализацију пројекта прекограничне сарадње „Заједничка "
        "брига о води у сливу реке“, финансираног од стране ЕУ. Партнер на пројекту је румунска "
        "општина Валеа Маре.",
        file="p.txt",
    )
    assert [(p["name"], p["country"], p["role"]) for p in result["partners"]] == [
        ("Opština Majdanpek", "RS", "partner"),
        ("Opština Valea Mare", "RO", "partner"),
    ]
    assert any("Cyrillic" in note for note in result["review"])


def test_a_body_inside_the_projects_own_title_is_not_a_partner():
    # the title's "Involving" is a word of taking part: its "Bilingual Primary School" is the
    # kind of school the project is about, not a partner
    assert _table(
        "Involving Families in the Bilingual Primary School (IFBS)\n"
        "Lead partner: Municipality of Brestje (Slovenia)\n"
        "Partner: Lipnik Health Centre (Croatia)"
    ) == [
        ("Municipality of Brestje", "SI", "lead"),
        ("Lipnik Health Centre", "HR", "partner"),
    ]


def test_the_lead_named_between_commas_after_the_projects_name():
    assert _table(
        "Vodilni partner projekta Zeleni most, Razvojna agencija Kozjansko, je gostil predstavnike "
        "partnerjev iz Avstrije."
    ) == [("Razvojna agencija Kozjansko", "SI", "lead")]
