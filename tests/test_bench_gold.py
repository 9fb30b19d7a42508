"""The hand-made gold the benchmarks score against reads as it was written.

A name with a comma inside a YAML flow mapping (``{name: A, B, country: …}``) is cut at the
comma and the rest becomes a key of its own; every partner of the extraction gold must have
only the fields the convention names, and each class gold row one of the four sectors.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

GOLD = Path(__file__).resolve().parents[1] / "bench" / "gold"
FIELDS = {"name", "country", "role", "country_stated", "aliases"}
ROLES = {"lead", "partner", "associated", "observer"}


@pytest.mark.parametrize("path", sorted((GOLD / "extract").glob("*.yaml")), ids=lambda p: p.stem)
def test_every_gold_partner_has_the_convention_s_fields_only(path):
    pages = yaml.safe_load(path.read_text(encoding="utf-8"))["pages"]
    for page in pages:
        for partner in page.get("partners") or []:
            where = f"{path.name} {page['id']} {partner.get('name')!r}"
            assert set(partner) <= FIELDS, f"{where}: fields {sorted(set(partner) - FIELDS)}"
            assert isinstance(partner["name"], str) and partner["name"].strip(), where
            assert partner["role"] in ROLES, where
            assert all(isinstance(a, str) for a in partner.get("aliases") or []), where


def test_every_classifier_gold_row_has_one_of_the_four_sectors():
    with (GOLD / "classify.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    sectors = {"government", "industry", "academia", "civil_society"}
    assert rows and all(r["sector"] in sectors for r in rows), {r["sector"] for r in rows} - sectors
