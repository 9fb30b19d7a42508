"""Where a name begins and ends around a role word: a relative clause after a dash, a clause of
its own before a comma, a run that opens with the project's word, and an associated role said
long before the names.

Each test was written for a mutant of the extractor that no other test noticed (tests/README.md,
seeds 61, 64 and 65); the fixtures are made up in those shapes, and the expected names, countries
and roles are worked out by hand.
"""

from __future__ import annotations

from helix_graph.ingest.extract import _backward_name, _cut_at_stop
from tests.ingest.extract_rows import partner_rows as _table


def test_a_dash_before_the_name_of_a_relative_clause_cuts_the_heading_off():
    # the name before ", ki je … vodilni partner" starts after the dash, not at the headline
    page = "Projekt ARTE – Občina Srednje, ki je bila vodilni partner, je predstavila rezultate."
    assert _table(page) == [("Občina Srednje", "SI", "lead")]
    page = "Novice – Mestna občina Kranj, ki je vodilni partner projekta, je gostila srečanje."
    assert _table(page) == [("Mestna občina Kranj", "SI", "lead")]


def test_the_name_before_a_dashed_relative_clause_ends_before_the_dash():
    sentence = "Razvojna agencija Sora – ki je vodilni partner – je pripravila delavnico."
    connector = sentence.index(" je ") + 1
    name = _backward_name(sentence, sentence.index("vodilni"), connector, "sl")
    assert name == "Razvojna agencija Sora"


def test_a_clause_after_the_role_word_ends_at_its_comma_and_the_next_name_keeps_no_verb():
    # "Die Projektpartner treffen sich jährlich," is a clause; the names do not begin after the
    # role word, so the body after the comma is read without its verb
    page = "Die Projektpartner treffen sich jährlich, Gemeinde Arnoldstein lädt heuer ein."
    assert _table(page) == [("Gemeinde Arnoldstein", "AT", "partner")]


def test_a_run_that_opens_with_the_project_word_is_not_cut_at_its_first_word():
    # the project's word ends a run only after names ("Gmina Gubin projekt pt. …"); at the
    # start there is nothing before it to end
    span = "project titled Green Border, Municipality of Tolmin and Comune di Udine"
    assert _cut_at_stop(span, "en") == span
    assert _cut_at_stop("Gmina Gubin projekt pt. Zielona Granica", "pl") == "Gmina Gubin"


def test_an_associated_role_said_before_a_clause_reaches_the_names_after_it():
    page = (
        "Associated partners also joined the project this spring, among them the Regional "
        "Development Agency Sora and the Municipality of Kranj."
    )
    assert _table(page) == [
        ("Regional Development Agency Sora", None, "associated"),
        ("Municipality of Kranj", "SI", "associated"),
    ]
    page = "Tra i partner associati figurano anche, con un ruolo consultivo, il Comune di Udine."
    assert _table(page) == [("Comune di Udine", "IT", "associated")]
