"""Which helix sector an organisation belongs to, from its name and legal form.

Ordered rules over the name with diacritics removed, in the languages of the partners
(sl, de, it, fr, en, lv, lt, pl, fi, hr, hu, sk); the first rule that matches decides.
Every result carries the rule that fired and a confidence, and a sector given by the
data always wins (:func:`sector_for`).

Documented choices
------------------
- Chambers of commerce and business associations are counted with **industry**, whose
  interests they represent (as the seed's curators do).
- Science and technology parks are **industry**: they host and serve companies.
- A company legal form (d.o.o., GmbH, S.r.l., Oy, Ltd, SA, AG…) means **industry** unless
  the name says evidently public: an agency (development, energy, location agency…) or a
  research/competence centre is classified by that word first.
- A name that no rule recognises is read as **industry** with confidence 0.2 and always
  flagged for review: most unlabelled organisations in project lists are firms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helix_graph.ingest.countries import fold

__all__ = ["Classification", "classify", "sector_for", "sector_from_text", "RULES"]


@dataclass(frozen=True)
class Classification:
    """The helix sector of one organisation and why."""

    sector: str
    kind: str
    confidence: float
    rule: str

    @property
    def uncertain(self) -> bool:
        return self.confidence < 0.6


def _words(*stems: str) -> str:
    """A pattern matching any of the stems at the start of a word (stems are folded)."""
    return r"(?<![a-z0-9])(?:" + "|".join(stems) + ")"


# (rule name, sector, kind, confidence, pattern) — first match wins, so order matters.
RULES: list[tuple[str, str, str, float, re.Pattern]] = [
    (n, s, k, c, re.compile(p))
    for n, s, k, c, p in [
        (
            "university",
            "academia",
            "university",
            0.95,
            _words(
                "univerz",
                "universit",
                "universidad",
                "uniwersytet",
                "univerzitet",
                "egyetem",
                "yliopist",
                "politecnic",
                "polytechn",
                "fachhochschul",
                "hochschul",
                "visoka sola",
                "fakultet",
                "faculty",
                "faculte",
                "facolta",
                "college",
                "akademij",
                "academy",
                "ammattikorkeakoulu",
                "augstskol",
                "koledz",
                "kolegij",
                "universitaet",
                "technische universitaet",
                r"fh\b",
                "supsi",
                "politechn",
                "sveucilist",
                "veleucilist",
                "vysoka skola",
                "vysoke uceni",
                "szkola wyzsza",
                "akademia",
            ),
        ),
        (
            "chamber",
            "industry",
            "chamber",
            0.85,
            _words(
                "chamber",
                r"\w*kammer",
                r"ihk\b",
                r"cci\b",
                "camera di commercio",
                "chambre de commerce",
                "chambre des metiers",
                "zbornic",
                "komora",
                "kamara",
                "izba",
                "kauppakamari",
                "rumai",
                "tirdzniecibas un rupniecibas",
                "euro info cent",
                "enterprise europe network",
            ),
        ),
        (
            "municipality",
            "government",
            "municipality",
            0.95,
            _words(
                "obcin",
                r"mestn\w* obcin",
                r"mest(?:o|a|u|om)\b",
                "gemeinde",
                "marktgemeinde",
                "stadtgemeinde",
                r"stadt\b",
                r"comune\b",
                r"comuni\b",
                r"commune\b",
                "ville de",
                "citta di",
                "city of",
                "town of",
                "municipal",
                "pasvaldib",
                "novada dome",
                "savivaldyb",
                "gmina",
                "urzad miasta",
                "kunta",
                r"kaupunki",
                r"grad\b",
                "opcina",
                "onkormanyzat",
                r"obec\b",
                "mairie",
                "city council",
                "county council",
                "borough",
            ),
        ),
        (
            "ministry or government",
            "government",
            "region",
            0.9,
            _words(
                "ministr",
                "government",
                "regierung",
                "landesregierung",
                "vlada",
                "governo",
                "gouvernement",
                "valdib",
                "rzad",
                "hallitus",
                "kormany",
                r"amt der",
                "prefecture",
                "prefettura",
                "provincia",
                "province",
                "landkreis",
                r"kreis\b",
                "bezirk",
                "voivodeship",
                "wojewodztw",
                "marszalk",
                "zupanij",
                "megye",
                "state department",
                "regional state",
                "department for",
                "department of",
                "directorate",
                "regione",
                r"region\b",
                "regionalverband",
                "regionalmanagement",
                "regional council",
                "regionalni svet",
                "pokrajin",
                "bundesland",
                "canton",
                "kanton",
                "departement de",
                "conseil departemental",
                "conseil regional",
                "samospravny kraj",
                "vyssi uzemny celok",
                "wojewodztwo",
                "maakunta",
                "apskritis",
            ),
        ),
        (
            "business association",
            "industry",
            "association",
            0.8,
            _words(
                r"\w*wirtschaftsverband",
                "unternehmerverband",
                "industrieverband",
                "business association",
                "employers",
                "arbeitgeber",
                "confindustria",
                "confartigianato",
                "cluster",
                "gospodarsk\\w* interesn",
                "zdruzenje podjetnikov",
                "zdruzenje delodajalcev",
            ),
        ),
        (
            "science park",
            "industry",
            "other",
            0.7,
            _words(
                "science park",
                "technology park",
                "technopark",
                "technologiepark",
                "tehnoloski park",
                r"zinatnes\b.*\bpark",
                r"tehnologij\w*\s+park",
                "mokslo ir technologiju park",
                "parco scientifico",
                "business incubator",
                "inkubator",
                "gründerzentrum",
                "grunderzentrum",
            ),
        ),
        (
            "private agency",
            "industry",
            "company",
            0.75,
            _words(
                "werbeagentur",
                "reiseagentur",
                "marketingagentur",
                "travel agenc",
                "advertising agenc",
                "media agenc",
                "pr agenc",
                "real estate agenc",
            ),
        ),
        (
            "public agency",
            "government",
            "agency",
            0.7,
            _words("agenc", "agenzi", "agentschap", r"\w*agentur", "ugynokseg", "virasto"),
        ),
        (
            "public institution",
            "government",
            "agency",
            0.65,
            _words(
                "regional development",
                "regionalentwicklung",
                "regional advisory",
                "regionaln\\w* razvoj",
                "javni zavod",
                "public authority",
                "public body",
                "oeffentlich",
                "offentlich",
                "ente pubblico",
                "etablissement public",
                "national office",
                "staatlich",
            ),
        ),
        (
            "research centre",
            "academia",
            "research_centre",
            0.85,
            _words(
                "research cent",
                "research institut",
                "forschungszentrum",
                "forschungsinstitut",
                "competence cent",
                "kompetenzzentrum",
                "centro di ricerca",
                "centre de recherche",
                "istituto di ricerca",
                "raziskovaln",
                "znanstven",
                r"zrs\b",
                "institut za",
                "institute of",
                "institute for",
                "instytut",
                "tutkimuskeskus",
                "petniecib",
                "zinatnisk",
                "mokslinis",
                "fraunhofer",
                "max-planck",
                "cnr\\b",
                "cnrs\\b",
                "inra\\b",
                "inria\\b",
                "vtt\\b",
                "studies",
                "studien",
                "studij",
                "studi ",
                "etudes",
                "think tank",
            ),
        ),
        (
            "foundation",
            "civil_society",
            "foundation",
            0.8,
            _words(
                "foundation",
                "stiftung",
                "fundacij",
                "fondazione",
                "fondation",
                "fundacja",
                "fundacio",
                "saatio",
                r"fonds\b",
                r"nodibinajum",
                "alapitvany",
                "nadacia",
                r"zaklada\b",
            ),
        ),
        (
            "association or NGO",
            "civil_society",
            "association",
            0.8,
            _words(
                "association",
                "associazione",
                "asociacij",
                "assoziation",
                "verein",
                r"e\.\s?v\.",
                "verband",
                "arbeitsgemeinschaft",
                "drustv",
                "zdruzenj",
                "zveza",
                "biedrib",
                "asociacija",
                "stowarzyszeni",
                "yhdistys",
                "udruga",
                "egyesulet",
                "zdruzenie",
                "ngo\\b",
                "non-profit",
                "nonprofit",
                "non profit",
                "charity",
                "cooperativa sociale",
                "onlus",
                "network of",
                r"mreza\b",
                "tiklas",
                "federation",
                "forum\\b",
                "society\\b",
                "gesellschaft fur",
                "club\\b",
            ),
        ),
        (
            "company legal form",
            "industry",
            "company",
            0.85,
            (
                r"(?<![a-z0-9])(?:d\.\s?o\.\s?o|gmbh|s\.\s?r\.\s?l|srl|s\.\s?p\.\s?a|spa|sarl|s\.\s?a\.\s?s|"
                r"oy|oyj|ltd|limited|plc|llc|inc|corp|b\.\s?v|n\.\s?v|sia|uab|sp\.\s?z\s?o\.\s?o|kft|zrt|nyrt|"
                r"s\.\s?r\.\s?o|a/s|aps|j\.\s?d\.\s?o\.\s?o|d\.\s?d|s\.\s?p)(?![a-z0-9])"
                # short forms that are also ordinary words count only at the end of the name
                r"|(?<![a-z0-9])(?:ag|kg|og|ohg|se|sa|s\.\s?a|as|a\.\s?s|ab|bv|nv|co)\.?\s*$"
            ),
        ),
        (
            "institute",
            "academia",
            "research_centre",
            0.6,
            _words("institut", "istituto", "instytut"),
        ),
        (
            "company word",
            "industry",
            "company",
            0.7,
            _words(
                "uznemum",
                "podjetj",
                "unternehm",
                "impresa",
                "entreprise",
                "enterprise ",
                "consult",
                "consulting",
                "svetovanj",
                "solutions",
                "software",
                "technologies",
                "industr",
                "manufactur",
                "engineering",
                "marketing",
                "holding",
                "group\\b",
                "bank",
                "trade",
                "trgovin",
                "services",
            ),
        ),
    ]
]


_FALLBACK = Classification(
    "industry",
    "other",
    0.2,
    "fallback: no sector word or legal form in the name (most such names are firms)",
)


def classify(name: str, legal_form: str | None = None) -> Classification:
    """The helix sector of an organisation from its name (and legal form, if known).

    Parameters
    ----------
    name : str
        The name as written, in any of the supported languages, in any grammatical case.
    legal_form : str, optional
        A separate legal-form field (``"GmbH"``, ``"d.o.o."``), appended to the name.

    Returns
    -------
    Classification
        ``sector``, ``kind``, ``confidence`` (0–1) and ``rule`` (the rule that fired).

    Examples
    --------
    >>> classify("Univerza v Mariboru").sector
    'academia'
    >>> c = classify("Gospodarsko zbornico Torino"); (c.sector, c.rule)
    ('industry', 'chamber')
    >>> classify("SmartiS City, poslovno svetovanje d.o.o.").rule
    'company legal form'
    """
    text = " " + fold(" ".join(filter(None, [name, legal_form]))) + " "
    for rule, sector, kind, confidence, pattern in RULES:
        if pattern.search(text):
            return Classification(sector, kind, confidence, rule)
    return _FALLBACK


# Values people write in a sector column, and CORDIS activityType codes.
_SECTOR_WORDS = {
    "government": "government",
    "gov": "government",
    "public": "government",
    "public authority": "government",
    "public sector": "government",
    "pub": "government",
    "javni sektor": "government",
    "verwaltung": "government",
    "industry": "industry",
    "business": "industry",
    "private": "industry",
    "company": "industry",
    "enterprise": "industry",
    "prc": "industry",
    "gospodarstvo": "industry",
    "wirtschaft": "industry",
    "academia": "academia",
    "academic": "academia",
    "research": "academia",
    "education": "academia",
    "university": "academia",
    "hes": "academia",
    "rec": "academia",
    "higher education": "academia",
    "akademija": "academia",
    "wissenschaft": "academia",
    "znanost": "academia",
    "civil society": "civil_society",
    "ngo": "civil_society",
    "non-profit": "civil_society",
    "nonprofit": "civil_society",
    "oth": "civil_society",
    "civilna druzba": "civil_society",
    "zivilgesellschaft": "civil_society",
}


# Interreg's own partner types (keep.eu, eMS, Jems), by how their names begin. Public service
# providers and international organisations count as government; business support
# organisations with industry, like chambers.
_PARTNER_TYPES = [
    ("local public authority", "government"),
    ("regional public authority", "government"),
    ("national public authority", "government"),
    ("sectoral agency", "government"),
    ("infrastructure and (public) service provider", "government"),
    ("infrastructure and public service", "government"),
    ("international organisation", "government"),
    ("egtc", "government"),
    ("european grouping", "government"),
    ("public authority", "government"),
    ("public equivalent body", "government"),
    ("higher education and research", "academia"),
    ("education/training centre", "academia"),
    ("education and training", "academia"),
    ("research", "academia"),
    ("small and medium enterprise", "industry"),
    ("sme", "industry"),
    ("enterprise", "industry"),
    ("business support organisation", "industry"),
    ("large enterprise", "industry"),
    ("interest groups including ngos", "civil_society"),
    ("interest group", "civil_society"),
    ("general public", "civil_society"),
    ("non-profit", "civil_society"),
    ("ngo", "civil_society"),
]


def sector_from_text(value: str) -> str | None:
    """A helix sector for a value written in a sector column, or None if not recognised.

    Accepts the four sectors (any case, ``civil society``/``civil_society``), common
    synonyms, CORDIS activityType codes (HES, REC, PRC, PUB, OTH) and Interreg's partner
    types as keep.eu exports them ("Local public authority", "Higher education and research",
    "Interest groups including NGOs", "Business support organisation"…).
    """
    text = " ".join(fold(value).replace("_", " ").split())
    found = _SECTOR_WORDS.get(text.replace("-", " "))
    if found:
        return found
    for prefix, sector in _PARTNER_TYPES:
        if text.startswith(prefix):
            return sector
    return None


def sector_for(
    name: str, given: str | None = None, legal_form: str | None = None
) -> Classification:
    """The sector given in the data if there is one (it always wins), else the classifier's."""
    if given:
        sector = sector_from_text(given)
        if sector:
            return Classification(sector, "other", 1.0, f"given in the data ('{given}')")
    return classify(name, legal_form)
