"""Partner runs the dev sets held that the extractor missed before the extract15 branch: a bare
"Partners" heading over one line of names parted by commas, two lines under the lead's label (a programme record of the seventeenth held-out set read one of its 28 names).

The fixtures are written for these tests in the shapes those pages had; the expected partners,
countries and roles are worked out by hand.
"""

from __future__ import annotations

from tests.ingest.extract_rows import partner_rows as _table


def test_a_partners_heading_over_a_comma_run_opens_the_run():
    text = (
        "Percorsi ciclabili tra le due sponde\n\n"
        "Durata\n\n1 marzo 2011 – 30 giugno 2013\n\n"
        "Capofila: Comune di Udine\n\n"
        "Partners\n\n"
        "Comune di Tolmin, Provincia di Gorizia, Občina Kobarid, Università di Trieste\n\n"
        "Sintesi\n\n"
        "Il progetto collega i percorsi ciclabili delle valli di confine e ne cura la segnaletica."
    )
    assert _table(text) == [
        ("Comune di Udine", "IT", "lead"),
        ("Comune di Tolmin", "SI", "partner"),
        ("Provincia di Gorizia", "IT", "partner"),
        ("Občina Kobarid", "SI", "partner"),
        ("Università di Trieste", "IT", "partner"),
    ]


def test_a_role_line_after_a_name_still_gives_that_name_its_role():
    # "X / Lead Partner" with no run of names below: the heading names X's role
    text = (
        "The Partnership\n\n"
        "Regional Development Agency of Koprivnica\n"
        "Lead Partner\n\n"
        "The agency coordinates the work of all partners in the region."
    )
    assert _table(text)[0] == ("Regional Development Agency of Koprivnica", "HR", "lead")
