"""Helix classifier: rules per language, and its accuracy on the seed's 44 curated organisations."""

from __future__ import annotations

import pytest

from helix_graph.ingest.classify import classify, sector_for, sector_from_text
from helix_graph.ingest.countries import country_code, find_country


@pytest.mark.parametrize(
    ("name", "sector", "rule"),
    [
        ("Univerza v Mariboru", "academia", "university"),
        ("Fachhochschule Salzburg", "academia", "university"),
        ("Latvijas Universitāte", "academia", "university"),
        ("Uniwersytet Warszawski", "academia", "university"),
        ("Helsingin yliopisto", "academia", "university"),
        ("Občina Kranj", "government", "municipality"),
        ("Marktgemeinde Hagenberg im Mühlkreis", "government", "municipality"),
        ("Comune di Bergamo", "government", "municipality"),
        ("Commune de Chamonix", "government", "municipality"),
        ("Smiltenes novada pašvaldība", "government", "municipality"),
        ("Ministrstvo za gospodarstvo", "government", "ministry or government"),
        ("Razvojna agencija Savinja", "government", "public agency"),
        ("Energieagentur Steiermark GmbH", "government", "public agency"),
        ("Werbeagentur Maier GmbH", "industry", "private agency"),
        ("Tehnološki park Ljubljana d.o.o.", "industry", "science park"),
        ("Alpha Solutions d.o.o.", "industry", "company legal form"),
        ("Beta Technik GmbH", "industry", "company legal form"),
        ("Gamma S.r.l.", "industry", "company legal form"),
        ("Delta Oy", "industry", "company legal form"),
        ("Siemens AG", "industry", "company legal form"),
        ("Industrie- und Handelskammer München", "industry", "chamber"),
        ("Camera di commercio di Torino", "industry", "chamber"),
        ("Društvo za varstvo okolja", "civil_society", "association or NGO"),
        ("Bergsteigerverein Tirol e.V.", "civil_society", "association or NGO"),
        ("Associazione Culturale Alpina", "civil_society", "association or NGO"),
        ("Robert Bosch Stiftung", "civil_society", "foundation"),
        ("Lauku ceļotājs biedrība", "civil_society", "association or NGO"),
        ("Jožef Stefan Institute of Physics", "academia", "research centre"),
        ("Institut Jožef Stefan", "academia", "institute"),
        ("Institut für Marktforschung GmbH", "industry", "company legal form"),
        # one or more per language of the partners' regions
        ("Vilniaus universitetas", "academia", "university"),  # lt
        ("Kauno miesto savivaldybė", "government", "municipality"),  # lt
        ("Politechnika Warszawska", "academia", "university"),  # pl
        (
            "Urząd Marszałkowski Województwa Mazowieckiego",
            "government",
            "ministry or government",
        ),  # pl
        ("Fundacja Rozwoju Regionu", "civil_society", "foundation"),  # pl
        ("Oulun kaupunki", "government", "municipality"),  # fi
        ("Suomen luonnonsuojeluliitto yhdistys", "civil_society", "association or NGO"),  # fi
        ("Sveučilište u Zagrebu", "academia", "university"),  # hr
        ("Općina Vrsar", "government", "municipality"),  # hr
        ("Udruga za razvoj", "civil_society", "association or NGO"),  # hr
        ("Debreceni Egyetem", "academia", "university"),  # hu
        ("Somogy Megyei Önkormányzat", "government", "municipality"),  # hu
        ("Alfa Kft.", "industry", "company legal form"),  # hu
        ("Univerzita Komenského v Bratislave", "academia", "university"),  # sk
        ("Žilinský samosprávny kraj", "government", "ministry or government"),  # sk
        ("Beta s.r.o.", "industry", "company legal form"),  # sk
        ("Région Auvergne-Rhône-Alpes", "government", "ministry or government"),  # fr
        ("CCI Lyon Métropole", "industry", "chamber"),  # fr
        ("Regione Veneto", "government", "ministry or government"),  # it
        ("Latvijas Tirdzniecības un rūpniecības kamera", "industry", "chamber"),  # lv
    ],
)
def test_rules(name, sector, rule):
    result = classify(name)
    assert (result.sector, result.rule) == (sector, rule)
    assert 0 < result.confidence <= 1


def test_no_rule_is_a_weak_flagged_guess():
    result = classify("Oxalis")
    assert result.uncertain and result.confidence == 0.2 and result.rule.startswith("fallback")


def test_a_sector_given_in_the_data_wins():
    result = sector_for("Alpha Solutions d.o.o.", given="Civil society")
    assert (result.sector, result.confidence) == ("civil_society", 1.0)
    assert sector_for("Alpha Solutions d.o.o.", given=None).sector == "industry"
    assert sector_from_text("HES") == "academia" and sector_from_text("nonsense") is None


def test_countries():
    assert [
        country_code(v) for v in ("EL", "UK", "si", "NEMČIJA", "Somijā", "Österreich", "Hrvaška")
    ] == ["GR", "GB", "SI", "DE", "FI", "AT", "HR"]
    assert find_country("Avstija")[0] == "AT" and find_country("Avstija")[1] is not None
    assert find_country("Srbija, Črna gora")[0] == "CS"
    assert find_country("Atlantis") == (None, None)


def _accuracy(organisations, field):
    hits = [classify(getattr(o, field) or o.name).sector == o.helix_sector for o in organisations]
    return sum(hits) / len(hits)


def test_accuracy_on_the_curated_seed(seed_dataset):
    """Names as written in the sources (what the extractor gives) and the curated names.

    Measured: 40/44 (90.9 %) on name_local, 41/44 (93.2 %) on name. The misses are
    honest: Bodensee Standort Marketing GmbH (public though a GmbH), Center Noordung and
    Austrian Standards (no sector word), and the source's typo "irtschaftsverband".
    """
    organisations = seed_dataset.organisations
    assert len(organisations) == 44
    assert _accuracy(organisations, "name_local") >= 40 / 44
    assert _accuracy(organisations, "name") >= 41 / 44


@pytest.mark.parametrize(
    ("value", "sector"),
    [
        ("Local public authority", "government"),
        ("Regional public authority", "government"),
        ("Sectoral agency", "government"),
        ("Infrastructure and (public) service provider", "government"),
        ("Higher education and research organisations", "academia"),
        ("Education/training centre and school", "academia"),
        ("Small and medium enterprise", "industry"),
        ("Enterprise, except SME", "industry"),
        ("Business support organisation", "industry"),
        ("Interest groups including NGOs", "civil_society"),
        ("General public", "civil_society"),
        ("Civil Society", "civil_society"),
        ("civil_society", "civil_society"),
        ("PUB", "government"),
    ],
)
def test_sector_columns_as_keep_eu_writes_them(value, sector):
    assert sector_from_text(value) == sector
