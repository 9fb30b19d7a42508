"""The lead and the project's own name, in the shapes pages write them (fixtures written for
these tests in the shapes real pages have; their text stays out of the repository).
"""

from __future__ import annotations

from helix_graph.ingest.extract import extract_text


def _table(text: str) -> list[tuple[str, str | None, str]]:
    result = extract_text(text, file="p.txt")
    return [(p["name"], p["country"], p["role"]) for p in result["partners"]]


def test_the_name_before_as_and_the_next_role_word_has_that_role():
    # the run after "partnera:" stops at "kao vodeći partner": its last name is the lead
    assert _table(
        "U projektu sudjeluju tri partnera: Prijestonica Bar (Crna Gora) kao vodeći partner, NVO "
        "Most iz Kotora i Općina Vrbovec."
    ) == [
        ("Prijestonica Bar", "ME", "lead"),
        ("NVO Most iz Kotora", "ME", "partner"),
        ("Općina Vrbovec", "HR", "partner"),
    ]


def test_a_singular_lead_word_names_one_body_up_to_its_verb():
    # no word of an organisation, an "e" inside the name, a verb after it; no country stated
    assert _table(
        "Na Bledu je potekalo srečanje.\n\nVodilni partner Ricerca applicata e sviluppo r2s je "
        "gostil predstavnike devetih partnerskih ustanov."
    ) == [("Ricerca applicata e sviluppo r2s", None, "lead")]


def test_the_name_after_partners_of_the_project_is_the_projects_own():
    # "partnerjev projekta MOSTOVI": the acronym is the project, not a partner
    assert _table(
        "V Kopru je potekalo srečanje partnerjev projekta MOSTOVI. Partnerji so Občina Piran in "
        "Zavod Kraški zidovi."
    ) == [("Občina Piran", "SI", "partner"), ("Zavod Kraški zidovi", "SI", "partner")]
