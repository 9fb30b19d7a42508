"""Which countries and regions an Interreg programme may take partners from.

The facts live in ``helix_graph/data/interreg_programmes.yaml`` (one entry per programme
and period, each with the pages it was read from). An organisation is *eligible* when its
country takes part whole, or when its country takes part in part and its city is one of
the regions the file names (a region named like its main city: Graz, Trieste, Berlin);
*eligible if based in the area* when its country takes part in part and nothing tells
where in the country it is; and *not eligible* otherwise.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cache

import numpy as np

from helix_graph.errors import UsageError
from helix_graph.resources import data_tables

__all__ = [
    "InterregProgramme",
    "interreg_programmes",
    "find_interreg_programme",
    "programmes_covering",
    "ELIGIBLE",
    "IF_IN_AREA",
    "NOT_ELIGIBLE",
]

ELIGIBLE, IF_IN_AREA, NOT_ELIGIBLE = 2, 1, 0

_GROUPS = {
    "EU27": "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split(),
}
_GROUPS["EU28"] = [*_GROUPS["EU27"], "GB"]


@dataclass(frozen=True)
class InterregProgramme:
    """One programme of one period, as the data file lists it.

    Attributes
    ----------
    id, name, period, strand : str
    aliases : tuple of str
        Other names it goes by ("Alpine Space", "SI-AT").
    whole : frozenset of str
        Countries taking part whole (ISO codes).
    partial : dict
        Country → the regions taking part (an empty tuple when the source does not say).
    sources : tuple of str
        The addresses the facts come from.
    """

    id: str
    name: str
    period: str
    strand: str
    aliases: tuple[str, ...]
    whole: frozenset
    partial: dict
    sources: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.name} {self.period}"

    @property
    def countries(self) -> frozenset:
        return self.whole | frozenset(self.partial)

    def eligibility(self, countries, cities=None) -> np.ndarray:
        """:data:`ELIGIBLE`, :data:`IF_IN_AREA` or :data:`NOT_ELIGIBLE` for each organisation.

        Examples
        --------
        >>> alps = find_interreg_programme("Interreg Alpine Space")
        >>> alps.eligibility(["SI", "DE", "DE", "PL"], [None, None, "Schwaben", None]).tolist()
        [2, 1, 2, 0]
        """
        from helix_graph.ingest.countries import fold

        countries = np.asarray(countries, dtype=object)
        cities = np.full(len(countries), None, dtype=object) if cities is None else cities
        out = np.zeros(len(countries), dtype=np.int64)
        out[np.isin(countries.astype(str), list(self.whole))] = ELIGIBLE
        for country, regions in self.partial.items():
            here = np.flatnonzero(countries.astype(str) == country)
            named = {fold(r) for r in regions}
            for position in here:
                city = cities[position]
                inside = isinstance(city, str) and fold(city) in named
                out[position] = ELIGIBLE if inside else IF_IN_AREA
        return out

    def area_in_words(self, country: str) -> str:
        """How ``country`` takes part, in a phrase ("all of it", "only Oberbayern, Schwaben, …")."""
        if country in self.whole:
            return "all of it"
        regions = self.partial.get(country, ())
        if not regions:
            return "only part of it (the source does not say which regions)"
        shown = ", ".join(regions[:4]) + (", …" if len(regions) > 4 else "")
        return f"only {shown}"


def _programme(entry: dict) -> InterregProgramme:
    whole, partial = set(), {}
    for code in entry.get("countries", ()):
        whole.update(_GROUPS.get(code, [code]))
    for part in entry.get("area", ()):
        if part["coverage"] == "whole":
            whole.add(part["country"])
        else:
            partial[part["country"]] = tuple(part.get("regions", ()))
    return InterregProgramme(
        id=entry["id"],
        name=entry["name"],
        period=entry["period"],
        strand=entry["strand"],
        aliases=tuple(entry.get("aliases", ())),
        whole=frozenset(whole),
        partial=partial,
        sources=tuple(entry["sources"]),
    )


@cache
def interreg_programmes() -> tuple[InterregProgramme, ...]:
    """Every programme in the shipped data file, in file order."""
    entries = data_tables("interreg_programmes.yaml")["programmes"]
    return tuple(_programme(entry) for entry in entries)


def _key(text: str) -> str:
    from helix_graph.ingest.countries import fold

    return " ".join(fold(text).replace("–", "-").replace("interreg", " ").split())


def find_interreg_programme(text: str) -> InterregProgramme:
    """The programme ``text`` names: its id, its name (with or without "Interreg"), an alias, or
    the name with its period; a name used in two periods means the later one.

    Raises
    ------
    UsageError
        When the file lists no such programme (with the closest names).

    Examples
    --------
    >>> find_interreg_programme("Interreg Alpine Space").label
    'Interreg Alpine Space 2014–2020'
    >>> find_interreg_programme("SI-AT").label
    'Interreg Slovenia–Austria 2021–2027'
    """
    wanted = _key(str(text))
    found = [
        p
        for p in interreg_programmes()
        if wanted in {_key(p.id), _key(p.name), _key(p.label), *(_key(a) for a in p.aliases)}
    ]
    if found:
        return max(found, key=lambda p: p.period)
    names = sorted({p.name for p in interreg_programmes()})
    close = difflib.get_close_matches(str(text), names, n=3, cutoff=0.4)
    raise UsageError(
        f"programme '{text}' is not in the list of Interreg programmes helix-graph knows"
        + (f"; did you mean {', '.join(close)}?" if close else "")
        + f" (it knows {len(names)}: {', '.join(names)})"
    )


@cache
def _latest_by_name() -> tuple[InterregProgramme, ...]:
    latest: dict[str, InterregProgramme] = {}
    for p in interreg_programmes():
        if p.name not in latest or p.period > latest[p.name].period:
            latest[p.name] = p
    return tuple(latest.values())


def programmes_covering(*countries: str | None, europe_wide: bool = False) -> list[str]:
    """Names of the latest programmes whose area takes in every one of ``countries`` (whole or part).

    Cross-border programmes come first, then transnational ones; the Europe-wide
    (interregional) ones, which take in nearly everyone, only with ``europe_wide``.

    Examples
    --------
    >>> programmes_covering("SI", "AT")[:3]
    ['Interreg Slovenia–Austria', 'Interreg Alpine Space', 'Interreg Central Europe']
    >>> programmes_covering("LV", "IT"), programmes_covering("LV", "IT", europe_wide=True)[:1]
    ([], ['Interreg Europe'])
    """
    if any(c is None for c in countries):
        return []
    order = {"cross-border": 0, "transnational": 1, "interregional": 2}
    found = [
        p
        for p in _latest_by_name()
        if all(c in p.countries for c in countries) and (europe_wide or p.strand != "interregional")
    ]
    return [p.name for p in sorted(found, key=lambda p: order.get(p.strand, 3))]
