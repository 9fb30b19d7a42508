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


# ------------------------------------------------ seed 69's survivors (2026-12-04), as tests


def test_a_run_that_ends_with_and_and_a_nationality_adjective_still_reads_its_name():
    # after "und" a lower-case nationality adjective starts a party from a country only when a
    # word follows it; at the very end of the run there is none, and nothing may fail
    rows = _table("Partner sind die Stadt Graz und slowenische.")
    assert rows and rows[0][0].startswith("Stadt Graz") and rows[0][1] == "AT"


def test_an_acronym_read_from_the_name_before_the_word_for_project_keeps_its_sentence():
    from helix_graph.ingest.extract import extract_text

    page = (
        "Občine ob Sotli so lani začele sodelovati. Razvoj poteka v okviru NORDMUS-projekta, ki "
        "ga vodi Občina Bistrica ob Sotli.\n\nPartnerji: Občina Bistrica ob Sotli, Občina "
        "Podčetrtek."
    )
    project = extract_text(page, file="p.txt")["project"]
    assert project["acronym"] == "NORDMUS"
    assert project["evidence"]["acronym"] == (
        "Razvoj poteka v okviru NORDMUS-projekta, ki ga vodi Občina Bistrica ob Sotli."
    )


def test_the_sentence_a_partner_came_from_is_kept_to_its_first_400_characters():
    from helix_graph.ingest.extract import extract_text

    sentence = (
        "V projektu, ki ga financira program sodelovanja in ki se bo po načrtu izvajal tri leta, "
        "od leta 2024 do leta 2027, z namenom da bi se izboljšale razmere za razvoj podeželja, "
        "turizma, kulture, kmetijstva in malega gospodarstva na obeh straneh meje ter da bi se "
        "okrepilo sodelovanje med lokalnimi skupnostmi, šolami, društvi in podjetji, kot vodilni "
        "partner sodeluje Občina Kranj, kot partnerji pa Občina Bled in Zavod Sora iz Škofje "
        "Loke, ki so že prej uspešno sodelovali."
    )
    assert len(sentence) > 400
    partners = extract_text(sentence, file="p.txt")["partners"]
    assert {p["name"] for p in partners} >= {"Občina Kranj", "Občina Bled"}
    assert all(p["source"] == sentence[:400] for p in partners)


def test_a_mention_spelt_a_little_differently_is_the_body_already_found():
    from helix_graph.ingest.extract import _key, _named_before

    # one letter off in a long name ("agencia" for "agencija"): the same body, not a new one
    assert _named_before("Razvojna agencia Sotla", [_key("Razvojna agencija Sotla")])
    # another body of the same kind is not
    assert not _named_before("Razvojna agencija Kozjansko", [_key("Razvojna agencija Sotla")])
