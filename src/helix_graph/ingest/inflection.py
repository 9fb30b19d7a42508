"""Names of organisations in inflected grammatical cases, back to the nominative.

Project pages name partners inside sentences: Slovenian "z občino Torino" (instrumental),
"Na Razvojni agenciji Kozjansko" (locative); Croatian "Zagrebačku županiju" (accusative); Latvian "ar … universitāti" (accusative); Lithuanian "kartu su … kultūros centru"
(instrumental); Polish "z Gminą Lipnica Wielka" (instrumental).
A small lexicon of the nouns organisations are named with, and the adjective endings
that agree with them, turns the head of the name back to the nominative. Anything not in
the lexicon is left as written: a name is never rewritten by guesswork.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["nominative", "is_head_noun"]

# Slovenian head nouns: nominative → (gender, stem used by the other cases).
_SL_NOUNS = {
    # feminine -a: gen -e, dat/loc -i, acc/ins -o
    "univerza": "f",
    "občina": "f",
    "agencija": "f",
    "zbornica": "f",
    "fakulteta": "f",
    "šola": "f",
    "regija": "f",
    "fundacija": "f",
    "zveza": "f",
    "akademija": "f",
    "uprava": "f",
    "družba": "f",
    "organizacija": "f",
    "mreža": "f",
    "zadruga": "f",
    "skupina": "f",
    "pisarna": "f",
    "knjižnica": "f",
    "vlada": "f",
    "komora": "f",
    "ustanova": "f",
    "pokrajina": "f",
    "županija": "f",
    # masculine: gen -a, dat/loc -u, ins -om
    "inštitut": "m",
    "center": "m",
    "zavod": "m",
    "sklad": "m",
    "svet": "m",
    "urad": "m",
    "grozd": "m",
    "park": "m",
    "muzej": "m",
    "konzorcij": "m",
    "klaster": "m",
    "oddelek": "m",
    "direktorat": "m",
    "sekretariat": "m",
    "odbor": "m",
    # neuter: gen -a, dat/loc -u, ins -om / -em
    "mesto": "n",
    "društvo": "n",
    "združenje": "n",
    "ministrstvo": "n",
    "podjetje": "n",
    "središče": "n",
    "gospodarstvo": "n",
    "partnerstvo": "n",
}
# Stems that drop a vowel in the other cases: center → centr-a, oddelek → oddelk-a.
_SL_STEMS = {"center": "centr", "oddelek": "oddelk", "klaster": "klastr"}
_SL_CASES = {
    "f": {"e": "genitive", "i": "dative or locative", "o": "accusative or instrumental"},
    "m": {"a": "genitive", "u": "dative or locative", "om": "instrumental", "em": "instrumental"},
    "n": {"a": "genitive", "u": "dative or locative", "om": "instrumental", "em": "instrumental"},
}
# Adjective endings by (gender, case) → nominative ending.
_SL_ADJ = {
    ("f", "accusative or instrumental"): [("o", "a")],
    ("f", "dative or locative"): [("i", "a")],
    ("f", "genitive"): [("e", "a")],
    ("m", "instrumental"): [("im", "i")],
    ("m", "dative or locative"): [("em", "i"), ("emu", "i")],
    ("m", "genitive"): [("ega", "i")],
    ("n", "instrumental"): [("im", "o")],
    ("n", "dative or locative"): [("em", "o"), ("emu", "o")],
    ("n", "genitive"): [("ega", "o")],
}

# Croatian (and Bosnian, Serbian in Latin script) head nouns, the same way.
_HR_NOUNS = {
    "županija": "f",
    "općina": "f",
    "opština": "f",
    "agencija": "f",
    "udruga": "f",
    "zajednica": "f",
    "komora": "f",
    "ustanova": "f",
    "škola": "f",
    "regija": "f",
    "uprava": "f",
    "vlada": "f",
    "zaklada": "f",
    "zadruga": "f",
    "mreža": "f",
    "knjižnica": "f",
    "biblioteka": "f",
    "akademija": "f",
    "samouprava": "f",
    "organizacija": "f",
    "grad": "m",
    "sekretarijat": "m",
    "centar": "m",
    "zavod": "m",
    "fakultet": "m",
    "institut": "m",
    "muzej": "m",
    "savez": "m",
    "klaster": "m",
    "park": "m",
    "ured": "m",
    "odjel": "m",
    "sveučilište": "n",
    "udruženje": "n",
    "vijeće": "n",
    "društvo": "n",
    "ministarstvo": "n",
    "veleučilište": "n",
    "poduzeće": "n",
}
_HR_STEMS = {"centar": "centr", "klaster": "klastr"}
_HR_CASES = {
    "f": {"e": "genitive", "i": "dative or locative", "u": "accusative", "om": "instrumental"},
    "m": {"a": "genitive", "u": "dative or locative", "om": "instrumental", "em": "instrumental"},
    "n": {"a": "genitive", "u": "dative or locative", "om": "instrumental", "em": "instrumental"},
}
_HR_ADJ = {
    ("f", "accusative"): [("u", "a")],
    ("f", "instrumental"): [("om", "a")],
    ("f", "dative or locative"): [("oj", "a")],
    ("f", "genitive"): [("e", "a")],
    ("m", "instrumental"): [("im", "i")],
    ("m", "dative or locative"): [("om", "i"), ("omu", "i")],
    ("m", "genitive"): [("og", "i"), ("oga", "i")],
    ("n", "instrumental"): [("im", "o")],
    ("n", "dative or locative"): [("om", "o"), ("omu", "o")],
    ("n", "genitive"): [("og", "o"), ("oga", "o")],
}


# Latvian head nouns (the last word of the name): nominative listed; declension by ending.
_LV_NOUNS = [
    "universitāte",
    "augstskola",
    "koledža",
    "akadēmija",
    "skola",
    "aģentūra",
    "pašvaldība",
    "pilsēta",
    "dome",
    "padome",
    "ministrija",
    "asociācija",
    "biedrība",
    "apvienība",
    "savienība",
    "kamera",
    "palāta",
    "organizācija",
    "iestāde",
    "fonds",
    "centrs",
    "institūts",
    "parks",
    "uzņēmums",
    "klasteris",
    "departaments",
    "birojs",
    "reģions",
    "novads",
    "kopiena",
    "sabiedrība",
]


def _lv_forms(noun: str) -> dict[str, str]:
    """Inflected form → case name, for one Latvian noun."""
    if noun.endswith("is"):
        stem, endings = noun[:-2], ("i", "a", "im", "ī")
    elif noun.endswith("s"):
        stem, endings = noun[:-1], ("u", "a", "am", "ā")
    elif noun.endswith("e"):
        stem, endings = noun[:-1], ("i", "es", "ei", "ē")
    else:  # -a
        stem, endings = noun[:-1], ("u", "as", "ai", "ā")
    cases = ("accusative", "genitive", "dative", "locative")
    return {stem + ending: case for ending, case in zip(endings, cases)}


# Lithuanian head nouns (the last word of the name): nominative listed; declension by ending.
# "kartu su Ukmergės kultūros centru" (instrumental), "Šilalės … savivaldybei" (dative).
_LT_NOUNS = [
    "centras",
    "fondas",
    "parkas",
    "klubas",
    "institutas",
    "universitetas",
    "teatras",
    "muziejus",
    "savivaldybė",
    "bendruomenė",
    "ligoninė",
    "grupė",
    "seniūnija",
    "administracija",
    "draugija",
    "asociacija",
    "gimnazija",
    "kolegija",
    "mokykla",
    "biblioteka",
    "agentūra",
    "sąjunga",
    "taryba",
    "tarnyba",
    "įstaiga",
]


def _lt_forms(noun: str) -> dict[str, str]:
    """Inflected form → case name, for one Lithuanian noun."""
    if noun.endswith("as"):
        stem = noun[:-2]
        endings = {"u": "instrumental", "ui": "dative", "o": "genitive", "e": "locative"}
    elif noun.endswith("us"):
        stem = noun[:-2]
        endings = {"umi": "instrumental", "ui": "dative", "aus": "genitive", "uje": "locative"}
    elif noun.endswith("ė"):
        stem = noun[:-1]
        endings = {"e": "instrumental", "ei": "dative", "ės": "genitive", "ėje": "locative"}
    else:  # -a: the instrumental is written as the nominative
        stem = noun[:-1]
        endings = {"ai": "dative", "os": "genitive", "oje": "locative"}
    return {stem + ending: case for ending, case in endings.items()}


def _case_table(nouns: dict, stems: dict, cases: dict) -> dict[str, tuple[str, str, str]]:
    table = {}
    for noun, gender in nouns.items():
        stem = stems.get(noun, noun[:-1] if gender in "fn" else noun)
        for ending, case in cases[gender].items():
            table.setdefault(stem + ending, (noun, gender, case))
    return table


# Polish head nouns with their case forms written out: the endings follow the stem's last
# consonant (gminie, szkole, mieście, powiecie), so a rule by ending alone would guess.
# fmt: off
_PL_NOUNS = {
    "gmina": ("f", {"gminy": "genitive", "gminie": "dative or locative", "gminę": "accusative",
                    "gminą": "instrumental"}),
    "fundacja": ("f", {"fundacji": "genitive, dative or locative", "fundację": "accusative",
                       "fundacją": "instrumental"}),
    "agencja": ("f", {"agencji": "genitive, dative or locative", "agencję": "accusative",
                      "agencją": "instrumental"}),
    "izba": ("f", {"izby": "genitive", "izbie": "dative or locative", "izbę": "accusative",
                   "izbą": "instrumental"}),
    "szkoła": ("f", {"szkoły": "genitive", "szkole": "dative or locative", "szkołę": "accusative",
                     "szkołą": "instrumental"}),
    "miasto": ("n", {"miasta": "genitive", "miastu": "dative", "mieście": "locative",
                     "miastem": "instrumental"}),
    "stowarzyszenie": ("n", {"stowarzyszenia": "genitive", "stowarzyszeniu": "dative or locative",
                             "stowarzyszeniem": "instrumental"}),
    "województwo": ("n", {"województwa": "genitive", "województwu": "dative",
                          "województwie": "locative", "województwem": "instrumental"}),
    "powiat": ("m", {"powiatu": "genitive", "powiatowi": "dative", "powiecie": "locative",
                     "powiatem": "instrumental"}),
    "uniwersytet": ("m", {"uniwersytetu": "genitive", "uniwersytetowi": "dative",
                          "uniwersytecie": "locative", "uniwersytetem": "instrumental"}),
    "urząd": ("m", {"urzędu": "genitive", "urzędowi": "dative", "urzędzie": "locative",
                    "urzędem": "instrumental"}),
    "instytut": ("m", {"instytutu": "genitive", "instytutowi": "dative", "instytucie": "locative",
                       "instytutem": "instrumental"}),
    "związek": ("m", {"związku": "genitive or locative", "związkowi": "dative",
                      "związkiem": "instrumental"}),
}
# fmt: on


def _forms_table(nouns: dict) -> dict[str, tuple[str, str, str]]:
    """Each inflected form of a noun table → (nominative, gender, case)."""
    return {
        form: (noun, gender, case)
        for noun, (gender, forms) in nouns.items()
        for form, case in forms.items()
    }


_PL_TABLE = _forms_table(_PL_NOUNS)
# Adjective endings by gender → nominative ending; Polish adjectives stand before or after the head
# ("polską Gminę", "Gminą Miejską"), and one that agrees with the head's case is rebuilt.
_PL_ADJ = {
    "f": [("ą", "a"), ("ej", "a")],
    "m": [
        ("kiego", "ki"),
        ("giego", "gi"),
        ("ego", "y"),
        ("kim", "ki"),
        ("gim", "gi"),
        ("ym", "y"),
    ],
    "n": [
        ("kiego", "kie"),
        ("giego", "gie"),
        ("ego", "e"),
        ("kim", "kie"),
        ("gim", "gie"),
        ("ym", "e"),
    ],
}


# Czech and Slovak head nouns, written out as the Polish ones are: "spolupracuje s Krajem
# Vysočina, Muzeem …" (instrumental), "mezi Městem Žacléř a …", "s mestom Košice". Not the
# genitive singular where it is also the plural ("obce Milotice a Vacenovice" are two).
# fmt: off
_CS_NOUNS = {
    "město": ("n", {"městu": "dative", "městě": "locative", "městem": "instrumental"}),
    "mesto": ("n", {"mestu": "dative", "meste": "locative", "mestom": "instrumental"}),
    "obec": ("f", {"obci": "dative or locative", "obcí": "instrumental", "obcou": "instrumental"}),
    "kraj": ("m", {"kraji": "dative or locative", "kraju": "dative or locative",
                   "krajem": "instrumental", "krajom": "instrumental"}),
    "muzeum": ("n", {"muzeu": "dative or locative", "muzeem": "instrumental"}),
    "múzeum": ("n", {"múzeu": "dative or locative", "múzeom": "instrumental"}),
    "spolek": ("m", {"spolku": "genitive, dative or locative", "spolkem": "instrumental"}),
    "sdružení": ("n", {"sdružením": "instrumental"}),
    "združenie": ("n", {"združeniu": "dative or locative", "združením": "instrumental"}),
    "univerzita": ("f", {"univerzitě": "dative or locative", "univerzite": "dative or locative",
                         "univerzitou": "instrumental"}),
    "škola": ("f", {"škole": "dative or locative", "školou": "instrumental"}),
    "agentura": ("f", {"agentuře": "dative or locative", "agenturou": "instrumental"}),
    "agentúra": ("f", {"agentúre": "dative or locative", "agentúrou": "instrumental"}),
    "nadace": ("f", {"nadaci": "dative or locative", "nadací": "instrumental"}),
    "nadácia": ("f", {"nadácii": "dative or locative", "nadáciou": "instrumental"}),
    "centrum": ("n", {"centru": "dative or locative", "centrem": "instrumental",
                      "centrom": "instrumental"}),
    "region": ("m", {"regionu": "genitive, dative or locative", "regionem": "instrumental"}),
    "mikroregion": ("m", {"mikroregionu": "genitive, dative or locative",
                          "mikroregionem": "instrumental"}),
}
# fmt: on
_CS_TABLE = _forms_table(_CS_NOUNS)
# Czech and Slovak adjective endings by gender → nominative ending ("Jihočeským krajem",
# "maďarskou obcí")
_CS_ADJ = {
    "f": [("ou", "á"), ("ej", "á")],
    "m": [("ým", "ý"), ("ého", "ý"), ("ému", "ý"), ("ím", "í"), ("ího", "í")],
    "n": [("ým", "é"), ("ého", "é"), ("ému", "é"), ("ím", "í"), ("ího", "í")],
}


def _polish(
    name: str, table: dict = _PL_TABLE, adjectives: dict = _PL_ADJ
) -> tuple[str, str | None]:
    """The head among the first four words back to the nominative, with the adjectives beside it
    that agree; a word before it that does not agree leaves the name as written. Czech and
    Slovak names are read the same way, with their own table."""
    words = name.split(" ")
    for index, word in enumerate(words[:4]):
        entry = table.get(word.lower())
        if not entry:
            continue
        noun, gender, case = entry
        rebuilt = [_keep_case(word, noun)]
        for adjective in reversed(words[:index]):
            nominative_form = _polish_adjective(adjective, gender, adjectives)
            if nominative_form is None:
                return name, None
            rebuilt.insert(0, nominative_form)
        after = words[index + 1 :]
        if after and (adjective := _polish_adjective(after[0], gender, adjectives)):
            after = [adjective, *after[1:]]  # "Gminą Miejską Kraków" → "Gmina Miejska Kraków"
        result = " ".join(rebuilt + after)
        return result[:1].upper() + result[1:], case
    return name, None


def _polish_adjective(word: str, gender: str, adjectives: dict = _PL_ADJ) -> str | None:
    for ending, nominative_ending in adjectives[gender]:
        if word.lower().endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + nominative_ending
    return None


@cache
def _tables() -> dict[str, dict]:
    """Each language's inflected forms → their nominative (and gender) and case.

    Built on first use, not at import: mutation testing maps a function to the tests that
    call it, and a table built at import is called by no test (tests/README.md).
    """
    return {
        "sl": _case_table(_SL_NOUNS, _SL_STEMS, _SL_CASES),
        "hr": _case_table(_HR_NOUNS, _HR_STEMS, _HR_CASES),
        "lv": {form: (noun, case) for noun in _LV_NOUNS for form, case in _lv_forms(noun).items()},
        "lt": {form: (noun, case) for noun in _LT_NOUNS for form, case in _lt_forms(noun).items()},
    }


def _keep_case(original: str, replacement: str) -> str:
    if original.isupper():
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _south_slavic(name: str, table: dict, adjectives: dict) -> tuple[str, str | None]:
    """The head noun among the first four words back to the nominative, with the adjectives
    before it that agree; any word before it that does not agree leaves the name as written."""
    words = name.split(" ")
    for index, word in enumerate(words[:4]):
        entry = table.get(word.lower())
        if not entry:
            continue
        noun, gender, case = entry
        rebuilt = [_keep_case(word, noun)]
        for adjective in reversed(words[:index]):
            for ending, nominative_ending in adjectives.get((gender, case), []):
                if adjective.lower().endswith(ending) and len(adjective) > len(ending) + 2:
                    rebuilt.insert(0, adjective[: -len(ending)] + nominative_ending)
                    break
            else:
                return name, None
        result = " ".join(rebuilt + words[index + 1 :])
        result = result[:1].upper() + result[1:]
        return result, case
    return name, None


def _latvian(name: str, language: str = "lv") -> tuple[str, str | None]:
    """The last word (the head in Latvian and Lithuanian names) back to the nominative."""
    match = re.search(r"(\S+)$", name)
    if not match:
        return name, None
    entry = _tables()[language].get(match.group(1).lower())
    if not entry:
        return name, None
    noun, case = entry
    return name[: match.start()] + _keep_case(match.group(1), noun), case


def nominative(name: str, language: str) -> tuple[str, str | None]:
    """The name with its head back in the nominative, and the case it was in (None if unchanged).

    Examples
    --------
    >>> nominative("Gospodarsko zbornico Torino", "sl")
    ('Gospodarska zbornica Torino', 'accusative or instrumental')
    >>> nominative("Razvojni agenciji Kozjansko", "sl")
    ('Razvojna agencija Kozjansko', 'dative or locative')
    >>> nominative("Mazovijas attīstības aģentūru", "lv")
    ('Mazovijas attīstības aģentūra', 'accusative')
    >>> nominative("Zagrebačku županiju", "hr")
    ('Zagrebačka županija', 'accusative')
    >>> nominative("Gminą Lipnica Wielka", "pl")
    ('Gmina Lipnica Wielka', 'instrumental')
    >>> nominative("Krajem Vysočina", "cs")
    ('Kraj Vysočina', 'instrumental')
    >>> nominative("Univerza Lyon", "sl")
    ('Univerza Lyon', None)
    """
    if language == "sl":
        return _south_slavic(name, _tables()["sl"], _SL_ADJ)
    if language in ("hr", "bs", "sr"):
        return _south_slavic(name, _tables()["hr"], _HR_ADJ)
    if language in ("lv", "lt"):
        return _latvian(name, language)
    if language == "pl":
        return _polish(name)
    if language in ("cs", "sk"):
        return _polish(name, _CS_TABLE, _CS_ADJ)
    return name, None


def is_head_noun(word: str) -> bool:
    """Whether a word is a noun organisations are named with, in any case form
    (``"občino"``, ``"mestom"``, ``"županiju"``, ``"universitāti"``)."""
    lowered = word.lower().strip(".,;:()")
    return (
        any(lowered in table for table in _tables().values())
        or lowered in _PL_TABLE
        or lowered in _PL_NOUNS
        or lowered in _CS_TABLE
        or lowered in _CS_NOUNS
        or lowered in _SL_NOUNS
        or lowered in _HR_NOUNS
        or lowered in _LV_NOUNS
    )
