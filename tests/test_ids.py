"""Ids made from names: ASCII, readable, and one per name in every script the partners write."""

from __future__ import annotations

import pytest

from helix_graph.ingest.tabular import read_mapping, read_table
from helix_graph.model import slugify


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Univerza v Mariboru", "univerza-v-mariboru"),  # accents only: as before
        ("Rīgas pašvaldība", "rigas-pasvaldiba"),
        ("Gmina Łódź", "gmina-lodz"),  # letters with nothing to take off
        ("Grad Đakovo", "grad-dakovo"),
        ("Ørsted", "orsted"),
        ("Straße der Kultur", "strasse-der-kultur"),
        ("Æblerød Þing", "aeblerod-thing"),
        ("Град Нови Сад", "grad-novi-sad"),  # Serbian Cyrillic, as its Latin spelling folds
        ("Grad Novi Sad", "grad-novi-sad"),
        ("Општина Битола", "opstina-bitola"),
        ("Ђурђевац", "durdevac"),
        ("Столична община", "stolicna-obstina"),
        ("Δήμος Αθηναίων", "dimos-athinaion"),  # Greek, its accents taken off first
        ("!!!", "unnamed"),
    ],
)
def test_an_id_by_hand(name, expected):
    assert slugify(name) == expected


def test_partners_named_in_cyrillic_and_greek_stay_apart(tmp_path):
    """Before, every one of these names gave the id of its country alone: three bodies, one node."""
    path = tmp_path / "partners.csv"
    path.write_text(
        "Acronym;Partner;Country\n"
        "RiverLink;Град Нови Сад;RS\n"
        "RiverLink;Општина Сремски Карловци;RS\n"
        "RiverLink;Δήμος Σερρών;GR\n",
        encoding="utf-8",
    )
    mapping = read_mapping(mapping_text="project=Acronym,organisation=Partner,country=Country")
    dataset = read_table(path, mapping)[0]
    assert sorted(o.id for o in dataset.organisations) == [
        "dimos-serron-gr",
        "grad-novi-sad-rs",
        "opstina-sremski-karlovci-rs",
    ]
    assert len(dataset.participations) == 3
