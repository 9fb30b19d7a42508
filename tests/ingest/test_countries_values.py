"""Countries found in what people write: close spellings (with a note), countries named
together, a country's name or a place inside an organisation's name, adjectives."""

from __future__ import annotations

import pytest

from helix_graph.ingest import countries
from helix_graph.ingest.countries import (
    countries_named,
    country_adjective,
    country_code,
    country_in_text,
    find_country,
    joint_country,
    place_country,
)


@pytest.fixture(autouse=True)
def tables_built_in_each_test():
    """The tables are built once and kept; built again here so that each test below builds
    them itself (mutation testing maps a builder to the tests that call it)."""
    for cached in (countries._table, countries._place_table, countries._adjective_stems):
        cached.cache_clear()


@pytest.mark.parametrize(
    "value, found",
    [
        ("Slovenija", ("SI", None)),
        ("EL", ("GR", None)),
        ("Srbija, Črna gora", ("CS", "'Srbija, Črna gora' read as CS (Serbia and Montenegro), "
                               "the state those countries formed")),
        ("Slovennia", ("SI", "'Slovennia' is not a country name as written; read as SI (Slovenia)")),
        ("Xyzzy", (None, None)),
        ("Slo", (None, None)),  # under four letters: no guess at a spelling
    ],
)  # fmt: skip
def test_a_country_as_written_or_by_a_close_spelling_with_a_note(value, found):
    assert find_country(value) == found


def test_a_spelling_only_as_close_as_the_cutoff_asks_is_read():
    # "slovennia" ~ "slovenia": one letter more in 17, ratio 94.1
    assert find_country("Slovennia", cutoff=94.0)[0] == "SI"
    assert find_country("Slovennia", cutoff=94.2) == (None, None)


@pytest.mark.parametrize(
    "value, code",
    [
        ("Srbija / Crna Gora", "CS"), ("Srbija und Montenegro", "CS"), ("Serbia and Montenegro", "CS"),
        ("Srbija", None), ("Srbija, Atlantis", None), ("Slovenija, Hrvatska", None),
    ],
)  # fmt: skip
def test_countries_named_together_that_formed_one_state(value, code):
    assert joint_country(value) == code


@pytest.mark.parametrize(
    "text, found",
    [
        ("Hrvatska gospodarska komora", ("HR", "Hrvatska")),
        ("Univerza v Črna gora", ("ME", "Črna gora")),  # two words
        ("Velika Britanija Ltd", ("GB", "Velika Britanija")),
        ("Zavod 12", (None, None)),
    ],
)
def test_a_country_named_inside_a_name(text, found):
    assert country_in_text(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("Razvojni center Murska Sobota", ("SI", "Murska Sobota")),
        ("Stadt Wien", ("AT", "Wien")),
        ("Graz-Umgebung", ("AT", "Graz")),  # the first part of a joined name
        ("Wien und Graz Maribor", ("SI", "Maribor")),  # the last place named wins
        # a two-word place is one place: its second word alone (Gorica, Gorizia) is not read
        ("Razvojna agencija Severne Primorske Nova Gorica", ("SI", "Nova Gorica")),
        ("Gorica", ("IT", "Gorica")),
        ("Nothing here", (None, None)),
    ],
)
def test_a_place_inside_a_name_gives_its_country(text, found):
    assert place_country(text) == found


@pytest.mark.parametrize(
    "text, codes",
    [
        ("Interreg V-A Slovenija-Hrvatska", {"SI", "HR"}),
        ("SI-AT cooperation", {"SI", "AT"}),
        ("UK/EL", {"GB", "GR"}),
        ("HR: Istarska županija", {"HR"}),
        ("Interreg Österreich-Bayern", {"AT", "DE"}),  # Bayern, a region, names Germany
        ("nothing", set()),
    ],
)
def test_every_country_a_text_names(text, codes):
    assert countries_named(text) == codes


@pytest.mark.parametrize(
    "word, language, code",
    [
        ("hrvatske", None, "HR"), ("Latvian", None, "LV"), ("österreichische", None, "AT"),
        ("slovenska", None, "SI"), ("slovenská", "sk", "SK"), ("abc", None, None),
    ],
)  # fmt: skip
def test_the_country_an_adjective_names(word, language, code):
    assert country_adjective(word, language=language) == code


def test_a_country_given_by_its_code_at_the_start_of_a_line():
    # "FI:" names Finland and nothing else in the text does
    assert countries_named("Partners\nFI: Kunta\nSE: Kommun") == {"FI", "SE"}
    assert countries_named("UK: Council") == {"GB"}


@pytest.mark.parametrize("form, code", [("Norveškoj", "NO"), ("Češkoj", "CZ"), ("Slovaškoj", "SK")])
def test_a_name_in_ska_takes_the_croatian_locative_in_oj(form, code):
    """Norveška, Češka, Slovaška: the -a off, then -oj ("u Norveškoj", in Norway)."""
    assert country_code(form) == code
