"""Helix classifier: one rule per language and case, unknown names to review, importers with unknown.

The organisation names below are made up for the tests (in the forms real partner lists use:
inflected, without diacritics, with legal forms); the real names are in bench/gold.
"""

from __future__ import annotations

import pytest

# pytest puts this folder on the import path: the CORDIS layout is written by one helper
from test_cordis import PROJECTS, org_row, write_zip

from helix_graph.analysis import analyze
from helix_graph.ingest.classify import (
    BRAND_SHAPE,
    INITIALS_AND_TOWN,
    PLACE_NAME,
    UNKNOWN,
    classify,
    sector_for,
    sector_from_kind,
    sector_from_text,
)
from helix_graph.ingest.cordis import read_cordis
from helix_graph.ingest.countries import country_code, find_country
from helix_graph.ingest.tabular import read_mapping, read_table
from helix_graph.load import graph_counts, load_dataset


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # sl
        ("Občina Zgornja Loka", "government", "municipality ('Občina')"),
        ("Mestne občine Novo Polje", "government", "municipality ('Mestne občine')"),
        ("Obcina Spodnja Reka", "government", "municipality ('Obcina')"),
        ("Univerzi v Zgornji Loki", "academia", "university ('Univerzi')"),
        (
            "Razvojna agencija Zgornje Savinje",
            "government",
            "development or public agency ('Razvojna agencija')",
        ),
        ("Zavod za gozdove in turizem Loka", "government", "public institute ('Zavod za')"),
        # a society of winegrowers is a producers' association (industry), by the convention
        (
            "Društvo vinogradnikov Hrib",
            "industry",
            "business association ('Društvo + vinogradnikov')",
        ),
        ("LAS Med hribi", "civil_society", "local action group ('LAS')"),
        (
            "Tehnološki park Novo Polje d.o.o.",
            "industry",
            "science park or incubator ('Tehnološki park')",
        ),
        ("Javno podjetje Komunala Loka d.o.o.", "government", "public company ('Javno podjetje')"),
        ("Sončni kolektorji d.o.o.", "industry", "company legal form ('d.o.o.')"),
        ("Institut za fiziko trdne snovi", "academia", "institute ('Institut')"),
        (
            "Skupnost občin Zgornje doline",
            "government",
            "association of local authorities ('Skupnost občin')",
        ),
        (
            "Univerza za tretje življenjsko obdobje Loka",
            "civil_society",
            "third-age university ('življenjsko obdobje')",
        ),
        (
            "Agencija za raziskovalno dejavnost Loke",
            "government",
            "research funder ('Agencija za raziskovalno')",
        ),
        # en
        ("Borough of Greenfield", "government", "municipality ('Borough')"),
        ("Northvale County Council", "government", "municipality ('County Council')"),
        (
            "Greenfield Regional Development Agency",
            "government",
            "development or public agency ('Regional Development')",
        ),
        ("Chamber of Commerce of the Northern Hills", "industry", "chamber ('Chamber')"),
        (
            "Hillside Local Action Group",
            "civil_society",
            "local action group ('Local Action Group')",
        ),
        ("Greenfield General Hospital", "government", "hospital or health service ('Hospital')"),
        ("Northvale Woodland Trust", "civil_society", "foundation ('Trust')"),
        # lv
        ("Kalnu novada pašvaldība", "government", "municipality ('pašvaldība')"),
        ("Kalnu novada pasvaldibas", "government", "municipality ('pasvaldibas')"),
        ("Biedrība Zaļā ieleja", "civil_society", "association or NGO ('Biedrība')"),
        ("SIA Koka mājas", "industry", "company legal form ('SIA')"),
        ("Kalnu Tehniskā universitāte", "academia", "university ('universitāte')"),
        ("Biedrība Lauku partnerība Kalni", "civil_society", "local action group ('partnerība')"),
        # lt
        ("Kalnų rajono savivaldybės administracija", "government", "municipality ('savivaldybės')"),
        ("UAB Medžio langai", "industry", "company legal form ('UAB')"),
        ("Kalnų kolegija", "academia", "university ('kolegija')"),
        (
            "Kalnų rajono vietos veiklos grupė",
            "civil_society",
            "local action group ('vietos veiklos grupė')",
        ),
        # et
        ("Metsa vald", "government", "municipality ('vald')"),
        ("Metsaküla Ülikool", "academia", "university ('Ülikool')"),
        ("MTÜ Järve Kogu", "civil_society", "association or NGO ('MTÜ')"),
        ("Puidutööd OÜ", "industry", "company legal form ('OÜ')"),
        ("Metsa Keskkonnaamet", "government", "ministry or state body ('Keskkonnaamet')"),
        # hr / bs / sr
        ("Grad Novi Brijeg", "government", "municipality ('Grad')"),
        ("Općina Gornje Polje", "government", "municipality ('Općina')"),
        ("Opstina Donje Polje", "government", "municipality ('Opstina')"),
        ("Sveučilište u Novom Brijegu", "academia", "university ('Sveučilište')"),
        ("Sveucilista u Novom Brijegu", "academia", "university ('Sveucilista')"),
        ("Udruga za zaštitu rijeke", "civil_society", "association or NGO ('Udruga')"),
        (
            "Udruženje građana Naše selo",
            "civil_society",
            "citizens' association ('Udruženje građana')",
        ),
        ("Brijeg-Sunce d.o.o.", "industry", "company legal form ('d.o.o.')"),
        ("Osnovna škola Ivana Brijega", "academia", "school ('škola')"),
        (
            "Turistička zajednica grada Brijega",
            "government",
            "tourist board ('Turistička zajednica')",
        ),
        (
            "Udruga malih poduzetnika Brijeg",
            "industry",
            "business association ('Udruga + poduzetnika')",
        ),
        ("Hrvatska obrtnička komora Brijeg", "industry", "chamber ('komora')"),
        # de
        ("Marktgemeinde Oberwald", "government", "municipality ('Marktgemeinde')"),
        ("Hochschule für Forstwirtschaft Oberwald", "academia", "university ('Hochschule')"),
        ("Fraunhofer-Institut für Waldsysteme", "academia", "research centre ('Fraunhofer')"),
        ("Heimatverein Oberwald e.V.", "civil_society", "association or NGO ('Heimatverein')"),
        ("Bürgerstiftung Oberwald", "civil_society", "foundation ('Bürgerstiftung')"),
        ("Stadtwerke Oberwald GmbH", "government", "public company ('Stadtwerke')"),
        ("Handwerkskammer Oberwald", "industry", "chamber ('Handwerkskammer')"),
        (
            "Energieagentur Oberwald GmbH",
            "government",
            "development or public agency ('Energieagentur')",
        ),
        ("Werbeagentur Sonnig GmbH", "industry", "private agency ('Werbeagentur')"),
        ("Institut für Marktstudien Sonnig GmbH", "industry", "company legal form ('GmbH')"),
        ("Landkreis Oberwald", "government", "region ('Landkreis')"),
        # it
        ("Comune di Collina", "government", "municipality ('Comune')"),
        ("Fondazione Valle Verde", "civil_society", "foundation ('Fondazione')"),
        ("Legno Fine S.r.l.", "industry", "company legal form ('S.r.l.')"),
        ("Marmi Bianchi S.p.A.", "industry", "company legal form ('S.p.A.')"),
        ("GAL Valli Alte", "civil_society", "local action group ('GAL')"),
        ("Camera di Commercio di Collina", "industry", "chamber ('Camera di Commercio')"),
        (
            "Cooperativa sociale Il Ponte",
            "civil_society",
            "social cooperative or enterprise ('Cooperativa sociale')",
        ),
        (
            "Unione montana dei comuni della Valle",
            "government",
            "association of local authorities ('Unione montana dei comuni')",
        ),
        # hu
        ("Dombvár Város Önkormányzata", "government", "municipality ('Város')"),
        ("Dombvári Egyetem", "academia", "university ('Egyetem')"),
        ("Zöld Völgy Egyesület", "civil_society", "association or NGO ('Egyesület')"),
        (
            "Dombvári Fejlesztési Ügynökség Nonprofit Kft.",
            "government",
            "development or public agency ('Ügynökség + Fejlesztési')",
        ),
        ("Napfény Kft.", "industry", "company legal form ('Kft')"),
        # pl
        ("Gmina Zielony Las", "government", "municipality ('Gmina')"),
        ("Urząd Marszałkowski Województwa Górskiego", "government", "region ('Marszałkowski')"),
        ("Politechnika Górska", "academia", "university ('Politechnika')"),
        (
            "Stowarzyszenie Przyjaciół Lasu",
            "civil_society",
            "association or NGO ('Stowarzyszenie')",
        ),
        ("Meble Leśne Sp. z o.o.", "industry", "company legal form ('Sp. z o.o.')"),
        ("Uniwersytet Górski w Zielonym Lesie", "academia", "university ('Uniwersytet')"),
        # fr
        ("Mairie de Vallon", "government", "municipality ('Mairie')"),
        (
            "Communauté de communes du Haut-Vallon",
            "government",
            "association of local authorities ('Communauté de communes')",
        ),
        ("Université du Haut-Vallon", "academia", "university ('Université')"),
        ("Lycée agricole du Vallon", "academia", "school ('Lycée')"),
        ("Chambre de commerce et d'industrie du Vallon", "industry", "chamber ('Chambre de')"),
        ("Bois du Vallon SARL", "industry", "company legal form ('SARL')"),
        ("Association des amis du Vallon", "civil_society", "association or NGO ('Association')"),
    ],
)
def test_rules(name, sector, rationale):
    result = classify(name)
    assert (result.sector, result.rationale) == (sector, rationale)
    assert result.placed and 0 < result.confidence <= 1


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # an EGTC written out in its own language: Europe + territorial + cooperation
        (
            "Gruppo europeo di cooperazione territoriale Valle Verde",
            "government",
            "association of local authorities ('europeo + territoriale + cooperazione')",
        ),
        (
            "Europäischer Verbund für territoriale Zusammenarbeit Hügelland",
            "government",
            "association of local authorities ('Europäischer + territoriale + Zusammenarbeit')",
        ),
        # adjectives of government, and 'non-governmental' kept apart
        (
            "Servizio governativo per le valli",
            "government",
            "ministry or state body ('governativo')",
        ),
        (
            "Vladna služba za gorske doline",
            "government",
            "ministry or state body ('Vladna služba')",
        ),
        (
            "Non-governmental organisation Green Valley",
            "civil_society",
            "association or NGO ('Non-governmental')",
        ),
        # a development institute is a public body; Hungarian köz- compounds are public bodies
        (
            "Völgyi Fejlesztési Intézet",
            "government",
            "development institute ('Intézet + Fejlesztési')",
        ),
        ("Hegyvidéki Közintézet", "government", "public institute ('Közintézet')"),
        # Latvian and Lithuanian nominatives of loan words
        ("Zaļās ielejas forums", "civil_society", "association or NGO ('forums')"),
        ("Kalnų klubas Viršūnė", "civil_society", "association or NGO ('klubas')"),
        ("Western Valley Partnership", "civil_society", "association or NGO ('Partnership')"),
        # stacked adjectives before a culture centre
        (
            "Kulturno športni rekreacijski center Dolina",
            "government",
            "museum or cultural institution ('Kulturno športni rekreacijski center')",
        ),
        # legal forms, abbreviated and written out
        ("Valley Logistics JSC", "industry", "company legal form ('JSC')"),
        ("Orų Pasaulis, AB", "industry", "company legal form ('AB')"),
        ("Orgaaniline Mets AS", "industry", "company legal form ('AS')"),
        ("Mlin Dolina a.d.", "industry", "company legal form ('a.d.')"),
        (
            "Bergbau UG (haftungsbeschränkt)",
            "industry",
            "company legal form ('UG (haftungsbeschränkt')",
        ),
        ("Osaühing Rohemaa", "industry", "company legal form ('Osaühing')"),
        ("Aktsiaselts Kalasadam", "industry", "company legal form ('Aktsiaselts')"),
        ("Eesti Rohumaade Selts", "civil_society", "association or NGO ('Selts')"),
        (
            "Sabiedrība ar ierobežotu atbildību Zaļais Koks",
            "industry",
            "company legal form ('Sabiedrība ar ierobežotu atbildību')",
        ),
        (
            "Uždaroji akcinė bendrovė Girios medis",
            "industry",
            "company legal form ('Uždaroji akcinė bendrovė')",
        ),
        ("Cantina Valle Società Agricola", "industry", "company legal form ('Società Agricola')"),
        ("Orto Verde Soc. Coop.", "industry", "company legal form ('Soc. Coop.')"),
        # public companies and public institutions by legal form
        ("Valstybės įmonė Miško keliai", "government", "public company ('Valstybės įmonė')"),
        (
            "Société d'économie mixte du Vallon",
            "government",
            "public company ('Société d'économie mixte')",
        ),
        (
            "Consorzio di bonifica Valle Verde",
            "government",
            "public company ('Consorzio di bonifica')",
        ),
        ("Wasserwerk Hügelland AöR", "government", "public company ('AöR')"),
        ("VšĮ Jaunimo erdvė", "civil_society", "non-profit public institution ('VšĮ')"),
        ("Riigimetsa Haldamise Keskus", "government", "ministry or state body ('Riigimetsa')"),
        ("Direkcija za ceste Doline", "government", "ministry or state body ('Direkcija')"),
        # 'institute' before a capital AS that is an academy, not a company
        ("Institute of Soil Biology AS", "academia", "institute ('Institute')"),
        # farms are firms
        ("Zemnieku saimniecība „Ābeles”", "industry", "farm ('Zemnieku saimniecība')"),
        ("Z/S „Liepas”", "industry", "farm ('Z/S')"),
        ("Turistična kmetija Pri Lipi", "industry", "farm ('kmetija')"),
        ("OPG Zeleni Brijeg", "industry", "farm ('OPG')"),
        # head noun last: an association or foundation named after a university
        (
            "Kalnu Universitātes studentu biedrība „Zvaigzne”",
            "civil_society",
            "association or foundation of a university ('Universitātes + biedrība')",
        ),
        (
            "Northern University Alumni Foundation",
            "civil_society",
            "association or foundation of a university ('University + Foundation')",
        ),
        ("Universitātes biedrība kopā", "academia", "university ('Universitātes')"),
        # producers' and farmers' associations represent firms
        ("Ogu audzētāju biedrība", "industry", "business association ('biedrība + audzētāju')"),
        ("Saaremaa Talupidajate Liit", "industry", "business association ('Liit + Talupidajate')"),
        # local democracy agencies are NGOs, whatever 'agency' says
        (
            "Agenzia della Democrazia Locale di Valle Verde",
            "civil_society",
            "local democracy agency ('Agenzia della Democrazia Locale')",
        ),
        # Czech and Slovak micro-regions, associations, institutes, research
        (
            "Mikroregion Horní Údolí",
            "government",
            "association of local authorities ('Mikroregion')",
        ),
        ("Sdružení Zelené údolí", "civil_society", "association or NGO ('Sdružení')"),
        ("Výskumný ústav lúk", "academia", "research centre ('Výskumný')"),
        ("Historickým ústavom", "academia", "institute ('ústavom')"),
        # Latvian 'pārvalde', Estonian 'ameti' (genitive), German 'Kreis' and 'Landesbetrieb'
        ("Meža pārvalde", "government", "ministry or state body ('pārvalde')"),
        ("Maaameti", "government", "ministry or state body ('Maaameti')"),
        ("Kreis Hügelland", "government", "region ('Kreis')"),
        ("Freundeskreis Hügelland", "civil_society", "association or NGO ('Freundeskreis')"),
        ("Landesbetrieb Straßen Hügelland", "government", "public company ('Landesbetrieb')"),
        # intergovernmental bodies; tourist information centres
        (
            "Plateforme intergouvernementale des vallées",
            "government",
            "ministry or state body ('intergouvernementale')",
        ),
        (
            "Kalnų turizmo ir verslo informacijos centras",
            "government",
            "tourist board ('turizmo ir verslo informacijos centras')",
        ),
        # Italian 'Ateneo'; French 'laboratoire'; science parks before research words
        ("Centro di Ateneo per le valli", "academia", "university ('Ateneo')"),
        ("Laboratoire des vallées", "academia", "research centre ('Laboratoire')"),
        (
            "Parco Scientifico e Tecnologico Valle Verde",
            "industry",
            "science park or incubator ('Parco Scientifico')",
        ),
        # Hungarian charity services; e.V. only as its own token
        (
            "Hegyvidéki Szeretetszolgálat",
            "civil_society",
            "association or NGO ('Szeretetszolgálat')",
        ),
        ('SIA "K.E.V"', "industry", "company legal form ('SIA')"),
    ],
)
def test_rules_for_the_classes_the_blind_rounds_missed(name, sector, rationale):
    result = classify(name)
    assert result.sector == sector
    assert result.rationale == (rationale or result.rationale)
    assert (result.review_note is None) == (rationale is not None and result.confidence >= 0.6)


@pytest.mark.parametrize(
    ("name", "sector", "rationale", "reviewed"),
    [
        # parks named by a compound, and park words written head-first (pl, lt)
        ("Naturpark Hügelland", "government", "park authority ('Naturpark')", False),
        ("Biosphärenpark Talgau", "government", "park authority ('Biosphärenpark')", False),
        (
            "Park Krajobrazowy Doliny Rzeki",
            "government",
            "park authority ('Park Krajobrazowy')",
            False,
        ),
        ("Regioninis parkas Upė", "government", "park authority ('Regioninis parkas')", False),
        # the Slovene and German words for a federal state
        ("Dežela Štajerska", "government", "region ('Dežela')", False),
        ("Land Tirol", "government", "region ('Land Tirol')", False),
        ("Land of Lakes Association", "civil_society", "association or NGO ('Association')", False),
        # English 'Society', Hungarian and Polish association words, compounds
        ("Forest Society of the Valley", "civil_society", "association or NGO ('Society')", False),
        (
            "Sportegyesület Hegyalja",
            "civil_society",
            "association or NGO ('Sportegyesület')",
            False,
        ),
        ("Magyar Horgász Szövetség", "civil_society", "association or NGO ('Szövetség')", False),
        (
            "Sabiedrība ar ierobežotu atbildību Koks",
            "industry",
            "company legal form ('Sabiedrība ar ierobežotu atbildību')",
            False,
        ),
        # economic promotion bodies and public funds, even as a GmbH
        (
            "Wirtschaftsförderung Region Talberg GmbH",
            "government",
            "economic promotion body or public fund ('Wirtschaftsförderung')",
            False,
        ),
        (
            "Regionalni razvojni sklad Dolina",
            "government",
            "economic promotion body or public fund ('razvojni sklad')",
            False,
        ),
        (
            "Investitionsbank Talland",
            "government",
            "economic promotion body or public fund ('Investitionsbank')",
            False,
        ),
        # a place's tourism organisation with a company form: public, but checked
        ("Alpental Tourismus GmbH", "government", "tourism organisation ('Tourismus')", True),
        ("Turizem Podgora", "government", "tourism organisation ('Turizem')", True),
        ("Zavod za turizem Podgora", "government", "public institute ('Zavod za')", False),
        # public companies of municipalities
        ("Komunala Brezovo d.o.o.", "government", "public company ('Komunala')", False),
        ("JKP Gradsko zelenilo", "government", "public company ('JKP')", False),
        ("Stadtwerke Talheim GmbH", "government", "public company ('Stadtwerke')", False),
        (
            "Miejskie Przedsiębiorstwo Wodociągów w Dolinie",
            "government",
            "public company ('Miejskie Przedsiębiorstwo')",
            False,
        ),
        (
            "Városgazdálkodási Nonprofit Kft.",
            "government",
            "public company ('Városgazdálkodási')",
            False,
        ),
        # civil-society networks known by their own name, volunteer fire brigades, parishes
        ("WWF Talland", "civil_society", "association or NGO ('WWF')", False),
        ("Legambiente Valle", "civil_society", "association or NGO ('Legambiente')", False),
        (
            "Ochotnicza Straż Pożarna w Borku",
            "civil_society",
            "volunteer fire brigade or rescue group ('Ochotnicza Straż')",
            False,
        ),
        (
            "Parrocchia di San Rocco",
            "civil_society",
            "church or religious body ('Parrocchia')",
            False,
        ),
        (
            "Humanitarna organizacija Most",
            "civil_society",
            "association or NGO ('Humanitarna')",
            False,
        ),
        (
            "Centar lokalne demokratije Dolina",
            "civil_society",
            "local democracy agency ('Centar lokalne demokratije')",
            False,
        ),
        # compounds in hu, et, de for culture, health, chambers, state bodies
        (
            "Városi Könyvtár Hegyalja",
            "government",
            "museum or cultural institution ('Könyvtár')",
            False,
        ),
        ("Tartu Keskhaigla", "government", "hospital or health service ('Keskhaigla')", False),
        ("Iparkamara Hegyalja", "industry", "chamber ('Iparkamara')", False),
        (
            "Landesverwaltung Talland",
            "government",
            "ministry or state body ('Landesverwaltung')",
            False,
        ),
        ("Nadleśnictwo Borki", "government", "ministry or state body ('Nadleśnictwo')", False),
        ("Ured za mlade Vlade Republike", "government", "ministry ('Ured za mlade Vlade')", False),
        (
            "Državna geodetska uprava",
            "government",
            "ministry or state body ('Državna geodetska uprava')",
            False,
        ),
        ("Budapest Főváros XXIV. Kerület", "government", "municipality ('Főváros')", False),
        ("Valmiera apriņķa padome", "government", "region ('apriņķa')", False),
        (
            "Center za socialno delo Savinja",
            "government",
            "public social service ('Center za socialno delo')",
            False,
        ),
        ("OŠ Janka Kersnika", "academia", "school ('OŠ')", False),
        ("Moksliniu tyrimu centras", "academia", "research centre ('tyrimu')", False),
        # clusters and poles of firms
        (
            "Pôle de compétitivité Vallée Verte",
            "industry",
            "business association ('Pôle de compétitivité')",
            False,
        ),
        ("Klaszter Hegyalja", "industry", "business association ('Klaszter')", False),
        # companies: legal forms (Austrian, Bulgarian, British), company words, trade words
        ("Alpenblick Ges.m.b.H.", "industry", "company legal form ('Ges.m.b.H.')", False),
        ("Mountain Advisory LLP", "industry", "company legal form ('LLP')", False),
        ("Fabryka Mebli Borki", "industry", "company word ('Fabryka')", False),
        ("Nordtal Pank", "industry", "company word ('Pank')", False),
        ("Alpine Holding", "industry", "company word ('Holding')", False),
        ("Nordlicht Labs", "industry", "trade or business word ('Labs')", True),
        ("Vinarija Brežina", "industry", "trade or business word ('Vinarija')", True),
        (
            "Consorzio Tutela Formaggio Valle",
            "industry",
            "trade or business word ('Consorzio')",
            True,
        ),
        ("Mäe talu", "industry", "farm ('talu')", False),
        # English public body words, after every company cue
        (
            "Northern Maritime Administration",
            "government",
            "public body word ('Administration')",
            True,
        ),
        ("National Board of Youth Affairs", "government", "public body word ('Board of')", True),
        ("Lakeside Office Ltd", "industry", "company legal form ('Ltd')", False),
        # still nothing to go on: unknown, never industry
        (
            "Silver Lining",
            "unknown",
            "no sector word, organisation type or legal form recognised in the name",
            True,
        ),
        (
            "Important Matters",
            "unknown",
            "no sector word, organisation type or legal form recognised in the name",
            True,
        ),
    ],
)
def test_rules_for_the_classes_the_sixth_and_seventh_rounds_missed(
    name, sector, rationale, reviewed
):
    result = classify(name)
    assert (result.sector, result.rationale) == (sector, rationale)
    assert (result.review_note is not None) == reviewed


@pytest.mark.parametrize(
    ("name", "sector", "rationale", "reviewed"),
    [
        # schools in the other languages partner lists bring (pt, ro, pl, no, tr)
        ("Escola Básica do Vale Verde", "academia", "school ('Escola')", False),
        ("Externato São Tiago", "academia", "school ('Externato')", False),
        ("Colegiul Tehnic Valea Mare", "academia", "school ('Colegiul')", False),
        ("Liceul Teoretic Dealu Verde", "academia", "school ('Liceul')", False),
        ("II Liceum Ogólnokształcące w Górce", "academia", "school ('Liceum')", False),
        ("Zespół Szkół Rolniczych w Górce", "academia", "school ('Szkół')", False),
        ("Sjøvik vidaregåande skule", "academia", "school ('vidaregåande')", False),
        ("Yeşilköy Anadolu Lisesi", "academia", "school ('Lisesi')", False),
        ("Kuzey Ortaokulu", "academia", "school ('Ortaokulu')", False),
        # Nordic study associations carry 'university' but are associations
        (
            "Folkuniversitetet i Norrby",
            "civil_society",
            "adult education association ('Folkuniversitetet')",
            False,
        ),
        (
            "Folkeoplysningsforbund Vestby",
            "civil_society",
            "adult education association ('Folkeoplysningsforbund')",
            False,
        ),
        # association and foundation words in ca, ro and the Nordic languages
        (
            "Associació Cultural Riu Blau",
            "civil_society",
            "association or NGO ('Associació')",
            False,
        ),
        (
            "Asociația Tinerilor din Valea Mare",
            "civil_society",
            "association or NGO ('Asociația')",
            False,
        ),
        (
            "Idrætsforeningen Nordby",
            "civil_society",
            "association or NGO ('Idrætsforeningen')",
            False,
        ),
        ("Fundació Mar i Muntanya", "civil_society", "foundation ('Fundació')", False),
        # self-governments of national minorities are public bodies
        (
            "Comunità autogestita della nazionalità italiana di Valbella",
            "government",
            "minority self-government ('Comunità autogestita')",
            False,
        ),
        (
            "Obalna samoupravna narodna skupnost Morje",
            "government",
            "minority self-government ('samoupravna narodna skupnost')",
            False,
        ),
        (
            "Vijeće srpske nacionalne manjine Grada Zelengrada",
            "government",
            "minority self-government ('Vijeće srpske nacionalne manjine')",
            False,
        ),
        (
            "Dombvári Német Nemzetiségi Önkormányzat",
            "government",
            "minority self-government ('Nemzetiségi Önkormányzat')",
            False,
        ),
        # chambers: Italian crafts chambers, French plural, German crafts bodies, AHK
        (
            "Camera dell'artigianato di Valbella",
            "industry",
            "chamber ('Camera dell'artigianato')",
            False,
        ),
        (
            "Assemblée des chambres d'agriculture du Plateau",
            "industry",
            "chamber ('chambres d'agriculture')",
            False,
        ),
        ("AHK Nordland", "industry", "chamber ('AHK')", False),
        ("Kreishandwerkerschaft Talstadt", "industry", "chamber ('Kreishandwerkerschaft')", False),
        ("Bäcker-Innung Talstadt", "industry", "chamber ('Innung')", False),
        # a tourism organisation by that word (sl, sr/hr, en)
        (
            "Turistična organizacija Zelena dolina",
            "government",
            "tourist board ('Turistična organizacija')",
            False,
        ),
        (
            "Turistička organizacija opštine Zelengrad",
            "government",
            "tourist board ('Turistička organizacija')",
            False,
        ),
        # local government words: French intercommunality, Estonian councils, Polish 'municipal'
        ("Valbelle Communauté", "government", "municipality ('Communauté')", False),
        ("Järveküla Vallavolikogu", "government", "municipality ('Vallavolikogu')", False),
        ("Miejski Ośrodek Sportu w Górce", "government", "municipality ('Miejski')", False),
        (
            "Regionalverein Hügelland",
            "government",
            "association of local authorities ('Regionalverein')",
            False,
        ),
        # German federal and Land institutes, Hungarian armed forces
        (
            "Bundesanstalt für Bodenkunde",
            "government",
            "ministry or state body ('Bundesanstalt')",
            False,
        ),
        (
            "Magyar Honvédség Dombvári Ezrede",
            "government",
            "ministry or state body ('Honvédség')",
            False,
        ),
        # 'gyár' (factory) is a company word, 'Magyar' (Hungarian) is not
        ("Dombvári Konzervgyár", "industry", "company word ('Konzervgyár')", False),
        (
            "Magyar Népdal",
            "unknown",
            "no sector word, organisation type or legal form recognised in the name",
            True,
        ),
        # bank words in fr/it; spa resorts, hubs and crafts as weak trade words
        ("Crédit Rural du Plateau", "industry", "company word ('Crédit')", False),
        ("Terme Zelena dolina", "industry", "trade or business word ('Terme')", True),
        ("Bergtherme Talheim", "industry", "trade or business word ('Bergtherme')", True),
        ("Nordvale Digital Hub", "industry", "trade or business word ('Hub')", True),
        (
            "Zentrum für das Handwerk Talheim",
            "industry",
            "trade or business word ('Handwerk')",
            True,
        ),
    ],
)
def test_rules_for_the_classes_the_eighth_round_missed(name, sector, rationale, reviewed):
    result = classify(name)
    assert (result.sector, result.rationale) == (sector, rationale)
    assert (result.review_note is not None) == reviewed


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # schools and training centres (hu, sk/cs, pl, lv, lt, et, it)
        ("Dombvári Gimnázium", "academia", "school ('Gimnázium')"),
        ("Gymnázium Kopanice", "academia", "school ('Gymnázium')"),
        ("Gimnazjum nr 2 w Górce", "academia", "school ('Gimnazjum')"),
        ("Kalnciema tehnikums", "academia", "school ('tehnikums')"),
        (
            "Kalnciema pirmsskolas izglītības iestāde",
            "academia",
            "school ('pirmsskolas izglītības iestāde')",
        ),
        ("Upytės progimnazija", "academia", "school ('progimnazija')"),
        ("Upytės profesinio rengimo centras", "academia", "school ('profesinio rengimo centras')"),
        ("Järveküla Lasteaed", "academia", "school ('Lasteaed')"),
        ("Dombvári Óvoda", "academia", "school ('Óvoda')"),
        ("Dombvári Szakképzési Centrum", "academia", "school ('Szakképzési Centrum')"),
        (
            "Centro di Formazione Professionale Valbella",
            "academia",
            "school ('Formazione Professionale')",
        ),
        # public bodies: school districts and offices, a development council, state forests
        (
            "Dombvári Tankerületi Központ",
            "government",
            "ministry or state body ('Tankerületi Központ')",
        ),
        (
            "Ufficio scolastico regionale di Valbella",
            "government",
            "ministry or state body ('Ufficio scolastico')",
        ),
        (
            "Maison de l'emploi du Plateau",
            "government",
            "ministry or state body ('Maison de l'emploi')",
        ),
        (
            "Upytės regiono plėtros taryba",
            "government",
            "development or public agency ('regiono plėtros taryba')",
        ),
        ("Niedersächsische Landesforsten", "government", "public company ('Landesforsten')"),
        ("ARPA Valbella", "government", "public agency ('ARPA')"),
        ("Správa CHKO Kopanice", "government", "park authority ('CHKO')"),
        ("Nemocnica Kopanice", "government", "hospital or health service ('Nemocnica')"),
        # French groupings of communes
        ("Pays du Plateau Vert", "government", "association of local authorities ('Pays')"),
        (
            "Pôle métropolitain du Plateau",
            "government",
            "association of local authorities ('Pôle métropolitain')",
        ),
        # culture and youth houses, ecomuseums, media libraries
        ("Järveküla Rahvamaja", "government", "museum or cultural institution ('Rahvamaja')"),
        (
            "Dombvári Művelődési Ház",
            "government",
            "museum or cultural institution ('Művelődési Ház')",
        ),
        ("Ecomuseo della Valle Verde", "government", "museum or cultural institution ('Ecomuseo')"),
        ("Médiathèque du Plateau", "government", "museum or cultural institution ('Médiathèque')"),
        (
            "Mladinski center Hrib",
            "government",
            "museum or cultural institution ('Mladinski center')",
        ),
        # associations: Czech and Slovak legal forms, clubs, youth rings, nature leagues, churches
        ("Přátelé Kopanic z.s.", "civil_society", "association or NGO ('z.s.')"),
        ("Partnerstvo pre Dolinu o. z.", "civil_society", "association or NGO ('o. z.')"),
        ("Circolo culturale Valbella", "civil_society", "association or NGO ('Circolo')"),
        ("Kreisjugendring Talstadt", "civil_society", "association or NGO ('Kreisjugendring')"),
        ("Bund Naturschutz Talstadt", "civil_society", "association or NGO ('Bund Naturschutz')"),
        ("Mission locale du Plateau", "civil_society", "association or NGO ('Mission locale')"),
        ("Diakonie Talstadt", "civil_society", "church or religious body ('Diakonie')"),
        # farmers', entrepreneurs' and machinery bodies are firms' bodies
        ("Bauernverband Talstadt", "industry", "business association ('Bauernverband')"),
        ("Związek Rolników Górki", "industry", "business association ('Związek + Rolników')"),
        ("Podnikatelé Kopanic z.s.", "industry", "business association ('z.s. + Podnikatelé')"),
        ("Maschinenring Talstadt", "industry", "cooperative ('Maschinenring')"),
        ("Polo Tecnologico Valbella", "industry", "science park or incubator ('Polo Tecnologico')"),
        ("Hillside Business Park", "industry", "science park or incubator ('Business Park')"),
        ("Cantina Valbella", "industry", "trade or business word ('Cantina')"),
    ],
)
def test_organisation_types_in_each_language(name, sector, rationale):
    result = classify(name)
    assert (result.sector, result.rationale) == (sector, rationale)


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # tourist boards and offices known by acronym (lv/lt, hr, it)
        ("Kalnciema TIC", "government", "tourist board ('TIC')"),
        ("TZ Brdovec", "government", "tourist board ('TZ')"),
        ("APT Valle Verde", "government", "tourist board ('APT')"),
        # Nordic public bodies and schools
        (
            "Norrdalens förbund",
            "government",
            "association of local authorities ('förbund')",
        ),
        ("Länsstyrelsen i Norrdal", "government", "ministry or state body ('Länsstyrelsen')"),
        ("Fjordby kommune", "government", "municipality ('kommune')"),
        ("Yrkeshögskolan Norrdal", "academia", "school ('Yrkeshögskolan')"),
        ("Högskolan i Norrdal", "academia", "university ('Högskolan')"),
        ("Norrdalens Idrottsförbundet", "civil_society", "association or NGO ('Idrottsförbundet')"),
        ("Kulturens Vänner i Norrdal", "civil_society", "association or NGO ('Vänner')"),
        ("Kotikylän yhdistys", "civil_society", "association or NGO ('yhdistys')"),
        # schools: Czech učiliště, adult education centres, Polish school centres, Italian IIS
        ("Střední odborné učiliště Kopanice", "academia", "school ('učiliště')"),
        ("Hillside Adult Education Centre", "academia", "school ('Adult Education Centre')"),
        ("Ośrodek Szkolno-Wychowawczy w Górce", "academia", "school ('Ośrodek Szkolno')"),
        ("IIS Valbella", "academia", "school ('IIS')"),
        ("i.i.s. di Valbella", "academia", "school ('i.i.s.')"),
        # research words: Slovene 'raziskave' outweighs a company form
        ("Inštitut za gozdne raziskave d.o.o.", "academia", "research centre ('raziskave')"),
        # chambers and incubators by acronym, French competitiveness poles
        ("WKO Hügelland", "industry", "chamber ('WKO')"),
        ("TGZ Talstadt", "industry", "science park or incubator ('TGZ')"),
        ("Pôle Mer du Plateau", "industry", "business association ('Pôle Mer')"),
        (
            "Pôle emploi du Plateau",
            "government",
            "public employment service ('Pôle emploi')",
        ),
        # associations of public bodies written head-last, and Polish self-governments
        (
            "Hillside Municipalities Association",
            "government",
            "association of local authorities ('Municipalities Association')",
        ),
        (
            "Stowarzyszenie Samorządów Ziemi Góreckiej",
            "government",
            "association of local authorities ('Stowarzyszenie Samorządów')",
        ),
        # LEADER groups by the word, fisheries local action groups
        ("Hillside Leader", "civil_society", "local action group ('Leader')"),
        ("SRLGD Morska Fala", "civil_society", "local action group ('SRLGD')"),
        # regional governments (es/ca), state chancelleries and commissions, ELY centres
        ("Diputación de Colina", "government", "region ('Diputación')"),
        ("Xunta de Colina", "government", "region ('Xunta')"),
        ("Hessische Staatskanzlei", "government", "ministry or state body ('Staatskanzlei')"),
        ("Deutsche UNESCO-Kommission", "government", "ministry or state body ('Kommission')"),
        ("Kotikylän ympäristökeskus", "government", "ministry or state body ('ympäristökeskus')"),
        # public utilities, hospitals with a non-profit company form, nature reserves
        (
            "Services Industriels de Colline",
            "government",
            "public company ('Services Industriels')",
        ),
        ("Klinikum Talstadt gGmbH", "government", "hospital or health service ('Klinikum')"),
        ("Naravni rezervat Zelena dolina", "government", "park authority ('Naravni rezervat')"),
        # Slovene cooperatives
        ("KZ Hrib z.o.o.", "industry", "cooperative ('z.o.o.')"),
    ],
)
def test_classes_the_ninth_and_tenth_rounds_missed(name, sector, rationale):
    result = classify(name, learned=False)
    assert (result.sector, result.rationale) == (sector, rationale)


def test_a_name_no_rule_knows_is_unknown_and_sent_to_review():
    result = classify("Zelenjava Novak")
    assert (result.sector, result.placed, result.confidence) == (UNKNOWN, False, 0.0)
    assert result.review_note == (
        "sector not placed: no sector word, organisation type or legal form recognised in "
        "the name; set it by hand"
    )
    # a trusted rule sends nothing to review, a weak one does
    assert classify("Občina Zgornja Loka").review_note is None
    assert classify("Dombvári Fejlesztési Kft. Nonprofit").review_note is None
    assert classify("Dombvári Nonprofit Kft.").review_note == (
        "sector government is a weak guess (non-profit company ('Nonprofit Kft')); check it"
    )


def test_a_legal_form_given_apart_is_read_with_the_name():
    assert classify("Sončni kolektorji", learned=False).sector == UNKNOWN
    assert classify("Sončni kolektorji", legal_form="d.o.o.").rationale == (
        "company legal form ('d.o.o.')"
    )


def test_a_sector_given_in_the_data_wins_except_a_generic_one():
    given = sector_for("Sončni kolektorji d.o.o.", given="Civil society")
    assert (given.sector, given.confidence, given.rule) == (
        "civil_society",
        1.0,
        "given in the data ('Civil society')",
    )
    # CORDIS OTH (other) is generic: a name that says what it is decides …
    named = sector_for("Comune di Collina", given="OTH")
    assert (named.sector, named.rule) == ("government", "municipality")
    # … and without one, OTH's own meaning stands, as a weak guess sent to review
    bare = sector_for("Zelenjava Novak", given="OTH")
    assert (bare.sector, bare.confidence) == ("civil_society", 0.5)
    assert bare.review_note.startswith("sector civil_society is a weak guess")
    assert sector_from_text("HES") == "academia" and sector_from_text("nonsense") is None


def test_a_kind_places_a_name_the_rules_cannot():
    assert sector_from_kind("research_centre") == "academia" and sector_from_kind("other") is None
    by_kind = sector_for("Zelenjava Novak", kind="company")
    assert (by_kind.sector, by_kind.rule) == ("industry", "kind given in the data ('company')")
    # the name still decides when it can
    assert sector_for("Občina Zgornja Loka", kind="company").sector == "government"


def test_countries():
    assert [
        country_code(v) for v in ("EL", "UK", "si", "NEMČIJA", "Somijā", "Österreich", "Hrvaška")
    ] == ["GR", "GB", "SI", "DE", "FI", "AT", "HR"]
    assert find_country("Avstija")[0] == "AT" and find_country("Avstija")[1] is not None
    assert find_country("Srbija, Črna gora")[0] == "CS"
    assert find_country("Atlantis") == (None, None)


def _misses(organisations, field):
    named = [(getattr(o, field) or o.name, o.helix_sector) for o in organisations]
    return sorted(name for name, sector in named if classify(name).sector != sector)


def test_accuracy_on_the_curated_seed(seed_dataset):
    """Names as written in the sources (what the extractor gives) and the curated names.

    Measured: 38/44 on the names as written, 38/44 on the curated names. The misses are
    honest: names with no sector word the learned fallback is unsure of are left unknown
    (ZRS Bistra Ptuj) or, with a coined word, read as a brand, weakly (Center Noordung, a
    civic centre; Oxalis, a firm, is placed so); a public GmbH; a research firm; an
    institute for standardisation that is an association (written out, an institute; as
    "Austrian Standards International", a guess, industry, sent to review); the source's
    typo "irtschaftsverband"; and, as curated, "Agenzia di Sviluppo GAL Genovese", which the
    seed counts as government (the development agency it acts as) while the documented
    convention and the gold's seventeenth round count a local action group as civil society
    whatever its form (as written, "Gal" in lower case is no abbreviation: an agency). The
    fallback places Steinbeis 2i and ReFIT r.s. (industry).
    """
    organisations = seed_dataset.organisations
    assert len(organisations) == 44
    assert _misses(organisations, "name_local") == [
        "Bodensee Standort, Marketing GmbH",
        "Centrom Nordung",
        "Mind Consult & Research Ltd",
        "ZRS Bistra Ptuj",
        "avstrijskim mednarodnim inštitutom za standardizacijo",
        "irtschaftsverband Gera – Ronneburg 2007 e.V.",
    ]
    assert _misses(organisations, "name") == [
        "Agenzia di Sviluppo GAL Genovese",
        "Austrian Standards International",
        "Bodensee Standort Marketing GmbH",
        "Center Noordung",
        "Mind Consult & Research Ltd",
        "ZRS Bistra Ptuj",
    ]


@pytest.mark.parametrize(
    ("value", "sector"),
    [
        ("Local public authority", "government"),
        ("Regional public authority", "government"),
        ("Sectoral agency", "government"),
        ("Infrastructure and (public) service provider", "government"),
        ("Higher education and research organisations", "academia"),
        ("Education/training centre and school", "academia"),
        ("Small and medium enterprise", "industry"),
        ("Enterprise, except SME", "industry"),
        ("Business support organisation", "industry"),
        ("Interest groups including NGOs", "civil_society"),
        ("General public", "civil_society"),
        ("Civil Society", "civil_society"),
        ("civil_society", "civil_society"),
        ("PUB", "government"),
    ],
)
def test_sector_columns_as_keep_eu_writes_them(value, sector):
    assert sector_from_text(value) == sector


# ---------------------------------------------------------------- importers with "unknown"

TABLE = (
    "Project;Partner;Country;Kind\n"
    "GREENVALE;Občina Zgornja Loka;SI;\n"
    "GREENVALE;Zelenjava Novak;SI;\n"
    "GREENVALE;Modri kamen;SI;company\n"
)
MAP = "project=Project,organisation=Partner,country=Country,kind=Kind"


def test_a_table_keeps_an_unplaced_name_as_unknown_lists_it_and_loads_it_untied(tmp_path, store):
    path = tmp_path / "partners.csv"
    path.write_text(TABLE, encoding="utf-8")
    dataset, report = read_table(path, read_mapping(mapping_text=MAP))
    sectors = {o.name: (o.helix_sector, o.sector_inferred) for o in dataset.organisations}
    assert sectors == {
        "Občina Zgornja Loka": ("government", True),
        "Zelenjava Novak": (UNKNOWN, True),
        "Modri kamen": ("industry", True),  # placed by its kind column
    }
    assert report.uncertain_sectors == [
        "Zelenjava Novak: sector not placed: no sector word, organisation type or legal form "
        "recognised in the name; set it by hand"
    ]
    for _ in range(2):  # the first load into an empty graph is a bulk load, the second merges
        load_dataset(store, dataset)
        assert graph_counts(store)["relationships"]["IN_SECTOR"] == 2
    rows = store.read(
        "MATCH (o:Organisation) OPTIONAL MATCH (o)-[:IN_SECTOR]->(s:HelixSector) "
        "RETURN o.name AS name, o.helix_sector AS sector, s.id AS tie ORDER BY name"
    )
    assert [(r["name"], r["sector"], r["tie"]) for r in rows] == [
        ("Modri kamen", "industry", "industry"),
        ("Občina Zgornja Loka", "government", "government"),
        ("Zelenjava Novak", UNKNOWN, None),
    ]
    # the analysis reads it: the unknown one is an organisation of no sector
    analysis = analyze(store)
    table = analysis.organisations.set_index("name")
    assert table.loc["Zelenjava Novak", "helix_sector"] == UNKNOWN
    shares = analysis.helix["share_by_sector"]
    assert (shares["government"], shares["industry"], shares["academia"]) == (0.5, 0.5, 0.0)
    analysis.under_connected  # noqa: B018  (the gap table is built, unknown included)
    analysis.graph_with_table("multipartite")


def test_cordis_other_is_decided_by_the_name_and_a_missing_type_can_stay_unknown(tmp_path):
    orgs = [
        org_row("101", "7001", "Comune di Collina", "OTH", "IT", "participant", "10"),
        org_row("101", "7002", "Zelenjava Novak", "OTH", "SI", "participant", "10"),
        org_row("101", "7003", "Zelenjava Novak II", "", "SI", "participant", "10"),
    ]
    dataset, report = read_cordis(write_zip(tmp_path / "cordis.zip", projects=PROJECTS, orgs=orgs))
    by_id = {o.id: o for o in dataset.organisations}
    assert (by_id["cordis-org-7001"].helix_sector, by_id["cordis-org-7001"].sector_inferred) == (
        "government",
        True,
    )
    assert by_id["cordis-org-7001"].sector_rationale == (
        "CORDIS activityType OTH (other) is generic; the name says government: "
        "municipality ('Comune')"
    )
    assert by_id["cordis-org-7002"].helix_sector == "civil_society"
    assert by_id["cordis-org-7003"].helix_sector == UNKNOWN
    assert len(report.review) == 1 and "'Zelenjava Novak II': sector not placed" in report.review[0]


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # Serbian Cyrillic reads letter for letter as Serbian Latin: the same stems fire
        ("Општина Бела Река", "government", "municipality ('Општина')"),
        ("Универзитет у Горњем Пољу", "academia", "university ('Универзитет')"),
        # Bulgarian, by its sounds: община is "obshtina", folded "obstina"
        ("Община Зелено Поле", "government", "municipality ('Община')"),
        ("Областна администрация Горна Река", "government", "region ('Областна администрация')"),
        (
            "Търговско-промишлена палата Долна",
            "industry",
            "chamber ('Търговско-промишлена палата')",
        ),
        # Ukrainian city and district councils (NFKD reads й as и)
        ("Міська рада Нового Села", "government", "municipality ('Міська рада')"),
        ("Районна рада Зеленого Гаю", "government", "region ('Районна рада')"),
        # an association of local governments is a public body, in either script
        (
            "Савез локалних самоуправа Доње Земље",
            "government",
            "association of local authorities ('Савез локалних самоуправа')",
        ),
    ],
)
def test_names_written_in_cyrillic_are_read_by_the_same_rules(name, sector, rationale):
    c = classify(name, learned=False)
    assert (c.sector, c.rationale) == (sector, rationale)


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # ro: councils, town halls, the Romanian forms of agency, foundation and chamber
        ("Consiliul Județean Valea", "government", "region ('Județean')"),
        ("Consiliul raional Valea", "government", "region ('Consiliul raional')"),
        ("Primăria Valea Verde", "government", "municipality ('Primăria')"),
        ("Municipiul Valea", "government", "municipality ('Municipiul')"),
        (
            "Agenția pentru Dezvoltare Regională Valea",
            "government",
            "development or public agency ('Agenția + Dezvoltare')",
        ),
        ("Fundația Valea Verde", "civil_society", "foundation ('Fundația')"),
        ("Camera de Comerț și Industrie Valea", "industry", "chamber ('Camera de Comerț')"),
        ("Institutul Național de Cercetare Valea", "academia", "research centre ('Cercetare')"),
        # pt, es, ca, eu
        ("Câmara Municipal de Valbela", "government", "municipality ('Câmara Municipal')"),
        ("Junta de Freguesia de Valbela", "government", "municipality ('Freguesia')"),
        (
            "Associação de Municípios do Vale",
            "government",
            "association of local authorities ('Associação de Municípios')",
        ),
        ("Centro de Estudos do Vale", "academia", "research centre ('Estudos')"),
        (
            "Cámara Oficial de Comercio de Valbella",
            "industry",
            "chamber ('Cámara Oficial de Comercio')",
        ),
        (
            "Federación de Asociaciones de Empresas del Valle",
            "industry",
            "business association ('Federación + Empresas')",
        ),
        ("Consorcio de Aguas del Valle", "government", "public consortium ('Consorcio')"),
        (
            "Mancomunidad del Valle",
            "government",
            "association of local authorities ('Mancomunidad')",
        ),
        ("Ajuntament de Vallbona", "government", "municipality ('Ajuntament')"),
        ("Ibarreko Udala", "government", "municipality ('Udala')"),
        ("Ibarreko Unibertsitatea", "academia", "university ('Unibertsitatea')"),
        ("Gipuzkoako Foru Aldundia", "government", "region ('Aldundia')"),
        # fi: a region's genitive alone before 'liitto' is its regional council; a compound
        # liitto is a federation
        (
            "Laakson liitto",
            "government",
            "association of local authorities ('Laakson liitto')",
        ),
        ("Laakson Nuorisoliitto", "civil_society", "association or NGO ('Nuorisoliitto')"),
        ("Laakson kaupungin ympäristötoimi", "government", "municipality ('kaupungin')"),
        ("Laakson seudun koulutuskuntayhtymä", "academia", "school ('koulutuskuntayhtymä')"),
        ("Laakson ELY-keskus", "government", "ministry or state body ('ELY-keskus')"),
        (
            "Laakson keskussairaala",
            "government",
            "hospital or health service ('keskussairaala')",
        ),
        # nl, sv, tr
        ("Gemeente Dalwijk", "government", "municipality ('Gemeente')"),
        ("Stiftelsen Dalby", "civil_society", "foundation ('Stiftelsen')"),
        ("Vadi Belediyesi", "government", "municipality ('Belediyesi')"),
        (
            "Vadi Kalkınma Ajansı",
            "government",
            "development or public agency ('Ajansı + Kalkınma')",
        ),
        ("Vadi Vakfı", "civil_society", "foundation ('Vakfı')"),
        ("Vadi Ticaret ve Sanayi Odası", "industry", "chamber ('Ticaret ve Sanayi Odası')"),
        # el, in Greek letters, read as romanised
        ("Δήμος Κοιλάδας", "government", "municipality ('Δήμος')"),
        ("Πανεπιστήμιο Κοιλάδας", "academia", "university ('Πανεπιστήμιο')"),
        ("Επιμελητήριο Κοιλάδας", "industry", "chamber ('Επιμελητήριο')"),
        ("Υπουργείο Ανάπτυξης", "government", "ministry or state body ('Υπουργείο')"),
        # bg community cultural centres (читалище) are associations
        ("Читалище Просвета 1900", "civil_society", "association or NGO ('Читалище')"),
        # hu: an EGTC named a territorial association
        (
            "Völgyvidék Európai Területi Társulás",
            "government",
            "association of local authorities ('Európai + Területi + Társulás')",
        ),
        # en: unions of councils, networks of cities, a company named a network
        (
            "Union of Valley County Councils",
            "government",
            "association of local authorities ('Union of Valley County Councils')",
        ),
        ("Valley Cities", "government", "network of cities or regions ('Cities')"),
        ("Valley Network Ltd", "industry", "company legal form ('Ltd')"),
        ("Pilsen city", "government", "municipality ('city')"),
        ("Friends of the Valley", "civil_society", "association or NGO ('Friends of')"),
        # rural tourism associations are their providers' business associations
        (
            "Valley Rural Tourism Association",
            "industry",
            "business association ('Association + Rural Tourism')",
        ),
        # head noun first: a foundation or association of a university is that body
        (
            "Fundacja Rozwoju Uniwersytetu Doliny",
            "civil_society",
            "association or foundation of a university ('Fundacja + Uniwersytetu')",
        ),
        (
            "Talheimer Volkshochschulverband",
            "civil_society",
            "association or foundation of a university ('Volkshochschulverband')",
        ),
        # a research park is a science park, a centre of excellence research
        (
            "Forskningsparken i Dalby AS",
            "industry",
            "science park or incubator ('Forskningsparken')",
        ),
        ("Centrum excelence Údolí", "academia", "research centre ('Centrum excelence')"),
        # weak, reviewed: youth bodies, a "centre for" a cause
        ("Valley Youth Council", "civil_society", "youth organisation ('Youth')"),
        ("Centar za zaštitu prirode Doline", "civil_society", "centre for a cause ('Centar za')"),
    ],
)
def test_types_in_the_languages_the_twelfth_round_showed(name, sector, rationale):
    c = classify(name, learned=False)
    assert (c.sector, c.rationale) == (sector, rationale)


def test_weak_cues_of_the_twelfth_round_send_the_name_to_review():
    for name in ("Valley Cities", "Consorcio de Aguas del Valle", "Centar za zaštitu prirode"):
        c = classify(name, learned=False)
        assert c.placed and c.review_note is not None, name


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        ("Gminie Dolina", "government", "municipality ('Gminie')"),
        ("Gemeinden des Tals", "government", "municipality ('Gemeinden')"),
        (
            "Centro para el Desarrollo Rural del Valle",
            "government",
            "development or public agency ('Centro para el Desarrollo')",
        ),
        ("Komitat Talheim", "government", "region ('Komitat')"),
        # a Slovene private institute is "Zavod <name>" or "<name>, zavod …"; a public one
        # "Zavod za <task> <place>" or "Zavod RS …"
        ("Zavod Zeleni Hrib", "civil_society", "private institute ('Zavod')"),
        ("Sinji Breg, zavod za mlade", "civil_society", "private institute ('zavod')"),
        ("Zavod za gozdove Doline", "government", "public institute ('Zavod za')"),
        ("Zavod RS za okolje", "government", "public institute ('Zavod')"),
        # Latvian state companies (valsts akciju sabiedrība, valsts SIA) are public ones
        ("VAS Latvijas Valsts ceļi", "government", "public company ('VAS')"),
        ("Valsts SIA Zaļais Mežs", "government", "public company ('Valsts SIA')"),
        # Hungarian multi-purpose micro-regional associations of local governments
        (
            "Dombvári Kistérségi Többcélú Társulás",
            "government",
            "association of local authorities ('Kistérségi Többcélú Társulás')",
        ),
        ("Centrum Badań Doliny", "academia", "research centre ('Badań')"),
        ("Northern and Western Regional Assembly", "government", "region ('Regional Assembly')"),
        (
            "Comunidade Intermunicipal do Vale",
            "government",
            "association of local authorities ('Intermunicipal')",
        ),
        # a place's tourism body in English, weak as in the other languages
        ("Valley Tourism", "government", "tourism organisation ('Tourism')"),
    ],
)
def test_inflected_forms_and_private_institutes(name, sector, rationale):
    c = classify(name, learned=False)
    assert (c.sector, c.rationale) == (sector, rationale)


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # employers' organisations, economic associations and clusters are business ones
        ("Patronatul Firmelor din Valea", "industry", "business association ('Patronatul')"),
        ("Związek Pracodawców Doliny", "industry", "business association ('Pracodawców')"),
        (
            "Werkgeversvereniging Dalwijk",
            "industry",
            "business association ('Werkgeversvereniging')",
        ),
        (
            "Polo de Competitividade do Vale",
            "industry",
            "business association ('Polo de Competitividade')",
        ),
        (
            "Asociația Economică a Văii",
            "industry",
            "business association ('Asociația + Economică')",
        ),
        # Croatian grad declined; a Serbian public company in English
        ("Grada Doline", "government", "municipality ('Grada')"),
        ("PE “Zelena Dolina”", "government", "public company ('PE')"),
        ("Clube Desportivo do Vale", "civil_society", "association or NGO ('Clube')"),
        # a social enterprise is civil society whatever its company form
        (
            "Zeleni Hrib, socialno podjetje d.o.o.",
            "civil_society",
            "social cooperative or enterprise ('socialno podjetje')",
        ),
        # English "<body> of/for" a university heads the name from anywhere
        (
            "The Friends of Greenfield University",
            "civil_society",
            "association or foundation of a university ('Friends of + University')",
        ),
    ],
)
def test_classes_the_thirteenth_round_missed(name, sector, rationale):
    c = classify(name, learned=False)
    assert (c.sector, c.rationale) == (sector, rationale)


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # a church word inside a German place name is not a church (Vierkirchen, Neunkirchen)
        (
            "Evangelische Landeskirche Talheim",
            "civil_society",
            "church or religious body ('Landeskirche')",
        ),
        ("Kirchenkreis Talheim", "civil_society", "church or religious body ('Kirchenkreis')"),
        ("MAS Údolí", "civil_society", "local action group ('MAS')"),
        ("Sihtasutus Valga Teaduspark", "industry", "science park or incubator ('Teaduspark')"),
        ("Inovacioni centar Doline", "industry", "science park or incubator ('Inovacioni centar')"),
        (
            "State Secretariat for Research and Innovation",
            "government",
            "ministry ('State Secretariat')",
        ),
        (
            "Association des Elus du Val",
            "government",
            "association of local authorities ('Association des Elus')",
        ),
        ("Corpo musicale di Valbella", "civil_society", "association or NGO ('Corpo musicale')"),
        (
            "Cooperativa di Comunità Valbella",
            "civil_society",
            "social cooperative or enterprise ('Cooperativa di Comunità')",
        ),
        (
            "Udruženje privrednika Doline",
            "industry",
            "business association ('Udruženje + privrednika')",
        ),
        # an Austrian university of applied sciences with a private foundation as legal form
        (
            "Fachhochschule Talheim, gemeinnützige Privatstiftung",
            "academia",
            "university ('Fachhochschule')",
        ),
    ],
)
def test_classes_the_fourteenth_round_missed(name, sector, rationale):
    c = classify(name, learned=False)
    assert (c.sector, c.rationale) == (sector, rationale)


def test_a_place_named_like_a_church_is_still_a_place():
    assert classify("Neunkirchen", learned=False).sector == UNKNOWN
    assert classify("Neunkirchen", country="DE").rule == PLACE_NAME


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # Swedish, Danish, Norwegian: the kind as the last part of a compound or after a genitive
        ("Norrby stad", "government", "municipality ('stad')"),
        ("Norrbys stads kulturförvaltning", "government", "municipality ('stads')"),
        ("Nordby Kommunes Kulturforvaltning", "government", "municipality ('Kommunes')"),
        ("Norrlands län", "government", "region ('län')"),
        ("Norrlandsrådet", "government", "association of local authorities ('Norrlandsrådet')"),
        ("Kvarnrådet EGTS", "government", "association of local authorities ('Kvarnrådet')"),
        (
            "Regionförbundet Norrland",
            "government",
            "association of local authorities ('Regionförbundet')",
        ),
        (
            "Näringsdepartementet",
            "government",
            "ministry or state body ('Näringsdepartementet')",
        ),
        ("Trafikverket", "government", "ministry or state body ('Trafikverket')"),
        ("Erhvervsstyrelsen", "government", "ministry or state body ('Erhvervsstyrelsen')"),
        ("Miljødirektoratet", "government", "ministry or state body ('Miljødirektoratet')"),
        ("Handelskammaren Norrland", "industry", "chamber ('Handelskammaren')"),
        ("Norrland Skogskluster", "industry", "business association ('Skogskluster')"),
        ("Nordby Næringsforening", "industry", "business association ('Næringsforening')"),
        ("Nordby Næringshage", "industry", "science park or incubator ('Næringshage')"),
        ("Norrbyskolan", "academia", "school ('Norrbyskolan')"),
        ("Nordby Erhvervsakademi", "academia", "university ('Erhvervsakademi')"),
        ("Nordby sykehus", "government", "hospital or health service ('sykehus')"),
        ("Nordby Naturvernforbund", "civil_society", "association or NGO ('Naturvernforbund')"),
        ("Nordby Andelsselskab", "industry", "cooperative ('Andelsselskab')"),
        ("Nordby Samvirkelag", "industry", "cooperative ('Samvirkelag')"),
        ("Norrby Kraftaktiebolag", "industry", "company legal form ('Kraftaktiebolag')"),
        # Finnish
        (
            "Pohjalan maakunnan liitto",
            "government",
            "association of local authorities ('maakunnan liitto')",
        ),
        ("Pohjalan rakennusklusteri ry", "industry", "business association ('rakennusklusteri')"),
        ("Pohjalan Kehitys Oy", "government", "development or public agency ('Kehitys Oy')"),
        (
            "Pohjalan Kehittämisyhtiö",
            "government",
            "development or public agency ('Kehittämisyhtiö')",
        ),
        (
            "Pohjalan sairaanhoitopiiri",
            "government",
            "hospital or health service ('sairaanhoitopiiri')",
        ),
        ("Pohjalan teatteri", "government", "museum or cultural institution ('teatteri')"),
        ("Pohjalan osuuskunta", "industry", "cooperative ('osuuskunta')"),
        # Czech, Slovak, Hungarian, Bulgarian, Greek
        ("Knihovna Severov", "government", "museum or cultural institution ('Knihovna')"),
        ("Divadlo Severany", "government", "museum or cultural institution ('Divadlo')"),
        ("Družstvo Severov", "industry", "cooperative ('Družstvo')"),
        ("Északi Erdészeti Zrt.", "government", "public company ('Erdészeti Zrt')"),
        ("Északi Vízmű Zrt.", "government", "public company ('Vízmű')"),
        ("Драматичен театър Северно", "government", "museum or cultural institution ('театър')"),
        ("Кооперация Северно", "industry", "cooperative ('Кооперация')"),
        ("Северно АД", "industry", "company legal form ('АД')"),
        ("Μουσείο Βορείων", "government", "museum or cultural institution ('Μουσείο')"),
        ("Βορείων Α.Ε.", "industry", "company legal form ('Α.Ε.')"),
        # Croatian and Slovene declined forms and acronyms
        ("Gradu Sjevercu", "government", "municipality ('Gradu')"),
        ("Visokog gospodarskog učilišta", "academia", "school ('učilišta')"),
        ("Demokratska zajednica Sjeveraca", "civil_society", "association or NGO ('zajednica')"),
        ("OZS Severje", "industry", "chamber ('OZS')"),
        ("Šolski center Severje", "academia", "school ('Šolski center')"),
        ("Sirarna Severje", "industry", "trade or business word ('Sirarna')"),
        # German municipal service enterprises and regional tourism boards; Dutch, Polish,
        # Portuguese, English
        (
            "Umwelt- und Servicebetriebes Nordhausen",
            "government",
            "public company ('Servicebetriebes')",
        ),
        ("Eigenbetrieb Nordhausen", "government", "public company ('Eigenbetrieb')"),
        (
            "Tourismusregionalverband Nordhausen",
            "government",
            "tourist board ('Tourismusregionalverband')",
        ),
        ("Basisschool Noordhaven", "academia", "school ('Basisschool')"),
        ("Coöperatie Noordhaven", "industry", "cooperative ('Coöperatie')"),
        (
            "Centrum Kształcenia Zawodowego w Północy",
            "academia",
            "school ('Centrum Kształcenia')",
        ),
        ("Câmara de Nortel", "government", "municipality ('Câmara de')"),
        (
            "Associação Comercial de Nortel",
            "industry",
            "business association ('Associação + Comercial')",
        ),
        ("Northby Co-operative", "industry", "cooperative ('Co-operative')"),
        # ports: public, but a legal form decides first
        ("Autoridad Portuaria de Nortea", "government", "port authority ('Autoridad Portuaria')"),
        ("Port of Northby", "government", "port authority ('Port of')"),
        ("Port of Northby Plc", "industry", "company legal form ('Plc')"),
        # a port word inside a word is a town's name, not a port
        ("Karlshamns kommun", "government", "municipality ('kommun')"),
        (
            "Karlshamn",
            "unknown",
            "no sector word, organisation type or legal form recognised in the name",
        ),
    ],
)
def test_kinds_of_body_in_the_thinly_covered_languages(name, sector, rationale):
    c = classify(name, learned=False)
    assert (c.sector, c.rationale) == (sector, rationale)


def test_a_brand_shaped_name_is_no_place():
    # Rovinj is a Croatian town; written with a capital inside the word it is a brand's shape
    assert classify("Rovinj", country="HR").rule == PLACE_NAME
    assert classify("RoVinj", country="HR").rule != PLACE_NAME
    assert classify("Rovinj 2", country="HR").rule != PLACE_NAME


# The classes of names the seventeenth round missed, each in names written for this test, in
# several languages; the rationale is worked out from the rule and the words that fire it.
@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # type words that were missing
        ("Põhja Merendusakadeemia", "academia", "university ('Merendusakadeemia')"),
        ("Põhja Nooruse Maja", "civil_society", "youth organisation ('Nooruse')"),
        ("Jugendhaus Nordstadt", "civil_society", "youth organisation ('Jugendhaus')"),
        ("Northby Waste Board", "government", "public body word ('Board')"),
        (
            "Organisation Green Shore",
            "civil_society",
            "organisation or initiative for a cause ('Organisation')",
        ),
        (
            "Organizacija za mlade Sjever",
            "civil_society",
            "organisation or initiative for a cause ('Organizacija za')",
        ),
        (
            "Inicijativa za čistu Sjevernicu",
            "civil_society",
            "organisation or initiative for a cause ('Inicijativa za')",
        ),
        ("Biohof Nordwiese", "industry", "farm ('Biohof')"),
        ("Északi Sándor VMK", "government", "museum or cultural institution ('VMK')"),
        ("Nordby Print Workshop", "industry", "trade or business word ('Workshop')"),
        ("Regija Sjeverica", "government", "region ('Regija')"),
        (
            "Northland Agricultural Organisations Cooperation Council",
            "industry",
            "business association ('Agricultural Organisations Cooperation Council')",
        ),
        # public bodies with a company form
        ("Nordvik Havforsking AS", "academia", "research centre ('Havforsking')"),
        ("Északi Fesztivál Kht.", "government", "public-benefit company ('Kht')"),
        (
            "Ziemeļu lauku konsultāciju centrs",
            "government",
            "development or public agency ('lauku konsultāciju')",
        ),
        (
            "Nordland Agricultural Advisory Service",
            "government",
            "development or public agency ('Agricultural Advisory Service')",
        ),
        (
            "Acque dei Comuni del Nord S.p.A.",
            "government",
            "public company ('S.p.A. + dei Comuni')",
        ),
        # social cooperatives and enterprises
        (
            "Zadruga Sjever, z.o.o., so.p.",
            "civil_society",
            "social cooperative or enterprise ('so.p.')",
        ),
        (
            "Coop Solidale Nordica",
            "civil_society",
            "social cooperative or enterprise ('Coop Solidale')",
        ),
        # a public-looking word in a private body's name
        ("Eko-zavod", "civil_society", "private institute ('zavod')"),
        ("AGENZIA DI SVILUPPO GAL NORDICO S.R.L.", "civil_society", "local action group ('GAL')"),
        (
            "Committee for Migrant Workers Northby",
            "civil_society",
            "committee for a cause ('Committee for Migrant Workers')",
        ),
        (
            "Comitato Solidarietà Nord",
            "civil_society",
            "committee for a cause ('Comitato Solidarietà')",
        ),
        (
            "Institut za ljudska prava Sjever",
            "civil_society",
            "institute for a civic cause ('Institut + ljudska prava')",
        ),
        (
            "Associazione Nordica – Istituto di Ricerca Sociale",
            "civil_society",
            "association or foundation running an institute ('Associazione + Istituto di Ricerca')",
        ),
        (
            "Razvojni center lesarstva Sever",
            "industry",
            "science park or incubator ('Razvojni center lesarstva')",
        ),
        # business associations, not NGOs or the state
        ("Zadružni savez Sjevera", "industry", "business association ('Zadružni savez')"),
        ("Northland Young Farmers' Club", "industry", "business association ('Young Farmers')"),
        ("Ziemeļu zemnieku saeima", "industry", "business association ('zemnieku saeima')"),
        # and what the classes must leave as it was
        ("Saeima", "government", "ministry or state body ('Saeima')"),
        ("Cooperativa Nordica", "industry", "cooperative ('Cooperativa')"),
        (
            "Razvojni center Severje",
            "government",
            "development or public agency ('Razvojni center')",
        ),
        ("Institut za razvoj Severja", "government", "development institute ('Institut + razvoj')"),
        ("Nordvik AS", "industry", "company legal form ('AS')"),
        (
            "Organisation for Economic Co-operation and Development",
            "government",
            "intergovernmental organisation ('Organisation for Economic')",
        ),
        (
            "World Meteorological Organization",
            "government",
            "intergovernmental organisation ('World Meteorological Organization')",
        ),
        (
            "Nordix",
            "unknown",
            "no sector word, organisation type or legal form recognised in the name",
        ),
    ],
)
def test_the_classes_the_seventeenth_round_missed(name, sector, rationale):
    c = classify(name, learned=False)
    assert (c.sector, c.rationale) == (sector, rationale)


# The classes of names the eighteenth round missed, each in names written for this test, in
# several languages and inflected forms; the rationale is worked out from the rule and the
# words that fire it.
@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # works of one industry: refineries, foundries, steelworks
        ("Raffinerie Nordhafen", "industry", "company word ('Raffinerie')"),
        ("Rafinerija Sava", "industry", "company word ('Rafinerija')"),
        ("Refinería del Norte", "industry", "company word ('Refinería')"),
        ("Fonderia Bassi", "industry", "company word ('Fonderia')"),
        ("Eisengießerei Lindtal", "industry", "company word ('Eisengießerei')"),
        ("Livarna Dravje", "industry", "company word ('Livarna')"),
        ("Odlewnia Żeliwa Borek", "industry", "company word ('Odlewnia')"),
        ("Ljevaonica Una", "industry", "company word ('Ljevaonica')"),
        ("Acciaieria Valle", "industry", "company word ('Acciaieria')"),
        # Norwegian counties and county municipalities, Spanish autonomous communities
        ("Nordmark fylke", "government", "region ('fylke')"),
        ("Nordmark fylkeskommune", "government", "municipality ('fylkeskommune')"),
        ("Comunidad de Aragón Alta", "government", "region ('Comunidad de Aragón')"),
        (
            "Comunidad de Regantes del Río Alto",
            "unknown",
            "no sector word, organisation type or legal form recognised in the name",
        ),
        # Dutch foundations in compounds, the Misericórdias, an Estonian 'Fond'
        ("Dorpsstichting Helder", "civil_society", "foundation ('Dorpsstichting')"),
        ("Santa Casa da Misericórdia de Vila Nova", "civil_society", "foundation ('Santa Casa')"),
        ("Misericordia di Borgo Alto", "civil_society", "foundation ('Misericordia')"),
        ("Läänemere Looduse Fond", "civil_society", "foundation ('Fond')"),
        ("Štátny fond rozvoja bývania", "government", "public institute ('fond')"),
        # policy centres and centres named by a science
        (
            "Ārpolitikas centrs",
            "unknown",
            "no sector word, organisation type or legal form recognised in the name",
        ),
        ("Sabiedrības politikas centrs", "civil_society", "policy centre ('politikas centrs')"),
        (
            "Centre for Regional Policy Nord",
            "civil_society",
            "policy centre ('Centre for Regional Policy')",
        ),
        ("Energy Economics Centre", "academia", "research centre ('Economics Centre')"),
        ("Centro de Física Teórica", "academia", "research centre ('Centro de Física')"),
        ("Laser Center Nord GmbH", "industry", "company legal form ('GmbH')"),
        # social enterprises, their associations and consortia; community enterprises
        (
            "Lietuvos socialinio verslo asociacija",
            "civil_society",
            "social cooperative or enterprise ('socialinio verslo')",
        ),
        (
            "Društvo za socialno podjetništvo",
            "civil_society",
            "social cooperative or enterprise ('socialno podjetništvo')",
        ),
        (
            "Social Entrepreneurs Network Nord",
            "civil_society",
            "social cooperative or enterprise ('Social Entrepreneurs')",
        ),
        (
            "Consorzio Solidale Valle",
            "civil_society",
            "social cooperative or enterprise ('Consorzio Solidale')",
        ),
        ("Consorzio Vini Alti", "industry", "trade or business word ('Consorzio')"),
        ("Riverside Partnership Ltd", "civil_society", "community enterprise ('Partnership Ltd')"),
        ("Glen Development Trust", "civil_society", "community enterprise ('Development Trust')"),
        ("Harbour Makers CIC", "civil_society", "community enterprise ('CIC')"),
        # a chamber's special agency; a suppliers' association; Serbian unions of municipalities
        (
            "Azienda Speciale della Camera di Commercio di Lucca",
            "industry",
            "chamber ('Azienda Speciale della Camera di Commercio')",
        ),
        (
            "Azienda Speciale Servizi Ambientali",
            "government",
            "public company ('Azienda Speciale')",
        ),
        (
            "Association of Rail Suppliers",
            "industry",
            "business association ('Association + Suppliers')",
        ),
        (
            "Savezu opština Srema",
            "government",
            "association of local authorities ('Savezu opština')",
        ),
    ],
)
def test_the_classes_the_eighteenth_round_missed(name, sector, rationale):
    c = classify(name, learned=False)
    assert (c.sector, c.rationale) == (sector, rationale)


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # groups of companies, crafts and food-processing trades in each language
        ("Konecranes Yhtymä", "industry", "company word ('Yhtymä')"),
        ("Kainuun kuntayhtymä", "government", "region ('kuntayhtymä')"),
        ("Koncern Energetyczny Wschód", "industry", "company word ('Koncern')"),
        ("Bouwgroep Jansen", "industry", "company word ('Bouwgroep')"),
        ("Bergbäckerei Huber", "industry", "company word ('Bergbäckerei')"),
        ("Stadtbücherei Linz", "government", "museum or cultural institution ('Stadtbücherei')"),
        ("Koffiebranderij De Molen", "industry", "company word ('Koffiebranderij')"),
        ("Torrefazione Aurora", "industry", "company word ('Torrefazione')"),
        ("Fromagerie des Alpes", "industry", "company word ('Fromagerie')"),
        ("Palarnia Kawy Górska", "industry", "company word ('Palarnia')"),
        ("Pražírna Kávy Brno", "industry", "company word ('Pražírna')"),
        ("Pekara Zlatni Klas", "industry", "company word ('Pekara')"),
        ("Maiznīca Rīts", "industry", "company word ('Maiznīca')"),
        ("Kahvipaahtimo Pohjoinen", "industry", "company word ('Kahvipaahtimo')"),
        ("Kávépörkölő Műhely Kft.", "industry", "company legal form ('Kft')"),
        # education authorities, monasteries, community words
        ("Rectorat de Lyon", "government", "ministry or state body ('Rectorat')"),
        (
            "Kuratorium Oświaty w Krakowie",
            "government",
            "ministry or state body ('Kuratorium Oświaty')",
        ),
        ("Landesschulrat für Tirol", "government", "ministry or state body ('Landesschulrat')"),
        ("Stift Melk", "civil_society", "church or religious body ('Stift')"),
        ("Samostan Stična", "civil_society", "church or religious body ('Samostan')"),
        ("Klasztor Ojców Paulinów", "civil_society", "church or religious body ('Klasztor')"),
        ("Vilniaus neįgaliųjų bendrija", "civil_society", "association or NGO ('bendrija')"),
        ("Mažoji bendrija Saulė", "industry", "company legal form ('Mažoji bendrija')"),
        ("Kodanike Ühendus Tartu", "civil_society", "association or NGO ('Ühendus')"),
        ("Wspólnota Związków Sąsiedzkich", "civil_society", "association or NGO ('Związków')"),
        # research words: supercomputing, Czech research, teaching and experimental institutes
        ("Nordic Supercomputing Centre", "academia", "research centre ('Supercomputing')"),
        ("Arctic Supercomputing Centre e. V.", "academia", "research centre ('Supercomputing')"),
        ("Ústav výzkumu zemědělství", "academia", "research centre ('výzkumu')"),
        ("Ústav jaderné fyziky AV ČR, v. v. i.", "academia", "research centre ('v. v. i.')"),
        (
            "Lehr- und Versuchsanstalt für Gartenbau",
            "academia",
            "research centre ('Versuchsanstalt')",
        ),
        (
            "Stazione Sperimentale per l'Industria delle Conserve",
            "academia",
            "research centre ('Stazione Sperimentale')",
        ),
        # a misspelled head word
        ("Veleučitelište u Rijeci", "academia", "university ('Veleučitelište')"),
        ("Univeristy of Leeds", "academia", "university ('Univeristy')"),
        # the head word wins over a later kind word
        (
            "Stowarzyszenie Akademia Liderów",
            "civil_society",
            "association or foundation of a university ('Stowarzyszenie + Akademia')",
        ),
        (
            "Udruga Škola mira",
            "civil_society",
            "association or foundation of a university ('Udruga + Škola')",
        ),
        ("Ured za ravnopravnost spolova", "government", "government office ('Ured za')"),
        ("Office for Youth Affairs", "government", "government office ('Office for')"),
        ("Biuro ds. Polityki Senioralnej", "government", "government office ('Biuro ds')"),
        (
            "Instituto do Emprego e Formação Profissional",
            "government",
            "public employment service ('Instituto do Emprego')",
        ),
        (
            "Servicio Público de Empleo Estatal",
            "government",
            "public employment service ('Servicio Público de Empleo')",
        ),
        (
            "Arbeitsmarktservice Steiermark",
            "government",
            "public employment service ('Arbeitsmarktservice')",
        ),
        # private bodies with a public-looking form, public bodies with a company form
        ("VšĮ Jaunimo idėjos", "civil_society", "non-profit public institution ('VšĮ')"),
        (
            "VšĮ Vilniaus turizmo informacijos centras",
            "government",
            "tourist board ('turizmo informacijos centras')",
        ),
        (
            "Viešoji įstaiga „Kūrybos namai“",
            "civil_society",
            "non-profit public institution ('Viešoji įstaiga')",
        ),
        (
            "Zakład Usług Komunalnych sp. z o.o.",
            "government",
            "public company ('Zakład Usług Komunalnych')",
        ),
        (
            "Technické služby města Znojmo s.r.o.",
            "government",
            "public company ('Technické služby')",
        ),
        # trade associations; firms of partners; Dutch societies; creative agencies
        (
            "Stowarzyszenie Wydawców Prasy",
            "industry",
            "business association ('Stowarzyszenie + Wydawców')",
        ),
        (
            "Börsenverein des Deutschen Buchhandels",
            "industry",
            "business association ('Börsenverein + Buchhandels')",
        ),
        ("Müller & Partner", "industry", "trade or business word ('Partner')"),
        ("Huber und Partner Rechtsanwälte", "industry", "trade or business word ('und Partner')"),
        (
            "Koninklijke Maatschappij voor Dierkunde",
            "civil_society",
            "association or NGO ('Koninklijke + Maatschappij')",
        ),
        ("Transport Maatschappij Noord", "industry", "trade or business word ('Maatschappij')"),
        ("Zöld Műhely", "civil_society", "association or NGO ('Műhely')"),
        ("Mikroagencja Pióro", "industry", "private agency ('Mikroagencja')"),
        ("Kreativagentur Blau", "industry", "private agency ('Kreativagentur')"),
        ("Werbeagentur Blau", "industry", "private agency ('Werbeagentur')"),
        # a centre named by a civic cause; the police
        (
            "Zentrum für Gesellschaftliche Verantwortung",
            "civil_society",
            "centre for a cause ('Zentrum für')",
        ),
        ("Policía Local de Madrid", "government", "ministry or state body ('Policía')"),
        ("Policy Institute Nord", "civil_society", "policy centre ('Policy Institute')"),
    ],
)
def test_the_classes_the_nineteenth_round_missed(name, sector, rationale):
    c = classify(name, learned=False)
    assert (c.sector, c.rationale) == (sector, rationale)


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # volunteer centres, citizens' associations, folk groups and choirs above the words
        # of another sector (agency, research, Grupo, school)
        (
            "Freiwilligenagentur Nordstadt",
            "civil_society",
            "volunteer centre ('Freiwilligenagentur')",
        ),
        ("Volunteer Centre Ostrava", "civil_society", "volunteer centre ('Volunteer Centre')"),
        (
            "Udruga građana Centar za istraživanje Lipa",
            "civil_society",
            "citizens' association ('Udruga građana')",
        ),
        (
            "Grupo Folclórico de Arouca",
            "civil_society",
            "cultural or folk group ('Grupo Folclórico')",
        ),
        (
            "Escola de Samba Unidos do Sul",
            "civil_society",
            "cultural or folk group ('Escola de Samba')",
        ),
        ("Trachtengruppe Hallein", "civil_society", "cultural or folk group ('Trachtengruppe')"),
        ("Männerchor Eintracht", "civil_society", "cultural or folk group ('Männerchor')"),
        ("Jauktais koris Dzintars", "civil_society", "cultural or folk group ('koris')"),
        ("KUD Svoboda Kranj", "civil_society", "cultural or folk group ('KUD')"),
        # churches, scouts, fire brigades, self-help and Red Cross in more languages
        ("Igreja Matriz de Loulé", "civil_society", "church or religious body ('Igreja')"),
        ("Église protestante de Lyon", "civil_society", "church or religious body ('Église')"),
        (
            "Rzymskokatolicka Parafia Wniebowzięcia",
            "civil_society",
            "church or religious body ('Parafia')",
        ),
        ("Svenska kyrkan Umeå", "civil_society", "church or religious body ('kyrkan')"),
        ("Agrupamento de Escuteiros 12", "civil_society", "association or NGO ('Escuteiros')"),
        (
            "Prostovoljno gasilsko društvo Rakek",
            "civil_society",
            "volunteer fire brigade or rescue group ('Prostovoljno gasilsko')",
        ),
        (
            "Vatrogasna zajednica Istre",
            "civil_society",
            "volunteer fire brigade or rescue group ('Vatrogasna zajednica')",
        ),
        (
            "Selbsthilfegruppe Rheuma Linz",
            "civil_society",
            "association or NGO ('Selbsthilfegruppe')",
        ),
        ("Cruz Roja Española Asamblea Local", "civil_society", "association or NGO ('Cruz Roja')"),
        # producers' associations: the producers as people, not the craft's adjective
        ("Udruga pčelara Lipa", "industry", "business association ('Udruga + pčelara')"),
        (
            "Associação de Viticultores do Dão",
            "industry",
            "business association ('Associação + Viticultores')",
        ),
        (
            "Verband der Rinderzüchter Tirol",
            "industry",
            "business association ('Verband + Rinderzüchter')",
        ),
        (
            "Genussregion Verein Mühlviertel",
            "industry",
            "business association ('Verein + Genussregion')",
        ),
        ("Čebelarsko društvo Lipa", "civil_society", "association or NGO ('društvo')"),
        # Dutch university compounds, labs with a company form, Albanian and Irish types
        ("Rijksuniversiteit Leiden", "academia", "university ('Rijksuniversiteit')"),
        (
            "Laboratorio Analisi Verdi S.r.l.",
            "industry",
            "company legal form ('Laboratorio + S.r.l.')",
        ),
        ("Komuna e Prizrenit", "government", "municipality ('Komuna')"),
        ("Bashkia Shkodër", "government", "municipality ('Bashkia')"),
        ("Fondacioni për Zhvillim", "civil_society", "foundation ('Fondacioni')"),
        ("Bord Iascaigh Mhara", "government", "ministry or state body ('Bord')"),
        # initials of public bodies, farms and local action groups
        ("GOK Sokołów", "government", "initials of a public body ('GOK')"),
        ("Shkodra RDA", "government", "initials of a public body ('RDA')"),
        ("SIVOM du Val", "government", "initials of a public body ('SIVOM')"),
        (
            "SCK CEN",
            "unknown",
            "no sector word, organisation type or legal form recognised in the name",
        ),
        ("TVB Wilder Kaiser", "government", "tourist board ('TVB')"),
        ("GAEC du Moulin", "industry", "farm ('GAEC')"),
        ("Gal Valle Umbra", "civil_society", "local action group ('Gal')"),
        # trades, shops, inns, law firms, publishers; farms and estates; brands' marks
        ("Demeterbetrieb Sonnenhof", "industry", "trade or business word ('Demeterbetrieb')"),
        ("Hofladen Berger", "industry", "trade or business word ('Hofladen')"),
        ("Gostilna Pri Lojzetu", "industry", "trade or business word ('Gostilna')"),
        ("Kancelaria Prawna Nowak", "industry", "trade or business word ('Kancelaria Prawna')"),
        ("Wydawnictwo Znak", "industry", "trade or business word ('Wydawnictwo')"),
        ("Weingut Hofer", "industry", "farm ('Weingut')"),
        ("Vinarstvo Kogl", "industry", "farm ('Vinarstvo')"),
        ("Solarix®", "industry", "brand mark or web domain ('Solarix®')"),
        ("EcoTrade.eu", "industry", "brand mark or web domain ('EcoTrade.eu')"),
        (
            "Friends.org",
            "unknown",
            "no sector word, organisation type or legal form recognised in the name",
        ),
    ],
)
def test_the_classes_the_twentieth_round_missed(name, sector, rationale):
    c = classify(name, learned=False)
    assert (c.sector, c.rationale) == (sector, rationale)


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # Finnish bodies are compounds, and inflected: the kind word inside the word decides
        ("Kyläyhdistys Koivula", "civil_society", "association or NGO ('Kyläyhdistys')"),
        ("Urheiluseura Salama", "civil_society", "association or NGO ('Urheiluseura')"),
        ("Nuorisoseuran talo", "civil_society", "association or NGO ('Nuorisoseuran')"),
        ("Kylätoimikunta Harju", "civil_society", "association or NGO ('Kylätoimikunta')"),
        ("Kyläyhteisö Niemi", "civil_society", "association or NGO ('Kyläyhteisö')"),
        # a union of parishes is a church, a union of municipalities a public body
        (
            "Lapinjärven seurakuntayhtymä",
            "civil_society",
            "church or religious body ('seurakuntayhtymä')",
        ),
        ("Kainuun kuntayhtymä", "government", "region ('kuntayhtymä')"),
    ],
)
def test_finnish_compounds_and_their_cases(name, sector, rationale):
    c = classify(name, learned=False)
    assert (c.sector, c.rationale) == (sector, rationale)


@pytest.mark.parametrize(
    ("name", "country", "sector", "rationale"),
    [
        # national research organisations and academies by their initials
        ("CSIC-Instituto de Ganadería de Montaña", "ES", "academia", "research centre ('CSIC')"),
        ("IChF PAN", "PL", "academia", "research centre ('PAN')"),
        ("IOR-PIB Poznań", "PL", "academia", "research centre ('PIB')"),
        ("Ústav zoológie SAV", "SK", "academia", "research centre ('SAV')"),
        # university initials: Czech VŠ…, ČVUT, a Romanian 'U…' with its town
        ("VŠB-TUO", "CZ", "academia", "university initials ('VŠB')"),
        ("ČVUT v Praze", "CZ", "academia", "university initials ('ČVUT')"),
        ("UMF din Craiova", "RO", "academia", "university initials ('UMF')"),
        # initials and a town of the country, after the fallback
        ("PWSZ Tarnów", "PL", "academia", None),
        # a loose union word yields to a commercial legal form; a compound one does not
        ("NOVA UNION S.R.L.", "RO", "industry", "company legal form ('UNION + S.R.L.')"),
        (
            "Umweltdachverband GmbH",
            "AT",
            "civil_society",
            "association or NGO ('Umweltdachverband')",
        ),
        # an association named by research as its cause; one running a centre is research
        (
            "Association Santé Recherche Demain",
            "FR",
            "civil_society",
            "association for a cause ('Association + Recherche')",
        ),
        # health centres, councils, village associations, federations, chambers
        ("Centrul de Sănătate Mintală Bacău", "RO", "government", None),
        ("Centro de Salud Rural de Teba", "ES", "government", None),
        ("Unidade Local de Saúde do Alto Minho", "PT", "government", None),
        ("Gezondheidscentrum De Linde", "NL", "government", None),
        ("Vårdcentralen Åsele", "SE", "government", None),
        ("Gemeenteraad van Ede", "NL", "government", None),
        ("Kommunfullmäktige i Umeå", "SE", "government", None),
        ("Bygderådet Storuman", "SE", "civil_society", "association or NGO ('Bygderådet')"),
        ("Byalaget Östra Ljungby", "SE", "civil_society", None),
        ("Dorpsraad Wijnandsrade", "NL", "civil_society", None),
        ("Federația Organizațiilor Neguvernamentale Mureș", "RO", "civil_society", None),
        ("Cámara Agraria Provincial de Soria", "ES", "industry", "chamber ('Cámara Agraria')"),
        # a firm's trade word where nothing else speaks (weak, to review)
        ("Gorran Transportes", "ES", "industry", "trade word ('Transportes')"),
    ],
)
def test_rules_for_the_classes_the_twentyfirst_round_missed(name, country, sector, rationale):
    result = classify(name, country=country)
    assert result.sector == sector
    assert result.rationale == (rationale or result.rationale)
    assert not result.guessed


def test_initials_with_a_town_are_weak_and_only_where_the_town_is_in_the_country():
    result = classify("PWSZ Tarnów", country="PL")
    assert (result.rule, result.evidence, result.confidence) == (INITIALS_AND_TOWN, "PWSZ", 0.5)
    assert result.review_note.startswith("sector academia is a weak guess")
    # the same initials with no country, or a town of another country, say nothing
    assert not classify("PWSZ Tarnów", learned=False).placed
    assert classify("PWSZ Tarnów", country="PT").rule != INITIALS_AND_TOWN


_FIRM = "known organisation: a firm or business association"
_NGO = "known organisation: an NGO, foundation or federation"
_RESEARCH = "known organisation: a research body"
_PUBLIC = "known organisation: a public or international body"


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # brands with a country, a legal form or a unit after them still match
        ("Vattenfall Eldistribution", "industry", f"{_FIRM} ('Vattenfall')"),
        ("Capgemini Slovenija", "industry", f"{_FIRM} ('Capgemini')"),
        ("PricewaterhouseCoopers Polska", "industry", f"{_FIRM} ('PricewaterhouseCoopers')"),
        ("L’Oréal Deutschland", "industry", f"{_FIRM} ('L’Oréal')"),
        ("Kuehne + Nagel Österreich", "industry", f"{_FIRM} ('Kuehne + Nagel')"),
        ("SolarPower Europe", "industry", f"{_FIRM} ('SolarPower Europe')"),
        ("germanwatch e-mobility", "civil_society", f"{_NGO} ('germanwatch')"),
        ("Natuurmonumenten Gelderland", "civil_society", f"{_NGO} ('Natuurmonumenten')"),
        ("Bruegel", "academia", f"{_RESEARCH} ('Bruegel')"),
        ("Frontex", "government", f"{_PUBLIC} ('Frontex')"),
        # an acronym only as a whole token in capitals, as written
        ("KPMG Advisory", "industry", f"{_FIRM} ('KPMG')"),
        ("JRC Ispra", "academia", f"{_RESEARCH} ('JRC')"),
        ("UNDP Moldova", "government", f"{_PUBLIC} ('UNDP')"),
        # a type word in the name still decides
        ("Siemens Stiftung", "civil_society", "foundation ('Stiftung')"),
        ("Fundacja Greenpeace Polska", "civil_society", None),
        # farm tourism is a business, not a place's tourism organisation
        ("Turizem na podeželju Hribar", "industry", "farm tourism ('Turizem na podeželju')"),
        ("Agriturismo Il Melograno", "industry", "farm tourism ('Agriturismo')"),
        ("Kaimo turizmo sodyba Ąžuolas", "industry", "farm tourism ('Kaimo turizmo')"),
        # wine growing and making, dairies, bakeries and crafts: weak trade words
        ("Vinogradništvo Zupan", "industry", "trade or business word ('Vinogradništvo')"),
        ("Latteria di Soligo", "industry", "trade or business word ('Latteria')"),
        ("Vinska klet Brda", "industry", "trade or business word ('Vinska klet')"),
        ("Sadjarstvo Mlakar", "industry", "trade or business word ('Sadjarstvo')"),
        ("Brutăria Dulce", "industry", "trade or business word ('Brutăria')"),
        ("Amatniecības darbnīca Rūķis", "industry", "trade or business word ('Amatniecības')"),
    ],
)
def test_names_known_by_themselves_and_the_trade_families(name, sector, rationale):
    result = classify(name, learned=False)
    assert result.sector == sector
    assert result.rationale == (rationale or result.rationale)


@pytest.mark.parametrize(
    "name",
    [
        "Wrap and Roll",  # WRAP only in capitals
        "Ing. Petra Kos",  # ING only in capitals
        "Thalesian Musings",  # Thales only as a whole word
        "Alliance for the Alps",  # no known name inside another word
    ],
)
def test_known_names_do_not_fire_on_other_words(name):
    assert not classify(name, learned=False).rule.startswith("known organisation")


@pytest.mark.parametrize(
    "name, sector, rationale",
    [
        # a Slovene school named by what it teaches, Dutch vocational schools by their initials
        ("Šola za gostinstvo in turizem Radovljica", "academia", "school ('Šola za')"),
        ("ROC Rivierenland", "academia", "school ('ROC')"),
        ("Groenhorst MBO Barneveld", "academia", "school ('MBO')"),
        ("Regionaal Opleidingencentrum Zeeland", "academia", "school ('Opleidingencentrum')"),
        # Dutch and Flemish applied research
        ("Proefcentrum voor de Sierteelt", "academia", "research centre ('Proefcentrum')"),
        ("Praktijkonderzoek Akkerbouw", "academia", "research centre ('Praktijkonderzoek')"),
        ("Proefboerderij Vredepeel", "academia", "research centre ('Proefboerderij')"),
        # makers named by their trade, weak
        ("Calçados Ferreira", "industry", "trade or business word ('Calçados')"),
        ("Corticeira Norte Cortiças", "industry", "trade or business word ('Cortiças')"),
        ("Nordic Composites", "industry", "trade or business word ('Composites')"),
        ("Weberplast", "industry", "trade or business word ('Weberplast')"),
        # a makers' association is a business association, whatever trade it names
        (
            "Associação dos Industriais de Calçado",
            "industry",
            "business association ('Associação + Industriais')",
        ),
        # a place's public company for its economy, location or land, whatever its form
        (
            "Standortmarketing Talbergland GmbH",
            "government",
            "economic promotion body or public fund ('Standortmarketing')",
        ),
        (
            "Landesentwicklungsgesellschaft Nordmark mbH",
            "government",
            "economic promotion body or public fund ('Landesentwicklungsgesellschaft')",
        ),
        # a developer's project company is a firm
        ("Projektentwicklungsgesellschaft Müller GmbH", "industry", "company legal form ('GmbH')"),
        ("Mercado Municipal de Vilanova", "government", "public company ('Mercado Municipal')"),
        # forest owners are producers; an association named by its industry's material
        (
            "Waldbesitzerverband Talheim",
            "industry",
            "business association ('Waldbesitzerverband')",
        ),
        (
            "Association of Forest Owners of Norland",
            "industry",
            "business association ('Association + Forest Owners')",
        ),
        (
            "Asociación Nacional del Corcho",
            "industry",
            "business association ('Asociación + Corcho')",
        ),
        # a joint municipal authority as English writes it
        (
            "Local Federation of Kemijoki Valley",
            "government",
            "association of local authorities ('Local Federation of')",
        ),
    ],
)
def test_the_classes_the_twentythird_round_missed(name, sector, rationale):
    result = classify(name, learned=False)
    assert result.sector == sector
    assert result.rationale == (rationale or result.rationale)


@pytest.mark.parametrize(
    ("name", "country", "coined"),
    [
        ("Dravaflex", "SI", "Dravaflex"),
        ("Korvatec", "FI", "Korvatec"),
        ("Kvandor", "NO", "Kvandor"),  # no morpheme: coined is enough
        ("Brenna Vostrik", "IT", "Vostrik"),  # two words, the coined one is the evidence
        ("KaltoRun", "AT", "KaltoRun"),  # CamelCase
    ],
)
def test_a_coined_word_is_a_weak_firm(name, country, coined):
    result = classify(name, country=country)
    assert (result.sector, result.rule, result.evidence) == ("industry", BRAND_SHAPE, coined)
    assert result.rationale == f"a brand-like name: a coined word, read as a firm ('{coined}')"
    assert result.review_note.startswith("sector industry is a weak guess")
    # below every rule: the rules alone leave it unknown
    assert not classify(name, learned=False).placed


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Biologia", "IT"),  # a dictionary word
        ("Quick Line", "GB"),  # two common words
        ("Janez Kranjc", "SI"),  # a given name and a common surname-word
        ("Ljutomer", "SI"),  # a place's name: its municipality, not a brand
        ("Villach", "SI"),  # an Austrian town's name, met in another country: not coined
        ("DRAVAFLEX", "SI"),  # capitals: initials as often as a brand
        ("Dravaflex Ltd", "GB"),  # the legal form decides
        ("Drava Flex Mobil Plan", "SI"),  # more than two words
        ("Kvandor", "EE"),  # no Estonian vocabulary to tell coined from common
        ("Kvo", "NO"),  # three letters: initials or a short word
    ],
)
def test_the_brand_shape_needs_one_or_two_words_one_of_them_coined(name, country):
    assert classify(name, country=country).rule != BRAND_SHAPE


# The classes of names the twenty-fourth round missed, each in names written for this test.
@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # employers' confederations and associations named by their industry
        (
            "Confederación de Empresarios de la Rioja",
            "industry",
            "business association ('Confederación + Empresarios')",
        ),
        (
            "Estonian Logistics Association",
            "industry",
            "business association ('Association + Logistics')",
        ),
        ("Keramik-Verband Oberpfalz", "industry", "business association ('Verband + Keramik')"),
        (
            "Asociación del Vidrio de Murcia",
            "industry",
            "business association ('Asociación + Vidrio')",
        ),
        # an association of municipalities named a confederation stays one
        (
            "Confederação Nacional dos Municípios",
            "government",
            "association of local authorities ('Confederação Nacional dos Municípios')",
        ),
        ("Confederación Hidrográfica del Duero", "government", None),
        # trade nouns: shipyards, glassworks, accountants
        ("Vosk Shipyard", "industry", "trade or business word ('Shipyard')"),
        ("Lindner-Glas", "industry", "trade or business word ('Glas')"),
        ("Vetreria Sanmarco", "industry", "trade or business word ('Vetreria')"),
        ("Kremer Accountants", "industry", "trade or business word ('Accountants')"),
        ("Biuro Rachunkowe Nowak", "industry", "trade or business word ('Biuro Rachunkowe')"),
        # public bodies: directorates-general, recreation boards, water utilities, funders
        ("Direção-Geral da Saúde", "government", "ministry or state body ('Direção-Geral')"),
        (
            "Dirección General de Costas",
            "government",
            "ministry or state body ('Dirección General')",
        ),
        ("Recreatieschap Twentse Meren", "government", "ministry or state body ('Recreatieschap')"),
        ("ViK Kolašin", "government", "public company ('ViK')"),
        ("Vodokanal Niš", "government", "public company ('Vodokanal')"),
        (
            "Fundação para a Ciência da Madeira",
            "government",
            "research funder ('Fundação para a Ciência')",
        ),
        # academic chairs and a university's centre of expertise
        ("Lehrstuhl für Holzbau", "academia", "research centre ('Lehrstuhl')"),
        ("Chair of Soil Ecology", "academia", "research centre ('Chair of')"),
        (
            "Centre of Expertise Water Technology",
            "academia",
            "research centre ('Centre of Expertise')",
        ),
    ],
)
def test_the_classes_the_twentyfourth_round_missed(name, sector, rationale):
    result = classify(name, learned=False)
    assert result.sector == sector
    assert result.rationale == (rationale or result.rationale)


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # a firm named by its founder "and company" or "and sons", in each language
        ("Ozoliņš un Ko", "industry", "trade or business word ('un Ko')"),
        ("Jonaitis ir Ko", "industry", "trade or business word ('ir Ko')"),
        ("Bianchi e Figli", "industry", "trade or business word ('e Figli')"),
        ("Babić i sinovi", "industry", "trade or business word ('i sinovi')"),
        ("Dvořák a spol.", "industry", "trade or business word ('a spol')"),
        ("Szabó és Társa", "industry", "trade or business word ('és Társa')"),
        ("Pérez y Cía.", "industry", "trade or business word ('y Cía')"),
        ("Nowak i S-ka", "industry", "trade or business word ('i S-ka')"),
        ("De Vries & Zonen", "industry", "trade or business word ('Zonen')"),
        # owners and producers as people: Croatian forest owners, truffle hunters, hut keepers
        (
            "Udruga šumovlasnika Gorskog kotara",
            "industry",
            "business association ('Udruga + šumovlasnika')",
        ),
        (
            "Udruga privatnih šumoposjednika Zagorja",
            "industry",
            "business association ('Udruga + šumoposjednika')",
        ),
        ("Udruga tartufara Buzet", "industry", "business association ('Udruga + tartufara')"),
        (
            "Associazione Tartufai del Montefeltro",
            "industry",
            "business association ('Associazione + Tartufai')",
        ),
        (
            "Associazione Gestori Rifugi del Cadore",
            "industry",
            "business association ('Associazione + Gestori Rifugi')",
        ),
        (
            "Verband der Hüttenwirte Kärnten",
            "industry",
            "business association ('Verband + Hüttenwirte')",
        ),
        # an association named by its industry's material: peat
        ("Lietuvos durpių asociacija", "industry", "business association ('asociacija + durpių')"),
        ("Nordic Peat Association", "industry", "business association ('Association + Peat')"),
        # stud farms are farms (weak)
        ("Stadnina Koni Nowa Wola", "industry", "farm ('Stadnina')"),
        ("Gestüt Lindenhof", "industry", "farm ('Gestüt')"),
        ("Ergela Dubrava", "industry", "farm ('Ergela')"),
        # the state's heritage authorities
        ("Ephorate of Antiquities of Kilkis", "government", "ministry or state body ('Ephorate')"),
        (
            "Soprintendenza per i Beni Culturali di Udine",
            "government",
            "ministry or state body ('Soprintendenza')",
        ),
        (
            "Konzervatorski odjel u Zadru",
            "government",
            "ministry or state body ('Konzervatorski odjel')",
        ),
        # prisons and probation services, whatever 'services' the name carries
        (
            "Cyprus Probation Services",
            "government",
            "prison or probation service ('Probation Services')",
        ),
        ("Moorside Prison", "government", "prison or probation service ('Prison')"),
        (
            "Zakład Karny w Nowym Polu",
            "government",
            "prison or probation service ('Zakład Karny')",
        ),
        (
            "Justizvollzugsanstalt Neustadt",
            "government",
            "prison or probation service ('Justizvollzugsanstalt')",
        ),
        # research bodies: interuniversity consortia, research and innovation centres
        (
            "Consorzio Interuniversitario per la Chimica Verde",
            "academia",
            "research centre ('Interuniversitario')",
        ),
        (
            "Erdészeti Kutatási és Innovációs Központ",
            "academia",
            "research centre ('Kutatási + Innovációs Központ')",
        ),
        ("Narodowe Centrum Badań Kosmicznych", "academia", None),
        # island councils and intermunicipal bodies (nl, ro)
        ("Eilandraad van Vlieland", "government", "region ('Eilandraad')"),
        ("Consell Insular de Formentera", "government", "region ('Consell Insular')"),
        (
            "Intergemeentelijke Samenwerking Zuidrand",
            "government",
            "association of local authorities ('Intergemeentelijke')",
        ),
        (
            "Asociația de Dezvoltare Intercomunitară Valea Mureșului",
            "government",
            "association of local authorities ('Intercomunitară')",
        ),
        (
            "Asociația Comunelor din Banat",
            "government",
            "association of local authorities ('Asociația Comunelor')",
        ),
        # a Romanian county association of a sport is not an association of county councils
        (
            "Asociația Județeană de Fotbal Argeș",
            "civil_society",
            "association or NGO ('Asociația')",
        ),
        # Slavic societies and clubs written by their type's initials
        ("SKD Zarja", "civil_society", "society known by its initials ('SKD')"),
        ("PGD Zgornja Loka", "civil_society", "society known by its initials ('PGD')"),
        ("NK Zora", "civil_society", "society known by its initials ('NK')"),
        # agencies of a commercial trade are firms
        ("Greenpeak Outdoor Agency", "industry", "private agency ('Outdoor Agency')"),
        ("Agenzia Viaggi Sole", "industry", "private agency ('Agenzia Viaggi')"),
        # England's protected landscapes are park bodies
        ("North Downs AONB Partnership", "government", "park authority ('AONB')"),
        (
            "Chiltern Scarp National Landscape",
            "government",
            "park authority ('National Landscape')",
        ),
        # English funds for a cause, and animal welfare and wildlife groups
        ("Latvian Fund for Nature", "civil_society", "foundation ('Fund for Nature')"),
        ("Lake Usma Nature Park Fund", "civil_society", "foundation ('Park Fund')"),
        (
            "Pony Welfare Europe",
            "civil_society",
            "animal welfare or wildlife group ('Pony Welfare')",
        ),
        ("Moravia Wildlife", "civil_society", "animal welfare or wildlife group ('Wildlife')"),
        (
            "Société protectrice des animaux du Var",
            "civil_society",
            "animal welfare or wildlife group ('protectrice des animaux')",
        ),
        # English water and utility firms, and saltworks (weak trade words)
        ("Fenland Water", "industry", "trade word ('Water')"),
        ("Pennine Utilities", "industry", "trade word ('Utilities')"),
        ("Salines de l'Atlantique", "industry", "trade word ('Salines de')"),
        ("Strunjanske soline", "industry", "trade word ('soline')"),
        ("Solana Brač", "industry", "trade word ('Solana')"),
        # the state's forest enterprises, whatever their legal form
        (
            "Hrvatske šume, Podružnica Lika d.o.o.",
            "government",
            "public company ('Hrvatske šume')",
        ),
        ("Državni gozdovi Notranjske d.o.o.", "government", "public company ('Državni gozdovi')"),
        # Slovene schools named by their trade's adjective
        ("Kmetijska šola Zgornja Loka", "academia", "school ('Kmetijska šola')"),
        ("Čipkarska šola, Novo Polje", "academia", "school ('Čipkarska šola')"),
    ],
)
def test_the_classes_the_twentyfifth_and_twentysixth_rounds_missed(name, sector, rationale):
    result = classify(name, learned=False)
    assert result.sector == sector
    assert result.rationale == (rationale or result.rationale)


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # Spanish limited companies written SL or SLU at the end (S.L. was already a form)
        ("Reformas Duero SL", "industry", "company legal form ('SL')"),
        ("Panaderías Norte SLU", "industry", "company legal form ('SLU')"),
        # a state's, army's or town's forests opening the name, and a Czech state enterprise
        ("Vojenské lesy Hořovice s.p.", "government", "public company ('Vojenské lesy')"),
        ("Městské lesy Jihlava", "government", "public company ('Městské lesy')"),
        ("Lasy Miejskie Warszawa", "government", "public company ('Lasy')"),
        ("Státní podnik Povodí Ohře", "government", "public company ('Státní podnik')"),
        # the Polish state forests in any case, and their regional directorates by initials
        (
            "Lasów Państwowych Nadleśnictwo Gniezno",
            "government",
            "ministry or state body ('Lasów Państwowych')",
        ),
        ("RDLP w Pile", "government", "initials of a public body ('RDLP')"),
        # hr/bs/sr public institutions by their initials
        ("JU Zeleni otok", "government", "initials of a public body ('JU')"),
        # micro-regions and unions of local administrations are associations of municipalities
        (
            "Asociația de Dezvoltare a Microregiunii Valea Someșului",
            "government",
            "association of local authorities ('Microregiunii')",
        ),
        (
            "Uniunea Administrațiilor Locale din Moldova",
            "government",
            "association of local authorities ('Administrațiilor Locale')",
        ),
        # producers named as people: Italian -coltori, Spanish -cultores
        (
            "Associazione Frutticoltori della Val di Sole",
            "industry",
            "business association ('Associazione + Frutticoltori')",
        ),
        (
            "Asociación de Viticultores de Toro",
            "industry",
            "business association ('Asociación + Viticultores')",
        ),
        # a public advocate's office, and the Italian name of a sub-municipal local community
        (
            "Kärntner Patientenanwaltschaft",
            "government",
            "ministry or state body ('Patientenanwaltschaft')",
        ),
        ("Comunità locale Valle Nera", "government", "ministry or state body ('Comunità locale')"),
        # vocational schools and training centres, above a state's or province's adjective
        (
            "Staatliches Berufsschulzentrum Kahla",
            "academia",
            "school ('Berufsschulzentrum')",
        ),
        ("Centro Formativo Provinciale Belluno", "academia", "school ('Centro Formativo')"),
        (
            "Centro de Formação Profissional do Seixal",
            "academia",
            "school ('Centro de Formação Profissional')",
        ),
        ("Vocational Training Centre of Ruse", "academia", "school ('Vocational Training Centre')"),
        # a French department's or region's development agency: '<place> Développement'
        ("Ardèche Développement", "government", "development or public agency ('Développement')"),
        # ... but not a name that opens with the word
        ("Développement Rural Solidaire", UNKNOWN, None),
        # organisations known by their acronym alone, in capitals as written
        ("LIOF", "government", "known organisation: a public or international body ('LIOF')"),
        ("Liof Beheer", UNKNOWN, None),
        ("UPNA", "academia", "known organisation: a research body ('UPNA')"),
        (
            "NEPCon",
            "civil_society",
            "known organisation: an NGO, foundation or federation ('NEPCon')",
        ),
        ("CLICKNL", "industry", "known organisation: a firm or business association ('CLICKNL')"),
    ],
)
def test_the_classes_the_twentyseventh_round_missed(name, sector, rationale):
    result = classify(name, learned=False)
    assert result.sector == sector
    assert result.rationale == (rationale or result.rationale)


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # federations, unions and confederations of cooperatives are business associations
        (
            "Federación de Cooperativas Hortofrutícolas de Murcia",
            "industry",
            "business association ('Federación de Cooperativas')",
        ),
        (
            "Fédération régionale des coopératives laitières",
            "industry",
            "business association ('Fédération régionale des coopératives')",
        ),
        (
            "Unione Provinciale Cooperative Agricole",
            "industry",
            "business association ('Unione Provinciale Cooperative')",
        ),
        (
            "Uniunea Națională a Cooperativelor Meșteșugărești",
            "industry",
            "business association ('Uniunea Națională a Cooperativelor')",
        ),
        ("Savez zadruga Istre", "industry", "business association ('Savez zadruga')"),
        (
            "Svaz zemědělských družstev Vysočiny",
            "industry",
            "business association ('Svaz zemědělských družstev')",
        ),
        # ... but not a union for cooperation
        ("Union for Cross-border Cooperation", "civil_society", "association or NGO ('Union')"),
        # the executive committee of a district or region
        (
            "Vitebskas apgabala izpildkomiteja",
            "government",
            "executive committee of a district or region ('izpildkomiteja')",
        ),
        (
            "Gardino rajono vykdomasis komitetas",
            "government",
            "executive committee of a district or region ('vykdomasis komitetas')",
        ),
        (
            "Mogilev District Executive Committee",
            "government",
            "executive committee of a district or region ('District Executive Committee')",
        ),
        # the state's railways, above their company form
        ("Železnice Srbije a.d.", "government", "public company ('Železnice')"),
        ("Hrvatske željeznice d.o.o.", "government", "public company ('željeznice')"),
        ("České dráhy, a.s.", "government", "public company ('České dráhy')"),
        ("Österreichische Bundesbahnen", "government", "public company ('Bundesbahnen')"),
        ("Lietuvos geležinkeliai AB", "government", "public company ('geležinkeliai')"),
        # farms in the plural
        ("Fattorie Riunite del Garda", "industry", "farm ('Fattorie')"),
        ("Les Fermes du Plateau", "industry", "farm ('Fermes')"),
        ("Tenute Colle Alto", "industry", "farm ('Tenute')"),
        # the Slovene names of state schools in Italy
        (
            "Državni strokovni zavod za trgovino Gorica",
            "academia",
            "school ('Državni strokovni zavod')",
        ),
        (
            "Državni izobraževalni zavod Jurij Vega",
            "academia",
            "school ('Državni izobraževalni zavod')",
        ),
        # ... a state institute named by its task stays a public body
        ("Državni zavod za statistiko", "government", "ministry or state body ('statistiko')"),
        # the state's institutes of heritage, remembrance, vocational training, statistics
        (
            "Narodowy Instytut Muzealnictwa",
            "government",
            "state institute for a public task ('Narodowy + Instytut + Muzealnictwa')",
        ),
        (
            "National Institute for Vocational Training of Ruritania",
            "government",
            "state institute for a public task ('National + Institute + Vocational')",
        ),
        (
            "Nemzeti Örökségvédelmi Intézet",
            "government",
            "state institute for a public task ('Nemzeti + Intézet + Örökségvédelmi')",
        ),
        (
            "Instytut Książki i Czytelnictwa",
            "government",
            "state institute for a public task ('Instytut Książki')",
        ),
        # ... a research institute stays research, and a Polish institute of history and culture
        (
            "National Institute for Heritage Research",
            "academia",
            "research centre ('Research')",
        ),
        ("Instytut Historii i Kultury Regionu", "academia", "institute ('Instytut')"),
        # groups named by a condition their members live with
        ("Autism Ruritania", "civil_society", "organisation of people with a condition ('Autism')"),
        (
            "Down Syndrom Steiermark",
            "civil_society",
            "organisation of people with a condition ('Down Syndrom')",
        ),
        (
            "Alzheimer Nederland",
            "civil_society",
            "organisation of people with a condition ('Alzheimer')",
        ),
        # ... below a hospital or research word
        ("Epilepsy Research Unit", "academia", "research centre ('Research')"),
    ],
)
def test_the_classes_the_twentyeighth_round_missed(name, sector, rationale):
    result = classify(name, learned=False)
    assert result.sector == sector
    assert result.rationale == rationale


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # schools by their initials: hr/bs/sr music schools, Czech schools, French farm schools
        ("OGŠ Ivana Zajca", "academia", "school ('OGŠ')"),
        ("OMŠ Stevan Mokranjac", "academia", "school ('OMŠ')"),
        ("ZŠ a MŠ Horní Lhota", "academia", "school ('ZŠ')"),
        ("EPLEFPA de la Vallée Verte", "academia", "school ('EPLEFPA')"),
        ("LPA de Montagne", "academia", "school ('LPA')"),
        # ... an LPA that is no agricultural school keeps its company form
        ("LPA Consulting Ltd", "industry", "company legal form ('Ltd')"),
        # Lithuanian education centres
        ("Alytaus specialiojo ugdymo centras", "academia", "school ('ugdymo centras')"),
        # German state networking offices
        (
            "Vernetzungsstelle Schulverpflegung Sachsen",
            "government",
            "government office ('Vernetzungsstelle')",
        ),
        # Spain's rural development centres and groups are local action groups
        ("CEDER Sierra Alta", "civil_society", "local action group ('CEDER')"),
        (
            "Grupo de Desarrollo Rural Vega Baja",
            "civil_society",
            "local action group ('Grupo de Desarrollo Rural')",
        ),
        # a funding agency named by its grants, whatever university the grants serve
        (
            "Agencia Regional de Ayudas Universitarias",
            "government",
            "research funder ('Agencia Regional de Ayudas')",
        ),
        (
            "Agencia Estatal de Investigación",
            "government",
            "research funder ('Agencia Estatal de Investigación')",
        ),
        # a public enterprise written J.P. (javno preduzeće)
        ("J.P. Šume Planine", "government", "public company ('J.P.')"),
        # a development association with a company form is a development company
        (
            "Development Association of Lefkada S.A.",
            "government",
            "development or public agency ('Development Association + S.A.')",
        ),
        # ... without one it stays an association
        (
            "Rural Development Association Sava",
            "civil_society",
            "association or NGO ('Association')",
        ),
        # public fire and rescue services, volunteer brigades and mountain rescue
        (
            "Nordkyst Fire & Rescue Service",
            "government",
            "fire and rescue service ('Fire & Rescue')",
        ),
        (
            "Berufsfeuerwehr Musterstadt",
            "government",
            "fire and rescue service ('Berufsfeuerwehr')",
        ),
        ("Gasilska brigada Kranj", "government", "fire and rescue service ('Gasilska brigada')"),
        (
            "Vatrogasna zajednica Općine Lipovo",
            "civil_society",
            "volunteer fire brigade or rescue group ('Vatrogasna zajednica')",
        ),
        (
            "Freiwillige Feuerwehr Unterdorf",
            "civil_society",
            "volunteer fire brigade or rescue group ('Freiwillige Feuerwehr')",
        ),
        (
            "Velebit Mountain Rescue Service",
            "civil_society",
            "volunteer fire brigade or rescue group ('Mountain Rescue')",
        ),
        (
            "Bergwacht Allgäu",
            "civil_society",
            "volunteer fire brigade or rescue group ('Bergwacht')",
        ),
        # ... and a firefighters' union is a union
        ("Fire Brigades Union Wales", "civil_society", "association or NGO ('Union')"),
        # the national lottery's funds
        (
            "Sports Lottery Fund Ruritania",
            "government",
            "economic promotion body or public fund ('Lottery Fund')",
        ),
        # Slovene development and information centres by their initials
        ("RIC Zgornja Vas", "government", "initials of a public body ('RIC')"),
        # angling and hunting clubs, environmental organisations, Dutch unions of people
        ("Lovska družina Podgora", "civil_society", "association or NGO ('Lovska družina')"),
        ("Ribiška družina Sotla", "civil_society", "association or NGO ('Ribiška družina')"),
        (
            "Okoljska organizacija Zeleni breg",
            "civil_society",
            "association or NGO ('Okoljska organizacija')",
        ),
        ("Vrouwenbond Westerdorp", "civil_society", "association or NGO ('Vrouwenbond')"),
        # engineering and planning offices are firms, whatever development they plan
        (
            "Planungsbüro für Regionalentwicklung Huber",
            "industry",
            "consultancy or planning office ('Planungsbüro')",
        ),
        ("Adviesbureau Groenveld", "industry", "consultancy or planning office ('Adviesbureau')"),
        # a land reclamation consortium of any wording
        (
            "Consorzio della Bonifica Romagnola",
            "government",
            "public company ('Consorzio della Bonifica')",
        ),
        # Italian regional parks named by their landscape
        (
            "Parco Piemontese della Valle Alta",
            "government",
            "park authority ('Parco Piemontese della Valle')",
        ),
        ("Parco delle Dolomiti Friulane", "government", "park authority ('Parco delle Dolomiti')"),
        # Lithuanian municipal institutions
        (
            "Kauno miesto kultūros įstaiga Aidas",
            "government",
            "ministry or state body ('miesto kultūros įstaiga')",
        ),
        # Estonian holiday villages and guest houses
        ("Metsaveere Puhkeküla", "industry", "farm tourism ('Puhkeküla')"),
        ("Kadaka Külalistemaja", "industry", "farm tourism ('Külalistemaja')"),
        # Dutch community cooperatives are citizens' bodies
        (
            "Buurtcoöperatie Oosterwijk",
            "civil_society",
            "social cooperative or enterprise ('Buurtcoöperatie')",
        ),
        # Hungarian development centres, above their company form
        (
            "Dél-alföldi Gazdaságfejlesztési Központ Zrt.",
            "government",
            "development or public agency ('Gazdaságfejlesztési Központ')",
        ),
    ],
)
def test_the_classes_the_twentyninth_round_missed(name, sector, rationale):
    result = classify(name, learned=False)
    assert result.sector == sector
    assert result.rationale == rationale


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # university hospitals written short, and by their initials
        ("Uniklinik Talheim", "academia", "university ('Uniklinik')"),
        ("Uniklinikum Bergstadt", "academia", "university ('Uniklinikum')"),
        ("Ostmeerumc", "academia", "university ('Ostmeerumc')"),
        ("Rotterdam UMC", "academia", "university ('UMC')"),
        ("CHU de Valbonne", "academia", "university ('CHU')"),
        # hospitals a church or an order runs, below a university
        (
            "Katholisches Klinikum Talheim",
            "civil_society",
            "church hospital ('Katholisches + Klinikum')",
        ),
        (
            "Krankenhaus der Barmherzigen Brüder Nordau",
            "civil_society",
            "church hospital ('Barmherzigen + Krankenhaus')",
        ),
        (
            "Ospedale Fatebenefratelli di Vallombra",
            "civil_society",
            "church hospital ('Fatebenefratelli + Ospedale')",
        ),
        ("Katholische Universität Talheim", "academia", "university ('Universität')"),
        # ... and a public hospital in a compound, or by its French initials
        (
            "Landeskrankenhaus Talheim",
            "government",
            "hospital or health service ('Landeskrankenhaus')",
        ),
        ("CHIV Valmont", "government", "hospital or health service ('CHIV')"),
        ("GHT Vallée Verte", "government", "hospital or health service ('GHT')"),
        # water boards and public transport authorities
        (
            "Hoogheemraadschap van Zuidermeer",
            "government",
            "ministry or state body ('Hoogheemraadschap')",
        ),
        ("Wetterskip Noardwâld", "government", "ministry or state body ('Wetterskip')"),
        (
            "Verkehrsverbund Talheim-Bergland",
            "government",
            "ministry or state body ('Verkehrsverbund')",
        ),
        ("Vervoerregio Zuidstad", "government", "ministry or state body ('Vervoerregio')"),
        # fisheries local action groups
        ("FLAG Modra obala", "civil_society", "local action group ('FLAG')"),
        ("LAGuR Sinji val", "civil_society", "local action group ('LAGuR')"),
        ("LASR Spodnja Drava", "civil_society", "local action group ('LASR')"),
        # Slovene angling, hunting and motoring clubs by their initials; a public institute's JZ
        ("RD Dolnja vas", "civil_society", "society known by its initials ('RD')"),
        ("LD Gornji Log", "civil_society", "society known by its initials ('LD')"),
        ("JZ Park Zelena dolina", "government", "public institute ('JZ')"),
        # development bodies named a development core or centre
        (
            "Razvojno jedro Zgornja dolina",
            "government",
            "development or public agency ('Razvojno jedro')",
        ),
        # Portuguese local associations with no association word
        ("Casa do Povo de Vale Fundo", "civil_society", "association or NGO ('Casa do Povo')"),
        (
            "Sociedade Filarmónica Vilanovense",
            "civil_society",
            "association or NGO ('Sociedade Filarmónica')",
        ),
        # a nature school an association runs; without the form it stays a school
        ("MTÜ Kuusiku Looduskool", "civil_society", "association or NGO ('Looduskool + MTÜ')"),
        ("Waldschule Talheim e.V.", "civil_society", "association or NGO ('Waldschule + e.V.')"),
        ("Kuusiku Looduskool", "academia", "school ('Looduskool')"),
        # national associations of municipalities and Dutch sector bodies known by initials
        ("VVSG", "government", "known organisation: a public or international body ('VVSG')"),
        (
            "ANCI Liguria",
            "government",
            "known organisation: a public or international body ('ANCI')",
        ),
        ("VEWIN", "industry", "known organisation: a firm or business association ('VEWIN')"),
    ],
)
def test_the_classes_the_thirtieth_round_missed(name, sector, rationale):
    result = classify(name, learned=False)
    assert result.sector == sector
    assert result.rationale == rationale


@pytest.mark.parametrize("name", ["CH Media", "CHILD Foundation Europe", "Tallinna Kesklinna Kool"])
def test_the_thirtieth_rounds_initials_and_nature_schools_stay_narrow(name):
    result = classify(name, learned=False)
    assert not result.rationale.startswith(("hospital", "association or NGO ('Kool"))


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # Romanian museum complexes, named by the museum's adjective
        (
            "Complexul Muzeal Arad",
            "government",
            "museum or cultural institution ('Complexul Muzeal')",
        ),
        # army forests and state estates, German and Czech
        ("Bundesheer Militärforste Allentsteig", "government", "public company ('Militärforste')"),
        ("Staatsgut Achselschwang", "government", "public company ('Staatsgut')"),
        ("Státní statek Lány", "government", "public company ('Státní statek')"),
        # a region's tourism head office
        ("Ostbayerische Tourismuszentrale", "government", "tourist board ('Tourismuszentrale')"),
        # Czech circles of friends and societies for a cause
        (
            "Kruh přátel hradu Loket",
            "civil_society",
            "association or NGO ('Kruh přátel')",
        ),
        (
            "Společnost pro obnovu venkova Orlicka",
            "civil_society",
            "association or NGO ('Společnost pro')",
        ),
    ],
)
def test_the_classes_the_thirtyfirst_round_missed(name, sector, rationale):
    result = classify(name, learned=False)
    assert result.sector == sector
    assert result.rationale == rationale


def test_a_czech_company_named_a_society_for_keeps_its_legal_form():
    result = classify("Společnost pro stavby s.r.o.", learned=False)
    assert result.sector == "industry"


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # associations of an industry named by its trade or its firms
        (
            "Estonian Printing Companies Association",
            "industry",
            "business association ('Association + Printing')",
        ),
        (
            "Baltic Automotive Suppliers Association",
            "industry",
            "business association ('Association + Automotive')",
        ),
        (
            "Slovenian Food Exporters Association",
            "industry",
            "business association ('Association + Exporters')",
        ),
        (
            "Dairy Processors Association of Croatia",
            "industry",
            "business association ('Association + Processors')",
        ),
        (
            "Latgales augļkopju asociācija",
            "industry",
            "business association ('asociācija + augļkopju')",
        ),
        (
            "Žemaitijos pieno perdirbimo asociacija",
            "industry",
            "business association ('asociacija + perdirbimo')",
        ),
        # Czech and Slovak company forms written without the first dot or in words
        ("Hortex Vysočina s r.o.", "industry", "company legal form ('s r.o.')"),
        (
            "AGRO-MORAVA obchodní společnost s r.o.",
            "industry",
            "company legal form ('obchodní společnost')",
        ),
        (
            "Pekárna Tábor akciová společnost",
            "industry",
            "company legal form ('akciová společnost')",
        ),
        # Czech research institutes by the initials of výzkumný ústav
        ("VÚLHM", "academia", "research institute initials ('VÚLHM')"),
        ("VÚZT Praha", "academia", "research institute initials ('VÚZT')"),
        # a Latvian science centre
        ("Kurzemes zinātnes centrs", "academia", "research centre ('zinātnes centrs')"),
        # universities and research centres known by their short names
        ("MENDELU Brno", "academia", "known organisation: a research body ('MENDELU')"),
        ("LAMMC", "academia", "known organisation: a research body ('LAMMC')"),
        # Poland's large state-controlled firms
        (
            "Grupa Azoty Puławy",
            "industry",
            "known organisation: a firm or business association ('Grupa Azoty')",
        ),
        (
            "Polska Grupa Energetyczna Obrót",
            "industry",
            "known organisation: a firm or business association ('Polska Grupa Energetyczna')",
        ),
    ],
)
def test_the_classes_the_thirtysecond_round_missed(name, sector, rationale):
    result = classify(name, learned=False)
    assert result.sector == sector
    assert result.rationale == rationale


@pytest.mark.parametrize("name", ["VÚB Leasing", "VÚC Nitra"])
def test_a_bank_and_a_slovak_region_are_not_research_institute_initials(name):
    result = classify(name, learned=False)
    assert not result.rationale.startswith("research institute initials")


@pytest.mark.parametrize(
    "name", ["Printing Museum Association", "Association of Friends of the Automotive Museum"]
)
def test_a_museum_friends_association_named_by_a_trade_stays_civil_society(name):
    result = classify(name, learned=False)
    assert result.sector == "civil_society"
    assert result.rationale.startswith("association or NGO")


@pytest.mark.parametrize(
    "name",
    ["Sentieri dell'Alto Verbano", "Sentieri dell’Alto Verbano", "SENTIERI DELL'ALTO VERBANO"],
)
def test_a_known_name_is_not_an_elided_article(name):
    # the Italian "dell'" (and dall', nell', l', d') is no firm named Dell
    result = classify(name, learned=False)
    assert not result.rationale.startswith("known organisation")


@pytest.mark.parametrize(
    ("name", "rationale"),
    [
        ("Dell Italia", "known organisation: a firm or business association ('Dell')"),
        ("Dell's Service Centre", "known organisation: a firm or business association ('Dell')"),
        ("Dell Technologies Italia", "company word ('Technologies')"),
    ],
)
def test_a_known_firm_written_whole_or_as_a_possessive_is_still_the_firm(name, rationale):
    result = classify(name, learned=False)
    assert result.sector == "industry"
    assert result.rationale == rationale


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # Italian public bodies named 'Ente …', and protected areas
        (
            "Ente di gestione delle Aree protette del Monte Rosso",
            "government",
            "park authority ('Aree protette')",
        ),
        (
            "Ente di gestione dei Parchi della Pianura",
            "government",
            "public body ('Ente di gestione')",
        ),
        (
            "Ente Regionale per lo Sport e il Tempo Libero",
            "government",
            "public body ('Ente Regionale')",
        ),
        (
            "Ente per lo Sviluppo dell'Irrigazione",
            "government",
            "public body ('Ente per lo Sviluppo')",
        ),
        (
            "Area marina protetta Isola Lunga",
            "government",
            "park authority ('Area marina protetta')",
        ),
        (
            "Ente Nazionale per la Cinematografia",
            "government",
            "public body ('Ente Nazionale per')",
        ),
        # the same public-body heads in es, cs, ro, fr, pl
        ("Ente Público de Aguas del Norte", "government", "public body ('Ente Público')"),
        (
            "Správa silnic Vysočiny, příspěvková organizace",
            "government",
            "public body ('příspěvková organizace')",
        ),
        ("Regia Autonomă Apele Montane", "government", "public body ('Regia Autonomă')"),
        (
            "Régie autonome des transports du Pays",
            "government",
            "public body ('Régie autonome')",
        ),
        (
            "Państwowe Gospodarstwo Rybackie",
            "government",
            "public body ('Państwowe Gospodarstwo')",
        ),
        # a state's or region's forest service
        ("Ruritania Forest Service", "government", "forest service ('Forest Service')"),
        ("Service forestier du Haut-Pays", "government", "forest service ('Service forestier')"),
        (
            "Servizio forestale della Valle Alta",
            "government",
            "forest service ('Servizio forestale')",
        ),
        ("Corpo forestale della Valle", "government", "forest service ('Corpo forestale')"),
        ("Ente foreste della Montagna", "government", "forest service ('Ente foreste')"),
        ("Servicio Forestal de Montaña", "government", "forest service ('Servicio Forestal')"),
        ("Serviço Florestal da Serra", "government", "forest service ('Serviço Florestal')"),
        ("Forstdienst Obertal", "government", "forest service ('Forstdienst')"),
        # 'Uni' with a place
        ("Uni Bergheim", "academia", "university ('Uni')"),
        ("Uni St. Georgen", "academia", "university ('Uni')"),
        # a cooperative named by its place: its form decides
        (
            "Energiegenossenschaft im Landkreis Obertal eG",
            "industry",
            "cooperative ('Energiegenossenschaft + Landkreis')",
        ),
        ("Bürgersolar Landkreis Obertal e.G.", "industry", "cooperative ('e.G. + Landkreis')"),
        ("Zadruga Občine Zgornja Loka", "industry", "cooperative ('Zadruga + Občine')"),
        (
            "Spółdzielnia Mieszkaniowa Gminy Nowa Wieś",
            "industry",
            "cooperative ('Spółdzielnia + Gminy')",
        ),
        # adult education and training centres are schools
        ("Kauno suaugusiųjų mokymo centras", "academia", "school ('suaugusiųjų mokymo')"),
        ("Rēzeknes pieaugušo izglītības centrs", "academia", "school ('pieaugušo izglītības')"),
        ("Center za izobraževanje odraslih Loka", "academia", "school ('izobraževanje odraslih')"),
        ("Ustanova za obrazovanje odraslih Obala", "academia", "school ('obrazovanje odraslih')"),
        (
            "Centro Provinciale per l'Istruzione degli Adulti Valle Alta",
            "academia",
            "school ('Istruzione degli Adulti')",
        ),
        ("Centro di formazione Alpina", "academia", "school ('Centro di formazione')"),
        ("Riverside Lifelong Learning Centre", "academia", "school ('Lifelong Learning Centre')"),
        ("Centrum voor Volwassenenonderwijs Leie", "academia", "school ('Volwassenenonderwijs')"),
        ("Järviseudun aikuiskoulutuskeskus", "academia", "school ('aikuiskoulutuskeskus')"),
        # the Italian, Portuguese and Romanian academy
        ("Accademia di Belle Arti di Montalto", "academia", "university ('Accademia')"),
        ("Academia de Música do Norte", "academia", "university ('Academia')"),
        ("Academia de Studii Agricole", "academia", "university ('Academia')"),
        # Turkish vocational and technical Anatolian high schools
        ("Obertepe MTAL", "academia", "school ('MTAL')"),
        # women's groups
        ("Landfrauen Obertal", "civil_society", "women's group ('Landfrauen')"),
        ("Donne in Rete Valle", "civil_society", "women's group ('Donne')"),
        ("Naisten Kaari", "civil_society", "women's group ('Naisten')"),
    ],
)
def test_the_classes_the_thirtythird_round_missed(name, sector, rationale):
    result = classify(name, learned=False)
    assert result.sector == sector
    assert result.rationale == rationale


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # an ente that is a firm or an association by its form stays so
        ("Ente Fiera Nord S.p.A.", "industry", "company legal form ('S.p.A.')"),
        (
            "Associazione Ente Regionale Teatrale",
            "civil_society",
            "association or NGO ('Associazione')",
        ),
        # a forest services firm and association
        ("Nordwood Forest Services Ltd", "industry", "company legal form ('Ltd')"),
        (
            "Forest Service Volunteers Association",
            "civil_society",
            "association or NGO ('Association')",
        ),
        # a firm named Uni…, with its form
        ("Uni Systems S.A.", "industry", "company word ('Systems')"),
        # a district alone, and a union of cooperatives in one
        ("Landkreis Obertal", "government", "region ('Landkreis')"),
        (
            "Genossenschaftsverband im Landkreis Obertal",
            "industry",
            "business association ('Genossenschaftsverband')",
        ),
        # adult education associations stay associations
        (
            "Estonian Adult Education Association",
            "civil_society",
            "association or NGO ('Association')",
        ),
        (
            "Lietuvos suaugusiųjų švietimo asociacija",
            "civil_society",
            "association or NGO ('asociacija')",
        ),
        # the Romanian employers' word is still a business association
        (
            "Patronatul Angajatorilor din Transport",
            "industry",
            "business association ('Patronatul')",
        ),
        # a town whose name opens with 'Frauen' is no women's group
        ("Frauenau Glashütte", "industry", "trade or business word ('Glashütte')"),
    ],
)
def test_what_the_thirtythird_round_classes_leave_alone(name, sector, rationale):
    result = classify(name, learned=False)
    assert result.sector == sector
    assert result.rationale == rationale


@pytest.mark.parametrize("name", ["Utente Regionale Sardo", "Docente Provinciale Unito"])
def test_ente_inside_a_word_is_no_public_body(name):
    result = classify(name, learned=False)
    assert not result.rationale.startswith("public body")


def test_the_italian_patronato_is_no_employers_association():
    # a trade union's welfare service, not the Romanian or French employers' 'patronat'
    result = classify("Patronato Sindacale Lavoratori", learned=False)
    assert not result.rationale.startswith("business association")


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # a Latvian fund of nature is an NGO's foundation, not a public fund
        ("Kurzemes Dabas fonds", "civil_society", "foundation ('Dabas fonds')"),
        # biological field stations, in each language, above a cluster word and a legal form
        ("Biologische Station Obertal", "academia", "research centre ('Biologische Station')"),
        (
            "Hydrobiologische Station Mittelsee",
            "academia",
            "research centre ('Hydrobiologische Station')",
        ),
        ("Biological Station Lake Nordvik", "academia", "research centre ('Biological Station')"),
        ("Station biologique de Montclair", "academia", "research centre ('Station biologique')"),
        ("Stazione biologica del Lago Verde", "academia", "research centre ('Stazione biologica')"),
        ("Stacja Biologiczna w Zielonce", "academia", "research centre ('Stacja Biologiczna')"),
        ("Biološka postaja Zelenjak", "academia", "research centre ('Biološka postaja')"),
        (
            "Alpenwasser Cluster - Biological Station GmbH",
            "academia",
            "research centre ('Biological Station')",
        ),
        # Estonian development and cooperation chambers are local action groups
        ("Põlvamaa Arenduskoda", "civil_society", "local action group ('Arenduskoda')"),
        ("Saarte Koostöökoda", "civil_society", "local action group ('Koostöökoda')"),
        # an Estonian büroo is a firm's office
        ("Maamõõdu büroo", "industry", "company word ('büroo')"),
        ("Projekteerimisbüroo Kask", "industry", "company word ('Projekteerimisbüroo')"),
        # a German Land's or the federal central office for a public task
        (
            "Landeszentrale für politische Bildung Obertal",
            "government",
            "public agency ('Landeszentrale')",
        ),
        ("Bundeszentrale für Gesundheitsbildung", "government", "public agency ('Bundeszentrale')"),
        # German and Austrian social enterprises, whatever their company form
        (
            "Lebenswert - Sozialbetriebs-GmbH",
            "civil_society",
            "social cooperative or enterprise ('Sozialbetriebs')",
        ),
        (
            "Sozialökonomischer Betrieb Obertal GmbH",
            "civil_society",
            "social cooperative or enterprise ('Sozialökonomischer Betrieb')",
        ),
        # a university in an association's or foundation's form, named in apposition
        ("Verein Fachhochschule Obertal", "academia", "university ('Verein Fachhochschule')"),
        (
            "Stiftung Tierärztliche Hochschule Mittelstadt",
            "academia",
            "university ('Stiftung Tierärztliche Hochschule')",
        ),
        ("Stiftung Universität Obertal", "academia", "university ('Stiftung Universität')"),
        # a town's or state's 'Tech', the whole name
        ("Riga Tech", "academia", "university ('Riga Tech')"),
        ("Texas Tech (TTU)", "academia", "university ('Texas Tech')"),
        # Romanian business associations (afaceri: business)
        (
            "Asociatia de Afaceri Româno-Nordice",
            "industry",
            "business association ('Asociatia + Afaceri')",
        ),
        (
            "Asociația Oamenilor de Afaceri din Valea Verde",
            "industry",
            "business association ('Asociația + Oamenilor de Afaceri')",
        ),
        # Estonian foundations of development are the state's development agencies
        (
            "Lõuna-Eesti Arengu Sihtasutus",
            "government",
            "development or public agency ('Arengu Sihtasutus')",
        ),
        (
            "Saaremaa Arendamise Sihtasutus",
            "government",
            "development or public agency ('Arendamise Sihtasutus')",
        ),
        # a Latvian school in the genitive at a name's end
        ("Valmieras tehniskās skolas", "academia", "school ('skolas')"),
        # Estonian municipalities in the comitative (koostöös … vallaga, linnaga)
        ("Rapla vallaga", "government", "municipality ('vallaga')"),
        ("Viljandi linnaga", "government", "municipality ('linnaga')"),
    ],
)
def test_the_classes_the_thirtyfourth_round_missed(name, sector, rationale):
    result = classify(name, learned=False)
    assert result.sector == sector
    assert result.rationale == rationale


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # a firm named by a trade word, or by 'Tech' and more than a place
        ("Dell Technologies", "industry", "company word ('Technologies')"),
        ("Riga Tech Solutions", "industry", "company word ('Solutions')"),
        ("Vilnius Tech Park", "industry", "trade or business word ('Tech')"),
        ("Obertaler Tech", "industry", "trade or business word ('Tech')"),
        # a state's fund named by its task stays public
        ("Kurzemes vides aizsardzības fonds", "government", "public institute ('fonds')"),
        # a station named in brackets after the body that runs it is the body's part
        (
            "Land Obertal, Abteilung 4 (Biologische Station Mittelsee)",
            "government",
            "region ('Land Obertal')",
        ),
        # a cluster with no research word stays a business association
        ("Holzcluster Obertal", "industry", "business association ('Holzcluster')"),
        # associations of a university's friends or for it stay associations
        (
            "Verein der Freunde der Fachhochschule Obertal",
            "civil_society",
            "association or foundation of a university ('Verein + Fachhochschule')",
        ),
        (
            "Förderverein Hochschule Obertal",
            "civil_society",
            "association or foundation of a university ('Förderverein + Hochschule')",
        ),
        (
            "Verein zur Förderung der Universität Obertal",
            "civil_society",
            "association or foundation of a university ('Verein + Universität')",
        ),
        # Romanian afaceri as a ministry's or Europe's affairs
        ("Ministerul Afacerilor Externe", "government", "ministry ('Ministerul')"),
        (
            "Asociația pentru Afaceri Europene",
            "civil_society",
            "association or NGO ('Asociația')",
        ),
        # a Latvian association of a school, and a central office that is an association
        ("Siguldas skolas atbalsta biedrība", "civil_society", "association or NGO ('biedrība')"),
        (
            "Landeszentrale für Gesundheitsförderung Obertal e.V.",
            "civil_society",
            "association or NGO ('e.V.')",
        ),
        # an Estonian foundation of another cause stays a foundation
        ("Loodushoiu Sihtasutus", "civil_society", "foundation ('Sihtasutus')"),
    ],
)
def test_what_the_thirtyfourth_round_classes_leave_alone(name, sector, rationale):
    result = classify(name, learned=False)
    assert result.sector == sector
    assert result.rationale == rationale


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # Healthy Cities networks are associations, not the city they name (en, hr, sl, it, fr,
        # pl, es)
        ("Healthy City Novigrad", "civil_society", "healthy cities network ('Healthy City')"),
        ("Zdravi grad Lipovac", "civil_society", "healthy cities network ('Zdravi grad')"),
        ("Zdravo mesto Lipnik", "civil_society", "healthy cities network ('Zdravo mesto')"),
        ("Rete Città Sane di Borgoalto", "civil_society", "healthy cities network ('Città Sane')"),
        (
            "Réseau Villes-Santé de Montclair",
            "civil_society",
            "healthy cities network ('Villes-Santé')",
        ),
        (
            "Stowarzyszenie Zdrowe Miasta Polskie",
            "civil_society",
            "healthy cities network ('Zdrowe Miasta')",
        ),
        (
            "Red de Ciudades Saludables de Altamira",
            "civil_society",
            "healthy cities network ('Ciudades Saludables')",
        ),
        # Polish market-garden and orchard farms
        ("Gospodarstwo Ogrodnicze Jan Kowalik", "industry", "farm ('Gospodarstwo Ogrodnicze')"),
        ("Gospodarstwo Sadownicze Nowak", "industry", "farm ('Gospodarstwo Sadownicze')"),
        # the Italian snc written without dots
        ("Brillio snc", "industry", "company legal form ('snc')"),
        ("Rossi e Bianchi snc di Mario Rossi", "industry", "company legal form ('snc')"),
        # a park's public institute is its park authority (en), and Spanish natural parks
        (
            "Public Institute Landscape Park Lipnik",
            "government",
            "park authority ('Landscape Park')",
        ),
        ("Parque Natural de la Sierra Alta", "government", "park authority ('Parque Natural')"),
        # people's universities are adult education centres (it, fr)
        (
            "Università Popolare di Borgoalto",
            "academia",
            "people's university ('Università Popolare')",
        ),
        (
            "Université populaire de Montclair",
            "academia",
            "people's university ('Université populaire')",
        ),
    ],
)
def test_rules_for_the_classes_the_thirtyfifth_round_missed(name, sector, rationale):
    result = classify(name, learned=False)
    assert result.sector == sector
    assert result.rationale == rationale


@pytest.mark.parametrize(
    ("name", "sector", "rationale"),
    [
        # a people's university of the third age stays a third-age university
        (
            "Università Popolare della Terza Età di Borgoalto",
            "civil_society",
            "third-age university ('Terza Età')",
        ),
        # a city, grad or mestna občina without 'healthy' stays a municipality
        ("City of Novigrad", "government", "municipality ('City of')"),
        ("Grad Lipovac", "government", "municipality ('Grad')"),
        ("Mestna občina Lipnik", "government", "municipality ('Mestna občina')"),
        # a known firm's name with a company word, an institute of landscape, a people's bank,
        # a Polish farm
        ("Dell Technologies", "industry", "company word ('Technologies')"),
        ("Landscape Architecture Institute", "academia", "institute ('Institute')"),
        ("Banca Popolare di Borgoalto", "industry", "company word ('Banca')"),
        ("Gospodarstwo Rolne Jan Kowalik", "industry", "farm ('Gospodarstwo Rolne')"),
    ],
)
def test_what_the_thirtyfifth_round_classes_leave_alone(name, sector, rationale):
    result = classify(name, learned=False)
    assert result.sector == sector
    assert result.rationale == rationale
