"""The shape features of a name, worked out by hand: how many words, an acronym, a digit,
the country (each hashed as ``s<feature>`` into the model's buckets)."""

from __future__ import annotations

import zlib

import pytest

from helix_graph.ingest.sector_model import SectorModel


def shape(name: str, country: str | None = None) -> set[str]:
    model = SectorModel(ngrams=(), bits=18)
    candidates = [f"n{n}" for n in range(1, 5)] + ["acronym", "digit", "cSI", "cAT"]
    found = set(model.features(name, country))
    return {s for s in candidates if zlib.crc32(f"s{s}".encode()) & ((1 << 18) - 1) in found}


@pytest.mark.parametrize(
    "name, country, expected",
    [
        ("UL Ljubljana", None, {"n2", "acronym"}),  # two capitals are an acronym
        ("A B C D E", None, {"n4"}),  # one capital is not; four words and more count as four
        ("Ul Ljubljana", "si", {"n2", "cSI"}),
        ("Zavod 2i", "AT", {"n2", "digit", "cAT"}),
        ("Zavod", None, {"n1"}),
    ],
)
def test_the_shape_of_a_name(name, country, expected):
    assert shape(name, country) == expected
