"""The draft data files written from extracted pages, compared as whole texts.

Two pages of one programme that share a partner: the programme goes to programmes.yaml with
both pages as its sources, the shared organisation is written once (in the first page's
file, with both sources) and the second file says where it is. Pages written for the tests.
"""

from __future__ import annotations

from datetime import date

from helix_graph.ingest.extract import draft_dataset, draft_dataset_yaml, draft_files, extract_text
from helix_graph.ingest.seed_files import read_dataset

RIVERS = (
    "Title: Rivers Without Borders\n"
    "Acronym: RIVERS\n"
    "Programme: Interreg Italy-Slovenia\n"
    "Start date: 1 April 2020\n"
    "End date: 30 September 2022\n"
    "Budget: EUR 980.500,00\n\n"
    "Lead partner: Občina Tolmin (Slovenia)\n"
    "Partner: Comune di Cividale del Friuli (Italy)\n"
)
BRIDGES = (
    "Title: Bridges of the Soča\n"
    "Acronym: BRIDGES\n"
    "Programme: Interreg Italy-Slovenia\n\n"
    "Lead partner: Comune di Gorizia (Italy)\n"
    "Partner: Občina Tolmin (Slovenia)\n"
)
_HEADER = "# Check it, fix what the review list names, delete these comments, then: helix-graph load FILE\n"


def _municipality(id_: str, name: str, country: str, sources: list[str]) -> str:
    listed = "".join(f"  - {s}\n" for s in sources)
    return (
        f"- id: {id_}\n  name: {name}\n  name_local: {name}\n  kind: municipality\n"
        "  helix_sector: government\n  sector_inferred: true\n"
        "  sector_rationale: classifier rule 'municipality', confidence 0.95\n"
        f"  country: {country}\n  sources:\n{listed}"
    )


def _participation(project: str, organisation: str, role: str, source: str) -> str:
    return (
        f"- project: {project}\n  organisation: {organisation}\n  role: {role}\n"
        f"  sources:\n  - {source}\n"
    )


def test_two_pages_of_one_programme_sharing_a_partner_make_three_files(tmp_path):
    rivers = extract_text(RIVERS, file="rivers.txt", language="en")
    bridges = extract_text(BRIDGES, file="pages/bridges.html.txt", language="en")
    files = draft_files([rivers, bridges])
    assert list(files) == ["rivers.yaml", "bridges.html.yaml", "programmes.yaml"]
    assert files["rivers.yaml"] == (
        "# Draft extracted from rivers.txt (en) by helix-graph extract.\n"
        + _HEADER
        + "projects:\n- id: rivers\n  acronym: RIVERS\n  title: Rivers Without Borders\n"
        "  programme: interreg-italy-slovenia\n  start_date: 2020-04-01\n  end_date: 2022-09-30\n"
        "  total_budget_eur: 980500.0\n  sources:\n  - rivers.txt\n"
        "organisations:\n"
        + _municipality("obcina-tolmin", "Občina Tolmin", "SI", ["rivers.txt", "pages/bridges.html.txt"])
        + _municipality("comune-di-cividale-del-friuli", "Comune di Cividale del Friuli", "IT", ["rivers.txt"])
        + "participations:\n"
        + _participation("rivers", "obcina-tolmin", "lead", "rivers.txt")
        + _participation("rivers", "comune-di-cividale-del-friuli", "partner", "rivers.txt")
    )  # fmt: skip
    assert files["bridges.html.yaml"] == (
        "# Draft extracted from pages/bridges.html.txt (en) by helix-graph extract.\n"
        + _HEADER
        + "# organisation 'obcina-tolmin' is also on this page; its record is in rivers.yaml\n"
        "# To review:\n#  - no start date found\n"
        "projects:\n- id: bridges\n  acronym: BRIDGES\n  title: Bridges of the Soča\n"
        "  programme: interreg-italy-slovenia\n  sources:\n  - pages/bridges.html.txt\n"
        "organisations:\n"
        + _municipality("comune-di-gorizia", "Comune di Gorizia", "IT", ["pages/bridges.html.txt"])
        + "participations:\n"
        + _participation("bridges", "comune-di-gorizia", "lead", "pages/bridges.html.txt")
        + _participation("bridges", "obcina-tolmin", "partner", "pages/bridges.html.txt")
    )  # fmt: skip
    assert files["programmes.yaml"] == (
        "# Programmes named by the extracted pages (helix-graph extract); check them.\n"
        "programmes:\n- id: interreg-italy-slovenia\n  name: Interreg Italy-Slovenia\n"
        "  period: null\n  sources:\n  - rivers.txt\n  - pages/bridges.html.txt\n"
    )
    # the three files load together: two projects, three organisations, four ties
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert read_dataset([tmp_path]).counts() == {
        "programmes": 1,
        "projects": 2,
        "organisations": 3,
        "participations": 4,
    }


def test_the_programmes_file_is_written_in_the_letters_of_the_names():
    # a person checks programmes.yaml: "Österreich" and "übersicht" as written, not escaped
    page = (
        "Title: Alpine Paths\nAcronym: PATHS\nProgramme: Interreg Österreich-Bayern\n\n"
        "Lead partner: Gemeinde Kufstein (Austria)\nPartner: Stadt Rosenheim (Germany)\n"
    )
    files = draft_files([extract_text(page, file="wege/übersicht.txt", language="de")])
    assert files["programmes.yaml"] == (
        "# Programmes named by the extracted pages (helix-graph extract); check them.\n"
        "programmes:\n- id: interreg-osterreich-bayern\n  name: Interreg Österreich-Bayern\n"
        "  period: null\n  sources:\n  - wege/übersicht.txt\n"
    )


def test_a_page_without_an_acronym_or_programme_is_named_after_its_title_or_file():
    titled = extract_text(
        "Title: Green Valleys\n\nPartner: Comune di Gemona (Italy)\n", file="gv.txt", language="en"
    )
    records = draft_dataset(titled)
    assert list(records) == ["projects", "organisations", "participations"]
    assert records["projects"] == [
        {"id": "green-valleys", "acronym": "Green Valleys", "title": "Green Valleys", "sources": ["gv.txt"]}
    ]  # fmt: skip
    assert records["participations"] == [
        {"project": "green-valleys", "organisation": "comune-di-gemona", "role": "partner", "sources": ["gv.txt"]}
    ]  # fmt: skip

    untitled = extract_text(
        "Nothing here names the project.\n", file="news/item-7.txt", language="en"
    )
    assert draft_dataset(untitled) == {"projects": [{"id": "item-7", "acronym": "item-7", "sources": ["news/item-7.txt"]}]}  # fmt: skip


def test_two_partners_whose_names_give_one_id_get_two_ids():
    result = {
        "file": "p.txt",
        "language": "en",
        "project": {"acronym": "TWINS"},
        "review": [],
        "partners": [
            {"name": name, "name_as_written": name, "kind": "municipality", "helix_sector": "government",
             "sector_rule": "municipality", "sector_confidence": 0.951, "country": "SI", "role": role}
            for name, role in [("Občina Bled", "lead"), ("Obcina Bled", "partner"), ("OBČINA BLED", None)]
        ],
    }  # fmt: skip
    records = draft_dataset(result)
    assert [o["id"] for o in records["organisations"]] == [
        "obcina-bled",
        "obcina-bled-2",
        "obcina-bled-2-2",
    ]
    # the confidence in the rationale to two places; a tie without a role has no role field
    assert {o["sector_rationale"] for o in records["organisations"]} == {
        "classifier rule 'municipality', confidence 0.95"
    }
    assert [p.get("role") for p in records["participations"]] == ["lead", "partner", None]
    assert draft_dataset_yaml(result, notes=["a note"]).splitlines()[:4] == [
        "# Draft extracted from p.txt (en) by helix-graph extract.",
        _HEADER.rstrip("\n"),
        "# a note",
        "projects:",
    ]


def test_every_labelled_fact_of_a_project_and_a_descriptor_reach_the_draft_records():
    # code (its first word), status (in the vocabulary's words), the website without the
    # sentence's full stop, both amounts; "Company" before a name is noted, not kept in it
    result = extract_text(
        "Title: Wood Paths\n"
        "Acronym: WOODPATH\n"
        "Project code: ITAT1054 (second call)\n"
        "Programme: Interreg V-A Italia-Österreich 2014-2020\n"
        "Start date: 1 March 2019\n"
        "End date: 31 August 2021\n"
        "Status: Closed\n"
        "Total budget: EUR 1.250.000,00\n"
        "ERDF: EUR 1.062.500,00\n"
        "Website: https://www.woodpaths.example.eu/about.\n\n"
        "Lead partner: Company Alfa Legno S.r.l. (Italy)\n",
        file="woodpath.txt",
        language="en",
    )
    records = draft_dataset(result)
    programme = "interreg-v-a-italia-osterreich-20142020"  # the period's dash is not kept
    assert records["programmes"] == [
        {"id": programme, "name": "Interreg V-A Italia-Österreich", "period": "2014–2020", "sources": ["woodpath.txt"]}
    ]  # fmt: skip
    assert records["projects"] == [
        {
            "id": "woodpath",
            "acronym": "WOODPATH",
            "title": "Wood Paths",
            "code": "ITAT1054",
            "programme": programme,
            "start_date": date(2019, 3, 1),
            "end_date": date(2021, 8, 31),
            "total_budget_eur": 1250000.0,
            "erdf_eur": 1062500.0,
            "url": "https://www.woodpaths.example.eu/about",
            "status": "finished",
            "sources": ["woodpath.txt"],
        }
    ]
    assert records["organisations"] == [
        {
            "id": "alfa-legno-s-r-l",
            "name": "Alfa Legno S.r.l.",
            "name_local": "Company Alfa Legno S.r.l.",
            "kind": "company",
            "helix_sector": "industry",
            "sector_inferred": True,
            "sector_rationale": "classifier rule 'company legal form', confidence 0.85",
            "country": "IT",
            "sources": ["woodpath.txt"],
            "notes": "'Company' describes it and is not part of its name",
        }
    ]
    assert records["participations"] == [
        {"project": "woodpath", "organisation": "alfa-legno-s-r-l", "role": "lead", "sources": ["woodpath.txt"]}
    ]  # fmt: skip
