"""Which helix sector an organisation belongs to, from its name, legal form and kind.

Ordered rules over the name with diacritics removed, in the languages of the partners
(sl, en, lv, lt, et, hr/bs/sr, de, it, hu, pl, fr, and ro, pt, es, ca, eu, fi, sv, nl, sk, cs,
tr, el where cheap; Cyrillic and Greek read as Latin). Stems match
at the start of a word, so inflected forms match too (*Občini*, *Mestne občine*,
*Universitātes*, *savivaldybės*, *Gminy*). The first rule that matches decides, and the
result names the rule and the words that fired it (:attr:`Classification.rationale`).
The rules and their stems are data, ``helix_graph/data/sector_cues.yaml``, in that order.

Where no rule fires, a name that is only a town's or village's name in the organisation's
country ("Pazin" in HR: partner lists name municipal partners so) is read as that
municipality (:data:`PLACE_NAME`, weak); else a learned model
(:mod:`helix_graph.ingest.sector_model`, naive Bayes on the name's character n-grams, words
and country, fitted on the hand-labelled gold names) may guess: the rationale says it is a
guess, from which words and how sure, and a guess always goes to review. Below the model's threshold the name is **unknown**: it is never
silently put in a sector, and it is flagged for review (:attr:`Classification.review_note`).
A sector given by the data wins (:func:`sector_for`), except a generic one (CORDIS
``OTH``), where the name decides; a kind given by the data comes before a guess.

Documented choices
------------------
- **Chambers** (of commerce, crafts, agriculture) and **business associations, clusters**
  are **industry**: they represent firms, as Interreg's "business support organisation"
  type does (see ``_PARTNER_TYPES``). A chamber of labour is civil society.
- **Science and technology parks, incubators, technology centres** are **industry**: they
  host and serve companies, whatever their owner (*Tehnološki park Ljubljana d.o.o.*); so is
  a development centre of one trade or industry (*Razvojni center orodjarstva*), where a
  development centre of a region is a development agency.
- **Development, energy and other public agencies** are **government** even with a company
  legal form (*Energieagentur Steiermark GmbH*, *Razvojni center Srca Slovenije d.o.o.*);
  an agency with a legal form and no such qualifier is a firm (*UAB EIP agentūra*). State
  agricultural advisory services (*lauku konsultāciju centrs*, *kmetijska svetovalna
  služba*) are public agencies, as are Hungarian public-benefit companies (*Kht.*, weak)
  and an Italian consortium or joint-stock company named by its region or municipalities
  (*… dei Comuni S.p.A.*, weak).
- **Public companies** (*javno podjetje*, *Komunala*, *Stadtwerke*, *Kommunal GmbH*,
  *vodovod*, *közmű*) are **government**: infrastructure and public service providers, as
  Interreg counts them. So are **economic promotion bodies, public funds and public
  investment banks** (*Wirtschaftsförderung … GmbH*, *razvojni sklad*, *Investitionsbank*)
  and a place's **tourism organisation** with a company form (*… Tourismus GmbH*; weak, to
  review).
- **Trade words** (*Labs*, *Technologies* inflected, *Engineering* in each language,
  *Vinarija*, *Consorzio*) place a name in industry as a weak cue, below a legal form or a
  word meaning company, and send it to review; English public body words (*Administration*,
  *Board of*, *Office*) likewise place it in government. A brand alone stays unknown, unless
  it is an **organisation known by its name** (``data/known_organisations.yaml``: large firms,
  business associations and clusters, NGOs and federations, research bodies and think tanks,
  EU and international bodies, national agencies; *Zalando*, *Greenpeace*, *Nordregio*,
  *Frontex*), matched as whole words (an acronym only in capitals as written) below every
  type word and legal form, so *Siemens Stiftung* stays a foundation. Farm and rural tourism
  (*Turizem na podeželju*, *agriturismo*) is a business, not a place's tourism organisation.
- **Associations of municipalities, euroregions, EGTCs, inter-municipal bodies** are
  **government**; **local action groups** (LAG, LAS, GAL, VVG, VRG) are **civil society**,
  also when named a development agency and given a company form (*Agenzia di sviluppo GAL
  … S.r.l.*).
- **Hospitals, museums, galleries, libraries, parks, tourist boards, public institutes
  (*zavod*)** are **government**; a **university hospital** is academia.
- **Schools** of every level are **academia** (CORDIS counts them as HES); **research
  institutes** (*Institut Jožef Stefan*, *Fraunhofer*) are academia, a research funder
  (*agencija za raziskovalno dejavnost*, *zaklada za znanost*) is government.
- **Cooperatives** and **farms** (*zemnieku saimniecība*, *kmetija*, OPG) are **industry**;
  social cooperatives and social enterprises (the Slovene suffix *so.p.*, a *Coop* named
  with a social word) are civil society; a bare *Cooperativa <name>* stays a cooperative.
  Producers', farmers' and employers' associations (*Patronat*, *pracodawców*, *werkgevers*,
  a young farmers' club, *Zemnieku saeima*: a farmers' parliament, not the state's) and
  unions of cooperatives (*Zadružni savez*) are business associations (industry).
- Where the head noun comes last (lv, lt, et, hu, en, de), an association or foundation named
  after a university (*Universitātes … biedrība*, *University Foundation*) is civil society.
  Local democracy agencies (the ALDA network) are civil society despite 'agency'.
- Where the head noun comes first (pl, es, pt, it, fr, ro, de, and English "X of Y"), a name
  that opens with a foundation or association word is that body, whatever university it
  serves (*Fundacja Rozwoju Uniwersytetu …*, *Landesverband der Volkshochschulen …*) or
  research institute it runs (*Associazione … – Istituto di Ricerca …*).
- A name that opens with an association or foundation word is that body also where an
  academy or school follows (*Stowarzyszenie Akademia …*, *Udruga Škola …*); one that opens
  with an office word and its task (*Ured za udruge*, *Urad za mladino*, *Office for …*) is a
  government office, whatever group it serves; a public employment service (*Instituto do
  Emprego*, *Pôle emploi*, *Arbeitsmarktservice*) is government whatever its head word.
- A Lithuanian public institution (*VšĮ*, *viešoji įstaiga*) is a non-profit legal form most
  NGOs take: civil society (weak), unless a public word places it first (a hospital, a
  school, a tourism information centre). A Hungarian *Műhely* (workshop) without a legal form
  is a civic group, as Hungarian firms carry *Kft.*, *Bt.*, *Zrt.* (weak); a Dutch royal
  *maatschappij* (*Koninklijke … Maatschappij*) a society (weak), a plain one a firm (weak).
- Crafts and food-processing trades (*Kaffeerösterei*, *-erei*, *-erij*, *torrefazione*,
  *boulangerie*, *piekarnia*, *pražírna*, *pekara*, *leipomo* …) and groups of companies
  (*Yhtymä*, *Konzern*, *Grupo*) are company words; a firm named by its founders and
  partners (*… & Partner*, *… und Partner*, *& Associates*) is a firm (weak). Teaching and
  experimental institutes and stations (*Lehr- und Versuchsanstalt*, *stazione
  sperimentale*) and supercomputing centres are research bodies, above an association form.
- A Slovene private institute (*Zavod <name>*, *<name>, zavod …*) is an NGO (weak); a public
  one is *Javni zavod …*, *Zavod za <task> <place>* or *Zavod RS …*; a prefixed *E-zavod*
  is private. An institute for a civic cause (*Institut za razvoj demokratije*: democracy,
  human rights, peace) and a commission or committee for a group or cause (*Commission for
  … Migrant Workers*, *Comitato Solidarietà …*) are NGOs. Youth bodies and youth or
  community houses (*Nooruse Maja*, *Jugendhaus*), a "centre for" a cause, and an
  organisation or initiative for one (*Organisation …*, *Inicijativa za …*) are civil
  society (an intergovernmental one, *OECD*, *World … Organization*, is government), a name ending in *Board* government, a *Workshop* industry, a Spanish or
  Catalan *consorcio* and a network named by its cities (*Energy Cities*) government: all
  weak, to review.
- Producers' associations are named by the producers as people (*Udruga vinara*, *Associação
  de Apicultores*, *Rinderzüchter*, a regional *Genuss* association): industry; a society named
  by the craft's adjective (*Čebelarsko društvo*) stays an association. Volunteer centres
  (*Volunteer Agency*, *Freiwilligenagentur*), citizens' associations, folk, dance and music
  groups, choirs and samba schools (*Grupo Folclórico*, *Escola de Samba*) are civil society
  whatever agency, research, group or school word follows. Initials of public bodies written
  with a place (*RDA*, Polish *GOK*/*MGOK*/*SCK*, French *SIVOM*) are public; a business named
  by its trade alone (*Hofladen*, *Gostilna*, *Wydawnictwo*, *Kancelaria Prawna*) is a firm,
  weak; a brand's ® or ™ or a commercial web domain as its name is a firm, weak and last.
  So is a name of a brand's shape that nothing else places, after the learned guess
  (:data:`BRAND_SHAPE`: one or two words in title case or CamelCase, one of them coined, no
  common word of any language and no place's name: *Picvisa*, *Moore Rewit*, *NorInnova*). A place's public company for its economy, location or land
  (*Standortmarketing*, *Landgesellschaft*, *Entwicklungsgesellschaft*, Finnish
  *kehitysyhtiö*) and a town's market (*Mercado Municipal*) are public companies. Forest
  owners' associations (*šumovlasnika*, *šumoposjednika*), truffle hunters' and hut keepers'
  associations (*tartufara*, *Tartufai*, *Gestori dei Rifugi*, *Hüttenwirte*) and an
  association named by its industry's material (*cortiça*, *Forest & Wood*, peat: *Kūdras*,
  *Torf*, *durpių*) are business associations; the Slovene *lastnik* is left out, as the
  gold labels *Društvo lastnikov gozdov* civil society. A firm named by its founder "and
  company" or "and sons" (*un Ko*, *ir Ko*, *& Co.*, *e Figli*, *i sinovi*, *a spol.*, *és
  Társa*, *y Cía.*, *& Zonen*), a stud farm (*Stadnina Koni*, *Gestüt*, *ergela*, *haras*;
  weak, as many are the state's), saltworks (*Salines de …*, *soline*, *Solana …*) and an
  English water or utility company named by its region (*… Water*, *… Utilities*) are firms,
  weak; an agency of a commercial trade (*Outdoor Agency*, *Agenzia Viaggi*) is a firm.
- The state's heritage authorities (Greek ephorates of antiquities, *Soprintendenza*,
  *Konzervatorski odjel*, *Denkmalamt*), prisons and probation services (*Probation
  Services*, *Zakład Karny*, *Justizvollzugsanstalt*), island councils (*Consell Insular*,
  *Eilandraad*), intermunicipal bodies in every language (*Intergemeentelijke*,
  *Intercomunitară*), England's protected landscapes (*AONB*, *National Landscape*) and the
  state's forest enterprises with a company form (*Hrvatske šume d.o.o.*, *državni gozdovi*,
  *Lesy České republiky s.p.*) are **government**. A Romanian county association
  (*Asociația Județeană de …*) is one of its cause, not of county councils. An
  interuniversity consortium and a research and innovation centre are research bodies; the
  Polish research funder is the centre for research *and development*, not every national
  centre of research. English funds for a cause (*Fund for Nature*, *… Park Fund*), animal
  welfare and wildlife groups (weak), and sl/hr/sr societies and clubs written by their
  type's initials (*SKD*, *PGD*, *DVD*, *HPD*, *NK*) are civil society.
- **Foundations, associations, NGOs, churches, unions** are **civil society**;
  a third-age university is an association, and so is a Nordic study association
  (*Folkuniversitetet*, *studieförbund*, *oplysningsforbund*).
- A name opening with a state's, army's or town's forests (*Lesy*, *Vojenské lesy*, *Městské
  lesy*, *Lasy Miejskie*), a Czech or Slovak state enterprise written out (*státní podnik*),
  the Polish state forests in any case (*Lasów Państwowych*) and their regional directorates
  (*RDLP*), hr/bs/sr public institutions by their initials (*JU*), a
  public advocate's office (*Umweltanwaltschaft*, *Patientenanwaltschaft*), the Italian name of
  a sub-municipal local community (*Comunità locale*, the *krajevna skupnost*), micro-regions
  and unions of local administrations (*Microregiunea …*, *Uniunea Administrațiilor Locale*)
  and a French department's or region's development agency named *<place> Développement* are
  **government**. Vocational schools and training centres (*Berufsschulzentrum*, *Centro
  Formativo*, *Centro de Formação Profissional*, *Vocational
  Training Centre*) are schools whatever state or province adjective they carry; producers
  named as people include the Italian *-coltori*, Spanish and Portuguese *-cultores* and French
  *-culteurs*; a Spanish *SL* or *SLU* at the end is a company form.
- **Self-governments of national minorities** (*Comunità autogestita*, *samoupravna narodna
  skupnost*, *nemzetiségi önkormányzat*) and federal or Land institutes (*Bundesanstalt*,
  *Landesanstalt*) are **government**; so are French groupings of communes named *Pays* or
  *Pôle métropolitain*.
- Federations, unions and confederations of cooperatives (*Federación de Cooperativas*,
  *Unione … Cooperative*, *Savez zadruga*, *Svaz … družstev*) are business associations; the
  executive committee of a district or region (*izpildkomiteja*, *vykdomasis komitetas*,
  *District Executive Committee*) and the state's railways whatever their company form
  (*Slovenske železnice d.o.o.*, *České dráhy*, *Bundesbahnen*) are **government**, as are the
  state's institutes of a public task, not research (heritage, remembrance, vocational
  training, statistics: *Narodowy Instytut Dziedzictwa*, *Nemzeti Szakképzési … Intézet*) and
  Polish institutes named first by a cultural task (*Instytut Książki*). The Slovene names of
  Italian state schools (*Državni tehnični zavod*) are schools; a group named by a condition
  its members live with (*Autism …*, *Down Syndrom …*, *Alzheimer …*) is civil society, weak.
- Volunteer fire brigades, their unions and mountain rescue services (*Vatrogasna zajednica
  Grada …*, *Freiwillige Feuerwehr*, *Bergwacht*, *… Mountain Rescue Service*) are civil
  society, a public fire and rescue service (*Fire & Rescue Service*, *Berufsfeuerwehr*,
  *Räddningstjänst*) government, both above the town a name goes on to. Schools written by
  their initials (hr/sr music schools *OGŠ*, *OMŠ*; Czech *ZŠ*, *SOŠ*; French farm schools
  *EPL*, *LEGTA*) and Lithuanian education centres (*ugdymo centras*) are schools; a funding
  agency named by its grants (*Agencia de Gestión de Ayudas Universitarias …*), the national
  lottery's funds, a German state networking office (*Vernetzungsstelle*), a public enterprise
  written *J.P.*, a Slovene *RIC*, a land reclamation consortium in any wording, an Italian
  park named by its landscape (*Parco … della Valle …*), a Lithuanian town's institution
  (*miesto … įstaiga*), a Hungarian development centre with a company form (*…fejlesztési
  Központ Zrt.*) and a development association with one (*Development Association of … S.A.*)
  are government. Spain's rural development centres (*CEDER*) are local action groups;
  Slovene angling and hunting clubs (*Ribiška družina*), environmental organisations, Dutch
  unions of people (*Ouderenbond*) and community cooperatives (*Dorpscoöperatie*,
  *Zorgcoöperatie*) civil society; engineering and planning offices (*Fachbüro*,
  *Planungsbüro*, *adviesbureau*) and Estonian holiday villages (*Puhkeküla*) firms.
- Public bodies by the head word of their kind, below every type word and legal form (an
  *Ente Fiera … S.p.A.* is a firm): the Italian *ente* of a region, province or town, a
  managing body (*Ente di gestione …*, *Ente Regionale per …*; an *Ente Nazionale per …* weak),
  the Spanish *Ente Público*, the Czech *příspěvková organizace*, the Romanian and French
  *Regia Autonomă*, *Régie autonome*, the Polish *Państwowe Gospodarstwo*; Italian protected
  areas (*Aree protette*, *Area marina protetta*) and a state's **forest service** (*Forest
  Service*, *Service forestier*, *Servizio forestale*, *Corpo forestale*, *Forstdienst*) are
  **government**. A **cooperative named by its place** (*… Genossenschaft im Landkreis …
  e.G.*, *Zadruga Občine …*) is the cooperative, its form above the place words. Adult
  education and training centres (*suaugusiųjų mokymo centras*, *izobraževanje odraslih*,
  *Istruzione degli Adulti*, *Lifelong Learning Centre*, *Centro di formazione*), the Italian,
  Spanish, Portuguese and Romanian *Accademia*/*Academia*, *Uni <place>* (*Uni Wien*, weak,
  below every legal form) and Turkish *MTAL* schools are academia; a women's group
  (*Women's …*, *Landfrauen*, *Donne …*) is civil society, weak. The Italian *Patronato*
  (a union's welfare service) is not the employers' *Patronat*. A known name does not match
  a word elided before the next (*dell'Ossola* names no *Dell*).
- **Biological field stations** (*Biologische Station*, *Biological Station*, *Station
  biologique*, *Stacja Biologiczna* …) are research bodies, above a cluster word and a company
  form, not where the station is named in brackets after the body that runs it. A German or
  Austrian university in an association's or foundation's form named in apposition
  (*Verein Fachhochschule …*, *Stiftung Universität …*) is the university; a friends'
  association (*Förderverein*, *Verein der Freunde der …*) stays one. A German *Sozialbetrieb*
  is a social enterprise (civil society) whatever its company form; a Land's or the federal
  *Landeszentrale*/*Bundeszentrale* is a public agency (below *e.V.*); an Estonian foundation
  of development (*Arendamise*/*Arengu Sihtasutus*) a development agency; Estonian
  *Arenduskoda*/*Koostöökoda* local action groups; a Latvian *Dabas fonds* (of nature) a
  foundation; the Estonian *büroo* a firm's office; a Romanian association of *afaceri*
  (business, not a ministry's or Europe's affairs) a business association; *Vilnius Tech*,
  *Riga Tech* and a few American states' *Tech* (the whole name) universities.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from dataclasses import dataclass

from helix_graph.ingest.sector_model import shipped_model
from helix_graph.ingest.vocabulary import NO_VOCABULARY, is_common_word
from helix_graph.model import TO_LATIN, UNKNOWN_SECTOR
from helix_graph.resources import data_tables

__all__ = [
    "UNKNOWN",
    "GUESSED",
    "PLACE_NAME",
    "INITIALS_AND_TOWN",
    "BRAND_SHAPE",
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

GUESSED = "guessed from similar names"
"""The rule of a sector the learned model guessed where no rule fired; it always goes to review."""

PLACE_NAME = "a place's name alone, read as its municipality"
"""The rule of a name that is only a town's or village's name in the organisation's country:
partner lists name municipal partners so ("Pazin, Rovinj, Varaždin"). Weak, sent to review."""

INITIALS_AND_TOWN = "initials with a town's name, read as a university or institute"
"""The rule of a name that is only initials and a town of the organisation's country ("ZUT
Szczecin", "CIK Trebnje"): partner lists write universities and research institutes so.
Weak, sent to review."""


BRAND_SHAPE = "a brand-like name: a coined word, read as a firm"
"""The rule of a name of one or two words in title case or CamelCase, one of them coined (no
common word of any language :mod:`helix_graph.ingest.vocabulary` has, no place's name:
"Picvisa", "Moore Rewit", "NorInnova"), that nothing else placed, not even the learned guess:
of the gold names of the rounds before the twenty-fifth it fires on, 45 of 56 are firms
(bench/README.md). Weak, sent to review; the evidence is the coined word."""


def _place_countries(name: str) -> frozenset[str]:
    from helix_graph.places import place_countries  # the gazetteer: only for unplaced names

    return place_countries(name)


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
    def guessed(self) -> bool:
        """Whether the learned model, not a rule, placed the name."""
        return self.rule == GUESSED

    @property
    def uncertain(self) -> bool:
        return self.confidence < 0.6 or self.guessed

    @property
    def rationale(self) -> str:
        """One line a person can check: the rule and the words that fired it."""
        text = f"{self.rule} ('{self.evidence}')" if self.evidence else self.rule
        return f"{text}, confidence {self.confidence:.2f}" if self.guessed else text

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


@functools.cache
def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch.casefold()).translate(TO_LATIN)
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


# The rules and their stems are data: data/sector_cues.yaml, in order (the first that matches
# decides), with the stem groups several rules share.
_CUES = data_tables("sector_cues.yaml")


def _stems(items: list) -> list[str]:
    """A rule's stems, a shared group (a list inside the list) spliced in where it is named."""
    return [stem for item in items for stem in ([item] if isinstance(item, str) else item)]


# Organisations known by their name alone (brands, NGOs, institutes, public bodies), by sector:
# data/known_organisations.yaml, read by the rules that name a sector under `known`.
_KNOWN = data_tables("known_organisations.yaml")


def _is_acronym(name: str) -> bool:
    """Whether a known name is written in capitals (KPMG, E.ON): matched only so."""
    return name == name.upper()


# A word cut by an apostrophe before the next word's letter is an elided article or
# preposition, not a name (Italian dell', dall', nell', sull', all', French and Italian l',
# d'): "Aree protette dell'Ossola" names no Dell. An English possessive ("Dell's") is the name.
_ELIDED = r"(?!['’ʼ`´]\s?(?!s(?![a-z]))[a-z])"
_ELIDED_CASED = r"(?!['’ʼ`´]\s?(?![sS](?![^\W\d_]))[^\W\d_])"


def _known_stem(name: str) -> str:
    """A known name as a folded stem of whole words, any punctuation between its words, not
    a word elided before the next (:data:`_ELIDED`)."""
    words = re.findall(r"[a-z0-9]+", _folded(name)[0])
    return r"[^a-z0-9]+".join(words) + r"(?![a-z0-9])" + _ELIDED


def _known_pattern(entry: dict) -> tuple[str, ...] | re.Pattern:
    """The known names of a sector: written ones as folded whole words (``known``), or
    acronyms and names in capitals as written (``known_acronyms``)."""
    known = _KNOWN[entry.get("known") or entry["known_acronyms"]]
    if "known" in entry:
        return _words(*(_known_stem(n) for n in known["names"] if not _is_acronym(n)))
    acronyms = [n for n in known["names"] if _is_acronym(n)] + known["acronyms"]
    return _cased(*(re.escape(a) + _ELIDED_CASED for a in dict.fromkeys(acronyms)))


def _pattern(entry: dict) -> tuple[str, ...] | re.Pattern:
    if "words" in entry:
        return _words(*_stems(entry["words"]))
    if "cased" in entry:
        return _cased(*entry["cased"])
    return _known_pattern(entry)


RULES: list[Rule] = [
    Rule(
        entry["name"],
        entry["sector"],
        entry["kind"],
        entry["confidence"],
        tuple(_pattern(pattern) for pattern in entry.get("all_of", [entry])),
    )
    for entry in _CUES["rules"]
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


def classify(
    name: str,
    legal_form: str | None = None,
    country: str | None = None,
    *,
    learned: bool = True,
) -> Classification:
    """The helix sector of an organisation from its name (and legal form, if known).

    Parameters
    ----------
    name : str
        The name as written, in any of the supported languages, in any grammatical case,
        with or without diacritics.
    legal_form : str, optional
        A separate legal-form field (``"GmbH"``, ``"d.o.o."``), appended to the name.
    country : str, optional
        ISO code of the organisation's country, a feature of the learned guess.
    learned : bool, default True
        Where no rule fires, let a place name or the learned model place the name (both
        weak, sent to review): a name that is only a town's or village's name in the given
        country is its municipality (:data:`PLACE_NAME`), else the model may guess
        (:data:`GUESSED`).

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
    >>> classify("Silver Lining").sector
    'unknown'
    >>> classify("Quickvane", country="GB").rationale
    "a brand-like name: a coined word, read as a firm ('Quickvane')"
    >>> classify("Solaris Energia", country="IT").rationale
    "guessed from similar names ('Solaris + Energia'), confidence 0.70"
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
    return _guessed(written, country) if learned else _NOT_PLACED


# A brand's shape (a digit, '&', a web domain, a capital inside a word: "Solar4U", "BayWa",
# "Agro&Co") is no place's name, even where the letters spell one.
_BRAND_SHAPE = re.compile(r"\d|&|\.(?:com|eu|net|org)\b|[a-z][A-Z]")
# Initials (three letters or more, hyphened parts allowed: "IHAR-PIB"), then a town.
_INITIALS_AND_TOWN = re.compile(r"(?P<initials>\w{3,}(?:-\w{2,})*) (?P<town>.+)")


# A brand's word as written: title case ("Picvisa"), or CamelCase ("AutoStore"); a word in
# capitals is initials as often as a brand, so it is left out (on the gold names it is a firm
# in 4 of 21).
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")


def _coined(word: str) -> bool:
    """Whether a word is made up: four letters or more, no common word of any language the
    vocabulary has (common given names included) and no European place's name."""
    return len(word) >= 4 and not is_common_word(word) and not _place_countries(word)


def _brand_like(name: str, country: str | None) -> str | None:
    """The coined word of a name of a brand's shape (:data:`BRAND_SHAPE`), or None: one or two
    words of letters in title case or CamelCase, one of them coined. Not where the country's
    language has no vocabulary to tell coined words from common ones (Estonian)."""
    if country and country.upper() in NO_VOCABULARY:
        return None
    words = [w for w in re.split(r"[\s\-–]+", name) if w]
    if not 1 <= len(words) <= 2 or not all(
        w.isalpha() and (w.istitle() or _CAMEL.fullmatch(w)) for w in words
    ):
        return None
    return next((w for w in words if _coined(w)), None)


def _guessed(written: str, country: str | None) -> Classification:
    """A name no rule placed: a place's municipality, else the learned model's guess, else
    a brand's shape (a firm), else initials with a town (a university or institute), else
    unknown."""
    name = written.strip()
    if country and not _BRAND_SHAPE.search(name) and country.upper() in _place_countries(name):
        return Classification("government", "municipality", 0.5, PLACE_NAME, name)
    guess = shipped_model().guess(written, country)
    if guess is not None:
        return Classification(
            guess.sector, "other", round(guess.probability, 2), GUESSED, " + ".join(guess.cues)
        )
    # After the model, which knows more where it is sure; below every rule and place reading.
    coined = _brand_like(name, country)
    if coined:
        return Classification("industry", "company", 0.45, BRAND_SHAPE, coined)
    # After the model: on the earlier rounds it is right more often where both speak.
    initials = _INITIALS_AND_TOWN.fullmatch(name)
    if (
        country
        and initials
        and initials["initials"].isupper()
        and country.upper() in _place_countries(initials["town"])
    ):
        return Classification(
            "academia", "university", 0.5, INITIALS_AND_TOWN, initials["initials"]
        )
    return _NOT_PLACED


# Values people write in a sector column, and CORDIS activityType codes.
_SECTOR_WORDS: dict[str, str] = dict(_CUES["sector_words"])
# Values that say only "something else": the name decides, the value is the fallback.
_GENERIC = set(_CUES["generic"])

# Interreg's own partner types (keep.eu, eMS, Jems), by how their names begin.
_PARTNER_TYPES = [(prefix, sector) for prefix, sector in _CUES["partner_types"]]

# The model's organisation kinds, as evidence for a sector ("other" says nothing).
_KIND_SECTORS: dict[str, str] = dict(_CUES["kind_sectors"])


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
    name: str,
    given: str | None = None,
    legal_form: str | None = None,
    kind: str | None = None,
    country: str | None = None,
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
        One of the model's organisation kinds, used when no sector is given and no rule
        places the name (before the learned guess).
    country : str, optional
        ISO code of the organisation's country, for the learned guess.

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
            guess = classify(name, legal_form, country)
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
    guess = classify(name, legal_form, country, learned=False)
    if guess.placed:
        return guess
    if kind and sector_from_kind(kind):
        return Classification(
            sector_from_kind(kind),
            _plain(kind).replace(" ", "_"),
            0.8,
            f"kind given in the data ('{kind}')",
        )
    written = " " + " ".join(filter(None, [name.strip(), (legal_form or "").strip()])) + " "
    return _guessed(written, country)
