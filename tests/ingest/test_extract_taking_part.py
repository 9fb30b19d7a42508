"""Prose that names the partners by what they do: applied together, take part."""

from __future__ import annotations

import pytest

from helix_graph.ingest.extract import extract_text


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Projekt so prijavili Občina Kranj in Univerza v Mariboru.",
            "sl",
            [("Občina Kranj", "SI"), ("Univerza v Mariboru", "SI")],
        ),
        (
            "Projekt su prijavili Grad Osijek i Udruga Zeleni.",
            "hr",
            [("Grad Osijek", "HR"), ("Udruga Zeleni", "HR")],
        ),
        (
            "An dem Projekt beteiligen sich die Stadt Graz und die Universität Klagenfurt.",
            "de",
            [("Stadt Graz", "AT"), ("Universität Klagenfurt", "AT")],
        ),
        (
            "The Municipality of Kranj and the University of Maribor take part in the project.",
            "en",
            [("Municipality of Kranj", "SI"), ("University of Maribor", "SI")],
        ),
    ],
)
def test_bodies_that_applied_together_or_take_part_are_partners(text, language, expected):
    partners = extract_text(text, file="page.txt", language=language)["partners"]
    assert [(p["name"], p["country"], p["role"]) for p in partners] == [
        (name, country, "partner") for name, country in expected
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Many citizens take part in the project.",
        "Pupils and teachers take part in the project every spring.",
        "Projekt so prijavili lani.",
    ],
)
def test_people_who_take_part_are_no_partners(text):
    assert extract_text(text, file="page.txt", language="en")["partners"] == []
