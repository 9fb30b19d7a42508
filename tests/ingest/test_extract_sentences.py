"""Partners found in sentences written for these tests, each through one turn of the prose
reader: a preposition before the name, names that are people's beside their countries, a
copula followed by an aside, Croatian "a" between names. Names and roles only: the
countries a name's places suggest are the gazetteer's business (test_extract_*.py).
"""

from __future__ import annotations

import pytest

from helix_graph.ingest.extract import extract_text


def _partners(text: str, language: str) -> list[tuple[str, str]]:
    return [(p["name"], p["role"]) for p in extract_text(text, language=language)["partners"]]


@pytest.mark.parametrize(
    "language, sentence, partners",
    [
        # "als Partner durch …": after "durch" the name runs to its own end, not into the verb
        ("de", "Das Projekt wird als Partner durch Stadt Graz unterstützt.", [("Stadt Graz", "partner")]),
        # two surnames beside their countries are people; the agency among them is the partner
        (
            "en",
            "We worked with Kovač (Slovenia), Horvat (Croatia) and Energy Agency Podravje.",
            [("Energy Agency Podravje", "partner")],
        ),
        # a copula, then an aside between commas: the role still belongs to the name after it
        ("en", "The lead partner is, since 2019, Alpha Ltd.", [("Alpha Ltd.", "lead")]),
        # Croatian "a" joins two names as "i" does
        (
            "hr",
            "Partneri u projektu su Grad Pula, Općina Medulin a Turistička zajednica Istre.",
            [("Grad Pula", "partner"), ("Općina Medulin", "partner"), ("Turistička zajednica Istre", "partner")],
        ),
        # a sentence that opens with its subject and a verb before the project: the subject
        ("hr", "Grad Rijeka započeo je projekt SMART.", [("Grad Rijeka", "partner")]),
        # ... but "U" ("in") opens a place, not an organisation
        ("hr", "U Gradu Rijeci započeo je projekt SMART.", []),
        # an Italian article elided with a typographic apostrophe and set apart by a space
        ("it", "Partner del progetto è l’ Agenzia di sviluppo Carnia.", [("Agenzia di sviluppo Carnia", "partner")]),
    ],
)  # fmt: skip
def test_a_partner_named_in_one_sentence(language, sentence, partners):
    assert _partners(sentence, language) == partners


@pytest.mark.parametrize(
    "line, sentence",
    [
        ("Municipality Kobarid and University Udine met twice.", True),  # 7 words and a full stop
        ("Municipality Kobarid and University Udine met.", False),  # 6 words
        ("Municipality Kobarid and University Udine met twice", False),  # no full stop
        (" ".join(["word"] * 15), True),  # more than 14 words: running text whatever its end
        (" ".join(["word"] * 14), False),
        ("Alpha GmbH, Beta d.o.o., Gamma Ltd, Delta S.p.A. / Epsilon.", False),  # a run of names
    ],
)
def test_a_line_is_running_text_by_its_length_and_its_full_stop(line, sentence):
    from helix_graph.ingest.extract import _is_sentence

    assert _is_sentence(line) is sentence


def test_a_sentence_under_a_partners_heading_is_not_read_as_a_list_of_names():
    assert (
        _partners("Partners:\nMunicipality Kobarid and University Udine met twice.\n", "en") == []
    )


@pytest.mark.parametrize(
    "language, sentence, partners",
    [
        # the name before the role word, read back from it: "… è il Lead Partner"
        ("it", "Il Comune di Udine è il Lead Partner del progetto.", [("Comune di Udine", "lead")]),
        ("sl", "Razvojna agencija Sotla sodeluje kot vodilni partner.", [("Razvojna agencija Sotla", "lead")]),
        # after a copula, and a list after a colon
        ("lt", "Partneris yra Kauno miesto savivaldybė.", [("Kauno miesto savivaldybė", "partner")]),
        (
            "it",
            "Partecipano come partner e associati: Comune di Udine e Università di Trieste.",
            [("Comune di Udine", "partner"), ("Università di Trieste", "partner")],
        ),
    ],
)  # fmt: skip
def test_a_partner_read_from_a_sentence_is_found_in_prose(language, sentence, partners):
    found = extract_text(sentence, language=language)["partners"]
    assert [(p["name"], p["role"]) for p in found] == partners
    assert {p["found_in"] for p in found} == {"prose"}


def test_a_lithuanian_town_word_in_the_locative_says_where_not_who():
    # "mieste", "in the town": the places where the events are held are no partners
    assert _partners("Renginiai vyks Alytaus mieste ir Kauno mieste.", "lt") == []
