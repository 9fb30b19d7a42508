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

from helix_graph.model import UNDECOMPOSED_LETTERS, _countries, is_country_code

__all__ = [
    "EU_CODES",
    "country_code",
    "find_country",
    "fold",
    "joint_country",
    "country_in_text",
    "country_adjective",
    "place_country",
    "countries_named",
]

EU_CODES = {"EL": "GR", "UK": "GB"}

# Base (nominative) forms per language; inflected forms are generated below.
# fmt: off
_NAMES: dict[str, list[str]] = {
    "AT": [
        "Avstrija", "Austrija", "Österreich", "Austria", "Autriche", "Ausztria", "Rakousko",
    ],
    "BE": [
        "Belgija", "Beļģija", "Belgien", "Belgio", "Belgique", "Belgia", "Belgium", "België",
    ],
    "BG": [
        "Bolgarija", "Bugarska", "Bulgārija", "Bulgarien", "Bulgaria", "Bulgarie", "Bulgária",
    ],
    "CH": [
        "Švica", "Švicarska", "Šveice", "Schweiz", "Svizzera", "Suisse", "Switzerland", "Svájc",
    ],
    "CY": [
        "Ciper", "Cipar", "Kipra", "Zypern", "Cipro", "Chypre", "Cyprus",
    ],
    "CZ": [
        "Češka", "Čehija", "Tschechien", "Czechia", "Czech Republic", "Repubblica Ceca",
        "Tchéquie", "Česká republika", "Csehország", "Czechy", "Tšehhi", "Čekija",
    ],
    "DE": [
        "Nemčija", "Vācija", "Deutschland", "Germania", "Allemagne", "Germany", "Njemačka",
        "Németország", "Niemcy", "Saksamaa", "Vokietija", "Nemecko", "BRD",
    ],
    "DK": [
        "Danska", "Dānija", "Dänemark", "Danimarca", "Danemark", "Denmark", "Taani", "Danija",
    ],
    "EE": [
        "Estonija", "Igaunija", "Estland", "Estonia", "Estonie", "Eesti", "Észtország",
    ],
    "ES": [
        "Španija", "Španjolska", "Spānija", "Spanien", "Spagna", "Espagne", "España", "Spain",
        "Hispaania", "Ispanija",
    ],
    "FI": [
        "Finska", "Somija", "Finnland", "Finlandia", "Finlande", "Suomi", "Finland", "Soome",
        "Suomija",
    ],
    "FR": [
        "Francija", "Francuska", "Frankreich", "Francia", "France", "Franciaország",
        "Prantsusmaa", "Prancūzija",
    ],
    "GB": [
        "Velika Britanija", "Združeno kraljestvo", "Ujedinjeno Kraljevstvo", "Lielbritānija",
        "Apvienotā Karaliste", "Großbritannien", "Vereinigtes Königreich", "Regno Unito",
        "Royaume-Uni", "UK", "Great Britain", "United Kingdom", "England", "Scotland", "Wales",
    ],
    "GR": [
        "Grčija", "Grčka", "Grieķija", "Griechenland", "Grecia", "Grèce", "Greece", "Kreeka",
        "Graikija", "Görögország",
    ],
    "HR": [
        "Hrvaška", "Hrvatska", "Horvātija", "Kroatien", "Croazia", "Croatie", "Croatia",
        "Horvátország", "Chorwacja", "Horvaatia", "Kroatija", "Chorvátsko",
    ],
    "HU": [
        "Madžarska", "Mađarska", "Ungārija", "Ungarn", "Ungheria", "Hongrie", "Magyarország",
        "Hungary", "Węgry", "Ungari", "Vengrija", "Maďarsko",
    ],
    "IE": [
        "Irska", "Īrija", "Irland", "Irlanda", "Irlande", "Ireland", "Iirimaa", "Airija",
    ],
    "IT": [
        "Italija", "Itālija", "Italien", "Italia", "Italie", "Italy", "Olaszország", "Włochy",
        "Itaalia", "Taliansko",
    ],
    "LI": [
        "Lihtenštajn", "Lihtenšteina", "Liechtenstein",
    ],
    "LT": [
        "Litva", "Lietuva", "Litauen", "Lituania", "Lituanie", "Lithuania", "Litwa", "Leedu",
        "Litvánia",
    ],
    "LU": [
        "Luksemburg", "Luksemburga", "Luxemburg", "Lussemburgo", "Luxembourg", "Liuksemburgas",
    ],
    "LV": [
        "Latvija", "Lettland", "Lettonia", "Lettonie", "Latvia", "Łotwa", "Läti", "Lettország",
        "Latvija",
    ],
    "ME": [
        "Črna gora", "Crna Gora", "Melnkalne", "Montenegro", "Monténégro",
    ],
    "NL": [
        "Nizozemska", "Nīderlande", "Niederlande", "Paesi Bassi", "Pays-Bas", "Netherlands",
        "Holland", "Hollandia", "Holandia", "Nyderlandai",
    ],
    "NO": [
        "Norveška", "Norvēģija", "Norwegen", "Norvegia", "Norvège", "Norway", "Norra",
        "Norvegija",
    ],
    "PL": [
        "Poljska", "Polija", "Polen", "Polonia", "Pologne", "Polska", "Poland", "Poola",
        "Lenkija", "Lengyelország",
    ],
    "PT": [
        "Portugalska", "Portugāle", "Portugal", "Portogallo", "Portugalija",
    ],
    "RO": [
        "Romunija", "Rumunjska", "Rumānija", "Rumänien", "Romania", "Roumanie", "Rumeenia",
        "Rumunija", "Rumunia", "Románia",
    ],
    "RS": [
        "Srbija", "Serbija", "Serbien", "Serbia", "Serbie", "Szerbia", "Serbia",
    ],
    "RU": [
        "Rusija", "Krievija", "Russland", "Russia", "Russie", "Russian Federation", "Rosja",
        "Venemaa", "Oroszország",
    ],
    "SE": [
        "Švedska", "Zviedrija", "Schweden", "Svezia", "Suède", "Sweden", "Rootsi", "Švedija",
        "Szwecja",
    ],
    "SI": [
        "Slovenija", "Slovēnija", "Slowenien", "Slovenia", "Slovénie", "Sloveenia", "Słowenia",
        "Szlovénia", "Slovinsko",
    ],
    "SK": [
        "Slovaška", "Slovačka", "Slovākija", "Slowakei", "Slovacchia", "Slovaquie", "Slovakia",
        "Słowacja", "Slovakkia", "Szlovákia",
    ],
    "UA": [
        "Ukrajina", "Ukraina", "Ukraine",
    ],
    "BA": [
        "Bosna in Hercegovina", "Bosna i Hercegovina", "BiH", "Bosnija un Hercegovina",
        "Bosnien und Herzegowina",
    ],
    "MK": [
        "Severna Makedonija", "Sjeverna Makedonija", "Ziemeļmaķedonija", "Nordmazedonien",
        "North Macedonia", "Macedonia",
    ],
    "AL": [
        "Albanija", "Albānija", "Albanien", "Albania", "Albanie",
    ],
    "MD": [
        "Moldavija", "Moldova", "Moldau",
    ],
    "IS": [
        "Islandija", "Islande", "Iceland",
    ],
    "TR": [
        "Turčija", "Turska", "Turcija", "Türkei", "Turchia", "Turquie", "Turkey",
    ],
    "BY": [
        "Belorusija", "Bjelorusija", "Baltkrievija", "Belarus", "Weißrussland", "Valgevene",
        "Baltarusija",
    ],
    "AD": [
        "Andora", "Andorra", "Andorre",
    ],
}
# fmt: on
# Two countries named together for one partner: the state they formed then.
_JOINT = {frozenset({"RS", "ME"}): "CS"}


def fold(text: str) -> str:
    """Lower case without diacritics: ``"NEMČIJA"`` → ``"nemcija"``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


# Latin letters that Unicode does not decompose into a base letter and a mark (Cyrillic and
# Greek stay as they are: the tables here hold their names in those scripts).
_UNDECOMPOSED = str.maketrans(UNDECOMPOSED_LETTERS)


def _inflections(name: str) -> set[str]:
    """Case forms of a country name (nominative given): Slovenian, Croatian, Latvian,
    Lithuanian (-os) and Estonian (-st, -lt, -s, -sse, -le) endings."""
    forms = {name}
    if name.endswith(
        "ija"
    ):  # Avstrija: Avstrije, Avstriji, Avstrijo; Somija: Somijas, Somijā, Somiju
        stem = name[:-1]
        forms |= {stem + e for e in ("e", "i", "o", "as", "ai", "u", "ā", "os", "oje")}
    elif name.endswith(("ska", "ška", "čka", "ćka")):  # Hrvaška, Mađarska: -e, -i, -o, -u, -oj
        stem = name[:-1]
        forms |= {stem + e for e in ("e", "i", "o", "u", "oj")}
    elif name.endswith(
        "a"
    ):  # Litva, Lietuva, Švica: -e, -i, -o; Latvian -as, -ā, -u; Lithuanian -os, -ai
        stem = name[:-1]
        forms |= {stem + e for e in ("e", "i", "o", "as", "ā", "u", "os", "ai", "oje")}
    elif name.endswith("e"):  # Šveice, Portugāle (Latvian 5th declension)
        stem = name[:-1]
        forms |= {stem + e for e in ("es", "ē", "i")}
    if " " not in name:  # Estonian: Eestist, Lätist, Poolast, Iirimaalt, Hollandist
        tail = "i" if name[-1].lower() not in "aeiouäöüõ" else ""
        forms |= {name + tail + e for e in ("st", "lt", "s", "sse", "le", "l", "ga")}
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


# The stems of the adjectives (and demonyms) of each country, folded, in the languages of the
# pages: "österreichische", "avstrijskim", "hrvatske", "slovena", "Latvian", "mađarske".
# fmt: off
_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "AT": (
        "austrian", "avstrij", "austrijs", "osterreichisch", "austriac", "autrichien", "osztrak",
        "austriack", "rakousk",
    ),
    "SI": (
        "slovenian", "slovene", "slovensk", "slowenisch", "sloven", "slovenc", "szloven",
        "slowensk", "slovinsk",
    ),
    "HR": (
        "croatian", "hrvatsk", "hrvask", "kroatisch", "croat", "horvat", "chorwack", "chorvatsk",
    ),
    "IT": (
        "italian", "italijans", "talijans", "italienisch", "italien", "olasz", "wlosk",
        "taliansk",
    ),
    "DE": (
        "german", "nemsk", "njemack", "deutsch", "tedesc", "allemand", "vacij", "vokiet", "nemet",
        "niemieck", "nemeck", "bavarian", "bayerisch", "bavarese",
    ),
    "HU": (
        "hungarian", "madzars", "madarsk", "ungarisch", "ungherese", "hongrois", "ungar", "vengr",
        "magyar", "wegiersk", "madarsk",
    ),
    "CZ": (
        "bohmisch", "sudbohm", "mahrisch", "sudmahr", "jihocesk", "jihomoravsk", "moravsk",
        "czech", "cesk", "tschechisch", "ceco", "ceca", "tcheque", "cehij", "cseh", "czesk",
        # cs "český", "česká", "českého": "cesk" is too short to be read as a stem
        "cesky", "ceska", "ceske", "ceskou",
    ),
    "SK": (
        "slovak", "slovask", "slovack", "slowakisch", "slovacc", "slovaque", "szlovak", "slowack",
    ),
    "PL": (
        "polish", "poljsk", "polnisch", "polacc", "polonais", "polsk", "lenkij", "lengyel",
    ),
    "LV": (
        "latvian", "latvijsk", "lettisch", "letton", "latviesu", "latvis", "lotewsk", "lotyss",
        "lati ",
    ),
    "LT": (
        "lithuanian", "litovsk", "litavsk", "litauisch", "lituan", "lietuviesu", "lietuvi",
        "litvan", "litewsk",
    ),
    "EE": (
        "estonian", "estonsk", "estnisch", "estone", "estonien", "igaun", "eston", "eszt",
        "estonsk",
    ),
    "RS": (
        "serbian", "srbsk", "srpsk", "serbisch", "serbe", "serbo", "szerb",
    ),
    "BA": (
        "bosnian", "bosansk", "bosnisch",
    ),
    "ME": (
        "montenegrin", "crnogorsk", "montenegrinisch",
    ),
    "FI": (
        "finnish", "finsk", "finnisch", "finlandes", "finlandais", "finnisch",
    ),
    "SE": (
        "swedish", "svedsk", "schwedisch", "svedese", "suedois",
    ),
    "DK": (
        "danish", "dansk", "danisch", "danese", "danois",
    ),
    "NL": (
        "dutch", "nizozemsk", "niederlandisch", "olandes", "neerlandais", "hollandsk",
    ),
    "BE": (
        "belgian", "belgijsk", "belgisch", "belga", "belge",
    ),
    "FR": (
        "french", "francosk", "francusk", "franzosisch", "frances", "francais",
    ),
    "ES": (
        "spanish", "spansk", "spanjolsk", "spanisch", "spagnol", "espagnol", "espanol",
    ),
    "PT": (
        "portuguese", "portugues", "portugais", "portoghes", "portugalsk", "portugiesisch",
    ),
    "GR": (
        "greek", "grsk", "griechisch", "grec",
    ),
    "RO": (
        "romanian", "romunsk", "rumunjsk", "rumanisch", "rumen", "roumain",
    ),
    "BG": (
        "bulgarian", "bolgarsk", "bugarsk", "bulgarisch", "bulgar",
    ),
    "AL": (
        "albanian", "albansk", "albanisch", "albanes", "albanais",
    ),
    "UA": (
        "ukrainian", "ukrajinsk", "ukrainisch", "ucrain", "ukrain",
    ),
    "RU": (
        "russian", "rusk", "russisch", "russo", "russe", "kriev",
    ),
    "IE": (
        "irish", "irsk", "irisch", "irlandes", "irlandais",
    ),
    "GB": (
        "british", "britansk", "britisch", "britannic", "britannique", "english",
    ),
    "CH": (
        "swiss", "svicarsk", "schweizer", "svizzer", "suisse",
    ),
    "NO": (
        "norwegian", "norvesk", "norwegisch", "norveges", "norvegien",
    ),
}
# fmt: on
# Stems too short to stand alone are matched only as whole folded words.
_ADJECTIVE_WORDS: dict[str, str] = {
    "croata": "HR",
    "croato": "HR",
    "croate": "HR",
    "ceco": "CZ",
    "ceca": "CZ",
    "grec": "GR",
    "grecque": "GR",
    "greco": "GR",
    "greca": "GR",
    "rusk": "RU",
}


@cache
def _adjective_stems() -> list[tuple[str, str]]:
    stems = [
        (stem.strip(), code)
        for code, all_ in _ADJECTIVES.items()
        for stem in all_
        if len(stem.strip()) >= 5
    ]
    return sorted(stems, key=lambda pair: -len(pair[0]))


# Endings of ``slovensk-`` that only Slovak (and Czech) write: a long vowel ("slovenský
# partner", "slovenská strana") or a case Slovene does not have ("na Slovensku", "slovenskej").
_SLOVAK_ENDING = re.compile(r"[ýáéúíó]\w*|ej|om|ou|u|ych|ym|ymi")


def country_adjective(word: str, *, language: str | None = None) -> str | None:
    """The country an adjective or demonym names: ``"österreichische"`` → ``"AT"``.

    Slovak ``slovenská`` is Slovak and Slovenian ``slovenska`` is Slovenian: the stem
    ``slovensk`` is read as Slovakia on Slovak and Czech pages.

    >>> country_adjective("hrvatske"), country_adjective("Latvian"), country_adjective("slovena")
    ('HR', 'LV', 'SI')
    """
    folded = fold(word).strip(".,;:()\"'„“”")
    if folded in _ADJECTIVE_WORDS:
        return _ADJECTIVE_WORDS[folded]
    if len(folded) < 5:
        return None
    for stem, code in _adjective_stems():
        if folded.startswith(stem) and len(folded) <= len(stem) + 7:
            if stem == "slovensk" and (
                language in ("sk", "cs")
                or _SLOVAK_ENDING.fullmatch(word.strip(".,;:()\"'„“”")[8:].lower())
            ):
                return "SK"
            return code
    return None


# Capitals, large cities and the regions of the cooperation area, as the pages write them
# (local names and exonyms), folded. A place names a country only when it is not shared.
# fmt: off
_PLACES: dict[str, tuple[str, ...]] = {
    "AT": (
        "wien", "vienna", "vienne", "dunaj", "bec", "graz", "gradec", "linz", "salzburg",
        "innsbruck", "klagenfurt", "celovec", "villach", "beljak", "wels", "st. polten",
        "dornbirn", "steyr", "leoben", "burgenland", "niederosterreich", "oberosterreich", "no",
        "oo", "steiermark", "styria", "karnten", "carinthia", "vorarlberg", "tirol", "tyrol",
        "oststeiermark", "mühlviertel", "muhlviertel", "waldviertel", "weinviertel", "innviertel",
        # the Länder and their parts in the neighbours' languages (not Slovene "Koroška" and
        # "Štajerska", which are Slovenian regions too)
        "osttirol", "nordtirol", "oberkarnten", "unterkarnten", "tirolo", "carinzia", "stiria",
        "salisburgo", "karintia", "stajerorszag", "tyrolsko", "korutany", "styrie", "carinthie",
    ),
    "SI": (
        "ljubljana", "ljubljani", "maribor", "mariboru", "celje", "kranj", "koper", "capodistria",
        "velenje", "novo mesto", "ptuj", "nova gorica", "murska sobota", "kamnik", "jesenice",
        "domzale", "skofja loka", "izola", "piran", "postojna", "gornja radgona", "lendava",
        "ljutomer", "sentjur", "idrija", "pomurje", "pomurska", "pomurju", "prekmurje",
        "gorenjska", "goriska", "dolenjska", "podravje", "savinjska", "posavje", "zasavje",
        "obalno-kraska",
    ),
    "HR": (
        "zagreb", "zagreba", "zagabria", "split", "rijeka", "fiume", "osijek", "zadar", "pula",
        "slavonski brod", "karlovac", "varazdin", "varazdina", "sibenik", "sisak", "dubrovnik",
        "bjelovar", "koprivnica", "cakovec", "vukovar", "krapina", "ludbreg", "istra", "istria",
        "istarska", "dalmacija", "dalmatia", "slavonija", "slavonia", "medimurje", "zagorje",
        "zagrebacka", "primorsko-goranska",
        # the Kvarner and Istrian coast of the Slovenian–Croatian programmes
        "kvarner", "kvarnera", "opatija", "rovinj", "porec", "umag", "pazin", "crikvenica",
    ),
    "IT": (
        "roma", "rome", "milano", "milan", "napoli", "torino", "turin", "venezia", "venice", "venise",
        "benetke", "venedig", "trieste", "trst", "triest", "udine", "videm", "gorizia", "gorica",
        "pordenone", "padova", "verona", "bologna", "firenze", "genova", "bolzano", "bozen",
        "trento", "forli", "ravenna", "ferrara", "brescia", "bergamo", "friuli", "furlanija",
        "furlanije", "veneto", "lombardia", "lombardy", "piemonte", "emilia-romagna", "toscana",
        "tuscany", "liguria", "calabria", "sicilia", "sardegna", "puglia",
        # the regions in the neighbours' languages: "Région Piémont", "Vallée d'Aoste"
        "piemont", "aoste", "aosta", "aostatal", "ligurie", "lombardie", "toscane", "venetie",
        "venetien", "lombardei", "toskana", "ligurien", "sudtirol", "alto adige", "trentino",
        "emilie-romagne", "emilija-romanja", "furlanija-julijska", "friaul",
    ),
    "DE": (
        "berlin", "munchen", "munich", "hamburg", "koln", "frankfurt", "stuttgart", "dusseldorf",
        "dresden", "leipzig", "nurnberg", "passau", "regensburg", "augsburg", "bayern", "bavaria",
        "niederbayern", "oberbayern", "sachsen", "saxony", "brandenburg", "mecklenburg",
        "saarland", "miesbach", "rosenheim", "traunstein", "altotting", "muhldorf",
        # exonyms and the towns pages write them beside: "Université de la Sarre", "de Trèves"
        "sarre", "saarbrucken", "trier", "treves", "treviri", "kaiserslautern", "mainz", "mayence",
        "aachen", "aix-la-chapelle", "cottbus", "frankfurt (oder)", "francfort-sur-l'oder",
    ),
    "HU": (
        "budapest", "budimpesta", "debrecen", "szeged", "miskolc", "pecs", "gyor", "nyiregyhaza",
        "kecskemet", "szekesfehervar", "szombathely", "sopron", "zalaegerszeg", "kaposvar",
        "nagykanizsa", "lenti", "szentendre", "zala", "somogy", "baranya", "vas megye", "vas county",
        "gyor-moson-sopron", "transdanubia", "transdanubian", "dunantul", "zalai", "pecuh", "pecuha",
        "pecuhu", "pecsi", "kaposvara",
    ),
    "SK": (
        "bratislava", "bratislavy", "kosice", "presov", "zilina", "nitra", "banska bystrica",
        "trnava", "trencin", "poprad", "gemer", "luzianky",
    ),
    "CZ": (
        "praha", "prague", "prag", "brno", "ostrava", "plzen", "liberec", "olomouc",
        "ceske budejovice", "hradec kralove", "jihlava", "znojmo", "vysocina", "vysociny",
        "bohmen", "bohemia", "cechy", "mahren", "morava", "moravia", "moravy", "sudbohmen",
        "sudmahren", "pilsen", "budweis", "klattau", "klatovy", "tachau", "tachov", "karlsbad",
        "karlovy vary", "marienbad", "domazlice", "taus", "krumau", "cesky krumlov", "brunn",
        "reichenberg", "aussig", "usti nad labem", "westbohmen", "ostbohmen",
        # the lands in the neighbours' and the Romance languages: "Centre … de la Bohême"
        "boheme", "boemia", "moravie",
    ),
    "PL": (
        "warszawa", "warsaw", "krakow", "lodz", "wroclaw", "poznan", "gdansk", "szczecin",
        "bydgoszcz", "lublin", "bialystok", "katowice", "gdynia", "rzeszow", "kielce", "olsztyn",
        "opole", "slupsk", "pisz",
    ),
    "LV": (
        "riga", "rīga", "daugavpils", "liepaja", "jelgava", "jurmala", "ventspils", "rezekne",
        "valmiera", "jekabpils", "ogre", "tukums", "cesis", "kuldiga", "ludza", "preili",
        "kraslava", "karsava", "vilani", "smiltene", "valka", "vidzeme", "latgale", "kurzeme",
        "zemgale", "latgales", "latgalos", "vidzemes", "kurzemes", "zemgales",
    ),
    "LT": (
        "vilnius", "kaunas", "klaipeda", "siauliai", "panevezys", "alytus", "marijampole",
        "mazeikiai", "jonava", "utena", "taurage", "telsiai", "pagegiai", "silale", "jurbarkas",
        "rokiskis", "birzai", "kretinga", "zarasai", "ignalina", "samogitia", "zemaitija",
        "aukstaitija",
    ),
    "EE": (
        "tallinn", "tallinna", "tartu", "narva", "parnu", "kohtla-jarve", "viljandi", "rakvere",
        "maardu", "kuressaare", "sillamae", "voru", "valga", "johvi", "haapsalu", "paide", "elva",
        "polva", "tartumaa", "harjumaa", "ida-viru", "saaremaa", "virumaa",
    ),
    "RS": (
        "beograd", "belgrade", "novi sad", "nis", "kragujevac", "subotica", "zrenjanin",
        "pancevo", "sombor", "backa topola", "vojvodina", "vojvodine",
    ),
    "BA": (
        "sarajevo", "banja luka", "tuzla", "zenica", "mostar", "bihac", "brcko",
    ),
    "RU": (
        "moskva", "moscow", "sankt-peterburg", "st. petersburg", "saint petersburg", "pskov",
        "kaliningrad", "sovetsk", "gvardeysk", "gatchina", "pechory", "pytalovo", "krasnogorodsk",
        "shlisselburg", "leningrad",
    ),
    "FI": (
        "helsinki", "espoo", "tampere", "vantaa", "turku", "oulu", "lahti", "kuopio", "jyvaskyla",
        "lappeenranta", "lapland",
    ),
    "SE": (
        "stockholm", "goteborg", "gothenburg", "malmo", "uppsala", "vaxjo", "karlskrona",
        "blekinge",
    ),
    "GR": (
        "athina", "athens", "thessaloniki", "patras", "heraklion", "crete", "kreta", "chania",
        "larissa",
    ),
    "ES": (
        "madrid", "barcelona", "valencia", "sevilla", "zaragoza", "bilbao", "girona", "gerone",
        "lleida", "baleares", "cerdagne", "catalonia", "catalunya", "navarra", "navarre",
        "catalogne", "cataluna", "galicia", "galice", "andalucia", "andalousie", "donostia",
        "granada", "grenade", "aragon", "aragón", "murcia", "murcie", "andalusia", "andalusien",
    ),
    "FR": (
        "paris", "lyon", "marseille", "toulouse", "nice", "nantes", "strasbourg", "montpellier",
        "bordeaux", "lille", "perpignan", "lorraine", "alsace",
    ),
    "BE": (
        "bruxelles", "brussels", "brussel", "antwerpen", "antwerp", "gent", "ghent", "liege",
        "charleroi", "wallonie", "vlaanderen", "flanders",
    ),
    "NL": (
        "amsterdam", "rotterdam", "den haag", "the hague", "utrecht", "eindhoven", "twente",
    ),
    "IE": (
        "dublin", "cork", "limerick", "galway", "leitrim",
    ),
    "GB": (
        "london", "birmingham", "manchester", "glasgow", "edinburgh", "liverpool", "hounslow",
    ),
    "DK": (
        "kobenhavn", "copenhagen", "aarhus", "odense", "aalborg", "billund", "bornholm",
        # the regions and islands, as Danish and the neighbours write them
        "jylland", "jutland", "sjaelland", "fyn", "funen", "lolland",
        "falster", "sonderjylland", "nordjylland", "midtjylland", "vestsjaelland", "syddanmark",
    ),
    "BG": (
        "sofia", "sofija", "plovdiv", "varna", "burgas",
    ),
    "RO": (
        "bucuresti", "bucharest", "cluj-napoca", "timisoara", "iasi", "constanta", "oradea",
    ),
    "LU": (
        "luxembourg",
    ),
    "CH": (
        "zurich", "geneve", "geneva", "basel", "bern", "lausanne", "lugano", "ticino",
    ),
    "AL": (
        "tirana", "durres", "shkoder",
    ),
    "ME": (
        "podgorica", "niksic", "kotor",
    ),
    "MK": (
        "skopje", "bitola",
    ),
    "UA": (
        "kyiv", "kiev", "lviv", "kharkiv", "odesa", "uzhhorod",
    ),
}
# fmt: on


@cache
def _place_table() -> dict[str, str]:
    table: dict[str, str] = {}
    shared: set[str] = set()
    for code, places in _PLACES.items():
        for place in places:
            key = fold(place)
            if key in table and table[key] != code:
                shared.add(key)
            table[key] = code
    return {k: v for k, v in table.items() if k not in shared}


def place_country(text: str) -> tuple[str | None, str | None]:
    """The country of a city or region named in ``text`` (one or two words), with the place.

    ``"Razvojni center Murska Sobota"`` → ``("SI", "Murska Sobota")``; ``"Stadt Wien"`` →
    ``("AT", "Wien")``. Whole words only; the last place named wins (a name ends with its town).
    """
    table = _place_table()
    words = re.findall(r"[^\W\d_]+(?:[.-][^\W\d_]+)*", text)
    found: tuple[str | None, str | None] = (None, None)
    i = 0
    while i < len(words):
        word, step = words[i], 1
        for span in (words[i : i + 2], words[i : i + 1], word.split("-")[-1:], word.split("-")[:1]):
            joined = " ".join(span)
            code = table.get(fold(joined))
            if code and (len(joined) > 2 or joined.isupper()):
                found = (code, joined)
                # "Nova Gorica" is one place: its second word is not read again on its own
                # (as "Gorica", Gorizia in Italy)
                step = 2 if " " in joined else 1
                break
        i += step
    return found


def countries_named(text: str) -> set[str]:
    """Every country a text names: by name (any case form), as a code pair ("SI-AT"), or in a
    programme name ("Interreg V-A Slovenija-Hrvatska")."""
    table = _table()
    found: set[str] = set()
    words = re.findall(r"[^\W\d_]+", text)
    for i in range(len(words)):
        for span in (words[i : i + 2], words[i : i + 1]):
            code = table.get(fold(" ".join(span)))
            if code:
                found.add(code)
                break
    for a, b in re.findall(r"\b([A-Z]{2})\s?[-–/]\s?([A-Z]{2})\b", text):
        for code in (a, b):
            code = EU_CODES.get(code, code)
            if is_country_code(code):
                found.add(code)
    for code in re.findall(r"^\s*([A-Z]{2}):", text, re.MULTILINE):  # "HR: Istarska županija"
        code = EU_CODES.get(code, code)
        if is_country_code(code):
            found.add(code)
    places = _place_table()
    for word in words:  # "Interreg Österreich-Bayern": a region names its country too
        code = places.get(fold(word))
        if code and len(word) > 3 and word[:1].isupper():
            found.add(code)
    return found
