"""Query: a read-only Cypher console with parameters, a row limit and a timeout."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from helix_graph.errors import HelixError, ReadOnlyError
from helix_graph.store import GraphStore
from helix_graph.ui.common import show_table
from helix_graph.viz import markdown_text

__all__ = ["render", "run_query", "rows_table", "EXAMPLE"]

EXAMPLE = (
    "MATCH (o:Organisation)-[:PARTICIPATES_IN]->(p:Project)\n"
    "WHERE o.country = $country\n"
    "RETURN o.name AS organisation, o.helix_sector AS sector, p.acronym AS project\n"
    "ORDER BY organisation"
)


def run_query(
    store: GraphStore, text: str, params_text: str, limit: int, timeout_s: float
) -> list[dict]:
    """Parse the parameters (a JSON object) and run ``text`` read-only.

    Raises
    ------
    ReadOnlyError
        If the query would write; nothing is sent to the database.
    HelixError
        If the parameters are not a JSON object, or the store refuses the query.
    """
    params_text = (params_text or "").strip() or "{}"
    try:
        params = json.loads(params_text)
    except ValueError as exc:
        raise HelixError(
            f"The parameters are not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); "
            'write an object such as {"country": "SI"}.'
        ) from None
    if not isinstance(params, dict):
        raise HelixError('The parameters must be a JSON object, such as {"country": "SI"}.')
    return store.query_read_only(text, params, limit=int(limit), timeout_ms=int(timeout_s * 1000))


def rows_table(rows: list[dict]) -> pd.DataFrame:
    """Rows as a table; nodes, relationships, lists and maps shown as JSON text."""

    def cell(value):
        return (
            json.dumps(value, ensure_ascii=False, default=str)
            if isinstance(value, (dict, list))
            else value
        )

    return pd.DataFrame([{k: cell(v) for k, v in row.items()} for row in rows])


def render(store: GraphStore) -> None:
    st.header("Query (read-only Cypher)")
    st.caption(
        "Reads only: CREATE, MERGE, SET, DELETE, REMOVE, DROP, LOAD CSV and writing procedures are refused "
        "before anything reaches the database. Values go in as parameters ($name)."
    )
    text = st.text_area("Cypher", value=EXAMPLE, height=150, key="query_text")
    c1, c2, c3 = st.columns([2, 1, 1])
    params_text = c1.text_area(
        "Parameters (JSON object)", value='{"country": "SI"}', height=68, key="query_params"
    )
    limit = c2.number_input(
        "Row limit", min_value=1, max_value=100_000, value=1_000, step=100, key="query_limit"
    )
    timeout_s = c3.number_input(
        "Timeout (seconds)",
        min_value=0.1,
        max_value=600.0,
        value=10.0,
        step=1.0,
        key="query_timeout",
    )
    if not st.button("Run", type="primary", key="query_run"):
        return
    try:
        rows = run_query(store, text, params_text, int(limit), float(timeout_s))
    except ReadOnlyError as exc:
        st.error(markdown_text(exc), icon="⛔")
        return
    except HelixError as exc:
        st.error(markdown_text(exc))
        return
    except Exception as exc:
        st.error(markdown_text(f"The database could not run this query: {exc}"))
        return
    st.success(
        f"{len(rows):,} row{'s' * (len(rows) != 1)}"
        + (" (the row limit)" if len(rows) == int(limit) else "")
    )
    if rows:
        show_table(rows_table(rows), "query_result")
