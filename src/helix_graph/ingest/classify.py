"""Which helix sector an organisation belongs to, from its name, legal form and kind.

Ordered rules over the name with diacritics removed, in the languages of the partners
(sl, en, lv, lt, et, hr/bs/sr, de, it, hu, pl, fr, and sk, cs, fi where cheap). Stems match
at the start of a word, so inflected forms match too (*Občini*, *Mestne občine*,
*Universitātes*, *savivaldybės*, *Gminy*). The first rule that matches decides, and the
result names the rule and the words that fired it (:attr:`Classification.rationale`).

A name no rule recognises is **unknown**: it is never silently put in a sector, and it is
flagged for review (:attr:`Classification.review_note`). A sector given by the data wins
(:func:`sector_for`), except a generic one (CORDIS ``OTH``), where the name decides.

Documented choices
------------------
- **Chambers** (of commerce, crafts, agriculture) and **business associations, clusters**
  are **industry**: they represent firms, as Interreg's "business support organisation"
  type does (see ``_PARTNER_TYPES``). A chamber of labour is civil society.
- **Science and technology parks, incubators, technology centres** are **industry**: they
  host and serve companies, whatever their owner (*Tehnološki park Ljubljana d.o.o.*).
- **Development, energy and other public agencies** are **government** even with a company
  legal form (*Energieagentur Steiermark GmbH*, *Razvojni center Srca Slovenije d.o.o.*);
  an agency with a legal form and no such qualifier is a firm (*UAB EIP agentūra*).
- **Public companies** (*javno podjetje*, *Komunala*, *Stadtwerke*, *Kommunal GmbH*,
  *vodovod*, *közmű*) are **government**: infrastructure and public service providers, as
  Interreg counts them. So are **economic promotion bodies, public funds and public
  investment banks** (*Wirtschaftsförderung … GmbH*, *razvojni sklad*, *Investitionsbank*)
  and a place's **tourism organisation** with a company form (*… Tourismus GmbH*; weak, to
  review).
- **Trade words** (*Labs*, *Technologies* inflected, *Engineering* in each language,
  *Vinarija*, *Consorzio*) place a name in industry as a weak cue, below a legal form or a
  word meaning company, and send it to review; English public body words (*Administration*,
  *Board of*, *Office*) likewise place it in government. A brand alone stays unknown.
- **Associations of municipalities, euroregions, EGTCs, inter-municipal bodies** are
  **government**; **local action groups** (LAG, LAS, GAL, VVG, VRG) are **civil society**.
- **Hospitals, museums, galleries, libraries, parks, tourist boards, public institutes
  (*zavod*)** are **government**; a **university hospital** is academia.
- **Schools** of every level are **academia** (CORDIS counts them as HES); **research
  institutes** (*Institut Jožef Stefan*, *Fraunhofer*) are academia, a research funder
  (*agencija za raziskovalno dejavnost*, *zaklada za znanost*) is government.
- **Cooperatives** and **farms** (*zemnieku saimniecība*, *kmetija*, OPG) are **industry**;
  social cooperatives are civil society. Producers' and farmers' associations are business
  associations (industry).
- Where the head noun comes last (lv, lt, et, hu, en, de), an association or foundation named
  after a university (*Universitātes … biedrība*, *University Foundation*) is civil society.
  Local democracy agencies (the ALDA network) are civil society despite 'agency'.
- **Foundations, associations, NGOs, churches, unions** are **civil society**;
  a third-age university is an association.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from dataclasses import dataclass

from helix_graph.model import UNKNOWN_SECTOR

__all__ = [
    "UNKNOWN",
    "Classification",
    "Rule",
    "classify",
    "sector_for",
    "sector_from_text",
    "sector_from_kind",
    "RULES",
]

UNKNOWN = UNKNOWN_SECTOR
"""The sector of an organisation the classifier cannot place; it always goes to review."""


@dataclass(frozen=True)
class Classification:
    """The helix sector of one organisation and why.

    ``sector`` is one of the four helix sectors or :data:`UNKNOWN`; ``rule`` names the rule
    that decided and ``evidence`` the words of the name that fired it.
    """

    sector: str
    kind: str
    confidence: float
    rule: str
    evidence: str = ""

    @property
    def placed(self) -> bool:
        return self.sector != UNKNOWN

    @property
    def uncertain(self) -> bool:
        return self.confidence < 0.6

    @property
    def rationale(self) -> str:
        """One line a person can check: the rule and the words that fired it."""
        return f"{self.rule} ('{self.evidence}')" if self.evidence else self.rule

    @property
    def review_note(self) -> str | None:
        """Why a person should look at this result, or None when it can be trusted."""
        if not self.placed:
            return f"sector not placed: {self.rule}; set it by hand"
        if self.uncertain:
            return f"sector {self.sector} is a weak guess ({self.rationale}); check it"
        return None


@dataclass(frozen=True)
class Rule:
    """One rule: every pattern must match somewhere in the name.

    A pattern is either a tuple of stems (folded regular expressions, matched at the start
    of a word of the folded name) or a compiled pattern searched in the name as written
    (``cased``: abbreviations such as LAG or OÜ, which are words only in capitals).
    """

    name: str
    sector: str
    kind: str
    confidence: float
    patterns: tuple[tuple[str, ...] | re.Pattern, ...]

    @property
    def cased(self) -> bool:
        return any(isinstance(p, re.Pattern) for p in self.patterns)

    def spans(self, folded: str, written: str) -> list[tuple[int, int, bool]] | None:
        """Where each pattern matched (start, end, in the written name?), or None."""
        found = []
        for pattern in self.patterns:
            cased = isinstance(pattern, re.Pattern)
            m = (pattern if cased else _searchable(pattern)).search(written if cased else folded)
            if not m:
                return None
            found.append((*m.span(), cased))
        return found


# Letters NFKD does not decompose (Polish ł, Croatian đ, Nordic ø…).
_LETTERS = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"})


@functools.cache
def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch.casefold()).translate(_LETTERS)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _folded(text: str) -> tuple[str, list[int]]:
    """Lower case without diacritics, and for each folded character its index in ``text``."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        out.append(f)
        index.extend([i] * len(f))
    return "".join(out), index


def _alternatives(stem: str) -> list[str]:
    """A stem's top-level alternatives, its groups made non-capturing."""
    stem = re.sub(r"\((?!\?)", "(?:", stem)
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(stem):
        if ch == "(" and (i == 0 or stem[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and stem[i - 1] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(stem[start:i])
            start = i + 1
    return [*parts, stem[start:]]


def _words(*stems: str) -> tuple[str, ...]:
    """Any of the stems at the start of a word (stems are folded regular expressions)."""
    return tuple(alt for stem in stems for alt in _alternatives(stem))


@functools.cache
def _searchable(stems: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(stems) + ")")


def _cased(*tokens: str) -> re.Pattern:
    """Any of the tokens as a whole word, as written (abbreviations such as LAG, OÜ, TH)."""
    return re.compile(r"(?<![\w])(?:" + "|".join(tokens) + r")(?![\w])")


def _rule(name, sector, kind, confidence, *patterns, cased=False) -> Rule:
    return Rule(name, sector, kind, confidence, tuple(patterns))


GOV, IND, ACA, CIV = "government", "industry", "academia", "civil_society"

# Legal forms that name a company and nothing else.
_COMPANY_FORMS = _words(
    r"d\.\s?o\.\s?o\b",
    r"doo\b",
    r"j\.\s?d\.\s?o\.\s?o\b",
    r"d\.\s?d\.",
    r"s\.\s?p\.(?=\s*$)",
    r"g?mbh\b",
    r"gmbh\s?&\s?co",
    r"s\.\s?r\.\s?l\b",
    r"srls?\b",
    r"s\.\s?p\.\s?a\b",
    r"spa\b",
    r"s\.\s?a\.\s?s\b",
    r"s\.\s?n\.\s?c\b",
    r"s\.\s?c\.\s?a\.\s?r\.\s?l\b",
    r"sarl\b",
    r"s\.\s?a\.\s?r\.\s?l\b",
    r"sas\b",
    r"sasu\b",
    r"eurl\b",
    r"sp\.\s?z\s?o\.\s?o\b",
    r"spolka z ograniczona",
    r"sp\.\s?j\b",
    r"sp\.\s?k\b",
    r"kft\b",
    r"zrt\b",
    r"nyrt\b",
    r"bt\.",
    r"sia\b",
    r"uab\b",
    r"s\.\s?r\.\s?o\b",
    r"spol\.\s?s\s?r\.\s?o",
    r"ltd\b",
    r"limited\b",
    r"plc\b",
    r"llc\b",
    r"llp\b",
    r"e?ood\b",
    r"ges\.?\s?m\.?\s?b\.?\s?h\b",
    r"gbr\b",
    r"kgaa\b",
    r"kkt\b",
    r"inc\b",
    r"corp\b",
    r"b\.\s?v\b",
    r"n\.\s?v\b",
    r"oyj?\b",
    r"a/s\b",
    r"asa\b",
    r"s\.\s?l\b(?!\.?\s*\w)",
    r"lda\b",
    r"sagl\b",
    r"[opcz]?jsc\b",
    r"a\.\s?d\.(?=\s*$)",
    r"k\.\s?d\.(?=\s*$)",
    r"d\.\s?n\.\s?o\.",
    r"ug\W+haftungsbeschrankt",
    r"ohg\b",
    r"osauhing",
    r"aktsiaselts",
    r"taisuhing",
    r"usaldusuhing",
    r"sabiedrib\w* ar ierobezotu atbildib",
    r"akciju sabiedrib",
    r"(?:uzdaroji )?akcin\w* bendrov",
    r"mazoji bendrij",
    r"individuali imone",
    r"spolka (?:akcyjna|jawna|komandytowa|cywilna)",
    r"societa (?:agricola|cooperativa|a responsabilita|per azioni|semplice|consortile|in accomandita|in nome collettivo)",
    r"s\.\s?c\.\s?r\.\s?l\b",
    r"scarl\b",
    r"soc\.\s?coop",
    r"societe (?:anonyme|par actions|a responsabilite|civile|cooperative)",
    r"aktiengesellschaft",
    r"kommanditgesellschaft",
    r"gesellschaft mit beschrankter",
    r"limited liability",
    r"joint[- ]stock",
)
# Short forms that are also words or other abbreviations count only at the start or end.
_SHORT_FORMS_END = _words(r"(?:ag|kg|og|se|sa|s\.\s?a|as|a\.\s?s|ab|bv|nv|co|e\.\s?u)\.?\s*$")

_INSTITUTE = r"institu|\w*institut\b|istitut|instytut|\w*intezet|instituut"
# "Development" (regional, economic) in each language: a development body is a public one.
_DEVELOPMENT = (
    r"razvoj|development|\w*entwicklung|fejlesztesi|attistibas|pletros|arengu|rozwoju|sviluppo"
    r"|developpement|desarrollo"
)
_AGENCY = r"agenc|agenzi|\w*agentur|agentschap|agencj|agence|ugynokseg"
_QUALIFIED = (
    r"razvoj|development|\w*entwicklung|energ|regional|regionaln|javn|drzavn|national|public"
    r"|state\b|nacional|fejlesztesi|attistibas|pletros|arengu|rozwoju|sviluppo|developpement"
    r"|investicij|investment|employment|zaposljavanj|zaposlovanj|promocij|innovation|inovacij"
    r"|environment|okolj|klimat|climate|zdravstv|health|turizm|tourism|standort|location|wirtschaft"
)
_ASSOCIATION = (
    r"drustv|udrug|udruzenj|zdruzenj|zdruzenie|\w*verein|(?<!\.)e\.\s?v\b|associaz|association|asociac"
    r"|associacao|vereniging|stowarzysz|towarzystw|\w*egyesulet|egylet|\w*(?<!sa)biedrib|mtu\b|mittetulundus"
    r"|\w*(?<!osa)(?<!tais)(?<!usaldus)uhing\b|\w*(?<!aktsia)selts\b|\w*liit\b|\w*liidu\b|savienib|sajung|zveza\b|zveze\b|savez\b|saveza\b"
    r"|zvaz\b|spolek|\w*verband\b|union\b|unione\b|federation|federaci|federazion|network\b"
    r"|draugij|klubas\b|sdruzen|society\b|\w*szovetseg|zwiazek\b|zwiazku\b|alliance\b"
    r"|confederaz|confederation|konfederac|konfederacij"
)
# "Cooperation" in the languages of EGTC names (Gruppo europeo di cooperazione territoriale).
_COOPERATION = (
    r"cooperaz|cooperation|cooperacion|cooperacao|zusammenarbeit|sodelovanj|suradnj|saradnj"
    r"|wspolprac|egyuttmukod|sadarbib|bendradarbiavim|koostoo|spoluprac|spoluprac"
)
# Association and foundation words that head a name from its end (lv, lt, et, hu, en, de).
_HEAD_LAST_BODIES = (
    r"biedrib\w*|asociacij\w*|draugij\w*|fondas|\w*uhing|\w*selts|sihtasutus|egyesulet\w*"
    r"|alapitvany\w*|association|foundation|society|\w*verein|\w*stiftung"
)
# The end of a name, or only a quoted name after it (biedrība „Juventus”).
_AT_END = r"(?=\W*(?:[„“\"«][^„“”\"«»]*[”“\"»]?)?\W*$)"
_BUSINESS = (
    r"poduzetni|podjetni|przedsiebiorc|vallalkozo|uznemej|versl|ettevotj|entrepreneur"
    r"|unternehmer|imprenditor|employer|arbeitgeber|poslodav|delodajal|business|\w*industr"
    r"|gospodarsk|wirtschaft|commerc|handel|craft|obrt|artigian|putnick\w* agencij"
    r"|potovaln\w* agencij|travel agenc|\w*hotel"
    # producers, growers, farmers (Stādu audzētāju biedrība, Talupidajate Liit)
    r"|audzetaj|razotaj|talupidaj|tootjat|gamintoj|augintoj|ukininku|pridelovalc|proizvodjac"
    r"|proizvodac|producer|grower|farmers\b|erzeuger|produttori|producteurs|termelo"
)

RULES: list[Rule] = [
    # --- exceptions first: names that contain another sector's word -------------------
    _rule(
        "research funder",
        GOV,
        "agency",
        0.85,
        _words(
            r"research agenc",
            r"agencij\w* za raziskov",
            r"raziskovaln\w* agencij",
            r"research council",
            r"research promotion",
            r"zaklad\w* za znanost",
            r"science foundation",
            r"\w*forschungsgemeinschaft",
            r"agence nationale de la recherche",
            r"narodowe centrum (nauki|badan)",
            r"teadusagentuur",
            r"mokslo taryb",
            r"(?:zinatnes|petniecibas) padom",
        ),
    ),
    _rule(
        "third-age university",
        CIV,
        "association",
        0.8,
        _words(
            r"zivljenjsk\w* obdobj",
            r"third age",
            r"trece zivotne dobi",
            r"universite (du temps libre|inter-?ages|populaire)",
            r"universita (popolare|della terza eta)",
            r"u3a\b",
            r"senioru universit",
        ),
    ),
    _rule(
        "local democracy agency",
        CIV,
        "association",
        0.8,
        _words(
            r"agenzia della democrazia locale",
            r"local democracy agency",
            r"(?:agencij|cent[ae]r)\w* lokaln\w* demokra[ct]ij",
            r"agence de la democratie locale",
        ),
    ),
    _rule(
        "church or religious body",
        CIV,
        "association",
        0.8,
        _words(
            r"zupnij",
            r"parish\b(?! council)",
            r"\w*church",
            r"cerkev",
            r"crkv",
            r"\w*kirche",
            r"kirchengemeinde",
            r"pfarr",
            r"diocese",
            r"diecez",
            r"skofij",
            r"biskupij",
            r"caritas",
            r"karitas",
            r"parrocchi",
            r"paroisse",
            r"parafi[aiy]\b",
            r"\w*kogudus",
            r"\w*draudze\b",
            r"parapij",
        ),
    ),
    _rule(
        "chamber of labour",
        CIV,
        "association",
        0.7,
        _words(r"arbeit\w*kammer", r"chamber of labour", r"delavsk\w* zbornic"),
    ),
    _rule(
        "association of local authorities",
        GOV,
        "association",
        0.85,
        _words(
            r"skupnost obcin",
            r"zdruzenj\w* obcin",
            r"zvez\w* obcin",
            r"udrug\w* (gradova|opcina|zupanija)",
            r"pasvaldibu savienib",
            r"association of (?:[a-z]+ ){0,3}(?:cities|towns|municipalities|local|regions|communes)",
            r"(?:maa)?omavalitsuste liit",
            r"savivaldybiu asociacij",
            r"\w*stadtebund",
            r"\w*gemeindebund",
            r"\w*stadtetag",
            r"\w*gemeindeverband",
            r"\w*stadtekooperation",
            r"(?:zweck|regional|planungs|landschafts|wasser|abwasser|abfall)verband",
            r"savez (?:gradova|opcina)",
            r"linnade liit",
            r"comunita montana",
            r"unione (?:montana )?(?:dei )?comuni",
            r"unione montana",
            r"unite des communes",
            r"communaute (?:de communes|d.agglomeration|urbaine)",
            r"community of municipalities",
            r"syndicat (?:mixte|intercommunal|du pays)",
            r"intercommunal",
            r"euregio",
            r"euroregi",
            r"eurodistri",
            r"egtc\b",
            r"ezts\b",
            r"gect\b",
            r"evtz\b",
            r"ezus\b",
            r"european grouping of territorial",
            r"zwiazek (?:gmin|miast|powiatow)",
            r"(?:stowarzyszeni|zdruzeni|asociaci|associazion|association|biedrib|egyesulet)\w* (?:\w+ ){0,2}(?:gmin|obcin|opcin|miast|comuni|communes|municipalit|pasvaldib|savivaldyb|onkormanyzat|obci)",
            r"kuntaliit",
            r"mikroregion",
            r"(?:svazek|sdruzeni|zdruzenie|zdruzenje) obci",
        ),
    ),
    _rule(
        "development or public agency",
        GOV,
        "agency",
        0.8,
        _words(
            r"rra\b",
            r"razvojn\w* (?:cent|agenc)",
            r"development (?:cent|agenc|compan)",
            r"cent[ae]r za (?:razvoj|podjetnistvo|poduzetnistvo)",
            r"arenduskeskus",
            r"regional development",
            r"regionalentwicklung",
            r"regional\w* (?:advisory|information)",
        ),
    ),
    # Economic promotion bodies and public funds are public even as a GmbH (Wirtschaftsförderung
    # Region X GmbH, Kärntner Wirtschaftsförderungsfonds, Slovenski podjetniški sklad).
    _rule(
        "economic promotion body or public fund",
        GOV,
        "agency",
        0.75,
        _words(
            r"\w*wirtschaftsforderung",
            r"\w*forderungsfonds",
            r"\w*forderfonds",
            r"\w*forderbank",
            r"\w*investitionsbank",
            r"\w*entwicklungsbank",
            r"development bank",
            r"razvojn\w* bank",
            r"\w*forderungsgesellschaft",
            r"economic (?:development|promotion) (?:fund|board|corporation|company|office)",
            r"(?:development|innovation|regional|enterprise) fund\b",
            r"(?:razvojn|regionaln|javn|podjetnisk|inovacijsk|ekoloski|eko)\w* sklad",
            r"fond\w* (?:za|zastite) (?:razvoj|regionaln|zastit|okolis)",
            r"fondo (?:regionale|di sviluppo|per lo sviluppo|di rotazione)",
            r"fundusz\w* (?:rozwoju|regionaln|ochrony)",
            r"attistibas fond",
            r"pletros fond",
        ),
    ),
    _rule(
        "association of local authorities",
        GOV,
        "association",
        0.85,
        _words(r"europ", r"eiropas", r"euroop"),
        _words(r"territori", r"teritori", r"teruleti", r"terytorial", r"\w*territorial"),
        _words(_COOPERATION),
    ),
    _rule("development or public agency", GOV, "agency", 0.8, _words(_AGENCY), _words(_QUALIFIED)),
    _rule(
        "local action group",
        CIV,
        "association",
        0.8,
        _words(
            r"local action group",
            r"lokaln\w* akcijsk\w* (?:skupin|grup)",
            r"lokaln\w* grup\w* dzialani",
            r"vietej\w* ricibas grup",
            r"vietos veiklos grup",
            r"(?:zr)?vvg\b",
            r"vrg\b",
            r"leader[- ]region",
            r"partnerluskogu",
            r"\w*koostookogu",
            r"\w*partneriba\b",
            r"\w*partneribas\b",
            r"gruppo di azione locale",
            r"groupe d.action locale",
            r"lokale aktionsgruppe",
            r"miestn\w* akcn\w* skupin",
            r"mistni akcni skupin",
            r"helyi akciocsoport",
        ),
    ),
    _rule(
        "local action group",
        CIV,
        "association",
        0.8,
        _cased("LAG", "LAS", "GAL", "LGD"),
        cased=True,
    ),
    _rule(
        "public company",
        GOV,
        "agency",
        0.8,
        _words(
            r"javno (?:komunalno )?(?:podjetje|poduzece|preduzece)",
            r"komunaln\w* (?:podjetj|poduzec|druzb|preduzec)",
            r"\w*kommunal",
            r"\w*stadtwerk",
            r"landesbetrieb",
            r"\w*gemeindewerk",
            r"(?:state|public)(?:[- ]owned)? (?:company|enterprise)",
            r"valstybes imon",
            r"savivaldybes imon",
            r"pasvaldibas (?:sia|agentur|kapitalsabiedrib)",
            r"societe d.economie mixte",
            r"societe publique locale",
            r"consorzio di bonifica",
            r"anstalt (?:des )?offentlichen rechts",
            r"azienda (?:municipalizzata|speciale|pubblica)",
            r"regie (?:municipale|des eaux)",
            r"spolka komunaln",
            r"przedsiebiorstwo (?:gospodarki komunalnej|komunalne|wodociagow)",
            r"wodociag",
            r"vodovod",
            r"vodoopskrb",
            r"acquedott",
            r"komunalne\b",
            r"komunal[aeiou]?\b",
            r"\w*kozmu\b",
            r"\w*varosgazda",
            r"(?:miejsk|gminn|komunaln)\w* przedsiebiorstw",
            r"zaklad\w* gospodarki komunalnej",
            r"gospodarki komunalnej",
            r"(?:mestn|obcinsk|gradsk|opcinsk)\w* (?:podjetj|poduzec|preduzec)",
            r"(?:pasvaldibas|novada|pilsetas) (?:kapitalsabiedrib|uznemum)",
            r"municipal (?:company|enterprise|utility|services?)",
        ),
    ),
    _rule(
        "public company",
        GOV,
        "agency",
        0.8,
        _cased(r"^\s*JP", r"^\s*JKP", r"^\s*KP", r"^\s*VĮ", r"^\s*SĮ", "AöR"),
        cased=True,
    ),
    _rule(
        "social cooperative",
        CIV,
        "association",
        0.8,
        _words(
            r"cooperativa sociale",
            r"social cooperative",
            r"socialn\w* zadrug",
            r"socijaln\w* zadrug",
            r"spoldzielnia socjaln",
            r"cooperative sociale",
        ),
    ),
    _rule(
        "ministry",
        GOV,
        "agency",
        0.95,
        _words(
            r"minist",
            r"\w+(?<!ad)minist",
            r"\w*minisz",
            r"(?:ured|urad)\w*(?: \w+){0,3} vlad[ae]\b",
        ),
    ),
    # --- academia ------------------------------------------------------------------------
    # Head noun last (lv, lt, et, hu, en): 'Universitātes … biedrība „X”', 'European
    # University Foundation' are an association and a foundation, not a university.
    _rule(
        "association or foundation of a university",
        CIV,
        "association",
        0.7,
        _words(r"univerz", r"universit", r"\w*ulikool", r"egyetem", r"augstskol", r"college\b"),
        _words(rf"(?:{_HEAD_LAST_BODIES}){_AT_END}"),
    ),
    _rule(
        "university",
        ACA,
        "university",
        0.95,
        _words(
            r"univerz",
            r"universit",
            r"uniwersytet",
            r"\w*ulikool",
            r"\w*egyetem",
            r"\w*universitat",
            r"sveucilist",
            r"veleucilist",
            r"politecnic",
            r"politechn",
            r"polytechn",
            r"\w*hochschul",
            r"fakultet",
            r"faculty",
            r"faculte",
            r"facolta",
            r"fakultat",
            r"college\b",
            r"kolledz",
            r"koledz",
            r"kolegij",
            r"augstskol",
            r"visok\w* sol",
            r"visok\w* skol",
            r"vysok\w* skol",
            r"vysoke uceni",
            r"szkol\w* wyzsz",
            r"wyzsz\w* szkol",
            r"akademi",
            r"\w*akademie\b",
            r"academy",
            r"universidad",
            r"atene[oi]\b",
            r"yliopist",
            r"ammattikorkeakoul",
            r"hogeschool",
            r"ecole (?:centrale|nationale|normale|superieure|polytechnique|des mines)",
            r"polytech\b",
            r"sciences ?po\b",
        ),
    ),
    _rule(
        "university",
        ACA,
        "university",
        0.9,
        _cased("TH", "TU", "FH", "OTH", "HTW", "HAW", "BTU"),
        cased=True,
    ),
    _rule(
        "school",
        ACA,
        "other",
        0.85,
        _words(
            r"(?:osnovn|srednj|glasben|visj|strokovn|poklicn|ekonomsk|tehnisk|zdravstven|gostinsk)\w* sol[aeio]?\b",
            r"\w*skol[aeiuy]\b",
            r"szkol[aeyo]\b",
            r"\w*iskola",
            r"gimnazij",
            r"\w*gymnasi",
            r"\w*gumnaasium",
            r"\w*kool\b",
            r"kutsehariduskeskus",
            r"lycee",
            r"liceo",
            r"istituto (?:comprensivo|tecnico|professionale|d.istruzione|di istruzione|superiore|statale)",
            r"\w*schule\b",
            r"scuol[ae]\b",
            r"school",
            r"\w*mokykl",
            r"ecole\b",
            r"vrtec",
            r"\w*vrtic\b",
            r"\w*kindergarten",
            r"przedszkol",
        ),
    ),
    _rule("school", ACA, "other", 0.8, _cased("OŠ", "SŠ", "ŠC"), cased=True),
    # before research words: a science park names science (Parco Scientifico e Tecnologico)
    _rule(
        "science park or incubator",
        IND,
        "other",
        0.7,
        _words(
            r"science park",
            r"technology park",
            r"innovation park",
            r"technopark",
            r"technologiepark",
            r"tehnolosk\w* park",
            r"tehnolosk\w* cent",
            r"technology cent",
            r"technologiezentrum",
            r"zinatnes\b.*\bpark",
            r"tehnologij\w*\s+park",
            r"mokslo ir technologiju park",
            r"parco scientifico",
            r"parco tecnologico",
            r"business incubator",
            r"\w*inkubator",
            r"incubat",
            r"grunderzentrum",
            r"\w*innovationszentrum",
            r"start-?up",
        ),
    ),
    _rule(
        "research centre",
        ACA,
        "research_centre",
        0.85,
        _words(
            r"research",
            r"\w*forschung",
            r"fraunhofer",
            r"max[- ]planck",
            r"helmholtz",
            r"leibniz",
            r"raziskoval",
            r"istrazivack",
            r"istrazivanj",
            r"\w*kutato",
            r"petniecib",
            r"tyrimu",
            r"observato",
            r"laborato",
            r"cnrs\b",
            r"cnr\b",
            r"inria\b",
            r"inrae?\b",
            r"ricerc",
            r"recherche",
            r"badawcz",
            r"vyskumn",
            r"vyzkumn",
            r"naukow",
            r"zrc sazu",
            r"znanstven",
            r"scientific",
            r"moksl\w* (?:centr|institut)",
            r"wissenschaftszentrum",
            r"tudomanyos",
            r"zinatnisk",
            r"academy of sciences",
            r"competence cent",
            r"kompetenzzentrum",
            r"studies\b",
            r"studij",
            r"etudes\b",
            r"jozef stefan",
            r"ruder boskovic",
            r"eurac\b",
            r"geological survey",
            r"geolosk\w* zavod",
        ),
    ),
    # --- bodies of firms, which carry other sectors' words -------------------------------
    _rule(
        "chamber",
        IND,
        "chamber",
        0.85,
        _words(
            r"chamber",
            r"\w*kammer",
            r"ihk\b",
            r"hwk\b",
            r"cci\b",
            r"camer\w* di commercio",
            r"chambre (?:de|des|d.)",
            r"zbornic",
            r"komor[aeiu]\b",
            r"\w*kamara\b",
            r"unioncamere",
            r"izb[ay] (?:gospodarcz|rzemieslnicz|przemyslow|handlow|rolnicz)",
            r"kauppakamari",
            r"kamera\b",
            r"rumai\b",
            r"kaubandus-toostuskoda",
            r"\w*kaubanduskoda",
            r"enterprise europe network",
            r"euro info cent",
        ),
    ),
    _rule(
        "business association",
        IND,
        "association",
        0.8,
        _words(
            r"cluster",
            r"klaster",
            r"klastr",
            r"klaszter",
            r"grozd",
            r"poles? de competitivite",
            r"distretto (?:tecnologico|produttivo|industriale)",
            r"coldiretti",
            r"confagricoltura",
            r"confcooperative",
            r"legacoop",
            r"\w*wirtschaftsverband",
            r"unternehmerverband",
            r"industrieverband",
            r"handelsverband",
            r"business association",
            r"industry association",
            r"trade association",
            r"employers",
            r"arbeitgeber",
            r"confindustria",
            r"confartigianato",
            r"confcommercio",
            r"confesercenti",
            r"uimm\b",
            r"union des industries",
            r"gospodarsk\w* interesn",
        ),
    ),
    _rule(
        "business association", IND, "association", 0.75, _words(_ASSOCIATION), _words(_BUSINESS)
    ),
    _rule(
        "private agency",
        IND,
        "company",
        0.75,
        _words(
            r"werbeagentur",
            r"reiseagentur",
            r"marketingagentur",
            r"travel agenc",
            r"advertising agenc",
            r"media agenc",
            r"pr agenc",
            r"real estate agenc",
            r"turistick\w* agencij",
        ),
    ),
    # --- associations and foundations: their legal form outweighs a place name -----------
    _rule(
        "tourist board",
        GOV,
        "agency",
        0.6,
        _words(
            r"turistick\w* zajednic",
            r"turisticn\w* skupnost",
            r"tourist (?:board|office)",
            r"touris\w* (?:\w+ ){0,2}information",
            r"turizmo (?:\w+ ){0,3}informacijos centr",
            r"turisticn\w* informacijsk\w* cent",
            r"turistick\w* informativn\w* cent",
            r"tourist-?information",
            r"turisma informacijas centr",
            r"\w*turismiinfo",
            r"tourism board",
            r"tourismusverband",
            r"ente (?:del )?turismo",
            r"office de tourisme",
        ),
    ),
    _rule(
        "foundation",
        CIV,
        "foundation",
        0.85,
        _words(
            r"fundacij",
            r"fundacj",
            r"fondacij",
            r"fondazion",
            r"fondation",
            r"foundation",
            r"\w*stiftung",
            r"nadacia",
            r"nadace",
            r"nadacij",
            r"alapitvany",
            r"nodibinajum",
            r"fondas\b",
            r"sihtasutus",
            r"zaklad[aeiu]\b",
            r"zaduzbin",
            r"trust\b",
            r"stichting",
        ),
    ),
    _rule("foundation", CIV, "foundation", 0.6, _cased(r"^\s*SA"), cased=True),
    _rule(
        "association or NGO",
        CIV,
        "association",
        0.8,
        _words(_ASSOCIATION),
    ),
    # --- government ----------------------------------------------------------------------
    _rule(
        "municipality",
        GOV,
        "municipality",
        0.95,
        _words(
            r"mestn\w* obcin",
            r"obcin",
            r"mest[oau]\b",
            r"mestom\b",
            r"\w*gemeinde\b",
            r"(?:landeshaupt|haupt|hanse|kreis|bundes)?stadt\b",
            r"comune\b",
            r"comuni\b",
            r"commune\b",
            r"communes\b",
            r"ville d",
            r"citta di",
            r"city of",
            r"town of",
            r"(?<=^ )town\b",
            r"town\s*$",
            r"(?:city|town|borough|district|county|parish|municipal) council",
            r"municipalit",
            r"municipio",
            r"ayuntamiento",
            r"pasvaldib",
            r"pilset[aus]\b",
            r"pilsetas\b",
            r"novad[su]\b",
            r"gminn\w*\b",
            r"novada dome",
            r"pilsetas dome",
            r"valstspilset",
            r"savivaldyb",
            r"gmin[aeyi]\b",
            r"urzad (?:miasta|gminy|miejski)",
            r"miast[oa]\b",
            r"kunta\b",
            r"kaupunki",
            r"vald\b",
            r"valla\b",
            r"vallavalitsus",
            r"linnavalitsus",
            r"linn\b",
            r"grad\b",
            r"opcin",
            r"opstin",
            r"\w*onkormanyzat",
            r"varos\b",
            r"kozseg",
            r"kerulet",
            r"fovaros",
            r"obec\b",
            r"mairie",
            r"metropole\b",
            r"agglomeration\b",
            r"valsci",
            r"seniunij",
            r"borough",
        ),
    ),
    _rule(
        "region",
        GOV,
        "region",
        0.9,
        _words(
            r"zupanij",
            r"megye",
            r"maavalitsus",
            r"maakon",
            r"powiat",
            r"starostw",
            r"wojewodzt",
            r"marszalk",
            r"samorzad",
            r"landratsamt",
            r"landkreis",
            r"\w+-kreis\b",
            r"bezirk",
            r"samospravn",
            r"zupn\w* samosprav",
            r"kraj\b",
            r"kreis\b",
            r"planning region",
            r"planosanas region",
            r"apskrit",
            r"regione\b",
            r"region\b",
            r"provinc",
            r"provinz",
            r"departement",
            r"conseil (?:departemental|regional|general)",
            r"canton",
            r"kanton",
            r"county\b",
            r"landesregierung",
            r"amt der",
            r"freistaat",
            r"bundesland",
            r"metropolitan",
            r"citta metropolitana",
            r"regionalmanagement",
            r"regional council",
            r"regionalni svet",
            r"pokrajin",
            r"aprink\w*",
            r"dezel[aeiou]?\b",
            r"(?<=^ )land (?!of\b|und\b)(?=\w)",
            r"voivodeship",
            r"prefectur",
            r"prefettur",
        ),
    ),
    _rule(
        "ministry or state body",
        GOV,
        "agency",
        0.9,
        _words(
            r"(?<!non-)(?<!non )government",
            r"(?<!non-)(?<!non )governmental",
            r"governativ",
            r"gouvernemental",
            r"intergouvernement",
            r"intergovernment",
            r"intergovernativ",
            r"\w*parvald",
            r"vladn\w* (?:sluzb|urad|agencij)",
            r"vladin\w* (?:ured|sluzb|agencij)",
            r"vlad[aeiu]\b",
            r"valdib",
            r"vyriausyb",
            r"\w*valitsus",
            r"kormany",
            r"gouvernement",
            r"governo\b",
            r"regierung",
            r"rzad\b",
            r"urz[ae]d\w*",
            r"urad\b",
            r"uradu\b",
            r"\w*hivatal",
            r"\w*igazgatosag",
            r"\w*(?<!haus)(?<!immobilien)(?<!vermogens)verwaltung",
            r"departament",
            r"ured[au]?\b",
            r"upravn\w* enot",
            r"krajevn\w* skupnost",
            r"mjesn\w* (?:odbor|zajednic)",
            r"nadlesnictw",
            r"lasy panstwowe",
            r"dyrekcj",
            r"\w*inspekts",
            r"osrodek doradztwa",
            r"kisterseg",
            r"\w*amt\b",
            r"\w*ameti?\b",
            r"\w*dienest",
            r"\w*tarnyb",
            r"\w*teenistus",
            r"inspektor",
            r"inspekc",
            r"uprav[ae]\b",
            r"directorate",
            r"direkcij",
            r"direktorat",
            r"biudzetin\w* istaig",
            r"(?<!ne)valstybin\w* (?:\w+ ){0,2}(?:tarnyb|inspekcij|agentur|direkcij|istaig)",
            r"direction (?:regionale|departementale|generale)",
            r"direzione (?:regionale|generale)",
            r"parliament",
            r"drzavni (?:zbor|svet)",
            r"saeima",
            r"seimas",
            r"riigikogu",
            r"statisti",
            r"policij",
            r"polizei",
            r"republike (?:slovenije|hrvatske|srbije)",
            r"drzavn\w* (?:\w+ ){0,2}(?:komisij|ured|urad|sluzb|inspektorat|uprav|arhiv)",
            r"republic of",
            r"republik\b",
            r"council of\b",
            r"(?:special|osobit|specialn|specialais|speciala|specialioji)\w* (?:economic|ekonomisk|ekonomiczn|ekonomin|gospodarsk)\w* (?:zon|stref)",
            r"(?:specialna|specjalna) strefa ekonomiczna",
            r"riigi",
            r"valsts\b",
            r"authority",
            r"autorit[aey]",
            r"\w*behorde",
            r"european commission",
            r"commission europeenne",
            r"commissione europea",
            r"europaische kommission",
            r"(?:evropsk|europsk|europejsk|eiropas|europos|euroopa)\w* komisi",
            r"komisja europejska",
            r"state (?:\w+ ){0,3}(?:service|office|agency|inspectorate|board|authority)",
            r"osrodek (?:sportu|pomocy)",
            r"national park directorate",
            r"department (?:for|of)",
            r"regional state",
            r"state department",
        ),
    ),
    _rule(
        "non-profit company",
        GOV,
        "agency",
        0.55,
        _words(r"non-?profit (?:kft|zrt|llc|ltd)", r"nkft\b", r"nzrt\b", r"kozhasznu"),
    ),
    _rule(
        "non-profit company",
        CIV,
        "association",
        0.55,
        _words(r"ggmbh\b", r"o\.\s?p\.\s?s\b", r"onlus\b"),
    ),
    _rule(
        "hospital or health service",
        GOV,
        "agency",
        0.75,
        _words(
            r"bolnisnic",
            r"bolnic",
            r"klinicn\w* cent",
            r"klinick\w* bolnick",
            r"\w*klinik",
            r"hospital",
            r"krankenhaus",
            r"\w*spital\b",
            r"ospedal",
            r"azienda (?:sanitaria|ospedaliera)",
            r"ulss\b",
            r"asl\b",
            r"hopital",
            r"centre hospitalier",
            r"szpital",
            r"korhaz",
            r"slimnic",
            r"ligonin",
            r"\w*haigla",
            r"zdravstveni dom",
            r"dom zdravlja",
            r"health (?:centre|center|board|authority|service)",
            r"nhs\b",
        ),
    ),
    _rule(
        "public social service",
        GOV,
        "agency",
        0.7,
        _words(
            r"cent[ae]r\w* za socialn\w* delo",
            r"cent[ae]r\w* za socijaln",
            r"socijaln\w* skrb",
            r"dom\w* (?:za )?starejs",
            r"dom\w* za (?:starije|stare)",
            r"sozialamt",
            r"centre communal d.action sociale",
            r"ccas\b",
            r"osrodek pomocy spolecznej",
            r"socialin\w* paslaug\w* centr",
            r"socialo pakalpojumu centr",
        ),
    ),
    _rule(
        "park authority",
        GOV,
        "agency",
        0.7,
        _words(
            r"krajinsk\w* park",
            r"regijsk\w* park",
            r"park prirode",
            r"national park",
            r"nacionaln\w* park",
            r"narodn\w* park",
            r"naravn\w* park",
            r"nemzeti park",
            r"parco (?:nazionale|naturale|regionale)",
            r"parc (?:national|naturel)",
            r"\w*nationalpark",
            r"\w*naturpark",
            r"\w*biospharen(?:park|region|reservat|gebiet)",
            r"\w*landschaftspark",
            r"\w*geopark",
            r"\w*naturschutzgebiet",
            r"biosphere (?:reserve|park|region)",
            r"unesco biosphere",
            r"biosfern\w* (?:obmocj|rezervat|park)",
            r"park (?:narodow|krajobrazow|przyrod)",
            r"\w*rahvuspark",
            r"(?:nacionalin|regionin)\w* parkas",
            r"dabas park",
            r"nature park",
            r"regional park",
            r"nature reserve",
            r"ente parco",
            r"termeszetvedelmi igazgatosag",
        ),
    ),
    _rule(
        "museum or cultural institution",
        GOV,
        "agency",
        0.6,
        _words(
            r"muzej",
            r"\w*muzeum",
            r"\w*museum",
            r"musee",
            r"museo",
            r"\w*muuseum",
            r"muziej",
            r"galerij",
            r"\w*galerie",
            r"galleria",
            r"gallery",
            r"knjiznic",
            r"library",
            r"\w*bibliot",
            r"\w*konyvtar",
            r"\w*raamatukogu",
            r"gledalisc",
            r"kazalist",
            r"pozorist",
            r"\w*theat",
            r"\w*szinhaz",
            r"\w*teater\b",
            r"teatr",
            r"filharmon",
            r"kulturn\w* (?:\w+ ){0,2}(?:center|centar|dom)",
            r"center za kulturo",
            r"dom kulture",
            r"dom kultury",
            r"osrodek kultury",
            r"kulturos (?:centr|nam)",
            r"kulturas (?:centr|nam)",
            r"\w*kultuurikeskus",
            r"cent[ae]r za kultur",
            r"centrum kultury",
            r"osvetov\w* stredisk",
            r"kulturn\w* stredisk",
            r"kulturhaus",
            r"kulturzentrum",
            r"centre culturel",
            r"centro culturale",
            r"cultural (?:centre|center|institute)",
            r"\w*archiv",
            r"muzejsk",
        ),
    ),
    # --- firms ----------------------------------------------------------------------------
    _rule(
        "farm",
        IND,
        "company",
        0.8,
        _words(
            r"zemnieku saimniecib",
            r"kmetij[aeiou]?\b",
            r"obiteljsk\w* poljoprivredn\w* gospodarstv",
            r"gospodarstw\w* rolne",
            r"ukinink\w* uki",
            r"\w*bauernhof",
            r"azienda agricola",
            r"exploitation agricole",
            r"farm\b",
            r"maatila",
            r"talu\b",
        ),
    ),
    _rule("farm", IND, "company", 0.8, _cased(r"^\s*ZS", r"[Zz]/[Ss]", "OPG", "FIE"), cased=True),
    # A region's or town's tourism organisation is public even as a company (Steiermark
    # Tourismus GmbH, Turizem Ljubljana); weak, as a private tour firm can carry the word.
    _rule(
        "tourism organisation",
        GOV,
        "agency",
        0.55,
        _words(r"\w*tourismus\b", r"\w*turismo\b"),
    ),
    _rule("company legal form", IND, "company", 0.85, _COMPANY_FORMS),
    _rule(
        "company legal form",
        IND,
        "company",
        0.85,
        _cased(
            r"^\s*SIA",
            r"^\s*UAB",
            r"^\s*AS",
            r"^\s*AB",
            "OÜ",
            "OU",
            r"^\s*MB",
            r"^\s*IK",
            "IĮ",
            "ApS",
            r"e\.\s?K\.",
        ),
        cased=True,
    ),
    _rule(
        "public-interest grouping",
        GOV,
        "agency",
        0.75,
        _words(r"groupement d.interet public", r"gip\b"),
    ),
    _rule(
        "company grouping",
        IND,
        "company",
        0.7,
        _words(r"groupement d.interet economique", r"gie\b"),
    ),
    # --- weaker cues, after every sector word and legal form ------------------------------
    _rule(
        "public agency",
        GOV,
        "agency",
        0.7,
        _words(_AGENCY),
    ),
    _rule(
        "public institute",
        GOV,
        "agency",
        0.65,
        _words(
            r"javn\w* zavod",
            r"javn\w* ustanov",
            r"zavod\w* za",
            r"zavod\w* republike",
            r"hrvatsk\w* zavod",
            r"drzavn\w* zavod",
            r"public (?:body|authority|institution|enterprise|service)",
            r"ente pubblico",
            r"etablissement public",
            r"offentlich",
            r"staatlich",
            r"\w*kozintezet",
            r"\w*koztestulet",
            r"\w*kozalapitvany",
            r"javn\w* sklad",
            r"sklad\b",
            r"fundusz",
            r"fonds\b",
            r"fond\b",
        ),
    ),
    _rule(
        "public institute",
        GOV,
        "agency",
        0.6,
        _words(r"zavod\b", r"zavoda\b", r"viesoji istaig"),
    ),
    _rule("public institute", GOV, "agency", 0.6, _cased("VšĮ", "VŠĮ", "VsI"), cased=True),
    _rule(
        "tourism organisation",
        GOV,
        "agency",
        0.55,
        _words(r"turizem\b", r"tourisme\b", r"turizmus\b", r"turisms\b", r"turism\b"),
    ),
    _rule(
        "company word",
        IND,
        "company",
        0.7,
        _words(r"bendrov"),
    ),
    _rule(
        "association or NGO",
        CIV,
        "association",
        0.75,
        _words(
            r"ngo\b",
            r"nvo\b",
            r"ong\b",
            r"non-?profit",
            r"non profit",
            r"charit",
            r"humanitar",
            r"labdarib",
            r"labdaros",
            r"heategev",
            r"dobroczynn",
            r"\w*szeretetszolgalat",
            r"\w*segelyszervezet",
            r"volunt",
            r"prostovolj",
            r"dobrovoljn",
            r"red cross",
            r"rdec\w* kriz",
            r"crven\w* kriz",
            r"rotes kreuz",
            r"croce rossa",
            r"croix-rouge",
            r"scout",
            r"skavt",
            r"izvidn",
            r"pfadfind",
            # Latvian and Lithuanian nominatives end in -s, -as (forums, klubs, forumas)
            r"club\b",
            r"klub(?:s|as)?\b",
            r"forum(?:s|as)?\b",
            r"mreza\b",
            r"tinklas",
            r"tikls",
            r"halozat",
            r"netzwerk",
            r"koalicij",
            r"coalition",
            r"movement",
            r"liikumine",
            r"gibanje",
            r"mouvement",
            r"movimento",
            r"bewegung",
            r"initiativ",
            r"iniciativ",
            r"non-?governmental",
            r"non governmental",
            r"partnership\b",
            r"nevladn",
            r"nevyriausybin",
            r"nevalstybin",
            r"nevalstisk",
            r"pozarzadow",
            r"civil society",
            r"civiln\w* druzb",
            r"sticisc",
            r"bendruomen",
            r"kogukon",
            r"community\b",
            r"sindikat",
            r"gewerkschaft",
            r"trade union",
            r"zwiazek zawodowy",
            r"syndicat",
            r"arbeitsgemeinschaft",
            # international and national NGO networks known by their own name
            r"wwf\b",
            r"greenpeace",
            r"birdlife",
            r"legambiente",
            r"arci\b",
            r"acli\b",
            r"oxfam",
            r"amnesty",
            r"save the children",
            r"friends of the earth",
            r"rotary",
            r"lions club",
            r"ymca\b",
            r"pro loco\b",
            r"ochotnicz\w* straz",
            r"freiwillig\w* feuerwehr",
            r"kol[oa] gospodyn",
        ),
    ),
    _rule(
        "association or NGO",
        CIV,
        "association",
        0.75,
        _cased("APS", "ODV", "ETS", "ONLUS"),
        cased=True,
    ),
    _rule(
        "cooperative",
        IND,
        "company",
        0.75,
        _words(
            r"zadrug",
            r"cooperativ",
            r"coop\b",
            r"\w*genossenschaft",
            r"spoldzielni",
            r"kooperativ",
            r"kooperatyv",
            r"szovetkezet",
            r"\w*uhistu",
            r"cooperatieve",
        ),
    ),
    _rule("cooperative", IND, "company", 0.75, _cased("eG"), cased=True),
    _rule(
        "development institute",
        GOV,
        "agency",
        0.6,
        _words(_INSTITUTE),
        _words(_DEVELOPMENT),
    ),
    _rule(
        "institute",
        ACA,
        "research_centre",
        0.6,
        # Czech and Slovak 'ústav' in its cases; not sl/hr 'ustava' (constitution)
        _words(_INSTITUTE, r"ustav(?:u|om|e|y|ov)?\b"),
    ),
    # A short form in capitals closing the name is a legal form (Eesti Energia AS, Telia, AB),
    # after 'institute' (Institute of Microbiology AS: an academy); in lower case it may be a
    # word, so it is only the weak rule at the end.
    _rule(
        "company legal form",
        IND,
        "company",
        0.85,
        _cased(
            *(
                rf"{form}(?=\W*$)"
                for form in ("AS", "AB", "AG", "KG", "MB", "SE", "SA", "UG", "AD", "BV", "NV")
            )
        ),
        cased=True,
    ),
    _rule(
        "company word",
        IND,
        "company",
        0.7,
        _words(
            r"podjetj",
            r"poduzec",
            r"preduzec",
            r"przedsiebiorstw",
            r"vallalat",
            r"vallalkozas",
            r"uznemum",
            r"imone\b",
            r"ettevote",
            r"\w*unternehm",
            r"impresa",
            r"entreprise",
            r"enterprise",
            r"company",
            r"consult",
            r"solutions",
            r"software",
            r"engineering",
            r"technologies",
            r"industr",
            r"manufactur",
            r"marketing",
            r"holding",
            r"group\b",
            r"gruppo\b",
            r"groupe\b",
            r"\w*gruppe\b",
            r"obrt\b",
            r"azienda\b",
            r"trade\b",
            r"services",
            r"\w*brauerei",
            r"\w*buro\b",
            r"studio\b",
            r"atelier",
            r"design\b",
            r"systems\b",
            r"logisti",
            r"hotel",
            r"tovarn",
            r"tvornic",
            r"\w*fabrik",
            r"fabryk",
            r"fabbrica",
            r"usine",
            r"rupnic",
            r"gamykl",
            r"\w*tehas\b",
            r"\w*gyar\b",
            r"zaklady\b",
            r"huta\b",
            r"kopalni",
            r"stoczni",
            r"elektrowni",
            r"browar",
            r"mleczarni",
            r"factory",
            r"\w*bank",
            r"pank\b",
            r"bankas\b",
            r"banka\b",
            r"banca\b",
            r"banque",
            r"sparkasse",
            r"raiffeisen",
        ),
    ),
    # Trade words firms name themselves by (Alpine Technologies, Nordlicht Labs, Ingenieurbüro):
    # a weak cue, sent to review, as a public or research body can carry them.
    _rule(
        "trade or business word",
        IND,
        "company",
        0.55,
        _words(
            r"\w*technolog(?:y|ies|ie|ia|ija|ije|ijos|ijas)\b",
            r"tech\b",
            r"labs\b",
            r"innovations\b",
            r"ventures?\b",
            r"capital\b",
            r"partners\b",
            r"\w*ingenieur",
            r"ingenier",
            r"ingegneri",
            r"inzenjering",
            r"inzeniring",
            r"inzynier",
            r"informatik",
            r"informatique",
            r"informatica\b",
            r"informatika\b",
            r"elektro",
            r"electronic",
            r"\w*technik\b",
            r"pharma",
            r"automotive",
            r"motors?\b",
            r"steel\b",
            r"metal",
            r"plastic",
            r"textil",
            r"printing",
            r"trading",
            r"imports?\b",
            r"exports?\b",
            r"construct",
            r"costruzion",
            r"gradbeni",
            r"gradnj",
            r"budownictw",
            r"\w*bau\b",
            r"consorzio\b",
            r"consortium\b",
            r"brewery",
            r"winery",
            r"vinarij",
            r"vinari",
            r"pivovar",
            r"mlekarn",
            r"mljekar",
            r"pekarn",
            r"\w*mleko",
        ),
    ),
    # Words of public bodies that firms rarely use in a name (Maritime Administration, Board
    # of Youth Affairs, Climate Change Office): weak, after every company cue, to review.
    _rule(
        "public body word",
        GOV,
        "agency",
        0.55,
        _words(
            r"administration\b",
            r"board of\b",
            r"(?<!post )(?<!box )office\b",
            r"commission\b",
        ),
    ),
    _rule("company legal form", IND, "company", 0.6, _SHORT_FORMS_END),
]


_WORD = frozenset(string.ascii_lowercase + string.digits)


def _first_letters(rules: list[Rule]) -> tuple[dict, dict, list[tuple[int, Rule]]]:
    """Every one-pattern rule merged into one pattern per first letter.

    Alternatives stay in rule order, each rule a named group, so the group that matches at a
    position is the first rule matching there. Stems are tried at word starts; a compound
    stem (``\\w*verein``: *Heimatverein*) is tried, without its ``\\w*``, at every letter
    inside a word. Much faster than searching each rule's pattern in turn. Rules of several
    patterns, or cased ones, are returned apart.
    """
    starts: dict[str, list[tuple[int, str]]] = {c: [] for c in _WORD}
    inside: dict[str, list[tuple[int, str]]] = {c: [] for c in _WORD}
    apart = []
    for k, rule in enumerate(rules):
        if rule.cased or len(rule.patterns) > 1:
            apart.append((k, rule))
            continue
        for stem in rule.patterns[0]:
            table, rest = (inside, stem[3:]) if stem.startswith(r"\w*") else (starts, stem)
            fixed = rest[:1] in _WORD and rest[1:2] not in ("?", "*", "{", "+")
            for letter in [rest[0]] if fixed else _WORD:
                table[letter].append((k, rest))
                if table is inside:  # a compound word can also begin with the stem
                    starts[letter].append((k, rest))

    def merged(entries: list[tuple[int, str]]) -> re.Pattern:
        groups: dict[int, list[str]] = {}
        for k, stem in sorted(entries, key=lambda e: e[0]):
            groups.setdefault(k, []).append(stem)
        return re.compile("|".join(f"(?P<r{k}>{'|'.join(alts)})" for k, alts in groups.items()))

    return (
        {c: merged(e) for c, e in starts.items() if e},
        {c: merged(e) for c, e in inside.items() if e},
        apart,
    )


_AT_START, _INSIDE, _APART = _first_letters(RULES)


def _as_written(span: tuple[int, int, bool], written: str, index: list[int]) -> str:
    """The matched words as the name writes them, to the end of the last word."""
    start, end, cased = span
    if not cased:
        start, end = index[start], index[max(start, end - 1)] + 1
    while start > 0 and written[start - 1].isalnum():  # a compound: the whole word
        start -= 1
    while end < len(written) and written[end].isalnum():
        end += 1
    if written[end : end + 1] == "." and "." in written[start:end]:  # d.o.o., S.p.A.
        end += 1
    return written[start:end].strip()


_NOT_PLACED = Classification(
    UNKNOWN,
    "other",
    0.0,
    "no sector word, organisation type or legal form recognised in the name",
)


def classify(name: str, legal_form: str | None = None) -> Classification:
    """The helix sector of an organisation from its name (and legal form, if known).

    Parameters
    ----------
    name : str
        The name as written, in any of the supported languages, in any grammatical case,
        with or without diacritics.
    legal_form : str, optional
        A separate legal-form field (``"GmbH"``, ``"d.o.o."``), appended to the name.

    Returns
    -------
    Classification
        ``sector`` (one of the four, or ``"unknown"``), ``kind``, ``confidence`` (0–1),
        ``rule`` (the rule that fired) and ``evidence`` (the words that fired it).

    Examples
    --------
    >>> classify("Univerza v Mariboru").rationale
    "university ('Univerza')"
    >>> c = classify("Gospodarsko zbornico Torino"); (c.sector, c.rule)
    ('industry', 'chamber')
    >>> classify("Oxalis").sector
    'unknown'
    """
    written = " " + " ".join(filter(None, [name.strip(), (legal_form or "").strip()])) + " "
    folded, index = _folded(written)
    best: tuple[int, list[tuple[int, int, bool]]] | None = None
    for i, ch in enumerate(folded):
        if ch not in _WORD:
            continue
        table = _INSIDE if folded[i - 1] in _WORD else _AT_START
        m = table[ch].match(folded, i) if ch in table else None
        if m and (best is None or int(m.lastgroup[1:]) < best[0]):
            best = (int(m.lastgroup[1:]), [(*m.span(m.lastgroup), False)])
    for k, rule in _APART:
        if best is not None and k > best[0]:
            break
        spans = rule.spans(folded, written)
        if spans:
            best = (k, spans)
            break
    if best is not None:
        rule = RULES[best[0]]
        evidence = " + ".join(dict.fromkeys(_as_written(s, written, index) for s in best[1]))
        return Classification(rule.sector, rule.kind, rule.confidence, rule.name, evidence)
    return _NOT_PLACED


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
# Values that say only "something else": the name decides, the value is the fallback.
_GENERIC = {"oth", "other", "others", "drugo", "sonstige", "altro", "autre"}

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

# The model's organisation kinds, as evidence for a sector ("other" says nothing).
_KIND_SECTORS = {
    "municipality": "government",
    "region": "government",
    "agency": "government",
    "university": "academia",
    "research_centre": "academia",
    "company": "industry",
    "chamber": "industry",
    "association": "civil_society",
    "foundation": "civil_society",
}


def _plain(value: str) -> str:
    return " ".join(_folded(value)[0].replace("_", " ").split())


def sector_from_text(value: str) -> str | None:
    """A helix sector for a value written in a sector column, or None if not recognised.

    Accepts the four sectors (any case, ``civil society``/``civil_society``), common
    synonyms, CORDIS activityType codes (HES, REC, PRC, PUB, OTH) and Interreg's partner
    types as keep.eu exports them ("Local public authority", "Higher education and research",
    "Interest groups including NGOs", "Business support organisation"…).
    """
    text = _plain(value)
    found = _SECTOR_WORDS.get(text.replace("-", " "))
    if found:
        return found
    for prefix, sector in _PARTNER_TYPES:
        if text.startswith(prefix):
            return sector
    return None


def sector_from_kind(kind: str) -> str | None:
    """The helix sector an organisation kind implies (``"municipality"`` → government), or None."""
    return _KIND_SECTORS.get(_plain(kind).replace(" ", "_"))


def sector_for(
    name: str, given: str | None = None, legal_form: str | None = None, kind: str | None = None
) -> Classification:
    """The sector given in the data if there is one, else what the name and kind say.

    Parameters
    ----------
    name : str
        The organisation's name.
    given : str, optional
        A sector column's value (a sector, a synonym, a CORDIS activityType, an Interreg
        partner type). It wins, unless it is generic (``OTH``, ``other``): then a placed
        name decides and the given value is only the fallback.
    legal_form : str, optional
        A separate legal-form field.
    kind : str, optional
        One of the model's organisation kinds, used when no sector is given and the name
        cannot be placed.

    Returns
    -------
    Classification
        Confidence 1.0 for a sector given in the data.

    Examples
    --------
    >>> sector_for("Alpha d.o.o.", given="HES").sector
    'academia'
    >>> sector_for("Društvo za razvoj podeželja", given="OTH").rule
    'association or NGO'
    >>> sector_for("Oxalis", kind="municipality").sector
    'government'
    """
    if given:
        text = _plain(given)
        sector = sector_from_text(given)
        if text in _GENERIC:
            guess = classify(name, legal_form)
            if guess.placed:
                return guess
            fallback = sector or "civil_society"
            return Classification(
                fallback,
                "other",
                0.5,
                f"given in the data as '{given}', a generic type, and the name gives no sector",
            )
        if sector:
            return Classification(sector, "other", 1.0, f"given in the data ('{given}')")
    guess = classify(name, legal_form)
    if not guess.placed and kind and sector_from_kind(kind):
        return Classification(
            sector_from_kind(kind),
            _plain(kind).replace(" ", "_"),
            0.8,
            f"kind given in the data ('{kind}')",
        )
    return guess
