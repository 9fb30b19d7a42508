"""Leads the fourteenth held-out set named in shapes the extractor did not read: the applicant of
a record ("Iesniedzējs – X", "Beneficjent Projektu: X"), a Hungarian applicant whose verb comes
last ("X … pályázatot nyújtott be"), a public company named without a kind word beside its role
("Hrvatske vode kao vodeći partner") under a place heading ("u Republici Hrvatskoj - …"), and the
last name of a run that a relative clause makes the lead ("…, das auch Leadpartner im Projekt
ist").

The fixtures are written for these tests in the shapes those pages had; the expected partners,
countries and roles are worked out by hand.
"""

from __future__ import annotations

from tests.ingest.extract_rows import partner_rows as _table


def test_the_applicant_of_a_latvian_record_is_the_lead():
    text = (
        "Projekta nosaukums – Drošas pludmales Kurzemē un Žemaitijā\n\n"
        "Iesniedzējs – Talsu novada pašvaldība\n\n"
        "Partneri – Plungės rajono savivaldybės administracija (Lietuva), Talsu tehnikums (Latvija)\n"
    )
    assert _table(text) == [
        ("Talsu novada pašvaldība", "LV", "lead"),
        ("Plungės rajono savivaldybės administracija", "LT", "partner"),
        ("Talsu tehnikums", "LV", "partner"),
    ]


def test_the_beneficiary_of_a_polish_record_is_the_lead():
    text = (
        "Tytuł projektu: Wspólne ćwiczenia ratownicze na pograniczu polsko-niemieckim\n"
        "Beneficjent Projektu: Komenda Powiatowa Państwowej Straży Pożarnej w Żaganiu\n"
        "Partner Projektu: Landkreis Görlitz\n"
    )
    assert _table(text) == [
        ("Komenda Powiatowa Państwowej Straży Pożarnej w Żaganiu", "PL", "lead"),
        ("Landkreis Görlitz", "DE", "partner"),
    ]


def test_a_hungarian_applicant_whose_verb_comes_last_is_the_lead():
    text = (
        "A Soproni Vízügyi Egyesület tavaly határon átnyúló pályázatot nyújtott be AQUALINK "
        "címmel. A pályázatban résztvevő szervezetek: Soproni Vízügyi Egyesület, Győri "
        "Tűzoltó Egyesület, Mosonmagyaróvári Önkéntes Tűzoltó Egyesület."
    )
    assert _table(text) == [
        ("Soproni Vízügyi Egyesület", "HU", "lead"),
        ("Győri Tűzoltó Egyesület", "HU", "partner"),
        ("Mosonmagyaróvári Önkéntes Tűzoltó Egyesület", "HU", "partner"),
    ]


def test_a_company_without_a_kind_word_beside_its_role_under_place_headings():
    text = (
        "Ostatak će financirati projektni partneri: u Republici Hrvatskoj - Hrvatske ceste kao "
        "vodeći partner, u Republici Srbiji - Javno preduzeće „Putevi Srbije” i Udruga Zeleni "
        "most."
    )
    assert _table(text) == [
        ("Hrvatske ceste", "HR", "lead"),
        ("Javno preduzeće „Putevi Srbije”", "RS", "partner"),
        ("Udruga Zeleni most", "RS", "partner"),
    ]


def test_a_relative_clause_after_the_last_name_of_a_run_makes_it_the_lead():
    text = (
        "Das Projekt verbindet Museen in Deutschland und Dänemark. Auf der dänischen Seite sind "
        "es das Museum Midtjylland, das Kunstmuseum Brande und das Museum Nordjylland, das auch "
        "Leadpartner im Projekt ist. Ziel ist es, die Geschichte der Grenzregion zu erzählen."
    )
    rows = _table(text)
    assert ("Museum Nordjylland", "DK", "lead") in rows
    assert [r for r in rows if r[2] == "lead"] == [("Museum Nordjylland", "DK", "lead")]
    assert ("Museum Midtjylland", "DK", "partner") in rows
