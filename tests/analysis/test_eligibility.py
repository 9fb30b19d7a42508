"""The shipped list of Interreg programme areas, and finding a programme by what a person types."""

from __future__ import annotations

import pytest
import yaml

from helix_graph.analysis.eligibility import (
    ELIGIBLE,
    IF_IN_AREA,
    NOT_ELIGIBLE,
    find_interreg_programme,
    interreg_programmes,
    programmes_covering,
)
from helix_graph.errors import UsageError
from helix_graph.model import is_country_code
from helix_graph.resources import data_file


def test_every_entry_has_sources_valid_countries_and_honest_coverage():
    raw = yaml.safe_load(data_file("interreg_programmes.yaml").read_text(encoding="utf-8"))
    ids = [entry["id"] for entry in raw["programmes"]]
    assert len(ids) == len(set(ids))
    for entry in raw["programmes"]:
        assert entry["sources"] and all(s.startswith("http") for s in entry["sources"])
        assert entry["period"] in {"2014–2020", "2021–2027"}
        assert entry["strand"] in {"cross-border", "transnational", "interregional"}
        assert bool(entry.get("area")) != bool(entry.get("countries"))  # one or the other
        for part in entry.get("area", ()):
            assert is_country_code(part["country"]), (entry["id"], part["country"])
            assert part["coverage"] in {"whole", "partial"}
            assert part["coverage"] == "partial" or "regions" not in part
    for p in interreg_programmes():
        assert p.countries and all(is_country_code(c) for c in p.countries)


def test_the_programmes_the_issue_names_are_listed():
    for name in (
        "Alpine Space",
        "Danube",
        "Central Europe",
        "Baltic Sea Region",
        "Adriatic-Ionian",
        "Euro-MED",
        "North Sea",
        "North West Europe",
        "Atlantic Area",
        "Interreg Europe",
        "URBACT",
        "ESPON",
        "INTERACT",
        "Slovenia-Austria",
        "Slovenia-Croatia",
        "Italy-Slovenia",
        "Estonia-Latvia",
        "Latvia-Lithuania",
        "Central Baltic",
    ):
        assert find_interreg_programme(name)


def test_areas_as_the_sources_give_them():
    alps = find_interreg_programme("interreg-alpine-space-2014-2020")
    assert alps.whole == {"AT", "LI", "SI", "CH"}
    assert alps.partial["DE"] == ("Oberbayern", "Schwaben", "Tübingen", "Freiburg")
    # a later period wins when only the name is given
    assert find_interreg_programme("Latvia–Lithuania").period == "2021–2027"
    assert "Kaunas" not in find_interreg_programme("Latvia-Lithuania").partial["LT"]
    assert "Kaunas" in find_interreg_programme("interreg-lv-lt-2014-2020").partial["LT"]
    europe = find_interreg_programme("Interreg Europe")
    assert len(europe.whole) == 29 and "GB" not in europe.whole  # EU27, Norway, Switzerland


def test_eligibility_by_country_and_by_a_city_named_as_a_region():
    si_hr = find_interreg_programme("SI-HR")
    states = si_hr.eligibility(["SI", "HR", "HR", "AT"], ["Koper", "Istarska", None, "Graz"])
    assert states.tolist() == [IF_IN_AREA, ELIGIBLE, IF_IN_AREA, NOT_ELIGIBLE]


def test_unknown_programme_is_one_sentence_with_near_names():
    with pytest.raises(UsageError, match="did you mean Interreg Central Baltic") as caught:
        find_interreg_programme("Interreg Centrl Baltik")
    assert "\n" not in str(caught.value)


def test_programmes_covering_two_countries():
    assert programmes_covering("EE", "LV")[:2] == [
        "Interreg Estonia–Latvia",
        "Interreg Central Baltic",
    ]
    assert programmes_covering("SI", None) == []
