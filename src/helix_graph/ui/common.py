"""What several pages share."""

from __future__ import annotations

import pandas as pd
import streamlit as st

__all__ = ["show_table", "NOTHING_MATCHES"]

NOTHING_MATCHES = "Nothing matches these filters (or no data is loaded yet: see the Data page)."


def show_table(frame: pd.DataFrame, key: str, **kwargs) -> None:
    """``st.dataframe`` (text cells, sortable) in a container keyed ``key``, so tests find it by key."""
    with st.container(key=key):
        st.dataframe(frame, hide_index=True, **kwargs)
