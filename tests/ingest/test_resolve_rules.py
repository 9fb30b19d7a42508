"""The rules of entity resolution, one table of small cases worked out by hand.

The scores are rapidfuzz's ``token_sort_ratio`` of the normalised names, 100 × (1 − d / n)
with d the insertions and deletions between the two and n their letters together:

- "Zavod Brda" ~ "Zavod Brdo": "brda zavod" and "brdo zavod", one letter changed (d = 2)
  in 20: **90.0**, exactly the default threshold;
- "Kmetija Novak" ~ "Kmetija Novaka": "kmetij novak" and "kmetij novaka" (words cut to
  six letters), one letter more (d = 1) in 25: **96.0**;
- "Zavod za turizem Brda" ~ "Zavod Brda": "brda turize zavod" holds every word of "brda
  zavod", seven letters more (d = 7) in 27: **74.07**, under the review floor but one name
  within the other.
"""

from __future__ import annotations

import pytest

from helix_graph.errors import DataError
from helix_graph.ingest.resolve import (
    Aliases,
    Merge,
    ReviewRow,
    propose_merges,
    read_aliases,
    read_review,
    resolve,
    undo_path,
    write_review,
)
from helix_graph.load import load_dataset
from helix_graph.model import Dataset, Organisation, Participation, Project


def org(id, name, country="SI", **kw):
    kw.setdefault("helix_sector", "government")
    return Organisation(id=id, name=name, country=country, sources=[f"src-{id}"], **kw)


ORGS = [
    org("brda", "Zavod Brda"),
    org("brdo", "Zavod Brdo"),
    org("novak", "Kmetija Novak"),
    org("novaka", "Kmetija Novaka"),
    org("sora-1", "Razvojna agencija Sora", None),
    org("sora-2", "Razvojna agencija Sora", None),
    org("west-fr", "Region West", "FR"),
    org("west-ch", "Region West", "CH"),
    org("tourism", "Zavod za turizem Brda"),
]
NAMES = {o.id: o.name for o in ORGS}


NOVAK = ("novak", "novaka", "similar name", 96.0)
BRDA = ("brda", "brdo", "similar name", 90.0)
SORA = ("sora-1", "sora-2", "same name, countries unknown", 100.0)
TOURISM = ("brda", "tourism", "one name within the other", 74.07)
WEST = ("west-fr", "west-ch", "explicit alias", 100.0)


@pytest.mark.parametrize(
    "options, expected",
    [
        # accepted first (by score), then the judgments (by score): Region West twice is two
        # organisations, France and Switzerland
        ({}, [(*NOVAK, "accept"), (*BRDA, "accept"), (*SORA, ""), (*TOURISM, "")]),
        # a score equal to the threshold merges; under it, a person decides
        (
            {"threshold": 96.0},
            [(*NOVAK, "accept"), (*SORA, ""), (*BRDA, ""), (*TOURISM, "")],
        ),
        (
            {"threshold": 96.01},
            [(*SORA, ""), (*NOVAK, ""), (*BRDA, ""), (*TOURISM, "")],
        ),
        # a score under the floor is no proposal (unless one name is within the other)
        ({"floor": 90.01}, [(*NOVAK, "accept"), (*SORA, ""), (*TOURISM, "")]),
        ({"floor": 90.0}, [(*NOVAK, "accept"), (*BRDA, "accept"), (*SORA, ""), (*TOURISM, "")]),
        # an explicit alias merges across countries, before everything; distinct refuses
        (
            {"aliases": Aliases(same=[["west-fr", "west-ch"]], distinct=[["Zavod Brda", "brdo"]])},
            [(*WEST, "accept"), (*NOVAK, "accept"), (*BRDA, "reject"), (*SORA, ""), (*TOURISM, "")],
        ),
        # a distinct pair refuses only its own two: Brda and Brdo, each in another pair, merge
        (
            {"aliases": Aliases(same=[], distinct=[["brda", "sora-1"], ["Zavod Brdo", "west-ch"]])},
            [(*NOVAK, "accept"), (*BRDA, "accept"), (*SORA, ""), (*TOURISM, "")],
        ),
    ],
)
def test_the_rules_decide_each_pair_and_order_the_proposals(options, expected):
    found = [
        (m.kept, m.merged, m.rule, round(m.score, 2), m.decision)
        for m in propose_merges(Dataset(organisations=ORGS), **options)
    ]
    assert found == expected
    proposals = propose_merges(Dataset(organisations=ORGS), **options)
    assert {(m.kind, m.kept_name, m.merged_name) for m in proposals} == {
        ("organisation", NAMES[kept], NAMES[merged]) for kept, merged, *_ in expected
    }


def test_resolve_makes_only_the_accepted_merges_and_folds_each_record_in():
    merged, merges = resolve(
        Dataset(organisations=ORGS), Aliases(same=[["west-fr", "west-ch"]], distinct=[])
    )
    assert merges == [
        Merge("organisation", "west-fr", "Region West", "west-ch", "Region West", *WEST[2:]),
        Merge("organisation", "novak", "Kmetija Novak", "novaka", "Kmetija Novaka", *NOVAK[2:]),
        Merge("organisation", "brda", "Zavod Brda", "brdo", "Zavod Brdo", *BRDA[2:]),
    ]
    assert [o.id for o in merged.organisations] == [
        "brda", "novak", "sora-1", "sora-2", "west-fr", "tourism",
    ]  # fmt: skip
    brda = merged.organisations[0]
    assert (brda.aliases, brda.sources, brda.notes) == (
        ["Zavod Brdo"],
        ["src-brda", "src-brdo"],
        "merged with 'brdo' (Zavod Brdo) by entity resolution",
    )


def test_a_merged_record_gives_the_kept_one_what_it_lacks_and_never_what_it_has():
    kept = org(
        "um",
        "Univerza v Mariboru",
        helix_sector="industry",
        sector_inferred=True,
        sector_rationale="a guess from the name",
        notes="from the project page",
        aliases=["UM"],
    )
    other = org(
        "um-en",
        "University of Maribor",
        helix_sector="academia",
        sector_rationale="the university's own statement",
        city="Maribor",
        latitude=46.56,
        longitude=15.64,
        name_local="Univerza v Mariboru",
    )
    third = org(
        "um-de", "Universität Maribor", city="Marburg an der Drau", latitude=1.0, longitude=2.0
    )
    merged, merges = resolve(Dataset(organisations=[kept, other, third]))
    assert [(m.kept, m.merged, m.rule) for m in merges] == [
        ("um", "um-en", "same name after normalising"),
        ("um", "um-de", "same name after normalising"),
    ]
    (um,) = merged.organisations
    # the names not yet known become aliases, in the order met; sources likewise
    assert um.aliases == ["UM", "University of Maribor", "Universität Maribor"]
    assert um.sources == ["src-um", "src-um-en", "src-um-de"]
    # the first place and city given are kept; a stated sector replaces an inferred one
    assert (um.city, um.latitude, um.longitude) == ("Maribor", 46.56, 15.64)
    assert (um.helix_sector, um.sector_rationale, um.sector_inferred) == (
        "academia",
        "the university's own statement",
        False,
    )
    assert um.notes == (
        "from the project page; merged with 'um-en' (University of Maribor) by entity "
        "resolution; merged with 'um-de' (Universität Maribor) by entity resolution"
    )
    # the records given are not changed
    assert (kept.aliases, kept.city, kept.notes) == (["UM"], None, "from the project page")


def test_the_ties_of_merged_records_to_one_project_become_one():
    projects = [
        Project(id="alps", acronym="ALPS", sources=["s"]),
        Project(id="alps-2", acronym="Alps", sources=["t"]),
    ]
    ties = [
        Participation(organisation="brda", project="alps", sources=["a"]),
        Participation(organisation="brdo", project="alps-2", role="lead", budget_eur=1200.0, sources=["b", "a"]),
        Participation(organisation="novak", project="alps", role="partner", budget_eur=0.0),
        Participation(organisation="novaka", project="alps", role="lead", budget_eur=500.0),
    ]  # fmt: skip
    dataset = Dataset(projects=projects, organisations=ORGS[:4], participations=ties)
    merged, merges = resolve(dataset)
    assert [(m.kind, m.kept, m.merged) for m in merges] == [
        ("organisation", "novak", "novaka"),
        ("organisation", "brda", "brdo"),
        ("project", "alps", "alps-2"),
    ]
    assert [
        (t.organisation, t.project, t.role, t.budget_eur, t.sources) for t in merged.participations
    ] == [
        # the first tie's role and budget where it has them, the later one's where not
        ("brda", "alps", "lead", 1200.0, ["a", "b"]),
        ("novak", "alps", "partner", 0.0, []),
    ]
    # CORDIS projects are the funder's own ids: never merged by name
    merged, merges = resolve(dataset, projects=False)
    assert [m.kind for m in merges] == ["organisation", "organisation"]
    assert {(t.organisation, t.project) for t in merged.participations} == {
        ("brda", "alps"),
        ("brda", "alps-2"),
        ("novak", "alps"),
    }


def test_records_of_the_graph_are_never_merged_with_each_other_and_keep_their_ids(store):
    load_dataset(store, Dataset(organisations=ORGS[:2]))  # Zavod Brda and Zavod Brdo, apart
    stages = []
    new = Dataset(organisations=[org("brda-again", "ZAVOD BRDA"), org("sora", "Zavod Sora")])
    found = propose_merges(new, store=store, stage=stages.append)
    # "brda zavod" ~ "sora zavod": "ra" in common, d = 4 in 20, 80.0: the floor itself;
    # the graph's two records, 90 apart, are not proposed again
    assert [(m.kept, m.merged, m.rule, m.score, m.decision) for m in found] == [
        ("brda", "brda-again", "same name after normalising", 100.0, "accept"),
        ("brda", "sora", "similar name", 80.0, ""),
    ]
    assert stages == [
        "reading the graph's organisations",
        "normalising names",
        "comparing names alike",
        "deciding the merges",
    ]
    # a new record with the id of one in the graph that does not match it is refused
    clash = org("brdo", "Kmetija Novak")
    clash.located("new.csv (row 2)")
    with pytest.raises(DataError) as caught:
        resolve(Dataset(organisations=[clash]), store=store)
    assert str(caught.value) == (
        "new.csv (row 2): organisation id 'brdo' is already in the graph for 'Zavod Brdo', "
        "which this record does not match; give it another id or list both names under "
        "same: in an aliases file"
    )
    assert (caught.value.record, caught.value.field) == ("brdo", "id")


@pytest.mark.parametrize(
    "written, decision",
    [
        ("accept", "accept"), ("Accepted", "accept"), ("yes", "accept"), ("Y", "accept"),
        ("merge", "accept"), ("reject", "reject"), ("rejected", "reject"), ("No", "reject"),
        ("n", "reject"), ("distinct", "reject"), (" ", ""), ("", ""),
    ],
)  # fmt: skip
def test_a_decision_can_be_written_in_the_words_a_person_uses(tmp_path, written, decision):
    path = tmp_path / "review.csv"
    path.write_text(
        "decision,kept,kept_name,merged,merged_name,rule,score,status\n"
        f"{written},brda,Zavod Brda,brdo,Zavod Brdo,similar name,90, Applied \n",
        encoding="utf-8",
    )
    assert read_review(path) == [
        ReviewRow(decision, "brda", "Zavod Brda", "brdo", "Zavod Brdo", "similar name", 90.0, "applied")
    ]  # fmt: skip


@pytest.mark.parametrize(
    "row, message, field",
    [
        (
            "maybe,brda,,brdo,,,,",
            "(row 2): field 'decision' is 'maybe'; write accept, reject, or leave it empty to "
            "decide later",
            "decision",
        ),
        (
            "accept, ,,brdo,,,,",
            "(row 2): field 'kept' is empty; each row names the organisation kept and the one "
            "merged into it by id",
            "kept",
        ),
        (
            "accept,brda,,,,,,",
            "(row 2): field 'merged' is empty; each row names the organisation kept and the one "
            "merged into it by id",
            "merged",
        ),
    ],
)
def test_a_bad_review_row_names_the_file_row_and_field(tmp_path, row, message, field):
    path = tmp_path / "review.csv"
    path.write_text(
        f"decision,kept,kept_name,merged,merged_name,rule,score,status\n{row}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as caught:
        read_review(path)
    assert str(caught.value) == f"{path} {message}"
    assert (caught.value.file, caught.value.record, caught.value.field) == (str(path), "2", field)


def test_a_review_file_is_written_with_its_header_whole_scores_and_the_rows_kept(tmp_path):
    path = tmp_path / "merges" / "review.csv"  # its folder is made
    proposals = propose_merges(Dataset(organisations=ORGS))
    write_review(path, proposals)
    assert path.read_text(encoding="utf-8").splitlines() == [
        "decision,kept,kept_name,merged,merged_name,rule,score,status",
        "accept,novak,Kmetija Novak,novaka,Kmetija Novaka,similar name,96,",
        "accept,brda,Zavod Brda,brdo,Zavod Brdo,similar name,90,",
        ',sora-1,Razvojna agencija Sora,sora-2,Razvojna agencija Sora,"same name, countries unknown",100,',
        ",brda,Zavod Brda,tourism,Zavod za turizem Brda,one name within the other,74,",
    ]
    assert not (path.parent / "review.csv.tmp").exists()
    # proposed again without the first: the row a person may have decided on stays, last
    write_review(path, proposals[1:])
    assert [(r.kept, r.merged) for r in read_review(path)] == [
        ("brda", "brdo"), ("sora-1", "sora-2"), ("brda", "tourism"), ("novak", "novaka"),
    ]  # fmt: skip
    assert undo_path(path) == tmp_path / "merges" / "review.undo.json"


@pytest.mark.parametrize(
    "text, message, record, field",
    [
        ("- [a, b]\n", "an aliases file is a mapping with the keys same: and distinct:", None, None),
        ("same: []\nsimilar: []\n", "an aliases file is a mapping with the keys same: and distinct:", None, None),
        ("distinct:\n  - [a, b]\n  - [c]\n", "(distinct entry 2): each entry is a list of two or more names or ids", "2", "distinct"),
        ("same:\n  - [a, 1]\n", "(same entry 1): each entry is a list of two or more names or ids", "1", "same"),
        ("same:\n  - a\n", "(same entry 1): each entry is a list of two or more names or ids", "1", "same"),
    ],
)  # fmt: skip
def test_an_aliases_file_that_is_not_lists_of_names_is_named(
    tmp_path, text, message, record, field
):
    path = tmp_path / "aliases.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_aliases(path)
    separator = ": " if message.startswith("an ") else " "
    assert str(caught.value) == f"{path}{separator}{message}"
    assert (caught.value.file, caught.value.record, caught.value.field) == (
        str(path),
        record,
        field,
    )


def test_an_aliases_file_names_each_group_in_the_ways_a_person_writes_them(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text(
        "same:\n  Zavod Brda: Zavod Brdo\n  Kmetija Novak: [Novak, Kmetija Novaka]\n",
        encoding="utf-8",
    )
    assert read_aliases(path) == Aliases(
        same=[["Zavod Brda", "Zavod Brdo"], ["Kmetija Novak", "Novak", "Kmetija Novaka"]],
        distinct=[],
    )
    with pytest.raises(DataError) as caught:
        read_aliases(tmp_path / "missing.yaml")
    assert str(caught.value) == (
        f"{tmp_path / 'missing.yaml'}: the aliases file cannot be read (No such file or "
        "directory); check the path"
    )


def test_pairs_alike_in_every_way_are_taken_by_the_first_record_then_the_second():
    """Brda ~ Brdo (records 1 and 4) and Sava ~ Savo (2 and 3) both score 90: the pair of
    the first record comes first."""
    dataset = Dataset(
        organisations=[
            org("brda", "Zavod Brda"),
            org("sava", "Zavod Sava"),
            org("savo", "Zavod Savo"),
            org("brdo", "Zavod Brdo"),
        ]
    )
    assert [(m.kept, m.merged, m.score) for m in propose_merges(dataset)] == [
        ("brda", "brdo", 90.0),
        ("sava", "savo", 90.0),
    ]


def test_a_word_exactly_two_names_of_a_block_share_makes_them_candidates():
    """Seven names sorted as listed: sorted neighbours give the 6 + 5 + 4 = 15 pairs at most
    three apart; "kastro", in the first and the last only, adds the pair (0, 6)."""
    import numpy as np

    from helix_graph.ingest.resolve import _candidate_pairs

    keys = ["alpha kastro", "bravo one", "charlie two", "delta three", "echo four"]
    keys += ["foxtrot five", "zulu kastro"]
    a, b = _candidate_pairs(keys, np.zeros(len(keys), dtype=np.int64))
    near = {(i, j) for i in range(7) for j in range(i + 1, min(i + 4, 7))}
    assert len(near) == 15
    assert set(zip(a.tolist(), b.tolist())) == near | {(0, 6)}
    assert len(a) == 16


def test_an_acronym_meets_the_graphs_names_both_ways_but_two_graph_records_never_meet(store):
    # in the graph: "Univerza v Ljubljani" (initials u-l: "v" is a stop word), "ZGS" and the
    # body it abbreviates; the graph's own pair is not proposed again
    load_dataset(
        store,
        Dataset(
            organisations=[
                org("uni-lj", "Univerza v Ljubljani", helix_sector="academia"),
                org("zgs", "ZGS"),
                org("forests", "Zavod za gozdove Slovenije"),
            ]
        ),
    )
    # new: the first new record is an acronym of a graph name; the second a name of the
    # graph's acronym (the same initials, z-g-s); both go to a person, and the graph's record
    # is the one kept
    new = Dataset(
        organisations=[
            org("ul", "UL", helix_sector="academia"),
            org("zgrs", "Zavod za gradnjo Slovenije"),
        ]
    )
    found = propose_merges(new, store=store)
    assert [(m.kept, m.merged, m.rule, m.score, m.decision) for m in found] == [
        ("uni-lj", "ul", "acronym of the name", 100.0, ""),
        ("zgs", "zgrs", "acronym of the name", 100.0, ""),
    ]


def test_two_copies_of_a_name_a_distinct_pair_names_still_merge():
    # "Zavod Brda is not Zavod Brdo" keeps Brda from Brdo, not a second Zavod Brda from the first
    records = [org("a", "Zavod Brda"), org("b", "Zavod Brda"), org("c", "Zavod Brdo")]
    merged, merges = resolve(
        Dataset(organisations=records), Aliases(same=[], distinct=[["Zavod Brda", "Zavod Brdo"]])
    )
    assert [o.id for o in merged.organisations] == ["a", "c"]
    assert [(m.kept, m.merged, m.rule) for m in merges] == [
        ("a", "b", "same name after normalising")
    ]


def test_a_distinct_pair_is_not_merged_through_a_third_record():
    # a ~ b (one letter off) and b = c (the same name); a is declared not c: b and c merge, and
    # the group {b, c} then stays apart from a, as its c is a's distinct one
    records = [
        org("a", "Razvojna agencija Sotla"),
        org("b", "Razvojna agencija Sotle"),
        org("c", "Razvojna agencija Sotle"),
    ]
    merged, merges = resolve(
        Dataset(organisations=records), Aliases(same=[], distinct=[["a", "c"]])
    )
    assert [o.id for o in merged.organisations] == ["a", "b"]
    assert [(m.kept, m.merged) for m in merges] == [("b", "c")]
    refused = [
        p
        for p in propose_merges(
            Dataset(organisations=records), Aliases(same=[], distinct=[["a", "c"]])
        )
        if p.decision == "reject"
    ]
    assert [(p.kept, p.merged) for p in refused] == [("a", "b")]
