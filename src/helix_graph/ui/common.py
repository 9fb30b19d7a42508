"""What several pages share."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from helix_graph.model import HELIX_SECTORS, country_label

__all__ = ["show_table", "readable", "NOTHING_MATCHES"]

NOTHING_MATCHES = "Nothing matches these filters (or no data is loaded yet: see the Data page)."

# columns of country codes, shown as "Slovenia (SI)"
_COUNTRY_COLUMNS = ("country", "partner country")
# columns of codes joined by ";", shown as names joined by ", "
_JOINED = {
    "top_countries": lambda c: country_label(c).removesuffix(f" ({c})"),
    "missing_sectors": lambda s: HELIX_SECTORS.get(s, s),
}


def readable(frame: pd.DataFrame) -> pd.DataFrame:
    """A table as a person reads it: names, not codes (downloads keep the codes).

    Countries by name with the code beside, sectors by name, ";"-joined code lists as names;
    a column that only repeats another by name (``country_name``, a programme id beside its
    ``programme_name``) is left out.

    Examples
    --------
    >>> t = pd.DataFrame({"country": ["SI", None], "country_name": ["Slovenia", None],
    ...                   "helix_sector": ["civil_society", "academia"], "top_countries": ["SI;LV", ""]})
    >>> readable(t).to_dict("list")  # doctest: +NORMALIZE_WHITESPACE
    {'country': ['Slovenia (SI)', ''], 'helix_sector': ['Civil society', 'Academia'],
     'top_countries': ['Slovenia, Latvia', '']}
    """
    shown = frame.copy()
    for column in _COUNTRY_COLUMNS:
        if column in shown:
            shown[column] = shown[column].map(country_label)
    if "country" in shown:
        shown = shown.drop(columns=["country_name"], errors="ignore")
    if "helix_sector" in shown:
        shown["helix_sector"] = shown["helix_sector"].map(lambda s: HELIX_SECTORS.get(s, s))
    for column, name in _JOINED.items():
        if column in shown:
            shown[column] = shown[column].map(
                lambda cell, name=name: (
                    ", ".join(name(c) for c in str(cell).split(";") if c)
                    if isinstance(cell, str)
                    else cell
                )
            )
    if "programme_name" in shown:
        shown = shown.drop(columns=["programme"], errors="ignore")
    # a place the data never gives (most sources give none) is two empty columns
    empty = [c for c in ("latitude", "longitude") if c in shown and shown[c].isna().all()]
    return shown.drop(columns=empty)


def show_table(frame: pd.DataFrame, key: str, **kwargs) -> None:
    """``st.dataframe`` of :func:`readable` (sortable) in a container keyed ``key``, so tests find it by key."""
    with st.container(key=key):
        st.dataframe(readable(frame), hide_index=True, **kwargs)
