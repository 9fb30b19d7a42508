"""What the extraction tests compare: a page's partners as (name, country, role) rows."""

from __future__ import annotations

from helix_graph.ingest.extract import extract_text


def partner_rows(text: str) -> list[tuple[str, str | None, str]]:
    """The partners :func:`extract_text` reads in ``text``, in the order it gives them."""
    result = extract_text(text, file="p.txt")
    return [(p["name"], p["country"], p["role"]) for p in result["partners"]]
