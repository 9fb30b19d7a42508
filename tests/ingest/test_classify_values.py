"""What a classification says about itself (placed, guessed, uncertain, its rationale and
review note at each confidence edge) and what ``sector_for`` gives for each kind of value a
sector column holds: whole records, worked out from the rules' contract, not the vocabulary
(the rules' words change often and are tested in test_classify.py)."""

from __future__ import annotations

import pytest

from helix_graph.ingest.classify import (
    GUESSED,
    PLACE_NAME,
    UNKNOWN,
    Classification,
    classify,
    sector_for,
    sector_from_kind,
    sector_from_text,
)

NOT_PLACED = "no sector word, organisation type or legal form recognised in the name"


@pytest.mark.parametrize(
    "made, placed, guessed, uncertain, rationale, note",
    [
        # a trusted rule: confidence 0.6 is the edge of trust
        (
            Classification("academia", "university", 0.6, "university", "Univerza"),
            True, False, False, "university ('Univerza')", None,
        ),
        (
            Classification("academia", "university", 0.59, "university", "Univerza"),
            True, False, True, "university ('Univerza')",
            "sector academia is a weak guess (university ('Univerza')); check it",
        ),
        # no evidence: the rule alone
        (
            Classification("industry", "other", 1.0, "given in the data ('PRC')"),
            True, False, False, "given in the data ('PRC')", None,
        ),
        # the learned model's guess is always uncertain, and says its confidence
        (
            Classification("industry", "other", 0.91, GUESSED, "Solaris + Energia"),
            True, True, True, "guessed from similar names ('Solaris + Energia'), confidence 0.91",
            "sector industry is a weak guess (guessed from similar names ('Solaris + Energia'), "
            "confidence 0.91); check it",
        ),
        (
            Classification(UNKNOWN, "other", 0.0, NOT_PLACED),
            False, False, True, NOT_PLACED, f"sector not placed: {NOT_PLACED}; set it by hand",
        ),
    ],
)  # fmt: skip
def test_a_classification_says_whether_to_trust_it(
    made, placed, guessed, uncertain, rationale, note
):
    assert (made.placed, made.guessed, made.uncertain) == (placed, guessed, uncertain)
    assert made.rationale == rationale
    assert made.review_note == note


def test_a_name_no_rule_places_is_unknown_with_the_same_record_learned_or_not():
    expected = Classification(UNKNOWN, "other", 0.0, NOT_PLACED)
    assert classify("Zelenjava Novak", learned=False) == expected
    # a town's name alone is placed only when learned guesses are allowed, weakly
    assert classify("Pazin", country="HR", learned=False) == expected
    assert classify("Pazin", country="HR") == Classification(
        "government", "municipality", 0.5, PLACE_NAME, "Pazin"
    )
    # a brand's shape is no place, whatever its letters spell
    assert classify("Pazin4U", country="HR").rule != PLACE_NAME


@pytest.mark.parametrize(
    "given, kind, expected",
    [
        # a sector given in the data wins, in full confidence
        ("Local public authority", None,
         Classification("government", "other", 1.0, "given in the data ('Local public authority')")),
        ("civil-society", None,
         Classification("civil_society", "other", 1.0, "given in the data ('civil-society')")),
        # a generic value: the name decides, else the value's own sector, weakly
        ("other", None,
         Classification("civil_society", "other", 0.5,
                        "given in the data as 'other', a generic type, and the name gives no sector")),
        # a value that is no sector: as if none were given
        ("nonsense words", None, Classification(UNKNOWN, "other", 0.0, NOT_PLACED)),
        # a kind given: its sector, with the kind and 0.8
        (None, "Research centre",
         Classification("academia", "research_centre", 0.8, "kind given in the data ('Research centre')")),
        (None, "other", Classification(UNKNOWN, "other", 0.0, NOT_PLACED)),
    ],
)  # fmt: skip
def test_sector_for_each_kind_of_value_given(given, kind, expected):
    assert sector_for("Zelenjava Novak", given=given, kind=kind) == expected


def test_sector_words_any_case_spelling_and_partner_types():
    assert [
        sector_from_text(v)
        for v in ("Civil_Society", "civil society", "HES", "Interest groups including NGOs", "bank")
    ] == ["civil_society", "civil_society", "academia", "civil_society", None]
    assert [sector_from_kind(k) for k in ("municipality", "Research centre", "other")] == [
        "government",
        "academia",
        None,
    ]


def test_a_stem_splits_into_its_top_level_alternatives_with_its_groups_not_capturing():
    from helix_graph.ingest.classify import _alternatives

    assert _alternatives(r"univ(ersit|)y|college|(?:high )?school") == [
        "univ(?:ersit|)y",
        "college",
        "(?:high )?school",
    ]


def test_the_rule_tables_are_built_from_the_cues_as_written():
    """The builders that run at import, run here on a cue table written as
    data/sector_cues.yaml writes one (mutation testing maps a function to the tests that call
    it, and the module's own tables are built before any test)."""
    from helix_graph.ingest.classify import Rule, _first_letters, _pattern

    cues = [
        {"name": "school", "words": ["schul(e|)", [r"\w*verein"]]},  # a shared group spliced in
        {"name": "lag", "cased": ["LAG", "OÜ"]},
        {"name": "tech", "all_of": [{"words": ["univ"]}, {"words": ["tech"]}]},
        {"name": "college", "words": ["[ck]olleg"]},  # no fixed first letter
    ]
    rules = [
        Rule(c["name"], "academia", "school", 0.9, tuple(_pattern(p) for p in c.get("all_of", [c])))
        for c in cues
    ]
    assert rules[0].patterns == (("schul(?:e|)", r"\w*verein"),)
    assert rules[1].patterns[0].pattern == r"(?<![\w])(?:LAG|OÜ)(?![\w])"
    assert rules[1].patterns[0].search("LAG Pohorje") and not rules[1].patterns[0].search("FLAG")
    assert rules[2].patterns == (("univ",), ("tech",))
    at_start, inside, apart = _first_letters(rules)
    assert len(at_start) == 36  # the college stem is tried at every letter and digit
    assert at_start["s"].pattern == "(?P<r0>schul(?:e|))|(?P<r3>[ck]olleg)"
    assert at_start["v"].pattern == "(?P<r0>verein)|(?P<r3>[ck]olleg)"  # a compound's start
    assert at_start["7"].pattern == "(?P<r3>[ck]olleg)"
    assert {c: p.pattern for c, p in inside.items()} == {"v": "(?P<r0>verein)"}
    assert apart == [(1, rules[1]), (2, rules[2])]  # cased, and of two patterns
