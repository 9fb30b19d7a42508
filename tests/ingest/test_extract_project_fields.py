"""A page's project fields: the programme in any case and its period where its name is, and a
status line that is not the project's name."""

from __future__ import annotations

from helix_graph.ingest.extract import extract_text

PARTNERS = "Lead partner: Občina Kranj\nPartners: Univerza v Mariboru, Stadt Graz\n"


def _programme(text: str) -> tuple:
    project = extract_text(text, file="page.txt", language="en")["project"]
    return project.get("programme"), project.get("programme_period")


def test_a_programme_written_in_capitals_is_interreg():
    text = "Acronym: RiverTrails\nINTERREG V-A Slovenia-Austria 2014-2020\n" + PARTNERS
    assert _programme(text) == ("Interreg V-A Slovenia-Austria", "2014–2020")


def test_the_period_comes_after_the_programme_where_the_programme_was_read():
    labelled = (
        "RiverTrails: cycling trails along the Sava and the Drava for the towns on their banks\n"
        "Acronym: RiverTrails\nProgramme: Interreg Central Europe 2021-2027\n" + PARTNERS
    )
    assert _programme(labelled) == ("Interreg Central Europe", "2021–2027")
    # a label without a period: the years of another sentence are not the programme's
    elsewhere = (
        "Acronym: RiverTrails\nProgramme: Interreg Central Europe\n"
        + PARTNERS
        + "\nThe towns had planned the trails between 2014 - 2020 already.\n"
    )
    assert _programme(elsewhere) == ("Interreg Central Europe", None)


def test_a_status_after_the_word_project_is_not_the_projects_name():
    prose = "PROJECT FINISHED\n\nThe RiverTrails project joined the towns. " + PARTNERS
    project = extract_text(prose, file="page.txt", language="en")["project"]
    assert (project["acronym"], project["status"]) == ("RiverTrails", "finished")
    labels = "PROJEKT ZAKLJUČEN\n" + PARTNERS
    project = extract_text(labels, file="page.txt", language="sl")["project"]
    assert (project["acronym"], project["status"]) == (None, "finished")


def test_a_list_item_or_a_place_in_brackets_on_the_first_lines_is_no_title():
    items = "- Občina Kranj (Slovenia)\n- Stadt Graz (Austria)\n"
    project = extract_text(items, file="page.txt", language="en")["project"]
    assert (project["title"], project["acronym"]) == (None, None)
    place = "Stadt Graz (Austria)\n" + PARTNERS
    project = extract_text(place, file="page.txt", language="en")["project"]
    assert (project["title"], project["acronym"]) == (None, None)
    titled = "Family-friendly libraries for small towns (HOME)\n" + PARTNERS
    project = extract_text(titled, file="page.txt", language="en")["project"]
    assert (project["title"], project["acronym"]) == (
        "Family-friendly libraries for small towns",
        "HOME",
    )
