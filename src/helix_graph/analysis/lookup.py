"""Find an organisation by what a person types: its id, its name, or part of either."""

from __future__ import annotations

import difflib

import pandas as pd

from helix_graph.errors import UsageError

__all__ = ["find_organisation"]


def _label(row) -> str:
    return f"{row['name']} ({row['id']}{', ' + row['country'] if isinstance(row['country'], str) else ''})"


def find_organisation(organisations: pd.DataFrame, text: str) -> str:
    """The id of the one organisation ``text`` names.

    Tried in turn: the id itself; the name, ignoring case and accents; the name compared
    as entity resolution compares names (legal forms and common words folded, so "University
    of Maribor" finds "Univerza v Mariboru"); a part of the id or name. The first rule that
    finds exactly one organisation wins.

    Parameters
    ----------
    organisations : DataFrame
        ``id``, ``name`` and ``country`` columns (a network's organisation table).
    text : str

    Raises
    ------
    UsageError
        When nothing matches (with the closest names), or several do (listed, with their ids).

    Examples
    --------
    >>> orgs = pd.DataFrame({"id": ["smiltene-municipality", "lut-university"],
    ...                      "name": ["Smiltene Municipality", "LUT University"], "country": ["LV", "FI"]})
    >>> find_organisation(orgs, "smiltene"), find_organisation(orgs, "lut university")
    ('smiltene-municipality', 'lut-university')
    """
    from helix_graph.ingest.countries import fold
    from helix_graph.ingest.resolve import normalise_name

    text = str(text).strip()
    ids = organisations["id"].astype(str)
    if (ids == text).any():
        return text
    names = organisations["name"].fillna(organisations["id"]).astype(str)
    folded_text = fold(text)
    folded_names = names.map(fold)
    folded_ids = ids.map(fold)
    rules = (
        lambda: folded_names == folded_text,
        lambda: names.map(normalise_name) == normalise_name(text),
        lambda: (
            folded_ids.str.contains(folded_text, regex=False)
            | folded_names.str.contains(folded_text, regex=False)
        ),
    )
    for rule in rules:
        found = organisations[rule().to_numpy()] if folded_text else organisations.iloc[0:0]
        if len(found) == 1:
            return str(found["id"].iloc[0])
        if len(found) > 1:
            listed = "; ".join(_label(row) for _, row in found.head(5).iterrows())
            more = f" and {len(found) - 5} more" if len(found) > 5 else ""
            raise UsageError(
                f"'{text}' could be {len(found)} organisations: {listed}{more}; give its id or the "
                "full name"
            )
    close = difflib.get_close_matches(text, list(names) + list(ids), n=3, cutoff=0.6)
    hint = (
        f"; did you mean {', '.join(close)}?"
        if close
        else (
            "; check the name or id (helix-graph query 'MATCH (o:Organisation) RETURN o.id, o.name')"
        )
    )
    raise UsageError(f"organisation '{text}' is not in the analysed network{hint}")
