"""Country names as sources write them: codes, and names in English, Slovenian, Latvian,
German, Italian, French and the partners' own languages, with inflected forms.

CORDIS writes ``EL`` for Greece and ``UK`` for the United Kingdom (the EU's own codes);
they are stored as ISO ``GR`` and ``GB``. A joint mention of Serbia and Montenegro is the
state union of 2003–2006, kept under its historical code ``CS``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from rapidfuzz import fuzz, process

from helix_graph.model import _countries, is_country_code

__all__ = ["EU_CODES", "country_code", "find_country", "fold", "joint_country", "country_in_text"]

EU_CODES = {"EL": "GR", "UK": "GB"}

# Base (nominative) forms per language; inflected forms are generated below.
_NAMES: dict[str, list[str]] = {
    "AT": ["Avstrija", "Austrija", "Österreich", "Austria", "Autriche", "Austrija"],
    "BE": ["Belgija", "Beļģija", "Belgien", "Belgio", "Belgique"],
    "BG": ["Bolgarija", "Bulgārija", "Bulgarien", "Bulgaria", "Bulgarie"],
    "CH": ["Švica", "Šveice", "Schweiz", "Svizzera", "Suisse", "Switzerland"],
    "CY": ["Ciper", "Kipra", "Zypern", "Cipro", "Chypre"],
    "CZ": [
        "Češka",
        "Čehija",
        "Tschechien",
        "Czechia",
        "Czech Republic",
        "Repubblica Ceca",
        "Tchéquie",
    ],
    "DE": ["Nemčija", "Vācija", "Deutschland", "Germania", "Allemagne", "Germany", "Njemačka"],
    "DK": ["Danska", "Dānija", "Dänemark", "Danimarca", "Danemark"],
    "EE": ["Estonija", "Igaunija", "Estland", "Estonia", "Estonie"],
    "ES": ["Španija", "Spānija", "Spanien", "Spagna", "Espagne", "España"],
    "FI": ["Finska", "Somija", "Finnland", "Finlandia", "Finlande", "Suomi"],
    "FR": ["Francija", "Francija", "Frankreich", "Francia", "France"],
    "GB": [
        "Velika Britanija",
        "Združeno kraljestvo",
        "Lielbritānija",
        "Apvienotā Karaliste",
        "Großbritannien",
        "Vereinigtes Königreich",
        "Regno Unito",
        "Royaume-Uni",
        "UK",
        "Great Britain",
        "United Kingdom",
    ],
    "GR": ["Grčija", "Grieķija", "Griechenland", "Grecia", "Grèce"],
    "HR": ["Hrvaška", "Hrvatska", "Horvātija", "Kroatien", "Croazia", "Croatie", "Croatia"],
    "HU": ["Madžarska", "Ungārija", "Ungarn", "Ungheria", "Hongrie", "Magyarország"],
    "IE": ["Irska", "Īrija", "Irland", "Irlanda", "Irlande"],
    "IT": ["Italija", "Itālija", "Italien", "Italia", "Italie", "Italy"],
    "LI": ["Lihtenštajn", "Lihtenšteina", "Liechtenstein"],
    "LT": ["Litva", "Lietuva", "Litauen", "Lituania", "Lituanie"],
    "LU": ["Luksemburg", "Luksemburga", "Luxemburg", "Lussemburgo"],
    "LV": ["Latvija", "Lettland", "Lettonia", "Lettonie"],
    "ME": ["Črna gora", "Crna Gora", "Melnkalne", "Montenegro", "Monténégro"],
    "NL": ["Nizozemska", "Nīderlande", "Niederlande", "Paesi Bassi", "Pays-Bas", "Netherlands"],
    "NO": ["Norveška", "Norvēģija", "Norwegen", "Norvegia", "Norvège"],
    "PL": ["Poljska", "Polija", "Polen", "Polonia", "Pologne", "Polska", "Poland"],
    "PT": ["Portugalska", "Portugāle", "Portugal", "Portogallo"],
    "RO": ["Romunija", "Rumānija", "Rumänien", "Romania", "Roumanie"],
    "RS": ["Srbija", "Serbija", "Serbien", "Serbia", "Serbie"],
    "SE": ["Švedska", "Zviedrija", "Schweden", "Svezia", "Suède"],
    "SI": ["Slovenija", "Slovēnija", "Slowenien", "Slovenia", "Slovénie"],
    "SK": ["Slovaška", "Slovākija", "Slowakei", "Slovacchia", "Slovaquie", "Slovensko", "Slovakia"],
    "UA": ["Ukrajina", "Ukraina", "Ukraine"],
    "BA": ["Bosna in Hercegovina", "Bosnija un Hercegovina", "Bosnien und Herzegowina"],
    "MK": ["Severna Makedonija", "Ziemeļmaķedonija", "Nordmazedonien", "North Macedonia"],
    "AL": ["Albanija", "Albānija", "Albanien"],
    "MD": ["Moldavija", "Moldova", "Moldau"],
    "IS": ["Islandija", "Islande"],
    "TR": ["Turčija", "Turcija", "Türkei", "Turchia", "Turquie"],
}
# Two countries named together for one partner: the state they formed then.
_JOINT = {frozenset({"RS", "ME"}): "CS"}


def fold(text: str) -> str:
    """Lower case without diacritics: ``"NEMČIJA"`` → ``"nemcija"``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def _inflections(name: str) -> set[str]:
    """Slovenian and Latvian case forms of a country name (nominative given)."""
    forms = {name}
    if name.endswith(
        "ija"
    ):  # Avstrija: Avstrije, Avstriji, Avstrijo; Somija: Somijas, Somijā, Somiju
        stem = name[:-1]
        forms |= {stem + e for e in ("e", "i", "o", "as", "ai", "u", "ā")}
    elif name.endswith("ska") or name.endswith("ška") or name.endswith("ška"):
        stem = name[:-1]
        forms |= {stem + e for e in ("e", "i", "o")}
    elif name.endswith("a"):  # Litva, Lietuva, Švica: -e, -i, -o; Latvian -as, -ā, -u
        stem = name[:-1]
        forms |= {stem + e for e in ("e", "i", "o", "as", "ā", "u")}
    elif name.endswith("e"):  # Šveice, Portugāle (Latvian 5th declension)
        stem = name[:-1]
        forms |= {stem + e for e in ("es", "ē", "i")}
    return forms


@cache
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for code, english in _countries().items():
        table[fold(english)] = code
    for code, names in _NAMES.items():
        for name in names:
            for form in _inflections(name):
                table.setdefault(fold(form), code)
    # Two-letter keys would match ordinary words; codes are looked up separately.
    return {k: v for k, v in table.items() if len(k) > 2}


def country_code(value: str | None) -> str | None:
    """The ISO code for a code or a name (any case, inflected, without diacritics), else None.

    >>> country_code("EL"), country_code("Nemčija"), country_code("Somijā"), country_code("uk")
    ('GR', 'DE', 'FI', 'GB')
    """
    if value is None:
        return None
    text = " ".join(str(value).split()).strip(" .,;()")
    if not text:
        return None
    upper = text.upper()
    if len(upper) == 2 and upper.isalpha():
        upper = EU_CODES.get(upper, upper)
        return upper if is_country_code(upper) else None
    return _table().get(fold(text))


def find_country(value: str, *, cutoff: float = 85.0) -> tuple[str | None, str | None]:
    """A country for ``value``: exactly, as a joint mention, or by a close spelling.

    Returns ``(code, note)``; the note says how a value that is not written exactly was read
    (``None`` when it was exact), so the caller can put it up for review.
    """
    exact = country_code(value)
    if exact:
        return exact, None
    joint = joint_country(value)
    if joint:
        return (
            joint,
            f"'{value}' read as {joint} ({_countries()[joint]}), the state those countries formed",
        )
    text = fold(value)
    if len(text) < 4:
        return None, None
    match = process.extractOne(text, list(_table()), scorer=fuzz.ratio, score_cutoff=cutoff)
    if match:
        code = _table()[match[0]]
        return (
            code,
            f"'{value}' is not a country name as written; read as {code} ({_countries()[code]})",
        )
    return None, None


def joint_country(value: str) -> str | None:
    """``"Srbija, Črna gora"`` → ``"CS"``: countries named together that formed one state."""
    parts = [
        p for p in re.split(r"\s*(?:,|/|\band\b|\bin\b|\bund\b|\bun\b)\s*", value) if p.strip()
    ]
    if len(parts) < 2:
        return None
    codes = {country_code(p) for p in parts}
    if None in codes:
        return None
    return _JOINT.get(frozenset(codes))


def country_in_text(text: str) -> tuple[str | None, str | None]:
    """A country named by a word inside ``text`` (an organisation's name), with the word.

    ``"Hrvatska gospodarska komora"`` → ``("HR", "Hrvatska")``. Only whole words count.
    """
    table = _table()
    words = re.findall(r"[^\W\d_]+(?:[ -][^\W\d_]+)?", text)
    for word in re.findall(r"[^\W\d_]+", text):
        code = table.get(fold(word))
        if code:
            return code, word
    for pair in words:  # two-word names: "Črna gora", "Velika Britanija"
        code = table.get(fold(pair))
        if code:
            return code, pair
    return None, None
