"""Placing organisations: their own coordinates, else the GeoNames city, else the country's centre."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helix_graph.places import city_location, country_centroids, organisation_places


@pytest.mark.parametrize(
    ("city", "country", "where"),
    [
        # GeoNames' coordinates of each city (cities5000), read off its entry by hand
        ("Torino", "IT", (45.07049, 7.68682)),  # an alternate name: the city is "Turin"
        ("Smiltene", "LV", (57.42444, 25.90164)),  # a town of about 5,000
        ("LV-4729 SMILTENE", "LV", (57.42444, 25.90164)),  # postcode, capitals
        ("Sentjur", "SI", (46.21722, 15.3975)),  # written without its diacritic
        ("1010 Wien", "AT", (48.20849, 16.37208)),
        ("MUENCHEN", "DE", (48.13743, 11.57549)),  # the umlaut written out
        ("Ljubljana - Črnuče", "SI", (46.05108, 14.50513)),  # a district after the city
        ("Frankfurt (Oder)", "DE", (52.34714, 14.55062)),  # not Frankfurt am Main
        ("Frankfurt", "DE", (50.11552, 8.68417)),
        ("Paris", None, (48.85341, 2.3488)),  # no country: the most populous Paris
    ],
)
def test_a_known_city_lands_at_its_gazetteer_coordinates(city, country, where):
    # within 0.01° (about a kilometre): GeoNames releases move a city's point a little
    assert city_location(city, country) == pytest.approx(where, abs=0.01)


def test_the_country_disambiguates_and_unknown_places_are_none():
    # Valencia in Spain, not Valencia in Venezuela
    assert city_location("Valencia", "ES") == pytest.approx((39.47391, -0.37966), abs=0.01)
    assert city_location("Valencia", "VE") == pytest.approx((10.16153, -68.00044), abs=0.01)
    assert city_location("Hagenberg", "AT") is None  # a village of about 3,000
    assert city_location("Torino", "FR") is None  # no Turin in France
    assert city_location("", "SI") is None and city_location(None, "SI") is None


def test_organisation_places_prefers_coordinates_then_city_then_country():
    orgs = pd.DataFrame(
        {
            "id": ["own", "bad-coordinates", "city", "village", "no-country", "nowhere"],
            "country": ["SI", "IT", "IT", "AT", None, "ZZ"],
            "city": ["Maribor", "Torino", "Genova", "Hagenberg", "Paris", None],
            "latitude": [46.5, 200.0, None, None, None, None],
            "longitude": [15.6, 7.0, None, None, None, None],
        }
    )
    places = organisation_places(orgs).set_index("id")
    assert places["placed_by"].to_dict() == {
        "own": "coordinates",
        "bad-coordinates": "city",  # a latitude of 200 is no place: the city instead
        "city": "city",
        "village": "country",
        "no-country": "city",
        "nowhere": "nowhere",
    }
    assert places.loc["own", ["latitude", "longitude"]].tolist() == [46.5, 15.6]
    assert places.loc["bad-coordinates", "latitude"] == pytest.approx(45.07049, abs=0.01)
    assert places.loc["city", ["latitude", "longitude"]].tolist() == pytest.approx(
        [44.40478, 8.94439], abs=0.01
    )
    assert places.loc["village", ["latitude", "longitude"]].tolist() == list(
        country_centroids()["AT"]
    )  # Austria's centre: 47.33 N, 13.33 E
    assert country_centroids()["AT"] == (47.33, 13.33)
    assert math.isnan(places.loc["nowhere", "latitude"])


def test_without_coordinate_columns_the_city_and_country_place_them():
    orgs = pd.DataFrame({"id": ["a", "b"], "country": ["LT", "LT"], "city": ["Kaunas", "Nida"]})
    places = organisation_places(orgs).set_index("id")
    assert places.loc["a", ["latitude", "longitude"]].tolist() == pytest.approx(
        [54.90156, 23.90909], abs=0.01
    )
    assert places.loc["b", "placed_by"] == "country"  # Nida: about 1,500 people


def test_a_gazetteer_table_is_built_once_and_kept_and_a_damaged_copy_is_rebuilt(
    tmp_path, monkeypatch
):
    from helix_graph.places import _kept

    monkeypatch.setenv("HELIX_DATA_DIR", str(tmp_path))
    builds = []

    def build():
        builds.append(1)
        return {"lienz": "AT", "gubin": "DEPL"}

    assert _kept("probe", build) == {"lienz": "AT", "gubin": "DEPL"}
    assert _kept("probe", build) == {"lienz": "AT", "gubin": "DEPL"} and len(builds) == 1
    (kept,) = (tmp_path / "cache").glob("probe-*.pickle")
    kept.write_bytes(b"not a pickle")
    assert _kept("probe", build) == {"lienz": "AT", "gubin": "DEPL"} and len(builds) == 2
    monkeypatch.setenv("HELIX_DATA_DIR", str(tmp_path / "a-file"))
    (tmp_path / "a-file").write_text("in the way")  # a data folder that cannot be made
    assert _kept("probe", build) == {"lienz": "AT", "gubin": "DEPL"} and len(builds) == 3


def test_a_place_name_as_written_against_one_that_only_folds_to_it():
    from helix_graph.places import is_written_name, place_countries

    # folded, both are found; as written, only the real names are
    assert "NL" in place_countries("Brda") and "RO" in place_countries("Žemės")
    assert not is_written_name("Brda", "NL") and not is_written_name("Žemės", "RO")
    assert is_written_name("Lienz", "AT") and not is_written_name("lienz", "AT")
    assert is_written_name("Bekštanj", "AT")  # the Slovene name of an Austrian town
