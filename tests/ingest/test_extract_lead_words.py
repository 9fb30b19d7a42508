"""The words for the lead and for taking part, in each language's main shapes: a label with a
colon or a dash, a copula, "as lead", the leadership named before or after the body (fixtures
written for these tests in the shapes real pages have; their text stays out of the repository).
"""

from __future__ import annotations

import pytest

from helix_graph.ingest.extract import extract_text


def _roles(text: str) -> list[tuple[str, str]]:
    return [(p["name"], p["role"]) for p in extract_text(text, file="p.txt")["partners"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # en: the role after the name and its country, one line each
        (
            "The project starts in May.\n\nThe Marsh Valley Development Agency (Ireland) – Leading "
            "partner\nThe Harbour Town Council (Malta) – partner",
            [("Marsh Valley Development Agency", "lead"), ("Harbour Town Council", "partner")],
        ),
        # en: the leadership named before the body, the others "together with" it
        (
            "The project starts in May.\n\nThe project is carried out under the leadership of the "
            "University of Northbridge together with the City of Eastport and the Tarva "
            "Development Agency.",
            [
                ("University of Northbridge", "lead"),
                ("City of Eastport", "partner"),
                ("Tarva Development Agency", "partner"),
            ],
        ),
        # de: "Unter der Federführung der A arbeiten B und C zusammen": A's name ends at the verb
        (
            "Das Projekt beginnt im Mai.\n\nUnter der Federführung der Hochschule Talheim arbeiten "
            "die Gemeinde Bergdorf und der Verein Grünes Tal zusammen.",
            [
                ("Hochschule Talheim", "lead"),
                ("Gemeinde Bergdorf", "partner"),
                ("Verein Grünes Tal", "partner"),
            ],
        ),
        # de: "Leitpartner ist …, Projektpartner sind …"
        (
            "Das Projekt beginnt im Mai.\n\nLeitpartner ist die Stadtgemeinde Seewalden, "
            "Projektpartner sind die Marktgemeinde Obertal und die Universität Rieden.",
            [
                ("Stadtgemeinde Seewalden", "lead"),
                ("Marktgemeinde Obertal", "partner"),
                ("Universität Rieden", "partner"),
            ],
        ),
        # de: a record's label
        (
            "Das Projekt beginnt im Mai.\n\nKonsortialführer: Hochschule Talheim\nPartner: "
            "Gemeinde Bergdorf, Verein Grünes Tal e.V.",
            [
                ("Hochschule Talheim", "lead"),
                ("Gemeinde Bergdorf", "partner"),
                ("Verein Grünes Tal e.V.", "partner"),
            ],
        ),
        # it: "è il partner leader", the others after "partecipano"
        (
            "Il progetto si presenta.\n\nIl Comune di Valbruna è il partner leader del progetto, "
            "al quale partecipano anche l'Università di Montelago e la Cooperativa Sole.",
            [
                ("Università di Montelago", "partner"),
                ("Cooperativa Sole", "partner"),
                ("Comune di Valbruna", "lead"),
            ],
        ),
        # it: "redatto assieme alla A e all'B": the elided article is not part of the name
        (
            "Il progetto si presenta.\n\nIl progetto è stato redatto assieme alla Cooperativa "
            "Sole e all'Associazione Terra Viva.",
            [("Cooperativa Sole", "partner"), ("Associazione Terra Viva", "partner")],
        ),
        # it: the one that handed the project in leads; those it was drawn up with take part
        (
            "Il progetto si presenta.\n\nIl Comune di Valbruna ha consegnato il progetto "
            "Sentieri, stilato assieme alla Cooperativa Sole e all'Associazione Terra Viva.",
            [
                ("Comune di Valbruna", "lead"),
                ("Cooperativa Sole", "partner"),
                ("Associazione Terra Viva", "partner"),
            ],
        ),
        # fr: "coordonne le projet conjointement avec B"
        (
            "Le projet se présente.\n\nLa Ville de Saint-Aubin coordonne le projet conjointement "
            "avec l'Université de Valmont.",
            [("Ville de Saint-Aubin", "lead"), ("Université de Valmont", "partner")],
        ),
        # fr: a record's labels with the French space before the colon
        (
            "Le projet se présente.\n\nCoordinateur : Université de Valmont\nPartenaires : Ville "
            "de Saint-Aubin, Association Terre Vive",
            [
                ("Université de Valmont", "lead"),
                ("Ville de Saint-Aubin", "partner"),
                ("Association Terre Vive", "partner"),
            ],
        ),
        # fr: ", chef de file," after a name whose last two words look like a person's
        (
            "Le projet se présente.\n\nLa Communauté de communes du Val Doré, chef de file, s'est "
            "engagée avec la Ville de Saint-Aubin et l'Association Terre Vive dans l'élaboration "
            "du plan.",
            [
                ("Communauté de communes du Val Doré", "lead"),
                ("Ville de Saint-Aubin", "partner"),
                ("Association Terre Vive", "partner"),
            ],
        ),
        # sl: "Nosilec projekta je A, partnerji pa so …"
        (
            "Projekt se je začel maja.\n\nNosilec projekta je Občina Zelena Dolina, partnerji pa "
            "so Razvojna agencija Sotla, Zavod Kozjanski park in Univerza na Primorskem.",
            [
                ("Občina Zelena Dolina", "lead"),
                ("Razvojna agencija Sotla", "partner"),
                ("Zavod Kozjanski park", "partner"),
                ("Univerza na Primorskem", "partner"),
            ],
        ),
        # hr: "Nositelj projekta je A, a partneri su …"
        (
            "Projekt je počeo u svibnju.\n\nNositelj projekta je Grad Novi Brod, a partneri su "
            "Općina Stara Ves, Udruga Zeleni put i Sveučilište u Rijeci.",
            [
                ("Grad Novi Brod", "lead"),
                ("Općina Stara Ves", "partner"),
                ("Udruga Zeleni put", "partner"),
                ("Sveučilište u Rijeci", "partner"),
            ],
        ),
        # lv: "Projekta vadošais partneris ir A, partneri – B un C"
        (
            "Projekts sākās maijā.\n\nProjekta vadošais partneris ir Smiltenes novada "
            "pašvaldība, partneri – Valkas novada pašvaldība un Latvijas Universitāte.",
            [
                ("Smiltenes novada pašvaldība", "lead"),
                ("Valkas novada pašvaldība", "partner"),
                ("Latvijas Universitāte", "partner"),
            ],
        ),
        # lt: the applicant's label with a dash, the partners' with a colon
        (
            "Projektas prasidėjo gegužę.\n\nPagrindinis projekto pareiškėjas – Zarasų rajono "
            "savivaldybė\nPartneriai: Utenos kolegija, Rokiškio rajono savivaldybė",
            [
                ("Zarasų rajono savivaldybė", "lead"),
                ("Utenos kolegija", "partner"),
                ("Rokiškio rajono savivaldybė", "partner"),
            ],
        ),
        # et: "Projekti eestvedaja on A, partnerid on B ja C"
        (
            "Projekt algas mais.\n\nProjekti eestvedaja on Võru vallavalitsus, partnerid on "
            "Rõuge vald ja MTÜ Roheline Tee.",
            [
                ("Võru vallavalitsus", "lead"),
                ("Rõuge vald", "partner"),
                ("MTÜ Roheline Tee", "partner"),
            ],
        ),
        # hu: "vezető partnere a A, partnerei a B és a C": "a" is the article
        (
            "A projekt májusban indult.\n\nA projekt vezető partnere a Zalai Fejlesztési "
            "Ügynökség, partnerei a Muravidéki Önkormányzat és a Pannon Egyetem.",
            [
                ("Zalai Fejlesztési Ügynökség", "lead"),
                ("Muravidéki Önkormányzat", "partner"),
                ("Pannon Egyetem", "partner"),
            ],
        ),
        # hu: the lead applicant's label
        (
            "A projekt májusban indult.\n\nFőpályázó: Zalai Fejlesztési Ügynökség\nPartnerek: "
            "Pannon Egyetem, Lenti Város Önkormányzata",
            [
                ("Zalai Fejlesztési Ügynökség", "lead"),
                ("Pannon Egyetem", "partner"),
                ("Lenti Város Önkormányzata", "partner"),
            ],
        ),
        # pl: "Liderem projektu jest A, a partnerami są B i C"
        (
            "Projekt rozpoczął się w maju.\n\nLiderem projektu jest Gmina Biały Las, a partnerami "
            "są Stowarzyszenie Zielony Szlak i Uniwersytet Opolski.",
            [
                ("Gmina Biały Las", "lead"),
                ("Stowarzyszenie Zielony Szlak", "partner"),
                ("Uniwersytet Opolski", "partner"),
            ],
        ),
        # pl: "pod kierownictwem A przez B i C": A in the genitive, given in the nominative
        (
            "Projekt rozpoczął się w maju.\n\nProjekt realizowany jest pod kierownictwem "
            "Uniwersytetu Opolskiego przez Gminę Biały Las i Stowarzyszenie Zielony Szlak.",
            [
                ("Uniwersytet Opolski", "lead"),
                ("Gmina Biały Las", "partner"),
                ("Stowarzyszenie Zielony Szlak", "partner"),
            ],
        ),
    ],
)
def test_lead_and_taking_part_words_in_each_language(text, expected):
    assert _roles(text) == expected


def test_a_lead_word_keeps_its_sentence_and_the_stated_country():
    result = extract_text(
        "The project starts in May.\n\nThe Marsh Valley Development Agency (Ireland) – Leading "
        "partner\nThe Harbour Town Council (Malta) – partner",
        file="p.txt",
    )
    lead = result["partners"][0]
    assert (lead["name"], lead["country"], lead["role"]) == (
        "Marsh Valley Development Agency",
        "IE",
        "lead",
    )
    assert "Leading partner" in lead["source"]
