"""The classes of names held-out 25 lost when it was scored blind: a numbered list, one item to a
paragraph, after the lead's own label line.

The fixtures are written for these tests in the shapes those pages had; the expected partners,
countries and roles are worked out by hand.
"""

from __future__ import annotations

from tests.ingest.extract_rows import partner_rows as _table


def test_numbered_partners_one_to_a_paragraph_after_the_lead_s_label_are_each_read():
    page = (
        "Partnerji projekta:\nVodilni partner:  Mestna občina Kranj (Stadtgemeinde Krainburg)\n\n"
        "1. Občina Bled\n\n2. Dežela Koroška (Land Kärnten)\n\n3. Univerza v Ljubljani\n\n"
        "4. Zavod za turizem Bohinj\n\nCelotni stroški:\nca. 1 mio. evrov\n"
    )
    assert _table(page) == [
        ("Mestna občina Kranj (Stadtgemeinde Krainburg)", "SI", "lead"),
        ("Občina Bled", "SI", "partner"),
        ("Dežela Koroška (Land Kärnten)", "AT", "partner"),
        ("Univerza v Ljubljani", "SI", "partner"),
        ("Zavod za turizem Bohinj", "SI", "partner"),
    ]
    # bullets the same way, and the block ends where the bullets do
    page = "Vodilni partner: Mestna občina Kranj\n\n• Občina Bled\n\n• Dežela Koroška\n\nCilji:\n\nVeč turistov.\n"
    assert [name for name, _, _ in _table(page)] == [
        "Mestna občina Kranj",
        "Občina Bled",
        "Dežela Koroška",
    ]


def test_lead_words_of_held_out_25_sl_cs():
    # sl "NOSILNA ORGANIZACIJA: X"; cs "Projekt realizuje X coby vedoucí partner spolu s Y"
    assert _table("NOSILNA ORGANIZACIJA: Občina Kranj") == [("Občina Kranj", "SI", "lead")]
    assert _table(
        "Projekt realizuje Město Liberec coby vedoucí partner spolu s městem Žitava."
    ) == [("Město Liberec", "CZ", "lead"), ("Město Žitava", "DE", "partner")]  # Žitava: Zittau
    # "Projekt realizują A i B" (pl, the plural): both carry it out, neither is said to lead
    rows = _table("Projekt realizują Uniwersytet Zielonogórski i Gmina Gubin.")
    assert [role for _, _, role in rows] == ["partner", "partner"]
