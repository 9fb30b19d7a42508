"""The classifier's learned fallback: a tiny model worked out by hand, the shipped model only
where the rules are silent, its guesses to review, and low-confidence names left unknown.

The names are made up for the tests; the real ones the model is fitted on are in bench/gold.
"""

from __future__ import annotations

import math

import pytest

# pytest puts this folder on the import path: the CORDIS layout is written by one helper
from test_cordis import PROJECTS, org_row, write_zip

from helix_graph.ingest.classify import GUESSED, PLACE_NAME, UNKNOWN, classify, sector_for
from helix_graph.ingest.cordis import read_cordis
from helix_graph.ingest.sector_model import SectorModel, shipped_model
from helix_graph.ingest.tabular import read_mapping, read_table

# Words only (no n-grams), smoothing 1: every feature below is a word or the shape "two words".
TABLE = [
    ("Alder Works", "industry"),
    ("Birch Works", "industry"),
    ("Alder Council", "government"),
]


def tiny(**settings) -> SectorModel:
    return SectorModel(ngrams=(), alpha=1.0, **settings).fit(
        [n for n, _ in TABLE], [None] * len(TABLE), [s for _, s in TABLE]
    )


def test_tiny_model_guesses_what_the_counts_say():
    # Five features: alder, works, birch, council, "two words". Industry: 2 of 3 names, 6
    # feature counts, so P(birch|ind) = (1+1)/(6+5), P(council|ind) = 1/11, P(2 words|ind) =
    # 3/11; government: 1 name, 3 counts: 1/8, 2/8, 2/8. "Birch Council" scores
    # 2/3·2/11·1/11·3/11 = 4/1331 for industry and 1/3·1/8·2/8·2/8 = 1/384 for government,
    # so P(industry) = 1536 / (1536 + 1331) = 1536/2867.
    model = tiny(threshold=0.5)
    assert model.sectors_ == ("government", "industry")
    assert len(model.buckets_) == 5
    assert model.probabilities("Birch Council") == pytest.approx([1331 / 2867, 1536 / 2867])
    guess = model.guess("Birch Council")
    assert (guess.sector, guess.probability) == ("industry", pytest.approx(1536 / 2867))
    # 'Birch' leans to industry (2/11 against 1/8), 'Council' to government
    assert guess.cues == ("Birch",)


def test_temperature_and_threshold():
    # Temperature 2 takes square roots of the likelihoods, not of the priors: industry
    # 2/3 · sqrt(2/11·1/11·3/11) = 2/3 · sqrt(6/1331), government 1/3 · sqrt(1/128).
    warm = tiny(temperature=2.0, threshold=0.5)
    industry, government = 2 * math.sqrt(6 / 1331), math.sqrt(1 / 128)
    expected = industry / (industry + government)
    assert warm.guess("Birch Council").probability == pytest.approx(expected)  # 0.603
    assert tiny(threshold=0.6).guess("Birch Council") is None  # 0.536 is below 0.6


def test_the_prior_is_counted_on_the_names_the_rules_leave_silent():
    # Only "Alder Council" was left unplaced: prior counts 1 + 0 industry, 1 + 1 government
    # (add-one), so 1/3 and 2/3; the likelihoods stay those of all three names. "Birch
    # Council": industry 1/3 · 6/1331, government 2/3 · 1/128, P(industry) = 768/3430.
    model = SectorModel(ngrams=(), alpha=1.0).fit(
        [n for n, _ in TABLE], [None] * 3, [s for _, s in TABLE], [False, False, True]
    )
    assert model.probabilities("Birch Council") == pytest.approx([2662 / 3430, 768 / 3430])


def test_unseen_words_say_nothing():
    # Neither word was seen: only the priors and "two words" speak. Industry 2/3·3/11 = 2/11,
    # government 1/3·2/8 = 1/12: P(industry) = 24/35.
    assert tiny().probabilities("Cedar Hall") == pytest.approx([11 / 35, 24 / 35])


def test_saved_model_reads_back_the_same(tmp_path):
    model = tiny(threshold=0.5)
    model.fitted_on = "three made-up names"
    model.save(tmp_path / "model.npz")
    again = SectorModel.load(tmp_path / "model.npz")
    assert (again.ngrams, again.alpha, again.threshold, again.fitted_on) == (
        (),
        1.0,
        0.5,
        "three made-up names",
    )
    assert again.probabilities("Birch Council") == pytest.approx([1331 / 2867, 1536 / 2867])


def test_shipped_model_was_fitted_on_the_training_rounds_only():
    model = shipped_model()
    assert "fifteenth" in model.fitted_on and "sixteenth" not in model.fitted_on
    assert model.sectors_ == ("government", "industry", "academia", "civil_society")
    assert 0.3 <= model.threshold < 1


def test_a_guess_says_so_and_goes_to_review():
    got = classify("Solaris Energia", country="IT")
    probability = shipped_model().guess("Solaris Energia", "IT").probability
    assert (got.sector, got.rule, got.guessed) == ("industry", GUESSED, True)
    assert got.confidence == round(probability, 2) == 0.70
    assert got.rationale == "guessed from similar names ('Solaris + Energia'), confidence 0.70"
    assert got.review_note == (
        "sector industry is a weak guess (guessed from similar names "
        "('Solaris + Energia'), confidence 0.70); check it"
    )


def test_a_name_the_model_is_unsure_of_stays_unknown():
    model = shipped_model()
    assert max(model.probabilities("Silver Lining")) < model.threshold
    got = classify("Silver Lining")
    assert got.sector == UNKNOWN and got.review_note.startswith("sector not placed")


def test_a_rule_placed_name_never_reaches_the_model():
    # Asked alone, the model would call this name industry; the rule for 'Društvo' decides.
    name = "Energetika Društvo Ljubljana"
    assert shipped_model().guess(name).sector == "industry"
    got = classify(name)
    assert (got.sector, got.rule, got.guessed) == ("civil_society", "association or NGO", False)


def test_rules_only_when_asked():
    assert classify("Solaris Energia", country="IT", learned=False).sector == UNKNOWN


def test_a_kind_given_in_the_data_comes_before_a_guess():
    got = sector_for("Solaris Energia", kind="municipality", country="SI")
    assert (got.sector, got.rule) == ("government", "kind given in the data ('municipality')")
    guessed = sector_for("Solaris Energia", country="IT")
    assert (guessed.sector, guessed.rule) == ("industry", GUESSED)


def test_importers_keep_the_guess_and_its_reason_and_list_it_for_review(tmp_path):
    path = tmp_path / "partners.csv"
    path.write_text(
        "Project;Partner;Country\nGREENVALE;Solaris Energia;IT\nGREENVALE;Silver Lining;SI\n",
        encoding="utf-8",
    )
    dataset, report = read_table(
        path, read_mapping(mapping_text="project=Project,organisation=Partner,country=Country")
    )
    by_name = {o.name: o for o in dataset.organisations}
    assert (by_name["Solaris Energia"].helix_sector, by_name["Silver Lining"].helix_sector) == (
        "industry",
        UNKNOWN,
    )
    assert by_name["Solaris Energia"].sector_rationale == (
        "classifier rule guessed from similar names ('Solaris + Energia'), confidence 0.70"
    )
    assert report.uncertain_sectors[0] == (
        "Solaris Energia: sector industry is a weak guess (guessed from similar names "
        "('Solaris + Energia'), confidence 0.70); check it"
    )

    orgs = [org_row("101", "7001", "Solaris Energia", "", "IT", "participant", "10")]
    dataset, report = read_cordis(write_zip(tmp_path / "cordis.zip", projects=PROJECTS, orgs=orgs))
    (org,) = dataset.organisations
    assert (org.helix_sector, org.sector_rationale) == (
        "industry",
        "no CORDIS activityType; classifier rule guessed from similar names "
        "('Solaris + Energia'), confidence 0.70",
    )
    (note,) = report.review
    assert note == (
        f"{tmp_path / 'cordis.zip'}:organization.csv row 2: 'Solaris Energia': sector "
        "industry is a weak guess (guessed from similar names ('Solaris + Energia'), "
        "confidence 0.70); check it"
    )


def test_a_place_name_alone_is_its_municipality_in_that_country_only():
    # partner lists name municipal partners by the place alone ("Poreč, Kranj")
    got = classify("Poreč", country="HR")
    assert (got.sector, got.kind, got.rule, got.evidence) == (
        "government",
        "municipality",
        PLACE_NAME,
        "Poreč",
    )
    assert got.review_note.startswith("sector government is a weak guess")
    # Kranj is a Slovene town, not an Austrian one; without a country nothing is read
    assert classify("Kranj", country="SI").rule == PLACE_NAME
    assert classify("Kranj", country="AT").rule != PLACE_NAME
    assert classify("Kranj").rule != PLACE_NAME
    # the rules alone, and a kind given in the data, come first
    assert classify("Poreč", country="HR", learned=False).sector == UNKNOWN
    assert sector_for("Poreč", kind="company", country="HR").sector == "industry"
